"""Background work of the library: reading the text of attached files."""

import logging

from django.db import transaction
from django.utils.translation import gettext as _
from django_tasks import task

from iris_site import hooks
from policy_library.file_text import UnreadableFile, extract
from policy_library.models import LibraryDocumentFile, LibraryDocumentPage

logger = logging.getLogger(__name__)


def read_text(document):
    """The text of a Wagtail document and, when it cannot be read, why."""
    try:
        with document.open_file() as handle:
            return extract(document.file.name, handle.read()), ""
    except UnreadableFile as error:
        return "", str(error)[:300]
    except OSError as error:
        return "", (_("The file could not be opened: %(error)s") % {"error": error})[:300]


@task()
def read_file_text(page_id):
    """Store the text of each of the page's files (or why it cannot be read),
    unless the file is the one already read, then let search know which pages
    changed."""
    files = LibraryDocumentFile.objects.filter(page_id=page_id).select_related("document")
    changed = {page_id}
    for file in files:
        file_hash = file.document.get_file_hash()
        if file.read_hash == file_hash:
            continue
        text, problem = read_text(file.document)
        if problem:
            logger.warning(
                "Library file %s of page %s unreadable: %s", file.document_id, page_id, problem
            )
        # Every translation of the page shares the file: they share its text too.
        shared = LibraryDocumentFile.objects.filter(document_id=file.document_id)
        changed.update(shared.values_list("page_id", flat=True))
        shared.update(text=text, problem=problem, read_hash=file_hash)
    transaction.on_commit(
        lambda: hooks.searchable_content_changed.send(
            sender=LibraryDocumentPage, page_ids=sorted(changed)
        )
    )
