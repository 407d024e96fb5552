"""A comment its reader may not see (awaiting moderation, rejected, hidden,
withdrawn) gives that reader none of its text on any address: every page
about one comment answers it as not found, replying to it, flagging it and
co-signing it are refused and write nothing, and neither the thread, the
live socket, search, the report nor its downloads carry the text. Moderators
see the text and the readers' flags, with who flagged, when and why."""

import io
import uuid

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from openpyxl import load_workbook

from accounts.tests.factories import (
    OrganisationFactory,
    UserFactory,
    member_of,
    moderator,
    official_of,
)
from consultations import comment_views
from consultations.actions import (
    CommentPermissionError,
    CoSignComment,
    EditComment,
    FlagComment,
    PostComment,
    RejectComment,
)
from consultations.models import (
    Comment,
    CommentState,
    ConsultationEvent,
    ConsultationPage,
    CoSignature,
    EventAudience,
    Flag,
    ModerationPolicy,
)
from consultations.permissions import can_see
from consultations.tests.factories import (
    ROLES,
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
    person_as,
)
from consultations.tests.sockets import open_reader, session_cookie
from search.documents import entry_for

pytestmark = pytest.mark.django_db

# What each hidden state is, as the comment's fields.
HIDDEN_STATES = {
    "pending": {"state": CommentState.PENDING},
    "rejected": {"state": CommentState.REJECTED},
    "hidden": {"state": CommentState.HIDDEN, "moderation_reason": "Insults another participant"},
    "hidden by flags": {"state": CommentState.HIDDEN_BY_FLAGS},
    "withdrawn": {"state": CommentState.PUBLISHED, "withdrawn_at": timezone.now},
}
# Readers who may not see a comment in a given state. The author sees their
# own comment while it awaits moderation (to edit or withdraw it), never the
# text a moderator took out nor the one they withdrew.
READERS = ["anonymous", "member of another organisation", "official of the institution", "author"]
UNSEEN = [
    (state, reader)
    for state in HIDDEN_STATES
    for reader in READERS
    if not (state == "pending" and reader == "author")
]


def canary():
    """A text no page holds unless it leaked from the comment."""
    return f"canary-{uuid.uuid4().hex}"


def hidden_fields(state):
    return {
        name: value() if callable(value) else value for name, value in HIDDEN_STATES[state].items()
    }


def hidden_comment(consultation, state, text, **fields):
    return CommentFactory(
        consultation=consultation.original,
        text=text,
        organisation=OrganisationFactory(),
        **hidden_fields(state),
        **fields,
    )


def reader_as(name, consultation, comment):
    """The reader ``name`` (one of READERS); None for anonymous."""
    return {
        "anonymous": lambda: None,
        "member of another organisation": lambda: member_of(OrganisationFactory()),
        "official of the institution": lambda: official_of(consultation.institution),
        "author": lambda: comment.author,
    }[name]()


def comment_addresses(page, comment):
    """Every address that takes a comment's id, read from the page's routes:
    each change route with every change it serves, and the reply form."""
    addresses = []
    for pattern in ConsultationPage.get_subpage_urls():
        if "comment_id" in pattern.pattern.converters:
            addresses += [
                page.url
                + page.reverse_subpage(
                    pattern.name, kwargs={"comment_id": comment.pk, "change": change}
                )
                for change in comment_views.CHANGES
            ]
    addresses.append(f"{page.url}{page.reverse_subpage('post_comment')}?reply_to={comment.pk}")
    return addresses


# What a POST sends to each change and to the reply form, were the reader allowed.
POSTED = {
    "edit": {"text": "Changed wording"},
    "withdraw": {},
    "cosign": {"organisation": ""},
    "flag": {"reason": "Abusive"},
    "moderate": {"decision": "approve", "reason": ""},
    "comment": {"text": "A reply", "submission_key": ""},
}


def posted(address, comment):
    change = address.rstrip("/").rsplit("/", 1)[-1]
    if "reply_to=" in address:
        return {**POSTED["comment"], "reply_to": comment.pk}
    return POSTED[change]


def what_was_written():
    return (
        Comment.objects.count(),
        Flag.objects.count(),
        CoSignature.objects.count(),
        list(Comment.objects.values_list("text", "state", "withdrawn_at").order_by("pk")),
    )


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index)


