"""Signal receivers: publishing, unpublishing, moving, deleting and translating
a page update the index once the change has committed, in the background."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move


def _enqueue(task, page_ids):
    from search import tasks

    getattr(tasks, task).enqueue(sorted(set(page_ids)))


def reindex(page_ids):
    transaction.on_commit(partial(_enqueue, "update_pages", list(page_ids)))


def page_changed(sender, instance, **kwargs):
    reindex([instance.pk])


def page_moved(sender, instance, **kwargs):
    # Every page below has a new URL too.
    reindex(Page.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        transaction.on_commit(partial(_enqueue, "remove_pages", [instance.pk]))


def content_changed(sender, page_ids, **kwargs):
    reindex(page_ids)


def connect():
    from iris_site.hooks import searchable_content_changed

    searchable_content_changed.connect(content_changed, dispatch_uid="iris_search_changed")
    page_published.connect(page_changed, dispatch_uid="iris_search_published")
    page_unpublished.connect(page_changed, dispatch_uid="iris_search_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="iris_search_moved")
    post_delete.connect(page_deleted, dispatch_uid="iris_search_deleted")
