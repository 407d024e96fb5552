from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MembershipQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def pending(self):
        return self.filter(confirmed_at__isnull=True)


class Membership(models.Model):
    """A person's tie to an organisation. It counts (the person may speak for
    the organisation, or act as its official) only once confirmed: by a
    manager of the organisation or by one of the network's editors."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    position = models.CharField(_("position"), max_length=120, blank=True)
    is_manager = models.BooleanField(
        _("manages memberships"),
        default=False,
        help_text=_("Managers confirm who may speak for the organisation."),
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation__name", "user__last_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="one_membership_per_organisation"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None