# Who reads a comment's text in each state (permissions.can_see); the rest do not.
SEES = {
    "published": set(ROLES),
    "pending": {"comment author", "moderator", "editor"},
    "rejected": {"moderator", "editor"},
    "hidden": {"moderator", "editor"},
    "hidden by flags": {"moderator", "editor"},
    "withdrawn": {"moderator", "editor"},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("state", list(SEES))
def test_who_sees_a_comment_in_each_state(consultation, state, role):
    fields = hidden_fields(state) if state in HIDDEN_STATES else {}
    comment = CommentFactory(consultation=consultation, **fields)

    sees = can_see(person_as(role, consultation, comment), consultation, comment)

    assert sees == (role in SEES[state])


def test_addresses_that_take_a_comment_cover_every_change_and_the_reply(consultation):
    comment = CommentFactory(consultation=consultation)

    addresses = comment_addresses(consultation, comment)

    assert sorted(address.rsplit("/", 2)[-2] for address in addresses[:-1]) == sorted(
        ["cosign", "edit", "flag", "moderate", "withdraw"]
    )
    assert addresses[-1].endswith(f"comment/?reply_to={comment.pk}")


@pytest.mark.parametrize(("state", "reader"), UNSEEN)
def test_hidden_comment_is_not_found_at_any_of_its_addresses(client, consultation, state, reader):
    text = canary()
    comment = hidden_comment(consultation, state, text)
    user = reader_as(reader, consultation, comment)
    if user is not None:
        client.force_login(user)
    before = what_was_written()

    for address in comment_addresses(consultation, comment):
        shown = client.get(address)
        sent = client.post(address.split("?")[0], posted(address, comment))

        assert (address, shown.status_code, sent.status_code) == (address, 404, 404)
        assert text not in shown.content.decode() + sent.content.decode()
    assert what_was_written() == before


@pytest.mark.parametrize(("state", "reader"), UNSEEN)
def test_hidden_comment_text_is_not_in_the_thread_nor_its_pages(
    client, consultation, monkeypatch, state, reader
):
    # One thread a page: a comment that leaked would be on a page of its own.
    monkeypatch.setattr(comment_views, "THREADS_PER_LIST_PAGE", 1)
    text = canary()
    comment = hidden_comment(consultation, state, text)
    CommentFactory(consultation=consultation, text="A published remark.")
    user = reader_as(reader, consultation, comment)
    if user is not None:
        client.force_login(user)

    pages = [
        client.get(consultation.url),
        *(client.get(f"{consultation.url}comments/", {"page": n}) for n in (1, 2, 3)),
    ]

    assert all(response.status_code == 200 for response in pages)
    html = "".join(response.content.decode() for response in pages)
    assert "A published remark." in html
    assert text not in html
    assert f"{comment.pk}/flag/" not in html
    assert f"reply_to={comment.pk}" not in html


def test_hidden_comment_shows_the_reason_in_its_place(client, consultation):
    text = canary()
    hidden_comment(consultation, "hidden", text)

    html = client.get(f"{consultation.url}comments/").content.decode()

    assert "Hidden by a moderator: Insults another participant" in html
    assert text not in html


def test_author_reads_and_edits_their_comment_awaiting_moderation(client, consultation):
    text = canary()
    comment = hidden_comment(consultation, "pending", text)
    client.force_login(comment.author)

    shown = client.get(f"{consultation.url}comments/{comment.pk}/edit/")
    edited = client.post(f"{consultation.url}comments/{comment.pk}/edit/", {"text": "Better"})

    assert shown.status_code == 200
    assert text in shown.content.decode()
    assert edited.status_code == 302
    comment.refresh_from_db()
    assert comment.text == "Better"


@pytest.mark.parametrize("state", ["pending", "rejected", "hidden", "hidden by flags"])
def test_reply_under_a_comment_out_of_the_thread_is_refused_by_the_action(consultation, state):
    parent = hidden_comment(consultation, state, canary())
    before = what_was_written()

    for person in (member_of(OrganisationFactory()), moderator(), parent.author):
        with pytest.raises(CommentPermissionError):
            PostComment(person, consultation, text="Me too", parent=parent).execute()

    assert what_was_written() == before
    assert not ConsultationEvent.objects.exists()


def test_reply_under_a_reply_in_a_hidden_thread_is_refused(consultation):
    parent = hidden_comment(consultation, "hidden", canary())
    reply = CommentFactory(consultation=consultation, parent=parent)

    with pytest.raises(CommentPermissionError):
        PostComment(UserFactory(), consultation, text="Me too", parent=reply).execute()

    assert parent.replies.count() == 1


def test_moderator_is_told_why_a_hidden_comment_takes_no_reply(client, consultation):
    parent = hidden_comment(consultation, "hidden", canary())
    client.force_login(moderator())

    response = client.get(f"{consultation.url}comment/", {"reply_to": parent.pk})

    assert response.status_code == 403
    assert "Replies are closed: this comment is not published in the thread." in (
        response.content.decode()
    )


@pytest.mark.parametrize("state", list(HIDDEN_STATES))
def test_flag_and_cosign_of_a_hidden_comment_are_refused_by_the_actions(consultation, state):
    comment = hidden_comment(consultation, state, canary())
    cosigner = member_of(OrganisationFactory(verified=True))
    before = what_was_written()

    with pytest.raises(CommentPermissionError):
        FlagComment(member_of(OrganisationFactory()), comment, "Abusive").execute()
    with pytest.raises(CommentPermissionError):
        CoSignComment(cosigner, comment, cosigner.memberships.get().organisation).execute()

    assert what_was_written() == before


@pytest.mark.parametrize("state", ["rejected", "hidden", "hidden by flags", "withdrawn"])
def test_author_may_not_change_a_comment_taken_out_of_the_thread(consultation, state):
    comment = hidden_comment(consultation, state, canary())

    with pytest.raises(CommentPermissionError):
        EditComment(comment.author, comment, text="Wording put back").execute()

    assert not comment.revisions.exists()


@pytest.mark.parametrize("state", ["rejected", "pending"])
def test_replies_in_a_thread_taken_out_are_taken_out_with_it(client, consultation, state):
    parent = CommentFactory(consultation=consultation)
    text = canary()
    reply = CommentFactory(consultation=consultation, parent=parent, text=text)
    Comment.objects.filter(pk=parent.pk).update(state=HIDDEN_STATES[state]["state"])
    client.force_login(reply.author)

    html = client.get(f"{consultation.url}comments/").content.decode()

    assert text not in html
    assert client.get(f"{consultation.url}comments/{reply.pk}/flag/").status_code == 404
    reply.refresh_from_db()
    assert not can_see(AnonymousUser(), consultation, reply)


# The report, its downloads, the institution record, search -----------------------


@pytest.fixture
def reported(index):
    """A consultation with its report out: one published answered comment,
    and one comment in each hidden state, answered before it was taken out."""
    consultation = ConsultationPageFactory(parent=index, closed=True)
    texts = []
    for state in HIDDEN_STATES:
        text = canary()
        texts.append(text)
        AnswerFactory(comment=hidden_comment(consultation, state, text))
    AnswerFactory(comment=CommentFactory(consultation=consultation, text="Published remark."))
    ConsultationReportFactory(consultation=consultation)
    return consultation, texts


def xlsx_text(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return " ".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row)


def test_report_and_its_downloads_never_carry_hidden_text(client, reported):
    consultation, texts = reported

    report = client.get(f"{consultation.url}report/").content.decode()
    csv = client.get(f"{consultation.url}report/csv/").content.decode("utf-8-sig")
    xlsx = xlsx_text(client.get(f"{consultation.url}report/xlsx/"))
    record = client.get(
        reverse("consultations_institution_record", args=[consultation.institution.slug])
    ).content.decode()

    for shown in (report, csv, xlsx):
        assert "Published remark." in shown
    for text in texts:
        assert text not in report + csv + xlsx + record


def test_answering_screen_leaves_out_hidden_text(client, index):
    consultation = ConsultationPageFactory(parent=index, closed=True)
    texts = [canary() for _state in HIDDEN_STATES]
    for state, text in zip(HIDDEN_STATES, texts, strict=True):
        hidden_comment(consultation, state, text)
    client.force_login(official_of(consultation.institution))

    html = client.get(reverse("consultations_answering", args=[consultation.pk])).content.decode()

    assert all(text not in html for text in texts)


def test_comments_are_not_in_the_search_index(consultation):
    texts = [canary() for _state in HIDDEN_STATES]
    for state, text in zip(HIDDEN_STATES, texts, strict=True):
        hidden_comment(consultation, state, text)

    entry = entry_for(consultation)

    assert not any(text in repr(entry) for text in texts)


# What moderators see -----------------------------------------------------------------


@pytest.fixture
def flagged(consultation):
    """A comment hidden by three readers' flags, each with its reason."""
    text = canary()
    comment = CommentFactory(consultation=consultation, text=text)
    readers = [
        UserFactory(first_name="Ana", last_name=name) for name in ("Petrović", "Kovač", "Hoxha")
    ]
    for reader, reason in zip(readers, ["Insulting", "Off topic", ""], strict=True):
        FlagComment(reader, comment, reason).execute()
    comment.refresh_from_db()
    assert comment.state == CommentState.HIDDEN_BY_FLAGS
    return comment, text


def assert_flags_shown(html, comment):
    for flag in comment.flags.all():
        assert flag.flagged_by.get_full_name() in html
        assert date_format(timezone.localtime(flag.flagged_at), "DATETIME_FORMAT") in html
    assert "Insulting" in html
    assert "Off topic" in html
    assert "No reason given" in html


def test_moderator_reads_the_text_and_flags_on_the_comment_moderation_page(
    client, consultation, flagged
):
    comment, text = flagged
    client.force_login(moderator())

    response = client.get(f"{consultation.url}comments/{comment.pk}/moderate/")

    html = response.content.decode()
    assert response.status_code == 200
    assert text in html
    assert_flags_shown(html, comment)


def test_moderator_reads_the_text_and_flags_in_the_admin(client, flagged):
    comment, text = flagged
    client.force_login(moderator())

    html = client.get(f"/admin/consultation_comments/edit/{comment.pk}/").content.decode()

    assert text in html
    assert_flags_shown(html, comment)


@pytest.mark.parametrize("state", list(HIDDEN_STATES))
def test_moderator_reads_the_text_in_every_state(client, consultation, state):
    text = canary()
    comment = hidden_comment(consultation, state, text)
    client.force_login(moderator())

    site = client.get(f"{consultation.url}comments/{comment.pk}/moderate/")
    admin = client.get(f"/admin/consultation_comments/edit/{comment.pk}/")

    assert (site.status_code, admin.status_code) == (200, 200)
    assert text in site.content.decode()
    assert text in admin.content.decode()


@pytest.mark.usefixtures("flagged")
def test_flag_reasons_are_not_shown_to_readers(client, consultation):
    client.force_login(UserFactory())

    html = client.get(consultation.url).content.decode()

    assert "Insulting" not in html
    assert "Petrović" not in html


# The live socket ---------------------------------------------------------------------


def frames_text(frames):
    return " ".join(str(frame) for frame in frames)


@pytest.mark.parametrize("reader", ["anonymous", "member of another organisation"])
@pytest.mark.parametrize("state", list(HIDDEN_STATES))
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("page_tree_root")
def test_catch_up_does_not_carry_hidden_text(index, state, reader):
    consultation = ConsultationPageFactory(parent=index)
    text = canary()
    # Published first, so the public stream holds its events; then taken out.
    comment = PostComment(member_of(OrganisationFactory()), consultation, text=text).execute()
    Comment.objects.filter(pk=comment.pk).update(**hidden_fields(state))
    user = reader_as(reader, consultation, comment)
    cookie = session_cookie(user) if user is not None else ""

    @async_to_sync
    async def scenario():
        socket, frames = await open_reader(consultation, query="after=0", cookie=cookie)
        await socket.disconnect()
        return frames

    frames = scenario()

    assert frames[-1]["type"] == "ready"
    assert EventAudience.MODERATORS not in frames[-1]["sequences"]
    assert text not in frames_text(frames)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("page_tree_root")
def test_live_frames_of_a_comment_awaiting_moderation_go_to_moderators_alone(index):
    consultation = ConsultationPageFactory(parent=index, moderation=ModerationPolicy.BEFORE)
    text = canary()
    author = member_of(OrganisationFactory())
    deciding = moderator()
    reader_cookie = session_cookie(member_of(OrganisationFactory()))
    moderator_cookie = session_cookie(deciding)

    def post_edit_and_reject():
        comment = PostComment(author, consultation, text=text).execute()
        EditComment(author, comment, text=f"{text} (edited)").execute()
        RejectComment(deciding, comment).execute()

    @async_to_sync
    async def scenario():
        reading, _frames = await open_reader(consultation, cookie=reader_cookie)
        moderating, _frames = await open_reader(consultation, cookie=moderator_cookie)
        await sync_to_async(post_edit_and_reject)()
        moderated = await moderating.events(3)
        reader_saw_nothing = await reading.no_events()
        caught_up, frames = await open_reader(consultation, query="after=0", cookie=reader_cookie)
        await reading.disconnect()
        await moderating.disconnect()
        await caught_up.disconnect()
        return moderated, reader_saw_nothing, frames

    moderated, reader_saw_nothing, frames = scenario()

    assert {event["stream"] for event in moderated} == {"moderators"}
    assert text in moderated[0]["html"]
    assert reader_saw_nothing
    assert text not in frames_text(frames)
