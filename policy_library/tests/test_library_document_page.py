import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from policy_library.files import docx_file
from policy_library.models import LibraryDocumentFile
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryFileFactory

pytestmark = pytest.mark.django_db


def test_publication_year_before_1990_is_refused_with_a_clear_message(index):
    document = LibraryDocumentPageFactory(parent=index)
    document.publication_year = 1989

    with pytest.raises(ValidationError) as refused:
        document.full_clean()

    assert refused.value.message_dict["publication_year"] == ["Give a year from 1990 on."]


def test_publication_year_in_the_future_is_refused_with_a_clear_message(index):
    this_year = timezone.localdate().year
    document = LibraryDocumentPageFactory(parent=index, publication_year=this_year)
    document.publication_year = this_year + 1

    with pytest.raises(ValidationError) as refused:
        document.full_clean()

    assert refused.value.message_dict["publication_year"] == [
        f"The year of publication cannot be later than {this_year}."
    ]


def test_page_describes_the_document_and_offers_its_file(client, index):
    document = LibraryDocumentPageFactory(
        parent=index,
        title="Gap assessment: social services for migrants",
        document_type="gap_assessment",
        publication_year=2018,
        countries=["BA"],
        files=[LibraryFileFactory()],
    )

    html = client.get(document.url).content.decode()

    assert "<h1>Gap assessment: social services for migrants</h1>" in html
    assert "<dd>Gap assessment</dd>" in html
    assert "<dd>2018</dd>" in html
    assert "<dd>Bosnia and Herzegovina</dd>" in html
    (file,) = document.files.all()
    assert f'href="{file.document.url}" download>Download {file.document.title} (PDF,' in html
    assert client.get(file.document.url).status_code == 200


def test_document_without_a_country_is_regional(client, index):
    document = LibraryDocumentPageFactory(parent=index)

    html = client.get(document.url).content.decode()

    assert "<dd>Regional</dd>" in html
    assert "Download" not in html


def test_page_lists_every_country_covered_and_every_file(client, index):
    report = LibraryFileFactory(title="Shadow report 2022")
    annex = LibraryFileFactory(file=ContentFile(docx_file("Annex", ["Tables."]), name="annex.docx"))
    document = LibraryDocumentPageFactory(
        parent=index, countries=["RS", "BA", "MK"], files=[report, annex]
    )
    LibraryDocumentFile.objects.filter(document=annex).update(label="Annex: tables")

    html = client.get(document.url).content.decode()

    assert (
        "<dt>Countries covered</dt><dd>Serbia, Bosnia and Herzegovina, North Macedonia</dd>" in html
    )
    assert '<h2 id="document-files">Files</h2>' in html
    assert re.findall(r'<a href="([^"]+)" download>([^<]+)</a>', html) == [
        (report.url, f"Download Shadow report 2022 (PDF, {filesizeformat(report.file_size)})"),
        (annex.url, f"Download Annex: tables (DOCX, {filesizeformat(annex.file_size)})"),
    ]


def test_document_page_queries_do_not_grow_with_its_files(client, index):
    few, many = (
        LibraryDocumentPageFactory(
            parent=index,
            countries=["RS", "BA", "MK"][:files],
            files=[LibraryFileFactory() for _file in range(files)],
        )
        for files in (1, 6)
    )
    for document in (few, many):
        client.get(document.url)  # warms the site, content-type and language-link caches

    assert count_queries(client, few.url) == count_queries(client, many.url)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
