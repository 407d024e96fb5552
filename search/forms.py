import re

from django import forms
from django.utils.translation import gettext_lazy as _

QUERY_MAX_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        required=False,
        max_length=QUERY_MAX_LENGTH,
        widget=forms.SearchInput,
    )

    def words(self):
        """The words of the query, without the quotes, stars, brackets and
        colons that search backends read as syntax: readers type them as text."""
        return re.findall(r"\w+", self.cleaned_data["q"])
