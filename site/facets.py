"""Filter choices that say how many items each holds, counted in the database:
the shape every index page's filter form shares (consultations, the library)."""

from django.db.models import Count
from django.utils.translation import gettext


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
