from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from accounts.organisation_kinds import OrganisationKind
from accounts.widgets import NamesByLanguageWidget
from iris_site import languages
from iris_site.geography import Country


class OrganisationQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(verified=True)

    def with_descriptions(self):
        """Each organisation with its description in every language, to show
        the reader's without a query per organisation."""
        return self.prefetch_related(
            models.Prefetch(
                "descriptions",
                queryset=OrganisationDescription.objects.select_related("locale"),
            )
        )


class Organisation(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    translated_names = models.JSONField(
        _("name in other languages"),
        default=dict,
        blank=True,
        help_text=_(
            "The name as written in the site's other languages; where a box is empty, "
            "readers of that language see the name above."
        ),
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
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
            [
                FieldPanel("name"),
                FieldPanel("short_name"),
                FieldPanel("translated_names", widget=NamesByLanguageWidget),
                FieldPanel("slug"),
            ],
            heading=_("Name"),
        ),
        FieldPanel("kind"),
        FieldPanel("country"),
        # Not a field: the form writes the original of OrganisationDescription.
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("verified", permission="accounts.verify_organisation"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
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
        return self.localized_name

    @property
    def localized_name(self):
        """The name in the reader's language, or one they read as easily,
        else as registered: readers of every language meet the same
        organisation, in one row, under the name they know it by."""
        for language_code in languages.nearest_languages():
            if self.translated_names.get(language_code):
                return self.translated_names[language_code]
        return self.name

    def clean(self):
        super().clean()
        known = {code for code, _name in settings.LANGUAGES}
        if not isinstance(self.translated_names, dict) or not all(
            code in known and isinstance(name, str) and 0 < len(name) <= 200
            for code, name in self.translated_names.items()
        ):
            raise ValidationError(
                {
                    "translated_names": _(
                        "Give each name under the code of one of the site's languages "
                        "(%(codes)s), at most 200 characters long."
                    )
                    % {"codes": ", ".join(sorted(known))}
                }
            )

    @property
    def description(self):
        """The description in the reader's language, else the nearest one,
        else as first written (load with ``with_descriptions()``)."""
        version = languages.readers_version(self.descriptions.all())
        return version.description if version else ""

    @property
    def is_governmental(self):
        return self.kind in OrganisationKind.governmental()


class OrganisationDescription(TranslatableMixin, models.Model):
    """What an organisation does, in one language. Kept apart from the
    organisation, which is one row for every language (memberships, comments
    and permissions point at it), so that wagtail-localize translates these
    rows as snippets."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="descriptions",
    )
    description = models.TextField(_("description"))

    translatable_fields = [
        TranslatableField("description"),
        SynchronizedField("organisation"),
    ]
    panels = [FieldPanel("organisation"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation's description")
        verbose_name_plural = _("organisations' descriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "locale"],
                name="one_organisation_description_per_locale",
            )
        ]

    def __str__(self):
        return str(self.organisation)
