"""The background tasks in the admin: what waits, what runs, what failed and
why, and a failed task tried again. Only the task backend writes them."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from iris_site.actions import RetryTask
from iris_site.permissions import task_results


class TaskResultFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=TaskResultStatus.choices)

    class Meta:
        model = DBTaskResult
        fields = ["status"]


class TaskResultIndexView(IndexView):
    page_title = _("Background tasks")


class TaskResultInspectView(InspectView):
    template_name = "iris_site/admin/task_result.html"
    retry_url_name = None

    def get_page_subtitle(self):
        return self.object.task_path

    def get_worker_ids_display_value(self):
        return ", ".join(self.object.worker_ids)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.status == TaskResultStatus.FAILED and task_results.user_has_permission(
            self.request.user, "retry"
        ):
            context["retry_url"] = reverse(self.retry_url_name, args=[self.object.pk])
        return context


class RetryTaskView(View):
    """Queue a failed task again (POST only), then show it."""

    http_method_names = ["post"]
    viewset = None

    def post(self, request, pk):
        if not task_results.user_has_permission(request.user, "retry"):
            raise PermissionDenied
        result = get_object_or_404(DBTaskResult, pk=pk)
        try:
            RetryTask(result).execute()
        except ValidationError as refused:
            messages.error(request, refused.messages[0])
        else:
            messages.success(request, _("The task is queued again."))
        return redirect(self.viewset.get_url_name("inspect"), pk)


class TaskResultViewSet(ModelViewSet):
    model = DBTaskResult
    icon = "cogs"
    menu_label = _("Background tasks")
    add_to_settings_menu = True
    index_view_class = TaskResultIndexView
    filterset_class = TaskResultFilterSet
    inspect_view_enabled = True
    inspect_view_class = TaskResultInspectView
    inspect_view_fields = [
        "task_path",
        "status",
        "enqueued_at",
        "started_at",
        "finished_at",
        "worker_ids",
        "exception_class_path",
        "traceback",
    ]
    list_display = [
        Column("task_path", label=_("Task")),
        "status",
        Column("attempts", label=_("Attempts"), accessor=lambda result: len(result.worker_ids)),
        "enqueued_at",
        "finished_at",
        Column("exception_class_path", label=_("Error")),
    ]
    ordering = ["-enqueued_at"]
    copy_view_enabled = False
    add_to_reference_index = False
    # Wagtail asks every model viewset for its form's fields; this one has no
    # add or edit view (get_urlpatterns), so no form is ever shown.
    exclude_form_fields = []

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(retry_url_name=self.get_url_name("retry"), **kwargs)

    def get_urlpatterns(self):
        keep = {"index", "index_results", "inspect"}
        return [
            *(pattern for pattern in super().get_urlpatterns() if pattern.name in keep),
            path("retry/<uuid:pk>/", RetryTaskView.as_view(viewset=self), name="retry"),
        ]
