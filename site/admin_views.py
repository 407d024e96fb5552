"""Wagtail admin views the site serves in place of Wagtail's own, each for a
reason given in its docstring; the rules they apply stay in the apps' hooks.
Mounted before Wagtail's admin URLs, they are outside its ``require_admin_access``
and so each is wrapped in it (``site/urls.py``). And the one view the shell
adds to the admin (``register_admin_urls``): a page's translation status."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.views import chooser
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from iris_site.queries import page_translation_status


class PageChooserBrowseView(chooser.BrowseView):
    """Wagtail's page chooser asks the ``construct_page_chooser_queryset``
    hooks which children to list but shows the page it browses from without
    asking them: that page is asked too, so a draft they hide is not found."""

    def get_object_list(self):
        pages = Page.objects.filter(pk=self.parent_page.pk)
        for hook in hooks.get_hooks("construct_page_chooser_queryset"):
            pages = hook(pages, self.request)
        if not pages.exists():
            raise Http404
        return super().get_object_list()


_confirm_workflow_cancellation = page_viewset_registry.as_view(
    "confirm_workflow_cancellation", page_id_kwarg="page_id"
)


def confirm_workflow_cancellation(request, page_id):
    """Wagtail's dialog asking whether publishing a page cancels its workflow
    opens for any page id and names the workflow and its task: it belongs to
    publishing, so it opens only for a person who may publish the page."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return _confirm_workflow_cancellation(request, page_id=page_id)


def translation_status(request, page_id):
    """Each language and where a page stands in it (missing, out of date, up
    to date), with wagtail-localize's actions to translate or sync; for those
    who may edit the page, refused to the others as Wagtail's editor is."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    languages = page_translation_status(page)
    states = {state for _locale, state in languages}
    source = (
        TranslationSource.objects.filter(object_id=page.translation_key).order_by("pk").first()
        if "out of date" in states
        else None
    )
    return TemplateResponse(
        request,
        "iris_site/admin/translation_status.html",
        {
            "page": page,
            "page_title": _("Translations of “%(title)s”") % {"title": page.title},
            "header_title": _("Translations of “%(title)s”") % {"title": page.title},
            "languages": languages,
            "missing": "missing" in states,
            "sync_url": source
            and reverse("wagtail_localize:update_translations", args=[source.pk]),
        },
    )
