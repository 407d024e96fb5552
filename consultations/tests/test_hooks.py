from io import StringIO

import pytest
from django.core.management import call_command

from consultations.models import (
    Answer,
    Comment,
    CommentKind,
    CommentState,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationStatus,
)
from iris_site.tests.hook_contract import HookContract

pytestmark = pytest.mark.django_db


class TestHookContract(HookContract):
    searchable = {ConsultationPage: "Consultation"}
    navigation = ("/en/consultations/", "Consultations")
    home_panel = "open-consultations"


def test_demo_consultations_load_once_however_often_they_run():
    call_command("load_demo", password="demo password", stdout=StringIO())
    call_command("load_demo", password="demo password", stdout=StringIO())

    english = ConsultationPage.objects.filter(locale__language_code="en")
    assert english.count() == 4
    assert {page.status for page in english} == set(ConsultationStatus)
    assert ConsultationIndexPage.objects.live().count() == 8
    law = ConsultationPage.objects.get(
        slug="law-on-asylum-and-temporary-protection", locale__language_code="sr"
    )
    assert law.live
    assert law.title.startswith("Нацрт закона")
    assert law.institution.slug == "crm-serbia"
    assert law.status == ConsultationStatus.OPEN


def test_demo_law_is_imported_from_its_file_and_translated_part_by_part():
    call_command("load_demo", password="demo password", stdout=StringIO())

    drafts = {
        page.locale.language_code: page
        for page in ConsultationPage.objects.filter(slug="law-on-asylum-and-temporary-protection")
    }
    original = drafts["sr-latn"]
    assert original.original == original
    (attachment,) = original.attachments.all()
    assert attachment.document.title == "nacrt-zakona-o-azilu.txt"
    parts = {code: [(b.id, b.value["label"]) for b in page.draft] for code, page in drafts.items()}
    assert len(parts["sr-latn"]) == 90
    assert [block_id for block_id, _label in parts["en"]] == [i for i, _l in parts["sr-latn"]]
    assert [block_id for block_id, _label in parts["sr"]] == [i for i, _l in parts["sr-latn"]]
    labels = {code: dict(labelled[7:9]) for code, labelled in parts.items()}
    assert list(labels["sr-latn"].values()) == ["Član 4.", "(1)"]
    assert list(labels["en"].values()) == ["Article 4", "(1)"]
    assert list(labels["sr"].values()) == ["Члан 4.", "(1)"]
    assert drafts["sr"].part(parts["sr"][1][0]).value["label"] == "Глава I"
    comments = Comment.objects.for_consultation(original)
    assert comments.filter(kind=CommentKind.AMENDMENT).exclude(proposed_text="").count() == 2
    assert comments.filter(cosignatures__isnull=False).distinct().count() == 1
    hidden = comments.get(state=CommentState.HIDDEN)
    assert hidden.parent is not None and hidden.moderation_reason
    strategy = ConsultationPage.objects.get(
        slug="social-inclusion-strategy-2024-2030", locale__language_code="en"
    )
    assert strategy.status == ConsultationStatus.REPORT_PUBLISHED
    assert Answer.objects.filter(comment__consultation=strategy.original).count() == 3
