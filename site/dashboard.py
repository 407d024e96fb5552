"""The shell's panel on the admin dashboard: what waits for a translation,
among the pages and snippets the person may change."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from iris_site.queries import (
    page_translation_gaps,
    snippet_translation_gaps,
    translatable_snippet_models,
)

ROWS = 10


def may_translate(user):
    """Whoever may change some page or some translatable snippet translates it."""
    return PagePermissionPolicy().user_has_permission(user, "change") or bool(
        translatable_snippet_models(user)
    )


class TranslationGapsPanel(Component):
    """The first published pages a language lacks or whose translation is out
    of date, how many there are, and per language the snippets it lacks: in a
    fixed number of queries, whatever the size of the site."""

    name = "translation_gaps"
    order = 70
    template_name = "iris_site/admin/translation_gaps.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        locales = list(Locale.objects.order_by("language_code"))
        pages, total = page_translation_gaps(self.user, locales, ROWS)
        return {
            "title": _("Translations waiting"),
            "pages": [
                {
                    "gap": gap,
                    "status_url": reverse("iris_translation_status", args=[gap.page_id]),
                    "translate_url": reverse(
                        "wagtail_localize:submit_page_translation", args=[gap.page_id]
                    ),
                }
                for gap in pages
            ],
            "more": total - len(pages),
            "snippets": [
                {
                    "model": model._meta.verbose_name_plural,
                    "locale": locale,
                    "count": count,
                    "url": reverse(model.snippet_viewset.get_url_name("list")),
                }
                for model, locale, count in snippet_translation_gaps(self.user, locales)
            ],
        }
