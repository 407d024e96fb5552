import re

import pytest

from consultations.tests.factories import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    days_from_now,
)
from iris_site.tests.html import section

pytestmark = pytest.mark.django_db


def open_consultations_panel(response):
    """The home page's panel of open consultations, or None when it is left out."""
    return section(response, "open-consultations")


def listed(panel):
    return re.findall(
        r'<a href="[^"]+"[^>]*>([^<]+)</a>\s*(?:<p class="language-note">[^<]*</p>\s*)?<p class="meta">',
        panel,
    )


def test_panel_lists_open_consultations_closing_soonest_first(client, index):
    for days in [20, 3, 9, 14]:
        ConsultationPageFactory(
            parent=index, title=f"Closes in {days} days", closes_at=days_from_now(days)
        )
    ConsultationPageFactory(parent=index, title="Upcoming action plan", upcoming=True)
    ConsultationPageFactory(parent=index, title="Closed strategy", closed=True)

    panel = open_consultations_panel(client.get("/en/"))

    assert listed(panel) == ["Closes in 3 days", "Closes in 9 days", "Closes in 14 days"]
    assert f'href="{index.url}"' in panel


def test_panel_says_so_when_nothing_is_open(client, index):
    ConsultationPageFactory(parent=index, closed=True)

    panel = open_consultations_panel(client.get("/en/"))

    assert listed(panel) == []
    assert "No consultation is open for comment right now." in panel


def test_panel_shows_consultations_in_the_readers_language_or_else_with_a_note(
    client, index, translated_home
):
    serbian_index = ConsultationIndexPageFactory(parent=translated_home["sr"])
    ConsultationPageFactory(parent=serbian_index, title="Нацрт закона о азилу", slug="nacrt")

    assert listed(open_consultations_panel(client.get("/sr/"))) == ["Нацрт закона о азилу"]
    english = open_consultations_panel(client.get("/en/"))
    assert listed(english) == ["Нацрт закона о азилу"]  # no English translation: shown with a note
    assert 'class="language-note"' in english
