"""The record of live events: numbered without gaps per consultation and
audience, written with the change or not at all, and sent only once the
change is committed."""

import threading

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection, transaction

from accounts.tests.factories import UserFactory
from consultations import live, signals
from consultations.models import CommentState, ConsultationEvent, EventAudience, EventKind
from consultations.tests.factories import CommentFactory, ConsultationPageFactory


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index)


def stream(consultation, audience=EventAudience.PUBLIC):
    return list(
        ConsultationEvent.objects.stream(consultation, audience).values_list("sequence", "kind")
    )


@pytest.mark.django_db
def test_events_are_numbered_from_one_per_consultation(consultation, index):
    other = ConsultationPageFactory(parent=index)
    for page in (consultation, consultation, other):
        signals.comment_posted.send(sender=None, comment=CommentFactory(consultation=page))

    assert stream(consultation) == [(1, "comment_posted"), (2, "comment_posted")]
    assert stream(other) == [(1, "comment_posted")]


@pytest.mark.django_db
def test_comment_awaiting_moderation_is_an_event_for_moderators_only(consultation):
    pending = CommentFactory(consultation=consultation, state=CommentState.PENDING)
    signals.comment_posted.send(sender=None, comment=pending)

    assert stream(consultation) == []
    assert stream(consultation, EventAudience.MODERATORS) == [(1, EventKind.COMMENT_AWAITING)]


@pytest.mark.django_db
def test_comment_hidden_after_flags_also_enters_the_moderation_queue(consultation):
    comment = CommentFactory(consultation=consultation, state=CommentState.HIDDEN_BY_FLAGS)
    signals.comment_hidden.send(sender=None, comment=comment)

    assert stream(consultation) == [(1, EventKind.COMMENT_HIDDEN)]
    assert stream(consultation, EventAudience.MODERATORS) == [(1, EventKind.COMMENT_AWAITING)]


@pytest.mark.django_db
def test_rejected_comment_never_reaches_the_public(consultation):
    comment = CommentFactory(consultation=consultation, state=CommentState.REJECTED)
    signals.comment_rejected.send(sender=None, comment=comment)

    assert stream(consultation) == []
    assert stream(consultation, EventAudience.MODERATORS) == [(1, EventKind.COMMENT_MODERATED)]


@pytest.mark.django_db
def test_comment_on_a_translation_is_an_event_of_the_original(consultation, locales):
    translation = consultation.copy_for_translation(locales["de"], copy_parents=True)
    translation.save_revision().publish()
    signals.comment_posted.send(
        sender=None, comment=CommentFactory(consultation=translation.original)
    )

    assert stream(translation) == [(1, "comment_posted")]
    assert ConsultationEvent.objects.get().consultation_id == consultation.pk


@pytest.mark.django_db
def test_event_is_sent_only_after_the_change_commits(
    consultation, django_capture_on_commit_callbacks
):
    layer = get_channel_layer()
    group = live.event_group(consultation.pk, "en", EventAudience.PUBLIC)
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)(group, channel)

    with django_capture_on_commit_callbacks() as callbacks:
        signals.comment_posted.send(sender=None, comment=CommentFactory(consultation=consultation))
    # Nothing is sent while the transaction is open.
    assert len(callbacks) == 1
    callbacks[0]()
    message = async_to_sync(layer.receive)(channel)

    assert (message["stream"], message["sequence"]) == ("public", 1)
    assert '"kind":"comment_posted"' in message["frame"]


@pytest.mark.django_db
def test_change_rolled_back_leaves_no_event(consultation, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks() as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        comment = CommentFactory(consultation=consultation)
        signals.comment_posted.send(sender=None, comment=comment)
        raise RuntimeError("the action failed after signalling")

    assert stream(consultation) == []
    assert callbacks == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("page_tree_root")
def test_writers_at_the_same_time_take_consecutive_numbers(consultation):
    """Eight actions commenting at once: eight numbers, none twice, none skipped
    (SQLite serialises writers; PostgreSQL locks the consultation's row)."""
    comments = [CommentFactory(consultation=consultation) for _ in range(8)]
    start = threading.Barrier(len(comments))
    failures = []

    def act(comment):
        try:
            start.wait()
            with transaction.atomic():
                signals.comment_edited.send(sender=None, comment=comment)
        except Exception as error:  # reported below, with the thread's error
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=act, args=(comment,)) for comment in comments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert [sequence for sequence, _kind in stream(consultation)] == list(range(1, 9))


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("page_tree_root")
def test_comment_is_posted_even_when_the_channel_layer_is_down(consultation, settings, client):
    """Readers catch up later; the person posting sees their comment now."""
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": ["redis://127.0.0.1:9/0"]},  # nothing listens there
        }
    }
    client.force_login(UserFactory())
    form = client.get(f"{consultation.url}comment/").context["form"]

    response = client.post(
        f"{consultation.url}comment/",
        {
            "kind": "general",
            "text": "Sent while Redis is down.",
            "submission_key": form.initial["submission_key"],
        },
    )

    assert response.status_code == 302
    assert stream(consultation) == [(1, EventKind.COMMENT_POSTED)]
