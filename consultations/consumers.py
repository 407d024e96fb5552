"""The live socket of a consultation page: ``ws/consultations/<page id>/?after=<n>&moderators_after=<m>``.

The rules of every live socket (numbers, catch-up, frame size, depth, rate,
close codes) are the shell's ``iris_site.consumers.LiveConsumer``; this one
says which consultation a socket reads, whether its reader gets the
moderators' stream, and counts the readers present."""

import asyncio

from django.utils.translation import gettext

from consultations import live, presence
from consultations.models import ConsultationEvent, ConsultationPage, EventAudience
from consultations.permissions import can_moderate, can_view
from iris_site.consumers import LiveConsumer
from iris_site.converters import parse_id


class ConsultationConsumer(LiveConsumer):
    """One reader's socket on one consultation page."""

    event_model = ConsultationEvent
    group_prefix = "consultation"
    # The query parameter and "resume" key that carry the last number seen per stream.
    stream_keys = {EventAudience.PUBLIC: "after", EventAudience.MODERATORS: "moderators_after"}

    @staticmethod
    def not_found():
        return gettext("There is no published consultation at this address.")

    def readable_page(self, user, page_id):
        """The published consultation ``page_id`` with the streams ``user``
        may read, or (None, []) when there is nothing the user may read there."""
        page_id = parse_id(page_id)
        if page_id is None:
            return None, []
        page = (
            ConsultationPage.objects.live()
            .public()
            .filter(pk=page_id)
            .select_related("locale")
            .first()
        )
        if page is None or not can_view(user, page):
            return None, []
        page.original  # noqa: B018 - looked up here, in the database thread
        streams = [EventAudience.PUBLIC]
        if can_moderate(user, page):
            streams.append(EventAudience.MODERATORS)
        return page, streams

    def frames_after(self, stream, after, limit):
        return live.catch_up(self.page, stream, after, limit)

    def extra_groups(self):
        return [live.readers_group(self.subject_id)]

    async def joined(self):
        self.heartbeat = None
        readers = presence.readers()
        await readers.join(self.subject_id, self.channel_name)
        if readers.refresh_every:
            self.heartbeat = asyncio.create_task(self.keep_counted(readers))
        await presence.announcer.changed(self.subject_id, live.readers_group(self.subject_id))

    async def leaving(self):
        if getattr(self, "heartbeat", None) is not None:
            self.heartbeat.cancel()
        await presence.readers().leave(self.subject_id, self.channel_name)
        await presence.announcer.changed(self.subject_id, live.readers_group(self.subject_id))

    async def keep_counted(self, readers):
        while True:
            await asyncio.sleep(readers.refresh_every)
            await readers.refresh(self.subject_id, self.channel_name)

    async def live_readers(self, message):
        await self.send(text_data=live.readers_frame(message["count"], self.language))
