"""What a reader sees where their language lacks a translation: every list and
page shows the version in the nearest language (``IRIS_LANGUAGE_FALLBACKS``), else
the original, with a note, rather than hiding it. Every index, home panel,
page route and language switcher picks versions here, the same way."""

from django.conf import settings
from django.db.models import Case, OuterRef, Subquery, Value, When
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Site, TranslatableMixin

from iris_site import page_cache

# The name of each language in the reader's language, for the notes.
LANGUAGE_NAMES = {
    "en": _("English"),
    "sr-latn": _("Serbian (Latin script)"),
    "sr": _("Serbian (Cyrillic script)"),
    "bs": _("Bosnian"),
    "cnr": _("Montenegrin"),
    "mk": _("Macedonian"),
    "sq": _("Albanian"),
    "de": _("German"),
}


def language_name(language_code):
    return LANGUAGE_NAMES.get(language_code) or dict(settings.LANGUAGES)[language_code]


def nearest_languages(language_code=None):
    """The reader's language and the ones they read as easily
    (``IRIS_LANGUAGE_FALLBACKS``), best first."""
    language_code = language_code or translation.get_language()
    return [language_code, *settings.IRIS_LANGUAGE_FALLBACKS.get(language_code, ())]


def preferred_languages(language_code=None):
    """The languages a reader of ``language_code`` is shown, best first: the
    nearest ones, then the site's default language."""
    return list(dict.fromkeys([*nearest_languages(language_code), settings.LANGUAGE_CODE]))


def preference(language_code=None, locale_field="locale__language_code"):
    """A database rank of each row's language for this reader (0 is best);
    a language outside the preferences ranks last."""
    order = preferred_languages(language_code)
    return Case(
        *[When(**{locale_field: code}, then=Value(rank)) for rank, code in enumerate(order)],
        default=Value(len(order)),
    )


def readers_versions(pages, language_code=None):
    """``pages`` narrowed to one version per translation: the reader's, else
    that of the nearest language, else the original (the first one saved).
    Each page comes with its locale, for the note of a page shown in
    another language."""
    chosen = (
        pages.order_by()
        .filter(translation_key=OuterRef("translation_key"))
        .annotate(preference=preference(language_code))
        .order_by("preference", "pk")
        .values("pk")[:1]
    )
    return pages.filter(pk=Subquery(chosen)).select_related("locale")


def readers_version(translations, language_code=None):
    """The version of one page a reader of ``language_code`` is shown, out of
    its ``translations`` (Python objects with their locale), or None."""
    order = preferred_languages(language_code)
    ranked = sorted(
        translations,
        key=lambda page: (
            order.index(page.locale.language_code)
            if page.locale.language_code in order
            else len(order),
            page.pk,
        ),
    )
    return ranked[0] if ranked else None


def language_of(page):
    """The language code of ``page``, or None for a view outside the page
    tree: from its locale where a list loaded it along, else from the site's
    locales kept in the cache, so that a page's own note costs no query."""
    if not isinstance(page, TranslatableMixin):
        return None
    if type(page).locale.is_cached(page):
        return page.locale.language_code
    codes = page_cache.site_cached(
        None, "locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )
    return codes.get(page.locale_id) or page.locale.language_code


def is_shown_in_other_language(page, language_code=None):
    """``page`` is shown to a reader whose language it is not in."""
    page_language = language_of(page)
    return page_language is not None and page_language != (
        language_code or translation.get_language()
    )


def url_in_language(page, language_code, request=None):
    """The address of ``page`` for a reader of ``language_code``: its own where
    it is in that language, else its path under that language's prefix, which
    the home page of that language serves from the page's own tree
    (``HomePage.route``)."""
    if page.locale.language_code == language_code:
        return page.get_url(request)
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    site_id, root_url, _path = parts
    root_path = next(
        root.root_path
        for root in Site.get_site_root_paths()
        if root.site_id == site_id
        and root.language_code == page.locale.language_code
        and page.url_path.startswith(root.root_path)
    )
    with translation.override(language_code):
        path = reverse("wagtail_serve", args=(page.url_path[len(root_path) :],))
    current_site = Site.find_for_request(request) if request is not None else None
    if current_site is not None and current_site.pk == site_id:
        return path
    return root_url + path
