"""Real PDF and DOCX files made from text: the demo library's publications,
written in the fonts the site ships (Noto Sans, Latin and Cyrillic)."""

import io
from pathlib import Path

FONT = Path(__file__).resolve().parent / "fonts" / "NotoSans-Regular.ttf"


def pdf_file(title, paragraphs):
    from fpdf import FPDF

    document = FPDF()
    document.set_title(title)
    document.add_font("Noto", fname=str(FONT))
    document.add_page()
    document.set_font("Noto", size=16)
    document.multi_cell(0, 9, title)
    document.set_font("Noto", size=11)
    for paragraph in paragraphs:
        document.ln(3)
        document.multi_cell(0, 6, paragraph)
    return bytes(document.output())


def docx_file(title, paragraphs):
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
