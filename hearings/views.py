from hearings.models import HearingIndexPage, HearingPage
from iris_site.languages import readers_versions

HOME_PANEL_SIZE = 3


def upcoming_hearings(request):
    """The home panel: hearings to come in the reader's language, soonest
    first. Left out where no hearing index is published."""
    index = HearingIndexPage.in_readers_language()
    if index is None:
        return None
    hearings = (
        readers_versions(HearingPage.objects.live().public())
        .upcoming()
        .order_by("starts_at", "pk")[:HOME_PANEL_SIZE]
    )
    return {"index": index, "hearings": hearings}
