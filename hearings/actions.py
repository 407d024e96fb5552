"""Every write of a hearing's registrations and of its live board: one class
per change, called alike by the pages, the demo seeds and the benches.

A seat is allocated under a lock on the hearing's rows (PostgreSQL's
``SELECT ... FOR UPDATE``; SQLite's immediate transactions serialise writers
anyway), so two people asking for the last seat at the same moment get one
seat and one place on the waiting list, never two seats."""

from urllib.parse import urlencode

from django.conf import settings
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from accounts.permissions import can_speak_for
from hearings import calendars, permissions, queries, signals
from hearings.models import (
    MAX_ANSWER_CHARACTERS,
    MAX_POST_CHARACTERS,
    MAX_REASON_CHARACTERS,
    BoardEventKind,
    BoardPost,
    BoardPostKind,
    BoardPostState,
    BoardVote,
    HearingPage,
    HearingRegistration,
    RegistrationState,
)
from hearings.routes import page_cache_tag
from iris_site import hooks, page_cache

CANCEL_SALT = "hearings.registration.cancel"


class RegistrationRefused(ValidationError):
    """Why a registration or a cancellation cannot be taken, in words for the person."""


def cancel_token(registration):
    return signing.dumps(registration.pk, salt=CANCEL_SALT)


def registration_for_token(token):
    """The registration a cancel link names; a link that was not made here
    (tampered, cut short) names none."""
    try:
        pk = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return HearingRegistration.objects.select_related("hearing").filter(pk=pk).first()


