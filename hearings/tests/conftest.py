import pytest

from hearings.tests.factories import HearingIndexPageFactory


@pytest.fixture
def index(home_page):
    """The English hearing index, published under the home page."""
    return HearingIndexPageFactory(parent=home_page)
