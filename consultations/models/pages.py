"""Consultation pages: a policy draft open for public comment for a fixed period.

The status of a consultation (upcoming, open, closed, report published) is
derived from its dates and from its published report, never stored: the page
and the querysets below draw the same lines.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from accounts.models import OrganisationKind
from consultations.blocks import DraftPartBlock
from consultations.filters import ConsultationFilterForm
from consultations.legaldocml_routes import LegalDocMLRoutes
from consultations.models.answers import ConsultationReport
from consultations.report_routes import ConsultationReportMixin
from consultations.routes import CommentRoutes
from consultations.status import ConsultationStatus
from consultations.version_routes import VersionRoutes
from iris_site.geography import Country
from iris_site.languages import readers_versions
from iris_site.models import IndexPage


class DraftKind(models.TextChoices):
    LAW = "law", _("Law")
    BYLAW = "bylaw", _("Bylaw")
    STRATEGY = "strategy", _("Strategy")
    ACTION_PLAN = "action_plan", _("Action plan")
    STANDARD = "standard", _("Standard")


class CommentPolicy(models.TextChoices):
    REGISTERED = "registered", _("Any registered user")
    VERIFIED_ORGANISATIONS = "verified_organisations", _("Verified organisations only")


class ModerationPolicy(models.TextChoices):
    AFTER = "after", _("Publish at once, moderate afterwards")
    BEFORE = "before", _("Moderate before publication")


def status_conditions(now):
    """Each status as a database condition at the moment ``now``. A report
    belongs to the consultation in its original language and counts for every
    translation of it."""
    reported = Exists(
        ConsultationReport.objects.filter(
            consultation__translation_key=OuterRef("translation_key"), published_at__lte=now
        )
    )
    return {
        ConsultationStatus.UPCOMING: Q(opens_at__gt=now),
        ConsultationStatus.OPEN: Q(opens_at__lte=now, closes_at__gt=now),
        ConsultationStatus.CLOSED: Q(closes_at__lte=now) & ~reported,
        ConsultationStatus.REPORT_PUBLISHED: Q(closes_at__lte=now) & reported,
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


class ConsultationIndexPage(IndexPage):
    """The consultations of one language, newest first, filtered by status."""

    subpage_types = ["consultations.InstitutionConsultationsPage"]

    class Meta:
        verbose_name = _("consultation index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        consultations = readers_versions(ConsultationPage.objects.live().public())
        form = ConsultationFilterForm(request.GET or None, items=consultations)
        form.is_valid()
        consultations = (
            form.filter(consultations).select_related("institution").order_by("-opens_at", "pk")
        )
        context["filter_form"] = form
        context["page_obj"] = self.paginate(request, consultations)
        return context


class InstitutionConsultationsPage(Page):
    """One institution's part of the page tree, in one language: its
    consultations live here, and the group of its officials holds the page
    permissions on it, so every admin view (explorer, edit, copy, move,
    revisions, preview, history, search, reports) lets an official act only
    inside their own institution. Its translations share the institution."""

    institution = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="consultation_sections",
        limit_choices_to={"kind__in": sorted(OrganisationKind.governmental())},
    )

    content_panels = [*Page.content_panels, FieldPanel("institution")]
    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = ["consultations.ConsultationPage"]

    class Meta:
        verbose_name = _("institution's consultations")
        verbose_name_plural = _("institutions' consultations")

    def clean(self):
        super().clean()
        if self.institution_id is None or not self.path:
            return
        parent = self.get_parent()
        taken = (
            InstitutionConsultationsPage.objects.child_of(parent)
            .filter(institution_id=self.institution_id)
            .exclude(pk=self.pk)
        )
        if taken.exists():
            raise ValidationError(
                {"institution": _("This institution already has its consultations here.")},
                code="duplicate_section",
            )

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # The consultations below follow the section's institution.
        ConsultationPage.objects.child_of(self).exclude(institution_id=self.institution_id).update(
            institution_id=self.institution_id
        )
        return result

    def serve(self, request, *args, **kwargs):
        """Readers find an institution's consultations on its public record."""
        with translation.override(self.locale.language_code):
            return redirect(
                reverse("consultations_institution_record", kwargs={"slug": self.institution.slug})
            )


