import uuid
from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.tests.factories import OrganisationFactory, UserFactory, member_of, moderator
from consultations import signals
from consultations.actions import (
    ApproveComment,
    CoSignComment,
    EditComment,
    FlagComment,
    HideComment,
    PostComment,
    RejectComment,
    RestoreComment,
    TooManyCommentsError,
    WithdrawComment,
)
from consultations.models import (
    Comment,
    CommentKind,
    CommentState,
    ModerationPolicy,
)
from consultations.tests.factories import CommentFactory, ConsultationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index)


def post(user, consultation, **fields):
    fields.setdefault("text", "The deadline of eight days is too short.")
    return PostComment(user, consultation, **fields).execute()


def test_comment_on_a_part_keeps_the_parts_wording_then(consultation):
    article = consultation.parts()[1]

    comment = post(UserFactory(), consultation, part_id=article.id)

    assert comment.part_id == article.id
    assert comment.part_label == "Article 2"
    assert comment.part_text == "The text of article 2."
    assert comment.state == CommentState.PUBLISHED


def test_amendment_keeps_the_proposed_wording(consultation):
    article = consultation.parts()[0]

    comment = post(
        UserFactory(),
        consultation,
        part_id=article.id,
        kind=CommentKind.AMENDMENT,
        proposed_text="The revised text of article 1.",
    )

    assert comment.kind == CommentKind.AMENDMENT
    assert comment.proposed_text == "The revised text of article 1."


def test_comment_on_a_translation_belongs_to_the_original(consultation, locales, translated_home):
    translation = consultation.copy_for_translation(locales["sr"], copy_parents=True)
    translation.save_revision().publish()

    comment = post(UserFactory(), translation, part_id=translation.parts()[0].id)

    assert comment.consultation_id == consultation.pk


def test_comment_for_an_organisation_the_author_represents(consultation):
    organisation = OrganisationFactory(name="Initiative ARSIS")

    comment = post(member_of(organisation), consultation, organisation=organisation)

    assert comment.organisation == organisation


def test_moderation_before_publication_holds_the_comment(index):
    consultation = ConsultationPageFactory(parent=index, moderation=ModerationPolicy.BEFORE)

    comment = post(UserFactory(), consultation)

    assert comment.state == CommentState.PENDING


def test_posting_sends_comment_posted(consultation):
    received = []

    def receiver(sender, comment, **kwargs):
        received.append((sender, comment))

    signals.comment_posted.connect(receiver)
    try:
        comment = post(UserFactory(), consultation)
    finally:
        signals.comment_posted.disconnect(receiver)

    assert received == [(PostComment, comment)]


def test_double_submit_makes_one_comment(consultation):
    person, key = UserFactory(), uuid.uuid4()

    first = PostComment(person, consultation, text="Once.", submission_key=key)
    second = PostComment(person, consultation, text="Once.", submission_key=key)

    assert first.execute() == second.execute()
    assert (first.created, second.created) == (True, False)
    assert Comment.objects.count() == 1


def test_reply_to_a_reply_joins_the_same_thread(consultation):
    article = consultation.parts()[0]
    comment = post(UserFactory(), consultation, part_id=article.id)
    reply = post(UserFactory(), consultation, parent=comment, text="I agree.")

    answer = post(UserFactory(), consultation, parent=reply, text="So do I.")

    assert answer.parent == comment
    assert (reply.part_id, answer.part_id) == (article.id, article.id)


def test_five_comments_a_minute_then_a_clear_refusal(consultation):
    person = UserFactory()
    for number in range(5):
        post(person, consultation, text=f"Comment {number}")

    with pytest.raises(TooManyCommentsError) as refused:
        post(person, consultation, text="One too many")

    assert "5 comments in the last minute" in refused.value.message
    assert Comment.objects.count() == 5


def test_thirty_comments_an_hour(consultation):
    person, start = UserFactory(), timezone.now()
    for number in range(30):
        moment = start + timedelta(minutes=number)
        with mock.patch("django.utils.timezone.now", return_value=moment):
            post(person, consultation, text=f"Comment {number}")

    with (
        mock.patch("django.utils.timezone.now", return_value=start + timedelta(minutes=45)),
        pytest.raises(TooManyCommentsError) as refused,
    ):
        post(person, consultation, text="One too many")
    assert "30 comments in the last hour" in refused.value.message

    with mock.patch("django.utils.timezone.now", return_value=start + timedelta(minutes=61)):
        post(person, consultation, text="An hour later")
    assert Comment.objects.count() == 31


