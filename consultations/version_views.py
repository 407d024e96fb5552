"""The "what changed and why" page that ``VersionRoutes`` routes to: two
public versions of the draft compared part by part, each change with the
published comments behind it, and the figures of accepted comments."""

from django.http import Http404
from django.template.response import TemplateResponse

from consultations import permissions
from consultations.reports import report_figures
from consultations.version_forms import CompareForm
from consultations.version_reports import changes_between, public_versions


def changes(request, consultation):
    versions = public_versions(consultation)
    if not versions or not permissions.can_view(request.user, consultation):
        raise Http404("No version of this draft after the consulted one is public.")
    by_number = {version.number: version for version in versions}
    data = request.GET if {"earlier", "later"} & set(request.GET) else None
    form = CompareForm(
        data,
        versions=versions,
        initial={"earlier": versions[-2].number, "later": versions[-1].number},
    )
    earlier, later = versions[-2], versions[-1]
    if form.is_valid():
        earlier, later = (
            by_number[form.cleaned_data["earlier"]],
            by_number[form.cleaned_data["later"]],
        )
    with_answers = permissions.can_see_answers(request.user, consultation)
    diffs = changes_between(earlier, later, with_answers)
    changed = [diff for diff in diffs if diff.is_change]
    report = consultation.published_report
    return TemplateResponse(
        request,
        "consultations/draft_changes.html",
        {
            "page": consultation,
            # The versions are in the language of the consulted draft.
            "lang": consultation.original.locale.language_code,
            "self": consultation,
            "form": form,
            "versions": versions,
            "earlier": earlier,
            "later": later,
            "diffs": diffs,
            "changed": changed,
            "with_answers": with_answers,
            "linked": len({comment.pk for diff in changed for comment in diff.comments}),
            "figures": report_figures(consultation.original, report) if with_answers else None,
        },
        status=400 if form.errors else 200,
    )
