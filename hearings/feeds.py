"""The events' feed, RSS and Atom: hearings and other events as they are
announced, newest first. Only what the event page shows the public: never
registrations."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from hearings.models import EventPage, HearingIndexPage
from iris_site.feeds import FeedSubject, PageFeed
from iris_site.languages import readers_versions


class EventsFeed(PageFeed):
    def get_object(self, request):
        index = HearingIndexPage.in_readers_language()
        return FeedSubject(request, index.url if index else "/")

    def title(self, obj):
        return _("Events and public hearings")

    def description(self, obj):
        return _("Public hearings, parliamentary sessions and network events, newest first.")

    def pages(self, obj):
        return readers_versions(EventPage.objects.live().public()).order_by(
            "-first_published_at", "-pk"
        )

    def item_title(self, event):
        starts = formats.date_format(timezone.localtime(event.starts_at), "DATE_FORMAT")
        if event.cancelled:
            return _("Cancelled: %(title)s (%(date)s)") % {"title": event.title, "date": starts}
        return f"{event.title} ({starts})"
