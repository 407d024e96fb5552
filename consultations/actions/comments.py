"""Posting, editing, withdrawing, co-signing, flagging and moderating comments.

Each action takes the acting user first, checks ``consultations.permissions``,
writes in one transaction and sends its signal from ``consultations.signals``
inside it. Moderation decisions write exactly one entry to Wagtail's audit log.
Refusals are ``CommentPermissionError`` (not allowed: who, or when),
``ValidationError`` (the input: what) or ``TooManyCommentsError`` (how often),
each with a message to show as it is."""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from consultations import permissions, signals
from consultations.models import (
    Comment,
    CommentKind,
    CommentPolicy,
    CommentRevision,
    CommentState,
    ConsultationStatus,
    CoSignature,
    Flag,
    ModerationPolicy,
)
from iris_site.uploads import validate_upload

MAX_TEXT_LENGTH = 10_000
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ATTACHMENT_EXTENSIONS = ("pdf", "docx", "doc", "odt", "txt")
FLAGS_TO_HIDE = 3


class CommentPermissionError(PermissionDenied):
    """The person may not do this to this comment, or not now."""


class TooManyCommentsError(Exception):
    """The person has posted as many comments as the abuse limits allow for now."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _local(moment):
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def refusal_to_comment(user, consultation):
    """Why ``user`` may not comment on ``consultation`` now, or None if they may."""
    if permissions.can_comment(user, consultation):
        return None
    status = consultation.status
    if status == ConsultationStatus.UPCOMING:
        return _("The consultation opens on %(date)s; comments are accepted from then.") % {
            "date": _local(consultation.opens_at)
        }
    if status != ConsultationStatus.OPEN:
        return _("The consultation closed on %(date)s; comments are no longer accepted.") % {
            "date": _local(consultation.closes_at)
        }
    if not permissions.is_signed_in(user):
        return _("Sign in to comment on this draft.")
    return _(
        "Only members of verified organisations may comment on this draft. Ask your "
        "organisation to confirm your membership."
    )


def refusal_to_reply(user, consultation, parent):
    """Why ``user`` may not reply to ``parent`` now, or None if they may.
    Replies go only under published comments in a published thread: not
    under one withdrawn, awaiting moderation, rejected or hidden."""
    refusal = refusal_to_comment(user, consultation)
    if refusal or permissions.can_reply(user, consultation, parent):
        return refusal
    if parent.is_withdrawn or (parent.parent or parent).is_withdrawn:
        return _("This comment has been withdrawn; replies are closed.")
    return _("Replies are closed: this comment is not published in the thread.")


def _empty_message(field):
    if field == "proposed_text":
        return _("Write the wording you propose for this part.")
    return _("Write your comment: it is empty.")


def _too_long_message(field):
    if field == "proposed_text":
        return _("The proposed wording has %(length)s characters; at most %(limit)s are accepted.")
    return _(
        "Your comment has %(length)s characters; at most %(limit)s are accepted. Shorten it, "
        "or attach the full text as a document."
    )


def clean_wording(value, field):
    """The text with plain line endings, or a ValidationError naming ``field``
    when it is empty or too long."""
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not value:
        raise ValidationError({field: _empty_message(field)}, code="empty")
    if "\x00" in value:
        # PostgreSQL cannot store it, and no keyboard types it.
        raise ValidationError(
            {field: _("The text holds a null character; remove it and send it again.")},
            code="null_character",
        )
    if len(value) > MAX_TEXT_LENGTH:
        message = _too_long_message(field) % {
            "length": f"{len(value):,}",
            "limit": f"{MAX_TEXT_LENGTH:,}",
        }
        raise ValidationError({field: message}, code="too_long")
    return value


def clean_wordings(kind, text, proposed_text):
    text = clean_wording(text, "text")
    proposed_text = (
        clean_wording(proposed_text, "proposed_text") if kind == CommentKind.AMENDMENT else ""
    )
    return text, proposed_text


def validate_attachment(attachment):
    extension = attachment.name.rsplit(".", 1)[-1].lower() if "." in attachment.name else ""
    if extension not in ATTACHMENT_EXTENSIONS:
        raise ValidationError(
            {
                "attachment": _("Attach a document: %(extensions)s.")
                % {"extensions": ", ".join(f".{name}" for name in ATTACHMENT_EXTENSIONS)}
            },
            code="extension",
        )
    try:
        validate_upload(attachment, max_bytes=MAX_ATTACHMENT_BYTES)
    except ValidationError as error:
        raise ValidationError({"attachment": error.messages}, code=error.code) from error


class CommentRateLimit:
    """The times of a person's recent comments, kept in the cache, checked
    against sliding windows (5 a minute, 30 an hour)."""

    def __init__(self, user):
        self.key = f"consultations:comment-times:{user.pk}"
        self.now = timezone.now().timestamp()
        self.limits = settings.IRIS_COMMENT_RATE_LIMITS
        longest = max(seconds for seconds, _limit in self.limits)
        self.times = [moment for moment in cache.get(self.key, []) if moment > self.now - longest]

    def check(self):
        for seconds, limit in self.limits:
            if sum(moment > self.now - seconds for moment in self.times) >= limit:
                if seconds == 60:
                    message = _(
                        "You have posted %(limit)d comments in the last minute, the most we "
                        "accept. Wait a minute, then send it again: your text is kept below."
                    )
                else:
                    message = _(
                        "You have posted %(limit)d comments in the last hour, the most we "
                        "accept. Wait a while, then send it again: your text is kept below."
                    )
                raise TooManyCommentsError(message % {"limit": limit})

    def record(self):
        self.times.append(self.now)
        cache.set(self.key, self.times, max(seconds for seconds, _limit in self.limits))


class PostComment:
    """A signed-in person comments on the whole draft or one part of it, or
    replies in a thread, perhaps for an organisation they represent.

    A second submit with the same ``submission_key`` (a double click) returns
    the comment the first one made; ``created`` says which happened."""

    def __init__(
        self,
        user,
        consultation,
        *,
        text,
        kind=CommentKind.GENERAL,
        part_id="",
        parent=None,
        proposed_text="",
        organisation=None,
        attachment=None,
        submission_key=None,
    ):
        self.user = user
        self.consultation = consultation
        self.text = text
        self.kind = kind
        self.part_id = part_id or ""
        self.parent = parent
        self.proposed_text = proposed_text
        self.organisation = organisation
        self.attachment = attachment
        self.submission_key = submission_key
        self.created = False

    def execute(self):
        user, consultation = self.user, self.consultation.original
        if not permissions.is_signed_in(user):
            raise CommentPermissionError(refusal_to_comment(user, consultation))
        if self.attachment and (earlier := self.earlier_submission()) is not None:
            return earlier  # before its file is stored a second time
        # Otherwise a second submit is looked up only when something would
        # refuse it (the deadline passed in between, the rate limit) or the
        # database does: most posts are first submits.
        try:
            if self.parent is None:
                refusal = refusal_to_comment(user, consultation)
            else:
                refusal = refusal_to_reply(user, consultation, self.parent)
            if refusal:
                raise CommentPermissionError(refusal)
            fields = self.clean()
            limit = CommentRateLimit(user)
            limit.check()
        except (CommentPermissionError, ValidationError, TooManyCommentsError):
            earlier = self.earlier_submission()
            if earlier is None:
                raise
            return earlier
        try:
            with transaction.atomic():
                comment = Comment.objects.create(**fields)
                signals.comment_posted.send(sender=type(self), comment=comment)
        except IntegrityError:
            # The same form sent twice at the same moment: the first one won.
            earlier = self.earlier_submission()
            if earlier is None:
                raise
            return earlier
        limit.record()
        self.created = True
        return comment

    def earlier_submission(self):
        if self.submission_key is None:
            return None
        return Comment.objects.filter(author=self.user, submission_key=self.submission_key).first()

    def clean(self):
        """The comment's fields, or a ValidationError naming the field at fault."""
        original = self.consultation.original
        kind = CommentKind.GENERAL if self.parent is not None else self.kind
        if kind not in dict(CommentKind.written()):
            raise ValidationError({"kind": _("Choose what kind of comment this is.")})
        text, proposed_text = clean_wordings(kind, self.text, self.proposed_text)
        fields = {
            "consultation": original,
            "author": self.user,
            "kind": kind,
            "text": text,
            "proposed_text": proposed_text,
            "language": self.consultation.locale.language_code,
            "organisation": self.clean_organisation(),
            "state": (
                CommentState.PENDING
                if original.moderation == ModerationPolicy.BEFORE
                else CommentState.PUBLISHED
            ),
        }
        if self.submission_key is not None:
            fields["submission_key"] = self.submission_key
        if self.parent is not None:
            fields.update(self.clean_parent(original))
        elif self.part_id:
            fields.update(self.clean_part())
            if kind == CommentKind.AMENDMENT and proposed_text == fields["part_text"].strip():
                # The form starts from the part's wording: sent unchanged, it proposes nothing.
                raise ValidationError(
                    {
                        "proposed_text": _(
                            "The proposed wording is the same as the draft's: change it, or "
                            "choose another kind of comment."
                        )
                    },
                    code="unchanged",
                )
        elif kind == CommentKind.AMENDMENT:
            raise ValidationError(
                {"kind": _("An amendment changes one part: comment on that part to propose it.")}
            )
        if self.attachment:
            validate_attachment(self.attachment)
            fields["attachment"] = self.attachment
        return fields

    def clean_parent(self, original):
        # A reply to a reply joins the same thread: threads are one level deep.
        parent = self.parent
        if parent.consultation_id != original.pk:
            raise ValidationError(_("That comment belongs to another consultation."))
        root = parent.parent or parent
        return {
            "parent": root,
            "part_id": root.part_id,
            "part_label": root.part_label,
            "part_text": root.part_text,
        }

    def clean_part(self):
        # The wording as the commenter read it, in the page's language.
        part = self.consultation.part(self.part_id)
        if part is None:
            raise ValidationError(
                _("That part is not in this draft. Choose a part of “%(title)s”.")
                % {"title": self.consultation.title}
            )
        return {
            "part_id": part.id,
            "part_label": part.value["label"] or part.value["title"],
            "part_text": part.value["text"],
        }

    def clean_organisation(self):
        organisations = permissions.commenting_organisations(self.user, self.consultation.original)
        if self.organisation is None:
            if self.consultation.comment_policy == CommentPolicy.VERIFIED_ORGANISATIONS:
                raise ValidationError(
                    {"organisation": _("Choose the verified organisation you comment for.")}
                )
            return None
        if not organisations.filter(pk=self.organisation.pk).exists():
            raise CommentPermissionError(
                _("You cannot comment for %(organisation)s: you are not a confirmed member.")
                % {"organisation": self.organisation}
            )
        return self.organisation


