"""A draft as an Akoma Ntoso 3.0 document (OASIS LegalDocML): a ``bill`` (an
``act`` once adopted) with its FRBR identification and the chapters, articles
and paragraphs of the draft, and the amendments proposed in comments as
``amendment`` documents that refer to the part they amend.

``bill_xml(parts, identity)`` works on any sequence of ``DraftPartBlock``
stream children (the page's draft, a stored version of it), so every version
and every language exports the same way.

Element ids. Each part's ``eId`` follows the Akoma Ntoso naming convention
and is made from the number in its heading, not from its position: "Član 5."
is ``art_5``, its paragraph "(2)" ``art_5__para_2``, "Glava II" ``chp_II``. An
article therefore keeps its ``eId`` in every version where it keeps its
number, and in every language (the translations number alike; the eIds of a
translation are taken from the original where it has the same block). Articles
are numbered through the whole law in the region's drafts, so their ``eId``
does not begin with the chapter's: moving an article into another chapter
keeps it. A part without a number is counted among its siblings of the same
kind. Should two parts come out with one ``eId`` (two articles "1" in two
annexes), the second is qualified by its container's and then by a count.

The ``wId`` (the work-level id, which the convention keeps across
renumbering) is the part's block id: the identity comments attach to, kept by
every edit, version and translation, so an article renumbered from 5 to 6 is
still traceable as the same one.
"""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from lxml import etree

from consultations.draft_import.headings import heading_number
from consultations.legaldocml import NAMESPACE

CONTENT_TYPE = "application/akn+xml; charset=utf-8"
# The site's languages as ISO 639-2 codes, as FRBR URIs name them. Serbian in
# either script is one language.
LANGUAGE_CODES = {
    "en": "eng",
    "sr-latn": "srp",
    "sr": "srp",
    "bs": "bos",
    "cnr": "cnr",
    "mk": "mkd",
    "sq": "sqi",
    "de": "deu",
}
# How deep each kind of part sits: a part belongs to the nearest part above
# it that sits higher.
RANKS = {"chapter": 1, "article": 2, "paragraph": 3}
ELEMENTS = {"chapter": "chapter", "article": "article", "paragraph": "paragraph"}
EID_PREFIXES = {"chapter": "chp", "article": "art", "paragraph": "para", "preamble": "preamble"}
# Characters XML 1.0 cannot hold: control characters pasted from other programs.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
SOURCE = "#iris"


def akn(tag):
    return f"{{{NAMESPACE}}}{tag}"


def language_code(language):
    """The ISO 639-2 code of a site language ("sr-latn" -> "srp")."""
    return LANGUAGE_CODES.get(language, language.split("-")[0])


@dataclass(frozen=True)
class Identity:
    """What names a draft's document in FRBR terms: the work (the law, in any
    language and version), the expression (one language at one date) and the
    manifestation (this XML file)."""

    country: str  # ISO 3166-1 alpha-2, e.g. "RS"
    year: int
    number: str  # the draft's number, or its stable slug where it has none
    language: str  # a site language code, e.g. "sr-latn"
    date: date  # the date of this version of the text
    title: str
    author: str  # the responsible institution
    author_id: str  # its slug
    name: str = "law"  # the kind of draft: law, bylaw, strategy...
    stage: str = "bill"  # "act" once adopted

    @property
    def work(self):
        return f"/akn/{self.country.lower()}/{self.stage}/{self.year}/{self.number}"

    @property
    def expression(self):
        return f"{self.work}/{language_code(self.language)}@{self.date.isoformat()}"

    @property
    def manifestation(self):
        return f"{self.expression}/!main.xml"

    def part_href(self, eid):
        """The address of one part of this expression, as amendments cite it."""
        return f"{self.expression}/!main#{eid}"


@dataclass
class Node:
    """A part with the parts that belong to it."""

    part: object  # a stream child: ``.id`` and ``.value`` (kind, label, title, text)
    children: list

    @property
    def kind(self):
        return self.part.value["kind"]


def outline(parts):
    """The parts as a tree: each chapter holds the articles after it, each
    article its paragraphs. Preamble parts stay at the top."""
    top, stack = [], []
    for part in parts:
        node = Node(part, [])
        rank = RANKS.get(node.kind, 0)
        while stack and RANKS[stack[-1].kind] >= rank:
            stack.pop()
        (stack[-1].children if stack and rank else top).append(node)
        if rank:
            stack.append(node)
    return top


