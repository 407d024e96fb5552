"""The "what changed and why" page on the consultation page: ``changes/``,
``changes/?from=1&to=2``. Public once the institution publishes a version
after the consulted one.

The page model stands at the bottom of the app and imports no views: the views
(``consultations.version_views``) are handed to these routes by
``ConsultationsConfig.ready()``, where the app is wired together."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class VersionRoutes(RoutablePageMixin):
    """Adds the versions' route to ``ConsultationPage``."""

    version_views = None  # consultations.version_views, set by ConsultationsConfig.ready()

    @path("changes/", name="changes")
    def changes_view(self, request):
        return self.version_views.changes(request, self)
