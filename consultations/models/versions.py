"""Versions of a consultation's draft after the consultation: the consulted
text, the revised ones, the one sent for adoption, each part traced to the
comments that led to its change.

The page's ``draft`` stays the consulted text (the comments were written on
it); each version keeps its own parts. A part matched to a part of the
version before keeps that part's block id, so a block id names one article
through every version, however it was renumbered or moved."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from consultations.blocks import DraftPartBlock, part_rows


class VersionStage(models.TextChoices):
    CONSULTED = "consulted", _("Consulted version")
    REVISED = "revised", _("Revised version")
    FOR_ADOPTION = "for_adoption", _("Version sent for adoption")


class DraftVersion(models.Model):
    """One version of the draft. Version 1 is the consulted text, copied from
    the page when the first revision is made; later ones are private until the
    institution publishes them."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.PROTECT,
        related_name="versions",
    )
    number = models.PositiveSmallIntegerField(_("number"))
    stage = models.CharField(_("stage"), max_length=20, choices=VersionStage.choices)
    note = models.TextField(_("note"), blank=True, help_text=_("What this version changes."))
    parts = StreamField([("part", DraftPartBlock())], verbose_name=_("parts"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        verbose_name = _("draft version")
        verbose_name_plural = _("draft versions")
        ordering = ["consultation", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "number"], name="one_version_number_per_consultation"
            )
        ]

    def __str__(self):
        return f"{self.consultation} – {self.number}"

    @property
    def is_published(self):
        return self.published_at is not None

    def rows(self):
        """``(id, kind, label, title, text)`` of each part, in document order."""
        return part_rows(self.parts)


class PartChange(models.Model):
    """The comments behind the change of one part in a version: ``part_id``
    is the block id the part has in the version (or had in the one before,
    when the version deletes it)."""

    version = models.ForeignKey(
        DraftVersion,
        verbose_name=_("version"),
        on_delete=models.CASCADE,
        related_name="part_changes",
    )
    part_id = models.CharField(_("part"), max_length=64)
    comments = models.ManyToManyField(
        "consultations.Comment",
        verbose_name=_("comments that led to the change"),
        blank=True,
        related_name="part_changes",
    )

    class Meta:
        verbose_name = _("change of a part")
        verbose_name_plural = _("changes of parts")
        constraints = [
            models.UniqueConstraint(fields=["version", "part_id"], name="one_change_per_part")
        ]

    def __str__(self):
        return f"{self.version} – {self.part_id}"
