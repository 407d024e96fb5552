"""An official or editor imports a consultation's draft from a Word, PDF or text
file in the admin, corrects the parts found in it, and saves them as a draft."""

from datetime import date

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from accounts.tests.factories import (
    InstitutionFactory,
    UserFactory,
    editor,
    executable_bytes,
    official_of,
)
from consultations.blocks import draft_stream
from consultations.draft_import import split_draft
from consultations.legaldocml.export import Identity, bill_xml
from consultations.models import AttachmentKind, ConsultationPage
from consultations.tests.factories import (
    DEMO_DRAFT,
    ConsultationPageFactory,
    docx_bytes,
    draft_docx,
    pdf_of_paragraphs,
)
from iris_site.tests import hostile_files

pytestmark = pytest.mark.django_db

DRAFT = DEMO_DRAFT.read_text(encoding="utf-8")


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index, title="Draft Law on Asylum")


@pytest.fixture
def signed_in_editor(client):
    person = editor()
    client.force_login(person)
    return person


def import_url(consultation):
    return f"/admin/consultations/{consultation.pk}/import-draft/"


def upload(client, consultation, name, data):
    return client.post(import_url(consultation), {"file": SimpleUploadedFile(name, data)})


def preview_data(response, **changes):
    """What the preview form posts back, with ``changes`` to single fields
    (``{"form-3-label": "Član 4."}``) applied."""
    formset = response.context["formset"]
    data = {
        "upload": response.context["kept"]["upload"].value(),
        **{
            field.html_name: value
            for field, value in (
                (bound, bound.value())
                for form in formset
                for bound in form
                if bound.name not in ("DELETE", "merge")
            )
        },
        **{
            bound.html_name: "on"
            for form in formset
            for bound in (form["DELETE"], form["merge"])
            if bound.value()
        },
    }
    for bound in formset.management_form:
        data[bound.html_name] = bound.value()
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def form_index(response, label):
    formset = response.context["formset"]
    return next(number for number, form in enumerate(formset) if form["label"].value() == label)


def test_edit_view_offers_the_import(client, consultation, signed_in_editor):
    html = client.get(f"/admin/pages/{consultation.pk}/edit/").content.decode()

    assert f'href="{import_url(consultation)}"' in html
    assert "Import draft text" in html


def test_word_draft_is_previewed_corrected_and_saved_as_a_new_revision(
    client, consultation, signed_in_editor
):
    live_draft = list(consultation.draft.raw_data)
    word_file = draft_docx(DRAFT)

    preview = upload(client, consultation, "nacrt-zakona-o-azilu.docx", word_file)

    assert preview.status_code == 200
    html = preview.content.decode()
    assert "90 parts were found" in html
    assert 'value="Član 5."' in html
    assert "Načelo zabrane diskriminacije" in html
    article_12a = form_index(preview, "Član 12a")
    saved = client.post(
        f"{import_url(consultation)}preview/",
        {**preview_data(preview, **{f"form-{article_12a}-label": "Član 12a."}), "save": "1"},
    )

    assert saved.status_code == 302
    assert saved["Location"] == f"/admin/pages/{consultation.pk}/edit/"
    consultation.refresh_from_db()
    draft = consultation.get_latest_revision_as_object()
    parts = [block.value for block in draft.draft]
    assert len(parts) == 90
    assert [part["label"] for part in parts[:4]] == ["", "Glava I", "Član 1.", "Član 2."]
    assert parts[article_12a]["label"] == "Član 12a."
    assert parts[article_12a]["title"] == (
        "Saradnja sa Visokim komesarijatom Ujedinjenih nacija za izbeglice"
    )
    (attachment,) = draft.attachments.all()
    assert attachment.kind == AttachmentKind.ORIGINAL
    assert attachment.document.title == "nacrt-zakona-o-azilu.docx"
    assert attachment.document.file.read() == word_file
    # A draft to review: the published page is as it was until someone publishes.
    assert list(ConsultationPage.objects.get(pk=consultation.pk).draft.raw_data) == live_draft
    assert consultation.has_unpublished_changes
    assert consultation.get_latest_revision().user == signed_in_editor


def test_akoma_ntoso_bill_is_imported_as_the_same_parts(
    client, index, consultation, signed_in_editor
):
    source = ConsultationPageFactory(parent=index, draft=draft_stream(split_draft(DRAFT).rows()))
    identity = Identity("RS", 2026, "nacrt", "sr-latn", date(2026, 3, 1), "Nacrt", "M", "m")
    exported = bill_xml(source.draft, identity)

    preview = upload(client, consultation, "nacrt-zakona-o-azilu.xml", exported)
    saved = client.post(
        f"{import_url(consultation)}preview/", {**preview_data(preview), "save": "1"}
    )

    assert saved.status_code == 302
    consultation.refresh_from_db()
    draft = consultation.get_latest_revision_as_object()
    assert [tuple(block.value.values()) for block in draft.draft] == [
        tuple(block.value.values()) for block in source.draft
    ]
    (attachment,) = draft.attachments.all()
    assert attachment.document.file.read() == exported


