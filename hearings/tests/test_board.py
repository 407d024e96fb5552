"""The live board of a hearing in progress, through its plain HTTP forms:
who may send, vote, answer and hide, what a refusal says, and the minutes
the board becomes once the hearing is over."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import GroupPagePermission

from accounts.tests.factories import (
    InstitutionFactory,
    OrganisationFactory,
    UserFactory,
    editor,
    member_of,
    moderator,
    official_of,
)
from hearings.models import MAX_POST_CHARACTERS, BoardPost, BoardPostKind, BoardPostState, BoardVote
from hearings.tests.factories import BoardPostFactory, HearingPageFactory

pytestmark = pytest.mark.django_db

QUESTION = "Who decides on an asylum claim made at the border?"


def board_url(hearing, name="board_post", *args):
    return hearing.url + hearing.reverse_subpage(name, args=args)


def send(client, hearing, text=QUESTION, kind=BoardPostKind.QUESTION, **fields):
    return client.post(board_url(hearing), {"text": text, "kind": kind, **fields})


def page_text(client, hearing):
    return client.get(hearing.url).content.decode()


def test_participant_sends_a_question_that_the_board_shows(client, live_hearing):
    organisation = OrganisationFactory(name="Legal Aid Centre")
    client.force_login(member_of(organisation, first_name="Jelena", last_name="Petrović"))

    response = send(client, live_hearing, organisation=organisation.pk)

    assert response.status_code == 302
    assert response["Location"].endswith("#board")
    page = page_text(client, live_hearing)
    assert QUESTION in page
    assert "Jelena Petrović" in page
    assert "for Legal Aid Centre" in page
    post = BoardPost.objects.get()
    assert (post.hearing, post.organisation, post.kind) == (
        live_hearing,
        organisation,
        BoardPostKind.QUESTION,
    )


def test_anonymous_reader_sees_the_board_and_is_asked_to_sign_in(client, live_hearing):
    BoardPostFactory(hearing=live_hearing, text=QUESTION)

    page = page_text(client, live_hearing)
    response = send(client, live_hearing)

    assert QUESTION in page
    assert "to send a question or a comment" in page
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert BoardPost.objects.count() == 1


@pytest.mark.parametrize("when", ["upcoming", "held", "cancelled"])
def test_a_post_to_a_hearing_not_in_progress_is_refused_with_the_reason(client, index, when):
    fields = {"upcoming": {}, "held": {"past": True}, "cancelled": {"in_progress": True}}[when]
    hearing = HearingPageFactory(parent=index, cancelled=when == "cancelled", **fields)
    client.force_login(UserFactory())

    response = send(client, hearing)

    assert response.status_code == 403
    assert "only while the hearing is in progress" in response.content.decode()
    assert QUESTION in response.content.decode()  # the text typed is not lost
    assert not BoardPost.objects.exists()
    assert 'id="board-posts"' not in page_text(client, hearing)


def test_an_over_long_post_is_refused_and_its_text_kept(client, live_hearing):
    client.force_login(UserFactory())
    text = "a" * (MAX_POST_CHARACTERS + 1)

    response = send(client, live_hearing, text=text)

    assert response.status_code == 400
    assert f"at most {MAX_POST_CHARACTERS} characters" in response.content.decode()
    assert text in response.content.decode()
    assert not BoardPost.objects.exists()


@pytest.mark.parametrize(
    "fields", [{"text": "   "}, {"kind": "speech"}, {"organisation": "999999"}, {"kind": ""}]
)
def test_bad_input_to_the_board_is_a_clear_400(client, live_hearing, fields):
    client.force_login(UserFactory())

    response = client.post(
        board_url(live_hearing), {"text": QUESTION, "kind": "question", **fields}
    )

    assert response.status_code == 400
    assert 'class="form-errors"' in response.content.decode() or "field--error" in (
        response.content.decode()
    )
    assert not BoardPost.objects.exists()


def test_speaking_for_an_organisation_one_is_not_confirmed_in_is_refused(client, live_hearing):
    client.force_login(UserFactory())

    response = send(client, live_hearing, organisation=OrganisationFactory().pk)

    assert response.status_code == 400
    assert not BoardPost.objects.exists()


def test_forged_post_ids_are_not_found(client, live_hearing, index, chair):
    other = HearingPageFactory(parent=index, in_progress=True)
    elsewhere = BoardPostFactory(hearing=other)
    client.force_login(chair)

    for name in ("board_vote", "board_answer", "board_hide", "board_carry"):
        assert client.post(board_url(live_hearing, name, elsewhere.pk)).status_code == 404
        assert client.post(board_url(live_hearing, name, 2**40)).status_code == 404


def test_asking_for_a_board_form_by_address_goes_back_to_the_board(client, live_hearing):
    post = BoardPostFactory(hearing=live_hearing)

    response = client.get(board_url(live_hearing, "board_vote", post.pk))

    assert response.status_code == 302
    assert response["Location"] == live_hearing.url + "#board"


# Votes --------------------------------------------------------------------------------


def test_participants_vote_a_question_up_once_each(client, live_hearing):
    post = BoardPostFactory(hearing=live_hearing, text=QUESTION)
    url = board_url(live_hearing, "board_vote", post.pk)
    client.force_login(UserFactory())

    first = client.post(url)
    again = client.post(url)
    client.force_login(UserFactory())
    other = client.post(url)

    assert (first.status_code, again.status_code, other.status_code) == (302, 409, 302)
    assert "already voted" in again.content.decode()
    assert BoardVote.objects.filter(post=post).count() == 2
    assert "2 votes" in page_text(client, live_hearing)
    assert "You voted for this question." in page_text(client, live_hearing)


def test_nobody_votes_for_their_own_question_nor_for_a_comment(client, live_hearing):
    author = UserFactory()
    own = BoardPostFactory(hearing=live_hearing, author=author)
    comment = BoardPostFactory(hearing=live_hearing, kind=BoardPostKind.COMMENT)
    client.force_login(author)

    own_vote = client.post(board_url(live_hearing, "board_vote", own.pk))
    comment_vote = client.post(board_url(live_hearing, "board_vote", comment.pk))

    assert (own_vote.status_code, comment_vote.status_code) == (403, 403)
    assert "your own question" in own_vote.content.decode()
    assert not BoardVote.objects.exists()


def test_votes_close_with_the_hearing(client, index):
    hearing = HearingPageFactory(parent=index, past=True)
    post = BoardPostFactory(hearing=hearing)
    client.force_login(UserFactory())

    response = client.post(board_url(hearing, "board_vote", post.pk))

    assert response.status_code == 403
    assert not BoardVote.objects.exists()


# The chair ----------------------------------------------------------------------------


def answer(client, hearing, post, text="The asylum office, within eight days."):
    return client.post(board_url(hearing, "board_answer", post.pk), {"answer": text})


def page_editor(page):
    """Someone Wagtail lets edit ``page`` (a group with change permission on it)."""
    group = Group.objects.create(name="Hearing editors")
    GroupPagePermission.objects.create(
        group=group, page=page, permission=Permission.objects.get(codename="change_page")
    )
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("chair", 302),
        ("editor", 302),
        ("page editor", 302),
        ("official of another institution", 403),
        ("moderator", 403),
        ("participant", 403),
        ("author", 403),
    ],
)
def test_only_the_chair_marks_a_question_answered(client, live_hearing, chair, who, status):
    post = BoardPostFactory(hearing=live_hearing)
    people = {
        "chair": lambda: chair,
        "editor": editor,
        "page editor": lambda: page_editor(live_hearing),
        "official of another institution": lambda: official_of(InstitutionFactory()),
        "moderator": moderator,
        "participant": UserFactory,
        "author": lambda: post.author,
    }
    client.force_login(people[who]())

    response = answer(client, live_hearing, post)

    post.refresh_from_db()
    assert response.status_code == status
    assert post.is_answered is (status == 302)


def test_the_answer_shows_on_the_board_and_can_be_corrected(client, live_hearing, chair):
    post = BoardPostFactory(hearing=live_hearing, text=QUESTION)
    client.force_login(chair)

    answer(client, live_hearing, post, "The border police, for now.")
    answer(client, live_hearing, post, "The asylum office, within eight days.")

    page = page_text(client, live_hearing)
    assert "Answered:" in page
    assert "The asylum office, within eight days." in page
    assert "The border police, for now." not in page


@pytest.mark.parametrize("text", ["", "x" * 2001])
def test_an_empty_or_over_long_answer_is_refused(client, live_hearing, chair, text):
    post = BoardPostFactory(hearing=live_hearing)
    client.force_login(chair)

    response = answer(client, live_hearing, post, text)

    post.refresh_from_db()
    assert response.status_code == 400
    assert not post.is_answered


# Moderation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status"), [("chair", 302), ("moderator", 302), ("participant", 403)]
)
def test_the_chair_and_moderators_hide_a_post_whose_text_then_reaches_nobody(
    client, live_hearing, chair, who, status
):
    post = BoardPostFactory(hearing=live_hearing, text="An insult to the minister")
    person = {"chair": chair, "moderator": moderator(), "participant": UserFactory()}[who]
    client.force_login(person)

    response = client.post(
        board_url(live_hearing, "board_hide", post.pk), {"reason": "Insulting a person"}
    )

    post.refresh_from_db()
    assert response.status_code == status
    assert (post.state == BoardPostState.HIDDEN) is (status == 302)
    if status == 302:
        for reader in (chair, post.author, None):
            client.logout()
            if reader is not None:
                client.force_login(reader)
            page = page_text(client, live_hearing)
            assert "An insult to the minister" not in page
            assert "Hidden by the chair: Insulting a person" in page


def test_hiding_needs_a_reason(client, live_hearing):
    post = BoardPostFactory(hearing=live_hearing)
    client.force_login(moderator())

    response = client.post(board_url(live_hearing, "board_hide", post.pk), {"reason": ""})

    post.refresh_from_db()
    assert response.status_code == 400
    assert post.state == BoardPostState.PUBLISHED


# Minutes ------------------------------------------------------------------------------


def test_after_the_hearing_its_questions_and_answers_are_in_the_minutes(client, live_hearing):
    answered = BoardPostFactory(
        hearing=live_hearing,
        text=QUESTION,
        answer="The asylum office, within eight days.",
        answered_at=timezone.now(),
    )
    BoardPostFactory(hearing=live_hearing, text="Is legal aid free at first instance?")
    BoardPostFactory(
        hearing=live_hearing,
        kind=BoardPostKind.COMMENT,
        text="Interpreters must be certified.",
    )
    BoardPostFactory(
        hearing=live_hearing, text="Hidden words", state=BoardPostState.HIDDEN, hidden_reason="Off"
    )
    BoardVote.objects.create(post=answered, voter=UserFactory())
    live_hearing.starts_at -= timedelta(days=1)
    live_hearing.ends_at = timezone.now() - timedelta(hours=1)
    live_hearing.save()

    page = page_text(client, live_hearing)
    outcome = page[page.index('id="outcome"') :]

    assert 'id="board-posts"' not in page
    assert "Questions asked at the hearing" in outcome
    assert QUESTION in outcome
    assert "The asylum office, within eight days." in outcome
    assert "Is legal aid free at first instance?" in outcome
    assert "Not answered at the hearing." in outcome
    assert "Comments made at the hearing" in outcome
    assert "Interpreters must be certified." in outcome
    assert "Hidden words" not in page
    assert "1 vote" in outcome


def test_before_the_hearing_there_is_no_board(client, index):
    hearing = HearingPageFactory(parent=index)

    page = page_text(client, hearing)

    assert 'id="board"' not in page


@pytest.mark.parametrize("reader", ["chair", "participant", "anonymous"])
def test_the_board_reads_as_many_queries_for_many_posts_as_for_one(
    client, live_hearing, chair, reader, django_assert_max_num_queries
):
    person = {"chair": chair, "participant": UserFactory(), "anonymous": None}[reader]
    if person is not None:
        client.force_login(person)
    BoardPostFactory(hearing=live_hearing)
    with CaptureQueriesContext(connection) as one:
        page_text(client, live_hearing)
    for _ in range(10):
        post = BoardPostFactory(hearing=live_hearing, kind=BoardPostKind.COMMENT)
        BoardVote.objects.create(post=post, voter=UserFactory())

    with django_assert_max_num_queries(len(one)):
        page_text(client, live_hearing)
