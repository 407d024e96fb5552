"""Reading a document's file text once the page that carries it is published."""

from django.db import transaction


def document_published(sender, instance, **kwargs):
    from policy_library.tasks import read_file_text

    page_id = instance.pk
    transaction.on_commit(lambda: read_file_text.enqueue(page_id))
