"""A speaker's position is written on the person's form as before and
translated with wagtail-localize; the agenda shows it in the reader's
language, else as written, and the page's translation keeps the same person."""

import pytest
from django.urls import reverse

from accounts.tests.factories import editor
from hearings.models import Person, PersonRole
from hearings.tests.factories import HearingIndexPageFactory, HearingPageFactory, PersonFactory
from iris_site.tests.localize import submit_for_translation, translate_strings

pytestmark = pytest.mark.django_db

MACEDONIAN = "Правен советник"


@pytest.fixture
def hearing(translated_home):
    speaker = PersonFactory(name="Jelena Petrović", position="Legal adviser")
    index = HearingIndexPageFactory(parent=translated_home["en"])
    return HearingPageFactory(
        parent=index,
        slug="asylum-hearing",
        agenda=[
            {
                "type": "item",
                "value": {
                    "starts": "10:00",
                    "title": "Opening",
                    "description": "",
                    "speakers": [speaker.pk],
                },
            }
        ],
    )


def test_the_position_written_on_the_form_becomes_the_original_to_translate(client, locales):
    client.force_login(editor())

    response = client.post(
        reverse("wagtailsnippets_hearings_person:add"),
        {"name": "Ana Ilić", "position": "Social worker", "organisation_name": "Caritas"},
    )

    assert response.status_code == 302
    role = PersonRole.objects.get(person__name="Ana Ilić")
    assert (role.position, role.locale) == ("Social worker", locales["en"])


def test_a_position_translated_with_wagtail_localize_shows_on_the_agenda_in_that_language(
    client, hearing, locales
):
    client.force_login(editor())
    original = PersonRole.objects.get()

    translate_strings(
        client,
        submit_for_translation(client, original, locales["mk"]),
        {"Legal adviser": MACEDONIAN},
    )

    macedonian = client.get("/mk/hearings/asylum-hearing/").content.decode()
    assert f"Jelena Petrović ({MACEDONIAN})" in macedonian
    assert (
        "Jelena Petrović (Legal adviser)"
        in client.get("/de/hearings/asylum-hearing/").content.decode()
    )
    assert Person.objects.count() == 1