def test_merging_and_deleting_parts_is_shown_before_saving(client, consultation, signed_in_editor):
    preview = upload(client, consultation, "nacrt.pdf", pdf_of_paragraphs(DRAFT))
    first_paragraph = form_index(preview, "Član 3.") + 1

    updated = client.post(
        f"{import_url(consultation)}preview/",
        preview_data(
            preview,
            **{
                "form-0-DELETE": "on",
                f"form-{first_paragraph}-merge": "on",
                f"form-{first_paragraph + 1}-merge": "on",
            },
        ),
    )

    assert updated.status_code == 200
    assert "87 parts were found" in updated.content.decode()
    labels = [form["label"].value() for form in updated.context["formset"]]
    assert labels[:2] == ["Glava I", "Član 1."]
    article = updated.context["formset"][labels.index("Član 3.")]
    assert article["text"].value().splitlines() == [
        "(1) Pravo na azil u Republici Srbiji ima svaki stranac koji opravdano strahuje od "
        "proganjanja u državi porekla ili uobičajenog boravišta.",
        "(2) Stranac kome je odobren azil ima pravo na boravak u Republici Srbiji i pravo na "
        "zaštitu od vraćanja.",
    ]
    assert consultation.revisions.count() == 1


def test_reimport_keeps_the_ids_of_parts_with_the_same_heading(
    client, consultation, signed_in_editor
):
    first = upload(client, consultation, "nacrt.txt", DRAFT.encode())
    client.post(f"{import_url(consultation)}preview/", {**preview_data(first), "save": "1"})
    before = {
        block.value["label"]: block.id
        for block in ConsultationPage.objects.get(pk=consultation.pk)
        .get_latest_revision_as_object()
        .draft
    }

    second = upload(client, consultation, "nacrt.txt", DRAFT.replace("Član 5.", "Član 5a").encode())
    client.post(f"{import_url(consultation)}preview/", {**preview_data(second), "save": "1"})

    after = {
        block.value["label"]: block.id
        for block in ConsultationPage.objects.get(pk=consultation.pk)
        .get_latest_revision_as_object()
        .draft
    }
    assert after["Član 4."] == before["Član 4."]
    assert after["Član 6."] == before["Član 6."]
    assert after["Član 5a"] not in before.values()


def test_empty_preview_cannot_be_saved(client, consultation, signed_in_editor):
    preview = upload(client, consultation, "nacrt.txt", "Član 1.\nPredmet zakona\nTekst.".encode())

    refused = client.post(
        f"{import_url(consultation)}preview/",
        {**preview_data(preview, **{"form-0-DELETE": "on"}), "save": "1"},
    )

    assert refused.status_code == 200
    assert "Keep at least one part" in refused.content.decode()
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        pytest.param("nacrt.pdf", executable_bytes(), "does not match its name", id="exe-as-pdf"),
        pytest.param("nacrt.docx", b"", "The submitted file is empty.", id="empty"),
        pytest.param(
            "nacrt.docx", draft_docx(DRAFT)[:3000], "could not be read", id="damaged-docx"
        ),
        pytest.param(
            "nacrt.pdf", pdf_of_paragraphs("Član 1.")[:400], "could not be read", id="damaged-pdf"
        ),
        pytest.param("nacrt.docx", docx_bytes(docx.Document()), "is empty", id="blank-docx"),
        pytest.param("nacrt.doc", b"\xd0\xcf\x11\xe0", "Save an older Word document", id="doc"),
        pytest.param(
            "nacrt.xml",
            b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill>',
            "not well-formed XML: it is damaged or incomplete near line 1",
            id="cut-xml",
        ),
        pytest.param(
            "nacrt.xml",
            hostile_files.billion_laughs_xml(),
            "declares a document type or entities",
            id="billion-laughs",
        ),
        pytest.param(
            "nacrt.xml",
            hostile_files.external_entity_xml(),
            "declares a document type or entities",
            id="external-entity",
        ),
        pytest.param(
            "nacrt.xml",
            b"<html><body><p>Clan 1.</p></body></html>",
            "not an Akoma Ntoso 3.0 bill or act",
            id="not-akoma-ntoso",
        ),
    ],
)
def test_unreadable_file_is_refused_with_a_reason(
    client, consultation, signed_in_editor, name, data, message
):
    refused = upload(client, consultation, name, data)

    assert refused.status_code == 400
    assert message in refused.content.decode()
    assert not get_document_model().objects.exists()
    assert consultation.revisions.count() == 1


def test_preview_of_another_consultation_cannot_be_saved_here(client, index, signed_in_editor):
    first, second = ConsultationPageFactory.create_batch(2, parent=index)
    preview = upload(client, first, "nacrt.txt", DRAFT.encode())

    refused = client.post(f"{import_url(second)}preview/", {**preview_data(preview), "save": "1"})

    assert refused.status_code == 200
    assert "Upload the draft again" in refused.content.decode()
    assert second.revisions.count() == 1


def test_official_of_the_institution_imports(client, consultation):
    client.force_login(official_of(consultation.institution))

    assert client.get(import_url(consultation)).status_code == 200


def test_official_of_another_institution_is_refused(client, index, consultation):
    stranger_institution = InstitutionFactory(name="Ministry of Finance")
    ConsultationPageFactory(parent=index, institution=stranger_institution)
    client.force_login(official_of(stranger_institution))

    assert client.get(import_url(consultation)).status_code == 403
    assert client.post(f"{import_url(consultation)}preview/", {}).status_code == 403


def test_people_outside_the_admin_are_sent_to_sign_in(client, consultation):
    assert client.get(import_url(consultation)).status_code == 302
    client.force_login(UserFactory())
    assert client.get(import_url(consultation)).status_code == 302
