"""What waits for a translation: the published pages a language lacks or
whose source was published again since its translation was last synced, and
the translatable snippets a language lacks. The dashboard panel and a page's
translation status read them, each in a fixed number of queries."""

from dataclasses import dataclass

from django.db.models import BooleanField, Count, Exists, IntegerField, OuterRef, Value
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

from iris_site.models import PolicyArea


@dataclass(frozen=True)
class PageGap:
    page_id: int
    title: str
    locale: Locale
    out_of_date: bool


def editable_pages(user):
    """The published pages ``user`` may change, as Wagtail's page permissions say."""
    return (
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .live()
        .filter(depth__gt=1)
    )


def _in_locale(locale):
    return Page.objects.filter(translation_key=OuterRef("translation_key"), locale=locale)


def _page_gaps(pages, locales):
    """One statement: per language, the pages of ``pages`` it lacks (each
    original once: the first saved of its translations) and those whose
    translation into it is out of date (the source published since
    wagtail-localize last synced it)."""
    originals = pages.filter(
        ~Exists(
            Page.objects.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk"))
        )
    )
    selects = []
    for locale in locales:
        columns = {"target": Value(locale.pk, IntegerField())}
        missing = originals.filter(~Exists(_in_locale(locale))).annotate(
            **columns, out_of_date=Value(False, BooleanField())
        )
        out_of_date = (
            pages.exclude(locale=locale)
            .filter(
                Exists(_in_locale(locale)),
                Exists(
                    Translation.objects.filter(
                        source__object_id=OuterRef("translation_key"),
                        source__locale=OuterRef("locale"),
                        source__last_updated_at__lt=OuterRef("last_published_at"),
                        target_locale=locale,
                        enabled=True,
                    )
                ),
            )
            .annotate(**columns, out_of_date=Value(True, BooleanField()))
        )
        for gaps in (missing, out_of_date):
            selects.append(
                gaps.order_by().values("pk", "title", "target", "out_of_date", "last_published_at")
            )
    return selects[0].union(*selects[1:], all=True)


def page_translation_gaps(user, locales, limit):
    """(the first ``limit`` gaps, newest published first, and how many there
    are) among the pages ``user`` may change, in two queries."""
    if not locales:
        return [], 0
    by_pk = {locale.pk: locale for locale in locales}
    gaps = _page_gaps(editable_pages(user), locales)
    rows = [
        PageGap(row["pk"], row["title"], by_pk[row["target"]], row["out_of_date"])
        for row in gaps.order_by("-last_published_at", "pk", "target")[:limit]
    ]
    return rows, gaps.count()


def page_translation_status(page):
    """Each language of the site and where ``page`` stands in it: ``"missing"``,
    ``"out of date"`` or ``"up to date"`` (its own language included)."""
    locales = list(Locale.objects.order_by("language_code"))
    pages = Page.objects.live().filter(translation_key=page.translation_key)
    if not locales:
        return []
    gaps = {(row["target"], row["out_of_date"]) for row in _page_gaps(pages, locales)}
    return [
        (
            locale,
            "out of date"
            if (locale.pk, True) in gaps
            else "missing"
            if (locale.pk, False) in gaps
            else "up to date",
        )
        for locale in locales
    ]


def translatable_snippet_models(user):
    """The translatable snippet models ``user`` may change, by verbose name."""
    return sorted(
        (
            model
            for model in get_snippet_models()
            if issubclass(model, TranslatableMixin)
            and user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
        ),
        key=lambda model: str(model._meta.verbose_name_plural),
    )


def snippet_translation_gaps(user, locales):
    """(model, locale, count) of the snippets each language lacks, one query
    per translatable snippet model ``user`` may change."""
    gaps = []
    for model in translatable_snippet_models(user):
        counts = model.objects.aggregate(
            **{
                f"locale_{locale.pk}": Count(
                    "translation_key",
                    distinct=True,
                    filter=~Exists(
                        model.objects.filter(
                            translation_key=OuterRef("translation_key"), locale=locale
                        )
                    ),
                )
                for locale in locales
            }
        )
        gaps += [
            (model, locale, counts[f"locale_{locale.pk}"])
            for locale in locales
            if counts[f"locale_{locale.pk}"]
        ]
    return gaps


@dataclass
class TaskTroubles:
    failed: list
    failed_count: int
    waiting_count: int

    def __bool__(self):
        return bool(self.failed_count or self.waiting_count)


def task_troubles(limit, waiting_since):
    """The newest ``limit`` failed background tasks, how many failed in all,
    and how many due tasks have waited since before ``waiting_since`` (no
    worker is taking them): two queries."""
    return TaskTroubles(
        failed=list(DBTaskResult.objects.failed().order_by("-finished_at")[:limit]),
        failed_count=DBTaskResult.objects.failed().count(),
        waiting_count=DBTaskResult.objects.ready().filter(enqueued_at__lt=waiting_since).count(),
    )


def policy_area_keys(slug):
    """The translation keys of the policy area that ``slug`` names in any
    language: pages link to the area in their own language."""
    return PolicyArea.objects.filter(slug=slug).values("translation_key")
