"""Background work of the library: reading the text of attached files."""

import logging

from django.db import transaction
from django_tasks import task

from iris_site import hooks
from policy_library.file_text import UnreadableFile, extract
from policy_library.models import LibraryDocumentPage

logger = logging.getLogger(__name__)


@task()
def read_file_text(page_id):
    """Store the text of the page's file (or why it cannot be read), then let
    search know the page changed."""
    page = LibraryDocumentPage.objects.filter(pk=page_id).select_related("file").first()
    if page is None:
        return
    text, problem = "", ""
    if page.file_id:
        try:
            with page.file.open_file() as handle:
                text = extract(page.file.file.name, handle.read())
        except UnreadableFile as error:
            problem = str(error)[:300]
        except OSError as error:
            problem = f"The file could not be opened: {error}"[:300]
        if problem:
            logger.warning("Library file of page %s unreadable: %s", page_id, problem)
    # Every translation shares the file: they share its text too.
    LibraryDocumentPage.objects.filter(pk=page_id).update(file_text=text, file_problem=problem)
    transaction.on_commit(
        lambda: hooks.searchable_content_changed.send(
            sender=LibraryDocumentPage, page_ids=[page_id]
        )
    )
