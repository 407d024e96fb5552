"""The private kind of events for the canary test (tests/canary.py): who
registered for a hearing, seen by its organisers and editors only."""

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
