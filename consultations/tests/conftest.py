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
