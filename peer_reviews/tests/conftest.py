import pytest
from django.conf import settings as django_settings

from peer_reviews.tests.factories import published, review

# The library's briefings link to their framework where both apps are installed.
collect_ignore = (
    [] if "policy_library" in django_settings.INSTALLED_APPS else ["test_library_briefings.py"]
)


@pytest.fixture
def index(home_page):
    """The app has no index page: its index is a URL, shown once a summary is published."""
    return published(review())
