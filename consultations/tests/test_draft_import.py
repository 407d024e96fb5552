"""An official uploads a draft as Word, PDF or text and sees it divided into the
chapters, articles and numbered paragraphs of the import preview."""

import io

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from fpdf import FPDF
from PIL import Image, ImageDraw
from pypdf import PdfWriter

from consultations.draft_import import DraftImportError, PartKind, read_text, split_draft
from consultations.tests.factories import (
    DEMO_DRAFT,
    DraftPDF,
    docx_bytes,
    draft_docx,
    pdf_of_paragraphs,
)

# A 40-article draft Law on Asylum and Temporary Protection in Serbian Latin, with
# one inserted article (12a), as a ministry would put it to consultation.
DRAFT = DEMO_DRAFT.read_text(encoding="utf-8")

SERBIAN_CYRILLIC = """Глава II
ПРАВО НА АЗИЛ
Члан 5.
Право на азил
(1) Право на азил у Републици Србији има сваки странац који оправдано страхује од прогањања.
(2) Странац коме је одобрен азил има право на боравак.
Члан 6.
Забрана враћања
Ниједно лице не сме бити протерано или враћено на територију на којој би његов живот био угрожен.
"""


def pdf_upload(pages, name="nacrt.pdf"):
    """A PDF whose pages hold the given lines, each printed as one line."""
    pdf = DraftPDF()
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return SimpleUploadedFile(name, bytes(pdf.output()))


def upload(name, data):
    return SimpleUploadedFile(name, data)


def outline_shape(outline):
    """What the preview lists: each part's label and title, articles indented."""
    return [
        (part.label, part.title, [(child.label, child.title) for child in part.children])
        for part in outline.parts
    ]


@pytest.fixture(scope="module")
def draft_outline():
    return split_draft(DRAFT)


def article(outline, label):
    return next(
        part
        for top in outline.parts
        for part in [top, *top.children]
        if part.kind == PartKind.ARTICLE and part.label == label
    )


# Chapters, articles and paragraphs of the Serbian draft ---------------------------


def test_draft_is_divided_into_its_six_chapters(draft_outline):
    chapters = [part for part in draft_outline.parts if part.kind == PartKind.CHAPTER]

    assert [(c.label, c.number, c.title, len(c.children)) for c in chapters] == [
        ("Glava I", "I", "OSNOVNE ODREDBE", 9),
        ("Glava II", "II", "NADLEŽNOST", 4),
        ("Glava III", "III", "POSTUPAK AZILA", 12),
        ("Glava IV", "IV", "PRAVA I OBAVEZE", 8),
        ("Glava V", "V", "PRIVREMENA ZAŠTITA", 4),
        ("Glava VI", "VI", "PRELAZNE I ZAVRŠNE ODREDBE", 4),
    ]
    assert draft_outline.warnings == []


def test_every_article_is_found_with_its_number_and_title(draft_outline):
    articles = [a for chapter in draft_outline.parts for a in chapter.children]

    assert [a.number for a in articles] == [
        *map(str, range(1, 13)),
        "12a",
        *map(str, range(13, 41)),
    ]
    assert {a.kind for a in articles} == {PartKind.ARTICLE}
    assert (articles[0].label, articles[0].title) == ("Član 1.", "Predmet zakona")
    assert (articles[12].label, articles[12].title) == (
        "Član 12a",
        "Saradnja sa Visokim komesarijatom Ujedinjenih nacija za izbeglice",
    )
    assert (articles[-1].label, articles[-1].title) == ("Član 40.", "Stupanje na snagu")
    assert articles[-1].text == (
        "Ovaj zakon stupa na snagu osmog dana od dana objavljivanja "
        "u „Službenom glasniku Republike Srbije”."
    )


def test_text_before_the_first_chapter_is_the_preamble(draft_outline):
    preamble = draft_outline.parts[0]

    assert preamble.kind == PartKind.PREAMBLE
    assert preamble.text.splitlines() == [
        "Na osnovu člana 97. tačka 2. Ustava Republike Srbije, Narodna skupština donosi",
        "ZAKON",
        "O AZILU I PRIVREMENOJ ZAŠTITI",
        "(Nacrt za javnu raspravu)",
    ]


