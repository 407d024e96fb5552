"""What consultations add to the site: read it as the app's manifest."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from consultations import seeds, views
from consultations.actions import LOG_ACTIONS
from consultations.models import ConsultationIndexPage, ConsultationPage
from consultations.viewsets import CommentViewSet
from iris_site import hooks as iris_hooks


@hooks.register(iris_hooks.NAVIGATION)
def consultations_navigation():
    return iris_hooks.NavigationItem(
        label=_("Consultations"), page_model=ConsultationIndexPage, order=10
    )


@hooks.register(iris_hooks.HOME_PANELS)
def open_consultations_panel():
    return iris_hooks.HomePanel(
        template_name="consultations/includes/home_panel.html",
        get_context=views.open_consultations,
        order=10,
    )


@hooks.register(iris_hooks.SEARCHABLE)
def searchable_consultations():
    return iris_hooks.SearchableContent(model=ConsultationPage, label=_("Consultation"))


@hooks.register(iris_hooks.DEMO_CONTENT)
def consultations_demo_content():
    return iris_hooks.DemoContent(name="consultations", load=seeds.load_consultations, order=110)


@hooks.register("register_admin_viewset")
def register_comment_moderation():
    return CommentViewSet("consultation_comments")


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    """Every moderation decision on a comment, as Wagtail's audit log names it."""
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)
