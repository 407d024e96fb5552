"""What happened in a consultation's threads, in order: the record that live
readers are sent and that a reader who lost the connection catches up from.

Each audience (the public, the moderators) has its own stream, numbered from 1
without gaps per consultation, so a reader can tell from the numbers alone
whether it missed something."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from iris_site.models import NumberedEvent


class EventAudience(models.TextChoices):
    PUBLIC = "public", _("Everyone who may read the consultation")
    MODERATORS = "moderators", _("Moderators")


class EventKind(models.TextChoices):
    COMMENT_POSTED = "comment_posted", _("Comment published")
    REPLY_POSTED = "reply_posted", _("Reply published")
    COMMENT_EDITED = "comment_edited", _("Comment edited")
    COMMENT_WITHDRAWN = "comment_withdrawn", _("Comment withdrawn")
    COMMENT_HIDDEN = "comment_hidden", _("Comment hidden")
    COMMENT_RESTORED = "comment_restored", _("Comment restored")
    COMMENT_COSIGNED = "comment_cosigned", _("Comment co-signed")
    ANSWER_PUBLISHED = "answer_published", _("Answer published")
    # The moderators' stream: the moderation queue.
    COMMENT_AWAITING = "comment_awaiting", _("Comment awaiting moderation")
    COMMENT_MODERATED = "comment_moderated", _("Comment moderated")


class ConsultationEvent(NumberedEvent):
    """One change a live reader is told about. The HTML is not stored: it is
    rendered from the comment as it is when the event is sent, so a comment
    hidden since is never replayed to a reader who catches up."""

    subject_field = "consultation"

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="live_events",
    )
    audience = models.CharField(
        _("audience"), max_length=12, choices=EventAudience.choices, default=EventAudience.PUBLIC
    )
    kind = models.CharField(_("kind"), max_length=24, choices=EventKind.choices)
    comment = models.ForeignKey(
        "consultations.Comment",
        verbose_name=_("comment"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="live_events",
    )

    class Meta:
        verbose_name = _("live event")
        verbose_name_plural = _("live events")
        ordering = ["consultation", "audience", "sequence"]
        constraints = [NumberedEvent.sequence_constraint("consultation", "one_event_per_sequence")]

    def __str__(self):
        return f"{self.consultation_id}/{self.audience}/{self.sequence}: {self.kind}"
