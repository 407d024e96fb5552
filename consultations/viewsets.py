from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from consultations.models import MinimumPeriod


class MinimumPeriodViewSet(SnippetViewSet):
    """The legal minimum consultation period per country, against which
    institutions' records are measured. Editors keep it true to the law."""

    model = MinimumPeriod
    icon = "time"
    menu_label = _("Minimum periods")
    add_to_settings_menu = True
    list_display = ["country", "days", "legal_basis"]
    ordering = ["country"]
