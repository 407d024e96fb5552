import pytest

from policy_library.models import LibraryDocumentPage
from policy_library.tests.factories import LibraryDocumentPageFactory

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
