"""The canary kit: a unique string planted in every kind of private object,
then looked for in every answer the site gives to those who may not see it
(tests/test_canary.py).

A feature app adds its private kinds with a planter in ``<app>/tests/canary.py``:

    from tests.canary import Planted, planter

    @planter
    def plant_peer_review_drafts(home_page, canary):
        review = ...  # an unpublished review whose text holds canary("peer review draft")
        return Planted(objects={review}, hidden_from={review.text: ROLES})

``canary(kind)`` returns the string to plant, unique to the kind, so a leak
names what leaked. The planter returns the objects (the walk puts their ids
into every parameter that names their model: ``comment_id``, ``page_id``, a
ViewSet's ``pk``; tests/url_walk.py), the texts other parameters take, and
the roles that may not see each canary."""

import importlib
import importlib.util
import secrets
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings

# The people who may see less than everything, as test_canary.py builds them.
ANONYMOUS = "anonymous"
CSO_MEMBER = "CSO member of another organisation"
OTHER_OFFICIAL = "official of another institution"
MODERATOR = "moderator"
ROLES = frozenset({ANONYMOUS, CSO_MEMBER, OTHER_OFFICIAL, MODERATOR})

PLANTERS = []


def planter(function):
    """Register ``function(home_page, canary) -> Planted`` with the kit."""
    PLANTERS.append(function)
    return function


@dataclass
class Planted:
    # the private objects (model instances), reached by their ids
    objects: set = field(default_factory=set)
    texts: set = field(default_factory=set)
    # canary string -> the roles that may not see it
    hidden_from: dict = field(default_factory=dict)
    # the addresses of the live sockets joined (every stream from its first event)
    sockets: set = field(default_factory=set)

    def merge(self, other):
        self.objects |= other.objects
        self.texts |= other.texts
        self.hidden_from.update(other.hidden_from)
        self.sockets |= other.sockets
        return self


class Canaries:
    """One unique string per kind of private object, noted as it is handed out."""

    def __init__(self):
        self.token = secrets.token_hex(6)
        self.kinds = {}

    def __call__(self, kind):
        # Numbered at a fixed width: kind 1 is no prefix of kind 14, so one
        # shown to those who may see it is not taken for the other leaking.
        word = f"CANARY{self.token}{len(self.kinds):03d}"
        self.kinds[word] = kind
        return word


def load_planters():
    """Import ``<app>.tests.canary`` of every installed project app that has one."""
    for app in [*settings.SHARED_APPS, *settings.FEATURE_APPS]:
        if apps.is_installed(app) and importlib.util.find_spec(f"{app}.tests.canary"):
            importlib.import_module(f"{app}.tests.canary")
    return PLANTERS


def plant_everything(home_page):
    canaries = Canaries()
    planted = Planted()
    for function in load_planters():
        planted.merge(function(home_page, canaries))
    return planted, canaries
