"""The StreamField blocks of an event page: its agenda, its documents and its
outcomes. Speakers are ``Person`` snippets, so one person speaks at many events."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from accounts.organisation_kinds import OrganisationKind


class AgendaItemBlock(blocks.StructBlock):
    """One timed item of the agenda, in the event's time zone."""

    starts = blocks.TimeBlock(label=_("starts"))
    ends = blocks.TimeBlock(label=_("ends"), required=False)
    title = blocks.CharBlock(label=_("title"), max_length=255)
    description = blocks.TextBlock(label=_("description"), required=False)
    speakers = blocks.ListBlock(
        SnippetChooserBlock("hearings.Person"), label=_("speakers"), default=[]
    )

    def get_context(self, value, parent_context=None):
        # Each speaker's position in every language at once, for the reader's.
        prefetch_related_objects(list(value["speakers"]), "roles__locale")
        return super().get_context(value, parent_context)

    class Meta:
        icon = "time"
        label = _("Agenda item")
        template = "hearings/blocks/agenda_item.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("label"), required=False, help_text=_('What it is: "Invitation", "Slides".')
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class AttendanceValue(blocks.StructValue):
    def kind_label(self):
        return OrganisationKind(self["kind"]).label


class AttendanceBlock(blocks.StructBlock):
    """How many people came for one kind of organisation."""

    kind = blocks.ChoiceBlock(choices=OrganisationKind.choices, label=_("kind of organisation"))
    people = blocks.IntegerBlock(min_value=0, label=_("people"))

    class Meta:
        icon = "group"
        label = _("Attendance")
        value_class = AttendanceValue


class FollowUpBlock(blocks.StructBlock):
    action = blocks.CharBlock(label=_("action"), max_length=500)
    owner = blocks.CharBlock(label=_("owner"), max_length=255)
    due = blocks.DateBlock(label=_("due by"), required=False)

    class Meta:
        icon = "tasks"
        label = _("Follow-up action")


class PressLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("headline"), max_length=255)
    outlet = blocks.CharBlock(label=_("outlet"), max_length=120)
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("Press coverage")


class GalleryImageBlock(ImageBlock):
    """A photograph with its alternative text (Wagtail's ``ImageBlock`` asks for it)."""

    class Meta:
        label = _("Photograph")
