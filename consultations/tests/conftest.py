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


@pytest.fixture
def page_tree_root(transactional_db):
    """Wagtail's root page, which its migrations make: a test that commits
    (the live socket's) finds it gone after another such test flushed the
    database, and puts it back. (Serialised rollback would reload the roles'
    groups on top of those the flush's post_migrate made again.)"""
    from wagtail.models import Locale, Page

    if Page.get_first_root_node() is None:
        locale = Locale.objects.get_or_create(language_code="en")[0]
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
