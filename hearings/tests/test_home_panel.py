import re

import pytest

from hearings.tests.factories import HearingIndexPageFactory, HearingPageFactory, days_from_now
from iris_site.tests.html import section

pytestmark = pytest.mark.django_db


def upcoming_events_panel(response):
    """The home page's panel of upcoming hearings, or None when it is left out."""
    return section(response, "upcoming-events")


def listed(panel):
    return re.findall(
        r'<a href="[^"]+"[^>]*>([^<]+)</a>\s*(?:<p class="language-note">[^<]*</p>\s*)?<p class="meta">',
        panel,
    )


def test_panel_lists_hearings_to_come_soonest_first(client, index):
    for days in [20, 3, 9, 14]:
        HearingPageFactory(parent=index, title=f"In {days} days", starts_at=days_from_now(days))
    HearingPageFactory(parent=index, title="Last week", past=True)

    panel = upcoming_events_panel(client.get("/en/"))

    assert listed(panel) == ["In 3 days", "In 9 days", "In 14 days"]
    assert f'href="{index.url}"' in panel


def test_panel_says_so_when_no_hearing_is_announced(client, index):
    HearingPageFactory(parent=index, past=True)

    panel = upcoming_events_panel(client.get("/en/"))

    assert listed(panel) == []
    assert "No event has been announced yet." in panel


def test_panel_shows_hearings_in_the_readers_language_or_else_with_a_note(
    client, index, translated_home
):
    serbian_index = HearingIndexPageFactory(parent=translated_home["sr"])
    HearingPageFactory(parent=serbian_index, title="Јавно слушање", slug="slusanje")

    assert listed(upcoming_events_panel(client.get("/sr/"))) == ["Јавно слушање"]
    english = upcoming_events_panel(client.get("/en/"))
    assert listed(english) == ["Јавно слушање"]  # no English translation: shown with a note
    assert 'class="language-note"' in english
