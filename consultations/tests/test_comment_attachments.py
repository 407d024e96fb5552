"""Comment attachments are kept out of public media and served by a view
that checks who may see the comment, as downloads that no browser sniffs
into a page: in production settings too, where MEDIA_URL is not served."""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.tests.factories import UserFactory, moderator
from consultations.models import Comment, CommentState
from consultations.tests.factories import ConsultationPageFactory
from iris_site.tests.hostile_files import pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index)


@pytest.fixture
def author():
    return UserFactory()


@pytest.fixture
def attached(client, consultation, author):
    """A published comment with a PDF attached through the comment form."""
    client.force_login(author)
    client.post(
        f"{consultation.url}comment/",
        {
            "submission_key": uuid.uuid4(),
            "kind": "general",
            "text": "Our analysis is attached.",
            "attachment": SimpleUploadedFile("analysis.pdf", pdf_bytes()),
        },
    )
    client.logout()
    return Comment.objects.get()


def download(client, comment):
    return client.get(reverse("consultations_comment_attachment", args=[comment.pk]))


def test_attachment_link_on_the_page_downloads_the_file_with_debug_off(
    client, settings, consultation, attached
):
    settings.DEBUG = False
    link = reverse("consultations_comment_attachment", args=[attached.pk])

    page = client.get(consultation.url).content.decode()
    response = client.get(link)

    assert f'href="{link}"' in page
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="analysis.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    with attached.attachment.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()


def test_attachment_is_stored_outside_public_media(settings, media_root, attached):
    assert not [path for path in media_root.rglob("*") if path.is_file()]
    assert (settings.PRIVATE_MEDIA_ROOT / attached.attachment.name).is_file()
    with pytest.raises(ValueError, match="no public URL"):
        attached.attachment.url  # noqa: B018 - the property raises


@pytest.mark.parametrize("state", [CommentState.PENDING, CommentState.HIDDEN])
def test_attachment_of_a_comment_readers_do_not_see_is_not_found_for_them(client, attached, state):
    Comment.objects.filter(pk=attached.pk).update(state=state)
    client.force_login(UserFactory())

    assert download(client, attached).status_code == 404


@pytest.mark.parametrize(
    ("state", "author_status"), [(CommentState.PENDING, 200), (CommentState.HIDDEN, 404)]
)
def test_moderators_download_an_attachment_readers_do_not_see_and_its_author_while_pending(
    client, attached, author, state, author_status
):
    """A hidden comment's words stay with the moderators, its attachment too."""
    Comment.objects.filter(pk=attached.pk).update(state=state)

    client.force_login(author)
    by_author = download(client, attached)
    client.force_login(moderator())
    by_moderator = download(client, attached)

    assert (by_author.status_code, by_moderator.status_code) == (author_status, 200)


def test_attachment_of_a_withdrawn_comment_is_not_found(client, attached):
    from django.utils import timezone

    Comment.objects.filter(pk=attached.pk).update(withdrawn_at=timezone.now())

    assert download(client, attached).status_code == 404


def test_comment_without_attachment_has_no_download(client, consultation, author):
    comment = Comment.objects.create(consultation=consultation, author=author, text="No file.")

    assert download(client, comment).status_code == 404
