"""The admin's "Import draft text": upload a file, correct the parts found in
it, save them as a new revision of the consultation's draft."""

from functools import wraps

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from consultations import permissions
from consultations.actions.draft import ImportDraftText
from consultations.draft_import import tasks
from consultations.draft_import.forms import (
    DraftPartFormSet,
    DraftUploadForm,
    KeptUploadForm,
    part_forms,
)
from consultations.models import ConsultationPage


def editors_only(view):
    """Call ``view`` with the consultation if the user may edit it; answer 403
    Forbidden otherwise (Wagtail would turn PermissionDenied into a redirect)."""

    @wraps(view)
    def checked(request, page_id):
        consultation = get_object_or_404(ConsultationPage, pk=page_id)
        if not permissions.can_import_draft(request.user, consultation):
            return TemplateResponse(
                request,
                "consultations/draft_import/forbidden.html",
                {"page_title": _("Import draft text")},
                status=403,
            )
        return view(request, consultation)

    return checked


def _preview(request, consultation, formset, kept, warnings=()):
    return TemplateResponse(
        request,
        "consultations/draft_import/preview.html",
        {
            "consultation": consultation,
            "formset": formset,
            "kept": kept,
            "warnings": warnings,
            "page_title": _("Check the parts of the draft"),
            "page_subtitle": consultation.get_admin_display_title(),
        },
    )


@editors_only
def upload(request, consultation):
    form = DraftUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        kept = KeptUploadForm.keeping(form.cleaned_data["file"], consultation, request.user)
        # Each upload also sweeps the previews older than a day, where no daily job runs.
        tasks.forget_unsaved_imports.enqueue()
        return _preview(request, consultation, part_forms(form.outline.rows()), kept, form.warnings)
    return TemplateResponse(
        request,
        "consultations/draft_import/upload.html",
        {
            "consultation": consultation,
            "form": form,
            "page_title": _("Import draft text"),
            "page_subtitle": consultation.get_admin_display_title(),
        },
        status=400 if form.errors else 200,
    )


@require_POST
@editors_only
def preview(request, consultation):
    """Show the corrections (merges, deletions) or, with "save", write them."""
    formset = DraftPartFormSet(request.POST)
    kept = KeptUploadForm(request.POST, consultation=consultation, user=request.user)
    if not (formset.is_valid() and kept.is_valid()):
        return _preview(request, consultation, formset, kept)
    rows = formset.rows()
    if "save" not in request.POST:
        return _preview(request, consultation, part_forms(rows), kept)
    with kept.open_file() as original:
        ImportDraftText(consultation, rows, original, request.user).execute()
    kept.forget()
    messages.success(
        request,
        _(
            "The draft text now has %(count)d parts, saved as a draft: check it and publish "
            "when it is ready."
        )
        % {"count": len(rows)},
    )
    return redirect("wagtailadmin_pages:edit", consultation.pk)
