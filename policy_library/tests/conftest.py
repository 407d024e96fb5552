import pytest
from django.conf import settings as django_settings

from policy_library.tests.factories import LibraryIndexPageFactory

# Related consultations and events are tested where both apps are installed.
collect_ignore = (
    []
    if {"consultations", "hearings"} <= set(django_settings.INSTALLED_APPS)
    else ["test_related_pages.py"]
)


@pytest.fixture
def index(home_page):
    """The English library index, published under the home page."""
    return LibraryIndexPageFactory(parent=home_page)
