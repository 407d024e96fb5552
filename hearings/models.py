"""Public hearings: events on a draft or a topic, in a hall or online.

Whether a hearing is upcoming or past is derived from its dates, never stored.
A hearing under way counts as upcoming: people can still join it.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from iris_site.languages import readers_versions
from iris_site.models import IndexPage


class HearingStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    PAST = "past", _("Past")


class HearingQuerySet(PageQuerySet):
    def upcoming(self):
        return self.filter(ends_at__gt=timezone.now())

    def past(self):
        return self.filter(ends_at__lte=timezone.now())


class HearingIndexPage(IndexPage):
    """The hearings of one language: those to come, soonest first, then past
    ones, latest first."""

    subpage_types = ["hearings.HearingPage"]

    class Meta:
        verbose_name = _("hearing index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        hearings = readers_versions(HearingPage.objects.live().public())
        context["upcoming"] = hearings.upcoming().order_by("starts_at", "pk")
        context["page_obj"] = self.paginate(request, hearings.past().order_by("-starts_at", "pk"))
        return context


class HearingPage(Page):
    """A public hearing: when and where it takes place, and what it is about."""

    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences: what the hearing is about.")
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue = models.CharField(
        _("venue"), max_length=255, blank=True, help_text=_("The hall and its address.")
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where people follow the hearing online.")
    )
    body = RichTextField(
        _("programme"),
        blank=True,
        features=["h2", "h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"],
    )

    objects = PageManager.from_queryset(HearingQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When")),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("online_url")], heading=_("Where")),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]
    parent_page_types = ["hearings.HearingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("public hearing")
        verbose_name_plural = _("public hearings")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The hearing must end after it starts.")
        if not self.venue and not self.online_url:
            errors["venue"] = _("Give a venue, an online link, or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def status(self):
        if self.ends_at > timezone.now():
            return HearingStatus.UPCOMING
        return HearingStatus.PAST
