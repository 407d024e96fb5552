"""The live socket of a hearing's board: ``ws/hearings/<page id>/board/?after=<n>``.

The rules of every live socket (numbers, catch-up, frame size, depth, rate,
close codes) are the shell's ``iris_site.consumers.LiveConsumer``; this one
says which hearing a socket reads. Posting, voting and answering stay HTTP
forms through ``hearings.actions``."""

from django.utils.translation import gettext

from hearings import live
from hearings.models import BoardAudience, HearingEvent, HearingPage
from iris_site.consumers import LiveConsumer
from iris_site.converters import parse_id


class HearingBoardConsumer(LiveConsumer):
    event_model = HearingEvent
    group_prefix = "hearing"
    stream_keys = {BoardAudience.PUBLIC: "after"}

    @staticmethod
    def not_found():
        return gettext("There is no published public hearing at this address.")

    def readable_page(self, user, page_id):
        page_id = parse_id(page_id)
        if page_id is None:
            return None, []
        page = (
            HearingPage.objects.live().public().filter(pk=page_id).select_related("locale").first()
        )
        if page is None:
            return None, []
        page.original  # noqa: B018 - looked up here, in the database thread
        return page, [BoardAudience.PUBLIC]

    def frames_after(self, stream, after, limit):
        return live.catch_up(self.page, stream, after, limit)
