import pytest

from accounts.tests.factories import InstitutionFactory
from consultations.blocks import draft_stream
from consultations.models import ConsultationPage
from consultations.tests.factories import ConsultationPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "words",
    ["Temporary Protection", "unaccompanied", "free legal aid", "Commissariat", "KIRS"],
    ids=["title", "summary", "draft text", "institution", "institution's short name"],
)
def test_consultations_are_found_by_what_readers_remember(index, words):
    consultation = ConsultationPageFactory(
        parent=index,
        title="Law on Asylum and Temporary Protection",
        summary="Reception of unaccompanied children.",
        draft=draft_stream([("article", "Article 1", "", "Free legal aid from the first day.")]),
        institution=InstitutionFactory(
            name="Commissariat for Refugees and Migration", short_name="KIRS"
        ),
    )
    ConsultationPageFactory(parent=index, title="Social housing strategy")

    assert list(ConsultationPage.objects.live().search(words)) == [consultation]


def test_a_parts_kind_is_not_searched_only_its_heading_in_the_drafts_language(index):
    ConsultationPageFactory(
        parent=index,
        title="Нацрт закона о азилу",
        slug="nacrt",
        draft=draft_stream([("chapter", "Глава I", "Основне одредбе", "")]),
    )

    assert list(ConsultationPage.objects.live().search("chapter")) == []
    assert len(ConsultationPage.objects.live().search("Глава")) == 1
