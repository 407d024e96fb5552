"""Bad input to the comment form: each gets a clear message, never a 500,
and nothing accepted earlier is lost."""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.tests.factories import (
    OrganisationFactory,
    UserFactory,
    executable_bytes,
    member_of,
    pdf_bytes,
)
from consultations.models import Comment
from consultations.tests.factories import CommentFactory, ConsultationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index)


@pytest.fixture
def earlier(consultation):
    """A comment accepted before the bad input arrives: it must survive."""
    return CommentFactory(consultation=consultation, text="Accepted earlier.")


def post(client, consultation, **fields):
    data = {"submission_key": uuid.uuid4(), "kind": "general", "text": "A remark.", **fields}
    return client.post(f"{consultation.url}comment/", data)


def refusal(response):
    return response.content.decode()


def assert_nothing_lost(earlier):
    assert list(Comment.objects.all()) == [earlier]
    earlier.refresh_from_db()
    assert earlier.text == "Accepted earlier."


def test_comment_after_the_deadline_is_refused(client, index):
    consultation = ConsultationPageFactory(parent=index, closed=True)
    earlier = CommentFactory(consultation=consultation, text="Accepted earlier.")
    client.force_login(UserFactory())

    response = post(client, consultation, text="Too late, but important.")

    assert response.status_code == 403
    assert "comments are no longer accepted." in refusal(response)
    assert "Too late, but important.</textarea>" in refusal(response)
    assert_nothing_lost(earlier)


def test_comment_on_a_part_of_another_consultation_is_refused(client, index, consultation, earlier):
    other = ConsultationPageFactory(parent=index)
    client.force_login(UserFactory())

    response = post(client, consultation, part=other.parts()[0].id)

    assert response.status_code == 400
    assert "That part is not in this draft." in refusal(response)
    assert_nothing_lost(earlier)


def test_comment_for_an_organisation_the_author_does_not_represent(client, consultation, earlier):
    client.force_login(UserFactory())

    response = post(client, consultation, organisation=OrganisationFactory(name="UNHCR").pk)

    assert response.status_code == 403
    assert "You cannot comment for UNHCR: you are not a confirmed member." in refusal(response)
    assert_nothing_lost(earlier)


def test_choosing_an_organisation_of_someone_else_among_ones_own(client, consultation, earlier):
    client.force_login(member_of(OrganisationFactory()))

    response = post(client, consultation, organisation=OrganisationFactory().pk)

    assert response.status_code == 400
    assert "You can comment only for an organisation that has confirmed your membership." in (
        refusal(response)
    )
    assert_nothing_lost(earlier)


@pytest.mark.parametrize("text", ["", "   \n\t "], ids=["empty", "only spaces"])
def test_empty_comment_is_refused(client, consultation, earlier, text):
    client.force_login(UserFactory())

    response = post(client, consultation, text=text)

    assert response.status_code == 400
    assert "Write your comment: it is empty." in refusal(response)
    assert_nothing_lost(earlier)


def test_comment_over_ten_thousand_characters_is_refused_keeping_the_text(
    client, consultation, earlier
):
    client.force_login(UserFactory())

    response = post(client, consultation, text="x" * 10_001)

    assert response.status_code == 400
    assert "Your comment has 10,001 characters; at most 10,000 are accepted." in refusal(response)
    assert "x" * 10_001 + "</textarea>" in refusal(response)
    assert_nothing_lost(earlier)


def test_comment_of_exactly_ten_thousand_characters_is_accepted(client, consultation):
    client.force_login(UserFactory())

    assert post(client, consultation, text="x" * 10_000).status_code == 302


def test_amendment_without_its_wording_is_refused(client, consultation, earlier):
    client.force_login(UserFactory())

    response = post(client, consultation, kind="amendment", part=consultation.parts()[0].id)

    assert response.status_code == 400
    assert "Write the wording you propose for this part." in refusal(response)
    assert_nothing_lost(earlier)