class EditComment:
    """The author changes their wording while the consultation is open; the
    earlier wording is kept as a revision."""

    def __init__(self, user, comment, *, text, proposed_text=""):
        self.user = user
        self.comment = comment
        self.text = text
        self.proposed_text = proposed_text

    def execute(self):
        comment = self.comment
        if not permissions.can_edit(self.user, comment.consultation, comment):
            raise CommentPermissionError(_edit_refusal(self.user, comment))
        text, proposed_text = clean_wordings(comment.kind, self.text, self.proposed_text)
        if (text, proposed_text) == (comment.text, comment.proposed_text):
            return comment
        with transaction.atomic():
            CommentRevision.objects.create(
                comment=comment, text=comment.text, proposed_text=comment.proposed_text
            )
            comment.text, comment.proposed_text = text, proposed_text
            comment.edited_at = timezone.now()
            comment.save(update_fields=["text", "proposed_text", "edited_at"])
            signals.comment_edited.send(sender=type(self), comment=comment)
        return comment


def _edit_refusal(user, comment):
    if comment.author_id != getattr(user, "pk", None):
        return _("Only the author can change or withdraw a comment.")
    if comment.is_withdrawn:
        return _("This comment has been withdrawn.")
    return _("The consultation has closed; comments can no longer be changed.")


