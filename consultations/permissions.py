"""Who may do what with a consultation and its comments: the one policy that
pages, forms, the admin, the live socket and the actions all ask.

Each rule takes the user, the consultation (any of its translations) and,
where it is about one comment, that comment. The state of the consultation
(upcoming, open, closed, report published) is part of every rule.
"""

from accounts.permissions import has_role, is_editor, is_official_of, speakable_organisations
from accounts.roles import MODERATORS, PUBLIC_OFFICIALS
from consultations.models import CommentPolicy, CommentState, ConsultationStatus

OPEN = ConsultationStatus.OPEN
CLOSED = ConsultationStatus.CLOSED
REPORT_PUBLISHED = ConsultationStatus.REPORT_PUBLISHED


def is_signed_in(user):
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


def is_moderator(user):
    return has_role(user, MODERATORS) or is_editor(user)


def is_answering_official(user, consultation):
    """An official of the consultation's responsible institution."""
    return is_official_of(user, consultation.institution)


def commenting_organisations(user, consultation):
    """The organisations the user may speak for on this consultation: their
    confirmed memberships, verified organisations only where the consultation
    asks for that. Never the responsible institution: it answers the comments."""
    organisations = speakable_organisations(user).exclude(pk=consultation.institution_id)
    if consultation.comment_policy == CommentPolicy.VERIFIED_ORGANISATIONS:
        organisations = organisations.filter(verified=True)
    return organisations


def can_view(user, consultation):
    return consultation.live or is_editor(user)


def can_comment(user, consultation):
    """Comment on the draft or one of its parts, and reply, while it is open."""
    if not is_signed_in(user) or consultation.status != OPEN:
        return False
    if consultation.comment_policy == CommentPolicy.VERIFIED_ORGANISATIONS:
        return commenting_organisations(user, consultation).exists()
    return True


def can_see(user, consultation, comment):
    """Whether ``user`` may be shown the text of ``comment``, or anything
    about it beyond what the thread shows in its place. Every rule about one
    comment asks this first, and every page about one comment answers a
    comment its reader may not see as not found, so that its existence is
    not confirmed either.

    Moderators see every comment. Others see nothing of a withdrawn comment
    but its tombstone, nor of a reply in a thread taken out since. Published
    comments are for everyone who may view the consultation; pending ones for
    their author too, who may still edit or withdraw them. Of a rejected or
    hidden comment its author, like every reader, sees only the moderator's
    reason where the thread shows it: the text stays with the moderators, so
    that words taken down are not served again, even to a shared screen."""
    if not can_view(user, consultation):
        return False
    if can_moderate(user, consultation, comment):
        return True
    if comment.is_withdrawn:
        return False
    if comment.parent_id is not None and not comment.parent.in_thread:
        return False
    if comment.state == CommentState.PUBLISHED:
        return True
    return (
        comment.state == CommentState.PENDING
        and is_signed_in(user)
        and comment.author_id == user.pk
    )


def is_published_in_thread(comment):
    """A comment others may reply to, co-sign or flag: published, not
    withdrawn, in a thread whose first comment is published and not withdrawn."""
    return all(
        c.state == CommentState.PUBLISHED and not c.is_withdrawn
        for c in (comment, comment.parent or comment)
    )


def can_reply(user, consultation, comment):
    return (
        can_comment(user, consultation)
        and can_see(user, consultation, comment)
        and is_published_in_thread(comment)
    )


def can_edit(user, consultation, comment):
    """Authors change their own wording until the period closes."""
    return (
        is_signed_in(user)
        and comment.author_id == user.pk
        and consultation.status == OPEN
        and not comment.is_withdrawn
        and can_see(user, consultation, comment)
    )


can_withdraw = can_edit


def cosigning_organisations(user, consultation, comment):
    """The organisations the user could still add to ``comment``."""
    return (
        commenting_organisations(user, consultation)
        .filter(verified=True)
        .exclude(pk=comment.organisation_id)
        .exclude(cosigned_comments__comment=comment)
    )


