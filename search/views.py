from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

from iris_site import hooks
from search.forms import SearchForm

PER_PAGE = 10


def search_results(request):
    """Searches the live pages, in the reader's language, of every page model
    that a feature app offers through the SEARCHABLE hook."""
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    searchable = hooks.contributions(hooks.SEARCHABLE)
    results = []
    if query and form.words() and searchable:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .type(*[content.model for content in searchable])
            .specific()
        )
        results = pages.search(" ".join(form.words()), operator="and")
    page_obj = Paginator(results, PER_PAGE).get_page(request.GET.get("page"))
    labelled = [
        (page, next(item.label for item in searchable if isinstance(page, item.model)))
        for page in page_obj
    ]
    return render(
        request,
        "search/search_results.html",
        {"form": form, "query": query, "page_obj": page_obj, "results": labelled},
    )
