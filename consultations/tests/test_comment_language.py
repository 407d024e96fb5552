"""A comment records the language of the page it was written on, the thread
shows it, and readers narrow a consultation's comments to one language."""

import importlib

import pytest
from django.apps import apps

from accounts.tests.factories import UserFactory
from consultations.actions import PostComment
from consultations.comment_fragments import render_fragments
from consultations.models import Comment
from consultations.tests.factories import CommentFactory, ConsultationPageFactory
from consultations.tests.test_comment_queries import count_queries, with_comments

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index)


@pytest.fixture
def albanian(consultation, locales, translated_home):
    """The consultation in Albanian, published."""
    page = consultation.copy_for_translation(locales["sq"], copy_parents=True)
    page.save_revision().publish()
    return page


def post(page, text, **fields):
    return PostComment(UserFactory(), page, text=text, **fields).execute()


def test_comment_records_the_language_of_the_page_it_was_written_on(consultation, albanian):
    in_english = post(consultation, "The deadline of eight days is too short.")
    in_albanian = post(albanian, "Afati prej tetë ditësh është shumë i shkurtër.")

    assert (in_english.language, in_albanian.language) == ("en", "sq")
    assert in_albanian.consultation_id == consultation.pk


def test_thread_shows_the_language_each_comment_was_written_in(client, consultation, albanian):
    post(albanian, "Afati prej tetë ditësh është shumë i shkurtër.")

    english_page = client.get(consultation.url).content.decode()
    albanian_page = client.get(albanian.url).content.decode()

    assert "Written in Albanian" in english_page
    assert '<div class="comment__text" lang="sq">' in english_page
    assert '<div class="comment__text" lang="sq">' in albanian_page


def test_readers_filter_a_consultations_comments_by_language(client, consultation, albanian):
    post(consultation, "The deadline of eight days is too short.")
    albanian_thread = post(albanian, "Afati prej tetë ditësh është shumë i shkurtër.")
    post(consultation, "An English reply to an Albanian comment.", parent=albanian_thread)

    everything = client.get(consultation.url).content.decode()
    only_albanian = client.get(f"{consultation.url}?language=sq").content.decode()

    assert 'href="?language=sq"' in everything
    assert "The deadline of eight days is too short." in everything
    assert "Showing only the comments in threads begun in Albanian." in only_albanian
    assert "Afati prej tetë ditësh" in only_albanian
    # A reply stays with its thread, whatever language it was written in.
    assert "An English reply to an Albanian comment." in only_albanian
    assert "The deadline of eight days is too short." not in only_albanian


def test_comment_list_keeps_the_language_filter(client, consultation, albanian):
    post(consultation, "The deadline of eight days is too short.")
    post(albanian, "Afati prej tetë ditësh është shumë i shkurtër.")

    listed = client.get(f"{consultation.url}comments/?language=sq").content.decode()

    assert "Afati prej tetë ditësh" in listed
    assert "The deadline of eight days is too short." not in listed


def test_an_unknown_language_filter_shows_every_comment(client, consultation):
    post(consultation, "The deadline of eight days is too short.")

    response = client.get(f"{consultation.url}?language=<script>")

    assert response.status_code == 200
    assert "The deadline of eight days is too short." in response.content.decode()


def test_filtering_by_language_costs_no_query_more(client, index):
    consultation = with_comments(index, 50)
    pks = list(Comment.objects.filter(consultation=consultation).values_list("pk", flat=True))
    Comment.objects.filter(pk__in=pks[::3]).update(language="sq")
    client.get(consultation.url)
    client.get(f"{consultation.url}?language=sq")

    assert count_queries(client, f"{consultation.url}?language=sq") == count_queries(
        client, consultation.url
    )


def test_a_comments_cached_fragment_follows_its_language(consultation):
    comment = CommentFactory(consultation=consultation, language="en")
    render_fragments([comment])
    english = comment.fragment

    comment.language = "de"
    render_fragments([comment])

    assert 'lang="en"' in english
    assert 'lang="de"' in comment.fragment
    assert "Written in German" in comment.fragment


def test_earlier_comments_take_their_consultations_original_language(consultation, albanian):
    comment = post(albanian, "Afati prej tetë ditësh është shumë i shkurtër.")
    Comment.objects.filter(pk=comment.pk).update(language="")
    migration = importlib.import_module("consultations.migrations.0010_comment_language")

    migration.written_in_the_original_language(apps, None)

    comment.refresh_from_db()
    assert comment.language == "en"
