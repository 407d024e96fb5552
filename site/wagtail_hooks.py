from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.views.snippets import SnippetViewSet

from iris_site.models import PolicyArea


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
