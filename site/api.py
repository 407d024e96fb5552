"""The read API: one versioned django-ninja API at ``/api/v1/`` that mounts the
router of every installed feature app (the ``API_ROUTERS`` hook), with its
OpenAPI 3 schema at ``/api/v1/openapi.json``, and what every router shares:
cursor pagination, the refusal of unknown query parameters and the rate limit
of anonymous readers (docs/api.md).

It serves what the public pages show to an anonymous reader, read through
each app's queries and permissions: nothing a signed-in person sees beyond
that, so its answers are the same for everyone.
"""

from functools import wraps
from typing import Annotated, Generic, TypeVar

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext
from ninja import Field, NinjaAPI, Schema
from ninja.params.models import QueryModel
from ninja.throttling import AnonRateThrottle
from rest_framework import throttling as rest_framework_throttling
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction

from iris_site import hooks
from iris_site.converters import LARGEST_ID, parse_id
from iris_site.geography import Country
from iris_site.queries import policy_area_keys

VERSION = "1"
MAX_LIMIT = 100
CURSOR_SALT = "iris_site.api.cursor"

Item = TypeVar("Item")

# An id in a path: out of range is a 422 before any query.
Id = Annotated[int, Field(ge=1, le=LARGEST_ID)]


class Problem(Schema):
    """What every refused request answers: why, in words."""

    detail: str


class ListQuery(Schema):
    """The paging parameters of every list: ``cursor`` as the last page gave
    it (``next``), ``limit`` items a page."""

    cursor: str | None = Field(
        None, max_length=2000, description="The `next` cursor of the previous page."
    )
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description="Items a page, at most 100.")


class PageFilters(ListQuery):
    """The filters that every list of pages shares."""

    country: Country | None = None
    policy_area: str | None = Field(None, max_length=120, description="A policy area's slug.")
    language: str | None = Field(
        None, max_length=16, description="A language code of the site: `en`, `sr-latn`."
    )


def filter_pages(pages, filters, country="country"):
    """``pages`` narrowed by ``PageFilters``; ``country`` is the lookup of a
    page's country. Lookups through many-to-many relations go in a subquery,
    so that no page comes twice."""

    def having(**lookup):
        return pages.filter(pk__in=pages.model.objects.filter(**lookup).values("pk"))

    if filters.country:
        pages = having(**{country: filters.country})
    if filters.policy_area:
        pages = having(policy_areas__translation_key__in=policy_area_keys(filters.policy_area))
    if filters.language:
        pages = pages.filter(locale__language_code=filters.language)
    return pages


def slug_or_id(relation, value):
    """The condition that the organisation at ``relation`` has the slug or
    the id ``value``: filters take either."""
    organisation_id = parse_id(value)
    if organisation_id is None:
        return Q(**{f"{relation}__slug": value})
    return Q(**{f"{relation}__pk": organisation_id})


class Listing(Schema, Generic[Item]):
    """One page of a list, and the cursor of the next (null on the last)."""

    items: list[Item]
    next: str | None


class PageOut(Schema):
    """What every page the API lists says of itself: ``translation_key`` is
    shared by its versions in the other languages."""

    id: int
    title: str
    slug: str
    language: str
    translation_key: str
    url: str | None

    @staticmethod
    def resolve_language(page):
        return page.locale.language_code

    @staticmethod
    def resolve_translation_key(page):
        return str(page.translation_key)


class OrganisationRef(Schema):
    """An organisation as other items name it; its profile is at ``/organisations/{id}``."""

    id: int
    slug: str
    name: str

    @staticmethod
    def resolve_name(organisation):
        return organisation.localized_name


class BadCursorError(ValueError):
    """A cursor that no list of this API gave: altered, or cut short."""


# Every operation may answer these, besides its 200.
ERRORS = {400: Problem, 404: Problem, 429: Problem}


def _field(model, name):
    return model._meta.pk if name == "pk" else model._meta.get_field(name)


def _cursor_after(item, ordering):
    names = [name.lstrip("-") for name in ordering]
    model = type(item)
    values = [_field(model, name).value_to_string(item) for name in names]
    return signing.dumps(values, salt=CURSOR_SALT, compress=True)


def _after(model, ordering, cursor):
    """The condition "after the item the cursor was made at" in ``ordering``
    (keyset paging: a page is as quick to read at the end as at the start,
    and an item added meanwhile moves no other to another page)."""
    try:
        values = signing.loads(cursor, salt=CURSOR_SALT)
    except signing.BadSignature as error:
        raise BadCursorError from error
    if not isinstance(values, list) or len(values) != len(ordering):
        raise BadCursorError
    names = [name.lstrip("-") for name in ordering]
    try:
        values = [
            _field(model, name).to_python(value) for name, value in zip(names, values, strict=True)
        ]
    except (ValidationError, TypeError, ValueError) as error:  # from another list
        raise BadCursorError from error
    condition = Q()
    equal = {}
    for name, descending, value in zip(
        names, [n.startswith("-") for n in ordering], values, strict=True
    ):
        condition |= Q(**equal, **{f"{name}__{'lt' if descending else 'gt'}": value})
        equal[name] = value
    return condition