def can_cosign(user, consultation, comment):
    """A member of another verified organisation joins a thread's first
    comment while the consultation is open; never its author, whose
    organisation already signs it or who speaks for themselves."""
    if not is_signed_in(user) or consultation.status != OPEN or comment.parent_id is not None:
        return False
    if comment.author_id == user.pk:
        return False
    if not (can_see(user, consultation, comment) and is_published_in_thread(comment)):
        return False
    return cosigning_organisations(user, consultation, comment).exists()


def can_flag(user, consultation, comment):
    return (
        is_signed_in(user)
        and comment.author_id != user.pk
        and can_see(user, consultation, comment)
        and is_published_in_thread(comment)
    )


def can_moderate(user, consultation, comment=None):
    """Approve, reject, hide and restore comments, in every state."""
    return is_moderator(user)


def can_prepare_report(user, consultation):
    """Officials of the responsible institution, and editors: the people who
    answer the comments and publish the report, whatever the state (the
    answering screen is theirs; what they may change there depends on it)."""
    return is_editor(user) or is_answering_official(user, consultation)


def prepares_reports(user):
    """Editors and public officials: those the admin offers the answering
    screen (each official sees only their institution's consultations)."""
    return is_editor(user) or has_role(user, PUBLIC_OFFICIALS)


def can_answer(user, consultation):
    """Those who prepare the report answer comments once the period has
    closed and until the report is published."""
    return consultation.status == CLOSED and can_prepare_report(user, consultation)


can_publish_report = can_answer


def can_see_answers(user, consultation):
    """Answers are public with the report; before that only those who write them see them."""
    if consultation.status == REPORT_PUBLISHED:
        return True
    return consultation.status == CLOSED and can_prepare_report(user, consultation)


can_export = can_see_answers


def can_import_draft(user, consultation):
    """Replace the draft text from an uploaded file: whoever may edit the page
    in Wagtail's admin (officials only in their institution's section)."""
    return is_signed_in(user) and consultation.permissions_for_user(user).can_edit()


def can_revise_draft(user, consultation):
    """Make, match and publish the versions of the draft that follow the
    consultation, and link them to the comments: those who prepare its report."""
    return can_prepare_report(user, consultation)


COMMENT_CONTROLS = ("reply", "edit", "withdraw", "cosign", "flag", "moderate")


class CommentViewer:
    """The rules above for one reader of a page of comments, with their
    queries made once for the page instead of once per comment."""

    def __init__(self, user, consultation):
        self.user = user
        self.consultation = consultation
        # Readers who are not signed in may do nothing with a comment.
        self.may_act = is_signed_in(user)
        self.may_comment = can_comment(user, consultation)
        self.may_moderate = can_moderate(user, consultation)
        self.cosigning_ids = frozenset()
        if is_signed_in(user) and consultation.status == OPEN:
            self.cosigning_ids = frozenset(
                commenting_organisations(user, consultation)
                .filter(verified=True)
                .values_list("pk", flat=True)
            )

    def may_cosign(self, comment):
        """``can_cosign`` on the comment's prefetched co-signatures."""
        if comment.parent_id is not None or not is_published_in_thread(comment):
            return False
        if comment.author_id == self.user.pk:
            return False
        taken = {comment.organisation_id, *(c.organisation_id for c in comment.cosignatures.all())}
        return bool(self.cosigning_ids - taken)

    def controls(self, comment):
        """Which of reply, edit, withdraw, co-sign, flag and moderate this reader may use."""
        user, consultation = self.user, self.consultation
        if not can_see(user, consultation, comment):
            return dict.fromkeys(COMMENT_CONTROLS, False)
        return {
            "reply": self.may_comment and is_published_in_thread(comment),
            "edit": can_edit(user, consultation, comment),
            "withdraw": can_withdraw(user, consultation, comment),
            "cosign": self.may_cosign(comment),
            "flag": can_flag(user, consultation, comment),
            "moderate": self.may_moderate,
        }