def test_numbered_paragraphs_become_parts_of_their_article(draft_outline):
    best_interest = article(draft_outline, "Član 7.")

    assert best_interest.text == ""
    assert [(p.kind, p.number, p.label) for p in best_interest.children] == [
        (PartKind.PARAGRAPH, "1", "(1)"),
        (PartKind.PARAGRAPH, "2", "(2)"),
        (PartKind.PARAGRAPH, "3", "(3)"),
    ]
    assert best_interest.children[2].text == (
        "Maloletniku bez pratnje organ starateljstva postavlja privremenog staratelja "
        "pre podnošenja zahteva za azil."
    )


def test_listed_points_stay_in_the_text_of_their_article(draft_outline):
    definitions = article(draft_outline, "Član 2.")

    assert definitions.children == []
    lines = definitions.text.splitlines()
    assert lines[0] == "Pojedini izrazi upotrebljeni u ovom zakonu imaju sledeće značenje:"
    assert [line[:3] for line in lines[1:]] == ["1) ", "2) ", "3) ", "4) "]


# The same draft from each kind of file --------------------------------------------


def test_word_file_gives_the_same_parts_as_the_text(draft_outline):
    text = read_text(upload("nacrt-zakona-o-azilu.docx", draft_docx(DRAFT))).text

    assert split_draft(text) == draft_outline


def test_pdf_gives_the_same_parts_as_the_text(draft_outline):
    text = read_text(upload("nacrt-zakona-o-azilu.pdf", pdf_of_paragraphs(DRAFT))).text

    assert split_draft(text) == draft_outline


def test_pdf_lines_broken_by_hyphens_and_pages_are_joined_again():
    pdf = pdf_upload(
        [
            [
                "Član 1.",
                "Predmet zakona",
                "Ovim zakonom uređuju se položaj, prava i obaveze tražilaca azila i lica kojima je odo-",
                "breno pravo na azil ili privremena zaštita, kao i postupak za odobrenje i prestanak",
                "prava na azil.",
                "Član 2.",
                "Pravo na azil",
                "(1) Pravo na azil u Republici Srbiji ima svaki stranac koji opravdano strahuje od pro-",
            ],
            [
                "ganjanja u državi porekla ili uobičajenog boravišta, bez obzira na način ulaska u",
                "Republiku Srbiju.",
                "(2) Stranac kome je odobren azil ima pravo na boravak i pravo na rad u Republici",
                "Srbiji, kao i pravo na zaštitu od vraćanja.",
            ],
        ]
    )

    outline = split_draft(read_text(pdf).text)

    first, second = outline.parts
    assert first.text == (
        "Ovim zakonom uređuju se položaj, prava i obaveze tražilaca azila i lica kojima je "
        "odobreno pravo na azil ili privremena zaštita, kao i postupak za odobrenje i prestanak "
        "prava na azil."
    )
    assert [p.text for p in second.children] == [
        "Pravo na azil u Republici Srbiji ima svaki stranac koji opravdano strahuje od "
        "proganjanja u državi porekla ili uobičajenog boravišta, bez obzira na način ulaska u "
        "Republiku Srbiju.",
        "Stranac kome je odobren azil ima pravo na boravak i pravo na rad u Republici Srbiji, "
        "kao i pravo na zaštitu od vraćanja.",
    ]


def test_pdf_protected_only_against_copying_is_read():
    writer = PdfWriter(clone_from=io.BytesIO(pdf_of_paragraphs("Član 1.\nPredmet zakona")))
    writer.encrypt(user_password="", owner_password="ministarstvo")
    protected = io.BytesIO()
    writer.write(protected)

    outline = split_draft(read_text(upload("nacrt.pdf", protected.getvalue())).text)

    assert outline_shape(outline) == [("Član 1.", "Predmet zakona", [])]


def test_word_tables_are_kept_row_by_row():
    document = docx.Document()
    document.add_paragraph("Član 41.")
    document.add_paragraph("Takse")
    table = document.add_table(rows=2, cols=2)
    rows = [("Zahtev", "Iznos"), ("Putna isprava za izbeglice", "0 dinara")]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value

    outline = split_draft(read_text(upload("takse.docx", docx_bytes(document))).text)

    assert outline.parts[0].text.splitlines() == [
        "Zahtev | Iznos",
        "Putna isprava za izbeglice | 0 dinara",
    ]


def test_utf8_text_with_a_byte_order_mark_is_read(draft_outline):
    data = "\ufeff".encode() + DRAFT.encode()

    assert split_draft(read_text(upload("nacrt.txt", data)).text) == draft_outline