def lock_hearing(hearing):
    """Lock every translation of ``hearing``, always in the same order, and
    return the one its registrations are kept on (the first published)."""
    pks = list(
        HearingPage.objects.select_for_update(of=("self",))
        .filter(translation_key=hearing.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return HearingPage.objects.get(pk=pks[0])


def refusal_to_register(hearing, seat=None):
    """Why ``hearing`` takes no registration (for ``seat``), or None."""
    now = timezone.now()
    if hearing.cancelled:
        return _("This hearing has been cancelled.")
    if hearing.ends_at <= now:
        return _("This hearing has already taken place.")
    if not hearing.takes_registrations:
        return _("This hearing takes no registrations: come without registering.")
    if now >= hearing.registration_closes_at:
        return _("Registration closed on %(date)s.") % {
            "date": date_format(
                timezone.localtime(hearing.registration_closes_at), "DATETIME_FORMAT"
            )
        }
    if seat is not None and hearing.seat_limits().get(seat) == 0:
        return _("This hearing offers no such seat.")
    return None


def _page_in(registration, page):
    """The translation the person registered through, where it is live."""
    locale = Locale.objects.filter(language_code=registration.language).first()
    translated = locale and page.get_translation_or_none(locale)
    if translated is not None and translated.live:
        return translated.specific
    return page


def message(registration, template):
    """The e-mail ``template`` (``registered``, ``promoted``) to the person,
    in the language they registered in, with the hearing's calendar file."""
    with translation.override(registration.language):
        hearing = _page_in(registration, registration.hearing)
        page_url = settings.IRIS_BASE_URL + hearing.get_url_parts()[2]
        context = {
            "registration": registration,
            "hearing": hearing,
            "hearing_url": page_url,
            "cancel_url": page_url
            + hearing.reverse_subpage("cancel_registration")
            + "?"
            + urlencode({"token": cancel_token(registration)}),
        }
        subject = render_to_string(f"hearings/emails/{template}_subject.txt", context)
        body = render_to_string(f"hearings/emails/{template}.txt", context)
        email = mail.EmailMessage(
            subject=" ".join(subject.split()), body=body, to=[registration.email]
        )
        email.attach(
            f"{hearing.slug}.ics",
            calendars.calendar([hearing], hearing.title),
            calendars.CONTENT_TYPE,
        )
    return email


def _after_commit(registration, template, notify=True):
    page_cache.invalidate_on_commit(page_cache_tag(registration.hearing))
    if notify:
        transaction.on_commit(lambda: message(registration, template).send())


class RegisterForHearing:
    """A seat for the person if one of the kind they ask for is left, else a
    place on the waiting list; the confirmation says which, with the link to
    cancel (``notify=False``: the demo's made-up people get no e-mail)."""

    def __init__(self, hearing, *, name, email, seat, user=None, notify=True, **details):
        self.hearing = hearing
        self.notify = notify
        self.user = user if getattr(user, "is_authenticated", False) else None
        self.fields = {"name": name, "email": email.strip().lower(), "seat": seat, **details}

    def execute(self):
        try:
            with transaction.atomic():
                return self._register()
        except IntegrityError:
            # The constraint behind the check below: the same address twice.
            raise self._already_registered() from None

    def _already_registered(self):
        return RegistrationRefused(
            _("This e-mail address is already registered for this hearing."), code="registered"
        )

    def _register(self):
        hearing = lock_hearing(self.hearing)
        refusal = refusal_to_register(hearing, self.fields["seat"])
        if refusal:
            raise RegistrationRefused(refusal, code="closed")
        active = HearingRegistration.objects.active().filter(hearing=hearing)
        if active.filter(email=self.fields["email"]).exists():
            raise self._already_registered()
        limit = hearing.seat_limits()[self.fields["seat"]]
        taken = active.filter(state=RegistrationState.CONFIRMED, seat=self.fields["seat"]).count()
        registration = HearingRegistration.objects.create(
            hearing=hearing,
            user=self.user,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            state=(
                RegistrationState.CONFIRMED
                if limit is None or taken < limit
                else RegistrationState.WAITING
            ),
            **self.fields,
        )
        log(
            instance=hearing,
            action="hearings.registration",
            user=self.user,
            data={"registration": registration.pk, "state": registration.state},
        )
        _after_commit(registration, "registered", self.notify)
        return registration


class CancelRegistration:
    """The person gives up their seat or their place on the waiting list; a
    freed seat goes at once to the first person waiting for one of its kind."""

    def __init__(self, registration):
        self.registration = registration
        self.promoted = None

    def execute(self):
        with transaction.atomic():
            hearing = lock_hearing(self.registration.hearing)
            registration = HearingRegistration.objects.get(pk=self.registration.pk)
            if registration.state == RegistrationState.CANCELLED:
                raise RegistrationRefused(
                    _("This registration was already cancelled."), code="cancelled"
                )
            if hearing.ends_at <= timezone.now():
                raise RegistrationRefused(_("This hearing has already taken place."), code="held")
            freed = registration.state == RegistrationState.CONFIRMED
            registration.state = RegistrationState.CANCELLED
            registration.cancelled_at = timezone.now()
            registration.save(update_fields=["state", "cancelled_at"])
            log(
                instance=hearing,
                action="hearings.registration.cancel",
                data={"registration": registration.pk},
            )
            if freed:
                self.promoted = self._promote(hearing, registration.seat)
            page_cache.invalidate_on_commit(page_cache_tag(hearing))
        self.registration = registration
        return registration

    def _promote(self, hearing, seat):
        waiting = (
            HearingRegistration.objects.filter(
                hearing=hearing, seat=seat, state=RegistrationState.WAITING
            )
            .order_by("registered_at", "pk")
            .first()
        )
        if waiting is None:
            return None
        waiting.state = RegistrationState.CONFIRMED
        waiting.promoted_at = timezone.now()
        waiting.save(update_fields=["state", "promoted_at"])
        _after_commit(waiting, "promoted")
        return waiting


# The live board -------------------------------------------------------------------------


class BoardRefused(ValidationError):
    """Why the board takes no such change, in words for the person. ``code``
    says what kind of refusal: ``forbidden``, ``invalid`` or ``conflict``."""


def _refuse_if(refusal, code="forbidden"):
    if refusal:
        raise BoardRefused(refusal, code=code)


def _clean_text(text, limit, empty_message):
    text = (text or "").strip()
    if not text:
        raise BoardRefused(empty_message, code="invalid")
    if len(text) > limit:
        raise BoardRefused(
            _("Keep it to %(limit)s characters; this has %(length)s.")
            % {"limit": limit, "length": len(text)},
            code="invalid",
        )
    return text


def _changed(action, post, kind, user, log_action, **data):
    """Tell the live board and the audit log, in the action's transaction."""
    signals.board_changed.send(sender=action, post=post, kind=kind)
    log(instance=post.hearing, action=log_action, user=user, data={"post": post.pk, **data})


class PostToBoard:
    """A signed-in participant sends a question or a comment to the board of a
    hearing in progress, perhaps for an organisation they speak for."""

    def __init__(self, user, hearing, *, text, kind=BoardPostKind.QUESTION, organisation=None):
        self.user = user
        self.hearing = hearing
        self.text = text
        self.kind = kind
        self.organisation = organisation

    def execute(self):
        _refuse_if(permissions.refusal_to_post(self.user, self.hearing))
        if self.kind not in BoardPostKind.values:
            raise BoardRefused(_("Choose a question or a comment."), code="invalid")
        text = _clean_text(
            self.text, MAX_POST_CHARACTERS, _("Write your question or comment first.")
        )
        if self.organisation is not None and not can_speak_for(self.user, self.organisation):
            raise BoardRefused(
                _("You cannot speak for %(organisation)s: you are not a confirmed member.")
                % {"organisation": self.organisation},
                code="forbidden",
            )
        with transaction.atomic():
            post = BoardPost.objects.create(
                hearing=self.hearing.original,
                author=self.user,
                organisation=self.organisation,
                kind=self.kind,
                text=text,
            )
            _changed(type(self), post, BoardEventKind.POSTED, self.user, "hearings.board.post")
        return post


class VoteForQuestion:
    """A participant lifts someone else's question: one vote each."""

    def __init__(self, user, post):
        self.user = user
        self.post = post

    def execute(self):
        voted = BoardVote.objects.filter(post=self.post, voter=self.user).exists()
        _refuse_if(
            permissions.refusal_to_vote(self.user, self.post, voted),
            code="conflict" if voted else "forbidden",
        )
        try:
            with transaction.atomic():
                vote = BoardVote.objects.create(post=self.post, voter=self.user)
                signals.board_changed.send(
                    sender=type(self), post=self.post, kind=BoardEventKind.VOTED
                )
        except IntegrityError:
            # The same vote sent twice at the same moment: the first one counted.
            raise BoardRefused(
                _("You have already voted for this question."), code="conflict"
            ) from None
        return vote


class AnswerQuestion:
    """The chair marks a question answered, with what was answered in short;
    answering again corrects the answer."""

    def __init__(self, user, post, answer):
        self.user = user
        self.post = post
        self.answer = answer

    def execute(self):
        _refuse_if(permissions.refusal_to_answer(self.user, self.post))
        answer = _clean_text(
            self.answer, MAX_ANSWER_CHARACTERS, _("Write the answer in a sentence or two.")
        )
        post = self.post
        with transaction.atomic():
            post.answer = answer
            post.answered_at = post.answered_at or timezone.now()
            post.answered_by = self.user
            post.save(update_fields=["answer", "answered_at", "answered_by"])
            _changed(type(self), post, BoardEventKind.ANSWERED, self.user, "hearings.board.answer")
        return post


class HideBoardPost:
    """The chair or a moderator takes a post off the board, saying why: its
    text reaches nobody from then on, neither the page nor the socket."""

    def __init__(self, user, post, reason):
        self.user = user
        self.post = post
        self.reason = reason

    def execute(self):
        _refuse_if(
            permissions.refusal_to_hide(self.user, self.post),
            code="conflict" if self.post.is_hidden else "forbidden",
        )
        reason = _clean_text(
            self.reason, MAX_REASON_CHARACTERS, _("Say why the post is hidden: readers see it.")
        )
        post = self.post
        with transaction.atomic():
            post.state = BoardPostState.HIDDEN
            post.hidden_reason = reason
            post.save(update_fields=["state", "hidden_reason"])
            _changed(
                type(self),
                post,
                BoardEventKind.HIDDEN,
                self.user,
                "hearings.board.hide",
                reason=reason,
            )
        return post


def carrying_targets(hearing):
    """The live pages the hearing is about that take hearing input (through
    the ``HEARING_INPUT`` hook); none when no app takes it."""
    intake = hooks.hearing_input()
    if intake is None:
        return []
    return [
        page.specific
        for page in hearing.original.consultations.all()
        if page.live and intake.accepts(page.specific)
    ]


class CarryIntoConsultation:
    """The chair carries a comment made at the hearing into the comment list
    of a consultation the hearing is about, attributed to its author and
    organisation, for the institution to answer in its report: once only."""

    def __init__(self, user, post, target):
        self.user = user
        self.post = post
        self.target = target

    def execute(self):
        _refuse_if(
            permissions.refusal_to_carry(self.user, self.post),
            code="conflict" if self.post.carried_at else "forbidden",
        )
        targets = carrying_targets(self.post.hearing)
        if self.target is None or self.target.pk not in {page.pk for page in targets}:
            raise BoardRefused(
                _("Choose one of the consultations this hearing is about."), code="invalid"
            )
        intake = hooks.hearing_input()
        with transaction.atomic():
            post = BoardPost.objects.select_for_update().get(pk=self.post.pk)
            if post.carried_at is not None:
                raise BoardRefused(
                    _("This comment has already been carried into the consultation."),
                    code="conflict",
                )
            try:
                carried = intake.take(
                    self.target,
                    author=post.author,
                    organisation=post.organisation,
                    text=post.text,
                    hearing=post.hearing,
                )
            except ValidationError as error:
                raise BoardRefused(error.messages[0], code="conflict") from None
            post.carried_at = timezone.now()
            post.carried_to = self.target.title
            post.save(update_fields=["carried_at", "carried_to"])
            _changed(
                type(self),
                post,
                BoardEventKind.CARRIED,
                self.user,
                "hearings.board.carry",
                page=self.target.pk,
            )
        self.post = post
        return carried


# A person leaves the site ----------------------------------------------------------------


class ErasePersonalData:
    """What hearings do when a person deletes their account (the
    PERSONAL_DATA hook): their registrations go, each seat of a hearing still
    to come first freed for the waiting list as a cancellation would; their
    posts to the boards stay, signed by the nameless account, unless
    ``remove_contributions``: then each keeps its place and its answer, not
    its text (``BoardPost.is_removed``). Votes are counted, not shown: they stay."""

    def __init__(self, user, remove_contributions=False):
        self.user = user
        self.remove_contributions = remove_contributions

    def execute(self):
        with transaction.atomic():
            registrations = queries.registrations_of_person(self.user).select_related("hearing")
            for registration in registrations.active().filter(hearing__ends_at__gt=timezone.now()):
                CancelRegistration(registration).execute()
            registrations.delete()
            posts = BoardPost.objects.filter(author=self.user).select_related("hearing")
            # Stored pages of the boards show their name: they are built afresh.
            page_cache.invalidate_on_commit(*{page_cache_tag(post.hearing) for post in posts})
            if self.remove_contributions:
                posts.update(text="")


def erase_personal_data(user, remove_contributions):
    ErasePersonalData(user, remove_contributions).execute()
