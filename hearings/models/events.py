"""Events of every kind: public hearings, EU Parliament events and the network's
own (social academies, partnership meetings, Balkan briefings, trainings, media
caravan stops). They share one page model, ``EventPage``, so the events index,
its filters, calendars and search read one table; each kind adds its own fields.

What an event's status is derives from its dates and content, never stored.
"""

import datetime
import hashlib
import zoneinfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hearings import blocks
from hearings.filters import EventFilterForm
from hearings.models.registrations import HearingRegistration
from hearings.routes import BoardRoutes, EventIndexRoutes, EventRoutes, RegistrationRoutes
from hearings.status import EventKind, EventStatus, Seat, SpokenLanguage, Venue
from iris_site.geography import Country
from iris_site.languages import readers_versions
from iris_site.models import IndexPage, page_types

TIME_ZONES = [
    (name, name)
    for name in (
        "Europe/Belgrade",
        "Europe/Sarajevo",
        "Europe/Podgorica",
        "Europe/Skopje",
        "Europe/Tirane",
        "Europe/Brussels",
        "Europe/Berlin",
        "Europe/Vienna",
        "UTC",
    )
]
RICH_TEXT = ["h2", "h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"]


class LanguageCodesField(models.CharField):
    """Several spoken languages in one column, kept as `` en sr mk `` so that
    ``languages__contains=" sr "`` finds an event's language on every database."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return (value or "").split()

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            return f" {' '.join(value)} " if value else ""
        return value

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        unknown = set(value) - set(SpokenLanguage.values)
        if unknown:
            raise ValidationError(_("Unknown language: %(codes)s"), params={"codes": unknown})

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name,
            choices=SpokenLanguage.choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            help_text=self.help_text,
        )


class EventQuerySet(PageQuerySet):
    def upcoming(self):
        """Events to come or under way: people can still join them."""
        return self.filter(ends_at__gt=timezone.now())

    def past(self):
        return self.filter(ends_at__lte=timezone.now())

    def in_month(self, year, month):
        """Events that start in ``month`` of the site's time zone."""
        first = timezone.make_aware(datetime.datetime(year, month, 1))
        following = timezone.make_aware(datetime.datetime(year + month // 12, month % 12 + 1, 1))
        return self.filter(starts_at__gte=first, starts_at__lt=following)

    def for_listing(self):
        """What an event card shows, read in a fixed number of queries."""
        return self.select_related("locale").order_by("starts_at", "pk")

    def to_come_then_past(self):
        """Events to come or under way, soonest first, then past ones, latest
        first: one order, so the index pages through both in a fixed number
        of queries. Each event carries ``is_past``."""
        past = models.Q(ends_at__lte=timezone.now())
        return (
            self.for_listing()
            .annotate(
                is_past=models.ExpressionWrapper(past, output_field=models.BooleanField()),
                start_to_come=models.Case(models.When(~past, then="starts_at")),
            )
            .order_by("is_past", models.F("start_to_come").asc(nulls_last=True), "-starts_at", "pk")
        )


class EventPage(EventRoutes, Page):
    """What every kind of event shares: who organises it and what it concerns,
    when and where, the agenda and documents, then its outcomes. Pages are
    made as one of its kinds (``HearingPage``, ``ParliamentEventPage``,
    ``NetworkEventPage``), never as a bare event."""

    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences: what the event is about.")
    )
    # Set by the page type (a hearing, an EU Parliament event) or chosen for a
    # network event: the index and search filter every kind on this one column.
    kind = models.CharField(_("kind of event"), max_length=30, choices=EventKind.choices)
    organisers = ParentalManyToManyField(
        "accounts.Organisation",
        verbose_name=_("organising institutions"),
        related_name="organised_events",
        blank=True,
    )
    co_organisers = ParentalManyToManyField(
        "accounts.Organisation",
        verbose_name=_("co-organising organisations"),
        related_name="co_organised_events",
        blank=True,
    )
    consultations = ParentalManyToManyField(
        "wagtailcore.Page",
        verbose_name=_("consultations"),
        related_name="+",
        blank=True,
        limit_choices_to=page_types(["consultations.ConsultationPage"]),
        help_text=_("The consultations this event is about."),
    )
    library_documents = ParentalManyToManyField(
        "wagtailcore.Page",
        verbose_name=_("library documents"),
        related_name="+",
        blank=True,
        limit_choices_to=page_types(["policy_library.LibraryDocumentPage"]),
    )
    policy_areas = ParentalManyToManyField(
        "iris_site.PolicyArea", verbose_name=_("policy areas"), related_name="+", blank=True
    )

    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONES,
        default=settings.TIME_ZONE,
        help_text=_("Where the event takes place: its page and calendars show its times there."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=Country.choices,
        blank=True,
        help_text=_("Where it takes place; leave empty for an event held only online."),
    )
    venue = models.CharField(
        _("venue"), max_length=255, blank=True, help_text=_("The building and its address.")
    )
    room = models.CharField(_("room"), max_length=120, blank=True)
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, hearing loops, quiet room, how to ask for assistance."),
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where people follow the event online.")
    )
    languages = LanguageCodesField(_("languages"))
    interpretation = LanguageCodesField(_("interpretation into"))
    body = RichTextField(
        _("about the event"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("Anything the summary, the agenda and the documents do not say."),
    )
    agenda = StreamField([("item", blocks.AgendaItemBlock())], verbose_name=_("agenda"), blank=True)
    documents = StreamField(
        [("document", blocks.DocumentBlock())], verbose_name=_("documents"), blank=True
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("The event will not take place; its page and calendars say so."),
    )

    minutes = RichTextField(_("minutes"), blank=True, features=RICH_TEXT)
    recording_url = models.URLField(_("recording"), blank=True)
    attendance = StreamField(
        [("attendance", blocks.AttendanceBlock())], verbose_name=_("attendance"), blank=True
    )
    conclusions = RichTextField(_("conclusions"), blank=True, features=RICH_TEXT)
    follow_up = StreamField(
        [("action", blocks.FollowUpBlock())], verbose_name=_("follow-up actions"), blank=True
    )

    # Calendar clients replace an event they hold when its SEQUENCE grows:
    # ``save`` bumps it when the time or the place changes (see ``schedule``).
    sequence = models.PositiveIntegerField(default=0, editable=False)
    schedule_digest = models.CharField(max_length=64, blank=True, editable=False)

    objects = PageManager.from_queryset(EventQuerySet)()

    fixed_kind = None  # the EventKind of a page type that has only one

    about_panels = [
        FieldPanel("summary"),
        FieldPanel("organisers"),
        FieldPanel("co_organisers"),
        FieldPanel("consultations"),
        FieldPanel("library_documents"),
        FieldPanel("policy_areas"),
    ]
    when_where_panels = [
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("time_zone")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("venue"),
                FieldPanel("room"),
                FieldPanel("accessibility"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("interpretation")], heading=_("Languages")
        ),
        FieldPanel("cancelled"),
    ]
    programme_panels = [FieldPanel("body"), FieldPanel("agenda"), FieldPanel("documents")]
    outcome_panels = [
        FieldPanel("minutes"),
        FieldPanel("recording_url"),
        FieldPanel("attendance"),
        FieldPanel("conclusions"),
        FieldPanel("follow_up"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.SearchField("minutes"),
        index.SearchField("conclusions"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
        index.FilterField("country"),
    ]
    # Values, not words: translations share them.
    override_translatable_fields = [
        SynchronizedField("time_zone"),
        SynchronizedField("country"),
        SynchronizedField("online_url"),
        SynchronizedField("recording_url"),
        SynchronizedField("languages"),
        SynchronizedField("interpretation"),
        SynchronizedField("kind"),
    ]
    parent_page_types = ["hearings.HearingIndexPage"]
    subpage_types = []
    is_creatable = False
    template = "hearings/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["starts_at"]), models.Index(fields=["ends_at"])]

    @classmethod
    def edit_handler_for(cls, *own_panels):
        """The editor's tabs: what the event is about (with the kind's own
        fields), when and where, the programme, the outcome."""
        return TabbedInterface(
            [
                ObjectList(
                    [*Page.content_panels, *cls.about_panels, *own_panels], heading=_("Event")
                ),
                ObjectList(cls.when_where_panels, heading=_("When and where")),
                ObjectList(cls.programme_panels, heading=_("Programme")),
                ObjectList(cls.outcome_panels, heading=_("Outcome")),
                ObjectList(Page.promote_panels, heading=_("Promote")),
                ObjectList(Page.settings_panels, heading=_("Settings")),
            ]
        )

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The event must end after it starts.")
        if not self.venue and not self.online_url:
            errors["venue"] = _("Give a venue, an online link, or both.")
        if errors:
            raise ValidationError(errors)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = self.fixed_kind or self.kind

    def save(self, *args, **kwargs):
        digest = self.schedule()
        if digest != self.schedule_digest:
            # Read from the database: a published revision carries the numbers
            # it was saved with, which an earlier publish may have passed.
            stored = type(self).objects.filter(pk=self.pk).values("sequence").first()
            if stored is not None:
                self.sequence = stored["sequence"] + 1
            self.schedule_digest = digest
        super().save(*args, **kwargs)

    def schedule(self):
        """A digest of what a calendar must learn about when it changes."""
        facts = [
            self.starts_at,
            self.ends_at,
            self.time_zone,
            self.venue,
            self.room,
            self.online_url,
            self.cancelled,
        ]
        # To the second, in UTC: a revision keeps times to the millisecond, so
        # publishing it must not count as a change of time.
        written = [
            fact.astimezone(datetime.UTC).isoformat(timespec="seconds")
            if isinstance(fact, datetime.datetime)
            else str(fact)
            for fact in facts
        ]
        return hashlib.sha256(repr(written).encode()).hexdigest()

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_hybrid(self):
        return bool(self.venue and self.online_url)

    @property
    def status(self):
        now = timezone.now()
        if self.cancelled:
            return EventStatus.CANCELLED
        if self.ends_at <= now:
            return EventStatus.MINUTES_PUBLISHED if self.minutes else EventStatus.HELD
        if self.starts_at <= now:
            return EventStatus.IN_PROGRESS
        return self.registration_status() or EventStatus.UPCOMING

    def registration_status(self):
        """``REGISTRATION_OPEN`` or ``FULL`` for kinds that take registrations."""
        return None

    @property
    def names_its_zone(self):
        """Times outside the site's time zone are shown with the zone's name."""
        return self.time_zone != settings.TIME_ZONE

    @property
    def language_names(self):
        return [SpokenLanguage(code).label for code in self.languages]

    @property
    def interpretation_names(self):
        return [SpokenLanguage(code).label for code in self.interpretation]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["policy_areas"] = [area.localized for area in self.policy_areas.all()]
        context["organisers"] = list(self.organisers.all())
        context["co_organisers"] = list(self.co_organisers.all())
        context["related_pages"] = self.live_related_pages()
        return context

    def live_related_pages(self):
        """The live consultations and library documents the event concerns, in
        the reader's language where they are translated."""
        return [
            page.localized
            for page in [*self.consultations.all(), *self.library_documents.all()]
            if page.live
        ]


class HearingIndexPage(EventIndexRoutes, IndexPage):
    """The events of one language, of every kind: those to come, soonest first,
    then past ones, latest first; filtered by kind, country, month and
    language, with a month view and a calendar feed of what it lists."""

    subpage_types = [
        "hearings.HearingPage",
        "hearings.ParliamentEventPage",
        "hearings.NetworkEventPage",
    ]

    class Meta:
        verbose_name = _("events index")

    def events(self):
        """Every public event in the reader's language, or the nearest
        language it is published in (shown with a note)."""
        return readers_versions(EventPage.objects.live().public())

    def filtered(self, request):
        """The filter form and the events it leaves."""
        events = self.events()
        form = EventFilterForm(request.GET or None, items=events)
        if form.is_valid():
            events = form.filter(events)
        return form, events

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, events = self.filtered(request)
        context["filter_form"] = form
        context["this_month"] = timezone.localtime().strftime("%Y-%m")
        month = form.chosen_month() if form.is_bound and form.is_valid() else None
        if month is not None:
            context["month"] = form.month_view(month, events.for_listing())
            return context
        context["page_obj"] = page = self.paginate(request, events.to_come_then_past())
        context["upcoming"] = [event for event in page if not event.is_past]
        context["past"] = [event for event in page if event.is_past]
        return context


class HearingPage(RegistrationRoutes, BoardRoutes, EventPage):
    """A public hearing: officials hear civil society on a draft, in a hall
    and online; people register for a seat."""

    fixed_kind = EventKind.HEARING

    capacity = models.PositiveIntegerField(
        _("seats in the room"),
        null=True,
        blank=True,
        help_text=_("Leave empty if people come without registering."),
    )
    online_capacity = models.PositiveIntegerField(
        _("online places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit; 0 if the hearing is not followed online."),
    )
    registration_deadline = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the hearing starts."),
    )
    consent_text = models.TextField(
        _("consent text"),
        default=_(
            "I agree that the organisers keep my name, e-mail and organisation to run "
            "this hearing, show them on the sign-in sheet and delete them six months after it."
        ),
    )

    content_panels = []
    edit_handler = EventPage.edit_handler_for(
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("online_capacity"),
                FieldPanel("registration_deadline"),
                FieldPanel("consent_text"),
            ],
            heading=_("Registration"),
        )
    )
    parent_page_types = ["hearings.HearingIndexPage"]
    subpage_types = []
    is_creatable = True

    class Meta:
        verbose_name = _("public hearing")
        verbose_name_plural = _("public hearings")

    template = "hearings/hearing_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sees_registrations"] = self.event_views.sees_registrations(request, self)
        context.update(self.event_views.board_context(request, self))
        return context

    @cached_property
    def original(self):
        """The hearing in the language it was first made in: the page its
        registrations and its board are kept on, for every translation."""
        if self.pk is None:
            return self
        pk = (
            HearingPage.objects.filter(translation_key=self.translation_key)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )
        return self if pk == self.pk else HearingPage.objects.get(pk=pk)

    @property
    def takes_registrations(self):
        return self.capacity is not None

    @property
    def registration_closes_at(self):
        return self.registration_deadline or self.starts_at

    def registration_status(self):
        if not self.takes_registrations or timezone.now() >= self.registration_closes_at:
            return None
        # None is a seat without limit: never full.
        if any(left is None or left > 0 for left in self.seats_left().values()):
            return EventStatus.REGISTRATION_OPEN
        return EventStatus.FULL

    def seat_limits(self):
        """``{seat: places}``; None is no limit, and a seat with 0 is not offered."""
        return {Seat.IN_PERSON: self.capacity or 0, Seat.ONLINE: self.online_capacity}

    @cached_property
    def seats_taken(self):
        return HearingRegistration.objects.seats_taken(self)

    def seats_left(self):
        """``{seat: places left}``, None where there is no limit."""
        return {
            seat: None if limit is None else max(limit - self.seats_taken.get(seat, 0), 0)
            for seat, limit in self.seat_limits().items()
        }


