import pytest

from policy_library.tests.factories import LibraryIndexPageFactory


@pytest.fixture
def index(home_page):
    """The English library index, published under the home page."""
    return LibraryIndexPageFactory(parent=home_page)