def test_latin_text_saved_in_windows_1250_is_read(draft_outline):
    data = DRAFT.encode("cp1250")

    text = read_text(upload("nacrt.txt", data)).text

    assert "Načelo zabrane proterivanja ili vraćanja" in text
    assert outline_shape(split_draft(text)) == outline_shape(draft_outline)


def test_cyrillic_text_saved_in_windows_1251_is_read():
    text = read_text(upload("нацрт.txt", SERBIAN_CYRILLIC.encode("cp1251"))).text

    assert outline_shape(split_draft(text)) == [
        (
            "Глава II",
            "ПРАВО НА АЗИЛ",
            [("Члан 5.", "Право на азил"), ("Члан 6.", "Забрана враћања")],
        )
    ]


# Headings in the region's languages and scripts ------------------------------------

MACEDONIAN = """Поглавје II
ПРАВО НА АЗИЛ
Член 5
Право на азил
(1) Право на азил во Република Северна Македонија има секој странец кој основано стравува од прогонување.
(2) Странецот на кој му е признаено право на азил има право на престој.
Член 6
Забрана за враќање
Ниедно лице не смее да биде протерано или вратено на територија каде неговиот живот би бил загрозен.
"""
ALBANIAN = """Kapitulli II
E DREJTA E AZILIT
Neni 5
E drejta e azilit
1. Çdo i huaj që ka frikë të bazuar nga përndjekja ka të drejtë azili në Republikën e Shqipërisë.
2. I huaji të cilit i është njohur azili ka të drejtë qëndrimi.
Neni 6
Ndalimi i kthimit
Asnjë person nuk mund të dëbohet ose të kthehet në një territor ku jeta e tij do të ishte e rrezikuar.
"""
ENGLISH = """Chapter II
RIGHT TO ASYLUM
Article 5 – Right to asylum
1. Every foreigner who has a well-founded fear of persecution has the right to asylum.
2. A foreigner who has been granted asylum has the right to residence.
Article 6
Prohibition of refoulement
No person shall be expelled or returned to a territory where their life would be threatened.
"""
GERMAN = """Kapitel II
ASYLRECHT
Artikel 5
Recht auf Asyl
(1) Jeder Ausländer, der begründete Furcht vor Verfolgung hat, hat das Recht auf Asyl.
(2) Ein Ausländer, dem Asyl gewährt wurde, hat das Recht auf Aufenthalt.
Artikel 6
Verbot der Zurückweisung
Niemand darf in ein Gebiet ausgewiesen oder zurückgewiesen werden, in dem sein Leben bedroht wäre.
"""
BOSNIAN = """Poglavlje II
PRAVO NA AZIL
Čl. 5
Pravo na azil
(1) Pravo na azil u Bosni i Hercegovini ima svaki stranac koji osnovano strahuje od proganjanja.
(2) Stranac kojem je odobren azil ima pravo na boravak.
ČLAN 6
Zabrana vraćanja
Niko ne smije biti protjeran ili vraćen na teritoriju na kojoj bi njegov život bio ugrožen.
"""


@pytest.mark.parametrize(
    ("text", "chapter", "articles"),
    [
        pytest.param(
            SERBIAN_CYRILLIC,
            ("Глава II", "ПРАВО НА АЗИЛ"),
            [("Члан 5.", "5", "Право на азил", 2), ("Члан 6.", "6", "Забрана враћања", 0)],
            id="serbian-cyrillic",
        ),
        pytest.param(
            MACEDONIAN,
            ("Поглавје II", "ПРАВО НА АЗИЛ"),
            [("Член 5", "5", "Право на азил", 2), ("Член 6", "6", "Забрана за враќање", 0)],
            id="macedonian",
        ),
        pytest.param(
            ALBANIAN,
            ("Kapitulli II", "E DREJTA E AZILIT"),
            [("Neni 5", "5", "E drejta e azilit", 2), ("Neni 6", "6", "Ndalimi i kthimit", 0)],
            id="albanian",
        ),
        pytest.param(
            ENGLISH,
            ("Chapter II", "RIGHT TO ASYLUM"),
            [
                ("Article 5", "5", "Right to asylum", 2),
                ("Article 6", "6", "Prohibition of refoulement", 0),
            ],
            id="english",
        ),
        pytest.param(
            GERMAN,
            ("Kapitel II", "ASYLRECHT"),
            [
                ("Artikel 5", "5", "Recht auf Asyl", 2),
                ("Artikel 6", "6", "Verbot der Zurückweisung", 0),
            ],
            id="german",
        ),
        pytest.param(
            BOSNIAN,
            ("Poglavlje II", "PRAVO NA AZIL"),
            [("Čl. 5", "5", "Pravo na azil", 2), ("ČLAN 6", "6", "Zabrana vraćanja", 0)],
            id="bosnian",
        ),
    ],
)
def test_headings_are_recognised_in_each_language(text, chapter, articles):
    outline = split_draft(text)

    (found_chapter,) = outline.parts
    assert (found_chapter.label, found_chapter.title) == chapter
    assert [
        (a.label, a.number, a.title, len(a.children)) for a in found_chapter.children
    ] == articles
    assert outline.warnings == []


