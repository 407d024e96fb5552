import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from iris_site.geography import Country
from search import analysis
from search.backends.base import FACETS

QUERY_MAX_LENGTH = 200
MAX_WORDS = 12
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
        if data is not None and CONTROL_CHARACTERS.search(data.get("q", "")):
            data = data.copy()
            data["q"] = CONTROL_CHARACTERS.sub(" ", data["q"])
        super().__init__(data, **kwargs)
        self.ignored_filters = []

    def words(self):
        """The folded words of the query, without the quotes, stars, brackets
        and colons that engines read as syntax: readers type them as text."""
        if not self.is_valid():
            return []
        return analysis.words(self.cleaned_data["q"])[:MAX_WORDS]

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
