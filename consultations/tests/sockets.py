"""The live threads' tests: a reader's socket on a consultation (the shell's
``LiveSocket``), and comments changed as the actions change them."""

from asgiref.sync import sync_to_async
from django.db import transaction

from consultations import signals
from consultations.tests.factories import CommentFactory
from iris_site.tests.sockets import LiveSocket, session_cookie

__all__ = ["LiveSocket", "session_cookie"]


def live_path(page):
    return f"/ws/consultations/{page.pk}/"


def change(signal, comment, **fields):
    """What an action does: write the comment and signal it, in one transaction."""
    with transaction.atomic():
        for name, value in fields.items():
            setattr(comment, name, value)
        comment.save()
        signal.send(sender=change, comment=comment)
    return comment


def post(consultation, **fields):
    with transaction.atomic():
        comment = CommentFactory(consultation=consultation.original, **fields)
        signals.comment_posted.send(sender=post, comment=comment)
    return comment


apost = sync_to_async(post)
achange = sync_to_async(change)


async def open_reader(page, query="", cookie=""):
    socket = LiveSocket(live_path(page), query=query, cookie=cookie)
    assert await socket.connect() == "websocket.accept"
    frames = await socket.receive_until("ready")
    return socket, frames
