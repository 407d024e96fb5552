"""The views of the consultation report that ``ConsultationReportMixin`` routes
to: the report page and its downloads, each for those who may see the report."""

from django.http import Http404
from django.template.response import TemplateResponse

from consultations import exports, permissions
from consultations.models.answers import ConsultationReport
from consultations.reports import (
    group_by_part,
    number_groups,
    report_comments,
    report_figures,
    similar_groups,
)
from consultations.version_reports import has_public_versions


def report_or_404(request, consultation):
    if not permissions.can_see_answers(request.user, consultation):
        raise Http404("The report on this consultation is not published.")
    return ConsultationReport.objects.filter(consultation=consultation.original).first()


def report(request, consultation):
    consultation_report = report_or_404(request, consultation)
    # A campaign is listed once, with its members, and counted as such.
    groups = number_groups(similar_groups(report_comments(consultation.original)))
    return TemplateResponse(
        request,
        "consultations/consultation_report.html",
        {
            "page": consultation,
            "self": consultation,
            "report": consultation_report,
            "is_preview": consultation.published_report is None,
            "figures": report_figures(consultation.original, consultation.published_report, groups),
            "parts": group_by_part(consultation, groups),
            "has_versions": has_public_versions(consultation),
        },
    )


def _export(response_of):
    """A download of the report: its rows and the figures the page shows."""

    def view(request, consultation):
        report_or_404(request, consultation)
        figures = report_figures(consultation.original, consultation.published_report)
        return response_of(request, consultation, report_comments(consultation.original), figures)

    return view


report_csv = _export(exports.csv_response)
report_xlsx = _export(exports.xlsx_response)
report_json = _export(exports.json_response)
