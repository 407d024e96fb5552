import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts import permissions
from accounts.actions import ConfirmMembership, EndMembership, RequestMembership
from accounts.models import Membership
from accounts.roles import CSO_MEMBERS, PUBLIC_OFFICIALS
from accounts.tests.factories import (
    InstitutionFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    administrator,
    editor,
    manager_of,
    member_of,
    moderator,
    official_of,
)

pytestmark = pytest.mark.django_db


def roles_of(user):
    return set(Group.objects.filter(user=user).values_list("name", flat=True))


def state_of(membership):
    current = Membership.objects.filter(pk=membership.pk).first()
    if current is None:
        return "ended"
    return "confirmed" if current.is_confirmed else "pending"


# Who asks, for a pending request to join the organisation.
ACTORS = {
    "anonymous": lambda membership: None,
    "unrelated user": lambda membership: UserFactory(),
    "the requester": lambda membership: membership.user,
    "a member": lambda membership: member_of(membership.organisation),
    "a manager of the organisation": lambda membership: manager_of(membership.organisation),
    "a manager of another organisation": lambda membership: manager_of(OrganisationFactory()),
    "moderator": lambda membership: moderator(),
    "editor": lambda membership: editor(),
    "administrator": lambda membership: administrator(),
}

SIGN_IN = 302
DONE = 302
REFUSED = 403

DECISIONS = [
    ("anonymous", "confirm", SIGN_IN, "pending"),
    ("unrelated user", "confirm", REFUSED, "pending"),
    ("the requester", "confirm", REFUSED, "pending"),
    ("a member", "confirm", REFUSED, "pending"),
    ("a manager of the organisation", "confirm", DONE, "confirmed"),
    ("a manager of another organisation", "confirm", REFUSED, "pending"),
    ("moderator", "confirm", REFUSED, "pending"),
    ("editor", "confirm", DONE, "confirmed"),
    ("administrator", "confirm", DONE, "confirmed"),
    ("anonymous", "end", SIGN_IN, "pending"),
    ("unrelated user", "end", REFUSED, "pending"),
    ("the requester", "end", DONE, "ended"),
    ("a member", "end", REFUSED, "pending"),
    ("a manager of the organisation", "end", DONE, "ended"),
    ("a manager of another organisation", "end", REFUSED, "pending"),
    ("moderator", "end", REFUSED, "pending"),
    ("editor", "end", DONE, "ended"),
    ("administrator", "end", DONE, "ended"),
]


@pytest.mark.parametrize(("actor", "decision", "status", "outcome"), DECISIONS)
def test_who_may_confirm_or_end_a_membership_request(client, actor, decision, status, outcome):
    membership = MembershipFactory(confirmed_at=None)
    user = ACTORS[actor](membership)
    if user is not None:
        client.force_login(user)

    response = client.post(reverse(f"accounts:{decision}_membership", args=[membership.pk]))

    assert (response.status_code, state_of(membership)) == (status, outcome)


def test_anonymous_decision_leads_to_the_sign_in_page(client):
    membership = MembershipFactory(confirmed_at=None)

    response = client.post(reverse("accounts:confirm_membership", args=[membership.pk]))

    assert response["Location"].startswith(reverse("account_login"))


def test_refused_confirmation_says_who_may_confirm(client):
    membership = MembershipFactory(confirmed_at=None)
    client.force_login(member_of(membership.organisation))

    response = client.post(reverse("accounts:confirm_membership", args=[membership.pk]))

    assert response.status_code == 403
    assert (
        "Only the organisation&#x27;s managers or the network&#x27;s editors can confirm members."
        in response.content.decode()
    )


def test_decision_on_an_unknown_membership_is_not_found(client):
    client.force_login(editor())

    response = client.post(reverse("accounts:confirm_membership", args=[999999]))

    assert response.status_code == 404


def test_manager_sees_pending_requests_and_confirms_one(client):
    organisation = OrganisationFactory(name="Initiative ARSIS")
    request = MembershipFactory(
        organisation=organisation,
        user__first_name="Arben",
        user__last_name="Hoxha",
        confirmed_at=None,
    )
    manager = manager_of(organisation)
    client.force_login(manager)

    profile = client.get(reverse("accounts:profile")).content.decode()
    assert "Arben Hoxha asks to speak for Initiative ARSIS." in profile
    response = client.post(reverse("accounts:confirm_membership", args=[request.pk]), follow=True)

    assert "Arben Hoxha can now speak for Initiative ARSIS." in response.content.decode()
    request.refresh_from_db()
    assert request.confirmed_by == manager
    assert ModelLogEntry.objects.filter(action="accounts.membership.confirm").count() == 1


