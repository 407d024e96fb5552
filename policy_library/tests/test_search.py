import pytest

from policy_library.models import LibraryDocumentFile, LibraryDocumentPage
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryFileFactory
from policy_library.views import search_document

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "words",
    ["referral", "unaccompanied", "guardianship"],
    ids=["title", "summary", "body"],
)
def test_documents_are_found_by_what_readers_remember(index, words):
    document = LibraryDocumentPageFactory(
        parent=index,
        title="Guide on the referral system",
        summary="Services for unaccompanied children.",
        body="<p>Guardianship in Una-Sana Canton.</p>",
    )
    LibraryDocumentPageFactory(parent=index, title="Shadow report 2020")

    assert list(LibraryDocumentPage.objects.live().search(words)) == [document]


def test_documents_in_cyrillic_are_found_by_cyrillic_words(index, translated_home):
    document = LibraryDocumentPageFactory(
        parent=index, title="Сажетак јавне политике", slug="sazetak", summary="Тражиоци азила."
    )

    assert list(LibraryDocumentPage.objects.live().search("Тражиоци")) == [document]


def test_site_search_gets_every_country_and_the_text_of_every_file(index):
    document = LibraryDocumentPageFactory(
        parent=index,
        countries=["BA", "RS"],
        files=[LibraryFileFactory(), LibraryFileFactory()],
    )
    report, annex = document.files.all()
    LibraryDocumentFile.objects.filter(pk=report.pk).update(text="Readmission agreements.")
    LibraryDocumentFile.objects.filter(pk=annex.pk).update(text="Una-Sana Canton.")
    document = LibraryDocumentPage.objects.get(pk=document.pk)

    searched = search_document(document)

    assert searched.countries == ["BA", "RS"]
    assert searched.files == "Readmission agreements.\nUna-Sana Canton."


def test_documents_are_found_by_the_text_of_any_of_their_files(index):
    document = LibraryDocumentPageFactory(parent=index, files=[LibraryFileFactory()])
    LibraryDocumentFile.objects.filter(page=document).update(text="Guardianship in Bihac.")
    LibraryDocumentPage.objects.get(pk=document.pk).save_revision().publish()

    assert list(LibraryDocumentPage.objects.live().search("Bihac")) == [document]
