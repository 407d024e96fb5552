"""The policy library: the network's assessments, reports, briefs and guides,
and the laws they discuss, each with its file."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from iris_site.geography import Country

FIRST_PUBLICATION_YEAR = 1990


class DocumentType(models.TextChoices):
    GAP_ASSESSMENT = "gap_assessment", _("Gap assessment")
    SHADOW_REPORT = "shadow_report", _("(Re)integration shadow report")
    POLICY_BRIEF = "policy_brief", _("Policy brief")
    BALKAN_BRIEFING = "balkan_briefing", _("Balkan briefing")
    REFERRAL_GUIDE = "referral_guide", _("Referral-system guide")
    LAW = "law", _("Law or regulation")
    CASE_STUDY = "case_study", _("Good-practice case study")


class LibraryIndexPage(Page):
    """The library documents of one language, latest first, filtered by type
    and country."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["iris_site.HomePage"]
    subpage_types = ["policy_library.LibraryDocumentPage"]
    max_count_per_parent = 1
    per_page = 20

    class Meta:
        verbose_name = _("library index")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the forms module imports this module's choices.
        from policy_library.forms import LibraryFilterForm

        context = super().get_context(request, *args, **kwargs)
        documents = LibraryDocumentPage.objects.live().public().filter(locale_id=self.locale_id)
        form = LibraryFilterForm(request.GET or None)
        if form.is_valid():
            documents = form.filter(documents)
        documents = documents.select_related("file").order_by("-publication_year", "title", "pk")
        context["filter_form"] = form
        context["page_obj"] = Paginator(documents, self.per_page).get_page(request.GET.get("page"))
        return context


class LibraryDocumentPage(Page):
    """One publication: what it is, where and when it was published, and its file."""

    document_type = models.CharField(
        _("type of document"), max_length=30, choices=DocumentType.choices
    )
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences: what the document finds or sets out.")
    )
    publication_year = models.PositiveSmallIntegerField(
        _("year of publication"),
        validators=[
            MinValueValidator(
                FIRST_PUBLICATION_YEAR, message=_("Give a year from %(limit_value)s on.")
            )
        ],
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=Country.choices,
        blank=True,
        help_text=_("Leave empty for a regional document."),
    )
    policy_areas = ParentalManyToManyField(
        "iris_site.PolicyArea",
        verbose_name=_("policy areas"),
        blank=True,
        related_name="library_documents",
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"],
    )
    authors = models.CharField(_("authors"), max_length=300, blank=True)
    publishers = models.CharField(_("publishing organisations"), max_length=300, blank=True)
    # Read from the file in the background (policy_library.tasks) for search.
    file_text = models.TextField(_("text of the file"), blank=True, editable=False)
    file_problem = models.CharField(
        _("problem reading the file"), max_length=300, blank=True, editable=False
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("document_type"),
                FieldPanel("publication_year"),
                FieldPanel("country"),
                FieldPanel("policy_areas"),
            ],
            heading=_("The publication"),
        ),
        MultiFieldPanel([FieldPanel("authors"), FieldPanel("publishers")], heading=_("Authors")),
        FieldPanel("file"),
        FieldPanel("file_problem", read_only=True),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("authors"),
        index.SearchField("publishers"),
        index.SearchField("file_text"),
        index.FilterField("document_type"),
        index.FilterField("publication_year"),
        index.FilterField("country"),
    ]
    parent_page_types = ["policy_library.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("library document")
        verbose_name_plural = _("library documents")

    def clean(self):
        super().clean()
        this_year = timezone.localdate().year
        if self.publication_year and self.publication_year > this_year:
            raise ValidationError(
                {
                    "publication_year": _("The year of publication cannot be later than %(year)d.")
                    % {"year": this_year}
                },
                code="future_year",
            )

    @property
    def coverage(self):
        """The country the document covers, or the region."""
        return self.get_country_display() if self.country else _("Regional")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["policy_areas"] = [area.localized for area in self.policy_areas.all()]
        return context
