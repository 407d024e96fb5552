"""Peer reviews in the admin: frameworks with their standards, each standard
with its criteria, and reviews with their team and recommendations. Scores
are filled on the score sheet (the public site), through the action that logs
each change; the admin lists only reviews the person may read."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from peer_reviews.forms import PeerReviewAdminForm
from peer_reviews.models import Framework, PeerReview, Standard
from peer_reviews.permissions import readable_reviews


class FrameworkViewSet(SnippetViewSet):
    model = Framework
    icon = "list-ol"
    menu_label = _("Quality standards")
    list_display = ["name", "version", "year", "locale"]
    list_filter = ["locale", "year"]
    search_backend_name = None
    search_fields = ["name"]


class StandardViewSet(SnippetViewSet):
    model = Standard
    icon = "tasks"
    menu_label = _("Standards and criteria")
    list_display = ["__str__", "framework"]
    list_filter = ["framework", "locale"]
    search_backend_name = None
    search_fields = ["title"]


class PeerReviewViewSet(SnippetViewSet):
    model = PeerReview
    icon = "clipboard-list"
    menu_label = _("Reviews")
    list_display = ["organisation", "service", "cycle", "framework", "visit_starts_on"]
    list_filter = ["service", "cycle", "organisation__country"]
    search_backend_name = None
    search_fields = ["organisation__name"]
    ordering = ["organisation__name", "service", "-cycle"]
    edit_handler = ObjectList(PeerReview.panels, base_form_class=PeerReviewAdminForm)

    def get_queryset(self, request):
        return readable_reviews(request.user).select_related("organisation", "framework")


class PeerReviewViewSetGroup(ViewSetGroup):
    menu_label = _("Peer reviews")
    menu_icon = "clipboard-list"
    menu_order = 260
    items = (PeerReviewViewSet, FrameworkViewSet, StandardViewSet)
