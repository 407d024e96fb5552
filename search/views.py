import logging
import math

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page

from accounts.models import Organisation
from search import analysis
from search import facets as facet_names
from search.backends import SearchUnavailable, get_backend
from search.backends.base import SearchQuery, SearchResults
from search.documents import content_type_of, searchable
from search.forms import MIN_WORD_LENGTH, QUERY_MAX_LENGTH, SearchForm
from search.tasks import record_failure

logger = logging.getLogger(__name__)

PER_PAGE = 10


class Counted:
    """What the paginator needs to know of results the engine has counted."""

    def __init__(self, total):
        self.total = total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, item):
        return []


class FallbackEntry:
    def __init__(self, page):
        self.title = page.title
        self.url = page.url
        self.summary = getattr(page, "summary", "") or page.search_description
        self.content_type = content_type_of(type(page))
        self.language = page.locale.language_code
        self.year = getattr(page, "publication_year", None)


def degraded_search(query):
    """While the engine is down: live pages whose title holds the first word,
    newest first, without facets."""
    from search.backends.base import Hit

    models = [content.model for content in searchable()]
    pages = (
        Page.objects.live()
        .public()
        .type(*models)
        .filter(title__icontains=query.words[0])
        .order_by("-last_published_at", "-pk")
    )
    total = pages.count()
    chosen = pages.specific()[query.offset : query.offset + query.per_page]
    return SearchResults(
        total=total, hits=[Hit(entry=FallbackEntry(page)) for page in chosen], facets={}
    )


def organisation_names():
    """The folded words of every name of the directory's organisations."""
    names = set()
    for name, translated in Organisation.objects.values_list("name", "translated_names"):
        for text in [name, *(translated or {}).values()]:
            names.update(analysis.words(text))
    return names


def search_results(request):
    """Searches every page that a feature app offers through the SEARCHABLE
    hook, in one request to the configured engine."""
    form = SearchForm(request.GET or None)
    words = form.words()
    filters = form.filters()
    messages = []
    if form.cut:
        messages.append(
            _("Your search was longer than %(limit)d characters: its first words were searched.")
            % {"limit": QUERY_MAX_LENGTH}
        )
    if form.too_short():
        messages.append(
            _(
                "Type words of at least %(length)d letters: a single letter would match "
                "almost everything."
            )
            % {"length": MIN_WORD_LENGTH}
        )
    if form.ignored_filters:
        messages.append(
            _("Some filters were not understood and were left out: %(values)s.")
            % {"values": ", ".join(form.ignored_filters)}
        )
    results = None
    degraded = False
    page_obj = None
    if words or (filters and form.is_valid()):
        query = SearchQuery(
            words=words, filters=filters, sort=form.sort_order(), page=form.page_number(),
            per_page=PER_PAGE,
        )  # fmt: skip
        try:
            results = get_backend().search(query)
            last = max(1, math.ceil(results.total / PER_PAGE))
            if query.page > last:
                messages.append(
                    _("There are not that many pages of results: here is the last one.")
                )
                query.page = last
                results = get_backend().search(query)
        except SearchUnavailable as error:
            record_failure(error)
            degraded = True
            results = degraded_search(query) if words else SearchResults(0, [], {})
        if results.suggestion:
            results.suggestion = analysis.keep_names(
                form.cleaned_data["q"], results.suggestion, organisation_names()
            )
        paginator = Paginator(Counted(results.total), PER_PAGE)
        page_obj = PaginatorPage(results.hits, query.page, paginator)
    labels = facet_names.type_labels()
    return render(
        request,
        "search/search_results.html",
        {
            "form": form,
            "query": form.cleaned_data["q"] if form.is_valid() else "",
            "searched": results is not None,
            "results": results,
            "hits": [(hit, labels.get(hit.entry.content_type, "")) for hit in results.hits]
            if results
            else [],
            "facets": facet_names.labelled(results.facets, filters) if results else [],
            "filters": filters,
            "chosen_filters": sum(len(values) for values in filters.values()),
            "page_obj": page_obj,
            "messages_for_reader": messages,
            "degraded": degraded,
            "searched_kinds": [content.label for content in searchable()],
            "too_short": form.too_short(),
        },
    )


def suggestions(request):
    """Titles for the search box's list as the reader types (JSON)."""
    prefix = request.GET.get("q", "")[:100]
    try:
        titles = get_backend().complete(prefix) if prefix.strip() else []
    except SearchUnavailable as error:
        record_failure(error)
        titles = []
    return JsonResponse({"suggestions": titles})


def header_search_context(request):
    """The header's search box on every page but the search page, which has its own."""
    match = request.resolver_match
    if match is not None and match.url_name == "search_results":
        return None
    return {"max_length": QUERY_MAX_LENGTH}
