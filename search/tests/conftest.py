import pytest
from wagtail import hooks as wagtail_hooks

from iris_site import hooks
from search.tests.factories import offer_web_pages


@pytest.fixture
def web_pages_searchable():
    with wagtail_hooks.register_temporarily(hooks.SEARCHABLE, offer_web_pages):
        yield
