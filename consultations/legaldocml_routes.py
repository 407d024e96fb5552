"""The Akoma Ntoso downloads on the consultation page: ``akoma-ntoso/`` (the
draft in the page's language) and ``akoma-ntoso/amendments/`` (the public
amendments proposed in its comments). Public like the page itself.

The page model stands at the bottom of the app and imports no views: the views
(``consultations.legaldocml_views``) are handed to these routes by
``ConsultationsConfig.ready()``, where the app is wired together."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class LegalDocMLRoutes(RoutablePageMixin):
    """Adds the Akoma Ntoso routes to ``ConsultationPage``."""

    legaldocml_views = None  # consultations.legaldocml_views, set by ConsultationsConfig.ready()

    @path("akoma-ntoso/", name="akoma_ntoso")
    def akoma_ntoso_route(self, request):
        return self.legaldocml_views.draft(request, self)

    @path("akoma-ntoso/amendments/", name="akoma_ntoso_amendments")
    def akoma_ntoso_amendments_route(self, request):
        return self.legaldocml_views.amendments(request, self)
