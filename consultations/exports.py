"""The consultation report as a table, downloaded as CSV or XLSX: one row per
comment with its answer, in the order of the report."""

from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.reports import group_by_part
from iris_site import exports
from iris_site.languages import language_name


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
        _("Language"),
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
                language_name(comment.language) if comment.language else "",
            ]


def _filename(consultation, extension):
    return f"{consultation.slug}-report.{extension}"


def csv_response(consultation, comments):
    return exports.csv_response(
        _filename(consultation, "csv"), header(), rows(consultation, comments)
    )


def xlsx_response(consultation, comments):
    return exports.xlsx_response(
        _filename(consultation, "xlsx"), _("Report"), header(), rows(consultation, comments)
    )
