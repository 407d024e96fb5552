"""A hearing's live board on the shell's live layer (``iris_site.live``):
each change the board's actions signal becomes a numbered event, written in
the action's transaction and sent to the hearing's readers once it commits,
rendered once per language the hearing is published in. A reader who missed
events catches up from the database by number (``catch_up``)."""

import json

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from hearings import signals
from hearings.models import BoardAudience, BoardEventKind, BoardPost, HearingEvent, HearingPage
from hearings.routes import page_cache_tag
from iris_site import live

PUBLIC = BoardAudience.PUBLIC
# The socket's address (channels routes cannot be reversed): hearings.routing serves it.
SOCKET_ROUTE = "ws/hearings/<str:page_id>/board/"


def board_path(page):
    return "/" + SOCKET_ROUTE.replace("<str:page_id>", str(page.pk))


def event_group(hearing_id, language, audience):
    return live.event_group("hearing", hearing_id, language, audience)


def on_board_changed(post, kind, **kwargs):
    hearing = post.hearing
    live.record(
        HearingEvent,
        hearing,
        [(PUBLIC, kind, {"post": post})],
        page_cache_tags=(page_cache_tag(hearing),),
        sent=broadcast,
    )


def connect_receivers():
    signals.board_changed.connect(on_board_changed, dispatch_uid="hearings.live.on_board_changed")


def posts_of(events):
    ids = {event.post_id for event in events if event.post_id}
    return {post.pk: post for post in BoardPost.objects.filter(pk__in=ids).with_details()}


def announcement(event, post):
    if event.kind == BoardEventKind.POSTED:
        if post.is_question:
            return gettext("New question on the board.")
        return gettext("New comment on the board.")
    if event.kind == BoardEventKind.ANSWERED:
        return gettext("A question was answered.")
    return ""


def frame(event, posts):
    """The event as the JSON text sent to the browser, in the active language:
    the post as the page shows it now (a hidden one without its text)."""
    payload = {
        "type": "event",
        "stream": event.audience,
        "sequence": event.sequence,
        "kind": event.kind,
    }
    post = posts.get(event.post_id)
    if post is not None:
        payload.update(
            post=post.pk,
            html=render_to_string("hearings/includes/board_post.html", {"post": post}),
            announce=announcement(event, post),
        )
    return json.dumps(payload, separators=(",", ":"))


def published_languages(hearing):
    """``{language code: page}``: the live translations of the hearing."""
    pages = HearingPage.objects.live().filter(translation_key=hearing.translation_key)
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def broadcast(event_ids):
    events = list(
        HearingEvent.objects.filter(pk__in=event_ids)
        .select_related("hearing")
        .order_by("audience", "sequence")
    )
    if not events:
        return
    hearing = events[0].hearing
    posts = posts_of(events)
    messages = []
    for language in published_languages(hearing):
        with translation.override(language):
            messages.extend(
                (
                    event_group(hearing.pk, language, event.audience),
                    live.event_message(event, frame(event, posts)),
                )
                for event in events
            )
    live.send(messages)


def catch_up(page, audience, after, limit):
    """The frames of the events after number ``after`` for a reader of
    ``page``; None when more than ``limit`` were missed."""
    events = live.events_after(HearingEvent, page, audience, after, limit)
    if events is None:
        return None
    posts = posts_of(events)
    with translation.override(page.locale.language_code):
        return [(event.sequence, frame(event, posts)) for event in events]
