"""The shell's panels on the admin dashboard: what waits for a translation,
among the pages and snippets the person may change, and the background tasks
that failed or wait for a worker."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from iris_site.permissions import task_results
from iris_site.queries import (
    page_translation_gaps,
    snippet_translation_gaps,
    task_troubles,
    translatable_snippet_models,
)

ROWS = 10
# A due task older than this means no worker is taking tasks.
WORKER_LATE = timedelta(minutes=10)


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


class TaskTroublesPanel(Component):
    """Background tasks that failed, with their error, and due tasks that no
    worker has taken for a while; shown only when there are any."""

    name = "task_troubles"
    order = 20
    template_name = "iris_site/admin/task_troubles.html"

    def __init__(self, troubles):
        self.troubles = troubles

    @classmethod
    def for_user(cls, user):
        """The panel, if ``user`` may see background tasks and any are in trouble."""
        if not task_results.user_has_permission(user, "view"):
            return None
        troubles = task_troubles(ROWS, timezone.now() - WORKER_LATE)
        return cls(troubles) if troubles else None

    def get_context_data(self, parent_context=None):
        return {
            "troubles": self.troubles,
            "late_minutes": int(WORKER_LATE.total_seconds() // 60),
            "more": self.troubles.failed_count - len(self.troubles.failed),
        }
