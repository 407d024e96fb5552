"""Background work that keeps the index true, run by django-tasks after the
change that needs it has committed."""

import logging

from django.core.cache import cache
from django.utils import timezone
from django_tasks import task
from wagtail.models import Page

from search.backends import SearchUnavailable, get_backend
from search.documents import entry_for

logger = logging.getLogger(__name__)

FAILURE_KEY = "iris-search-last-failure"


def record_failure(error):
    """Kept for the admin's search panel: what failed, and when."""
    logger.error("Search index update failed: %s", error)
    cache.set(FAILURE_KEY, {"when": timezone.now().isoformat(), "error": str(error)}, None)


def last_failure():
    return cache.get(FAILURE_KEY)


@task()
def update_pages(page_ids):
    """Index the pages that are live and offered to search; take the others out."""
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    entries, gone = [], []
    for page_id in page_ids:
        entry = entry_for(pages[page_id]) if page_id in pages else None
        if entry is None:
            gone.append(f"page-{page_id}")
        else:
            entries.append(entry)
    try:
        get_backend().index(entries)
        get_backend().delete(gone)
    except SearchUnavailable as error:
        record_failure(error)


@task()
def remove_pages(page_ids):
    try:
        get_backend().delete([f"page-{page_id}" for page_id in page_ids])
    except SearchUnavailable as error:
        record_failure(error)
