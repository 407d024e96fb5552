import pytest
from django.conf import settings as django_settings
from wagtail import hooks as wagtail_hooks

from iris_site import hooks
from search.backends import get_backend
from search.tests.factories import offer_web_pages

# Tests of library documents in search go when the policy library is removed.
collect_ignore = (
    []
    if "policy_library" in django_settings.INSTALLED_APPS
    else ["test_engines.py", "test_library_results.py"]
)

DATABASE = {"CLASS": "search.backends.database.DatabaseBackend", "OPTIONS": {}}


def opensearch_backend_setting():
    if django_settings.SEARCH_BACKEND["CLASS"].endswith("OpenSearchBackend"):
        return django_settings.SEARCH_BACKEND
    return None


@pytest.fixture
def web_pages_searchable():
    with wagtail_hooks.register_temporarily(hooks.SEARCHABLE, offer_web_pages):
        yield


@pytest.fixture(
    params=[
        pytest.param("database", id="database"),
        pytest.param("opensearch", id="opensearch", marks=pytest.mark.services("opensearch")),
    ]
)
def engine(request, settings):
    """The behavioural suite runs on every engine: the database one (SQLite or
    PostgreSQL, whichever the run uses) always, OpenSearch when configured."""
    settings.SEARCH_BACKEND = (
        DATABASE if request.param == "database" else opensearch_backend_setting()
    )
    backend = get_backend()
    if hasattr(backend, "drop"):
        backend.drop()
    yield backend
    if hasattr(backend, "drop"):
        backend.drop()


@pytest.fixture(autouse=True)
def clean_default_engine():
    """Tests that use the configured engine start from an empty index."""
    backend = get_backend()
    if hasattr(backend, "drop"):
        backend.drop()
    yield


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed(): ...`` runs what waits for the commit (the index
    updates) when the block ends, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