class ParliamentEventPage(EventPage):
    """An event at the European Parliament, hosted by MEPs, where the network's
    delegation presents its findings."""

    fixed_kind = EventKind.PARLIAMENT

    parliament_venue = models.CharField(
        _("where in Parliament"), max_length=20, choices=Venue.choices, default=Venue.BRUSSELS
    )
    hosts = ParentalManyToManyField(
        "hearings.MemberOfParliament",
        verbose_name=_("hosting MEPs"),
        related_name="hosted_events",
        blank=True,
    )
    committee = models.CharField(_("committee or intergroup"), max_length=200, blank=True)
    delegates = ParentalManyToManyField(
        "hearings.Person", verbose_name=_("the network's delegation"), related_name="+", blank=True
    )
    delegation_organisations = ParentalManyToManyField(
        "accounts.Organisation",
        verbose_name=_("organisations in the delegation"),
        related_name="+",
        blank=True,
    )
    gallery = StreamField(
        [("photograph", blocks.GalleryImageBlock())], verbose_name=_("photographs"), blank=True
    )
    press = StreamField(
        [("link", blocks.PressLinkBlock())], verbose_name=_("press coverage"), blank=True
    )

    content_panels = []
    edit_handler = EventPage.edit_handler_for(
        MultiFieldPanel(
            [
                FieldPanel("parliament_venue"),
                FieldPanel("hosts"),
                FieldPanel("committee"),
                FieldPanel("delegates"),
                FieldPanel("delegation_organisations"),
            ],
            heading=_("At the European Parliament"),
        ),
        FieldPanel("gallery"),
        FieldPanel("press"),
    )
    override_translatable_fields = [
        *EventPage.override_translatable_fields,
        SynchronizedField("parliament_venue"),
    ]
    parent_page_types = ["hearings.HearingIndexPage"]
    subpage_types = []
    is_creatable = True

    template = "hearings/parliament_event_page.html"

    class Meta:
        verbose_name = _("EU Parliament event")
        verbose_name_plural = _("EU Parliament events")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hosts"] = list(self.hosts.all())
        context["delegates"] = list(self.delegates.all())
        context["delegation_organisations"] = list(self.delegation_organisations.all())
        return context


class NetworkEventPage(EventPage):
    """One of the network's own events: a regional social academy, a
    partnership meeting, a Balkan briefing, a training, a media caravan stop."""

    content_panels = []
    edit_handler = EventPage.edit_handler_for(FieldPanel("kind"))
    parent_page_types = ["hearings.HearingIndexPage"]
    subpage_types = []
    is_creatable = True

    class Meta:
        verbose_name = _("network event")
        verbose_name_plural = _("network events")

    def clean(self):
        super().clean()
        if self.kind not in EventKind.network_kinds():
            raise ValidationError(
                {
                    "kind": _(
                        "Make a public hearing or an EU Parliament event as a page of its kind."
                    )
                }
            )
