"""The library's feed, RSS and Atom: documents as they are added, newest first."""

from django.utils.translation import gettext as _

from iris_site.feeds import FeedSubject, PageFeed
from iris_site.languages import readers_versions
from policy_library.models import LibraryDocumentPage, LibraryIndexPage


class LibraryDocumentsFeed(PageFeed):
    def get_object(self, request):
        index = LibraryIndexPage.in_readers_language()
        return FeedSubject(request, index.url if index else "/")

    def title(self, obj):
        return _("New in the policy library")

    def description(self, obj):
        return _("Studies, laws, strategies and reports added to the policy library.")

    def pages(self, obj):
        return readers_versions(LibraryDocumentPage.objects.live().public()).order_by(
            "-first_published_at", "-pk"
        )
