"""The library's panel on an editor's dashboard: the background reading of
files that failed, so the editor replaces the file rather than learns of it
from a reader who cannot find the document."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from policy_library.queries import documents_with_unreadable_files

ROWS = 5


class UnreadableFilesPanel(Component):
    name = "library_unreadable_files"
    order = 80
    template_name = "policy_library/admin/dashboard_unreadable_files.html"

    def get_context_data(self, parent_context=None):
        documents = documents_with_unreadable_files()
        return {
            "title": _("Library files that could not be read"),
            "total": documents.count(),
            "documents": documents[:ROWS],
            "report_url": reverse("library_unreadable_files:index"),
        }
