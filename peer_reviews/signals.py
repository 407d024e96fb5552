"""Receivers that keep the cached public pages in step with the frameworks
editors change in the admin (connected in ``apps.ready``)."""

from iris_site.page_cache import invalidate_on_commit
from peer_reviews.actions import FRAMEWORKS


def framework_changed(**kwargs):
    """A framework, standard or criterion saved or deleted: its page and the
    library documents that discuss it are built afresh."""
    invalidate_on_commit(FRAMEWORKS)
