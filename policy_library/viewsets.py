"""The library's report in the admin: every document with a file whose text
could not be read, and why, so that an editor can replace the file."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy

from policy_library.queries import documents_with_unreadable_files

EDITING = ["add", "change", "publish"]


class UnreadableFilesReportView(PageReportView):
    page_title = _("Unreadable library files")
    header_icon = "warning"
    results_template_name = "policy_library/reports/unreadable_files_results.html"
    any_permission_required = EDITING

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = documents_with_unreadable_files().filter(pk__in=editable.values("pk"))
        return super().get_queryset()


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, EDITING)


class UnreadableFilesReportViewSet(ViewSet):
    name = "library_unreadable_files"
    url_prefix = "reports/unreadable-library-files"
    icon = "warning"
    menu_label = _("Unreadable library files")
    menu_hook = "register_reports_menu_item"
    menu_item_class = EditorsMenuItem

    def get_urlpatterns(self):
        view = {
            "index_url_name": self.get_url_name("index"),
            "index_results_url_name": self.get_url_name("index_results"),
        }
        return [
            path("", UnreadableFilesReportView.as_view(**view), name="index"),
            path(
                "results/",
                UnreadableFilesReportView.as_view(results_only=True, **view),
                name="index_results",
            ),
        ]
