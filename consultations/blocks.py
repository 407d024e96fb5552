"""The draft text as a StreamField: one block a part, in document order.

Each block keeps its id when the draft is edited, reordered or translated
(Wagtail and wagtail-localize carry block ids along), so that id is the stable
identity that comments attach to."""

import uuid

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# The values of consultations.draft_import.PartKind (that package reads
# uploads, so it loads later than the models).
PART_KIND_CHOICES = [
    ("preamble", _("Preamble")),
    ("chapter", _("Chapter")),
    ("article", _("Article")),
    ("paragraph", _("Paragraph")),
]


class PartKindBlock(blocks.ChoiceBlock):
    """Whether a part is a chapter, an article... Search leaves it out: the
    heading already says so in the draft's language, and the kind's label, in
    the editor's language, put "Chapter Глава I" in the search results."""

    def get_searchable_content(self, value):
        return []


class DraftPartBlock(blocks.StructBlock):
    """A chapter, article or paragraph of the draft. ``label`` is the heading as
    written ("Član 5.", "Glava II"); the text holds one paragraph a line."""

    kind = PartKindBlock(choices=PART_KIND_CHOICES, default="article")
    label = blocks.CharBlock(label=_("heading"), max_length=80, required=False)
    title = blocks.CharBlock(label=_("title"), max_length=255, required=False)
    text = blocks.TextBlock(label=_("text"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Part of the draft")
        template = "consultations/includes/draft_part.html"


def draft_stream(parts, keep_ids_from=()):
    """Stream data for ``ConsultationPage.draft`` from ``(kind, label, title,
    text)`` tuples, in document order, each part with its block id.

    A part with the kind and heading of a block in ``keep_ids_from`` (the draft
    it replaces) keeps that block's id, so comments made on "Član 5." stay with
    it when the draft is imported again; other parts get a new id."""
    earlier_ids = {}
    for block in keep_ids_from:
        earlier_ids.setdefault((block.value["kind"], block.value["label"]), block.id)
    return [
        {
            "type": "part",
            "value": {"kind": kind, "label": label, "title": title, "text": text},
            "id": (label and earlier_ids.pop((kind, label), None)) or str(uuid.uuid4()),
        }
        for kind, label, title, text in parts
    ]


def part_rows(stream):
    """``(id, kind, label, title, text)`` of each part of a draft stream (a
    page's draft, a version's parts), in document order."""
    return [
        (
            item["id"],
            item["value"].get("kind", ""),
            item["value"].get("label", ""),
            item["value"].get("title", ""),
            item["value"].get("text", ""),
        )
        for item in stream.raw_data
    ]
