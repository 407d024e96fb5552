"""The private kinds of consultations for the canary test (tests/canary.py):
an unpublished draft and its revisions, a newer unpublished revision of a live
draft, comments awaiting moderation, rejected and hidden (amendments among
them, whose wording the Akoma Ntoso export leaves out), a comment's
attachment, a draft import's kept upload, an answer whose report is not
published yet (the report's exports and the answers feed wait for it),
versions of a draft not yet published or linked to comments hidden since,
and the reason a reader gave with a flag (the moderators' alone; its author
downloads it with their data)."""

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.tests.factories import official_of, pdf_bytes
from consultations import signals
from consultations.actions.versions import CreateVersion, LinkComments, PublishVersion
from consultations.draft_import.forms import KeptUploadForm
from consultations.models import CommentKind, CommentState, Flag
from consultations.routing import live_path
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
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

    # Amendments readers may not see stay out of the Akoma Ntoso amendment list.
    for state in [CommentState.PENDING, CommentState.REJECTED, CommentState.HIDDEN]:
        wording = canary(f"{state.label} amendment's proposed wording")
        amendment = CommentFactory(
            consultation=live,
            state=state,
            kind=CommentKind.AMENDMENT,
            part_id=live.part_ids()[0],
            proposed_text=wording,
        )
        signals.comment_posted.send(sender=plant_consultations, comment=amendment)
        planted.hidden_from[wording] = COMMENT_READERS_ONLY
        planted.objects.add(amendment)

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

    closed = ConsultationPageFactory(parent=index, closed=True)
    reasoning = canary("answer before its report is published")
    answered = CommentFactory(consultation=closed)
    AnswerFactory(comment=answered, reasoning=reasoning)
    ConsultationReportFactory(consultation=closed, published_at=None)
    planted.hidden_from[reasoning] = COMMENT_READERS_ONLY
    planted.objects |= {closed, answered}
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
    return planted.merge(plant_versions(live, canary))


def plant_versions(live, canary):
    """A published version 2 linked to a comment hidden since, and an
    unpublished version 3 with its note and its link."""
    official = official_of(live.institution)
    part = live.parts()[0]
    rows = [
        (block.id, *(block.value[name] for name in ("kind", "label", "title", "text")))
        for block in live.parts()
    ]
    hidden = CommentFactory(consultation=live, part_id=part.id)
    changed = [(part.id, "article", "Article 1", "", "A published change."), *rows[1:]]
    published = CreateVersion(live, changed, based_on=1, by=official).execute()
    LinkComments(published, part.id, [hidden], official).execute()
    PublishVersion(published, official).execute()
    hidden.text = canary("comment linked to a change, hidden since")
    hidden.state = CommentState.HIDDEN
    hidden.save()

    unpublished_text = canary("unpublished version of the draft")
    note = canary("note of an unpublished version")
    linked = CommentFactory(consultation=live, part_id=part.id)
    changed = [(part.id, "article", "Article 1", "", unpublished_text), *rows[1:]]
    draft = CreateVersion(live, changed, based_on=2, by=official, note=note).execute()
    LinkComments(draft, part.id, [linked], official).execute()
    return Planted(
        hidden_from={
            hidden.text: COMMENT_READERS_ONLY,
            unpublished_text: ROLES,
            note: ROLES,
        }
    )