class WithdrawComment:
    """The author takes their comment back: a tombstone keeps its place in the thread."""

    def __init__(self, user, comment):
        self.user = user
        self.comment = comment

    def execute(self):
        comment = self.comment
        if not permissions.can_withdraw(self.user, comment.consultation, comment):
            raise CommentPermissionError(_edit_refusal(self.user, comment))
        with transaction.atomic():
            comment.withdrawn_at = timezone.now()
            comment.save(update_fields=["withdrawn_at"])
            signals.comment_withdrawn.send(sender=type(self), comment=comment)
        return comment


def refusal_to_cosign(user, comment):
    """Why ``user`` may not co-sign ``comment`` now, or None if they may:
    the one reason that fits, so that a second co-signature is not answered
    with a rule about memberships."""
    consultation = comment.consultation
    if permissions.can_cosign(user, consultation, comment):
        return None
    if not permissions.is_signed_in(user):
        return _("Sign in to co-sign a comment.")
    if comment.author_id == user.pk:
        return _("You cannot co-sign your own comment.")
    signers = permissions.commenting_organisations(user, consultation).filter(verified=True)
    if comment.cosignatures.filter(organisation__in=signers).exists():
        return _("You have already co-signed this comment.")
    return _(
        "You can co-sign open comments for a verified organisation you are a member of, "
        "once for each organisation."
    )


