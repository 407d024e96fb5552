"""What consultations add to the site: read it as the app's manifest."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from consultations import admin_views, permissions, seeds, views
from consultations.models import ConsultationIndexPage, ConsultationPage
from consultations.viewsets import MinimumPeriodViewSet
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


@hooks.register(iris_hooks.PUBLIC_URLS)
def institution_record_urls():
    return iris_hooks.PublicUrls(
        prefix="consultations/institutions/",
        urlpatterns=[
            path(
                "<slug:slug>/",
                views.institution_record,
                name="consultations_institution_record",
            )
        ],
    )


@hooks.register("register_admin_urls")
def answering_admin_urls():
    return [
        path("answers/", admin_views.index, name="consultations_answering_index"),
        path("answers/<int:page_id>/", admin_views.answering, name="consultations_answering"),
        path("answers/<int:page_id>/answer/", admin_views.answer, name="consultations_answer"),
        path(
            "answers/<int:page_id>/report/",
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


@hooks.register("register_page_listing_more_buttons")
def answering_button(page, user, next_url=None):
    if issubclass(page.specific_class, ConsultationPage) and permissions.can_prepare_report(
        user, page.specific_deferred
    ):
        yield Button(
            _("Answer comments"),
            reverse("consultations_answering", args=[page.pk]),
            priority=70,
        )


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
