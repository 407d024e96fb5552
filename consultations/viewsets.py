"""The moderators' screen in the admin: every comment, filtered by state,
flags and consultation, each decided through the same actions as on the site.
Comments are never added, edited or deleted here."""

import django_filters
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.roles import ADMINISTRATORS, EDITORS, MODERATORS
from consultations import queries
from consultations.actions import MODERATION_DECISIONS, moderation_decisions
from consultations.forms import ModerationForm, add_action_error
from consultations.models import Comment, ConsultationPage, MinimumPeriod
from consultations.permissions import is_moderator


class CommentModerationPolicy(BasePermissionPolicy):
    """Moderators and editors view and decide comments (``is_moderator``, the
    site's own rule); nobody adds or deletes them in the admin."""

    def user_has_permission(self, user, action):
        return action in {"view", "change"} and is_moderator(user)

    def users_with_any_permission(self, actions):
        if not {"view", "change"} & set(actions):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True) | Q(groups__name__in=[MODERATORS, EDITORS, ADMINISTRATORS])
            )
            .distinct()
        )


def consultations_to_filter_by(request):
    """The consultations offered as a filter: no one else's unpublished draft."""
    if request is None:
        return ConsultationPage.objects.none()
    return queries.pages_shown_in_admin(request.user, ConsultationPage.objects.order_by("title"))


class CommentFilterSet(WagtailFilterSet):
    flagged = django_filters.BooleanFilter(label=_("Flagged by readers"), method="filter_flagged")
    consultation = django_filters.ModelChoiceFilter(
        label=_("Consultation"), queryset=consultations_to_filter_by
    )

    class Meta:
        model = Comment
        fields = ["state", "kind", "consultation"]

    def filter_flagged(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(flag_count__gt=0) if value else queryset.filter(flag_count=0)


class CommentIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("author", "organisation", "consultation")
            .annotate(flag_count=Count("flags"))
        )


class ModerateCommentView(WagtailAdminTemplateMixin, FormView):
    """Approve, reject, hide or restore one comment, with the reason."""

    template_name = "consultations/admin/moderate_comment.html"
    form_class = ModerationForm
    header_icon = "comment"
    viewset = None

    def dispatch(self, request, pk):
        if not is_moderator(request.user):
            raise PermissionDenied
        self.comment = get_object_or_404(
            Comment.objects.select_related("author", "organisation", "consultation"), pk=pk
        )
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Moderate comment")

    def get_page_subtitle(self):
        return str(self.comment)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.viewset.get_url_name("index")), "label": _("Comments")},
            {"url": "", "label": str(self.comment)},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "decisions": moderation_decisions(self.comment)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            comment=self.comment,
            flags=queries.flags_of(self.comment),
            history_url=reverse(self.viewset.get_url_name("history"), args=[self.comment.pk]),
            **kwargs,
        )

    def form_valid(self, form):
        decision = MODERATION_DECISIONS[form.cleaned_data["decision"]]
        try:
            decision(self.request.user, self.comment, form.cleaned_data["reason"]).execute()
        except ValidationError as error:
            add_action_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("The decision has been recorded."))
        return redirect(self.viewset.get_url_name("index"))


class CommentViewSet(ModelViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Comments")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = CommentIndexView
    filterset_class = CommentFilterSet
    list_display = [
        "__str__",
        Column("text", label=_("Comment"), accessor=lambda c: Truncator(c.text).chars(80)),
        "consultation",
        "author",
        "organisation",
        "state",
        Column("flag_count", label=_("Flags")),
        "created_at",
    ]
    ordering = ["-created_at"]
    search_fields = ["text"]
    search_backend_name = None
    copy_view_enabled = False
    # Nothing looks up what a comment refers to through Wagtail's reference
    # index (the viewset has no usage view), and indexing each new comment
    # would cost every post five more queries.
    add_to_reference_index = False
    exclude_form_fields = []

    def get_urlpatterns(self):
        # The listing, each comment's history, and moderation in place of
        # editing: decisions go through the actions, nothing else changes.
        keep = {"index", "index_results", "history", "history_results"}
        patterns = [pattern for pattern in super().get_urlpatterns() if pattern.name in keep]
        return [
            *patterns,
            path(
                "edit/<id:pk>/",
                ModerateCommentView.as_view(viewset=self),
                name="edit",
            ),
        ]


class MinimumPeriodViewSet(SnippetViewSet):
    """The legal minimum consultation period per country, against which
    institutions' records are measured. Editors keep it true to the law."""

    model = MinimumPeriod
    icon = "time"
    menu_label = _("Minimum periods")
    add_to_settings_menu = True
    list_display = ["country", "days", "legal_basis"]
    ordering = ["country"]