@pytest.mark.parametrize(
    ("line", "kind", "label", "number", "title"),
    [
        ("Član 5a", PartKind.ARTICLE, "Član 5a", "5a", ""),
        ("Члан 5а.", PartKind.ARTICLE, "Члан 5а.", "5а", ""),
        (
            "Article 12 bis – Temporary protection",
            PartKind.ARTICLE,
            "Article 12 bis",
            "12 bis",
            "Temporary protection",
        ),
        ("Члан 7. Право на рад", PartKind.ARTICLE, "Члан 7.", "7", "Право на рад"),
        ("Neni 5/1", PartKind.ARTICLE, "Neni 5/1", "5/1", ""),
        ("Članak 9.", PartKind.ARTICLE, "Članak 9.", "9", ""),
        ("Чл. 3", PartKind.ARTICLE, "Чл. 3", "3", ""),
        ("GLAVA IV", PartKind.CHAPTER, "GLAVA IV", "IV", ""),
        ("Kreu III", PartKind.CHAPTER, "Kreu III", "III", ""),
        (
            "Глава III – Привремена заштита",
            PartKind.CHAPTER,
            "Глава III",
            "III",
            "Привремена заштита",
        ),
        ("Poglavlje 2: Postupak", PartKind.CHAPTER, "Poglavlje 2", "2", "Postupak"),
        ("III. PRIVREMENA ZAŠTITA", PartKind.CHAPTER, "III.", "III", "PRIVREMENA ZAŠTITA"),
    ],
)
def test_heading_forms(line, kind, label, number, title):
    (part,) = split_draft(f"{line}\nTekst dela.").parts

    assert (part.kind, part.label, part.number, part.title) == (kind, label, number, title)


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 5 of this Law applies to stateless persons as well.",
        "Član 5. stav 2. ovog zakona primenjuje se i na lica bez državljanstva.",
        "Glava porodice podnosi zahtev i za maloletne članove porodice.",
        "Neni 5 i këtij ligji zbatohet edhe për personat pa shtetësi.",
        "„Član 5a",
    ],
)
def test_a_sentence_that_starts_like_a_heading_stays_text(sentence):
    (only,) = split_draft(f"Član 1.\nPredmet\n{sentence}").parts

    assert only.text == sentence


def test_titles_written_above_the_article_number_are_found():
    outline = split_draft(
        """ZAKON
O AZILU I PRIVREMENOJ ZAŠTITI
I. OSNOVNE ODREDBE
Predmet zakona
Član 1.
Ovim zakonom uređuju se položaj, prava i obaveze tražilaca azila.
Značenje izraza
Član 2.
Pojedini izrazi upotrebljeni u ovom zakonu imaju sledeće značenje:
1) azil je pravo na boravak i zaštitu;
2) tražilac azila je stranac koji je podneo zahtev za azil.
II. NADLEŽNOST
Nadležni organi
Član 3.
Poslove azila obavljaju Kancelarija za azil i Komisija za azil.
"""
    )

    assert outline_shape(outline) == [
        ("", "", []),
        ("I.", "OSNOVNE ODREDBE", [("Član 1.", "Predmet zakona"), ("Član 2.", "Značenje izraza")]),
        ("II.", "NADLEŽNOST", [("Član 3.", "Nadležni organi")]),
    ]
    assert outline.parts[0].text == "ZAKON\nO AZILU I PRIVREMENOJ ZAŠTITI"


