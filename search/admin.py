"""The admin's view of search: which engine answers, how many pages it holds,
and the last failure, so an engine that is down is seen, not only logged."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from search.backends import SearchUnavailable, get_backend
from search.tasks import last_failure


class SearchStatusPanel(Component):
    name = "search_status"
    order = 500
    template_name = "search/admin/status_panel.html"

    def get_context_data(self, parent_context=None):
        backend = get_backend()
        try:
            status, problem = backend.status(), ""
        except SearchUnavailable as error:
            status, problem = "", str(error)
        return {
            "title": _("Site search"),
            "engine": backend.name,
            "status": status,
            "problem": problem,
            "last_failure": last_failure(),
        }
