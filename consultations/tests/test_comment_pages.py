import re
import uuid

import pytest
from wagtail.models import ModelLogEntry

from accounts.tests.factories import OrganisationFactory, UserFactory, member_of, moderator
from consultations.blocks import draft_stream
from consultations.models import Comment, CommentKind, CommentState, ModerationPolicy
from consultations.tests.factories import (
    CommentFactory,
    ConsultationPageFactory,
    articles,
    comment_on_part,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(
        parent=index,
        draft=draft_stream(
            [
                ("article", "Article 1", "Scope", "This law governs asylum."),
                ("article", "Article 5", "Legal aid", "Free legal aid is available."),
            ]
        ),
    )


def html_of(response):
    return response.content.decode()


def form_data(client, url):
    """The hidden fields of the comment form at ``url``, as a browser sends them."""
    html = html_of(client.get(url))
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', html))


def test_every_part_has_a_visible_control_to_comment_on_it(client, consultation):
    client.force_login(UserFactory())

    html = html_of(client.get(consultation.url))

    part = consultation.parts()[1]
    assert (
        f'href="{consultation.url}comment/?part={part.id}#comment-form">Comment on Article 5</a>'
        in html
    )
    assert (
        f'href="{consultation.url}comment/#comment-form">Comment on the draft as a whole</a>'
        in html
    )


def test_readers_who_are_not_signed_in_are_asked_to_sign_in(client, consultation):
    html = html_of(client.get(consultation.url))

    assert "Comment on Article 5" not in html
    assert "to comment on this draft." in html


def test_comment_form_names_the_part_and_shows_its_wording(client, consultation):
    client.force_login(UserFactory())
    part = consultation.parts()[1]

    html = html_of(client.get(f"{consultation.url}comment/?part={part.id}"))

    assert "<h1>Comment on Article 5</h1>" in html
    assert "Free legal aid is available." in html
    assert '<label for="id_text" class="field__label">Your comment</label>' in html


def test_comment_posted_over_http_shows_under_its_part(client, consultation):
    person = UserFactory(first_name="Jelena", last_name="Marković")
    client.force_login(person)
    part = consultation.parts()[1]
    url = f"{consultation.url}comment/?part={part.id}"
    data = {**form_data(client, url), "kind": "question", "text": "Who pays for it?"}

    response = client.post(f"{consultation.url}comment/", data, follow=True)

    comment = Comment.objects.get()
    assert response.redirect_chain == [(f"{consultation.url}#comment-{comment.pk}", 302)]
    html = html_of(response)
    assert "Thank you. Your comment has been published." in html
    assert "<p>Who pays for it?</p>" in html
    assert "Jelena Marković" in html
    assert "1 comment" in html
    assert comment.part_id == part.id


def test_amendment_shows_the_word_changes_against_the_part(client, consultation):
    part = consultation.parts()[1]
    comment_on_part(
        consultation,
        part,
        kind=CommentKind.AMENDMENT,
        text="Legal aid must start at once.",
        proposed_text="Free legal aid is available from the first day.",
    )

    html = html_of(client.get(consultation.url))

    assert (
        '<p class="amendment-diff">Free legal aid is <del><span class="visually-hidden">'
        '[removed: </span>available.<span class="visually-hidden">]</span></del>'
        '<ins><span class="visually-hidden">[added: </span>available from the first day.'
        '<span class="visually-hidden">]</span></ins></p>'
    ) in html


def test_amendment_is_measured_against_the_wording_it_answered(client, consultation):
    part = consultation.parts()[1]
    comment_on_part(
        consultation,
        part,
        kind=CommentKind.AMENDMENT,
        text="Add the first day.",
        proposed_text="Free legal aid is available from the first day.",
    )
    raw = list(consultation.draft.raw_data)
    raw[1]["value"]["text"] = "Free legal aid is available from the first day."
    consultation.draft = raw
    consultation.save_revision().publish()

    html = html_of(client.get(consultation.url + f"comments/?part={part.id}"))

    assert "<p>Free legal aid is available from the first day.</p>" in html
    assert "<del>" in html and "<ins>" in html


def test_replies_threads_organisations_and_cosigners_are_shown(client, consultation):
    arsis, centre = (
        OrganisationFactory(name="Initiative ARSIS"),
        OrganisationFactory(name="Belgrade Centre for Human Rights"),
    )
    part = consultation.parts()[0]
    comment = comment_on_part(consultation, part, organisation=arsis, text="Too narrow.")
    comment.cosignatures.create(organisation=centre, signed_by=member_of(centre))
    CommentFactory(consultation=consultation, parent=comment, part_id=part.id, text="Agreed.")

    html = html_of(client.get(consultation.url))

    assert "for Initiative ARSIS" in html
    assert "Co-signed by: Belgrade Centre for Human Rights" in html
    assert re.search(r'<ol class="thread__replies">\s*<li><article class="comment', html)
    assert "2 comments" in html


def test_withdrawn_and_hidden_comments_keep_their_place(client, consultation):
    from django.utils import timezone

    CommentFactory(consultation=consultation, text="Withdrawn words", withdrawn_at=timezone.now())
    CommentFactory(
        consultation=consultation,
        text="Insulting words",
        state=CommentState.HIDDEN,
        moderation_reason="It insulted a named official.",
    )

    html = html_of(client.get(consultation.url))

    assert "Withdrawn by its author on" in html
    assert "Withdrawn words" not in html
    assert "Hidden by a moderator: It insulted a named official." in html
    assert "Insulting words" not in html


def test_pending_and_rejected_comments_are_not_shown(client, consultation):
    CommentFactory(consultation=consultation, text="Waiting", state=CommentState.PENDING)
    CommentFactory(consultation=consultation, text="Refused", state=CommentState.REJECTED)

    html = html_of(client.get(consultation.url))

    assert "Waiting" not in html
    assert "Refused" not in html


def test_moderated_consultation_says_the_comment_awaits_approval(client, index):
    consultation = ConsultationPageFactory(parent=index, moderation=ModerationPolicy.BEFORE)
    client.force_login(UserFactory())
    data = {**form_data(client, f"{consultation.url}comment/"), "kind": "general", "text": "Hi"}

    html = html_of(client.post(f"{consultation.url}comment/", data, follow=True))

    assert "Your comment will appear once a moderator has approved it." in html
    assert Comment.objects.get().state == CommentState.PENDING


def test_each_part_shows_its_newest_threads_and_links_to_all(client, consultation):
    part = consultation.parts()[1]
    for number in range(5):
        comment_on_part(consultation, part, text=f"Remark {number}")

    html = html_of(client.get(consultation.url))

    assert "Remark 0" not in html
    assert "Remark 4" in html
    assert (
        f'<a href="{consultation.url}comments/?part={part.id}">All 5 comments on Article 5</a>'
        in html
    )
    listing = html_of(client.get(f"{consultation.url}comments/?part={part.id}"))
    assert all(f"Remark {number}" in listing for number in range(5))


def test_reply_over_http(client, consultation):
    comment = CommentFactory(consultation=consultation)
    client.force_login(UserFactory())
    data = {**form_data(client, f"{consultation.url}comment/?reply_to={comment.pk}"), "text": "Yes"}

    client.post(f"{consultation.url}comment/", data)

    assert comment.replies.get().text == "Yes"


def test_double_click_posts_one_comment(client, consultation):
    client.force_login(UserFactory())
    data = {**form_data(client, f"{consultation.url}comment/"), "kind": "general", "text": "Once"}

    client.post(f"{consultation.url}comment/", data)
    second = client.post(f"{consultation.url}comment/", data, follow=True)

    assert Comment.objects.count() == 1
    assert "You had already sent this comment; it was posted once." in html_of(second)


def test_sixth_comment_in_a_minute_gets_a_429_page_keeping_the_text(client, consultation):
    client.force_login(UserFactory())
    for number in range(5):
        data = {"submission_key": uuid.uuid4(), "kind": "general", "text": f"Comment {number}"}
        assert client.post(f"{consultation.url}comment/", data).status_code == 302

    data = {"submission_key": uuid.uuid4(), "kind": "general", "text": "My sixth comment"}
    response = client.post(f"{consultation.url}comment/", data)

    assert response.status_code == 429
    assert "You have posted 5 comments in the last minute" in html_of(response)
    assert "My sixth comment</textarea>" in html_of(response)


def test_author_edits_over_http_and_readers_see_the_marker(client, consultation):
    comment = CommentFactory(consultation=consultation, text="Old")
    client.force_login(comment.author)
    url = f"{consultation.url}comments/{comment.pk}/edit/"
    assert 'href="' + url + '">Edit</a>' in html_of(client.get(consultation.url))

    response = client.post(url, {"text": "New"}, follow=True)

    html = html_of(response)
    assert "Your comment has been changed; the earlier wording is kept." in html
    assert "<p>New</p>" in html
    assert '<span class="comment__edited">edited' in html


def test_author_withdraws_over_http(client, consultation):
    comment = CommentFactory(consultation=consultation)
    client.force_login(comment.author)

    response = client.post(f"{consultation.url}comments/{comment.pk}/withdraw/", follow=True)

    assert "Your comment has been withdrawn." in html_of(response)
    comment.refresh_from_db()
    assert comment.is_withdrawn


def test_cosign_over_http(client, consultation):
    comment = CommentFactory(consultation=consultation)
    organisation = OrganisationFactory(name="Legal Centre")
    client.force_login(member_of(organisation))

    client.post(
        f"{consultation.url}comments/{comment.pk}/cosign/", {"organisation": organisation.pk}
    )

    assert comment.cosignatures.get().organisation == organisation


def test_flag_over_http(client, consultation):
    comment = CommentFactory(consultation=consultation)
    client.force_login(UserFactory())

    response = client.post(
        f"{consultation.url}comments/{comment.pk}/flag/", {"reason": "Spam"}, follow=True
    )

    assert "The moderators will look at this comment." in html_of(response)
    assert comment.flags.get().reason == "Spam"


def test_moderator_hides_over_http_with_one_audit_entry(client, consultation):
    comment = CommentFactory(consultation=consultation)
    client.force_login(moderator())

    response = client.post(
        f"{consultation.url}comments/{comment.pk}/moderate/",
        {"decision": "hide", "reason": "Spam"},
        follow=True,
    )

    assert "Hidden by a moderator: Spam" in html_of(response)
    assert ModelLogEntry.objects.get().action == "consultations.comment.hide"


def test_comment_pages_of_a_translation_serve_the_same_comments(
    client, index, locales, translated_home
):
    consultation = ConsultationPageFactory(parent=index, draft=articles(2))
    translation = consultation.copy_for_translation(locales["sr"], copy_parents=True)
    translation.save_revision().publish()
    comment_on_part(consultation, consultation.parts()[1], text="Shared remark")

    html = html_of(client.get(translation.url))

    assert "Shared remark" in html


def test_comments_on_a_part_removed_from_the_draft_stay_readable(client, consultation):
    part = consultation.parts()[1]
    comment_on_part(consultation, part, text="On the removed article")
    consultation.draft = list(consultation.draft.raw_data)[:1]
    consultation.save_revision().publish()

    html = html_of(client.get(consultation.url))
    listing = html_of(client.get(f"{consultation.url}comments/?part={part.id}"))

    assert "Comments on parts no longer in the draft" in html
    assert "On the removed article" in html
    assert "<h1>Comments on Article 5</h1>" in listing
    assert "On the removed article" in listing


def test_closed_consultation_says_so_instead_of_asking_to_sign_in(client, index):
    consultation = ConsultationPageFactory(parent=index, closed=True)

    html = html_of(client.get(consultation.url))

    assert "comments are no longer accepted." in html
    assert "Sign in</a> to comment" not in html