def paginate(items, query, ordering):
    """One page of the queryset ``items`` in ``ordering`` (names of non-null
    fields, the last one unique, ``pk`` say), from ``query.cursor``."""
    items = items.order_by(*ordering)
    if query.cursor:
        items = items.filter(_after(items.model, ordering, query.cursor))
    page = list(items[: query.limit + 1])
    more = len(page) > query.limit
    page = page[: query.limit]
    return {"items": page, "next": _cursor_after(page[-1], ordering) if more else None}


class AnonymousReaders(AnonRateThrottle):
    """Anonymous readers' requests a client address may make, as
    ``IRIS_API_RATE_LIMIT`` says ("120/m"), counted in the default cache
    (Redis in production): beyond it, 429 with ``Retry-After``."""

    def __init__(self):
        super().__init__(rate=settings.IRIS_API_RATE_LIMIT)

    def allow_request(self, request):
        # Read at each request, so that a changed setting applies at once.
        self.num_requests, self.duration = self.parse_rate(settings.IRIS_API_RATE_LIMIT)
        return super().allow_request(request)

    def wait(self):
        """Seconds until a request is allowed again; ninja's answers None
        when the history is longer than a lowered limit: then, the oldest's expiry."""
        return super().wait() or self.duration - (self.now - self.history[-1])


def _query_names(operation):
    names = set()
    for model in operation.models:
        if issubclass(model, QueryModel):
            flattened = getattr(model, "__ninja_flatten_map__", None)
            names |= set(flattened or {}) or {
                field.alias or name for name, field in model.model_fields.items()
            }
    return names


def refuse_unknown_parameters(run):
    """A query parameter the operation does not know is refused with 400, not
    ignored: a misspelt filter would otherwise return the whole list. So is
    a NUL character in any value, which no filter matches and PostgreSQL
    refuses to compare."""
    operation = run.__self__
    known = _query_names(operation)

    @wraps(run)
    def checked(request, *args, **kwargs):
        unknown = sorted(set(request.GET) - known)
        if unknown:
            detail = gettext("Unknown query parameter: %(names)s.") % {"names": ", ".join(unknown)}
        elif any("\x00" in value for _name, values in request.GET.lists() for value in values):
            detail = gettext("Query parameters cannot contain NUL characters.")
        else:
            return run(request, *args, **kwargs)
        return operation.api.create_response(request, {"detail": detail}, status=400)

    return checked


def build():
    """The API of the installed apps, built once by the URLconf."""
    api = NinjaAPI(
        title="IRIS Dialogue API",
        version=VERSION,
        description=(
            "Read-only public data of IRIS Dialogue: consultations, their published "
            "comments and answers, events, peer-review summaries, library documents "
            "and organisations. See docs/api.md."
        ),
        urls_namespace="api-v1",
        openapi_url="/openapi.json",
        docs_url=None,
        throttle=[AnonymousReaders()],
    )

    @api.exception_handler(BadCursorError)
    def bad_cursor(request, error):
        return api.create_response(
            request, {"detail": gettext("The cursor is not one this list gave.")}, status=400
        )

    api.add_decorator(refuse_unknown_parameters, mode="view")
    for contribution in hooks.contributions(hooks.API_ROUTERS):
        api.add_router(contribution.prefix, contribution.router)
    return api


class AnonymousReadersOfWagtail(rest_framework_throttling.AnonRateThrottle):
    """The same limit for Wagtail's API (Django REST framework), read at each request."""

    def get_rate(self):
        return settings.IRIS_API_RATE_LIMIT


def _public_collections(items):
    """``items`` outside every collection with a view restriction (and those below it)."""
    restricted = Q()
    for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
        restricted |= Q(collection__path__startswith=path)
    return items.exclude(restricted) if restricted else items


class PagesEndpoint(PagesAPIViewSet):
    throttle_classes = [AnonymousReadersOfWagtail]


class ImagesEndpoint(ImagesAPIViewSet):
    throttle_classes = [AnonymousReadersOfWagtail]

    def get_queryset(self):
        return _public_collections(super().get_queryset())


class DocumentsEndpoint(DocumentsAPIViewSet):
    throttle_classes = [AnonymousReadersOfWagtail]

    def get_queryset(self):
        return _public_collections(super().get_queryset())


def wagtail_api():
    """Wagtail's read-only API v2 of live public pages, images and documents
    outside private collections, at ``/api/wagtail/v2/``."""
    router = WagtailAPIRouter("wagtailapi")
    router.register_endpoint("pages", PagesEndpoint)
    router.register_endpoint("images", ImagesEndpoint)
    router.register_endpoint("documents", DocumentsEndpoint)
    return router
