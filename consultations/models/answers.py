"""The institution's side: an answer to each comment, the consultation
report that makes them public, and the legal minimum consultation period
that its record is measured against."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from iris_site.geography import Country


class Outcome(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    PARTLY_ACCEPTED = "partly_accepted", _("Partly accepted")
    NOT_ACCEPTED = "not_accepted", _("Not accepted")
    NOTED = "noted", _("Noted")


class Answer(models.Model):
    """The responsible institution's answer to one comment. Public only once
    the consultation's report is published."""

    comment = models.OneToOneField(
        "consultations.Comment",
        verbose_name=_("comment"),
        on_delete=models.PROTECT,
        related_name="answer",
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    reasoning = models.TextField(_("reasoning"))
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("answered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return f"{self.get_outcome_display()}: #{self.comment_id}"


class ConsultationReport(models.Model):
    """The report on a consultation, written by the responsible institution.
    The consultation's status becomes "report published" from ``published_at``."""

    consultation = models.OneToOneField(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.PROTECT,
        related_name="report",
    )
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("How the consultation went and what the institution will change."),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("consultation report")
        verbose_name_plural = _("consultation reports")

    def __str__(self):
        return str(self.consultation)


class MinimumPeriod(models.Model):
    """The shortest consultation period a country's law allows (20 days in
    North Macedonia, for instance): institutions' records are measured
    against it."""

    country = models.CharField(_("country"), max_length=2, choices=Country.choices, unique=True)
    days = models.PositiveSmallIntegerField(
        _("days"), validators=[MinValueValidator(1, message=_("Give at least one day."))]
    )
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=255,
        blank=True,
        help_text=_("The law and article that set the period."),
    )

    panels = [FieldPanel("country"), FieldPanel("days"), FieldPanel("legal_basis")]

    class Meta:
        verbose_name = _("legal minimum consultation period")
        verbose_name_plural = _("legal minimum consultation periods")
        ordering = ["country"]

    def __str__(self):
        return f"{self.get_country_display()}: {self.days}"
