"""A peer review: a team of network organisations reviews another
organisation's service against one framework version, scores each of its
criteria with evidence, and makes recommendations that are followed up."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from peer_reviews.status import FollowUpStatus, Priority, ReviewStatus, Score, Service


class PeerReviewQuerySet(models.QuerySet):
    def summary_published(self):
        """Reviews whose summary anyone may read: published, with a consent
        that has not been withdrawn."""
        standing = SummaryConsent.objects.filter(
            review=models.OuterRef("pk"), withdrawn_at__isnull=True
        )
        return self.filter(models.Exists(standing), summary_published_at__isnull=False)


class PeerReview(ClusterableModel):
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("reviewed organisation"),
        on_delete=models.PROTECT,
        related_name="peer_reviews",
    )
    service = models.CharField(_("service reviewed"), max_length=30, choices=Service.choices)
    cycle = models.PositiveSmallIntegerField(
        _("review cycle"), help_text=_("1 for the first review of this service, 2 for the next…")
    )
    framework = models.ForeignKey(
        "peer_reviews.Framework",
        verbose_name=_("framework version used"),
        on_delete=models.PROTECT,
        related_name="reviews",
    )
    visit_starts_on = models.DateField(_("visit starts"), null=True, blank=True)
    visit_ends_on = models.DateField(_("visit ends"), null=True, blank=True)
    reviewed_documents = models.BooleanField(_("documents reviewed"), default=True)
    held_interviews = models.BooleanField(_("interviews held"), default=True)
    visited_site = models.BooleanField(_("site visited"), default=False)
    strengths = models.TextField(_("strengths"), blank=True)
    summary = models.TextField(
        _("public summary"),
        blank=True,
        help_text=_("Published only with the reviewed organisation's consent."),
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True, editable=False)
    summary_published_at = models.DateTimeField(
        _("summary published at"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PeerReviewQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldRowPanel([FieldPanel("service"), FieldPanel("cycle")]),
                FieldPanel("framework"),
            ],
            heading=_("Review"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("visit_starts_on"), FieldPanel("visit_ends_on")]),
                FieldRowPanel(
                    [
                        FieldPanel("reviewed_documents"),
                        FieldPanel("held_interviews"),
                        FieldPanel("visited_site"),
                    ]
                ),
            ],
            heading=_("Visit and method"),
        ),
        InlinePanel("team_organisations", heading=_("Peer team: organisations"), min_num=1),
        InlinePanel("team_members", heading=_("Peer team: people")),
        FieldPanel("strengths"),
        InlinePanel("recommendations", heading=_("Recommendations"), label=_("Recommendation")),
        FieldPanel("summary"),
    ]

    class Meta:
        verbose_name = _("peer review")
        verbose_name_plural = _("peer reviews")
        ordering = ["organisation__name", "service", "-cycle"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "service", "cycle"], name="one_review_per_service_cycle"
            )
        ]
        permissions = [("view_every_peer_review", _("Can read every peer review in full"))]

    def __str__(self):
        return _("%(organisation)s: %(service)s, cycle %(cycle)s") % {
            "organisation": self.organisation,
            "service": self.get_service_display(),
            "cycle": self.cycle,
        }

    @property
    def status(self):
        """Read from what happened: a published summary, a completion, a
        visit begun or a score given; else the review is still planned."""
        if self.summary_published_at is not None:
            return ReviewStatus.SUMMARY_PUBLISHED
        if self.completed_at is not None:
            return ReviewStatus.COMPLETED
        started = self.visit_starts_on is not None and self.visit_starts_on <= timezone.localdate()
        if started or any(score.score is not None for score in self.scores.all()):
            return ReviewStatus.IN_PROGRESS
        return ReviewStatus.PLANNED

    def get_status_display(self):
        return ReviewStatus(self.status).label

    @cached_property
    def active_consent(self):
        return next(
            (consent for consent in self.consents.all() if consent.withdrawn_at is None), None
        )


class TeamOrganisation(models.Model):
    review = ParentalKey(PeerReview, on_delete=models.CASCADE, related_name="team_organisations")
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("reviewing organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("organisation")]

    class Meta:
        verbose_name = _("reviewing organisation")
        constraints = [
            models.UniqueConstraint(
                fields=["review", "organisation"], name="team_organisation_once"
            )
        ]

    def __str__(self):
        return str(self.organisation)


class TeamMember(models.Model):
    review = ParentalKey(PeerReview, on_delete=models.CASCADE, related_name="team_members")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    role = models.CharField(_("role in the team"), max_length=100, blank=True)

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta:
        verbose_name = _("reviewer")
        constraints = [
            models.UniqueConstraint(fields=["review", "person"], name="team_member_once")
        ]

    def __str__(self):
        return str(self.person)


class CriterionScore(models.Model):
    """One row of the score sheet, created for each criterion of the review's
    framework version (``actions.GenerateScoreSheet``): nobody types criteria."""

    review = ParentalKey(PeerReview, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        "peer_reviews.Criterion",
        verbose_name=_("criterion"),
        on_delete=models.PROTECT,
        related_name="scores",
    )
    score = models.PositiveSmallIntegerField(
        _("score"), choices=Score.choices, null=True, blank=True
    )
    evidence = models.TextField(_("evidence"), blank=True)
    finding = models.TextField(_("finding"), blank=True)

    class Meta:
        verbose_name = _("criterion score")
        ordering = ["criterion__standard__number", "criterion__number"]
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion"),
            models.CheckConstraint(
                condition=models.Q(score__isnull=True) | models.Q(score__lte=max(Score.values)),
                name="score_on_the_scale",
            ),
        ]

    def __str__(self):
        return f"{self.criterion.code}: {self.get_score_display() or '–'}"


class RecommendationQuerySet(models.QuerySet):
    def with_status(self):
        """Each recommendation's state, read from its latest follow-up (open
        until there is one), in the database so the dashboard can count it."""
        latest = FollowUp.objects.filter(recommendation=models.OuterRef("pk")).order_by(
            "-noted_on", "-pk"
        )
        return self.annotate(
            current_status=Coalesce(
                models.Subquery(latest.values("status")[:1]), models.Value(FollowUpStatus.OPEN)
            )
        )

    def overdue(self, today=None):
        return (
            self.with_status()
            .filter(
                due_on__lt=today or timezone.localdate(),
            )
            .exclude(current_status__in=FollowUpStatus.closed())
        )


class Recommendation(models.Model):
    review = ParentalKey(PeerReview, on_delete=models.CASCADE, related_name="recommendations")
    text = models.TextField(_("recommendation"))
    priority = models.CharField(
        _("priority"), max_length=10, choices=Priority.choices, default=Priority.MEDIUM
    )
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="peer_review_recommendations",
    )
    due_on = models.DateField(_("due date"), null=True, blank=True)
    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("priority"), FieldPanel("due_on")]),
        FieldPanel("responsible"),
    ]

    objects = RecommendationQuerySet.as_manager()

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["review", "due_on", "pk"]

    def __str__(self):
        return self.text[:80]

    @property
    def status(self):
        """Annotated by ``with_status()``, or read from the log (a prefetched one)."""
        if hasattr(self, "current_status"):
            return self.current_status
        latest = max(self.follow_ups.all(), key=lambda f: (f.noted_on, f.pk), default=None)
        return latest.status if latest is not None else FollowUpStatus.OPEN

    def get_status_display(self):
        return FollowUpStatus(self.status).label

    def is_overdue(self, today=None):
        return (
            self.due_on is not None
            and self.status not in FollowUpStatus.closed()
            and self.due_on < (today or timezone.localdate())
        )


class FollowUp(models.Model):
    """One dated entry of a recommendation's follow-up log; never edited."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="follow_ups"
    )
    status = models.CharField(_("status"), max_length=12, choices=FollowUpStatus.choices)
    noted_on = models.DateField(_("date"), default=timezone.localdate)
    note = models.TextField(_("note"))
    evidence = models.TextField(_("evidence"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("noted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follow-up note")
        ordering = ["recommendation", "noted_on", "pk"]

    def __str__(self):
        return f"{self.noted_on}: {self.get_status_display()}"


class SummaryConsent(models.Model):
    """The reviewed organisation's consent to publish the review's summary:
    who gave it and when, and who withdrew it and when."""

    review = models.ForeignKey(PeerReview, on_delete=models.CASCADE, related_name="consents")
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("given by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent to publish the summary")
        ordering = ["review", "given_at"]

    def __str__(self):
        return _("Consent of %(date)s") % {"date": self.given_at.date()}
