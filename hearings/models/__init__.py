from hearings.models.events import (
    EventPage,
    HearingIndexPage,
    HearingPage,
    NetworkEventPage,
    ParliamentEventPage,
)
from hearings.models.people import MemberOfParliament, Person, PoliticalGroup
from hearings.models.registrations import HearingRegistration, RegistrationState
from hearings.status import EventKind, EventStatus, Seat

__all__ = [
    "EventKind",
    "EventPage",
    "EventStatus",
    "HearingIndexPage",
    "HearingPage",
    "HearingRegistration",
    "MemberOfParliament",
    "NetworkEventPage",
    "ParliamentEventPage",
    "Person",
    "PoliticalGroup",
    "RegistrationState",
    "Seat",
]
