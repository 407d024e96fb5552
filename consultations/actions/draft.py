"""Changes to a consultation's draft text."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.log_actions import log

from consultations import permissions
from consultations.blocks import draft_stream
from consultations.models import AttachmentKind, ConsultationAttachment


class DraftImportPermissionError(PermissionDenied):
    pass


class ImportDraftText:
    """Put the parts an official checked in the import preview into the draft
    text, as a new revision that waits to be published, and keep the uploaded
    file as the consultation's original.

    ``rows`` are ``(kind, label, title, text)`` tuples in document order;
    ``original`` is a Django ``File`` holding the uploaded draft. Parts that keep
    their kind and heading keep their block id, so earlier comments stay with them.
    """

    def __init__(self, consultation, rows, original, user):
        self.consultation = consultation
        self.rows = list(rows)
        self.original = original
        self.user = user

    def execute(self):
        if not permissions.can_import_draft(self.user, self.consultation):
            raise DraftImportPermissionError(
                _("Only people who may edit this consultation can import its draft text.")
            )
        with transaction.atomic():
            document = get_document_model().objects.create(
                title=self.original.name.rsplit("/", 1)[-1],
                file=self.original,
                uploaded_by_user=self.user,
            )
            latest = self.consultation.get_latest_revision_as_object()
            latest.draft = draft_stream(self.rows, keep_ids_from=latest.draft)
            latest.attachments.add(
                ConsultationAttachment(kind=AttachmentKind.ORIGINAL, document=document)
            )
            revision = latest.save_revision(user=self.user, log_action=True)
            log(
                instance=self.consultation,
                action="consultations.import_draft",
                user=self.user,
                revision=revision,
                data={"file": document.title, "parts": len(self.rows)},
            )
        return revision
