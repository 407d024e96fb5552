"""The project hooks: how a feature app plugs into the site shell.

Wagtail discovers ``wagtail_hooks.py`` in every installed app. Besides Wagtail's
own hooks (admin menu items and viewsets: ``register_admin_menu_item``,
``register_admin_viewset``, ``register_admin_urls``), a feature app implements
the project hooks named here. Each hook function takes no arguments and returns
one declaration (or a list of them); the shell collects them with
``wagtail.hooks.get_hooks`` and the system checks in ``iris_site.checks`` refuse
to start with a malformed one.

``NAVIGATION``     -> NavigationItem: an entry in the main navigation.
``HOME_PANELS``    -> HomePanel: a section of the home page.
``PROFILE_PANELS`` -> ProfilePanel: a section of the signed-in person's profile page.
``RELATED_PANELS`` -> RelatedPanel: what another app relates to a page or an organisation.
``HEADER_PANELS``  -> HeaderPanel: a tool in every page's header (the search box).
``SEARCHABLE``     -> SearchableContent: a page model offered to site search.
``DEMO_CONTENT``   -> DemoContent: a loader run by ``manage.py load_demo``.
``PUBLIC_URLS``    -> PublicUrls: URL patterns mounted under the language prefix.
``WEBSOCKET_URLS`` -> WebsocketUrls: channels URL routes served by the ASGI app.
``HEARING_INPUT``  -> HearingInput: takes a comment made at a public hearing into a consultation.
``API_ROUTERS``    -> ApiRouter: a django-ninja router mounted in the read API at ``/api/v1/``.
``PERSONAL_DATA``  -> PersonalData: what an app holds about a person, to download and to erase.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.dispatch import Signal
from wagtail import hooks

NAVIGATION = "iris_navigation"
HOME_PANELS = "iris_home_panels"
PROFILE_PANELS = "iris_profile_panels"
RELATED_PANELS = "iris_related_panels"
HEADER_PANELS = "iris_header_panels"
SEARCHABLE = "iris_searchable"
DEMO_CONTENT = "iris_demo_content"
PUBLIC_URLS = "iris_public_urls"
WEBSOCKET_URLS = "iris_websocket_urls"
HEARING_INPUT = "iris_hearing_input"
API_ROUTERS = "iris_api_routers"
PERSONAL_DATA = "iris_personal_data"

ALL_HOOKS = (
    NAVIGATION,
    HOME_PANELS,
    PROFILE_PANELS,
    RELATED_PANELS,
    HEADER_PANELS,
    SEARCHABLE,
    DEMO_CONTENT,
    PUBLIC_URLS,
    WEBSOCKET_URLS,
    HEARING_INPUT,
    API_ROUTERS,
    PERSONAL_DATA,
)


@dataclass(frozen=True)
class NavigationItem:
    """A main-navigation entry that links to the first live page of ``page_model``
    in the reader's language, or to the named URL ``url_name``."""

    label: Any
    page_model: type | None = None
    url_name: str | None = None
    order: int = 100


@dataclass(frozen=True)
class HomePanel:
    """A home-page section. ``get_context(request)`` returns the template's
    context, or None to leave the panel out (nothing to show yet)."""

    template_name: str
    get_context: Callable[[Any], dict | None]
    order: int = 100


@dataclass(frozen=True)
class ProfilePanel(HomePanel):
    """A section of the profile page (what the person follows, say);
    ``get_context(request)`` returns None to leave it out."""


@dataclass(frozen=True)
class RelatedPanel(HomePanel):
    """A section that one app adds to another's page about something (the
    hearings of a consultation, the events of an organisation), so neither app
    imports the other. ``get_context(request, subject)`` receives the page or
    the organisation shown and returns None to leave the section out."""


@dataclass(frozen=True)
class HeaderPanel(HomePanel):
    """A tool in the header of every public page (site search's box);
    ``get_context(request)`` returns None to leave it out of a page."""


@dataclass(frozen=True)
class SearchableContent:
    """A page model whose live pages site search covers, with the label that
    names its results. ``document(page)`` returns the page's SearchDocument;
    without it, search reads the title and the model's ``search_fields``.
    ``type_labels`` names the ``SearchDocument.type`` values the documents
    carry (without, the type is the model and ``label`` names it)."""

    model: type
    label: Any
    document: Callable[[Any], "SearchDocument"] | None = None
    type_labels: dict = field(default_factory=dict)


