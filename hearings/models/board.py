"""A hearing's live board: the questions and comments people send while the
hearing is in progress, the chair's answers, the votes that lift a question,
and the numbered events live readers are sent (the shell's live layer).

The board is kept on the hearing in the language it was first made in
(``HearingPage.original``), so every translation shows the same board."""

from django.conf import settings
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from iris_site.models import NumberedEvent

# Long enough for a question with its context, short enough to be read out.
MAX_POST_CHARACTERS = 1000
MAX_ANSWER_CHARACTERS = 2000
MAX_REASON_CHARACTERS = 200


class BoardPostKind(models.TextChoices):
    QUESTION = "question", _("Question")
    COMMENT = "comment", _("Comment")


class BoardPostState(models.TextChoices):
    PUBLISHED = "published", _("On the board")
    HIDDEN = "hidden", _("Hidden by the chair")


class BoardPostQuerySet(models.QuerySet):
    def of(self, hearing):
        return self.filter(hearing=hearing.original)

    def with_details(self):
        """What the board shows of a post, read in a fixed number of queries."""
        return self.select_related("author", "organisation").annotate(vote_count=Count("votes"))

    def published(self):
        return self.filter(state=BoardPostState.PUBLISHED)


class BoardPost(models.Model):
    """A question or a comment sent to the board during the hearing."""

    hearing = models.ForeignKey(
        "hearings.HearingPage",
        verbose_name=_("hearing"),
        on_delete=models.CASCADE,
        related_name="board_posts",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="board_posts",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("for the organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        _("kind"), max_length=12, choices=BoardPostKind.choices, default=BoardPostKind.QUESTION
    )
    text = models.TextField(_("text"), max_length=MAX_POST_CHARACTERS)
    state = models.CharField(
        _("state"), max_length=12, choices=BoardPostState.choices, default=BoardPostState.PUBLISHED
    )
    hidden_reason = models.CharField(
        _("reason for hiding"), max_length=MAX_REASON_CHARACTERS, blank=True
    )
    answer = models.TextField(_("answer"), max_length=MAX_ANSWER_CHARACTERS, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Carried into the consultation's comment list: once only.
    carried_at = models.DateTimeField(_("carried into the consultation at"), null=True, blank=True)
    carried_to = models.CharField(_("carried into"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    objects = BoardPostQuerySet.as_manager()

    class Meta:
        verbose_name = _("board post")
        verbose_name_plural = _("board posts")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.pk}"

    @property
    def is_hidden(self):
        return self.state == BoardPostState.HIDDEN

    @property
    def is_removed(self):
        """Whether its author deleted their account and asked for the text of
        their posts to go: every post sent has text."""
        return not self.text

    @property
    def is_question(self):
        return self.kind == BoardPostKind.QUESTION

    @property
    def is_answered(self):
        return self.answered_at is not None


class BoardVote(models.Model):
    """One person's vote for a question: one each, never for their own."""

    post = models.ForeignKey(
        BoardPost, verbose_name=_("question"), on_delete=models.CASCADE, related_name="votes"
    )
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("voter"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("voted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["post", "voter"], name="one_vote_per_person")
        ]

    def __str__(self):
        return f"{self.voter_id} → {self.post_id}"


class BoardAudience(models.TextChoices):
    PUBLIC = "public", _("Everyone who may read the hearing")


class BoardEventKind(models.TextChoices):
    POSTED = "posted", _("Sent to the board")
    VOTED = "voted", _("Voted up")
    ANSWERED = "answered", _("Answered")
    HIDDEN = "hidden", _("Hidden")
    CARRIED = "carried", _("Carried into the consultation")


class HearingEvent(NumberedEvent):
    """One change of the board a live reader is told about. The HTML is not
    stored: a post hidden since is never replayed to a reader who catches up."""

    subject_field = "hearing"

    hearing = models.ForeignKey(
        "hearings.HearingPage",
        verbose_name=_("hearing"),
        on_delete=models.CASCADE,
        related_name="live_events",
    )
    audience = models.CharField(
        _("audience"), max_length=12, choices=BoardAudience.choices, default=BoardAudience.PUBLIC
    )
    kind = models.CharField(_("kind"), max_length=12, choices=BoardEventKind.choices)
    post = models.ForeignKey(
        BoardPost,
        verbose_name=_("board post"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="live_events",
    )

    class Meta:
        verbose_name = _("board event")
        verbose_name_plural = _("board events")
        ordering = ["hearing", "audience", "sequence"]
        constraints = [NumberedEvent.sequence_constraint("hearing", "one_board_event_per_sequence")]

    def __str__(self):
        return f"{self.hearing_id}/{self.audience}/{self.sequence}: {self.kind}"
