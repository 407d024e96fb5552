"""What consultations add to the site: read it as the app's manifest."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from consultations import (
    admin_views,
    api,
    dashboard,
    feeds,
    permissions,
    queries,
    routing,
    seeds,
    version_admin_views,
    views,
)
from consultations.actions import LOG_ACTIONS, erase_personal_data, take_hearing_comment
from consultations.draft_import import views as draft_import_views
from consultations.models import ConsultationIndexPage, ConsultationPage
from consultations.subscriptions import urls as subscription_urls
from consultations.subscriptions import views as subscription_views
from consultations.viewsets import CommentViewSet, MinimumPeriodViewSet
from iris_site import hooks as iris_hooks
from iris_site.feeds import feed_urls


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


# Draft import ------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def draft_import_urls():
    return [
        path(
            "consultations/<id:page_id>/import-draft/",
            draft_import_views.upload,
            name="consultations_import_draft",
        ),
        path(
            "consultations/<id:page_id>/import-draft/preview/",
            draft_import_views.preview,
            name="consultations_import_draft_preview",
        ),
    ]


def _import_draft_buttons(page, user):
    if page.specific_class is ConsultationPage and permissions.can_import_draft(user, page):
        yield Button(
            _("Import draft text"),
            reverse("consultations_import_draft", args=[page.pk]),
            icon_name="upload",
            priority=25,
        )


@hooks.register("register_page_header_buttons")
def import_draft_header_button(page, user, view_name, next_url=None):
    return _import_draft_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def import_draft_listing_button(page, user, next_url=None):
    return _import_draft_buttons(page, user)


@hooks.register("register_log_actions")
def draft_import_log_actions(actions):
    actions.register_action(
        "consultations.import_draft", _("Import draft text"), _("Draft text imported from a file")
    )
    actions.register_action(
        "consultations.announce", _("Announce"), _("Subscribers told of the new consultation")
    )


# Subscriptions -----------------------------------------------------------------------


@hooks.register(iris_hooks.PUBLIC_URLS)
def subscription_public_urls():
    return iris_hooks.PublicUrls(prefix="subscriptions/", urlpatterns=subscription_urls.urlpatterns)


@hooks.register(iris_hooks.PROFILE_PANELS)
def subscription_profile_panel():
    return iris_hooks.ProfilePanel(
        template_name="consultations/subscriptions/profile_panel.html",
        get_context=subscription_views.profile_panel,
        order=10,
    )


@hooks.register("register_admin_viewset")
def register_comment_moderation():
    return CommentViewSet("consultation_comments")


@hooks.register(iris_hooks.WEBSOCKET_URLS)
def consultations_websocket_urls():
    return iris_hooks.WebsocketUrls(urlpatterns=routing.websocket_urlpatterns)


@hooks.register(iris_hooks.PERSONAL_DATA)
def consultations_personal_data():
    """A person's comments, co-signatures, flags and subscription, in the
    download of their data and when they delete their account."""
    return iris_hooks.PersonalData(
        name="consultations",
        export=queries.personal_data,
        erase=erase_personal_data,
        order=10,
    )


@hooks.register(iris_hooks.HEARING_INPUT)
def consultations_take_hearing_input():
    """Comments made at a public hearing on a consultation join its comment list."""
    return iris_hooks.HearingInput(
        take=take_hearing_comment, accepts=lambda page: isinstance(page, ConsultationPage)
    )


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    """Every moderation decision on a comment, as Wagtail's audit log names it."""
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


# Answers and the report ---------------------------------------------------------------


@hooks.register(iris_hooks.PUBLIC_URLS)
def institution_record_urls():
    return iris_hooks.PublicUrls(
        prefix="consultations/institutions/",
        urlpatterns=[
            path(
                "<slug:slug>/",
                views.institution_record,
                name="consultations_institution_record",
            ),
            path(
                "<slug:slug>/data/<slug:export_format>/",
                views.institution_dataset,
                name="consultations_institution_dataset",
            ),
        ],
    )


@hooks.register(iris_hooks.PUBLIC_URLS)
def country_dataset_urls():
    return iris_hooks.PublicUrls(
        prefix="consultations/countries/",
        urlpatterns=[
            path(
                "<str:country>/data/<slug:export_format>/",
                views.country_dataset,
                name="consultations_country_dataset",
            )
        ],
    )


@hooks.register("register_admin_urls")
def answering_admin_urls():
    return [
        path("answers/", admin_views.index, name="consultations_answering_index"),
        path("answers/<id:page_id>/", admin_views.answering, name="consultations_answering"),
        path("answers/<id:page_id>/answer/", admin_views.answer, name="consultations_answer"),
        path(
            "answers/<id:page_id>/report/",
            admin_views.publish_report,
            name="consultations_publish_report",
        ),
    ]


class AnsweringMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.prepares_reports(request.user)


@hooks.register("register_admin_menu_item")
def answering_menu_item():
    return AnsweringMenuItem(
        _("Answer comments"),
        reverse("consultations_answering_index"),
        name="answer-comments",
        icon_name="comment",
        order=260,
    )


def consultation_button(page, user, label, url_name, priority, allowed):
    """A button to ``url_name`` on a consultation's row in the page listing,
    for those ``allowed(user, consultation)`` lets in."""
    if issubclass(page.specific_class, ConsultationPage) and allowed(user, page.specific_deferred):
        yield Button(label, reverse(url_name, args=[page.pk]), priority=priority)


@hooks.register("register_page_listing_more_buttons")
def answering_button(page, user, next_url=None):
    yield from consultation_button(
        page,
        user,
        _("Answer comments"),
        "consultations_answering",
        70,
        permissions.can_prepare_report,
    )


@hooks.register("construct_homepage_panels")
def consultations_dashboard_panels(request, panels):
    """An official's consultations to answer, a moderator's queue."""
    panels.extend(dashboard.dashboard_panels(request.user))


@hooks.register("register_admin_viewset")
def minimum_periods():
    return MinimumPeriodViewSet()


@hooks.register("register_log_actions")
def register_answer_log_actions(actions):
    actions.register_action("consultations.answer.create", _("Answer"), _("Comment answered"))
    actions.register_action("consultations.answer.edit", _("Change answer"), _("Answer changed"))
    actions.register_action(
        "consultations.report.publish", _("Publish report"), _("Consultation report published")
    )


# Officials act only in their institution's section ----------------------------------


@hooks.register("construct_page_chooser_queryset")
def chooser_hides_drafts_outside_ones_sections(pages, request):
    """The page chooser lists every page, to link to, and searches them all;
    a page not yet published only to those who may act on it (officials in
    their institution's section, editors everywhere). Every other admin view
    already asks Wagtail's page permissions, which the sections carry (the
    page it browses from is asked too: iris_site.admin_views)."""
    return queries.pages_shown_in_admin(request.user, pages)


@hooks.register("before_move_page")
def move_only_where_one_may(request, page, destination):
    """Wagtail's move confirmation shows the page's draft title before its
    action checks the permissions: ask them first."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
    return None


@hooks.register(iris_hooks.PUBLIC_URLS)
def comment_attachment_urls():
    """Comment attachments, served after a permission check (never from MEDIA_URL)."""
    return iris_hooks.PublicUrls(
        prefix="consultations/comments/",
        urlpatterns=[
            path(
                "<int:comment_id>/attachment/",
                views.comment_attachment,
                name="consultations_comment_attachment",
            )
        ],
    )


# Feeds --------------------------------------------------------------------------------


@hooks.register(iris_hooks.PUBLIC_URLS)
def consultation_feed_urls():
    """New consultations (``?country=&institution=&policy_area=``) and a
    consultation's published answers, each as RSS and Atom."""
    return iris_hooks.PublicUrls(
        prefix="feeds/consultations/",
        urlpatterns=[
            *feed_urls("consultations_feed", feeds.NewConsultationsFeed),
            *feed_urls(
                "consultations_answers_feed",
                feeds.ConsultationAnswersFeed,
                prefix="<int:page_id>/answers/",
            ),
        ],
    )


# Versions of the draft after the consultation ---------------------------------------


@hooks.register("register_admin_urls")
def version_admin_urls():
    views = version_admin_views
    return [
        path("versions/<id:page_id>/", views.index, name="consultations_versions"),
        path("versions/<id:page_id>/new/", views.new_version, name="consultations_new_version"),
        path(
            "versions/<id:page_id>/import/",
            views.import_version,
            name="consultations_import_version",
        ),
        path(
            "versions/<id:page_id>/link/", views.link_comments, name="consultations_link_comments"
        ),
        path(
            "versions/<id:page_id>/publish/",
            views.publish_version,
            name="consultations_publish_version",
        ),
    ]


@hooks.register("register_page_listing_more_buttons")
def versions_button(page, user, next_url=None):
    yield from consultation_button(
        page,
        user,
        _("Versions of the draft"),
        "consultations_versions",
        75,
        permissions.can_revise_draft,
    )


@hooks.register("register_log_actions")
def register_version_log_actions(actions):
    actions.register_action(
        "consultations.version.create", _("New version"), _("New version of the draft saved")
    )
    actions.register_action(
        "consultations.version.link",
        _("Link comments"),
        _("Comments linked to a change of the draft"),
    )
    actions.register_action(
        "consultations.version.publish",
        _("Publish version"),
        _("Version of the draft published"),
    )


@hooks.register(iris_hooks.API_ROUTERS)
def consultation_api():
    return iris_hooks.ApiRouter(prefix="consultations/", router=api.router)
