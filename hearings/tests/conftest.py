import pytest

from accounts.tests.factories import InstitutionFactory, official_of
from hearings.tests.factories import HearingIndexPageFactory, HearingPageFactory


@pytest.fixture
def index(home_page):
    """The English hearing index, published under the home page."""
    return HearingIndexPageFactory(parent=home_page)


@pytest.fixture
def live_hearing(index):
    """A hearing in progress, organised by a ministry: its board is open."""
    hearing = HearingPageFactory(
        parent=index, title="Hearing on the Law on Asylum", in_progress=True
    )
    hearing.organisers.set([InstitutionFactory(name="Ministry of Interior")])
    hearing.save()
    return hearing


@pytest.fixture
def chair(live_hearing):
    """An official of the ministry that organises the hearing."""
    return official_of(live_hearing.organisers.get())