def element_ids(parts):
    """Each part's eId by block id (see the module's docstring)."""
    ids = {}
    taken = Counter()

    def name(nodes, container):
        counts = Counter()
        for node in nodes:
            counts[node.kind] += 1
            prefix = EID_PREFIXES.get(node.kind, "hcontainer")
            number = heading_number(node.part.value["label"]).replace("/", "-")
            number = re.sub(r"\s+", "", number) or str(counts[node.kind])
            own = f"{prefix}_{number}"
            # Articles are numbered through the whole draft; the rest within their container.
            eid = own if node.kind in ("chapter", "article") or not container else None
            if eid is None or eid in taken:
                eid = f"{container}__{own}" if container else own
            taken[eid] += 1
            if taken[eid] > 1:
                eid = f"{eid}_{taken[eid]}"
                taken[eid] += 1
            ids[node.part.id] = eid
            name(node.children, eid)

    name(outline(parts), "")
    return ids


def _text(value):
    return NOT_XML.sub("", value or "")


def _sub(parent, tag, text=None, **attributes):
    element = etree.SubElement(parent, akn(tag), {k: v for k, v in attributes.items() if v})
    if text is not None:
        element.text = _text(text)
    return element


def _paragraphs(parent, text):
    """One ``<p>`` a line of ``text``; an empty ``<p/>`` for no text (the
    schema wants a block)."""
    for line in (text or "").split("\n"):
        _sub(parent, "p", line)


def _num_and_heading(element, value):
    if value["label"]:
        _sub(element, "num", value["label"])
    if value["title"]:
        _sub(element, "heading", value["title"])


def _hierarchy(parent, node, ids):
    value = node.part.value
    tag = ELEMENTS.get(node.kind, "hcontainer")
    element = _sub(
        parent,
        tag,
        eId=ids[node.part.id],
        wId=node.part.id,
        name=node.kind if tag == "hcontainer" else None,
    )
    _num_and_heading(element, value)
    if node.children:
        if value["text"]:
            _paragraphs(_sub(element, "intro"), value["text"])
        for child in node.children:
            _hierarchy(element, child, ids)
    else:
        _paragraphs(_sub(element, "content"), value["text"])


def _preamble(parent, nodes, ids):
    preamble = _sub(parent, "preamble")
    for node in nodes:
        container = _sub(preamble, "blockContainer", eId=ids[node.part.id], wId=node.part.id)
        _num_and_heading(container, node.part.value)
        _paragraphs(container, node.part.value["text"])


def _frbr(parent, tag, this, uri, when, author, extra=()):
    level = _sub(parent, tag)
    _sub(level, "FRBRthis", value=this)
    _sub(level, "FRBRuri", value=uri)
    _sub(level, "FRBRdate", date=when.isoformat(), name="Generation")
    _sub(level, "FRBRauthor", href=author)
    for child_tag, attributes in extra:
        _sub(level, child_tag, **attributes)
    return level


def _meta(document, identity, *, work=None, expression=None, active=None, author="author"):
    """``<meta>`` with the FRBR identification of ``identity``, the document
    it acts on (``active``) and the organisation that wrote it (eId
    ``author``: the documents inside a list need their own)."""
    work = work or identity.work
    expression = expression or identity.expression
    meta = _sub(document, "meta")
    identification = _sub(meta, "identification", source=SOURCE)
    _frbr(
        identification,
        "FRBRWork",
        f"{work}/!main",
        work,
        identity.date,
        f"#{author}",
        [
            ("FRBRcountry", {"value": identity.country.lower()}),
            ("FRBRnumber", {"value": identity.number}),
            ("FRBRname", {"value": _text(identity.title)}),
        ],
    )
    _frbr(
        identification,
        "FRBRExpression",
        f"{expression}/!main",
        expression,
        identity.date,
        f"#{author}",
        [("FRBRlanguage", {"language": language_code(identity.language)})],
    )
    _frbr(
        identification,
        "FRBRManifestation",
        f"{expression}/!main.xml",
        f"{expression}.akn",
        identity.date,
        SOURCE,
    )
    references = _sub(meta, "references", source=SOURCE)
    if active:
        _sub(references, "activeRef", href=active.expression, showAs=_text(active.title))
    if author == "author":
        _sub(
            references,
            "TLCOrganization",
            eId="iris",
            href="/ontology/organization/iris-dialogue",
            showAs="IRIS Dialogue",
        )
    _sub(
        references,
        "TLCOrganization",
        eId=author,
        href=f"/ontology/organization/{identity.author_id}",
        showAs=_text(identity.author),
    )
    return meta


