from datetime import UTC, datetime

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from accounts.tests.factories import InstitutionFactory, OrganisationFactory, editor
from consultations.models import ConsultationPage, InstitutionConsultationsPage
from consultations.tests.factories import section_of

pytestmark = pytest.mark.django_db


def add_consultation(client, index, ministry=None, **changes):
    """The add form posted in ``ministry``'s section (a new ministry's)."""
    section = section_of(ministry or InstitutionFactory(), index)
    form = {
        "title": "Draft Law on Asylum",
        "slug": "draft-law-on-asylum",
        "summary": "Changes to the registration of asylum seekers.",
        "kind": "law",
        "country": "RS",
        "opens_at": "2030-05-01 09:00",
        "closes_at": "2030-05-31 23:59",
        "draft": streamfield([]),
        "attachments": inline_formset([]),
        **changes,
    }
    return client.post(
        f"/admin/pages/add/consultations/consultationpage/{section.pk}/", nested_form_data(form)
    )


def test_editor_adds_a_consultation_with_its_period_in_belgrade_time(client, index):
    client.force_login(editor())

    response = add_consultation(client, index)

    assert response.status_code == 302
    consultation = ConsultationPage.objects.get()
    assert consultation.closes_at == datetime(2030, 5, 31, 21, 59, tzinfo=UTC)


def test_editor_is_told_why_a_period_that_ends_before_it_starts_is_refused(client, index):
    client.force_login(editor())

    response = add_consultation(client, index, closes_at="2030-04-30 09:00")

    assert response.status_code == 200
    assert "The consultation must close after it opens." in response.content.decode()
    assert not ConsultationPage.objects.exists()


def test_consultation_belongs_to_the_institution_of_its_section(client, index):
    client.force_login(editor())
    ministry = InstitutionFactory()

    response = add_consultation(client, index, ministry, institution=InstitutionFactory().pk)

    assert response.status_code == 302
    assert ConsultationPage.objects.get().institution == ministry


def test_editor_cannot_give_a_civil_society_organisation_a_section(client, index):
    client.force_login(editor())
    form = {"title": "Initiative", "slug": "initiative", "institution": OrganisationFactory().pk}

    response = client.post(
        f"/admin/pages/add/consultations/institutionconsultationspage/{index.pk}/",
        nested_form_data(form),
    )

    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    assert not InstitutionConsultationsPage.objects.exists()
