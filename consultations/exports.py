"""The consultation report as a table, downloaded as CSV or XLSX: one row per
comment with its answer, in the order of the report; the members of a group
of near-identical comments (a campaign) one after another, each naming its
group."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from consultations.reports import group_by_part, number_groups, similar_groups
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
        _("Group of near-identical comments"),
    ]


def rows(consultation, comments):
    """The report's rows, grouped by part as on the page."""
    groups = number_groups(similar_groups(comments))
    for part in group_by_part(consultation, groups):
        for group in part.comments:
            yield from (_row(part, group, comment) for comment in group.comments)


def _row(part, group, comment):
    organisation = comment.organisation
    answer = getattr(comment, "answer", None)
    return [
        comment.pk,
        part.label,
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
        _group_name(group),
    ]


def _group_name(group):
    if group.number is None:
        return ""
    return ngettext(
        "Group %(number)d (%(count)d comment)", "Group %(number)d (%(count)d comments)", len(group)
    ) % {"number": group.number, "count": len(group)}


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
