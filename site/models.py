import string

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from iris_site import hooks, page_cache
from iris_site.languages import preference, readers_versions
from iris_site.transliteration import SERBIAN_LATIN, TO_LATIN, Transliterator, letters_to_cyrillic


class HomePage(Page):
    """The front door: an introduction, then one panel per feature app."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(
        _("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["panels"] = hooks.panels(hooks.HOME_PANELS, request)
        return context

    def route(self, request, path_components):
        """Wagtail's routing from the site's root reads two pages per level of
        the path; the page a path leads to is remembered until the page tree
        changes, so a request reads that page alone, which then routes the
        rest of the path itself (a routable page's own addresses)."""
        if not path_components:
            return super().route(request, path_components)
        routed = []

        def destination():
            routed.append(self.route_in_any_language(request, path_components))
            page = routed[0].page
            # Every language's home page is at the same depth.
            return page.specific_class._meta.label, page.pk, page.depth - self.depth

        label, pk, depth = page_cache.site_cached(
            request, f"route:{self.pk}:{'/'.join(path_components)}", destination
        )
        if routed:
            return routed[0]
        page = apps.get_model(label).objects.filter(pk=pk).first()
        if page is None:
            raise Http404
        return page.route(request, path_components[depth:])

    def route_in_any_language(self, request, path_components):
        """A page of another language's tree, under this language's prefix,
        where this tree has none at that path: the reader of a language
        without a translation sees the page in the nearest language, with a
        note (``iris_site.languages.url_in_language`` makes these
        addresses). The other trees are tried in the reader's order."""
        try:
            return super().route(request, path_components)
        except Http404:
            pass
        others = (
            self.get_translations()
            .live()
            .annotate(preference=preference(self.locale.language_code))
            .order_by("preference", "pk")
        )
        for home in others:
            try:
                return Page.route(home, request, path_components)
            except Http404:
                continue
        raise Http404


class ContentPage(Page):
    """A page of plain content under the home page (about the platform, say):
    an introduction and a body, in every language the home page has."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(
        _("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["iris_site.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class IndexPage(Page):
    """What every feature app's index page shares (consultations, hearings, the
    library): an introduction, one page per language under the home page, and
    its listing paged alike. A subclass names its ``subpage_types`` and builds
    its listing in ``get_context``."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["iris_site.HomePage"]
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        abstract = True

    @classmethod
    def in_readers_language(cls):
        """The live index of the reader's language (or, lacking one, of the
        nearest language), or None: the home panels are left out where there
        is none."""
        return readers_versions(cls.objects.live().public()).first()

    def paginate(self, request, queryset):
        """The page of ``queryset`` that ``?page=`` asks for: the last one past
        the end, the first one for anything that is not a number."""
        return Paginator(queryset, self.per_page).get_page(request.GET.get("page"))


def page_types(labels):
    """A database condition on pages of the types named ``labels``
    (``"consultations.ConsultationPage"``): how one app links to another's
    pages without importing it."""
    condition = Q()
    for label in labels:
        app_label, model = label.lower().split(".")
        condition |= Q(content_type__app_label=app_label, content_type__model=model)
    return condition


class PolicyArea(TranslatableMixin, models.Model):
    """A topic of the managed taxonomy that consultations, events and library
    documents are filed under (asylum, social protection, integration...)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("policy area")
        verbose_name_plural = _("policy areas")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_policy_area_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class ScriptSpellingQuerySet(models.QuerySet):
    def transliterator(self):
        """A transliterator that writes the reviewed words as editors settled them."""
        return Transliterator(
            self.filter(reviewed=True).values_list("latin", "cyrillic", "whole_word")
        )

    def note_ambiguous(self, words):
        """Lists ``words`` (lower case) for an editor to settle, once each."""
        longest = ScriptSpelling._meta.get_field("latin").max_length
        words = {word for word in words if len(word) <= longest}
        known = set(self.filter(latin__in=words).values_list("latin", flat=True))
        self.bulk_create(
            ScriptSpelling(latin=word, cyrillic=letters_to_cyrillic(word), reviewed=False)
            for word in sorted(set(words) - known)
        )


class ScriptSpelling(models.Model):
    """How a word is written in Cyrillic when it is not letter for letter:
    two letters where lj, nj or dž are usually one, or a foreign name or
    acronym that stays in Latin. The script converter lists each ambiguous
    word it meets here, unreviewed, for an editor to settle."""

    latin = models.CharField(
        _("word in Latin script"),
        max_length=60,
        unique=True,
        help_text=_("In small letters, e.g. odžaliti, or a name such as wagtail."),
    )
    cyrillic = models.CharField(
        _("written in Cyrillic"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty to keep the word in Latin script."),
    )
    whole_word = models.BooleanField(
        _("whole word only"),
        default=True,
        help_text=_("Otherwise every word that begins with it is written this way."),
    )
    reviewed = models.BooleanField(
        _("reviewed"),
        default=True,
        help_text=_("Only reviewed spellings are used; the converter adds words to review."),
    )

    objects = ScriptSpellingQuerySet.as_manager()

    panels = [
        FieldPanel("latin"),
        FieldPanel("cyrillic"),
        FieldPanel("whole_word"),
        FieldPanel("reviewed"),
    ]

    class Meta:
        verbose_name = _("script spelling")
        verbose_name_plural = _("script spellings")
        ordering = ["reviewed", "latin"]

    def __str__(self):
        return self.latin

    def clean(self):
        self.latin = self.latin.strip().lower()
        self.cyrillic = self.cyrillic.strip().lower()
        errors = {}
        if not self.latin or set(self.latin) - SERBIAN_LATIN - set(string.ascii_lowercase):
            errors["latin"] = _("Enter one word in Latin letters, without spaces or digits.")
        if set(self.cyrillic) - set(TO_LATIN) - {"\u0301"}:
            errors["cyrillic"] = _(
                "Enter the word in Serbian or Montenegrin Cyrillic letters only."
            )
        if errors:
            raise ValidationError(errors)


class NumberedEventQuerySet(models.QuerySet):
    def stream(self, subject, audience):
        """The events of ``subject`` (any of its translations) for ``audience``."""
        return self.filter(
            **{self.model.subject_field: self.model.kept_on(subject), "audience": audience}
        )

    def latest_sequence(self, subject, audience):
        """The number of the last event of the stream; 0 before the first."""
        latest = self.stream(subject, audience).aggregate(latest=models.Max("sequence"))["latest"]
        return latest or 0


class NumberedEvent(models.Model):
    """The base of a live stream's record (a consultation's threads, a
    hearing's board): one row per change a live reader is told about,
    numbered from 1 without gaps per subject and audience, so a reader can
    tell from the numbers alone whether it missed something and catch up
    from here (``iris_site.live``). A subclass adds the foreign key named by
    ``subject_field``, its ``audience`` and ``kind`` fields with their
    choices, and ``sequence_constraint`` in its ``Meta.constraints``."""

    subject_field = None

    sequence = models.PositiveBigIntegerField(_("sequence"))
    created_at = models.DateTimeField(_("happened at"), auto_now_add=True)

    objects = NumberedEventQuerySet.as_manager()

    class Meta:
        abstract = True

    @classmethod
    def kept_on(cls, subject):
        """The row the events of ``subject`` belong to, one for all its
        translations (the original, where the subject has one)."""
        return getattr(subject, "original", subject)

    @staticmethod
    def sequence_constraint(subject_field, name):
        """One event per number of a subject's stream: the database's backstop
        to the row lock of ``iris_site.live.record``."""
        return models.UniqueConstraint(fields=[subject_field, "audience", "sequence"], name=name)
