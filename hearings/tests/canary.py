"""The private kinds of events for the canary test (tests/canary.py): who
registered for a hearing, seen by its organisers and editors only; and the
text of a post hidden from a hearing's live board, seen by nobody."""

from accounts.tests.factories import UserFactory, moderator
from hearings.actions import HideBoardPost, PostToBoard
from hearings.live import board_path
from hearings.models import RegistrationState
from hearings.tests.factories import (
    HearingIndexPageFactory,
    HearingPageFactory,
    HearingRegistrationFactory,
)
from tests.canary import ROLES, Planted, planter


@planter
def plant_hearing_registrations(home_page, canary):
    index = HearingIndexPageFactory(parent=home_page, slug="private-hearings")
    hearing = HearingPageFactory(parent=index, capacity=1, online_capacity=0)
    planted = Planted(objects={hearing}, texts={"csv", "xlsx"})
    for state in [RegistrationState.CONFIRMED, RegistrationState.WAITING]:
        registration = HearingRegistrationFactory(
            hearing=hearing,
            state=state,
            name=canary(f"name of a registration ({state.label})"),
            email=f"{canary('registered e-mail address')}@example.org",
            organisation=canary("organisation a registration attends for"),
            accessibility_needs=canary("accessibility needs of a registration"),
        )
        for text in (
            registration.name,
            registration.organisation,
            registration.accessibility_needs,
        ):
            planted.hidden_from[text] = ROLES
        planted.hidden_from[registration.email.split("@")[0]] = ROLES
    return planted


@planter
def plant_hidden_board_posts(home_page, canary):
    """A question hidden from the board of a hearing in progress: through the
    actions, so its events are numbered and a socket that catches up from 0
    is asked for them too."""
    index = HearingIndexPageFactory(parent=home_page, slug="live-hearings")
    hearing = HearingPageFactory(parent=index, in_progress=True)
    text = canary("text of a post hidden from a hearing's board")
    post = PostToBoard(UserFactory(), hearing, text=text).execute()
    HideBoardPost(moderator(), post, "Insulting a person").execute()
    return Planted(objects={hearing}, hidden_from={text: ROLES}, sockets={board_path(hearing)})
