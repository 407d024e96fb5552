"""The consultation report on the consultation page: ``report/`` and its
downloads ``report/csv/`` and ``report/xlsx/``. Public once the report is
published; before that only those who prepare it see it (a preview)."""

from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class ConsultationReportMixin(RoutablePageMixin):
    """Adds the report routes to ``ConsultationPage``. The models module
    imports this one, so the app's modules are imported when a route runs."""

    def report_or_404(self, request):
        from consultations import permissions
        from consultations.models import ConsultationReport

        if not permissions.can_see_answers(request.user, self):
            raise Http404("The report on this consultation is not published.")
        return ConsultationReport.objects.filter(consultation=self.original).first()

    def report_comments(self):
        from consultations.reports import report_comments

        return report_comments(self.original)

    @path("report/", name="report")
    def report_view(self, request):
        from consultations.reports import group_by_part, report_figures

        report = self.report_or_404(request)
        comments = self.report_comments()
        return TemplateResponse(
            request,
            "consultations/consultation_report.html",
            {
                "page": self,
                "self": self,
                "report": report,
                "is_preview": self.published_report is None,
                "figures": report_figures(self.original, self.published_report),
                "groups": group_by_part(self, comments),
            },
        )

    @path("report/csv/", name="report_csv")
    def report_csv(self, request):
        from consultations import exports

        self.report_or_404(request)
        return exports.csv_response(self, self.report_comments())

    @path("report/xlsx/", name="report_xlsx")
    def report_xlsx(self, request):
        from consultations import exports

        self.report_or_404(request)
        return exports.xlsx_response(self, self.report_comments())
