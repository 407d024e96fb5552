"""The policy library: the network's assessments, reports, briefs and guides,
and the laws they discuss, each with its files."""

from typing import NamedTuple

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from iris_site.geography import Country
from iris_site.languages import readers_versions
from iris_site.models import IndexPage, page_types
from policy_library.admin_forms import LibraryDocumentPageForm
from policy_library.document_types import DocumentType
from policy_library.filters import LibraryFilterForm

FIRST_PUBLICATION_YEAR = 1990
# Named, not imported: the library does not depend on the apps that provide them.
RELATED_PAGE_TYPES = ("consultations.ConsultationPage", "hearings.HearingPage")


class RelatedPage(NamedTuple):
    page: Page
    kind: str  # what the page is: "Consultation", "Public hearing"


class LibraryDocumentQuerySet(PageQuerySet):
    def with_listing_details(self):
        """These documents with what a listing shows of each (countries
        covered, file formats) fetched in a fixed number of queries."""
        return self.prefetch_related(
            "countries",
            Prefetch("files", queryset=LibraryDocumentFile.objects.select_related("document")),
        )


class LibraryIndexPage(IndexPage):
    """The library documents of one language, newest first, browsed by type,
    country, year and policy area."""

    subpage_types = ["policy_library.LibraryDocumentPage"]
    per_page = 20

    class Meta:
        verbose_name = _("library index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = readers_versions(LibraryDocumentPage.objects.live().public())
        form = LibraryFilterForm(request.GET or None, items=documents)
        form.is_valid()
        documents = (
            form.filter(documents)
            .with_listing_details()
            .order_by("-publication_year", "-first_published_at", "-pk")
        )
        context["filter_form"] = form
        context["page_obj"] = self.paginate(request, documents)
        return context


class LibraryDocumentPage(Page):
    """One publication: what it is, where and when it was published, what it
    covers, its files and the consultations and events it belongs with."""

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
    policy_areas = ParentalManyToManyField(
        "iris_site.PolicyArea",
        verbose_name=_("policy areas"),
        blank=True,
        related_name="library_documents",
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"],
    )
    authors = models.CharField(_("authors"), max_length=300, blank=True)
    publishers = models.CharField(_("publishing organisations"), max_length=300, blank=True)

    objects = PageManager.from_queryset(LibraryDocumentQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("document_type"),
                FieldPanel("publication_year"),
                FieldPanel("policy_areas"),
            ],
            heading=_("The publication"),
        ),
        InlinePanel(
            "countries",
            heading=_("Countries covered"),
            label=_("Country"),
            help_text=_("Leave empty for a regional document."),
        ),
        MultiFieldPanel([FieldPanel("authors"), FieldPanel("publishers")], heading=_("Authors")),
        InlinePanel("files", heading=_("Files"), label=_("File")),
        FieldPanel("body"),
        InlinePanel(
            "related_pages", heading=_("Related consultations and events"), label=_("Related page")
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("authors"),
        index.SearchField("publishers"),
        index.RelatedFields("files", [index.SearchField("text")]),
        index.FilterField("document_type"),
        index.FilterField("publication_year"),
    ]
    parent_page_types = ["policy_library.LibraryIndexPage"]
    subpage_types = []
    base_form_class = LibraryDocumentPageForm

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
        """The countries the document covers, or the region."""
        countries = [country.get_country_display() for country in self.countries.all()]
        return ", ".join(countries) if countries else _("Regional")

    @property
    def formats(self):
        """The formats its files come in, each once (``PDF, DOCX``)."""
        return ", ".join(dict.fromkeys(file.format for file in self.files.all()))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["policy_areas"] = [area.localized for area in self.policy_areas.all()]
        context["files"] = self.files.select_related("document")
        context["related_pages"] = self.live_related_pages()
        return context

    def live_related_pages(self):
        """The live consultations and events this document belongs with, each
        in the reader's language where it is translated, in the editor's order.
        Read from the page's own rows, so that a preview shows what the editor
        picked."""
        pages = [
            link.related_page
            for link in self.related_pages.select_related("related_page")
            if link.related_page.live
        ]
        translations = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                translation_key__in=[page.translation_key for page in pages],
                locale=Locale.get_active(),
            )
        }
        return [
            RelatedPage(page, page.specific_class._meta.verbose_name)
            for page in (translations.get(page.translation_key, page) for page in pages)
        ]


class LibraryDocumentCountry(Orderable):
    """A country a library document covers; a document without any is regional.
    Translations of the document share them (wagtail-localize synchronises
    child rows that are not translatable)."""

    page = ParentalKey(LibraryDocumentPage, on_delete=models.CASCADE, related_name="countries")
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)

    panels = [FieldPanel("country")]

    class Meta(Orderable.Meta):
        verbose_name = _("country covered")
        verbose_name_plural = _("countries covered")


class LibraryDocumentFile(Orderable):
    """One file of a library document (the report and its annex, the English
    and the original edition), with its text as read in the background by
    policy_library.tasks for search, or why it could not be read."""

    page = ParentalKey(LibraryDocumentPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A PDF or Word (DOCX) file: its text is read for search."),
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        blank=True,
        help_text=_('What this file is, when there are several: "Annex", "Serbian edition".'),
    )
    text = models.TextField(_("text of the file"), blank=True, editable=False)
    problem = models.CharField(
        _("problem reading the file"), max_length=300, blank=True, editable=False
    )
    # The document's file_hash when its text was read: an unchanged file is not
    # read again, so a file that passed a limit is not retried on every publish.
    read_hash = models.CharField(max_length=40, blank=True, editable=False)

    panels = [FieldPanel("document"), FieldPanel("label"), FieldPanel("problem", read_only=True)]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def name(self):
        return self.label or self.document.title

    @property
    def format(self):
        return self.document.file_extension.upper()


class LibraryDocumentRelatedPage(Orderable):
    """A consultation or an event the document belongs with. Translations share
    the link; the page shows the related page in the reader's language."""

    page = ParentalKey(LibraryDocumentPage, on_delete=models.CASCADE, related_name="related_pages")
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("consultation or event"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=page_types(RELATED_PAGE_TYPES),
    )

    panels = [
        PageChooserPanel(
            "related_page",
            [label for label in RELATED_PAGE_TYPES if apps.is_installed(label.split(".")[0])],
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("related consultation or event")
        verbose_name_plural = _("related consultations and events")
