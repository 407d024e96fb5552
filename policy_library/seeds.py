"""Loads the demo library (``policy_library.demo_content``): each document
made as an editor makes it, with real files, once however often it runs."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from iris_site.models import PolicyArea
from iris_site.transliteration import to_cyrillic
from policy_library.demo_content import DOCUMENTS, INDEX, LIBRARY, RELATED_PAGES, SECOND_FILES
from policy_library.files import docx_file, pdf_file
from policy_library.models import (
    LibraryDocumentCountry,
    LibraryDocumentFile,
    LibraryDocumentPage,
    LibraryDocumentRelatedPage,
    LibraryIndexPage,
)


def library_entries():
    """Every demo document, the Serbian Latin ones also in Cyrillic."""
    for slug, language, kind, year, countries, areas, title, summary, text in LIBRARY:
        yield slug, language, kind, year, countries, areas, title, summary, text
        if language == "sr-latn":
            yield (
                f"{slug}-cyr", "sr", kind, year, countries, areas,
                to_cyrillic(title), to_cyrillic(summary), to_cyrillic(text),
            )  # fmt: skip


def ensure_file(slug, title, paragraphs=(), kind="pdf"):
    """A real PDF or Word file of the publication, made once."""
    make = docx_file if kind == "docx" else pdf_file
    document = get_document_model().objects.filter(title=title).first()
    if document is None:
        data = make(title, [*paragraphs, "IRIS network"])
        document = get_document_model().objects.create(
            title=title, file=ContentFile(data, name=f"{slug}.{kind}"), file_size=len(data)
        )
    return document


def covered(countries):
    """The countries covered, from their codes (``"BA RS"``; none: regional)."""
    return [LibraryDocumentCountry(country=code) for code in countries.split()]


def document_rows(slug, title, paragraphs, kind):
    """The files and related pages of a demo publication, as an editor adds
    them. Related pages are found by slug, and left out where the app that
    provides them is not installed."""
    files = [LibraryDocumentFile(document=ensure_file(slug, title, paragraphs, kind))]
    if slug in SECOND_FILES:
        label, second_kind = SECOND_FILES[slug]
        files.append(
            LibraryDocumentFile(
                document=ensure_file(
                    f"{slug}-{second_kind}", f"{title}: {label}", paragraphs, second_kind
                ),
                label=label,
            )
        )
    related = Page.objects.filter(
        slug__in=RELATED_PAGES.get(slug, []), locale__language_code="en"
    ).order_by("title")
    return {
        "files": files,
        "related_pages": [LibraryDocumentRelatedPage(related_page=page) for page in related],
    }


def load_library(demo):
    index = demo.ensure_page(
        demo.home(), LibraryIndexPage, "library", title=INDEX["en"][0], intro=INDEX["en"][1]
    )
    indexes = {
        "en": index,
        **demo.ensure_translations(
            index,
            {code: {"title": title, "intro": intro} for code, (title, intro) in INDEX.items()},
        ),
    }
    for slug, (
        language,
        kind,
        year,
        countries,
        areas,
        title,
        summary,
        translations,
    ) in DOCUMENTS.items():
        parent = indexes[language]
        page = demo.ensure_page(
            parent,
            LibraryDocumentPage,
            slug,
            title=title,
            summary=summary,
            document_type=kind,
            publication_year=year,
            policy_areas=PolicyArea.objects.filter(slug__in=areas, locale=parent.locale),
            countries=covered(countries),
            **(document_rows(slug, title, [summary], "pdf") if language == "en" else {}),
        )
        demo.ensure_translations(page, translations)
    for number, (slug, language, kind, year, countries, areas, title, summary, text) in enumerate(
        library_entries()
    ):
        parent = indexes[language]
        demo.ensure_page(
            parent,
            LibraryDocumentPage,
            slug,
            title=title,
            summary=summary,
            document_type=kind,
            publication_year=year,
            authors="IRIS network",
            publishers="IRIS network",
            body=f"<p>{summary}</p>",
            policy_areas=PolicyArea.objects.filter(slug__in=areas, locale=parent.locale),
            countries=covered(countries),
            **document_rows(slug, title, [summary, text], "docx" if number % 2 else "pdf"),
        )
