"""The shell's panel on the admin dashboard: the published pages that wait
for a translation (accounts shows it to editors)."""

from django.db.models import Count, Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page


def translation_gaps():
    """(locale, count) for each language: the published pages, in whatever
    language they were written, with no version in that language, counted
    in one query."""
    locales = list(Locale.objects.order_by("language_code"))
    if not locales:
        return []
    counts = (
        Page.objects.live()
        .filter(depth__gt=1)
        .aggregate(
            **{
                f"locale_{locale.pk}": Count(
                    "translation_key",
                    distinct=True,
                    filter=~Exists(
                        Page.objects.filter(
                            translation_key=OuterRef("translation_key"), locale=locale
                        )
                    ),
                )
                for locale in locales
            }
        )
    )
    return [(locale, counts[f"locale_{locale.pk}"]) for locale in locales]


class TranslationGapsPanel(Component):
    """Per language, how many published pages still wait for a translation."""

    name = "translation_gaps"
    order = 70
    template_name = "iris_site/admin/translation_gaps.html"

    def get_context_data(self, parent_context=None):
        gaps = translation_gaps()
        return {
            "title": _("Pages not yet translated"),
            "gaps": [(locale, count) for locale, count in gaps if count],
        }
