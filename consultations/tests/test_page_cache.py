"""Anonymous readers of a consultation get it from the page cache, and each
consultation event (a comment, a moderation) shows at their next read."""

import uuid

import pytest
from django.test import Client

from accounts.tests.factories import UserFactory, moderator
from consultations.actions import HideComment
from consultations.models import Comment
from consultations.tests.factories import ConsultationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The test profile turns the page cache off; these tests run it as production does."""
    settings.IRIS_PAGE_CACHE = {**settings.IRIS_PAGE_CACHE, "TIMEOUT": 10}


def post_comment(consultation, text):
    person = Client()
    person.force_login(UserFactory())
    data = {"submission_key": uuid.uuid4(), "kind": "general", "text": text}
    return person.post(f"{consultation.url}comment/", data)


def test_comment_shows_to_anonymous_readers_at_their_next_read(
    client, index, django_capture_on_commit_callbacks
):
    consultation = ConsultationPageFactory(parent=index)
    assert client.get(consultation.url)["X-Page-Cache"] == "miss"
    assert client.get(consultation.url)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        assert post_comment(consultation, "Legal aid from the first day.").status_code == 302
    response = client.get(consultation.url)

    assert response["X-Page-Cache"] == "miss"
    html = response.content.decode()
    assert "<p>Legal aid from the first day.</p>" in html
    assert 'data-live-after="1"' in html


def test_hidden_comment_leaves_the_cached_page_at_once(
    client, index, django_capture_on_commit_callbacks
):
    consultation = ConsultationPageFactory(parent=index)
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(consultation, "Buy cheap watches here.")
    assert "Buy cheap watches here." in client.get(consultation.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        HideComment(moderator(), Comment.objects.get(), reason="Advertising.").execute()
    html = client.get(consultation.url).content.decode()

    assert "Buy cheap watches here." not in html
    assert 'data-live-after="2"' in html


def test_signed_in_reader_sees_the_controls_a_cached_page_leaves_out(client, index):
    consultation = ConsultationPageFactory(parent=index)
    client.get(consultation.url)
    client.force_login(UserFactory())

    response = client.get(consultation.url)

    assert "X-Page-Cache" not in response
    assert "Sign in</a> to comment" not in response.content.decode()
