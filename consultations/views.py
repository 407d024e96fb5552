from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from accounts.models import Organisation, OrganisationKind
from consultations import permissions
from consultations.models import Comment, ConsultationIndexPage, ConsultationPage
from consultations.reports import institution_record as institution_record_of
from consultations.routes import ANY_CONSULTATION
from iris_site import page_cache
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
    institution = get_object_or_404(
        Organisation, slug=slug, kind__in=OrganisationKind.governmental()
    )
    page_cache.depends_on(request, ANY_CONSULTATION)
    return render(
        request,
        "consultations/institution_record.html",
        {"institution": institution, "record": institution_record_of(institution)},
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
