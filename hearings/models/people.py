"""The people events name again and again: speakers, and the Members of the
European Parliament who host events. Snippets, so each is entered once."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from iris_site import languages
from iris_site.geography import Country


class PersonQuerySet(models.QuerySet):
    def with_roles(self):
        """Each person with their position in every language, to show the
        reader's without a query per person."""
        return self.prefetch_related(
            models.Prefetch("roles", queryset=PersonRole.objects.select_related("locale"))
        )


class Person(index.Indexed, models.Model):
    """A speaker or a delegate: a name, a position and the organisation they
    speak for (from the directory, or named when it is not in it)."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation_name = models.CharField(
        _("organisation, if not in the directory"), max_length=200, blank=True
    )

    objects = PersonQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        # Not a field: the form writes the original of PersonRole.
        FieldPanel("position"),
        FieldPanel("organisation"),
        FieldPanel("organisation_name"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def affiliation(self):
        return self.organisation.name if self.organisation else self.organisation_name

    @property
    def position(self):
        """The position in the reader's language, else the nearest one, else
        as first written (load with ``with_roles()``)."""
        version = languages.readers_version(self.roles.all())
        return version.position if version else ""


class PersonRole(TranslatableMixin, models.Model):
    """A speaker's position in one language. Kept apart from the person, one
    row that every event's agenda and delegation names, so that
    wagtail-localize translates these rows as snippets."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="roles"
    )
    position = models.CharField(_("position"), max_length=200)

    translatable_fields = [TranslatableField("position"), SynchronizedField("person")]
    panels = [FieldPanel("person"), FieldPanel("position")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("speaker's position")
        verbose_name_plural = _("speakers' positions")
        constraints = [
            models.UniqueConstraint(fields=["person", "locale"], name="one_person_role_per_locale")
        ]

    def __str__(self):
        return str(self.person)


class PoliticalGroup(models.TextChoices):
    EPP = "EPP", _("European People's Party")
    SD = "S&D", _("Progressive Alliance of Socialists and Democrats")
    PFE = "PfE", _("Patriots for Europe")
    ECR = "ECR", _("European Conservatives and Reformists")
    RENEW = "Renew", _("Renew Europe")
    GREENS = "Greens/EFA", _("The Greens/European Free Alliance")
    LEFT = "The Left", _("The Left")
    ESN = "ESN", _("Europe of Sovereign Nations")
    NON_ATTACHED = "NI", _("Non-attached")


class MemberOfParliament(index.Indexed, models.Model):
    """A Member of the European Parliament who hosts the network's events; the
    page of each lists the events they hosted."""

    name = models.CharField(_("name"), max_length=200)
    political_group = models.CharField(
        _("political group"), max_length=20, choices=PoliticalGroup.choices
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    committees = models.CharField(
        _("committees"),
        max_length=300,
        blank=True,
        help_text=_("The committees and intergroups they sit in: LIBE, AFET, EMPL..."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("political_group"),
        FieldPanel("country"),
        FieldPanel("committees"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("Member of the European Parliament")
        verbose_name_plural = _("Members of the European Parliament")
        ordering = ["name"]

    def __str__(self):
        return self.name
