"""The admin's "Versions" screen of a consultation: the versions of its
draft, a new version made by editing the parts or importing a file, the
matching preview the official confirms, the comments linked to each change
and publishing a version. Thin: forms parse, the actions in
``consultations.actions.versions`` decide and write."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from consultations import permissions
from consultations.actions.versions import CreateVersion, LinkComments, PublishVersion
from consultations.draft_import.forms import PART_FIELDS, DraftUploadForm
from consultations.matching import compare, propose_matches
from consultations.models import ConsultationPage, DraftVersion
from consultations.reports import answerable_comments
from consultations.version_forms import LinkCommentsForm, VersionForm, version_part_forms
from consultations.version_reports import changes_between, latest_version_rows, versions_of


def versions_view(view):
    """Load the consultation (in its original language) from ``page_id`` and
    let only those who make its versions in: 403 Forbidden for others."""

    @wraps(view)
    def wrapped(request, page_id):
        consultation = get_object_or_404(ConsultationPage, pk=page_id).original
        if not permissions.can_revise_draft(request.user, consultation):
            return TemplateResponse(
                request,
                "consultations/admin/refused.html",
                {
                    "reason": _(
                        "Only officials of the responsible institution and the network's "
                        "editors make the versions of a draft."
                    )
                },
                status=403,
            )
        return view(request, consultation)

    return wrapped


def _version(consultation, number):
    try:
        return DraftVersion.objects.get(consultation=consultation, number=int(number))
    except (DraftVersion.DoesNotExist, TypeError, ValueError) as missing:
        raise Http404("No such version of the draft.") from missing


@versions_view
def index(request, consultation):
    versions = versions_of(consultation)
    shown = None
    diffs = []
    if len(versions) > 1:
        shown = _version(consultation, request.GET.get("version", versions[-1].number))
    if shown is not None and shown.number > 1:
        diffs = [
            diff
            for diff in changes_between(versions[shown.number - 2], shown, True)
            if diff.is_change
        ]
        candidates = list(
            answerable_comments(consultation)
            .select_related("answer", "organisation")
            .order_by("created_at", "pk")
        )
        for diff in diffs:
            linked = {comment.pk for comment in diff.comments}
            diff.linked_ids = linked
            diff.candidates = [
                comment
                for comment in candidates
                if comment.pk in linked or comment.part_id in (diff.part_id, "")
            ]
    return TemplateResponse(
        request,
        "consultations/admin/versions.html",
        {
            "consultation": consultation,
            "versions": versions,
            "shown": shown,
            "diffs": diffs,
        },
    )


def _preview(
    request, consultation, formset, version_form, previous, number, errors=(), warnings=()
):
    diffs = None
    if not formset.is_bound:
        rows = [tuple(part[name] for name in ("match", *PART_FIELDS)) for part in formset.initial]
        diffs = [diff for diff in compare(previous, rows) if diff.is_change]
    elif formset.is_valid():
        diffs = [diff for diff in compare(previous, formset.rows()) if diff.is_change]
    return TemplateResponse(
        request,
        "consultations/admin/version_preview.html",
        {
            "consultation": consultation,
            "formset": formset,
            "version_form": version_form,
            "number": number,
            "diffs": diffs,
            "errors": errors,
            "warnings": warnings,
        },
        status=400 if errors or diffs is None or version_form.errors else 200,
    )


@versions_view
def new_version(request, consultation):
    """GET: the parts of the latest version to edit; POST: check the
    matching again or, with "confirm", save the new version."""
    number, previous = latest_version_rows(consultation)
    if request.method != "POST":
        rows = [row[1:] for row in previous]
        formset = version_part_forms(previous, rows, [row[0] for row in previous])
        version_form = VersionForm(initial={"based_on": number})
        return _preview(request, consultation, formset, version_form, previous, number)
    formset = version_part_forms(previous, (), (), data=request.POST)
    version_form = VersionForm(request.POST)
    if not (formset.is_valid() and version_form.is_valid()):
        return _preview(request, consultation, formset, version_form, previous, number)
    action = CreateVersion(
        consultation,
        formset.rows(),
        based_on=version_form.cleaned_data["based_on"],
        by=request.user,
        stage=version_form.cleaned_data["stage"],
        note=version_form.cleaned_data["note"],
    )
    try:
        if "confirm" not in request.POST:
            action.check()
            return _preview(request, consultation, formset, version_form, previous, number)
        version = action.execute()
    except ValidationError as invalid:
        return _preview(
            request, consultation, formset, version_form, previous, number, invalid.messages
        )
    except PermissionDenied as refused:
        messages.error(request, str(refused))
        return redirect("consultations_versions", consultation.pk)
    messages.success(
        request,
        _(
            "Version %(number)d is saved, not yet public. Link each change to the comments "
            "that led to it, then publish the version."
        )
        % {"number": version.number},
    )
    return redirect(
        f"{reverse('consultations_versions', args=[consultation.pk])}?version={version.number}"
    )


@versions_view
def import_version(request, consultation):
    """Upload the new version as a file: its parts go to the matching preview."""
    number, previous = latest_version_rows(consultation)
    form = DraftUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        rows = form.outline.rows()
        matches = propose_matches(previous, [("", *row) for row in rows])
        formset = version_part_forms(previous, rows, matches)
        version_form = VersionForm(initial={"based_on": number})
        return _preview(
            request, consultation, formset, version_form, previous, number, warnings=form.warnings
        )
    return TemplateResponse(
        request,
        "consultations/admin/version_import.html",
        {"consultation": consultation, "form": form, "number": number},
        status=400 if form.errors else 200,
    )


@require_POST
@versions_view
def link_comments(request, consultation):
    form = LinkCommentsForm(request.POST, consultation=consultation)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("consultations_versions", consultation.pk)
    version = _version(consultation, form.cleaned_data["version"])
    try:
        LinkComments(
            version, form.cleaned_data["part_id"], form.cleaned_data["comments"], request.user
        ).execute()
    except (ValidationError, PermissionDenied) as refused:
        for error in getattr(refused, "messages", [str(refused)]):
            messages.error(request, error)
    else:
        messages.success(request, _("The comments behind this change are saved."))
    url = reverse("consultations_versions", args=[consultation.pk])
    return redirect(f"{url}?version={version.number}#change-{form.cleaned_data['part_id']}")


@require_POST
@versions_view
def publish_version(request, consultation):
    version = _version(consultation, request.POST.get("version"))
    try:
        PublishVersion(version, request.user).execute()
    except (ValidationError, PermissionDenied) as refused:
        for error in getattr(refused, "messages", [str(refused)]):
            messages.error(request, error)
    else:
        messages.success(
            request,
            _("Version %(number)d is public, with the comments behind its changes.")
            % {"number": version.number},
        )
    url = reverse("consultations_versions", args=[consultation.pk])
    return redirect(f"{url}?version={version.number}")
