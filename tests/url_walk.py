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
from dataclasses import dataclass, field
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
        for model in [
            "iris_site/policyarea",
            "iris_site/scriptspelling",
            "accounts/organisation",
            "accounts/membership",
            "accounts/organisationdescription",
            "hearings/person",
            "hearings/personrole",
            "hearings/memberofparliament",
            "peer_reviews/peerreview",
            "peer_reviews/framework",
            "peer_reviews/standard",
        ]
    },
}


@dataclass(frozen=True)
class Route:
    template: str
    params: tuple  # ((name, converter or None for a regular expression's group), ...)
    name: str
    # The model the view serves, when it says (a ViewSet's, a class view's), and
    # the URL namespace: the canary fills ``pk`` with that model's ids.
    model: type = field(default=None, compare=False)
    namespace: str = field(default="", compare=False)

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


def view_model(callback):
    """The model a view names: a ViewSet's views are built with it, a class
    view or a REST framework ViewSet may carry it."""
    view_class = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
    initkwargs = getattr(callback, "view_initkwargs", None) or getattr(callback, "initkwargs", {})
    for candidate in [
        initkwargs.get("model"),
        getattr(initkwargs.get("viewset"), "model", None),
        getattr(view_class, "model", None),
    ]:
        if isinstance(candidate, type):
            return candidate
    return None


def routes(patterns=None, prefix="", converters=None, namespace=""):
    """Every endpoint under ``patterns`` (the root URLconf's by default)."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for entry in patterns:
        regex = prefix + entry.pattern.regex.pattern.removeprefix("^")
        merged = {**(converters or {}), **getattr(entry.pattern, "converters", {})}
        if isinstance(entry, URLResolver):
            yield from routes(entry.url_patterns, regex, merged, entry.namespace or namespace)
            continue
        for template, names in normalize(regex):
            params = tuple((name, merged.get(name)) for name in names)
            yield Route(
                template,
                params,
                entry.name or entry.lookup_str,
                model=view_model(entry.callback),
                namespace=namespace,
            )


def page_routes():
    """The sub-page routes of every live routable page, under its address."""
    for page in Page.objects.live().specific():
        if isinstance(page, RoutablePageMixin):
            prefix = page.url.lstrip("/").replace("%", "%%")
            for route in routes(page.get_subpage_urls()):
                yield Route(
                    prefix + route.template, route.params, f"{page.url}:{route.name}", route.model
                )


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
    return f"{path}?{urlencode(data, doseq=True)}"


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


# Parameters that name a model other than by its name: the page to move into,
# the pages of the read API (iris_site.api), and ``pk`` on Wagtail's page views
# (routed by page type, so they name no model).
MODEL_OF_NAME = {
    "destination_id": "wagtailcore.Page",
    "consultation_id": "wagtailcore.Page",
    "event_id": "wagtailcore.Page",
    "library_document_id": "wagtailcore.Page",
}
MODEL_OF_NAMESPACE = {"wagtailadmin_pages": "wagtailcore.Page"}
# Parameters that name a model by its app and model name, filled together.
APP_NAMES = {"app_label", "app_name", "content_type_app_name"}
MODEL_NAMES = {"model_name", "content_type_model_name"}
OBJECT_NAMES = {"pk", "object_id"}


class Objects:
    """The private objects a canary is planted in, by model: each is filed
    under its model and every model it inherits from (a consultation under
    ``Page`` too), so a parameter that names pages reaches it. A page's
    parent is filed with the pages: the explorer and the choosers list a
    page from there."""

    def __init__(self, objects):
        self.ids, self.parents = {}, set()
        for instance in objects:
            for model in type(instance).__mro__:
                if getattr(model, "_meta", None) is not None and not model._meta.abstract:
                    self.ids.setdefault(model, set()).add(instance.pk)
            if isinstance(instance, Page):
                self.parents.add(instance.get_parent().pk)
                self.ids[Page].add(instance.get_parent().pk)
        # The id an integer parameter that names no planted kind takes.
        self.any_id = min(pk for ids in self.ids.values() for pk in ids if isinstance(pk, int))

    def model_named(self, param, route, model=None):
        """The model of the planted kinds that ``param`` names: by a word of
        its name (``parent_page_id``, ``revision_id_a``, ``comment_id``), or
        ``pk`` by the model the view serves."""
        from django.apps import apps

        if param in MODEL_OF_NAME:
            return apps.get_model(MODEL_OF_NAME[param])
        if param in OBJECT_NAMES:
            named = model or route.model or MODEL_OF_NAMESPACE.get(route.namespace)
            named = apps.get_model(named) if isinstance(named, str) else named
            return named if named in self.ids else None
        words = set(param.split("_"))
        return next((m for m in self.ids if m._meta.model_name in words), None)


def model_choices(route, objects):
    """The models a route is walked for: each planted kind when the route
    names a model by app and model name, else the one its view serves."""
    names = {name for name, _converter in route.params}
    if names & APP_NAMES and names & MODEL_NAMES:
        return list(objects.ids)
    return [None]


def real_paths(route, objects, texts):
    """The route's paths with real ids and texts in its parameters. A
    parameter naming a planted kind takes every planted id of that kind (all
    combinations of such parameters); one naming another kind takes one id;
    the others take each text with every combination of those ids (the
    texts side by side, not every combination of texts). A route named by
    a model is also asked with the ids in its query string (``query_ids``)."""
    seen = set()
    for model in model_choices(route, objects):
        id_pools, text_pools = {}, {}
        for name, converter in route.params:
            if model is not None and name in APP_NAMES:
                text_pools[name] = [model._meta.app_label]
            elif model is not None and name in MODEL_NAMES:
                text_pools[name] = [model._meta.model_name]
            elif model is not None and name == "action":
                text_pools[name] = bulk_actions(model) or sorted(texts)
            elif named := objects.model_named(name, route, model):
                id_pools[name] = sorted(objects.ids[named])
            elif kind(converter) in INT_KINDS or name in OBJECT_NAMES or name.endswith("_id"):
                id_pools[name] = [objects.any_id]
            else:
                text_pools[name] = sorted(texts)
        words = max([1, *(len(pool) for pool in text_pools.values())])
        for ids, index in itertools.product(itertools.product(*id_pools.values()), range(words)):
            values = dict(zip(id_pools, ids, strict=True))
            values |= {name: pool[index % len(pool)] for name, pool in text_pools.items()}
            values = {name: str(value) for name, value in values.items()}
            if route.matches(values) and (path := route.fill(values)) not in seen:
                seen.add(path)
                yield path, values
                if model is not None:
                    for query in query_ids(objects, model):
                        yield with_query(path, query), values


def bulk_actions(model):
    """The names of Wagtail's bulk actions on ``model`` (publish, move...)."""
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    meta = model._meta
    actions = bulk_action_registry.get_bulk_actions_for_model(meta.app_label, meta.model_name)
    return sorted(action.action_type for action in actions)


def query_ids(objects, model):
    """The query strings of a view that takes its objects as ``?id=``, as
    Wagtail's bulk actions do for the model they are named by: every planted
    object of ``model``, and for pages also "all the children" of each
    planted page's parent."""
    yield {"id": sorted(objects.ids[model])}
    if issubclass(model, Page):
        for parent in sorted(objects.parents):
            yield {"id": "all", "childOf": parent}
