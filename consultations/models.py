"""Consultations: a policy draft open for public comment for a fixed period.

The status of a consultation (upcoming, open, closed) is derived from its
dates, never stored: the page and the querysets below draw the same lines.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from accounts.models import OrganisationKind
from iris_site.geography import Country


class DraftKind(models.TextChoices):
    LAW = "law", _("Law")
    BYLAW = "bylaw", _("Bylaw")
    STRATEGY = "strategy", _("Strategy")
    ACTION_PLAN = "action_plan", _("Action plan")
    STANDARD = "standard", _("Standard")


class ConsultationStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


def status_conditions(now):
    """Each status as a database condition at the moment ``now``."""
    return {
        ConsultationStatus.UPCOMING: Q(opens_at__gt=now),
        ConsultationStatus.OPEN: Q(opens_at__lte=now, closes_at__gt=now),
        ConsultationStatus.CLOSED: Q(closes_at__lte=now),
    }


class ConsultationQuerySet(PageQuerySet):
    def with_status(self, status):
        return self.filter(status_conditions(timezone.now())[status])

    def open(self):
        return self.with_status(ConsultationStatus.OPEN)

    def status_counts(self):
        """How many consultations have each status, in one query."""
        conditions = status_conditions(timezone.now())
        return self.aggregate(
            **{
                status.value: Count("pk", filter=condition)
                for status, condition in conditions.items()
            }
        )


class ConsultationIndexPage(Page):
    """The consultations of one language, newest first, filtered by status."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["iris_site.HomePage"]
    subpage_types = ["consultations.ConsultationPage"]
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        verbose_name = _("consultation index")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the forms module imports this module's choices.
        from consultations.forms import ConsultationFilterForm

        context = super().get_context(request, *args, **kwargs)
        consultations = ConsultationPage.objects.live().public().filter(locale_id=self.locale_id)
        form = ConsultationFilterForm(request.GET or None, counts=consultations.status_counts())
        if form.is_valid() and form.cleaned_data["status"]:
            consultations = consultations.with_status(form.cleaned_data["status"])
        consultations = consultations.select_related("institution").order_by("-opens_at", "pk")
        context["filter_form"] = form
        context["page_obj"] = Paginator(consultations, self.per_page).get_page(
            request.GET.get("page")
        )
        return context


class ConsultationPage(Page):
    """A policy draft published by a public institution for comment between
    ``opens_at`` and ``closes_at``."""

    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences: what the draft changes and for whom.")
    )
    kind = models.CharField(_("kind of draft"), max_length=20, choices=DraftKind.choices)
    institution = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("responsible institution"),
        on_delete=models.PROTECT,
        related_name="consultations",
        limit_choices_to={"kind__in": sorted(OrganisationKind.governmental())},
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    policy_areas = ParentalManyToManyField(
        "iris_site.PolicyArea",
        verbose_name=_("policy areas"),
        blank=True,
        related_name="consultations",
    )
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    body = RichTextField(
        _("draft text"),
        blank=True,
        features=["h2", "h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"],
    )

    objects = PageManager.from_queryset(ConsultationQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("institution"),
                FieldPanel("country"),
                FieldPanel("policy_areas"),
            ],
            heading=_("The draft"),
        ),
        MultiFieldPanel(
            [FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Consultation period")
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields(
            "institution", [index.SearchField("name"), index.SearchField("short_name")]
        ),
        index.FilterField("kind"),
        index.FilterField("country"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("The consultation must close after it opens.")},
                code="closes_before_opening",
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["policy_areas"] = [area.localized for area in self.policy_areas.all()]
        return context

    @property
    def status(self):
        now = timezone.now()
        if self.opens_at > now:
            return ConsultationStatus.UPCOMING
        if self.closes_at > now:
            return ConsultationStatus.OPEN
        return ConsultationStatus.CLOSED
