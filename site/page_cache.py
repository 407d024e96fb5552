"""Anonymous readers' pages, served from the cache (Redis in production, local
memory on one machine) with Django's cache helpers.

A page is stored only when nothing in it is personal: an anonymous GET that
answered 200 with HTML, set no cookie, used no CSRF token and did not say
``private``. Only readers without a session or flash-message cookie are
served from the store, so a signed-in reader, a form and a CSRF token never
come from it.

Each stored page names the *generations* it was built under: ``site`` for
every page (bumped when the page tree changes: publish, unpublish, move,
delete, a translation published; and when a policy area changes), and whatever a view adds with
``depends_on`` (a consultation adds its own, bumped by each of its events).
Bumping a generation writes a new random value: every process sees it through
the shared cache, no key is deleted, and a page built while the change
committed is stored under the old value, so it is never served."""

import hashlib
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    set_response_etag,
)
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

SITE = "site"
FRAGMENT_TIMEOUT = 24 * 60 * 60
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
NOT_STORED = ("private", "no-store", "no-cache")


def _cache():
    return caches[settings.IRIS_PAGE_CACHE["CACHE"]]


def _generation_key(tag):
    return f"iris:page-cache:generation:{tag}"


def generations(tags):
    """``{tag: generation}`` now; a tag never bumped (or evicted) gets one."""
    cache = _cache()
    keys = {tag: _generation_key(tag) for tag in tags}
    found = cache.get_many(keys.values())
    missing = [key for key in keys.values() if key not in found]
    for key in missing:
        cache.add(key, uuid.uuid4().hex, timeout=None)
    if missing:
        found.update(cache.get_many(missing))
    return {tag: found.get(key) for tag, key in keys.items()}


def invalidate(*tags):
    """Every stored page that depends on one of ``tags`` is built afresh for its next reader."""
    _cache().set_many({_generation_key(tag): uuid.uuid4().hex for tag in tags}, timeout=None)


def invalidate_on_commit(*tags):
    """``invalidate`` now, and again once the current transaction commits: a
    page built between the two (from the data before the commit) is stored
    under a generation the second bump retires."""
    invalidate(*tags)
    transaction.on_commit(lambda: invalidate(*tags), robust=True)


def site_cached(request, name, build):
    """``build()``, kept in the cache until the page tree changes (``request`` may be None): what every
    page repeats (navigation, the language switcher) is worked out once per
    change rather than once per request."""
    built = getattr(request, "page_cache", None)
    if built is not None:
        generation = built.generations[SITE]
    elif request is None:
        # Outside a request (a template tag given no request).
        generation = generations([SITE])[SITE]
    else:
        # Not a page the middleware stores: the generation is read once for
        # all the fragments of the request.
        if not hasattr(request, "site_generations"):
            request.site_generations = generations([SITE])
        generation = request.site_generations[SITE]
    key = f"iris:page-cache:fragment:{generation}:{name}"
    value = _cache().get(key)
    if value is None:
        value = build()
        _cache().set(key, value, timeout=FRAGMENT_TIMEOUT)
    return value


def site_changed(**kwargs):
    """Receiver of the page tree's changes: navigation, lists and the language
    switcher of every page may show the page that changed."""
    from iris_site.models import PolicyArea

    instance = kwargs.get("instance")
    if kwargs.get("signal") is post_delete and not isinstance(
        instance, Page | PageViewRestriction | PolicyArea
    ):
        return
    invalidate_on_commit(SITE)


def connect_receivers():
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(site_changed, dispatch_uid=f"iris_site.page_cache.{id(signal)}")
    # Deleted pages, and pages made private or public again.
    post_delete.connect(site_changed, dispatch_uid="iris_site.page_cache.post_delete")
    post_save.connect(
        site_changed, sender=PageViewRestriction, dispatch_uid="iris_site.page_cache.restriction"
    )
    # Policy areas name the filters of every index (kept in the cache).
    post_save.connect(
        site_changed, sender="iris_site.PolicyArea", dispatch_uid="iris_site.page_cache.area"
    )


def depends_on(request, *tags):
    """The page being built shows what ``tags`` stand for: store it under their generations."""
    built = getattr(request, "page_cache", None)
    if built is not None:
        built.generations.update(generations(tags))


@dataclass
class Build:
    """What the middleware knows of a page while the view builds it."""

    key: str
    generations: dict


class PageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache, store them when
    they hold nothing personal, and answer conditional requests with 304.
    Sits after the security and static-file middleware (a cached page still
    gets their headers and https redirect) and before sessions."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.IRIS_PAGE_CACHE["TIMEOUT"]
        self.excluded = tuple(settings.IRIS_PAGE_CACHE["EXCLUDE"])

    def __call__(self, request):
        if not self.timeout or request.path.startswith(self.excluded):
            return self.get_response(request)
        if not self.may_serve(request):
            return self.personal(self.get_response(request))
        key = self.key(request)
        entry = _cache().get(key)
        if entry is not None and generations(entry["generations"]) == entry["generations"]:
            return self.from_entry(request, entry)
        request.page_cache = Build(key, generations([SITE]))
        response = self.get_response(request)
        if not self.may_store(request, response):
            return self.personal(response)
        set_response_etag(response)
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        _cache().set(
            key,
            {
                "generations": request.page_cache.generations,
                "headers": list(response.items()),
                "content": response.content,
            },
            timeout=self.timeout,
        )
        response["X-Page-Cache"] = "miss"
        return get_conditional_response(request, etag=response["ETag"], response=response)

    @staticmethod
    def may_serve(request):
        return (
            request.method == "GET"
            and "HTTP_AUTHORIZATION" not in request.META
            and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
        )

    @staticmethod
    def may_store(request, response):
        control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith("text/html")
            and not any(word in control for word in NOT_STORED)
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.user.is_authenticated
        )

    @staticmethod
    def key(request):
        """The page's address, host and query string included (the language is
        its first segment); ``build_absolute_uri`` refuses a host not allowed."""
        address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
        return f"iris:page-cache:page:{address}"

    @staticmethod
    def from_entry(request, entry):
        response = HttpResponse(entry["content"])
        for name, value in entry["headers"]:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return get_conditional_response(request, etag=response["ETag"], response=response)

    @staticmethod
    def personal(response):
        """A page built for one reader: no shared cache keeps it."""
        if "Cache-Control" not in response and not response.streaming:
            add_never_cache_headers(response)
        return response
