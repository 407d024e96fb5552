"""Tables downloaded as spreadsheets, written the same way by every app: user
text that would start a formula is written as text."""

import io

from django.http import HttpResponse
from django.utils.functional import Promise
from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    """User text as a spreadsheet shows it: a cell that would start a formula
    (``=HYPERLINK(...)``) is written as text; a translatable label as its text."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def xlsx_response(filename, title, header, rows):
    """A one-sheet workbook download: ``header`` then ``rows``, the header frozen."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(title)[:31]
    sheet.append([str(cell) for cell in header])
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
