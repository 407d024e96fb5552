from hearings.models import HearingIndexPage, HearingPage

HOME_PANEL_SIZE = 3


def upcoming_hearings(request):
    """The home panel: hearings to come in the reader's language, soonest
    first. Left out where no hearing index is published."""
    index = HearingIndexPage.in_readers_language()
    if index is None:
        return None
    hearings = (
        HearingPage.objects.live()
        .public()
        .filter(locale_id=index.locale_id)
        .upcoming()
        .order_by("starts_at", "pk")[:HOME_PANEL_SIZE]
    )
    return {"index": index, "hearings": hearings}