def test_script_tags_are_shown_as_text(client, consultation):
    client.force_login(UserFactory())

    response = post(client, consultation, text="<script>alert('x')</script>")

    assert response.status_code == 302
    html = client.get(consultation.url).content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_executable_renamed_pdf_is_refused(client, consultation, earlier):
    client.force_login(UserFactory())
    upload = SimpleUploadedFile("report.pdf", executable_bytes(), "application/pdf")

    response = post(client, consultation, attachment=upload)

    assert response.status_code == 400
    assert "The file&#x27;s content does not match its name (.pdf)." in refusal(response)
    assert_nothing_lost(earlier)


def test_a_program_is_not_a_document(client, consultation, earlier):
    client.force_login(UserFactory())
    upload = SimpleUploadedFile("setup.exe", executable_bytes())

    response = post(client, consultation, attachment=upload)

    assert response.status_code == 400
    assert "Attach a document: .pdf, .docx, .doc, .odt, .txt." in refusal(response)
    assert_nothing_lost(earlier)


def test_too_large_attachment_is_refused(client, consultation, earlier, monkeypatch):
    from consultations.actions import comments

    monkeypatch.setattr(comments, "MAX_ATTACHMENT_BYTES", 1000)
    client.force_login(UserFactory())
    upload = SimpleUploadedFile("analysis.pdf", pdf_bytes(pages=2), "application/pdf")

    response = post(client, consultation, attachment=upload)

    assert response.status_code == 400
    assert "the largest accepted is 1000" in refusal(response)
    assert_nothing_lost(earlier)


def test_a_real_pdf_is_attached_and_linked(client, consultation):
    client.force_login(UserFactory())
    upload = SimpleUploadedFile("analysis.pdf", pdf_bytes(), "application/pdf")

    assert post(client, consultation, attachment=upload).status_code == 302

    comment = Comment.objects.get()
    assert comment.attachment.name.endswith(".pdf")
    assert "Attached document" in client.get(consultation.url).content.decode()


def test_reply_to_a_withdrawn_comment_is_not_found(client, consultation):
    from django.utils import timezone

    withdrawn = CommentFactory(consultation=consultation, withdrawn_at=timezone.now())
    client.force_login(UserFactory())

    response = post(client, consultation, reply_to=withdrawn.pk)

    assert response.status_code == 404
    assert not withdrawn.replies.exists()


def test_reply_in_a_withdrawn_thread_is_refused(client, consultation):
    from django.utils import timezone

    withdrawn = CommentFactory(consultation=consultation, withdrawn_at=timezone.now())
    reply = CommentFactory(consultation=consultation, parent=withdrawn)
    client.force_login(UserFactory())

    response = post(client, consultation, reply_to=reply.pk)

    assert response.status_code == 403
    assert "This comment has been withdrawn; replies are closed." in refusal(response)
    assert withdrawn.replies.count() == 1


def test_edit_after_the_deadline_is_refused_and_the_comment_kept(client, index):
    consultation = ConsultationPageFactory(parent=index, closed=True)
    comment = CommentFactory(consultation=consultation, text="Accepted earlier.")
    client.force_login(comment.author)

    response = client.post(f"{consultation.url}comments/{comment.pk}/edit/", {"text": "Changed"})

    assert response.status_code == 403
    assert "only while the consultation is open" in refusal(response)
    comment.refresh_from_db()
    assert comment.text == "Accepted earlier."


def test_nonsense_in_the_hidden_fields_is_not_a_500(client, consultation, earlier):
    client.force_login(UserFactory())

    responses = [
        post(client, consultation, submission_key="not-a-key"),
        post(client, consultation, kind="poem"),
        client.get(f"{consultation.url}comment/?reply_to=abc"),
        client.get(f"{consultation.url}comments/?page=-4"),
    ]

    assert [response.status_code for response in responses] == [400, 400, 404, 200]
    assert_nothing_lost(earlier)


@pytest.mark.parametrize("reply_to", ["²", "٣", "0", str(2**63), str(10**30), "9" * 400])
def test_reply_to_that_is_no_id_is_not_found(client, consultation, earlier, reply_to):
    client.force_login(UserFactory())

    assert client.get(f"{consultation.url}comment/?reply_to={reply_to}").status_code == 404
    assert post(client, consultation, reply_to=reply_to).status_code == 404
    assert_nothing_lost(earlier)
