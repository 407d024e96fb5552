import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from iris_site.geography import Country
from search import analysis
from search.backends.base import FACETS

QUERY_MAX_LENGTH = 200
MAX_WORDS = 12
# A word of one letter ("a", "i", "u") is in almost every text: searching it
# would answer everything.
MIN_WORD_LENGTH = 2
MAX_PAGE = 1000
SLUG = re.compile(r"^[\w.-]{1,100}$")
# A query is one line of text: control characters are spaces to it, and the
# page that shows the query back never echoes a terminal escape or a NUL.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def _valid(name, value):
    if name == "country":
        return value in Country.values
    if name == "language":
        return value in {code for code, _name in settings.LANGUAGES}
    if name == "year":
        return value.isdigit() and 1900 <= int(value) <= 2100
    return bool(SLUG.match(value))


def _cut(query):
    """``query`` cut to the limit, at the end of a word where it has several."""
    if len(query) <= QUERY_MAX_LENGTH:
        return query
    cut = query[:QUERY_MAX_LENGTH]
    if not query[QUERY_MAX_LENGTH].isspace() and len(cut.split()) > 1:
        cut = cut.rsplit(None, 1)[0]
    return cut


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        required=False,
        max_length=QUERY_MAX_LENGTH,
        widget=forms.SearchInput(attrs={"list": "search-suggestions", "autocomplete": "off"}),
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("newest", _("Newest first"))],
    )

    def __init__(self, data=None, **kwargs):
        query = data.get("q", "") if data is not None else ""
        # A query past the limit is cut at the last whole word and searched;
        # ``cut`` tells the page to say so.
        self.cut = len(query) > QUERY_MAX_LENGTH
        if CONTROL_CHARACTERS.search(query) or self.cut:
            data = data.copy()
            data["q"] = _cut(CONTROL_CHARACTERS.sub(" ", query))
        super().__init__(data, **kwargs)
        self.ignored_filters = []

    def words(self):
        """The folded words of the query long enough to search, without the
        quotes, stars, brackets and colons that engines read as syntax:
        readers type them as text."""
        if not self.is_valid():
            return []
        return [
            word for word in analysis.words(self.cleaned_data["q"]) if len(word) >= MIN_WORD_LENGTH
        ][:MAX_WORDS]

    def too_short(self):
        """Whether the reader typed words, each too short to search."""
        return self.is_valid() and bool(analysis.words(self.cleaned_data["q"])) and not self.words()

    def sort_order(self):
        return (self.is_valid() and self.cleaned_data["sort"]) or "relevance"

    def filters(self):
        """The facet values chosen; unknown ones are left out and listed in
        ``ignored_filters`` for the page to say so."""
        chosen = {}
        for name in FACETS:
            for value in (self.data.getlist(name) if self.data else [])[:20]:
                value = value.strip()
                if not value:
                    continue
                if _valid(name, value):
                    chosen.setdefault(name, [])
                    if value not in chosen[name]:
                        chosen[name].append(value)
                else:
                    self.ignored_filters.append(value[:40])
        return chosen

    def page_number(self):
        try:
            number = int((self.data.get("page") if self.data else "") or 1)
        except ValueError:
            return 1
        return min(max(number, 1), MAX_PAGE)
