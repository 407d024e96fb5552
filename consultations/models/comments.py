"""Comments on a draft: remarks, amendments, questions, support and
objections, on one part or on the whole draft, with their replies, edits,
co-signatures and flags.

A comment once accepted is never deleted: withdrawing leaves a tombstone,
hiding keeps the text for moderators, and every edit keeps the earlier wording.
Only an author who deletes their account may have the text removed: the
comment stays as a tombstone (``Comment.is_removed``).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from iris_site.storage import private_storage


class CommentKind(models.TextChoices):
    GENERAL = "general", _("General remark")
    AMENDMENT = "amendment", _("Amendment")
    QUESTION = "question", _("Question")
    SUPPORT = "support", _("Support")
    OBJECTION = "objection", _("Objection")
    # Carried in from a public hearing on the draft by its chair (the
    # HEARING_INPUT hook), never chosen in the comment form.
    HEARING = "hearing", _("Said at the hearing")

    @classmethod
    def written(cls):
        """The kinds a person chooses when they comment on the page."""
        return [(kind.value, kind.label) for kind in cls if kind != cls.HEARING]


class CommentState(models.TextChoices):
    """Where moderation has left a comment. Withdrawal is separate
    (``withdrawn_at``): a withdrawn comment keeps the state it had."""

    PENDING = "pending", _("Awaiting moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    HIDDEN = "hidden", _("Hidden by a moderator")
    HIDDEN_BY_FLAGS = "hidden_by_flags", _("Hidden after flags, awaiting a moderator")


# The states in which a comment keeps its place in the public thread: hidden
# ones show the moderator's reason in place of the text. Pending and rejected
# comments, and the replies under them, are not in the thread at all.
THREAD_STATES = (CommentState.PUBLISHED, CommentState.HIDDEN, CommentState.HIDDEN_BY_FLAGS)
NOT_IN_THREAD = (CommentState.PENDING, CommentState.REJECTED)


class CommentQuerySet(models.QuerySet):
    def for_consultation(self, consultation):
        """The comments of ``consultation`` in any of its languages."""
        return self.filter(consultation=consultation.original)

    def visible(self):
        """Comments that readers see in the thread: published, hidden (shown
        as the reason) and withdrawn (shown as a tombstone), except replies
        in a thread whose first comment is not in it (``Comment.in_thread``)."""
        return self.exclude(state__in=NOT_IN_THREAD).exclude(parent__state__in=NOT_IN_THREAD)

    def top_level(self):
        return self.filter(parent__isnull=True)

    def on_part(self, part_id):
        return self.filter(part_id=part_id)

    def in_language(self, language_code):
        """The threads begun in ``language_code``, replies included (a reply
        belongs with its thread whatever its language); all for ``""``."""
        if not language_code:
            return self
        return self.filter(
            models.Q(parent__isnull=True, language=language_code)
            | models.Q(parent__language=language_code)
        )


class Comment(models.Model):
    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.PROTECT,
        related_name="comments",
    )
    part_id = models.CharField(
        _("part"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_("The block id of the part commented on; empty for the draft as a whole."),
    )
    part_label = models.CharField(_("part as labelled then"), max_length=255, blank=True)
    part_text = models.TextField(_("part as worded then"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reply to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replies",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="consultation_comments",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("on behalf of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="consultation_comments",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=CommentKind.choices, default=CommentKind.GENERAL
    )
    text = models.TextField(_("comment"))
    # A language code of settings.LANGUAGES, not choices: a language added to
    # the site needs no migration.
    language = models.CharField(
        _("language"),
        max_length=16,
        blank=True,
        db_index=True,
        help_text=_("The language of the page it was written on."),
    )
    proposed_text = models.TextField(_("proposed wording"), blank=True)
    # Private: served only by consultations.views.comment_attachment, which checks permissions.
    attachment = models.FileField(
        _("attachment"),
        upload_to="consultations/comments/%Y/%m/",
        storage=private_storage,
        max_length=255,
        blank=True,
    )
    state = models.CharField(
        _("state"), max_length=20, choices=CommentState.choices, default=CommentState.PUBLISHED
    )
    moderation_reason = models.TextField(_("reason given by the moderator"), blank=True)
    submission_key = models.UUIDField(
        _("submission key"),
        default=uuid.uuid4,
        help_text=_("Sent with the form, so that a double submit makes one comment."),
    )
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)
    edited_at = models.DateTimeField(_("last edited at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"], name="one_comment_per_submission"
            )
        ]
        indexes = [models.Index(fields=["consultation", "part_id", "created_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def is_withdrawn(self):
        return self.withdrawn_at is not None

    @property
    def is_removed(self):
        """Whether its author deleted their account and asked for the text of
        their comments to go (``ErasePersonalData``): a tombstone keeps its
        place, and the answer to it stays. Every comment accepted has text."""
        return not self.text

    @property
    def is_hidden(self):
        return self.state in (CommentState.HIDDEN, CommentState.HIDDEN_BY_FLAGS)

    @property
    def in_thread(self):
        """Whether readers find this comment in the thread (its text, the
        moderator's reason or a tombstone), as ``CommentQuerySet.visible``
        selects: a reply under a comment since rejected went out with it."""
        return self.state in THREAD_STATES and (self.parent_id is None or self.parent.in_thread)


class CommentRevision(models.Model):
    """The wording a comment had before an edit."""

    comment = models.ForeignKey(
        Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="revisions"
    )
    text = models.TextField(_("comment"))
    proposed_text = models.TextField(_("proposed wording"), blank=True)
    replaced_at = models.DateTimeField(_("replaced at"), auto_now_add=True)

    class Meta:
        verbose_name = _("earlier wording")
        verbose_name_plural = _("earlier wordings")
        ordering = ["replaced_at", "pk"]

    def __str__(self):
        return f"#{self.comment_id}, {self.replaced_at:%Y-%m-%d %H:%M}"


class CoSignature(models.Model):
    """Another organisation joining a comment (a coalition comment)."""

    comment = models.ForeignKey(
        Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="cosignatures"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="cosigned_comments",
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    signed_at = models.DateTimeField(_("signed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("co-signature")
        verbose_name_plural = _("co-signatures")
        ordering = ["signed_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "organisation"], name="one_cosignature_per_organisation"
            )
        ]

    def __str__(self):
        return f"{self.organisation} – #{self.comment_id}"


class Flag(models.Model):
    """A reader's report that a comment breaks the rules."""

    comment = models.ForeignKey(
        Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="flags"
    )
    flagged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("flagged by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    flagged_at = models.DateTimeField(_("flagged at"), auto_now_add=True)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(fields=["comment", "flagged_by"], name="one_flag_per_reader")
        ]

    def __str__(self):
        return f"{self.flagged_by} – #{self.comment_id}"
