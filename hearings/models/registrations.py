"""Registrations for a public hearing: private to the person and the
organisers. A seat is given, or a place on the waiting list, under a lock on
the hearing (``hearings.actions``), so the last seat goes to one person."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from hearings.status import Seat, SpokenLanguage


class RegistrationState(models.TextChoices):
    CONFIRMED = "confirmed", _("Seat confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(state=RegistrationState.CANCELLED)

    def seats_taken(self, hearing):
        """``{seat: confirmed registrations}`` for ``hearing`` in every language."""
        rows = (
            self.filter(hearing__translation_key=hearing.translation_key)
            .filter(state=RegistrationState.CONFIRMED)
            .values("seat")
            .annotate(taken=Count("pk"))
        )
        return {row["seat"]: row["taken"] for row in rows}


class HearingRegistration(models.Model):
    """One person's registration for a hearing, kept on the hearing in the
    language it was first published in, so every translation shares the seats."""

    hearing = models.ForeignKey(
        "hearings.HearingPage",
        verbose_name=_("hearing"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hearing_registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    organisation = models.CharField(
        _("organisation you attend for"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty if you come in your own name."),
    )
    seat = models.CharField(_("seat"), max_length=20, choices=Seat.choices)
    accessibility_needs = models.TextField(
        _("accessibility needs"),
        max_length=1000,
        blank=True,
        help_text=_("Step-free access, a sign-language interpreter, a seat near the front..."),
    )
    interpretation = models.CharField(
        _("interpretation you need"), max_length=5, choices=SpokenLanguage.choices, blank=True
    )
    # The language they registered in: their e-mails are written in it.
    language = models.CharField(max_length=10, editable=False)
    state = models.CharField(_("state"), max_length=20, choices=RegistrationState.choices)
    registered_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("given a seat from the waiting list at"), null=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("hearing registration")
        verbose_name_plural = _("hearing registrations")
        ordering = ["registered_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["hearing", "email"],
                condition=~Q(state="cancelled"),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return self.name
