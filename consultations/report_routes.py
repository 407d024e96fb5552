"""The consultation report on the consultation page: ``report/`` and its
downloads ``report/csv/``, ``report/xlsx/`` and ``report/json/``. Public once the report is
published; before that only those who prepare it see it (a preview).

The page model stands at the bottom of the app and imports no views: the views
(``consultations.report_views``) are handed to these routes by
``ConsultationsConfig.ready()``, where the app is wired together."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class ConsultationReportMixin(RoutablePageMixin):
    """Adds the report routes to ``ConsultationPage``."""

    report_views = None  # consultations.report_views, set by ConsultationsConfig.ready()

    @path("report/", name="report")
    def report_view(self, request):
        return self.report_views.report(request, self)

    @path("report/csv/", name="report_csv")
    def report_csv(self, request):
        return self.report_views.report_csv(request, self)

    @path("report/xlsx/", name="report_xlsx")
    def report_xlsx(self, request):
        return self.report_views.report_xlsx(request, self)

    @path("report/json/", name="report_json")
    def report_json(self, request):
        return self.report_views.report_json(request, self)