@dataclass
class SearchDocument:
    """What search knows of one page: its text, the text of its files, and the
    values it is counted and filtered by (``type``, ``countries``, ``year``,
    ``policy_areas``; the language is the page's own)."""

    title: str
    summary: str = ""
    body: str = ""
    files: str = ""
    type: str = ""
    countries: Sequence[str] = ()
    year: int | None = None
    policy_areas: Sequence[str] = ()


@dataclass(frozen=True)
class DemoContent:
    """Demo content loaded by ``manage.py load_demo``. ``load(demo)`` receives a
    ``iris_site.seeds.DemoSite`` and must be idempotent. Loaders run in
    ascending ``order``; the shared apps use orders below 100."""

    name: str
    load: Callable[[Any], None]
    order: int = 100


@dataclass(frozen=True)
class PublicUrls:
    """URL patterns mounted under the language prefix at ``prefix``."""

    prefix: str
    urlpatterns: Sequence[Any] = field(default_factory=list)


@dataclass(frozen=True)
class WebsocketUrls:
    """channels URL routes (``path(...)`` to ``Consumer.as_asgi()``)."""

    urlpatterns: Sequence[Any] = field(default_factory=list)


@dataclass(frozen=True)
class HearingInput:
    """Where a comment made at a public hearing goes to be answered: the
    hearings app offers its chair to carry a comment into a consultation the
    hearing is about, and ``take`` does it, so neither app imports the other.

    ``take(page, *, author, organisation, text, hearing)`` receives the page
    the hearing links to (any page: it returns None for one it does not
    know), the comment's author (a user), the organisation they spoke for (or
    None), the text and the hearing's page; it returns what it made, or
    raises ``django.core.exceptions.ValidationError`` with the words that say
    why it will not take the comment. ``accepts(page)`` says whether a page
    is one ``take`` knows."""

    take: Callable[..., Any]
    accepts: Callable[[Any], bool]


@dataclass(frozen=True)
class ApiRouter:
    """A ``ninja.Router`` of read-only operations that the shell mounts in the
    versioned API (``iris_site.api``) at ``/api/v1/<prefix>``. Its operations
    read through the app's queries and permissions as its pages do, answer
    only GET, and list with ``iris_site.api.paginate``."""

    prefix: str
    router: Any


@dataclass(frozen=True)
class PersonalData:
    """What an app holds about a person, for the download of their data and
    the deletion of their account (``accounts.actions.DeleteAccount``).

    ``export(user)`` returns what the app holds about ``user`` as data
    ``DjangoJSONEncoder`` can write (lists and dicts of strings, numbers,
    dates and None), never
    another person's name or e-mail address; the download shows it under
    ``name``. ``erase(user, remove_contributions)`` runs inside the deletion's
    transaction, before the account itself is anonymised: it deletes what
    is private to the person (registrations, subscriptions) and, when
    ``remove_contributions``, takes the text of their public contributions
    out, keeping their place (a tombstone) so that threads and answers stay
    whole. Apps run in ascending ``order``."""

    name: str
    export: Callable[[Any], Any]
    erase: Callable[[Any, bool], None]
    order: int = 100


def hearing_input():
    """The one ``HearingInput`` registered, or None when no app takes hearing input."""
    declared = contributions(HEARING_INPUT)
    return declared[0] if declared else None


# Sent by a feature app when pages' searchable content changed without a
# publish (say, the text of an attached file was read in the background):
# ``searchable_content_changed.send(sender=Model, page_ids=[...])``, after commit.
searchable_content_changed = Signal()


def contributions(hook_name):
    """Every declaration registered for ``hook_name``, flattened, in
    registration order (``INSTALLED_APPS`` order, as Wagtail loads hooks)."""
    declared = []
    for hook in hooks.get_hooks(hook_name):
        result = hook()
        if isinstance(result, list | tuple):
            declared.extend(result)
        else:
            declared.append(result)
    return declared


def ordered(hook_name):
    return sorted(contributions(hook_name), key=lambda item: item.order)


def panels(hook_name, request, *subject):
    """The ``(template_name, context)`` of each panel of ``hook_name`` that has
    something to show, in order; ``RELATED_PANELS`` also get their subject."""
    shown = []
    for panel in ordered(hook_name):
        panel_context = panel.get_context(request, *subject)
        if panel_context is not None:
            shown.append((panel.template_name, panel_context))
    return shown
