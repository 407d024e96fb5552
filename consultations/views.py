from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.models import Organisation, OrganisationKind
from consultations import exports, permissions
from consultations.models import Comment, ConsultationIndexPage, ConsultationPage
from consultations.reports import country_record
from consultations.reports import institution_record as institution_record_of
from consultations.routes import ANY_CONSULTATION
from iris_site import page_cache
from iris_site.geography import Country
from iris_site.languages import readers_versions

HOME_PANEL_SIZE = 3


def open_consultations(request):
    """The home panel: consultations open for comment in the reader's language,
    closing soonest first. Left out where no consultation index is published."""
    index = ConsultationIndexPage.in_readers_language()
    if index is None:
        return None
    consultations = (
        readers_versions(ConsultationPage.objects.live().public())
        .open()
        .select_related("institution")
        .order_by("closes_at", "pk")[:HOME_PANEL_SIZE]
    )
    return {"index": index, "consultations": consultations}


def institution_record(request, slug):
    """An institution's consultations and how it kept to the rules: the
    accountability record civil society otherwise counts by hand."""
    institution = _institution(slug)
    page_cache.depends_on(request, ANY_CONSULTATION)
    return render(
        request,
        "consultations/institution_record.html",
        {"institution": institution, "record": institution_record_of(institution)},
    )


def _institution(slug):
    return get_object_or_404(Organisation, slug=slug, kind__in=OrganisationKind.governmental())


def _export_format(export_format):
    if export_format not in exports.FORMATS:
        raise Http404("No such format.")
    return export_format


def institution_dataset(request, slug, export_format):
    """The institution's record as open data, one row per consultation."""
    institution = _institution(slug)
    return exports.record_response(
        request,
        institution_record_of(institution),
        _export_format(export_format),
        title=_("Consultation record of %(name)s") % {"name": institution.name},
        name=institution.slug,
        source=reverse("consultations_institution_record", args=[slug]),
    )


def country_dataset(request, country, export_format):
    """Every consultation in a country with its record, as open data; the
    consultation index filtered by the country links here."""
    if country not in Country.values:
        raise Http404("No such country.")
    index = ConsultationIndexPage.in_readers_language()
    return exports.record_response(
        request,
        country_record(country),
        _export_format(export_format),
        title=_("Consultations in %(country)s") % {"country": Country(country).label},
        name=country.lower(),
        source=f"{index.url}?country={country}" if index else "/",
    )


def comment_attachment(request, comment_id):
    """A comment's attachment, from the private storage, as a download: never
    shown inline, never sniffed into HTML. It goes to whoever may see the
    comment (``permissions.can_see``); anyone else gets the same 404 as for a
    comment that does not exist."""
    comment = (
        Comment.objects.select_related("consultation", "parent")
        .filter(pk=comment_id)
        .exclude(attachment="")
    ).first()
    if comment is None or not permissions.can_see(request.user, comment.consultation, comment):
        raise Http404
    try:
        handle = comment.attachment.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=comment.attachment.name.rsplit("/", 1)[-1]
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
