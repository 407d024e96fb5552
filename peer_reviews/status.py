"""The choices a peer review is recorded in: the scoring scale, the services
the network reviews, recommendation priorities and follow-up states."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Score(models.IntegerChoices):
    """The scale of every criterion; the number orders the chart's axis."""

    NOT_MET = 0, _("Not met")
    PARTLY_MET = 1, _("Partly met")
    MET = 2, _("Met")
    EXCEEDS = 3, _("Exceeds")


class Service(models.TextChoices):
    LEGAL_AID = "legal-aid", _("Legal aid")
    PSYCHOSOCIAL_SUPPORT = "psychosocial-support", _("Psychosocial support")
    ACCOMMODATION = "accommodation", _("Accommodation")
    CHILD_PROTECTION = "child-protection", _("Child protection")
    HEALTH_MEDIATION = "health-mediation", _("Health mediation")
    INTERPRETATION = "interpretation", _("Interpretation")
    EMPLOYMENT_SUPPORT = "employment-support", _("Employment support")
    OTHER = "other", _("Other")


class Priority(models.TextChoices):
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    LOW = "low", _("Low")


class FollowUpStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in-progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")

    @classmethod
    def closed(cls):
        return [cls.DONE, cls.DROPPED]


class ReviewStatus(models.TextChoices):
    """Derived from the record's facts (``PeerReview.status``), never stored."""

    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in-progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    SUMMARY_PUBLISHED = "summary-published", _("Summary published")
