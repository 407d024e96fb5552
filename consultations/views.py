from wagtail.models import Locale

from consultations.models import ConsultationIndexPage, ConsultationPage

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