def test_declined_request_is_named_as_declined(client):
    organisation = OrganisationFactory(name="Initiative ARSIS")
    request = MembershipFactory(
        organisation=organisation,
        user__first_name="Arben",
        user__last_name="Hoxha",
        confirmed_at=None,
    )
    client.force_login(manager_of(organisation))

    response = client.post(reverse("accounts:end_membership", args=[request.pk]), follow=True)

    assert (
        "You have declined the request of Arben Hoxha to join Initiative ARSIS."
        in response.content.decode()
    )


def test_person_withdraws_their_own_request(client):
    request = MembershipFactory(organisation__name="LIR CD", confirmed_at=None)
    client.force_login(request.user)

    response = client.post(reverse("accounts:end_membership", args=[request.pk]), follow=True)

    assert "You have withdrawn your request to join LIR CD." in response.content.decode()
    assert not Membership.objects.exists()


def test_person_leaves_an_organisation(client):
    organisation = OrganisationFactory(name="LIR CD")
    person = member_of(organisation)
    client.force_login(person)

    response = client.post(
        reverse("accounts:end_membership", args=[person.memberships.get().pk]), follow=True
    )

    assert "You no longer speak for LIR CD." in response.content.decode()
    assert roles_of(person) == set()


def test_person_asks_to_join_an_organisation_from_their_profile(client):
    organisation = OrganisationFactory(name="LIR CD")
    user = UserFactory()
    client.force_login(user)

    response = client.post(
        reverse("accounts:request_membership"),
        {"organisation": organisation.pk, "position": "Social worker"},
        follow=True,
    )

    assert "We have asked LIR CD to confirm your membership." in response.content.decode()
    membership = Membership.objects.get(user=user)
    assert (membership.organisation, membership.position) == (organisation, "Social worker")
    assert not membership.is_confirmed


def test_asking_twice_to_join_is_refused_with_a_message(client):
    membership = MembershipFactory(organisation__name="LIR CD", confirmed_at=None)
    client.force_login(membership.user)

    response = client.post(
        reverse("accounts:request_membership"), {"organisation": membership.organisation.pk}
    )

    assert response.status_code == 400
    assert "You have already asked to join LIR CD." in response.content.decode()
    assert Membership.objects.count() == 1


def test_asking_to_join_a_forged_organisation_is_refused_with_a_message(client):
    client.force_login(UserFactory())

    response = client.post(reverse("accounts:request_membership"), {"organisation": "999999"})

    assert response.status_code == 400
    assert "Choose an organisation from the list." in response.content.decode()
    assert not Membership.objects.exists()


def test_confirmed_cso_membership_gives_the_cso_member_role_and_ending_it_takes_it_away():
    organisation = OrganisationFactory()
    person = UserFactory()
    membership = RequestMembership(person, organisation).execute()
    assert roles_of(person) == set()

    ConfirmMembership(membership, by=editor()).execute()
    assert roles_of(person) == {CSO_MEMBERS}

    EndMembership(membership, by=person).execute()
    assert roles_of(person) == set()


def test_confirmed_institution_membership_makes_an_official_of_that_institution():
    person = UserFactory()
    institution = InstitutionFactory()
    membership = RequestMembership(person, institution).execute()

    ConfirmMembership(membership, by=editor()).execute()

    institution.refresh_from_db()
    assert roles_of(person) == {PUBLIC_OFFICIALS, institution.officials_group.name}


def test_role_stays_while_another_confirmed_membership_remains():
    person = UserFactory()
    first = MembershipFactory(user=person, confirmed_at=None)
    second = MembershipFactory(user=person, confirmed_at=None)
    ConfirmMembership(first, by=editor()).execute()
    ConfirmMembership(second, by=editor()).execute()

    EndMembership(first, by=person).execute()

    assert roles_of(person) == {CSO_MEMBERS}


def test_ending_a_membership_stops_speaking_for_the_organisation():
    organisation = OrganisationFactory()
    person = member_of(organisation)
    person.speaking_for = organisation
    person.save()

    EndMembership(person.memberships.get(), by=manager_of(organisation)).execute()

    person.refresh_from_db()
    assert person.speaking_for is None


def test_public_official_acts_only_for_their_own_institution():
    ministry = InstitutionFactory()
    other_ministry = InstitutionFactory()
    official = official_of(ministry)

    assert permissions.is_official_of(official, ministry)
    assert not permissions.is_official_of(official, other_ministry)


def test_unconfirmed_member_of_an_institution_is_not_its_official():
    ministry = InstitutionFactory()
    applicant = MembershipFactory(
        organisation=ministry, user__roles=[PUBLIC_OFFICIALS], confirmed_at=None
    ).user

    assert not permissions.is_official_of(applicant, ministry)


def test_cso_member_is_no_official_of_their_organisation():
    organisation = OrganisationFactory()

    assert not permissions.is_official_of(member_of(organisation), organisation)


def test_anonymous_visitor_is_no_official():
    assert not permissions.is_official_of(AnonymousUser(), InstitutionFactory())
