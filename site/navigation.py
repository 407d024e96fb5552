"""The main navigation and the language switcher, built from the project hooks
and the page tree in a fixed number of queries."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Locale, Page

from iris_site import hooks, page_cache


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


def language_links(request, page=None):
    """One link per language: the translation of ``page`` where one is live,
    else that language's home page; for views outside the page tree, the same
    address under the other language's prefix."""
    current = translation.get_language()
    targets = {}
    if page is not None and isinstance(page, Page) and page.pk is None:
        targets = translation_urls(request, page)  # a preview of a page not yet saved
    elif page is not None and isinstance(page, Page):
        targets = page_cache.site_cached(
            request,
            f"language-links:{request.get_host()}:{page.pk}",
            lambda: translation_urls(request, page),
        )
    links = []
    for code, name in settings.LANGUAGES:
        url = targets.get(code) or translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


def translation_urls(request, page):
    """``{language code: url}`` of ``page``'s live translations, else of that
    language's home page."""
    targets = {}
    for translated in page.get_translations(inclusive=True).live().select_related("locale"):
        targets[translated.locale.language_code] = translated
    missing = [code for code, _name in settings.LANGUAGES if code not in targets]
    if missing:
        homes = Page.objects.live().filter(depth=2, locale__language_code__in=missing)
        for home in homes.select_related("locale"):
            targets.setdefault(home.locale.language_code, home)
    return {code: target.get_url(request) for code, target in targets.items()}
