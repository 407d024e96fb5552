"""Every write of a hearing's registrations: one class per change, called alike
by the pages, the demo seeds and the benches.

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

from hearings import calendars
from hearings.models import HearingPage, HearingRegistration, RegistrationState
from hearings.routes import page_cache_tag
from iris_site import page_cache

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
