"""Test builders shared by every app's tests: people, organisations, memberships,
and small real files to upload."""

import io

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from accounts.models import Membership, Organisation, OrganisationIndexPage, OrganisationKind, User
from accounts.roles import (
    ADMINISTRATORS,
    CSO_MEMBERS,
    EDITORS,
    MODERATORS,
    PUBLIC_OFFICIALS,
    officials_group_of,
)

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


def member_of(organisation, is_manager=False, **user_fields):
    """A person with a confirmed membership of ``organisation`` and the groups
    it brings, as ``ConfirmMembership`` leaves them: public official and the
    institution's officials for an institution, CSO member otherwise."""
    user_fields.setdefault(
        "roles", [PUBLIC_OFFICIALS if organisation.is_governmental else CSO_MEMBERS]
    )
    user = MembershipFactory(
        organisation=organisation, user=UserFactory(**user_fields), is_manager=is_manager
    ).user
    if organisation.is_governmental:
        user.groups.add(officials_group_of(organisation))
    return user


def manager_of(organisation):
    """A confirmed member who confirms the organisation's other members."""
    return member_of(organisation, is_manager=True)


def official_of(institution):
    return member_of(institution)


def editor():
    return UserFactory(roles=[EDITORS], is_staff=True)


def moderator():
    return UserFactory(roles=[MODERATORS], is_staff=True)


def organisation_directory(parent, **fields):
    """The published directory page under ``parent`` (usually the home page)."""
    fields = {"title": "Organisations", "slug": "organisations", **fields}
    directory = parent.add_child(instance=OrganisationIndexPage(**fields))
    directory.save_revision().publish()
    return directory


def administrator():
    return UserFactory(roles=[ADMINISTRATORS], is_staff=True)


def pdf_bytes(pages=1):
    """A real PDF document, as Pillow writes it; more pages make it larger."""
    from PIL import Image

    buffer = io.BytesIO()
    images = [Image.effect_noise((200, 200), 64).convert("RGB") for _page in range(pages)]
    images[0].save(buffer, "PDF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


def executable_bytes():
    """The start of a Windows program (an MS-DOS stub), as an attacker would
    rename it to report.pdf."""
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    return stub.ljust(64, b"\x00") + b"This program cannot be run in DOS mode.\r\r\n$"


class PageFactory(factory.Factory):
    """Base for every app's page builders: the page is added under ``parent``
    (a required argument) and published; ``publish=False`` leaves a draft."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")

    @classmethod
    def _create(cls, model_class, parent, publish=True, **fields):
        page = model_class(live=publish, **fields)
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return page