def test_rate_limit_is_per_person(consultation):
    for number in range(5):
        post(UserFactory(), consultation, text=f"Comment {number}")
    someone = UserFactory()
    for number in range(5):
        post(someone, consultation, text=f"Mine {number}")

    assert Comment.objects.count() == 10


def test_edit_keeps_the_earlier_wording(consultation):
    comment = post(UserFactory(), consultation, text="First wording.")

    EditComment(comment.author, comment, text="Second wording.").execute()

    comment.refresh_from_db()
    assert comment.text == "Second wording."
    assert comment.edited_at is not None
    assert [revision.text for revision in comment.revisions.all()] == ["First wording."]


def test_withdraw_leaves_a_tombstone(consultation):
    comment = post(UserFactory(), consultation)

    WithdrawComment(comment.author, comment).execute()

    comment.refresh_from_db()
    assert comment.is_withdrawn
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_organisations_cosign_a_comment(consultation):
    comment = post(UserFactory(), consultation)
    organisation = OrganisationFactory(name="Legal Centre")

    CoSignComment(member_of(organisation), comment, organisation).execute()

    assert [c.organisation for c in comment.cosignatures.all()] == [organisation]


def test_three_readers_flags_hide_a_comment_until_a_moderator_decides(consultation):
    comment = post(UserFactory(), consultation)
    for _reader in range(2):
        FlagComment(UserFactory(), comment).execute()
    assert comment.state == CommentState.PUBLISHED

    FlagComment(UserFactory(), comment, reason="Insults").execute()

    comment.refresh_from_db()
    assert comment.state == CommentState.HIDDEN_BY_FLAGS
    assert ModelLogEntry.objects.filter(action="consultations.comment.hide_by_flags").count() == 1

    ApproveComment(moderator(), comment).execute()
    FlagComment(UserFactory(), comment).execute()
    comment.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED


def test_the_same_reader_flags_once(consultation):
    comment, reader = post(UserFactory(), consultation), UserFactory()
    FlagComment(reader, comment).execute()

    with pytest.raises(ValidationError) as refused:
        FlagComment(reader, comment).execute()

    assert refused.value.messages == ["You have already flagged this comment."]
    assert comment.flags.count() == 1


@pytest.mark.parametrize(
    ("decision", "state_before", "state_after", "action"),
    [
        (ApproveComment, CommentState.PENDING, CommentState.PUBLISHED, "approve"),
        (RejectComment, CommentState.PENDING, CommentState.REJECTED, "reject"),
        (HideComment, CommentState.PUBLISHED, CommentState.HIDDEN, "hide"),
        (RestoreComment, CommentState.HIDDEN, CommentState.PUBLISHED, "restore"),
        (RestoreComment, CommentState.HIDDEN_BY_FLAGS, CommentState.PUBLISHED, "restore"),
    ],
    ids=["approve", "reject", "hide", "restore hidden", "restore flagged"],
)
def test_each_moderation_decision_writes_exactly_one_audit_entry(
    consultation, decision, state_before, state_after, action
):
    comment = CommentFactory(consultation=consultation, state=state_before)
    person = moderator()

    decision(person, comment, reason="Personal attack on a named official.").execute()

    comment.refresh_from_db()
    assert comment.state == state_after
    entries = ModelLogEntry.objects.filter(object_id=str(comment.pk))
    assert [(entry.action, entry.user) for entry in entries] == [
        (f"consultations.comment.{action}", person)
    ]
    assert entries[0].data["reason"] == "Personal attack on a named official."


def test_hiding_needs_a_reason_that_readers_see(consultation):
    comment = CommentFactory(consultation=consultation)

    with pytest.raises(ValidationError) as refused:
        HideComment(moderator(), comment, reason="  ").execute()

    assert refused.value.message_dict == {
        "reason": ["Give the reason: readers see it in place of the comment."]
    }
    comment.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED
    assert not ModelLogEntry.objects.exists()


def test_a_decision_that_does_not_apply_is_refused(consultation):
    comment = CommentFactory(consultation=consultation)

    with pytest.raises(ValidationError) as refused:
        ApproveComment(moderator(), comment).execute()

    assert refused.value.messages == ["This comment is published; that decision does not apply."]