def test_articles_without_chapters_are_listed_at_the_top():
    outline = split_draft(
        """ZAKON O IZMENAMA I DOPUNAMA ZAKONA O AZILU I PRIVREMENOJ ZAŠTITI
Član 1.
U Zakonu o azilu i privremenoj zaštiti posle člana 5. dodaje se član 5a koji glasi:
„Član 5a
Tražilac azila ima pravo na informisanje o svojim pravima na jeziku koji razume.”
Član 2.
Ovaj zakon stupa na snagu osmog dana od dana objavljivanja.
"""
    )

    preamble, first, second = outline.parts
    assert preamble.text == "ZAKON O IZMENAMA I DOPUNAMA ZAKONA O AZILU I PRIVREMENOJ ZAŠTITI"
    assert [(first.kind, first.label, first.title), (second.kind, second.label)] == [
        (PartKind.ARTICLE, "Član 1.", ""),
        (PartKind.ARTICLE, "Član 2."),
    ]
    assert first.text.splitlines()[1] == "„Član 5a"


def test_text_without_headings_is_one_part_with_a_warning():
    outline = split_draft(
        "Strategija za integraciju migranata 2026–2030.\n"
        "Vlada utvrđuje ciljeve integracije migranata u oblasti obrazovanja, rada i stanovanja."
    )

    (part,) = outline.parts
    assert part.text.startswith("Strategija za integraciju migranata")
    assert [str(warning) for warning in outline.warnings] == [
        "No chapter or article headings were recognised, so the whole text is one part. "
        "Divide it in the preview, or check that the headings in the file read like "
        "“Article 5” or “Član 5.”, each on a line of its own."
    ]


def test_a_gap_in_article_numbers_is_pointed_out():
    outline = split_draft("Član 4.\nTekst.\nČlan 6.\nTekst.\nČlan 6a\nTekst.\nČlan 7.\nTekst.")

    assert outline.warnings == [
        "“Član 6.” follows “Član 4.”: check the article numbering in the preview."
    ]


# Files the import refuses ------------------------------------------------------------


def assert_refused(uploaded, code, message):
    with pytest.raises(DraftImportError) as refused:
        split_draft(read_text(uploaded).text)
    assert refused.value.code == code
    assert message in refused.value.message


def test_password_protected_pdf_is_refused():
    writer = PdfWriter(clone_from=io.BytesIO(pdf_of_paragraphs("Član 1.")))
    writer.encrypt(user_password="tajna", owner_password="ministarstvo")
    locked = io.BytesIO()
    writer.write(locked)

    assert_refused(
        upload("nacrt.pdf", locked.getvalue()), "encrypted", "This PDF is protected by a password."
    )


def test_scanned_pdf_without_text_is_refused():
    scan = Image.new("L", (1240, 1754), "white")
    for top in range(200, 1500, 60):
        ImageDraw.Draw(scan).rectangle([150, top, 1090, top + 25], fill="black")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(scan, x=0, y=0, w=210)

    assert_refused(
        upload("sken.pdf", bytes(pdf.output())),
        "no_text",
        "upload the Word file or paste the text",
    )


def test_damaged_pdf_is_refused():
    truncated = pdf_of_paragraphs("Član 1.\nPredmet")[:400]

    assert_refused(upload("nacrt.pdf", truncated), "unreadable", "could not be read")


def test_damaged_word_file_is_refused():
    truncated = docx_bytes(docx.Document())[:3000]

    assert_refused(upload("nacrt.docx", truncated), "unreadable", "could not be read")


def test_empty_word_file_is_refused():
    assert_refused(upload("nacrt.docx", docx_bytes(docx.Document())), "empty", "is empty")


def test_blank_text_is_refused():
    assert_refused(upload("nacrt.txt", b"\r\n  \r\n"), "empty", "is empty")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("nacrt.docx", pdf_of_paragraphs("Član 1."), id="pdf-named-docx"),
        pytest.param("nacrt.pdf", docx_bytes(docx.Document()), id="docx-named-pdf"),
        pytest.param("nacrt.txt", pdf_of_paragraphs("Član 1."), id="pdf-named-txt"),
    ],
)
def test_file_whose_content_does_not_match_its_name_is_refused(name, data):
    assert_refused(upload(name, data), "content_mismatch", "does not match its name")


@pytest.mark.parametrize("name", ["nacrt.doc", "nacrt.odt", "nacrt"])
def test_other_formats_are_refused_with_the_accepted_ones_named(name):
    assert_refused(
        upload(name, b"Clan 1."),
        "unsupported",
        "Word document (.docx), a PDF, a plain-text file (.txt) or an Akoma Ntoso file (.xml)",
    )


def test_file_over_the_upload_limit_is_refused(settings):
    settings.UPLOAD_LIMITS = {**settings.UPLOAD_LIMITS, "MAX_BYTES": 1024}

    assert_refused(upload("nacrt.txt", DRAFT.encode()), "too_large", "the largest accepted is")
