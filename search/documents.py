"""From a page to what the engines index: the content apps offer through the
SEARCHABLE hook, turned into one flat entry per live page."""

import time
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from iris_site import hooks


@dataclass
class IndexEntry:
    """One live page as every engine stores it."""

    key: str
    page_id: int
    content_type: str
    url: str
    language: str
    date: datetime | None
    title: str
    summary: str = ""
    body: str = ""
    files: str = ""
    type: str = ""
    countries: list = field(default_factory=list)
    year: int | None = None
    policy_areas: list = field(default_factory=list)
    # When the entry was read from its page, in microseconds: of two writes of
    # the same page, an engine keeps the later reading.
    version: int = field(default_factory=lambda: time.time_ns() // 1000)

    def facets(self):
        """(facet, value) pairs the entry is counted and filtered under."""
        pairs = [("type", self.type), ("language", self.language)]
        if self.year:
            pairs.append(("year", str(self.year)))
        pairs += [("country", country) for country in self.countries]
        pairs += [("policy_area", area) for area in self.policy_areas]
        return [(name, value) for name, value in pairs if value]


def searchable():
    """The SEARCHABLE declarations, most specific model first."""
    declared = hooks.contributions(hooks.SEARCHABLE)
    return sorted(declared, key=lambda content: -len(content.model.__mro__))


def declaration_for(page):
    return next((content for content in searchable() if isinstance(page, content.model)), None)


def content_type_of(model):
    return model._meta.label_lower


def _text(page, search_field):
    value = getattr(page, search_field.field_name, None)
    if value is None:
        return ""
    try:
        model_field = page._meta.get_field(search_field.field_name)
    except Exception:
        model_field = None
    if isinstance(model_field, StreamField):
        return " ".join(str(part) for part in model_field.get_searchable_content(value))
    if isinstance(model_field, RichTextField):
        # Block elements keep a space between them: "<li>Migration</li><li>The
        # draft" is two words, not "MigrationThe", in the index and the snippet.
        return get_text_for_indexing(str(value))
    if callable(value):
        value = value()
    return strip_tags(str(value))


def default_document(page):
    """The title and the model's ``search_fields`` (``summary`` apart), for
    apps that declare no document of their own."""
    summary = ""
    body = []
    for search_field in page.search_fields:
        if isinstance(search_field, index.RelatedFields):
            related = getattr(page, search_field.field_name, None)
            if related is not None:
                body += [_text(related, inner) for inner in search_field.fields]
        elif isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            text = _text(page, search_field)
            if search_field.field_name == "summary":
                summary = text
            else:
                body.append(text)
    return hooks.SearchDocument(
        title=page.title,
        summary=summary or page.search_description,
        body=" ".join(text for text in body if text),
        type=content_type_of(type(page)),
    )


def entry_for(page):
    """The index entry of a live, public page that an app offers to search, or
    None if search should not show it."""
    page = page.specific
    declaration = declaration_for(page)
    if declaration is None or not page.live or page.get_view_restrictions().exists():
        return None
    document = (declaration.document or default_document)(page)
    return IndexEntry(
        key=f"page-{page.pk}",
        page_id=page.pk,
        content_type=content_type_of(type(page)),
        url=page.get_url() or "",
        language=page.locale.language_code,
        date=page.last_published_at or page.first_published_at,
        title=document.title,
        summary=document.summary,
        body=document.body,
        files=document.files,
        type=document.type or content_type_of(type(page)),
        countries=list(document.countries),
        year=document.year,
        policy_areas=list(document.policy_areas),
    )


def live_pages():
    """Every live page of the searchable models, for a rebuild."""
    models = [content.model for content in searchable()]
    if not models:
        return Page.objects.none()
    return Page.objects.live().public().type(*models).specific().order_by("pk")