class ConsultationPage(
    CommentRoutes, ConsultationReportMixin, VersionRoutes, LegalDocMLRoutes, Page
):
    """A policy draft published by a public institution for comment between
    ``opens_at`` and ``closes_at``. The institution is the one whose section of
    the tree holds the page, never a free choice in the form.

    Comments, answers, the report and live events belong to the consultation in
    its original language (``original``); its translations show the same ones,
    matched to their parts by block id."""

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
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    comment_policy = models.CharField(
        _("who may comment"),
        max_length=30,
        choices=CommentPolicy.choices,
        default=CommentPolicy.REGISTERED,
    )
    moderation = models.CharField(
        _("moderation"),
        max_length=10,
        choices=ModerationPolicy.choices,
        default=ModerationPolicy.AFTER,
    )
    draft = StreamField(
        [("part", DraftPartBlock())],
        verbose_name=_("draft text"),
        blank=True,
        help_text=_("The draft divided into chapters, articles and paragraphs."),
    )

    objects = PageManager.from_queryset(ConsultationQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("country"),
                FieldPanel("policy_areas"),
            ],
            heading=_("The draft"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")],
            heading=_("Contact person"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("opens_at"),
                FieldPanel("closes_at"),
                FieldPanel("comment_policy"),
                FieldPanel("moderation"),
            ],
            heading=_("Consultation period"),
        ),
        InlinePanel("attachments", heading=_("Attachments"), label=_("attachment")),
        FieldPanel("draft"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("draft"),
        index.RelatedFields(
            "institution", [index.SearchField("name"), index.SearchField("short_name")]
        ),
        index.FilterField("kind"),
        index.FilterField("country"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    parent_page_types = ["consultations.InstitutionConsultationsPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def take_institution_from_section(self):
        """The responsible institution is the one whose section holds the page:
        a form, an import or a copy cannot name another."""
        if not self.path:
            return
        section = InstitutionConsultationsPage.objects.ancestor_of(self).first()
        if section is None:
            raise ValidationError(
                _("A consultation belongs in the section of its institution."),
                code="outside_section",
            )
        self.institution_id = section.institution_id

    def full_clean(self, *args, **kwargs):
        self.take_institution_from_section()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        # Drafts are saved with Wagtail's minimal cleaning only.
        self.take_institution_from_section()
        return super().save(*args, **kwargs)

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

    @cached_property
    def original(self):
        """The consultation in the language it was first published in: the
        page its comments, answers, report and events belong to."""
        if self.pk is None:
            return self
        # Most pages are their own original: only the id is read, not the
        # draft of hundreds of parts a second time.
        pk = (
            ConsultationPage.objects.filter(translation_key=self.translation_key)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )
        if pk == self.pk:
            return self
        original = ConsultationPage.objects.get(pk=pk)
        original.original = original  # its own, without asking again
        return original

    @cached_property
    def published_report(self):
        """The consultation report once it is public, else None."""
        return ConsultationReport.objects.filter(
            consultation=self.original, published_at__lte=timezone.now()
        ).first()

    @property
    def status(self):
        now = timezone.now()
        if self.opens_at > now:
            return ConsultationStatus.UPCOMING
        if self.closes_at > now:
            return ConsultationStatus.OPEN
        if self.published_report is not None:
            return ConsultationStatus.REPORT_PUBLISHED
        return ConsultationStatus.CLOSED

    @property
    def is_open(self):
        return self.status == ConsultationStatus.OPEN

    def parts(self):
        """The parts of the draft in document order, as their stream blocks
        (``block.id`` is the stable identity, ``block.value`` the part)."""
        return list(self.draft)

    def part_ids(self):
        """The block ids of the parts in document order, read from the stored
        stream without building each part (hundreds of them on a long draft)."""
        return [item["id"] for item in self.draft.raw_data]

    def part_names(self):
        """Each part's heading ("Article 5."), else its title, by block id, in
        this page's language: what comments call the part they are on."""
        return {
            item["id"]: item["value"].get("label") or item["value"].get("title", "")
            for item in self.draft.raw_data
        }

    def part(self, part_id):
        """The part with the block id ``part_id``, or None. Only that part is
        built: indexing the stream would build every part of its kind."""
        item = next((item for item in self.draft.raw_data if item["id"] == part_id), None)
        if item is None:
            return None
        block = self.draft.stream_block.child_blocks[item["type"]]
        return StreamValue.StreamChild(block, block.to_python(item["value"]), id=item["id"])


class AttachmentKind(models.TextChoices):
    ORIGINAL = "original", _("The draft as published by the institution")
    MEMORANDUM = "memorandum", _("Explanatory memorandum")
    IMPACT_ASSESSMENT = "impact_assessment", _("Regulatory impact assessment")
    OTHER = "other", _("Other document")


class ConsultationAttachment(Orderable):
    """A file that comes with the draft: the original, its explanatory
    memorandum, its impact assessment."""

    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(
        _("kind"), max_length=30, choices=AttachmentKind.choices, default=AttachmentKind.ORIGINAL
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("kind"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
