"""An organisation's description is written on its form as before and
translated with wagtail-localize; readers see it in their language, else in
the original."""

import pytest
from django.urls import reverse

from accounts.models import Organisation, OrganisationDescription
from accounts.tests.factories import OrganisationFactory, editor
from iris_site.tests.localize import submit_for_translation, translate_strings

pytestmark = pytest.mark.django_db

ORIGINAL = "Free legal aid for asylum seekers in Belgrade."
ALBANIAN = "Ndihmë juridike falas për azilkërkuesit në Beograd."


def describe(client, organisation, description):
    response = client.post(
        reverse("wagtailsnippets_accounts_organisation:edit", args=[organisation.pk]),
        {
            "name": organisation.name,
            "slug": organisation.slug,
            "kind": organisation.kind,
            "country": organisation.country,
            "description": description,
        },
    )
    assert response.status_code == 302


@pytest.fixture
def described(client, directory_page):
    client.force_login(editor())
    organisation = OrganisationFactory(slug="a11")
    describe(client, organisation, ORIGINAL)
    return organisation


def test_the_description_written_on_the_form_becomes_the_original_to_translate(
    client, described, locales
):
    original = OrganisationDescription.objects.get(organisation=described)

    assert (original.description, original.locale) == (ORIGINAL, locales["en"])
    form = client.get(reverse("wagtailsnippets_accounts_organisation:edit", args=[described.pk]))
    assert ORIGINAL in form.content.decode()


def test_a_description_translated_with_wagtail_localize_is_read_in_that_language(
    client, described, locales
):
    original = OrganisationDescription.objects.get(organisation=described)

    translation = submit_for_translation(client, original, locales["sq"])
    translate_strings(client, translation, {ORIGINAL: ALBANIAN})

    albanian = client.get("/sq/organisations/a11/").content.decode()
    assert ALBANIAN in albanian
    assert ORIGINAL not in albanian
    german = client.get("/de/organisations/a11/").content.decode()
    assert ORIGINAL in german
    assert Organisation.objects.count() == 1


def test_a_new_original_leaves_the_translation_until_it_is_synced(client, described, locales):
    original = OrganisationDescription.objects.get(organisation=described)
    translate_strings(
        client, submit_for_translation(client, original, locales["sq"]), {ORIGINAL: ALBANIAN}
    )

    describe(client, described, "Free legal aid in Belgrade and Niš.")

    assert (
        "Free legal aid in Belgrade and Niš."
        in client.get("/en/organisations/a11/").content.decode()
    )
    assert ALBANIAN in client.get("/sq/organisations/a11/").content.decode()


def test_clearing_the_description_removes_it_in_every_language(client, described, locales):
    original = OrganisationDescription.objects.get(organisation=described)
    translate_strings(
        client, submit_for_translation(client, original, locales["sq"]), {ORIGINAL: ALBANIAN}
    )

    describe(client, described, "")

    assert not OrganisationDescription.objects.exists()
    assert ALBANIAN not in client.get("/sq/organisations/a11/").content.decode()
