"""The demo's consultations in other languages carry a draft in that language."""

from io import StringIO

import pytest
from django.core.management import call_command

from consultations.models import ConsultationPage

pytestmark = pytest.mark.django_db


def test_every_translated_demo_consultation_is_read_in_its_own_language():
    call_command("load_demo", password="demo password 1", stdout=StringIO())

    untranslated = [
        f"{page.locale.language_code}: {page.title}"
        for page in ConsultationPage.objects.select_related("locale")
        if page != page.original
        and [part["value"]["text"] for part in page.draft.raw_data]
        == [part["value"]["text"] for part in page.original.draft.raw_data]
    ]
    translations = ConsultationPage.objects.exclude(
        locale__language_code__in=["en", "sr-latn"]
    ).values_list("locale__language_code", flat=True)
    assert {"cnr", "mk", "sq", "sr"} <= set(translations)
    assert untranslated == []
