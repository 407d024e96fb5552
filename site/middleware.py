import logging

from django.conf import settings
from django.db import DataError
from django.http import Http404
from django.middleware.locale import LocaleMiddleware
from django.urls import Resolver404
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.views.defaults import bad_request, page_not_found

from iris_site.converters import parse_id

logger = logging.getLogger(__name__)


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set: a browser-feature
    policy and cross-origin isolation of resources."""

    PERMISSIONS_POLICY = (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class HostileIdMiddleware:
    """Bad ids answer 400, never 500, in every view, Wagtail's admin included.

    The project's own URL patterns take ids through ``<id:...>``
    (``iris_site.converters``), so a number out of range is a 404 before any
    view runs. Wagtail's views read ids from ``<str:pk>`` paths and from the
    query string (``?id=`` of its choosers, ``?parent_page_id=``) and pass
    them to the database as they come: "abc" fails Django's conversion, a
    number beyond 64 bits overflows SQLite's driver, PostgreSQL refuses some
    values with a DataError. This catches those failures, and only those, as
    the last line; anything else still fails loudly."""

    ID_QUERY_PARAMETERS = ("id", "parent_page_id")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name in self.ID_QUERY_PARAMETERS:
            if any(parse_id(value) is None for value in request.GET.getlist(name)):
                return bad_request(request, SuspiciousIdError(name))
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_bad_id_error(exception):
            logger.warning("Refused a bad id at %s: %s", request.path, exception)
            return bad_request(request, exception)
        return None


class SuspiciousIdError(ValueError):
    def __init__(self, name):
        super().__init__(f"?{name}= is not an id")


def is_bad_id_error(exception):
    """Whether ``exception`` is a database lookup's refusal of a bad value:
    Django's "Field 'id' expected a number but got 'abc'" (a ValueError or
    TypeError raised from the int() that failed), SQLite's overflow, or a
    value PostgreSQL refuses (a number out of range, a NUL character)."""
    if isinstance(exception, (OverflowError, DataError)):
        return True
    return (
        isinstance(exception, (ValueError, TypeError))
        and str(exception).startswith("Field '")
        and "expected a number but got" in str(exception)
    )


class ApiAwareLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that an answer of the read API
    (``/api/``) is never redirected into a language's prefix: Django sends
    a 404 outside the prefixes to the same path under it, where Wagtail's page
    serving matches every path, so a missing consultation would become a
    redirect to a page instead of the API's JSON 404."""

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)


class NotFoundPageMiddleware:
    """A missing page answers with the site's 404 page in development too:
    Django's debug 404 page lists every URL pattern to whoever asks. Errors
    (500) keep the debug page there; production answers the same as before,
    through Django's ``page_not_found``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.DEBUG and response.status_code == 404 and request.resolver_match is None:
            # No URL pattern matched: Django answered with its debug page.
            return page_not_found(request, Resolver404())
        return response

    def process_exception(self, request, exception):
        if settings.DEBUG and isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None
