from django.shortcuts import get_object_or_404, render
from wagtail.models import Locale

from accounts.models import Organisation, OrganisationKind
from consultations.models import ConsultationIndexPage, ConsultationPage
from consultations.reports import institution_record as institution_record_of
from consultations.routes import ANY_CONSULTATION
from iris_site import page_cache

HOME_PANEL_SIZE = 3


def open_consultations(request):
    """The home panel: consultations open for comment in the reader's language,
    closing soonest first. Left out where no consultation index is published."""
    locale = Locale.get_active()
    index = ConsultationIndexPage.objects.live().public().filter(locale=locale).first()
    if index is None:
        return None
    consultations = (
        ConsultationPage.objects.live()
        .public()
        .filter(locale=locale)
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
