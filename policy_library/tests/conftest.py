import pytest

from policy_library.tests.factories import LibraryIndexPageFactory


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and demo files go to a folder of their own."""
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def index(home_page):
    """The English library index, published under the home page."""
    return LibraryIndexPageFactory(parent=home_page)
