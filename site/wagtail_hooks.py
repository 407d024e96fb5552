from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.views.snippets import SnippetViewSet

from iris_site import admin_views
from iris_site import hooks as iris_hooks
from iris_site.dashboard import TaskTroublesPanel, TranslationGapsPanel, may_translate
from iris_site.models import ContentPage, PolicyArea, ScriptSpelling
from iris_site.viewsets import TaskResultViewSet


@hooks.register(iris_hooks.NAVIGATION)
def about_navigation():
    """The first content page of the reader's language: the demo's "About"."""
    return iris_hooks.NavigationItem(label=_("About"), page_model=ContentPage, order=90)


@hooks.register(iris_hooks.SEARCHABLE)
def searchable_content_pages():
    return iris_hooks.SearchableContent(model=ContentPage, label=_("Page"))


class PolicyAreaViewSet(SnippetViewSet):
    """The managed taxonomy editors keep, translated with wagtail-localize."""

    model = PolicyArea
    icon = "tag"
    menu_label = _("Policy areas")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


@hooks.register("register_admin_viewset")
def register_policy_areas():
    return PolicyAreaViewSet()


class ScriptSpellingViewSet(SnippetViewSet):
    """The reviewed exceptions of the script converter; the words it could
    not settle come first."""

    model = ScriptSpelling
    icon = "pilcrow"
    menu_label = _("Script spellings")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["latin", "cyrillic", "whole_word", "reviewed"]
    list_filter = ["reviewed"]
    search_fields = ["latin", "cyrillic"]


@hooks.register("register_admin_viewset")
def register_script_spellings():
    return ScriptSpellingViewSet()


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path(
            "translations/pages/<id:page_id>/",
            admin_views.translation_status,
            name="iris_translation_status",
        )
    ]


def _translation_status_buttons(page, user):
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Translations"),
            reverse("iris_translation_status", args=[page.pk]),
            icon_name="globe",
            priority=40,
        )


@hooks.register("register_page_header_buttons")
def translation_status_header_button(page, user, view_name, next_url=None):
    return _translation_status_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def translation_status_listing_button(page, user, next_url=None):
    return _translation_status_buttons(page, user)


@hooks.register("construct_homepage_panels")
def translation_gaps_panel(request, panels):
    """Whoever may change pages or translatable snippets sees what waits for
    a translation among those they may change."""
    if may_translate(request.user):
        panels.append(TranslationGapsPanel(request.user))


@hooks.register("register_admin_viewset")
def register_task_results():
    return TaskResultViewSet("task_results")


@hooks.register("construct_homepage_panels")
def task_troubles_panel(request, panels):
    """Those who look after background tasks see the ones that failed or wait."""
    if panel := TaskTroublesPanel.for_user(request.user):
        panels.append(panel)
