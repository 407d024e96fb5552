from hearings.models.board import (
    MAX_ANSWER_CHARACTERS,
    MAX_POST_CHARACTERS,
    MAX_REASON_CHARACTERS,
    BoardAudience,
    BoardEventKind,
    BoardPost,
    BoardPostKind,
    BoardPostState,
    BoardVote,
    HearingEvent,
)
from hearings.models.events import (
    EventPage,
    HearingIndexPage,
    HearingPage,
    NetworkEventPage,
    ParliamentEventPage,
)
from hearings.models.people import MemberOfParliament, Person, PersonRole, PoliticalGroup
from hearings.models.registrations import HearingRegistration, RegistrationState
from hearings.status import EventKind, EventStatus, Seat

__all__ = [
    "MAX_ANSWER_CHARACTERS",
    "MAX_POST_CHARACTERS",
    "MAX_REASON_CHARACTERS",
    "BoardAudience",
    "BoardEventKind",
    "BoardPost",
    "BoardPostKind",
    "BoardPostState",
    "BoardVote",
    "EventKind",
    "EventPage",
    "EventStatus",
    "HearingEvent",
    "HearingIndexPage",
    "HearingPage",
    "HearingRegistration",
    "MemberOfParliament",
    "NetworkEventPage",
    "ParliamentEventPage",
    "Person",
    "PersonRole",
    "PoliticalGroup",
    "RegistrationState",
    "Seat",
]
