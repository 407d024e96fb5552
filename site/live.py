"""Live streams, whatever they are about (a consultation's comment threads, a
hearing's board): each change becomes a numbered event, written in the
action's transaction and sent to the subject's readers once it commits.

The feature app says what an event shows (it renders the frames); this module
numbers the events, sends the frames through the channel layer's groups, and
reads back what a reader missed (``events_after``): the half that every
stream must do alike for the socket rules of ``iris_site.consumers`` to hold."""

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

from iris_site import page_cache


def event_group(prefix, subject_id, language, audience):
    """The group of the sockets reading subject ``subject_id`` in ``language``
    that may receive the ``audience`` stream."""
    return f"{prefix}-{subject_id}-{language}-{audience}"


def record(event_model, subject, changes, *, page_cache_tags=(), sent):
    """Number and write the events ``changes`` (``(audience, kind, fields)``
    triples, ``fields`` the event's own columns) of ``subject`` in the
    current transaction; ``sent(event_ids)`` broadcasts them once it commits.

    The subject's row is locked first, so writers of one subject take
    numbers one after the other in the order they commit: a number is never
    seen before the ones below it are in the database. (SQLite's immediate
    transactions serialise every writer already.)"""
    kept = event_model.kept_on(subject)
    with transaction.atomic():
        list(
            type(kept)
            .objects.select_for_update(of=("self",))
            .filter(pk=kept.pk)
            .values_list("pk", flat=True)
        )
        latest = {}
        events = []
        for audience, kind, fields in changes:
            if audience not in latest:
                latest[audience] = event_model.objects.latest_sequence(kept, audience)
            latest[audience] += 1
            events.append(
                event_model(
                    **{event_model.subject_field: kept},
                    audience=audience,
                    sequence=latest[audience],
                    kind=kind,
                    **fields,
                )
            )
        event_model.objects.bulk_create(events)
    event_ids = [event.pk for event in events]
    # Robust: the change is committed whatever happens to the broadcast (the
    # channel layer down, say); the failure is logged and readers catch up
    # from the database when they reconnect or at the next event. The cached
    # pages are bumped now and again once committed, as
    # page_cache.invalidate_on_commit does.
    page_cache.invalidate(*page_cache_tags)
    transaction.on_commit(lambda: committed(event_ids, page_cache_tags, sent), robust=True)
    return events


def committed(event_ids, page_cache_tags, sent):
    """Once the change is in the database: the cached pages that show the
    subject are built afresh for their next reader, and the readers present
    get the events."""
    page_cache.invalidate(*page_cache_tags)
    sent(event_ids)


def event_message(event, frame):
    """The group message of one event: the frame the browser receives, and
    the number the socket compares before forwarding it."""
    return {
        "type": "live.event",
        "stream": event.audience,
        "sequence": event.sequence,
        "frame": frame,
    }


def send(messages):
    """Send ``(group, message)`` pairs through the channel layer."""
    async_to_sync(send_to_groups)(messages)


async def send_to_groups(messages):
    layer = get_channel_layer()
    for group, message in messages:
        await layer.group_send(group, message)


def events_after(event_model, subject, audience, after, limit):
    """The ``audience`` events of ``subject`` after number ``after``, in
    order; None when more than ``limit`` were missed (the reader is better
    served by reloading the page)."""
    events = list(
        event_model.objects.stream(subject, audience)
        .filter(sequence__gt=after)
        .order_by("sequence")[: limit + 1]
    )
    return None if len(events) > limit else events
