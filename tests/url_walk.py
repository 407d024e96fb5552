"""Every address the project serves, found from Django's resolver rather than
a hand-kept list, with its parameters filled in: the walk of hostile ids
(tests/test_url_walk.py) and the canary of private content
(tests/test_canary.py) fetch them all.

A route is one URL pattern as a template (``admin/pages/%(page_id)s/edit/``)
and the kind of each parameter (Django's converter: int, id, slug, str, path,
or none for a regular expression). The walk covers every URLconf the root
includes (the language prefix, Wagtail's admin, allauth, the ``PUBLIC_URLS``
contributions) and the sub-page routes of every live ``RoutablePageMixin``
page under that page's address."""

import itertools
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlencode

from django.urls import URLResolver, get_resolver
from django.utils.regex_helper import normalize
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

INT_KINDS = {"IntConverter", "IdConverter"}

# Each pair goes into every parameter of a route: the number into ids, the
# text into the others. Zero, negative, beyond a signed 64-bit column, far
# beyond it, and garbage; a NUL, a terminal escape, very long text. A value
# a route's converter refuses is not sent (it falls through to page serving).
HOSTILE = [(0, "%00"), (-1, "%1b[31m"), (2**63, "x" * 400), (10**30, str(2**63)), ("abc", "abc")]
# A route without parameters differs only in its query string and form.
HOSTILE_FIELDS = [2**63, "%00"]
# Query-string and form names the project's views and Wagtail's read ids from.
HOSTILE_NAMES = [
    "page",
    "p",
    "part",
    "reply_to",
    "after",
    "moderators_after",
    "q",
    "id",
    "parent_page_id",
    "organisation",
    "comments",
    "policy_areas",
    "filters",
    "year",
    "country",
    "ordering",
    "collection_id",
]
# Signing out ends the walk's session: these are left out of the POSTs.
SIGN_OUT = {"account_logout", "wagtailadmin_logout"}
# Faults of Wagtail's own views that no id or bound of the project reaches,
# by method and path: tests/test_url_walk.py checks that they still fail, so
# the upgrade of Wagtail that fixes one says so.
WAGTAIL_FAULTS = {
    ("GET", "/admin/failwhale/"): "Wagtail's test of the 500 page fails on purpose",
    ("POST", "/admin/failwhale/"): "Wagtail's test of the 500 page fails on purpose",
    ("POST", "/admin/choose-external-link/"): "ExternalLinkView.post on an empty form",
    **{
        ("POST", f"/admin/snippets/choose/{model}/create/"): (
            "a snippet chooser's create view posted to by someone who may not add one"
        )
        for model in ["iris_site/policyarea", "accounts/organisation", "accounts/membership"]
    },
}


@dataclass(frozen=True)
class Route:
    template: str
    params: tuple  # ((name, converter or None for a regular expression's group), ...)
    name: str

    def fill(self, values):
        """The path with ``values[name]`` in each parameter."""
        return "/" + self.template % {name: values[name] for name, _converter in self.params}

    def matches(self, values):
        """Whether the route's converters take ``values``: a value they refuse
        falls through to Wagtail's page serving, which is walked on its own."""
        for name, converter in self.params:
            if converter is None:
                continue
            value = unquote(values[name])
            if not re.fullmatch(converter.regex, value):
                return False
            try:
                converter.to_python(value)
            except ValueError:
                return False
        return True


def kind(converter):
    return type(converter).__name__ if converter is not None else ""


def routes(patterns=None, prefix="", converters=None):
    """Every endpoint under ``patterns`` (the root URLconf's by default)."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for entry in patterns:
        regex = prefix + entry.pattern.regex.pattern.removeprefix("^")
        merged = {**(converters or {}), **getattr(entry.pattern, "converters", {})}
        if isinstance(entry, URLResolver):
            yield from routes(entry.url_patterns, regex, merged)
            continue
        for template, names in normalize(regex):
            params = tuple((name, merged.get(name)) for name in names)
            yield Route(template, params, entry.name or entry.lookup_str)


def page_routes():
    """The sub-page routes of every live routable page, under its address."""
    for page in Page.objects.live().specific():
        if isinstance(page, RoutablePageMixin):
            prefix = page.url.lstrip("/").replace("%", "%%")
            for route in routes(page.get_subpage_urls()):
                yield Route(prefix + route.template, route.params, f"{page.url}:{route.name}")


def every_route():
    """The project's routes and the page tree's, each template once."""
    seen = set()
    for route in itertools.chain(routes(), page_routes()):
        if route.template not in seen:
            seen.add(route.template)
            yield route


def hostile_requests(route):
    """(path, data) pairs: every parameter and every id-like query or form
    field set to the same hostile value, one pair per value the route takes
    (a route without parameters: the values that differ in a query string)."""
    pairs = HOSTILE if route.params else [(value, "") for value in HOSTILE_FIELDS]
    for number, text in pairs:
        values = {
            name: str(number if kind(converter) in INT_KINDS else text)
            for name, converter in route.params
        }
        if route.matches(values):
            yield route.fill(values), {name: str(number) for name in HOSTILE_NAMES}


def with_query(path, data):
    return f"{path}?{urlencode(data)}"


@dataclass
class Failure:
    method: str
    path: str
    status: int
    error: str

    def __str__(self):
        return f"{self.method} {self.path[:160]} -> {self.status} {self.error}"


def fetch(client, method, path, data=None):
    """One request; a Failure if the server answered 5xx."""
    client.raise_request_exception = False
    response = client.get(path, data) if method == "GET" else client.post(path, data or {})
    if response.status_code >= 500:
        exc_info = getattr(response, "exc_info", None)
        error = repr(exc_info[1])[:300] if exc_info else ""
        return Failure(method, path, response.status_code, error), response
    return None, response


def site_tree(home_page):
    """A small tree as the demo has it: an index and a page of every feature
    installed, the routable ones (consultations, the directory) among them."""
    from django.apps import apps

    from accounts.tests.factories import organisation_directory

    organisation_directory(home_page)
    if apps.is_installed("consultations"):
        from consultations.tests.factories import (
            CommentFactory,
            ConsultationIndexPageFactory,
            consultation_in,
        )

        index = ConsultationIndexPageFactory(parent=home_page)
        for state in ["open", "report published"]:
            CommentFactory(consultation=consultation_in(state, index))
    if apps.is_installed("hearings"):
        from hearings.tests.factories import HearingIndexPageFactory, HearingPageFactory

        HearingPageFactory(parent=HearingIndexPageFactory(parent=home_page))
    if apps.is_installed("policy_library"):
        from policy_library.tests.factories import (
            LibraryDocumentPageFactory,
            LibraryIndexPageFactory,
        )

        LibraryDocumentPageFactory(parent=LibraryIndexPageFactory(parent=home_page))


def real_paths(route, ids, texts):
    """The route's paths with real ids and texts in its parameters, every
    combination the converters take; a parameter named for pages or revisions
    takes only the ids of pages or revisions."""
    from wagtail.models import Revision

    pools = []
    for name, converter in route.params:
        if kind(converter) not in INT_KINDS:
            pools.append(sorted(texts))
        elif "page" in name:
            pools.append(sorted(Page.objects.filter(pk__in=ids).values_list("pk", flat=True)))
        elif "revision" in name:
            pools.append(sorted(Revision.objects.filter(pk__in=ids).values_list("pk", flat=True)))
        else:
            pools.append(sorted(ids))
    names = [name for name, _converter in route.params]
    for combination in itertools.product(*pools):
        values = {name: str(value) for name, value in zip(names, combination, strict=True)}
        if route.matches(values):
            yield route.fill(values)
