"""The consultation report as a table, downloaded as CSV or XLSX: one row per
comment with its answer, in the order of the report."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from consultations.reports import group_by_part

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    """User text as a spreadsheet shows it: a cell that would start a formula
    (``=HYPERLINK(...)``) is written as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def header():
    return [
        _("Comment"),
        _("Part"),
        _("Kind"),
        _("On behalf of"),
        _("Organisation type"),
        _("Country"),
        _("Co-signed by"),
        _("Text"),
        _("Proposed wording"),
        _("Posted at"),
        _("Outcome"),
        _("Reasoning"),
    ]


def rows(consultation, comments):
    """The report's rows, grouped by part as on the page."""
    for group in group_by_part(consultation, comments):
        for comment in group.comments:
            organisation = comment.organisation
            answer = getattr(comment, "answer", None)
            yield [
                comment.pk,
                group.label,
                comment.get_kind_display(),
                organisation.name if organisation else _("Individual"),
                organisation.get_kind_display() if organisation else "",
                organisation.get_country_display() if organisation else "",
                "; ".join(c.organisation.name for c in comment.cosignatures.all()),
                comment.text,
                comment.proposed_text,
                timezone.localtime(comment.created_at).strftime("%Y-%m-%d %H:%M"),
                answer.get_outcome_display() if answer else _("Not answered"),
                answer.reasoning if answer else "",
            ]


def _filename(consultation, extension):
    return f"{consultation.slug}-report.{extension}"


def csv_response(consultation, comments):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header())
    for row in rows(consultation, comments):
        writer.writerow([safe_cell(value) for value in row])
    # With the byte-order mark, spreadsheet programs read Cyrillic as UTF-8.
    response = HttpResponse(buffer.getvalue().encode("utf-8-sig"), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{_filename(consultation, "csv")}"'
    return response


def xlsx_response(consultation, comments):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Report")[:31]
    sheet.append(header())
    for row in rows(consultation, comments):
        sheet.append([safe_cell(value) for value in row])
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename(consultation, "xlsx")}"'
    return response
