from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.views.snippets import SnippetViewSet

from iris_site import hooks as iris_hooks
from iris_site.models import ContentPage, PolicyArea, ScriptSpelling


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
