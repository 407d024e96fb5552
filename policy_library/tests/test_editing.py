"""Editors add a library document with the countries it covers, its files and
the consultations and events it belongs with; bad choices are refused with a
reason, nothing saved."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from accounts.tests.factories import editor
from policy_library.models import LibraryDocumentPage
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryFileFactory

pytestmark = pytest.mark.django_db


def add_document(client, index, **changes):
    form = {
        "title": "Shadow report 2024",
        "slug": "shadow-report-2024",
        "summary": "Returnees under readmission agreements.",
        "document_type": "shadow_report",
        "publication_year": "2024",
        "body": rich_text(""),
        "countries": inline_formset([]),
        "files": inline_formset([]),
        "related_pages": inline_formset([]),
        **changes,
    }
    return client.post(
        f"/admin/pages/add/policy_library/librarydocumentpage/{index.pk}/", nested_form_data(form)
    )


def test_editor_adds_a_document_covering_two_countries_with_two_files(client, index):
    report, annex = LibraryFileFactory(), LibraryFileFactory()
    client.force_login(editor())

    response = add_document(
        client,
        index,
        countries=inline_formset([{"country": "RS"}, {"country": "BA"}]),
        files=inline_formset(
            [{"document": report.pk, "label": ""}, {"document": annex.pk, "label": "Annex"}]
        ),
    )

    assert response.status_code == 302
    document = LibraryDocumentPage.objects.get(slug="shadow-report-2024")
    assert [row.country for row in document.countries.all()] == ["RS", "BA"]
    assert [(row.document, row.label) for row in document.files.all()] == [
        (report, ""),
        (annex, "Annex"),
    ]


def test_a_country_listed_twice_is_refused_with_a_reason(client, index):
    client.force_login(editor())

    response = add_document(
        client, index, countries=inline_formset([{"country": "RS"}, {"country": "RS"}])
    )

    assert response.status_code == 200
    assert "This country is already listed." in response.content.decode()
    assert not LibraryDocumentPage.objects.exists()


def test_only_a_consultation_or_an_event_can_be_related(client, index):
    other_document = LibraryDocumentPageFactory(parent=index)
    client.force_login(editor())

    response = add_document(
        client, index, related_pages=inline_formset([{"related_page": other_document.pk}])
    )

    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    assert LibraryDocumentPage.objects.count() == 1
