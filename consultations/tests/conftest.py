import pytest

from accounts.tests.factories import InstitutionFactory
from consultations.tests.factories import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    days_from_now,
)
from iris_site.models import PolicyArea


@pytest.fixture
def index(home_page):
    """The English consultation index, published under the home page."""
    return ConsultationIndexPageFactory(parent=home_page)


@pytest.fixture
def closed_consultation(index):
    """A consultation whose period is over: the institution answers now."""
    return ConsultationPageFactory(parent=index, closed=True)


@pytest.fixture
def regional_consultations(index, locales):
    """Three consultations filed by country, institution and policy area, as
    the index and the feed filter them."""
    asylum = PolicyArea.objects.create(name="Asylum", slug="asylum", locale=locales["en"])
    housing = PolicyArea.objects.create(name="Housing", slug="housing", locale=locales["en"])
    ministry = InstitutionFactory(name="Ministry of Social Policy", slug="msp", country="MK")
    ConsultationPageFactory(
        parent=index,
        title="Law on Asylum",
        institution=ministry,
        country="MK",
        policy_areas=[asylum],
    )
    ConsultationPageFactory(
        parent=index,
        title="Housing strategy",
        country="RS",
        policy_areas=[housing, asylum],
        opens_at=days_from_now(-9),
    )
    ConsultationPageFactory(parent=index, title="Rulebook", country="RS", closed=True)


@pytest.fixture(autouse=True)
def channel_layer_of_its_own():
    """Each test runs its sockets on an event loop of its own (async_to_sync).
    channels_redis holds a per-channel lock until a background task has
    cleaned the message's backup copy; a test whose loop ends first leaves the
    lock held and bound to that loop, and the next test's socket, sharing the
    layer, fails on it. A new layer per test starts without such locks."""
    from channels.layers import channel_layers

    channel_layers.backends.clear()
