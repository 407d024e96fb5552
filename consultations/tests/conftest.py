import pytest

from consultations.tests.factories import ConsultationIndexPageFactory


@pytest.fixture
def index(home_page):
    """The English consultation index, published under the home page."""
    return ConsultationIndexPageFactory(parent=home_page)
