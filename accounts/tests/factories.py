"""Test builders shared by every app's tests: people, organisations, memberships."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from accounts.models import Membership, Organisation, OrganisationKind, User
from accounts.roles import EDITORS, MODERATORS, PUBLIC_OFFICIALS

PASSWORD = "correct horse battery staple"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        """A verified primary address, as allauth requires to sign in."""
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        for role in extracted or []:
            self.groups.add(Group.objects.get_or_create(name=role)[0])


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = OrganisationKind.CSO
    country = "RS"
    verified = True


class InstitutionFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Ministry {n}")
    slug = factory.Sequence(lambda n: f"ministry-{n}")
    kind = OrganisationKind.PUBLIC_INSTITUTION


class MembershipFactory(DjangoModelFactory):
    """A confirmed membership unless ``confirmed_at=None`` is given."""

    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    confirmed_at = factory.Faker("past_datetime", tzinfo=factory.Faker("pytimezone"))


def member_of(organisation, **user_fields):
    """A person with a confirmed membership of ``organisation``."""
    return MembershipFactory(organisation=organisation, user=UserFactory(**user_fields)).user


def official_of(institution):
    return member_of(institution, roles=[PUBLIC_OFFICIALS])


def editor():
    return UserFactory(roles=[EDITORS], is_staff=True)


def moderator():
    return UserFactory(roles=[MODERATORS], is_staff=True)
