"""Builders for events, people and registrations, shared by every test of the app."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from accounts.tests.factories import PageFactory, UserFactory
from hearings.models import (
    BoardPost,
    BoardPostKind,
    HearingIndexPage,
    HearingPage,
    HearingRegistration,
    MemberOfParliament,
    NetworkEventPage,
    ParliamentEventPage,
    Person,
    RegistrationState,
    Seat,
)
from iris_site.actions import WriteOriginalText


def days_from_now(days, hours=0):
    return timezone.now() + timedelta(days=days, hours=hours)


class HearingIndexPageFactory(PageFactory):
    class Meta:
        model = HearingIndexPage

    title = "Events"
    slug = "hearings"


class EventPageFactory(PageFactory):
    """A three-hour event in a hall, a week from now unless built with ``past=True``."""

    summary = "The draft Law on Asylum, article by article."
    venue = "Belgrade City Hall, Dragoslava Jovanovića 2, Belgrade"
    country = "RS"
    starts_at = factory.LazyFunction(lambda: days_from_now(7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=3))

    class Params:
        past = factory.Trait(starts_at=factory.LazyFunction(lambda: days_from_now(-7)))
        # Started an hour ago, ends in two: its live board is open.
        in_progress = factory.Trait(
            starts_at=factory.LazyFunction(lambda: days_from_now(0, hours=-1))
        )


class HearingPageFactory(EventPageFactory):
    class Meta:
        model = HearingPage

    title = factory.Sequence(lambda n: f"Public hearing {n}")

    class Params:
        # Registration open: ``seats`` in the room, none online.
        seats = factory.Trait(capacity=2, online_capacity=0)


class ParliamentEventPageFactory(EventPageFactory):
    class Meta:
        model = ParliamentEventPage

    title = factory.Sequence(lambda n: f"Event at the European Parliament {n}")
    venue = "European Parliament, Rue Wiertz 60, Brussels"
    country = "BE"
    time_zone = "Europe/Brussels"


class NetworkEventPageFactory(EventPageFactory):
    class Meta:
        model = NetworkEventPage

    title = factory.Sequence(lambda n: f"Social academy {n}")
    kind = "social-academy"


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Speaker {n}")

    @factory.post_generation
    def position(person, create, extracted, **kwargs):
        if create:
            WriteOriginalText(person.roles, "position", extracted or "Legal adviser").execute()


class MemberOfParliamentFactory(DjangoModelFactory):
    class Meta:
        model = MemberOfParliament

    name = factory.Sequence(lambda n: f"Member {n}")
    political_group = "Greens/EFA"
    country = "NL"


class BoardPostFactory(DjangoModelFactory):
    """A question on the board, made directly (the actions' tests go through the actions)."""

    class Meta:
        model = BoardPost

    author = factory.SubFactory(UserFactory)
    kind = BoardPostKind.QUESTION
    text = factory.Sequence(lambda n: f"Who decides on an asylum claim at the border? ({n})")


class HearingRegistrationFactory(DjangoModelFactory):
    """A confirmed seat in the room, made directly (the actions' tests go through the action)."""

    class Meta:
        model = HearingRegistration

    name = factory.Sequence(lambda n: f"Registered person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    organisation = "Legal Aid Centre"
    seat = Seat.IN_PERSON
    state = RegistrationState.CONFIRMED
    language = "en"
