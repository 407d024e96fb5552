import pytest

from peer_reviews.tests.factories import published, review


@pytest.fixture
def index(home_page):
    """The app has no index page: its index is a URL, shown once a summary is published."""
    return published(review())
