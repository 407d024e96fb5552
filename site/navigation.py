"""The main navigation and the language switcher, built from the project hooks
and the page tree in a fixed number of queries."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site

from iris_site import hooks, languages, page_cache


def navigation_items(request):
    """The NAVIGATION contributions that have somewhere to go, in order; the
    links are worked out once per language and change to the page tree."""
    links = page_cache.site_cached(
        request,
        f"navigation:{request.get_host()}:{translation.get_language()}",
        lambda: [(str(item["label"]), item["url"]) for item in _navigation_items(request)],
    )
    return [
        {"label": label, "url": url, "current": request.path.startswith(url)}
        for label, url in links
    ]


def _navigation_items(request):
    declared = hooks.ordered(hooks.NAVIGATION)
    page_models = [item.page_model for item in declared if item.page_model is not None]
    first_page_by_type = {}
    if page_models:
        pages = (
            Page.objects.live()
            .public()
            .type(*page_models)
            .filter(locale=Locale.get_active())
            .order_by("path")
        )
        for page in pages:
            first_page_by_type.setdefault(page.content_type_id, page)
    items = []
    for item in declared:
        if item.page_model is not None:
            content_type = ContentType.objects.get_for_model(item.page_model)
            page = first_page_by_type.get(content_type.id)
            if page is None:
                continue
            url = page.get_url(request)
        else:
            url = reverse(item.url_name)
        items.append({"label": item.label, "url": url, "current": request.path.startswith(url)})
    return items


def site_name(request):
    """The site's name in the reader's language: the title of the home page
    of that language (or of the nearest one), as its heading shows it."""
    return page_cache.site_cached(
        request,
        f"site-name:{request.get_host()}:{translation.get_language()}",
        lambda: _site_name(request),
    )


def _site_name(request):
    site = Site.find_for_request(request)
    home = site and languages.readers_version(
        site.root_page.get_translations(inclusive=True).live().select_related("locale")
    )
    return home.title if home else gettext("IRIS Dialogue")


def language_links(request, page=None):
    """One link per language: the translation of ``page`` where one is live,
    else ``page`` in the nearest language under that language's prefix,
    with its note; for views outside the page tree, the same address under
    the other language's prefix."""
    current = translation.get_language()
    targets = page_languages(request, page)["switcher"] if page is not None else {}
    links = []
    for code, name in settings.LANGUAGES:
        url = targets.get(code) or translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


def page_languages(request, page):
    """What the header says of ``page``'s languages, worked out once per
    change to the page tree: ``switcher``, the address each language's reader
    is sent to, and ``alternates``, the versions really in another language."""
    if not isinstance(page, Page):
        return {"switcher": {}, "alternates": []}
    if page.pk is None:  # a preview of a page not yet saved
        return build_page_languages(request, page)
    return page_cache.site_cached(
        request,
        f"page-languages:{request.get_host()}:{page.pk}",
        lambda: build_page_languages(request, page),
    )


def build_page_languages(request, page):
    versions = list(page.get_translations(inclusive=True).live().select_related("locale"))
    return {
        "switcher": translation_urls(request, page, versions),
        "alternates": alternates(request, versions),
    }


def translation_urls(request, page, versions):
    """``{language code: url}``: for each language, the version of ``page``
    its reader is shown (``languages.readers_version``) at its address for
    that reader."""
    targets = {}
    for code, _name in settings.LANGUAGES:
        version = languages.readers_version(versions, code)
        if version is not None:
            targets[code] = languages.url_in_language(version, code, request)
    return targets


def alternates(request, versions):
    """``[(hreflang, full url)]`` of the live ``versions`` of one page, one per
    language, and ``x-default``: the version in the site's default language,
    else the first written; empty for a page in one language only."""
    if len(versions) < 2:
        return []
    by_language = {version.locale.language_code: version for version in versions}
    default = by_language.get(settings.LANGUAGE_CODE) or min(versions, key=lambda page: page.pk)
    links = [
        (code, by_language[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in by_language
    ]
    return [*links, ("x-default", default.get_full_url(request))]
