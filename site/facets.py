"""Filter choices that say how many items each holds, counted in the database:
the shape every index page's filter form shares (consultations, the library)."""

from django import forms
from django.db.models import Count
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from iris_site.geography import Country
from iris_site.languages import readers_versions
from iris_site.models import PolicyArea


def counted(label, count):
    return gettext("%(label)s (%(count)d)") % {"label": label, "count": count}


def facet_choices(everything, items, value, name, label=lambda _value, name: name, order_by=()):
    """The choices of one facet, in one query: ``everything`` (no filter), then
    each ``value`` found among ``items`` with how many items hold it, labelled
    ``label(value, name)`` and ordered by ``order_by`` (default: ``name``)."""
    rows = (
        items.order_by()
        .values(value, name)
        .annotate(count=Count("pk", distinct=True))
        .order_by(*(order_by or [name]))
    )
    return [
        ("", everything),
        *[(row[value], counted(label(row[value], row[name]), row["count"])) for row in rows],
    ]


class FacetFilterForm(forms.Form):
    """Narrows an index page's listing; each choice says how many items of the
    index it holds. A value that is not offered is reported and left out, and
    the other filters still apply. Every index files its items by country and
    policy area; a subclass adds its own facets, each field named in
    ``lookups`` with the lookup it filters on."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    policy_area = forms.ChoiceField(label=_("Policy area"), required=False)

    lookups = {"country": "country", "policy_area": "policy_areas__translation_key__in"}

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in self.facets(items).items():
            self.fields[name].choices = choices

    def facets(self, items):
        """``{field name: choices}`` of the facets counted among ``items``; a
        subclass may add its own, or keep them in the cache."""
        return {
            "country": self.country_choices(items),
            "policy_area": self.policy_area_choices(items),
        }

    def policy_area_choices(self, items):
        """Each policy area ``items`` are filed under, named in the reader's
        language (its translation, else the nearest): items of other
        languages are filed under those languages' copies of the areas."""
        counts = dict(
            items.exclude(policy_areas=None)
            .order_by()
            .values_list("policy_areas__translation_key")
            .annotate(count=Count("pk", distinct=True))
        )
        areas = readers_versions(PolicyArea.objects.filter(translation_key__in=counts))
        return [
            ("", gettext("All policy areas")),
            *[
                (area.slug, counted(area.name, counts[area.translation_key]))
                for area in areas.order_by("name")
            ],
        ]

    def country_choices(self, items):
        return facet_choices(
            gettext("All countries"),
            items,
            "country",
            "country",
            label=lambda code, _name: Country(code).label,
        )

    def filter(self, items):
        """``items`` narrowed by every filter given with a valid value."""
        data = self.cleaned_data if self.is_bound else {}
        for name, value in data.items():
            if value:
                items = self.filter_by(items, name, value)
        return items.distinct()

    def filter_by(self, items, name, value):
        if name == "policy_area":
            # The area the reader chose, in every language: items of other
            # languages are filed under their own copies of it.
            value = (
                readers_versions(PolicyArea.objects.all())
                .filter(slug=value)
                .values("translation_key")
            )
        return items.filter(**{self.lookups[name]: value})
