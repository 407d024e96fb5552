from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from accounts.organisation_kinds import OrganisationKind
from iris_site.geography import Country


class OrganisationQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(verified=True)


class Organisation(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verified = models.BooleanField(
        _("verified"),
        default=False,
        help_text=_(
            "Set by the network's editors once they have confirmed who this organisation is."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    officials_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("group of its officials"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="officials_of",
        help_text=_(
            "The confirmed members of a public institution: feature apps grant it page "
            "permissions on the institution's part of the page tree."
        ),
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("slug")], heading=_("Name")
        ),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("verified", permission="accounts.verify_organisation"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("country"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        permissions = [("verify_organisation", _("Can verify organisations"))]

    def __str__(self):
        return self.name

    @property
    def is_governmental(self):
        return self.kind in OrganisationKind.governmental()
