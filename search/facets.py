"""Names for the facet values the engines count: readable in the reader's
language, whichever engine answered."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from iris_site.geography import Country
from iris_site.models import PolicyArea
from search.documents import content_type_of, searchable

TITLES = {
    "type": _("Type"),
    "country": _("Country"),
    "year": _("Year"),
    "language": _("Language"),
    "policy_area": _("Policy area"),
}


def type_labels():
    labels = {}
    for content in searchable():
        labels[content_type_of(content.model)] = content.label
        labels.update(content.type_labels)
    return labels


def labelled(facets, filters):
    """Facets as the page lists them: (name, title, [(value, label, count,
    chosen)]), chosen values kept even when nothing matches them now."""
    areas = {
        area.slug: area.name
        for area in PolicyArea.objects.filter(
            slug__in=[value for value, _count in facets.get("policy_area", [])]
            + filters.get("policy_area", []),
            locale=Locale.get_active(),
        )
    }
    names = {
        "type": type_labels(),
        "country": dict(Country.choices),
        "language": dict(settings.LANGUAGES),
        "policy_area": areas,
    }
    listed = []
    for name, title in TITLES.items():
        counts = dict(facets.get(name, []))
        for value in filters.get(name, []):
            counts.setdefault(value, 0)
        if not counts:
            continue
        if name == "year":
            ordered = sorted(counts.items(), reverse=True)
        else:
            ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        listed.append(
            (
                name,
                title,
                [
                    (
                        value,
                        names.get(name, {}).get(value, value),
                        count,
                        value in filters.get(name, []),
                    )
                    for value, count in ordered
                ],
            )
        )
    return listed
