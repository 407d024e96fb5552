import pytest

from consultations.tests.factories import ConsultationIndexPageFactory, ConsultationPageFactory


@pytest.fixture
def index(home_page):
    """The English consultation index, published under the home page."""
    return ConsultationIndexPageFactory(parent=home_page)


@pytest.fixture
def closed_consultation(index):
    """A consultation whose period is over: the institution answers now."""
    return ConsultationPageFactory(parent=index, closed=True)


@pytest.fixture(autouse=True)
def channel_layer_of_its_own():
    """Each test runs its sockets on an event loop of its own (async_to_sync).
    channels_redis holds a per-channel lock until a background task has
    cleaned the message's backup copy; a test whose loop ends first leaves the
    lock held and bound to that loop, and the next test's socket, sharing the
    layer, fails on it. A new layer per test starts without such locks."""
    from channels.layers import channel_layers

    channel_layers.backends.clear()
