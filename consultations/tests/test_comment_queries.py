import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import OrganisationFactory, UserFactory, member_of
from consultations.models import Comment, CommentState, CoSignature
from consultations.queries import comments_by_part
from consultations.tests.factories import ConsultationPageFactory, articles

pytestmark = pytest.mark.django_db

PARTS = 30


def with_comments(index, count):
    """A consultation of PARTS articles with ``count`` comments spread over
    them: some for an organisation, some co-signed, some replies, one hidden."""
    consultation = ConsultationPageFactory(parent=index, draft=articles(PARTS))
    parts = consultation.parts()
    authors = [UserFactory() for _author in range(5)]
    organisation, cosigner = OrganisationFactory(), OrganisationFactory()
    comments = Comment.objects.bulk_create(
        Comment(
            consultation=consultation,
            author=authors[number % len(authors)],
            organisation=organisation if number % 3 == 0 else None,
            part_id=parts[number % PARTS].id if number % 7 else "",
            text=f"Comment {number}",
            state=CommentState.HIDDEN if number == 1 else CommentState.PUBLISHED,
        )
        for number in range(count)
    )
    Comment.objects.bulk_create(
        Comment(
            consultation=consultation,
            author=authors[0],
            parent=comment,
            part_id=comment.part_id,
            text="A reply",
        )
        for comment in comments[::4]
    )
    CoSignature.objects.bulk_create(
        CoSignature(comment=comment, organisation=cosigner, signed_by=authors[1])
        for comment in comments[::5]
    )
    return consultation


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "member of a CSO"])
def test_consultation_page_queries_do_not_grow_with_its_comments(
    client, index, django_assert_num_queries, signed_in
):
    few, many = with_comments(index, 10), with_comments(index, 200)
    if signed_in:
        client.force_login(member_of(OrganisationFactory()))
    # The site's root paths, the session and each page's language links are
    # cached from here on.
    client.get(few.url)
    client.get(many.url)

    expected = count_queries(client, few.url)

    with django_assert_num_queries(expected):
        client.get(many.url)


def test_comment_list_queries_do_not_grow_with_its_comments(client, index):
    few, many = with_comments(index, 10), with_comments(index, 200)
    client.get(f"{few.url}comments/")
    client.get(f"{many.url}comments/")

    assert count_queries(client, f"{few.url}comments/") == count_queries(
        client, f"{many.url}comments/"
    )


def test_counts_newest_and_most_cosigned_threads_of_every_part(index):
    consultation = with_comments(index, 200)

    by_part = comments_by_part(consultation, per_part=3)

    whole_draft = by_part[""]
    assert whole_draft.thread_count == len(range(0, 200, 7))
    # Every fifth comment is co-signed once: comment 175 is the newest of
    # those on the draft as a whole, older than the three newest.
    assert [c.text for c in whole_draft.latest] == [
        "Comment 175",
        "Comment 182",
        "Comment 189",
        "Comment 196",
    ]
    assert whole_draft.shows_supported
    assert sum(part.count for part in by_part.values()) == Comment.objects.count()


def test_the_draft_as_a_whole_shows_more_threads_than_each_part(index):
    consultation = with_comments(index, 200)

    by_part = comments_by_part(consultation, per_part=1, whole_draft=3)

    assert [c.text for c in by_part[""].latest][-3:] == [
        "Comment 182",
        "Comment 189",
        "Comment 196",
    ]
    parts = [part for part_id, part in by_part.items() if part_id]
    assert len(parts) == PARTS
    assert all(1 <= len(part.latest) <= 2 and part.has_more for part in parts)


def post_comment(consultation, text):
    person = Client()
    person.force_login(UserFactory())
    data = {"submission_key": uuid.uuid4(), "kind": "general", "text": text}
    assert person.post(f"{consultation.url}comment/", data).status_code == 302


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "member of a CSO"])
def test_each_new_comment_shows_at_once_and_the_page_keeps_its_query_count(
    client, index, signed_in, django_capture_on_commit_callbacks
):
    consultation = with_comments(index, 50)
    if signed_in:
        client.force_login(member_of(OrganisationFactory()))
    client.get(consultation.url)
    reread = count_queries(client, consultation.url)
    counts = []

    for number in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            post_comment(consultation, f"New comment {number}")
            post_comment(consultation, f"Other comment {number}")
        with CaptureQueriesContext(connection) as queries:
            html = client.get(consultation.url).content.decode()
        counts.append((len(queries), count_queries(client, consultation.url)))
        assert f"<p>Other comment {number}</p>" in html
        assert f'data-live-after="{2 * number + 2}"' in html

    # The first read after a change renders the parts; the next ones, however
    # many comments came, make as many queries as before them.
    assert counts == [counts[0]] * 3
    assert counts[0][1] == reread
