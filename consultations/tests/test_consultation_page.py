from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.tests.factories import InstitutionFactory, OrganisationFactory
from consultations.blocks import draft_stream
from consultations.models import ConsultationPage, ConsultationStatus
from consultations.tests.factories import ConsultationPageFactory
from iris_site.models import PolicyArea

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("dates", "status"),
    [
        ({"upcoming": True}, ConsultationStatus.UPCOMING),
        ({}, ConsultationStatus.OPEN),
        ({"closed": True}, ConsultationStatus.CLOSED),
    ],
    ids=["before it opens", "while it is open", "after it closes"],
)
def test_status_follows_the_dates(index, dates, status):
    consultation = ConsultationPageFactory(parent=index, **dates)

    assert consultation.status == status
    assert list(ConsultationPage.objects.with_status(status)) == [consultation]


def test_consultation_closes_when_its_deadline_passes(index):
    consultation = ConsultationPageFactory(
        parent=index, closes_at=timezone.now() + timedelta(hours=1)
    )
    assert consultation.status == ConsultationStatus.OPEN

    with mock.patch("django.utils.timezone.now", return_value=consultation.closes_at):
        assert consultation.status == ConsultationStatus.CLOSED
        assert list(ConsultationPage.objects.with_status(ConsultationStatus.CLOSED)) == [
            consultation
        ]


def test_consultation_is_open_from_the_moment_it_opens(index):
    consultation = ConsultationPageFactory(parent=index, upcoming=True)

    with mock.patch("django.utils.timezone.now", return_value=consultation.opens_at):
        assert consultation.status == ConsultationStatus.OPEN
        assert list(ConsultationPage.objects.open()) == [consultation]


@pytest.mark.parametrize("hours_after_opening", [0, -2], ids=["same moment", "earlier"])
def test_closing_before_opening_is_refused_with_a_clear_message(index, hours_after_opening):
    consultation = ConsultationPageFactory(parent=index)
    consultation.closes_at = consultation.opens_at + timedelta(hours=hours_after_opening)

    with pytest.raises(ValidationError) as refused:
        consultation.full_clean()

    assert refused.value.message_dict["closes_at"] == [
        "The consultation must close after it opens."
    ]


def test_responsible_institution_is_the_one_whose_section_holds_the_page(index):
    consultation = ConsultationPageFactory(parent=index)
    section_institution = consultation.institution
    consultation.institution = OrganisationFactory(name="Initiative ARSIS")

    consultation.full_clean()

    assert consultation.institution == section_institution


def test_page_shows_dates_in_belgrade_time(client, index):
    consultation = ConsultationPageFactory(
        parent=index,
        opens_at=datetime(2020, 3, 1, 8, 30, tzinfo=UTC),
        closes_at=datetime(2030, 5, 1, 22, 0, tzinfo=UTC),
    )

    html = client.get(consultation.url).content.decode()

    assert '<time datetime="2020-03-01T09:30:00+01:00">1 March 2020, 09:30</time>' in html
    assert '<time datetime="2030-05-02T00:00:00+02:00">2 May 2030, 00:00</time>' in html


def test_page_shows_the_draft_and_who_is_responsible(client, index):
    consultation = ConsultationPageFactory(
        parent=index,
        title="Draft Law on Asylum and Temporary Protection",
        institution=InstitutionFactory(name="Commissariat for Refugees and Migration"),
        draft=draft_stream(
            [("article", "Article 5", "", "Free legal aid is available from the first day.")]
        ),
    )

    response = client.get(consultation.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Draft Law on Asylum and Temporary Protection</h1>" in html
    assert (
        f'<a href="/en/consultations/institutions/{consultation.institution.slug}/">'
        "Commissariat for Refugees and Migration</a></dd>"
    ) in html
    assert "<dd>Law</dd>" in html
    assert "Free legal aid is available from the first day." in html
    assert '<span class="status status--open">Open</span>' in html


def test_policy_areas_are_named_in_the_readers_language(client, index, translated_home, locales):
    asylum = PolicyArea.objects.create(name="Asylum", slug="asylum", locale=locales["en"])
    azil = asylum.copy_for_translation(locales["sr"])
    azil.name = "Азил"
    azil.save()
    consultation = ConsultationPageFactory(parent=index, policy_areas=[asylum])
    translation = consultation.copy_for_translation(locales["sr"], copy_parents=True)
    translation.save_revision().publish()

    english = client.get(consultation.url).content.decode()
    serbian = client.get(translation.url).content.decode()

    assert "<dd>Asylum</dd>" in english
    assert "<dd>Азил</dd>" in serbian
