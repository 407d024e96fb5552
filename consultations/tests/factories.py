"""Builders for consultations, their comments, answers and reports, shared by
every test of the app."""

import io
from datetime import timedelta
from pathlib import Path

import docx
import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from fpdf import FPDF

from accounts.tests.factories import InstitutionFactory, PageFactory, UserFactory
from consultations.actions.sections import OpenInstitutionSection
from consultations.blocks import draft_stream
from consultations.models import (
    Answer,
    Comment,
    CommentKind,
    CommentState,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationReport,
    DraftKind,
    InstitutionConsultationsPage,
    Outcome,
)


def days_from_now(days):
    return timezone.now() + timedelta(days=days)


class ConsultationIndexPageFactory(PageFactory):
    class Meta:
        model = ConsultationIndexPage

    title = "Consultations"
    slug = "consultations"


def section_of(institution, index):
    """The institution's section under ``index``, opened as the platform opens it."""
    return OpenInstitutionSection(index, institution).execute()


def _institution_of(consultation):
    parent = consultation.parent.specific
    if isinstance(parent, InstitutionConsultationsPage):
        return parent.institution
    return InstitutionFactory()


class ConsultationPageFactory(PageFactory):
    """An open consultation, unless built with ``upcoming=True`` or ``closed=True``.
    Given the consultation index as ``parent``, it goes into its institution's
    section there, opened if missing; given a section, it belongs to its institution."""

    class Meta:
        model = ConsultationPage

    title = factory.Sequence(lambda n: f"Draft Law on Asylum, version {n}")
    summary = "Changes to the registration of asylum seekers."
    kind = DraftKind.LAW
    institution = factory.LazyAttribute(_institution_of)
    country = "RS"
    opens_at = factory.LazyFunction(lambda: days_from_now(-5))
    closes_at = factory.LazyFunction(lambda: days_from_now(25))
    draft = factory.LazyFunction(lambda: articles(3))

    class Params:
        upcoming = factory.Trait(
            opens_at=factory.LazyFunction(lambda: days_from_now(5)),
            closes_at=factory.LazyFunction(lambda: days_from_now(35)),
        )
        closed = factory.Trait(
            opens_at=factory.LazyFunction(lambda: days_from_now(-35)),
            closes_at=factory.LazyFunction(lambda: days_from_now(-5)),
        )

    @classmethod
    def _create(cls, model_class, parent, **fields):
        if isinstance(parent.specific, ConsultationIndexPage):
            parent = section_of(fields["institution"], parent)
        return super()._create(model_class, parent, **fields)


def articles(count, first=1):
    """Draft stream data of ``count`` articles, "Article 1" onwards."""
    return draft_stream(
        ("article", f"Article {number}", "", f"The text of article {number}.")
        for number in range(first, first + count)
    )


class CommentFactory(DjangoModelFactory):
    """A published general remark on the draft as a whole, by a new person."""

    class Meta:
        model = Comment

    consultation = factory.SubFactory(ConsultationPageFactory)
    author = factory.SubFactory(UserFactory)
    kind = CommentKind.GENERAL
    text = factory.Sequence(lambda n: f"Remark number {n} on the draft.")
    state = CommentState.PUBLISHED


def comment_on_part(consultation, part, **fields):
    """A comment on ``part`` (a stream block of the draft), keeping its wording."""
    return CommentFactory(
        consultation=consultation.original,
        part_id=part.id,
        part_label=part.value["label"],
        part_text=part.value["text"],
        **fields,
    )


class AnswerFactory(DjangoModelFactory):
    class Meta:
        model = Answer

    comment = factory.SubFactory(CommentFactory)
    outcome = Outcome.ACCEPTED
    reasoning = "The wording is adopted in the final draft."
    answered_by = factory.SubFactory(UserFactory)


class ConsultationReportFactory(DjangoModelFactory):
    """A published report, unless built with ``published_at=None``."""

    class Meta:
        model = ConsultationReport

    consultation = factory.SubFactory(ConsultationPageFactory, closed=True)
    introduction = "The ministry received comments from civil-society organisations."
    published_at = factory.LazyFunction(timezone.now)


ROLES = [
    "anonymous",
    "signed-in user",
    "comment author",
    "moderator",
    "official of the institution",
    "official of another institution",
    "editor",
]
STATES = ["upcoming", "open", "closed", "report published"]


def consultation_in(state, parent, **fields):
    """A consultation in ``state`` (one of STATES), with a published report
    for "report published"."""
    dates = {"upcoming": {"upcoming": True}, "open": {}}.get(state, {"closed": True})
    consultation = ConsultationPageFactory(parent=parent, **dates, **fields)
    if state == "report published":
        ConsultationReportFactory(consultation=consultation)
    return consultation


def person_as(role, consultation, comment=None):
    """A user in ``role`` (one of ROLES) towards ``consultation``; the comment
    author is ``comment``'s. None for anonymous."""
    from django.contrib.auth.models import AnonymousUser

    from accounts.tests.factories import editor, moderator, official_of

    builders = {
        "anonymous": AnonymousUser,
        "signed-in user": UserFactory,
        "comment author": lambda: comment.author,
        "moderator": moderator,
        "official of the institution": lambda: official_of(consultation.institution),
        "official of another institution": lambda: official_of(InstitutionFactory()),
        "editor": editor,
    }
    return builders[role]()


# Draft files, as officials upload them ---------------------------------------------

# The demo's 40-article draft Law on Asylum and Temporary Protection, Serbian Latin.
DEMO_DRAFT = Path(__file__).resolve().parents[1] / "demo" / "nacrt-zakona-o-azilu.txt"
FONT = Path(__file__).resolve().parent / "files" / "NotoSans-Regular.ttf"


class DraftPDF(FPDF):
    """An A4 draft in Noto Sans, with the page number at the foot of each page as
    ministries print them."""

    def __init__(self):
        super().__init__(format="A4")
        self.add_font("Noto Sans", fname=FONT)
        self.set_font("Noto Sans", size=11)

    def footer(self):
        self.set_y(-15)
        self.cell(0, 10, f"- {self.page_no()} -", align="C")


def pdf_of_paragraphs(text):
    """A PDF where each line of ``text`` is a paragraph, wrapped to the page width."""
    pdf = DraftPDF()
    pdf.add_page()
    for paragraph in text.splitlines():
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def draft_docx(text):
    """A Word file of a Serbian draft as officials write one: chapters and
    articles as headings, each article's title under its number after a line
    break (Shift+Enter)."""
    document = docx.Document()
    lines = iter(text.splitlines())
    for line in lines:
        if line.startswith("Glava"):
            document.add_heading(line, level=1)
        elif line.startswith("Član"):
            heading = document.add_heading(line, level=2)
            heading.add_run().add_break()
            heading.add_run(next(lines))
        else:
            document.add_paragraph(line)
    return docx_bytes(document)


def answered_comment_on_part(consultation, part):
    """A comment on ``part`` by an organisation, co-signed by another, answered."""
    from accounts.tests.factories import OrganisationFactory

    comment = comment_on_part(consultation, part, organisation=OrganisationFactory())
    comment.cosignatures.create(organisation=OrganisationFactory(), signed_by=UserFactory())
    AnswerFactory(comment=comment)
    return comment
