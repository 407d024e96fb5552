"""Fixtures every app's tests share: locales and the page tree.

The test profile (IRIS_ENVIRONMENT=test) comes from pytest-env in pyproject.toml:
pytest-django loads the settings before this file is read."""

import importlib
from pathlib import Path

import pytest

SHELL_DIR = Path(__file__).resolve().parent / "site"

pytest_plugins = [
    "iris_site.tests.fixtures",
    # CI fails on any skip; tests marked services(...) skip locally without them.
    "tests.plugins.no_skips",
    "tests.plugins.services",
    "pytester",
]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(tmp_path_factory):
    """On SQLite the test database is a file of this run, not memory: the
    browser tests' server process opens it too. On PostgreSQL the test process
    opens plain connections."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    # pytest-django creates and drops the test database around the run: a pool
    # would hold connections to it. Servers the tests start keep theirs.
    database.get("OPTIONS", {}).pop("pool", None)
    if database["ENGINE"].endswith("sqlite3"):
        name = tmp_path_factory.mktemp("database") / "test.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(name)


class ShellTestModule(pytest.Module):
    """A test module of the site shell, imported as iris_site.tests.<name>: by its
    path pytest would name it site.tests.<name>, and importing the parent `site`
    from site/__init__.py would replace the standard library's site module."""

    def _getobj(self):
        parts = self.path.relative_to(SHELL_DIR).with_suffix("").parts
        return importlib.import_module(".".join(["iris_site", *parts]))


def pytest_collect_directory(path, parent):
    """The shell's folders as plain directories: pytest imports a package's
    __init__.py under its path name, site..."""
    if path.is_relative_to(SHELL_DIR):
        return pytest.Dir.from_parent(parent, path=path)
    return None


def pytest_pycollect_makemodule(module_path, parent):
    if module_path.is_relative_to(SHELL_DIR):
        return ShellTestModule.from_parent(parent, path=module_path)
    return None


@pytest.fixture
def locales(db):
    from django.conf import settings
    from wagtail.models import Locale

    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


@pytest.fixture
def home_page(locales):
    """The English home page as the default site's root, as load_demo builds it."""
    from wagtail.models import Page, Site

    from iris_site.models import HomePage

    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    home = HomePage(title="IRIS Dialogue", slug="home", locale=locales["en"])
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def translated_home(home_page, locales):
    """The home page in every language, as published copies."""
    copies = {"en": home_page}
    for code, locale in locales.items():
        if code != "en":
            copy = home_page.copy_for_translation(locale)
            copy.save_revision().publish()
            copies[code] = copy
    return copies


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and cached fragments live in the cache: each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """A request to /de/... leaves German active in the thread; the next test
    starts in the default language again."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads made by a test land in its own folder, not in the checkout's var/,
    and so do private files (PRIVATE_MEDIA_ROOT, beside it)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.MEDIA_ROOT


@pytest.fixture
def page_tree_root(transactional_db):
    """Wagtail's root page and root collection, which its migrations make: a
    test that commits (the live socket's, the browser's) finds them gone after
    another such test flushed the database, and puts them back. (Serialised
    rollback would reload the roles' groups on top of those the flush's
    post_migrate made again.)"""
    from wagtail.models import Collection, Locale, Page

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        locale = Locale.objects.get_or_create(language_code="en")[0]
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
