"""People who want to hear of new consultations, by e-mail."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from iris_site.geography import Country


class SubscriptionQuerySet(models.QuerySet):
    def matching(self, consultation):
        """The subscriptions of active people that ``consultation`` concerns: its
        country and one of its policy areas (in any language), where they chose any."""
        area_keys = {area.translation_key for area in consultation.policy_areas.all()}
        subscriptions = self.filter(user__is_active=True).select_related("user")
        return [
            subscription
            for subscription in subscriptions.prefetch_related("policy_areas")
            if (not subscription.countries or consultation.country in subscription.countries)
            and (
                not subscription.policy_areas.all()
                or area_keys & {area.translation_key for area in subscription.policy_areas.all()}
            )
        ]


class ConsultationSubscription(models.Model):
    """A person's wish to be told by e-mail when a consultation is published,
    narrowed to some countries and policy areas (none chosen: every one)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="consultation_subscription",
    )
    countries = models.JSONField(
        _("countries"),
        default=list,
        blank=True,
        help_text=_("Country codes; empty for every country."),
    )
    policy_areas = models.ManyToManyField(
        "iris_site.PolicyArea",
        verbose_name=_("policy areas"),
        blank=True,
        related_name="+",
        help_text=_("Empty for every policy area."),
    )
    created_at = models.DateTimeField(_("subscribed at"), auto_now_add=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation subscription")
        verbose_name_plural = _("consultation subscriptions")

    def __str__(self):
        return str(self.user)

    def get_countries_display(self):
        return [Country(code).label for code in self.countries]
