"""Who may do what with a hearing: see who registered (the one rule the list,
the sign-in sheet and the exports ask; nobody else learns it), and chair,
send to, vote on and moderate its live board."""

from django.utils.translation import gettext as _

from accounts.permissions import has_role, is_editor, is_official_of
from accounts.roles import MODERATORS
from hearings.status import EventStatus

STARTED = (EventStatus.IN_PROGRESS, EventStatus.HELD, EventStatus.MINUTES_PUBLISHED)


def organising_institutions(hearing):
    """The hearing's organising institutions and the institutions responsible
    for the consultations it is about (read from the consultation page, which
    this app names only by its type)."""
    institutions = set(hearing.organisers.all())
    for page in hearing.consultations.all():
        institution = getattr(page.specific, "institution", None)
        if institution is not None:
            institutions.add(institution)
    return institutions


def can_see_registrations(user, hearing):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return is_editor(user) or any(
        is_official_of(user, institution) for institution in organising_institutions(hearing)
    )


# The live board ---------------------------------------------------------------------


def is_signed_in(user):
    return getattr(user, "is_authenticated", False) and user.is_active


def can_chair(user, hearing):
    """The hearing's chair answers questions and carries comments into the
    consultation: its organisers (as for the registrations), editors, and
    whoever Wagtail lets edit the hearing's page."""
    if not is_signed_in(user):
        return False
    return can_see_registrations(user, hearing) or hearing.permissions_for_user(user).can_edit()


def can_moderate_board(user, hearing):
    """The chair and the network's moderators may hide a post from the board."""
    return can_chair(user, hearing) or (is_signed_in(user) and has_role(user, MODERATORS))


def board_is_open(hearing):
    return hearing.status == EventStatus.IN_PROGRESS


def refusal_to_post(user, hearing):
    """Why ``user`` cannot send to the board now, in words for them, or None."""
    if not is_signed_in(user):
        return _("Sign in to send a question or a comment to the board.")
    if not board_is_open(hearing):
        return _("The board takes questions and comments only while the hearing is in progress.")
    return None


def refusal_to_vote(user, post, voted=False):
    """Why ``user`` cannot vote ``post`` up, or None."""
    refusal = refusal_to_post(user, post.hearing)
    if refusal:
        return refusal
    if not post.is_question or post.is_hidden:
        return _("Only questions on the board can be voted up.")
    if post.author_id == user.pk:
        return _("You cannot vote for your own question.")
    if voted:
        return _("You have already voted for this question.")
    return None


# ``chairs``/``moderates``: whether the user chairs (moderates) the hearing, when
# the caller knows already (a page asks once for all its posts).


def refusal_to_answer(user, post, chairs=None):
    if not (can_chair(user, post.hearing) if chairs is None else chairs):
        return _("Only the hearing's chair marks questions as answered.")
    if not post.is_question or post.is_hidden:
        return _("Only questions on the board can be answered.")
    if post.hearing.status not in STARTED:
        return _("Questions are answered once the hearing has started.")
    return None


def refusal_to_hide(user, post, moderates=None):
    if not (can_moderate_board(user, post.hearing) if moderates is None else moderates):
        return _("Only the hearing's chair and moderators hide posts from the board.")
    if post.is_hidden:
        return _("This post is already hidden.")
    return None


def refusal_to_carry(user, post, chairs=None):
    if not (can_chair(user, post.hearing) if chairs is None else chairs):
        return _("Only the hearing's chair carries comments into the consultation.")
    if post.is_question or post.is_hidden:
        return _("Only comments on the board can be carried into the consultation.")
    if post.carried_at is not None:
        return _("This comment has already been carried into the consultation.")
    return None
