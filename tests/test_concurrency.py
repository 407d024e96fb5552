"""The site under the launch of a consultation: the real server (uvicorn, two
processes, PostgreSQL through the connection pool, Redis) read by 64 clients
at once for 10 seconds over the main kinds of page answers every request, and
its log holds no connection error."""

import pytest

from consultations.tests.factories import (
    CommentFactory,
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    articles,
)
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory
from tests.browser.live_site import serve
from tests.load import read_concurrently

CONNECTION_TROUBLE = ("OperationalError", "PoolTimeout", "too many clients", "Traceback")


@pytest.fixture
def launched_site(page_tree_root, home_page):
    """The addresses a reader visits on launch day: the home page, a
    consultation with 80 articles and comments, the library, search, health."""
    index = ConsultationIndexPageFactory(parent=home_page)
    consultation = ConsultationPageFactory(parent=index, draft=articles(80))
    parts = consultation.parts()
    for number in range(40):
        CommentFactory(consultation=consultation, part_id=parts[number % 80].id)
    library = LibraryIndexPageFactory(parent=home_page)
    document = LibraryDocumentPageFactory(parent=library, title="Law on Asylum")
    return [
        "/en/",
        index.url,
        consultation.url,
        library.url,
        document.url,
        "/en/search/?q=asylum",
        "/healthz",
    ]


@pytest.mark.services("postgresql", "redis")
@pytest.mark.parametrize("page_cache_seconds", ["10", "0"], ids=["cached", "uncached"])
def test_64_readers_at_once_get_every_page_without_an_error(
    launched_site, tmp_path, page_cache_seconds
):
    log = tmp_path / "uvicorn.log"
    with serve(log, workers=2, IRIS_PAGE_CACHE_SECONDS=page_cache_seconds) as url:
        load = read_concurrently(url, launched_site, clients=64, seconds=10)

    server_log = log.read_text()
    assert load.durations, "no request was answered"
    assert load.errors == {}, f"requests without an answer: {load.errors}"
    assert set(load.statuses) == {200}, f"statuses: {load.statuses}\n{server_log}"
    assert not [
        line
        for line in server_log.splitlines()
        if any(trouble in line for trouble in CONNECTION_TROUBLE)
    ], server_log
