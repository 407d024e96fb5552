"""The events index's filters, on the shell's ``FacetFilterForm``, and its
month view. They read no model: the index page, which imports them, hands
them its events."""

import calendar
import datetime
from collections import Counter

from django import forms
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from hearings.status import EventKind, SpokenLanguage
from iris_site import page_cache
from iris_site.facets import FacetFilterForm, counted, facet_choices

MONTH_FORMAT = "%Y-%m"


class EventFilterForm(FacetFilterForm):
    """Narrows the events index by kind, country, month, language and policy area."""

    kind = forms.ChoiceField(label=_("Kind of event"), required=False)
    month = forms.ChoiceField(label=_("Month"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    field_order = ["kind", "country", "month", "language", "policy_area"]
    lookups = {**FacetFilterForm.lookups, "kind": "kind"}

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, items=items, **kwargs)
        self.offer_any_month()

    def facets(self, items):
        """Counted once per change of the page tree, for each language: the
        index hands every reader of a language the same ``items`` (its live,
        public events), and only publishing changes what they hold."""
        return page_cache.site_cached(
            None, f"event-facets:{get_language()}", lambda: self.count_facets(items)
        )

    def count_facets(self, items):
        return {
            **super().facets(items),
            "kind": facet_choices(
                gettext("All kinds"),
                items,
                "kind",
                "kind",
                label=lambda kind, _: EventKind(kind).label,
            ),
            "month": self.month_choices(items),
            "language": self.language_choices(items),
        }

    def country_choices(self, items):
        # An event held only online takes place in no country.
        return super().country_choices(items.exclude(country=""))

    def month_choices(self, items):
        rows = (
            items.order_by()
            .annotate(month_start=TruncMonth("starts_at"))
            .values("month_start")
            .annotate(count=Count("pk", distinct=True))
            .order_by("month_start")
        )
        return [
            ("", gettext("Any month")),
            *[
                (
                    row["month_start"].strftime(MONTH_FORMAT),
                    counted(date_format(row["month_start"], "YEAR_MONTH_FORMAT"), row["count"]),
                )
                for row in rows
            ],
        ]

    def offer_any_month(self):
        """A month without events is still a month to show (the month view's
        previous and next links lead to them)."""
        asked = self.data.get("month", "") if self.is_bound else ""
        offered = {value for value, _label in self.fields["month"].choices}
        try:
            month = datetime.datetime.strptime(asked, MONTH_FORMAT)
        except ValueError:
            return
        if asked not in offered and 1900 < month.year < 2200:
            label = counted(date_format(month, "YEAR_MONTH_FORMAT"), 0)
            self.fields["month"].choices = [*self.fields["month"].choices, (asked, label)]

    def language_choices(self, items):
        counts = Counter(
            code for codes in items.values_list("languages", flat=True) for code in codes
        )
        return [
            ("", gettext("Any language")),
            *[
                (language.value, counted(language.label, counts[language.value]))
                for language in SpokenLanguage
                if counts[language.value]
            ],
        ]

    def chosen_month(self):
        """The chosen month as ``(year, month)``, or None."""
        value = self.cleaned_data.get("month")
        if not value:
            return None
        chosen = datetime.datetime.strptime(value, MONTH_FORMAT)
        return chosen.year, chosen.month

    def filter_by(self, items, name, value):
        if name == "month":
            return items.in_month(*self.chosen_month())
        if name == "language":
            return items.filter(languages__contains=f" {value} ")
        return super().filter_by(items, name, value)

    def month_view(self, month, events):
        """The chosen month as weeks of days, each day with its events: a
        table that needs no script."""
        return month_grid(*month, events)


def month_grid(year, month, events):
    by_day = {}
    for event in events:
        start = timezone.localtime(event.starts_at).date()
        end = timezone.localtime(event.ends_at).date()
        day = start
        while day <= end:
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    weeks = [
        [(day, day.month == month, by_day.get(day, [])) for day in week]
        for week in calendar.Calendar().monthdatescalendar(year, month)
    ]
    first = datetime.date(year, month, 1)
    previous = first - datetime.timedelta(days=1)
    following = first + datetime.timedelta(days=32)
    return {
        "first": first,
        "weeks": weeks,
        "weekdays": [weeks[0][index][0] for index in range(7)],
        "previous": previous.strftime(MONTH_FORMAT),
        "next": following.strftime(MONTH_FORMAT),
    }