class CoSignComment:
    """A member of another verified organisation adds it to a comment: a
    coalition comment."""

    def __init__(self, user, comment, organisation):
        self.user = user
        self.comment = comment
        self.organisation = organisation

    def execute(self):
        comment, consultation = self.comment, self.comment.consultation
        refusal = refusal_to_cosign(self.user, comment)
        if refusal:
            raise CommentPermissionError(refusal)
        organisations = permissions.cosigning_organisations(self.user, consultation, comment)
        if not organisations.filter(pk=self.organisation.pk).exists():
            raise CommentPermissionError(
                _("You cannot co-sign for %(organisation)s.") % {"organisation": self.organisation}
            )
        with transaction.atomic():
            cosignature = CoSignature.objects.create(
                comment=comment, organisation=self.organisation, signed_by=self.user
            )
            signals.cosignature_added.send(sender=type(self), comment=comment)
        return cosignature


class FlagComment:
    """A reader reports a comment to the moderators. Flags from three different
    readers hide it until a moderator decides."""

    action = "consultations.comment.hide_by_flags"
    log_label = gettext_lazy("Hide comment after flags")
    log_message = gettext_lazy("Comment hidden after readers' flags")

    def __init__(self, user, comment, reason=""):
        self.user = user
        self.comment = comment
        self.reason = (reason or "").strip()[:500]

    def execute(self):
        comment = self.comment
        if not permissions.can_flag(self.user, comment.consultation, comment):
            raise CommentPermissionError(
                _("Sign in to flag a comment; you cannot flag your own or a withdrawn one.")
            )
        with transaction.atomic():
            flag, created = Flag.objects.get_or_create(
                comment=comment, flagged_by=self.user, defaults={"reason": self.reason}
            )
            if not created:
                raise ValidationError(_("You have already flagged this comment."))
            flags = comment.flags.count()
            if flags == FLAGS_TO_HIDE and comment.state == CommentState.PUBLISHED:
                comment.state = CommentState.HIDDEN_BY_FLAGS
                comment.save(update_fields=["state"])
                log(
                    instance=comment,
                    action=self.action,
                    user=self.user,
                    data={"flags": flags},
                )
                signals.comment_hidden.send(sender=type(self), comment=comment)
        return flag


class ModerateComment:
    """A moderator's decision on a comment: one state change, one audit entry, one signal."""

    action = ""
    label = ""
    log_label = log_message = ""
    target_state = ""
    from_states = ()
    reason_required = False
    signal = None

    def __init__(self, user, comment, reason=""):
        self.user = user
        self.comment = comment
        self.reason = (reason or "").strip()

    def refusal_for_state(self):
        return _("This comment is %(state)s; that decision does not apply.") % {
            "state": self.comment.get_state_display().lower()
        }

    def execute(self):
        comment = self.comment
        if not permissions.can_moderate(self.user, comment.consultation, comment):
            raise CommentPermissionError(_("Only moderators can decide on comments."))
        if comment.state not in self.from_states:
            raise ValidationError(self.refusal_for_state(), code="state")
        if self.reason_required and not self.reason:
            raise ValidationError(
                {"reason": _("Give the reason: readers see it in place of the comment.")},
                code="reason",
            )
        with transaction.atomic():
            previous = comment.state
            comment.state = self.target_state
            comment.moderation_reason = self.reason if self.reason_required else ""
            comment.save(update_fields=["state", "moderation_reason"])
            log(
                instance=comment,
                action=self.action,
                user=self.user,
                data={"reason": self.reason, "previous_state": previous},
            )
            self.signal.send(sender=type(self), comment=comment)
        return comment


