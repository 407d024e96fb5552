import pytest
from wagtail.documents import get_document_model

from iris_site.seeds import DemoSite, load_shell
from iris_site.tests.hook_contract import HookContract
from policy_library.models import (
    DocumentType,
    LibraryDocumentFile,
    LibraryDocumentPage,
    LibraryIndexPage,
)
from policy_library.seeds import load_library

pytestmark = pytest.mark.django_db


class TestHookContract(HookContract):
    searchable = {LibraryDocumentPage: "Library document"}
    navigation = ("/en/library/", "Policy library")
    home_panel = "recent-library-documents"


def test_demo_library_loads_once_however_often_it_runs(client):
    demo = DemoSite(password="demo password")
    load_shell(demo)

    load_library(demo)
    load_library(demo)

    documents = LibraryDocumentPage.objects.all()
    assert documents.values("translation_key").distinct().count() == 46
    assert LibraryIndexPage.objects.live().count() == 8
    assert set(documents.values_list("document_type", flat=True)) == set(DocumentType)
    assert {"en", "sr", "sr-latn", "mk", "sq"} <= set(
        documents.values_list("locale__language_code", flat=True)
    )
    english = documents.filter(locale__language_code="en")
    assert english.count() == 15
    assert all(document.files.exists() for document in english)
    assert english.filter(countries__country="RS").filter(countries__country="BA").exists()
    assert LibraryDocumentFile.objects.exclude(label="").values("page").distinct().count() >= 5
    assert get_document_model().objects.count() == 47
    assert documents.filter(
        title="Izveštaj iz senke o reintegraciji povratnika po sporazumima o readmisiji"
    ).exists()
    assert documents.filter(
        title="Извештај из сенке о реинтеграцији повратника по споразумима о реадмисији"
    ).exists()
    assert {"pdf", "docx"} == {
        document.file.name.rsplit(".", 1)[-1] for document in get_document_model().objects.all()
    }
    assert client.get(english.first().files.first().document.url).status_code == 200
