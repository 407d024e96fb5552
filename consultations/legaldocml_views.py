"""The views that ``LegalDocMLRoutes`` routes to: the consultation's draft in
the page's language as an Akoma Ntoso bill (or, with ``?version=N``, a
published version of it, in the language it was written in), and the
amendments proposed in its published comments as an Akoma Ntoso amendment
list."""

import dataclasses

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.legaldocml import export
from consultations.queries import public_amendments
from consultations.version_reports import public_versions


def identity(consultation):
    """The FRBR identity of the draft on ``consultation`` as consulted: the
    work is numbered by the original's slug (the drafts carry no official
    number yet), dated the day the consultation opened."""
    opened = timezone.localdate(consultation.opens_at)
    return export.Identity(
        country=consultation.country,
        year=opened.year,
        number=consultation.original.slug,
        language=consultation.locale.language_code,
        date=opened,
        title=consultation.title,
        author=consultation.institution.localized_name,
        author_id=consultation.institution.slug,
        name=consultation.kind,
    )


def element_ids(consultation):
    """The eIds of the original's parts: every language names a part alike."""
    return export.element_ids(consultation.original.parts())


def _download(content, filename):
    response = HttpResponse(content, content_type=export.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def draft(request, consultation):
    if "version" in request.GET:
        return _version(request.GET["version"], consultation.original)
    parts = consultation.parts()
    if not parts:
        raise Http404("This consultation has no draft text.")
    return _download(
        export.bill_xml(parts, identity(consultation), element_ids(consultation)),
        f"{consultation.slug}.akn.xml",
    )


def _version(number, original):
    """A public version of the draft, dated the day it was published (the
    consulted one, the day the consultation opened). A part it kept keeps
    its eId: the eIds are the consulted draft's."""
    version = next(
        (version for version in public_versions(original) if str(version.number) == number),
        None,
    )
    if version is None:
        raise Http404("No such public version of this draft.")
    dated = identity(original)
    if version.published_at:
        dated = dataclasses.replace(dated, date=timezone.localdate(version.published_at))
    return _download(
        export.bill_xml(version.parts, dated, element_ids(original)),
        f"{original.slug}-version-{version.number}.akn.xml",
    )


def amendments(request, consultation):
    names = consultation.part_names()
    proposed = [
        export.Amendment(
            number=comment.pk,
            date=timezone.localdate(comment.created_at),
            language=comment.language,
            proposer=comment.organisation.name if comment.organisation else _("Individual"),
            part_id=comment.part_id,
            part_name=names.get(comment.part_id) or comment.part_label,
            proposed_text=comment.proposed_text,
            justification=comment.text,
        )
        for comment in public_amendments(consultation)
    ]
    return _download(
        export.amendments_xml(proposed, identity(consultation), element_ids(consultation)),
        f"{consultation.slug}-amendments.akn.xml",
    )
