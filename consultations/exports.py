"""The consultation report as a table, downloaded as CSV, XLSX or JSON: one row
per comment with its answer, in the order of the report (the members of a
group of near-identical comments, a campaign, one after another, each naming
its group), and the figures the report page shows; and the record of many
consultations (an institution's, a country's) as a dataset, one row per
consultation with the record page's figures. Each names its licence and when it was generated (``iris_site.exports``)."""

from dataclasses import asdict

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


# The JSON names of the columns, in the order of ``header()``.
KEYS = [
    "comment",
    "part",
    "kind",
    "on_behalf_of",
    "organisation_type",
    "country",
    "cosigned_by",
    "text",
    "proposed_wording",
    "posted_at",
    "outcome",
    "reasoning",
    "language",
    "group",
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


def about(request, consultation, figures):
    return exports.About(
        title=_("Report on the consultation: %(title)s") % {"title": consultation.title},
        source_url=consultation.get_full_url(request) + consultation.reverse_subpage("report"),
        facts=[(_("Comments"), figures.total), (_("Answered"), figures.answered)],
    )


def csv_response(request, consultation, comments, figures):
    return exports.csv_response(
        _filename(consultation, "csv"),
        header(),
        rows(consultation, comments),
        about(request, consultation, figures),
    )


def xlsx_response(request, consultation, comments, figures):
    return exports.xlsx_response(
        _filename(consultation, "xlsx"),
        _("Report"),
        header(),
        rows(consultation, comments),
        about(request, consultation, figures),
    )


def json_response(request, consultation, comments, figures):
    """The report's rows keyed by ``KEYS``, with the consultation and the
    figures of the report page."""
    report = consultation.published_report
    return exports.json_response(
        _filename(consultation, "json"),
        about(request, consultation, figures),
        {
            "consultation": {
                "title": consultation.title,
                "url": consultation.get_full_url(request),
                "institution": consultation.institution.name,
                "country": consultation.country,
                "opens_at": consultation.opens_at,
                "closes_at": consultation.closes_at,
                "report_published_at": report.published_at if report else None,
            },
            "figures": {**asdict(figures), "share_answered": figures.share_answered},
            "comments": [dict(zip(KEYS, row, strict=True)) for row in rows(consultation, comments)],
        },
    )


RECORD_KEYS = [
    "consultation",
    "url",
    "institution",
    "country",
    "opens_at",
    "closes_at",
    "days_open",
    "legal_minimum_days",
    "legal_minimum_met",
    "comments",
    "answered",
    "share_answered",
    "accepted",
    "share_accepted",
    "report_published_at",
    "days_to_answer",
]


def record_header():
    return [
        _("Consultation"),
        _("Address"),
        _("Responsible institution"),
        _("Country"),
        _("Opens at"),
        _("Closes at"),
        _("Days open"),
        _("Legal minimum (days)"),
        _("Legal minimum met"),
        _("Comments"),
        _("Answered"),
        _("Answered (%)"),
        _("Accepted in full or in part"),
        _("Accepted (%)"),
        _("Report published"),
        _("Days to answer"),
    ]


def _when(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else None


def record_rows(request, record):
    """One row per consultation with the figures of the record page."""
    for row in record.records:
        consultation = row.consultation
        yield [
            consultation.title,
            consultation.get_full_url(request),
            consultation.institution.name,
            consultation.get_country_display(),
            _when(consultation.opens_at),
            _when(consultation.closes_at),
            row.days_open,
            row.minimum_days,
            row.minimum_met,
            row.comments,
            row.answered,
            row.share_answered,
            row.accepted,
            row.share_accepted,
            _when(row.report_published_at),
            row.days_to_answer,
        ]


FORMATS = ("csv", "xlsx", "json")


def record_response(request, record, export_format, *, title, name, source):
    """``record`` (``reports.InstitutionRecord``) as a dataset in
    ``export_format``, its totals among the facts it states; ``source`` is the
    page that shows it."""
    about = exports.About(
        title=title,
        source_url=request.build_absolute_uri(source),
        facts=[
            (_("Consultations"), record.count),
            (_("Comments"), record.comments),
            (_("Answered"), record.answered),
            (_("Accepted in full or in part"), record.accepted),
        ],
    )
    filename = f"{name}-consultations.{export_format}"
    if export_format == "csv":
        return exports.csv_response(filename, record_header(), record_rows(request, record), about)
    if export_format == "xlsx":
        return exports.xlsx_response(
            filename, _("Consultations"), record_header(), record_rows(request, record), about
        )
    return exports.json_response(
        filename,
        about,
        {
            "totals": {
                "consultations": record.count,
                "legal_minimum_met": record.minimum_met,
                "legal_minimum_measured": record.measured,
                "comments": record.comments,
                "answered": record.answered,
                "share_answered": record.share_answered,
                "accepted": record.accepted,
                "share_accepted": record.share_accepted,
                "average_days_to_answer": record.average_days_to_answer,
            },
            "consultations": [
                dict(zip(RECORD_KEYS, row, strict=True)) for row in record_rows(request, record)
            ],
        },
    )