def _serialise(document):
    return etree.tostring(
        document.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )


def _root():
    return etree.Element(akn("akomaNtoso"), nsmap={None: NAMESPACE})


def bill_xml(parts, identity, ids=None):
    """The Akoma Ntoso document of ``parts`` (``DraftPartBlock`` stream
    children in document order) as UTF-8 bytes. ``ids`` gives the eIds by
    block id (``element_ids`` of the original, for a translation); parts it
    lacks are named from ``parts`` themselves."""
    parts = list(parts)
    ids = {**element_ids(parts), **(ids or {})}
    root = _root()
    document = _sub(root, identity.stage, name=identity.name)
    _meta(document, identity)
    preface = _sub(document, "preface")
    title = _sub(preface, "longTitle")
    _sub(_sub(title, "p"), "docTitle", identity.title)
    nodes = outline(parts)
    # The preamble is what comes before the first chapter or article; a draft
    # that is all preamble keeps it in the body, which cannot be empty.
    leading = 0
    while leading < len(nodes) and nodes[leading].kind == "preamble":
        leading += 1
    if leading == len(nodes):
        leading = 0
    if leading:
        _preamble(document, nodes[:leading], ids)
    body = _sub(document, "body")
    for node in nodes[leading:]:
        _hierarchy(body, node, ids)
    return _serialise(document)


@dataclass(frozen=True)
class Amendment:
    """An amendment proposed in a comment, as the export needs it."""

    number: int  # the comment's id
    date: date
    language: str
    proposer: str  # the organisation, or "Individual"
    part_id: str  # the block id of the part amended, "" for the whole draft
    part_name: str  # the part's heading as the proposer saw it
    proposed_text: str
    justification: str


def amendments_xml(amendments, identity, ids):
    """The public amendments to the draft ``identity`` names, as an Akoma
    Ntoso ``amendmentList`` of ``amendment`` documents. Each refers to the
    ``eId`` (``ids``, by block id) of the part it amends, or to the whole
    draft."""
    root = _root()
    work = f"/akn/{identity.country.lower()}/amendmentList/{identity.year}/{identity.number}"
    expression = f"{work}/{language_code(identity.language)}@{identity.date.isoformat()}"
    collection = _sub(root, "amendmentList", name="amendments")
    _meta(
        collection,
        identity,
        work=work,
        expression=expression,
        active=identity,
    )
    body = _sub(collection, "collectionBody")
    for amendment in amendments:
        component = _sub(body, "component", eId=f"cmp_{amendment.number}")
        _amendment(component, amendment, identity, ids)
    if not len(body):
        interstitial = _sub(body, "component", eId="cmp_none")
        _sub(_sub(interstitial, "interstitial", eId="cmp_none__intstl_1"), "p")
    return _serialise(collection)


def _amendment(parent, amendment, identity, ids):
    own = Identity(
        country=identity.country,
        year=amendment.date.year,
        number=f"{identity.number}-{amendment.number}",
        language=amendment.language or identity.language,
        date=amendment.date,
        title=amendment.part_name or identity.title,
        author=amendment.proposer,
        author_id=f"proposer_{amendment.number}",
        name="amendment",
        stage="amendment",
    )
    document = _sub(parent, "amendment", name="amendment")
    _meta(document, own, active=identity, author=own.author_id)
    body = _sub(document, "amendmentBody")
    heading = _sub(_sub(body, "amendmentHeading"), "p")
    eid = ids.get(amendment.part_id)
    href = identity.part_href(eid) if eid else f"{identity.expression}/!main"
    _sub(heading, "ref", amendment.part_name or identity.title, href=href)
    _paragraphs(_sub(body, "amendmentContent"), amendment.proposed_text)
    _paragraphs(_sub(body, "amendmentJustification"), amendment.justification)
