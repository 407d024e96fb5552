"""A table downloaded as CSV, XLSX or JSON, as every export of the site writes it
(the consultation report, a hearing's registrations): user text that would
start a spreadsheet formula is written as text, and Cyrillic survives both.

An export of open data says where it comes from (``About``): its licence
(``IRIS_OPEN_DATA_LICENCE``) and when it was generated, in a sheet of the
XLSX, the ``meta`` object of the JSON and the HTTP headers of the CSV
(``Link: <licence>; rel="license"`` and ``Last-Modified``), so that the CSV
itself stays one header row and the data."""

import csv
import io
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.http import http_date
from django.utils.translation import gettext as _
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


def licence():
    """The licence of the site's open data: ``{"name": ..., "url": ...}``."""
    return settings.IRIS_OPEN_DATA_LICENCE


@dataclass
class About:
    """What an export of open data is and where it comes from. ``facts`` are
    (label, value) pairs the XLSX lists under the licence (the figures a
    reader checks the rows against)."""

    title: str
    source_url: str
    generated_at: object = field(default_factory=timezone.now)
    facts: list = field(default_factory=list)

    def rows(self):
        return [
            [_("Title"), str(self.title)],
            [_("Source"), self.source_url],
            [_("Licence"), licence()["name"]],
            [_("Licence text"), licence()["url"]],
            [_("Generated at"), timezone.localtime(self.generated_at).strftime("%Y-%m-%d %H:%M")],
            *[[str(label), value] for label, value in self.facts],
        ]

    def meta(self):
        return {
            "title": str(self.title),
            "source": self.source_url,
            "licence": licence(),
            "generated_at": self.generated_at.isoformat(),
        }

    def stamp(self, response):
        response["Link"] = f'<{licence()["url"]}>; rel="license"'
        response["Last-Modified"] = http_date(self.generated_at.timestamp())
        return response


def _attachment(response, filename, about=None):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return about.stamp(response) if about else response


def csv_response(filename, header, rows, about=None):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    # With the byte-order mark, spreadsheet programs read Cyrillic as UTF-8.
    response = HttpResponse(buffer.getvalue().encode("utf-8-sig"), content_type="text/csv")
    return _attachment(response, filename, about)


def xlsx_response(filename, sheet_title, header, rows, about=None):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(sheet_title)[:31]
    sheet.append([str(cell) for cell in header])
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    sheet.freeze_panes = "A2"
    if about:
        # After the data, so that a program reading the first sheet reads the rows.
        about_sheet = workbook.create_sheet(_("About this data")[:31])
        for row in about.rows():
            about_sheet.append([safe_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    return _attachment(response, filename, about)


def json_response(filename, about, data):
    """``data`` (a dict) with the export's ``meta`` first, as a download."""
    content = json.dumps({"meta": about.meta(), **data}, cls=DjangoJSONEncoder, ensure_ascii=False)
    response = HttpResponse(content.encode(), content_type="application/json")
    return _attachment(response, filename, about)