class ApproveComment(ModerateComment):
    """Publish a comment held for moderation, or one that readers' flags hid."""

    action = "consultations.comment.approve"
    log_label = gettext_lazy("Approve comment")
    log_message = gettext_lazy("Comment approved")
    label = gettext_lazy("Approve: publish it")
    target_state = CommentState.PUBLISHED
    from_states = (CommentState.PENDING, CommentState.HIDDEN_BY_FLAGS)
    signal = signals.comment_published


class RejectComment(ModerateComment):
    """Refuse a comment held for moderation: it never reaches the thread."""

    action = "consultations.comment.reject"
    log_label = gettext_lazy("Reject comment")
    log_message = gettext_lazy("Comment rejected")
    label = gettext_lazy("Reject: keep it out of the thread")
    target_state = CommentState.REJECTED
    from_states = (CommentState.PENDING, CommentState.HIDDEN_BY_FLAGS)
    signal = signals.comment_rejected


class HideComment(ModerateComment):
    """Take a published comment out of the thread; the reason shows in its place."""

    action = "consultations.comment.hide"
    log_label = gettext_lazy("Hide comment")
    log_message = gettext_lazy("Comment hidden")
    label = gettext_lazy("Hide it, giving the reason")
    target_state = CommentState.HIDDEN
    from_states = (CommentState.PUBLISHED, CommentState.HIDDEN_BY_FLAGS)
    reason_required = True
    signal = signals.comment_hidden


class RestoreComment(ModerateComment):
    """Put a hidden or rejected comment back in the thread."""

    action = "consultations.comment.restore"
    log_label = gettext_lazy("Restore comment")
    log_message = gettext_lazy("Comment restored")
    label = gettext_lazy("Restore it to the thread")
    target_state = CommentState.PUBLISHED
    from_states = (CommentState.HIDDEN, CommentState.HIDDEN_BY_FLAGS, CommentState.REJECTED)
    signal = signals.comment_restored


MODERATION_DECISIONS = {
    "approve": ApproveComment,
    "reject": RejectComment,
    "hide": HideComment,
    "restore": RestoreComment,
}


def moderation_decisions(comment):
    """The decisions that apply to ``comment`` in its state, as form choices."""
    return [
        (name, decision.label)
        for name, decision in MODERATION_DECISIONS.items()
        if comment.state in decision.from_states
    ]


# (action, label, message) of every audit-log entry these actions write.
class TakeHearingComment:
    """A comment made at a public hearing on the draft joins the comment list,
    attributed to its author and the organisation they spoke for, of kind
    "said at the hearing", so the institution answers it in its report. The
    hearing's chair carries it (the ``HEARING_INPUT`` hook): it was said in
    public, so it is published at once, whatever the consultation's deadline."""

    action = "consultations.comment.from_hearing"
    log_label = gettext_lazy("Take from a hearing")
    log_message = gettext_lazy("Comment made at a public hearing added")

    def __init__(self, consultation, *, author, organisation, text, hearing):
        self.consultation = consultation
        self.author = author
        self.organisation = organisation
        self.text = text
        self.hearing = hearing

    def execute(self):
        original = self.consultation.original
        if original.published_report is not None:
            raise ValidationError(
                _(
                    "The report on this consultation is already published: a comment can "
                    "no longer be answered in it."
                )
            )
        text = self.text.strip()
        if not text or len(text) > MAX_TEXT_LENGTH:
            raise ValidationError(_("This comment cannot be taken: it is empty or too long."))
        with transaction.atomic():
            comment = Comment.objects.create(
                consultation=original,
                author=self.author,
                organisation=self.organisation,
                kind=CommentKind.HEARING,
                text=text,
                # Said on the hearing's board: in the language of its page.
                language=self.hearing.locale.language_code,
                state=CommentState.PUBLISHED,
            )
            signals.comment_posted.send(sender=type(self), comment=comment)
            log(
                instance=original,
                action=self.action,
                data={"comment": comment.pk, "hearing": self.hearing.pk},
            )
        return comment


def take_hearing_comment(page, **comment):
    """The ``HEARING_INPUT`` hook's intake: see ``TakeHearingComment``."""
    return TakeHearingComment(page, **comment).execute()


LOG_ACTIONS = [
    (decision.action, decision.log_label, decision.log_message)
    for decision in (*MODERATION_DECISIONS.values(), FlagComment, TakeHearingComment)
]
