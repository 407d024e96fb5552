"""A table downloaded as CSV or XLSX, as every export of the site writes it
(the consultation report, a hearing's registrations): user text that would
start a spreadsheet formula is written as text, and Cyrillic survives both."""

import csv
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


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(filename, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    # With the byte-order mark, spreadsheet programs read Cyrillic as UTF-8.
    response = HttpResponse(buffer.getvalue().encode("utf-8-sig"), content_type="text/csv")
    return _attachment(response, filename)


def xlsx_response(filename, sheet_title, header, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(sheet_title)[:31]
    sheet.append([str(cell) for cell in header])
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _attachment(HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE), filename)
