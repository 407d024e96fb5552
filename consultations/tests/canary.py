"""The private kinds of consultations for the canary test (tests/canary.py):
an unpublished draft and its revisions, a newer unpublished revision of a live
draft, comments awaiting moderation, rejected and hidden, a comment's
attachment, a draft import's kept upload, and the reason a reader gave with
a flag (the moderators' alone; its author downloads it with their data)."""

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.tests.factories import official_of, pdf_bytes
from consultations import signals
from consultations.draft_import.forms import KeptUploadForm
from consultations.models import CommentState, Flag
from consultations.routing import live_path
from consultations.tests.factories import (
    CommentFactory,
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    draft_docx,
)
from tests.canary import ANONYMOUS, CSO_MEMBER, OTHER_OFFICIAL, ROLES, Planted, planter

# Moderators see comments that await them; the draft's people see the rest.
COMMENT_READERS_ONLY = frozenset({ANONYMOUS, CSO_MEMBER, OTHER_OFFICIAL})
CHANGES = {"edit", "withdraw", "cosign", "flag", "moderate"}


@planter
def plant_consultations(home_page, canary):
    index = ConsultationIndexPageFactory(parent=home_page, slug="private-consultations")
    planted = Planted(texts=set(CHANGES))

    draft_title = canary("unpublished consultation")
    draft = ConsultationPageFactory(parent=index, publish=False, title=draft_title)
    draft.summary = canary("revision of an unpublished consultation")
    draft.save_revision()
    planted.hidden_from.update({draft_title: ROLES, draft.summary: ROLES})

    live = ConsultationPageFactory(parent=index)
    live.summary = canary("unpublished revision of a live consultation")
    live.save_revision()
    planted.hidden_from[live.summary] = ROLES
    planted.objects |= {draft, live, draft.latest_revision, live.latest_revision}
    planted.sockets |= {live_path(draft), live_path(live)}

    for state in [CommentState.PENDING, CommentState.REJECTED, CommentState.HIDDEN]:
        text = canary(f"{state.label} comment")
        comment = CommentFactory(consultation=live, state=state, text=text)
        signals.comment_posted.send(sender=plant_consultations, comment=comment)
        planted.hidden_from[text] = COMMENT_READERS_ONLY
        planted.objects.add(comment)

    name = canary("attachment's file name")
    content = canary("attachment's content")
    attached = CommentFactory(
        consultation=live,
        state=CommentState.PENDING,
        attachment=ContentFile(pdf_bytes() + content.encode(), name=f"{name}.pdf"),
    )
    planted.hidden_from.update({name: COMMENT_READERS_ONLY, content: COMMENT_READERS_ONLY})
    planted.objects.add(attached)
    planted.texts |= {attached.attachment.name.rsplit("/", 1)[-1], attached.attachment.name}

    flagged = CommentFactory(consultation=live)
    reason = canary("reason given with a flag")
    Flag.objects.create(comment=flagged, flagged_by=flagged.author, reason=reason)
    planted.hidden_from[reason] = COMMENT_READERS_ONLY
    planted.objects.add(flagged)

    preview_name = canary("draft import's file name")
    upload = SimpleUploadedFile(
        f"{preview_name}.docx", draft_docx(f"Article 1\n{canary('draft import preview')}")
    )
    KeptUploadForm.keeping(upload, live, official_of(live.institution))
    planted.hidden_from[preview_name] = ROLES
    planted.texts.add(f"{preview_name}.docx")
    return planted
