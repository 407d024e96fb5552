"""The views of the consultation report that ``ConsultationReportMixin`` routes
to: the report page and its downloads, each for those who may see the report."""

from django.http import Http404
from django.template.response import TemplateResponse

from consultations import exports, permissions
from consultations.models.answers import ConsultationReport
from consultations.reports import group_by_part, report_comments, report_figures
from consultations.version_reports import has_public_versions


def report_or_404(request, consultation):
    if not permissions.can_see_answers(request.user, consultation):
        raise Http404("The report on this consultation is not published.")
    return ConsultationReport.objects.filter(consultation=consultation.original).first()


def report(request, consultation):
    consultation_report = report_or_404(request, consultation)
    return TemplateResponse(
        request,
        "consultations/consultation_report.html",
        {
            "page": consultation,
            "self": consultation,
            "report": consultation_report,
            "is_preview": consultation.published_report is None,
            "figures": report_figures(consultation.original, consultation.published_report),
            "groups": group_by_part(consultation, report_comments(consultation.original)),
            "has_versions": has_public_versions(consultation),
        },
    )


def report_csv(request, consultation):
    report_or_404(request, consultation)
    return exports.csv_response(consultation, report_comments(consultation.original))


def report_xlsx(request, consultation):
    report_or_404(request, consultation)
    return exports.xlsx_response(consultation, report_comments(consultation.original))
