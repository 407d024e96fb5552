"""Browser tests: Debian's Chromium, driven by Playwright, on the site served
by uvicorn from the test database. Every page passes axe and the site's CSP."""

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from search.backends import get_backend
from tests.browser.live_site import serve
from tests.browser.visitor import AXE, Visitor

CHROMIUM = Path("/usr/bin/chromium")
# Chromium runs as root in CI, and this machine's network is closed: without
# these flags it would try to reach Google's services at every start.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed: scripts/services/chromium installs it")
    return CHROMIUM


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        pytest.skip("axe-core is not installed: scripts/bootstrap installs it")
    return AXE.read_text()


@pytest.fixture
def mail_folder(tmp_path):
    """Where the live site writes the e-mails it sends (``sent_mail`` reads them)."""
    folder = tmp_path / "mail"
    folder.mkdir()
    return folder


@pytest.fixture
def live_site(page_tree_root, tmp_path, mail_folder):
    """The address of the site served by uvicorn, reading what the test
    commits, with Wagtail's root page in place."""
    log = tmp_path / "uvicorn.log"
    with serve(log, EMAIL_URL=f"file://{mail_folder}") as url:
        yield url
    print(f"uvicorn's output:\n{log.read_text()}")


@pytest.fixture
def browser(chromium, live_site, monkeypatch):
    """Debian's Chromium, for the visitors of one test."""
    # Playwright's sync API keeps an event loop in this thread; Django refuses
    # the test's own database calls there unless told they are safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_visitor(browser, axe_source, live_site):
    """Opens another person's browser, with a new empty profile, on the live
    site; each is held to the page checks until the end of the test.
    ``options`` go to Playwright's new_context (``viewport`` for a phone)."""
    visitors = []

    def open_visitor(**options):
        context = browser.new_context(base_url=live_site, **options)
        visitor = Visitor(context.new_page(), axe_source)
        visitors.append(visitor)
        return visitor

    yield open_visitor
    for visitor in visitors:
        visitor.finish()


@pytest.fixture
def visitor(new_visitor):
    """A person's browser, with a new empty profile, on the live site."""
    return new_visitor()


@pytest.fixture
def empty_search_index():
    """The engine's index, emptied of what earlier tests left: OpenSearch
    keeps its index between tests, and the database engine's full-text table
    outlives the flush of a test that commits."""
    backend = get_backend()
    backend.rebuild([])
    return backend
