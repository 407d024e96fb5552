"""The private kinds of accounts for the canary test (tests/canary.py): a
person's e-mail addresses, which only they download with their data (the
site shows people by name)."""

from allauth.account.models import EmailAddress

from accounts.tests.factories import UserFactory
from tests.canary import ANONYMOUS, CSO_MEMBER, OTHER_OFFICIAL, Planted, planter


@planter
def plant_e_mail_addresses(home_page, canary):
    address = canary("e-mail address of a person")
    second = canary("second e-mail address of a person")
    person = UserFactory(email=f"{address}@example.org")
    EmailAddress.objects.create(
        user=person, email=f"{second}@example.org", verified=True, primary=False
    )
    hidden_from = frozenset({ANONYMOUS, CSO_MEMBER, OTHER_OFFICIAL})
    return Planted(objects={person}, hidden_from={address: hidden_from, second: hidden_from})
