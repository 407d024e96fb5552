"""What hearings do when a person deletes their account (the PERSONAL_DATA
hook): their seat goes to the first person waiting, their registrations go,
and their board posts keep their place, without text if they asked."""

import pytest
from django.utils import timezone

from accounts.actions import DeleteAccount
from accounts.tests.factories import UserFactory
from hearings.actions import RegisterForHearing
from hearings.models import HearingRegistration, RegistrationState, Seat
from hearings.tests.factories import BoardPostFactory, HearingPageFactory

pytestmark = pytest.mark.django_db


def test_the_seat_of_a_deleted_account_goes_to_the_first_person_waiting(index):
    hearing = HearingPageFactory(parent=index, seats=True)
    person = UserFactory(email="leaving@example.org")
    for name, email, user in [
        ("Leaving Person", "leaving@example.org", person),
        ("Seated Person", "seated@example.org", None),
        ("Waiting Person", "waiting@example.org", None),
    ]:
        RegisterForHearing(
            hearing, name=name, email=email, seat=Seat.IN_PERSON, user=user, notify=False
        ).execute()

    DeleteAccount(person).execute()

    states = dict(HearingRegistration.objects.values_list("email", "state"))
    assert states == {
        "seated@example.org": RegistrationState.CONFIRMED,
        "waiting@example.org": RegistrationState.CONFIRMED,
    }


@pytest.mark.parametrize("remove_contributions", [False, True])
def test_board_posts_stay_signed_former_participant_or_as_a_tombstone(
    client, live_hearing, remove_contributions
):
    person = UserFactory(first_name="Ilinka", last_name="Trajkovska")
    post = BoardPostFactory(hearing=live_hearing, author=person, text="Who decides?")
    post.answer, post.answered_at = "The asylum office decides.", timezone.now()
    post.save()
    assert "Ilinka Trajkovska" in client.get(live_hearing.url).content.decode()

    DeleteAccount(person, remove_contributions=remove_contributions).execute()

    html = client.get(live_hearing.url).content.decode()
    assert "Ilinka Trajkovska" not in html
    assert "Former participant" in html
    assert "The asylum office decides." in html
    assert ("Who decides?" in html) is not remove_contributions
    assert ("Removed at the request of its author" in html) is remove_contributions
