"""Quality-standard frameworks: managed, versioned and translatable. A new
version is a copy (``actions.CopyFramework``), so the reviews scored against
an earlier version keep the criteria they were scored against."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Framework(TranslatableMixin, index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=255)
    year = models.PositiveSmallIntegerField(_("year adopted"))
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    description = models.TextField(_("description"), blank=True)
    previous = models.ForeignKey(
        "self",
        verbose_name=_("copied from"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    discussed_in = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("discussed in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The library document (a Balkan briefing, say) that presents the framework."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("year"), FieldPanel("version")], heading=_("Framework")
        ),
        FieldPanel("description"),
        FieldPanel("discussed_in"),
        InlinePanel("standards", heading=_("Standards"), label=_("Standard")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quality-standard framework")
        verbose_name_plural = _("quality-standard frameworks")
        ordering = ["name", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "name", "version"], name="one_framework_version_per_locale"
            )
        ]

    def __str__(self):
        return _("%(name)s, version %(version)s (%(year)s)") % {
            "name": self.name,
            "version": self.version,
            "year": self.year,
        }


class Standard(TranslatableMixin, ClusterableModel):
    framework = ParentalKey(
        Framework, verbose_name=_("framework"), on_delete=models.CASCADE, related_name="standards"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("framework"),
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("description"),
        InlinePanel("criteria", heading=_("Criteria"), label=_("Criterion")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("standard")
        verbose_name_plural = _("standards")
        ordering = ["framework", "number"]

    def __str__(self):
        return f"{self.number}. {self.title}"


class Criterion(TranslatableMixin, models.Model):
    standard = ParentalKey(
        Standard, verbose_name=_("standard"), on_delete=models.CASCADE, related_name="criteria"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    text = models.CharField(_("criterion"), max_length=500)
    guidance = models.TextField(
        _("guidance"), blank=True, help_text=_("What reviewers look for at each level.")
    )

    panels = [FieldPanel("number"), FieldPanel("text"), FieldPanel("guidance")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["standard__number", "number"]

    def __str__(self):
        return f"{self.code} {self.text}"

    @property
    def code(self):
        """ "3.2": the standard's number and the criterion's, as reviewers cite them."""
        return f"{self.standard.number}.{self.number}"
