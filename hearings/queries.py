"""The read side of events: what the pages of other apps list (through the
shell's hooks) and what the organisers read of a hearing's registrations."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from hearings.models import (
    BoardPost,
    BoardVote,
    EventPage,
    HearingRegistration,
    RegistrationState,
    Seat,
)


def _in_readers_language():
    return EventPage.objects.live().public().filter(locale=Locale.get_active())


def public_events():
    """Live events anyone may read, in every language, with the
    organisations and areas an API item names: no registration is read."""
    return (
        EventPage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related("organisers", "co_organisers", "policy_areas", "consultations")
    )


def events_about(page):
    """The events about the consultation ``page`` (in any of its languages),
    soonest first."""
    return list(
        _in_readers_language()
        .filter(consultations__translation_key=page.translation_key)
        .distinct()
        .order_by("starts_at", "pk")
    )


def events_of(organisation):
    """The events ``organisation`` organises or co-organises, latest first."""
    return list(
        _in_readers_language()
        .filter(Q(organisers=organisation) | Q(co_organisers=organisation))
        .distinct()
        .order_by("-starts_at", "pk")
    )


def events_hosted_by(member):
    """The EU Parliament events ``member`` hosted, latest first."""
    return list(
        _in_readers_language()
        .filter(parliamenteventpage__hosts=member)
        .distinct()
        .order_by("-starts_at", "pk")
    )


def registrations_of(hearing):
    """Every registration for ``hearing`` in any language: seats, then the
    waiting list in order, then the cancelled ones."""
    order = {RegistrationState.CONFIRMED: 0, RegistrationState.WAITING: 1}
    registrations = HearingRegistration.objects.filter(
        hearing__translation_key=hearing.translation_key
    ).order_by("registered_at", "pk")
    return sorted(registrations, key=lambda registration: order.get(registration.state, 2))


def sign_in_sheet(hearing):
    return HearingRegistration.objects.filter(
        hearing__translation_key=hearing.translation_key,
        state=RegistrationState.CONFIRMED,
        seat=Seat.IN_PERSON,
    ).order_by("name", "pk")


def registration_table(hearing):
    """The header and rows of the organisers' download."""
    header = [
        _("Name"),
        _("E-mail"),
        _("Organisation"),
        _("Seat"),
        _("State"),
        _("Accessibility needs"),
        _("Interpretation"),
        _("Registered at"),
    ]
    rows = [
        [
            registration.name,
            registration.email,
            registration.organisation,
            registration.get_seat_display(),
            registration.get_state_display(),
            registration.accessibility_needs,
            registration.get_interpretation_display(),
            timezone.localtime(registration.registered_at).strftime("%Y-%m-%d %H:%M"),
        ]
        for registration in registrations_of(hearing)
    ]
    return header, rows


def board_of(hearing):
    """Every post on the hearing's board, in the order they came."""
    return list(BoardPost.objects.of(hearing).with_details().order_by("created_at", "pk"))


def board_minutes(hearing):
    """What the minutes show of the board: the questions with their answers,
    then the comments, hidden posts left out."""
    posts = BoardPost.objects.of(hearing).published().with_details().order_by("created_at", "pk")
    return {
        "questions": [post for post in posts if post.is_question],
        "comments": [post for post in posts if not post.is_question],
    }


def votes_of(user, posts):
    """The ids of ``posts`` that ``user`` voted for."""
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(
        BoardVote.objects.filter(voter=user, post__in=posts).values_list("post_id", flat=True)
    )


def personal_data(user):
    """What hearings hold about ``user``, for the download of their data (the
    PERSONAL_DATA hook): their registrations (those made with their address
    while signed out too), their posts to the boards and their votes."""
    return {
        "registrations": [
            {
                "hearing": registration.hearing.title,
                "name": registration.name,
                "email": registration.email,
                "organisation": registration.organisation,
                "seat": registration.seat,
                "accessibility_needs": registration.accessibility_needs,
                "interpretation": registration.interpretation,
                "state": registration.state,
                "registered_at": registration.registered_at,
                "promoted_at": registration.promoted_at,
                "cancelled_at": registration.cancelled_at,
            }
            for registration in registrations_of_person(user)
            .select_related("hearing")
            .order_by("registered_at", "pk")
        ],
        "board_posts": [
            {
                "id": post.pk,
                "hearing": post.hearing.title,
                "kind": post.kind,
                "organisation": post.organisation.name if post.organisation_id else None,
                "text": post.text,
                "state": post.state,
                "hidden_reason": post.hidden_reason,
                "answer": post.answer,
                "sent_at": post.created_at,
            }
            for post in BoardPost.objects.filter(author=user)
            .select_related("hearing", "organisation")
            .order_by("created_at", "pk")
        ],
        "votes": [
            {
                "question": vote.post_id,
                "hearing": vote.post.hearing.title,
                "voted_at": vote.created_at,
            }
            for vote in BoardVote.objects.filter(voter=user)
            .select_related("post__hearing")
            .order_by("created_at", "pk")
        ],
    }


def registrations_of_person(user):
    """``user``'s registrations: made signed in, or with their address."""
    return HearingRegistration.objects.filter(Q(user=user) | Q(email__iexact=user.email))
