import pytest

from hearings.models import HearingPage
from hearings.tests.factories import HearingPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "words",
    ["Temporary Protection", "unaccompanied", "Terazije", "interpretation"],
    ids=["title", "summary", "venue", "programme"],
)
def test_hearings_are_found_by_what_readers_remember(index, words):
    hearing = HearingPageFactory(
        parent=index,
        title="Hearing on the Law on Temporary Protection",
        summary="Reception of unaccompanied children.",
        venue="Media Centre, Terazije 3, Belgrade",
        body="<p>With interpretation into Albanian.</p>",
    )
    HearingPageFactory(parent=index, title="Hearing on social housing")

    assert list(HearingPage.objects.live().search(words)) == [hearing]
