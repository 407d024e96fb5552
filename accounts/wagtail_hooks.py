from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks

from accounts import api
from accounts.actions import EndMembership
from accounts.models import Membership, OrganisationIndexPage
from accounts.viewsets import DirectoryViewSetGroup
from iris_site import hooks as iris_hooks


@hooks.register("register_admin_viewset")
def register_directory():
    return DirectoryViewSetGroup()


@hooks.register("register_log_actions")
def register_membership_log_actions(actions):
    actions.register_action(
        "accounts.membership.request", _("Request membership"), _("Membership requested")
    )
    actions.register_action(
        "accounts.membership.confirm", _("Confirm membership"), _("Membership confirmed")
    )
    actions.register_action("accounts.membership.end", _("End membership"), _("Membership ended"))
    actions.register_action("accounts.account.delete", _("Delete account"), _("Account deleted"))


@hooks.register("before_delete_snippet")
def end_memberships_instead_of_deleting(request, instances):
    """Deleting memberships in the admin (one, or several at once) ends them
    through EndMembership, so roles and signatures follow."""
    if request.method != "POST" or not instances:
        return None
    if not all(isinstance(instance, Membership) for instance in instances):
        return None
    for membership in instances:
        EndMembership(membership, by=request.user).execute()
    messages.success(
        request,
        ngettext("%(count)d membership ended.", "%(count)d memberships ended.", len(instances))
        % {"count": len(instances)},
    )
    return redirect(Membership.snippet_viewset.get_url_name("list"))


@hooks.register(iris_hooks.NAVIGATION)
def directory_navigation():
    return iris_hooks.NavigationItem(
        label=_("Organisations"), page_model=OrganisationIndexPage, order=80
    )


@hooks.register(iris_hooks.DEMO_CONTENT)
def directory_demo_content():
    from accounts.seeds import load_directory

    return iris_hooks.DemoContent(name="organisations and people", load=load_directory, order=10)


@hooks.register(iris_hooks.API_ROUTERS)
def organisation_api():
    return iris_hooks.ApiRouter(prefix="organisations/", router=api.router)
