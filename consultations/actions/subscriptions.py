"""Following new consultations: subscribing, unsubscribing, and the e-mail
that tells subscribers a consultation has been published."""

from django.conf import settings
from django.core import mail, signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.log_actions import log
from wagtail.models import Locale, PageLogEntry

from consultations.models import ConsultationSubscription

UNSUBSCRIBE_SALT = "consultations.unsubscribe"


def unsubscribe_token(user):
    """The signed reference in a subscriber's one-click unsubscribe link."""
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def subscriber_for_token(token):
    """The user id an unsubscribe link was made for, or None if it was tampered with."""
    try:
        return signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None


class Subscribe:
    """Start, or change, a person's subscription to new consultations."""

    def __init__(self, user, countries=(), policy_areas=()):
        self.user = user
        self.countries = sorted(countries)
        self.policy_areas = list(policy_areas)

    def execute(self):
        with transaction.atomic():
            subscription, _created = ConsultationSubscription.objects.update_or_create(
                user=self.user, defaults={"countries": self.countries}
            )
            subscription.policy_areas.set(self.policy_areas)
        return subscription


class Unsubscribe:
    """Stop a person's subscription; nothing to do if there is none."""

    def __init__(self, user_id):
        self.user_id = user_id

    def execute(self):
        deleted, _per_model = ConsultationSubscription.objects.filter(user_id=self.user_id).delete()
        return bool(deleted)


class AnnounceConsultation:
    """E-mail every matching subscriber, in their language, that a consultation
    has been published, with a link to it and a one-click unsubscribe link."""

    def __init__(self, consultation):
        self.consultation = consultation

    def execute(self):
        """Send the e-mails, once per consultation (the log entry remembers)."""
        announced = PageLogEntry.objects.filter(
            page=self.consultation, action="consultations.announce"
        )
        if announced.exists():
            return 0
        subscriptions = ConsultationSubscription.objects.matching(self.consultation)
        messages = [self.message(subscription.user) for subscription in subscriptions]
        with mail.get_connection() as connection:
            connection.send_messages(messages)
        log(
            instance=self.consultation,
            action="consultations.announce",
            data={"recipients": len(messages)},
        )
        return len(messages)

    def message(self, user):
        language = user.preferred_language
        with translation.override(language):
            consultation = self.translation(language)
            unsubscribe_url = settings.IRIS_BASE_URL + reverse(
                "consultations_unsubscribe", args=[unsubscribe_token(user)]
            )
            context = {
                "user": user,
                "consultation": consultation,
                "consultation_url": settings.IRIS_BASE_URL + consultation.get_url_parts()[2],
                "subscription_url": settings.IRIS_BASE_URL + reverse("consultations_subscription"),
                "unsubscribe_url": unsubscribe_url,
            }
            subject = render_to_string(
                "consultations/subscriptions/announcement_subject.txt", context
            )
            body = render_to_string("consultations/subscriptions/announcement.txt", context)
        return mail.EmailMessage(
            subject=" ".join(subject.split()),
            body=body,
            to=[user.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )

    def translation(self, language):
        """The consultation in ``language`` where it is published so, else as it is."""
        locale = Locale.objects.filter(language_code=language).first()
        translated = locale and self.consultation.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.specific
        return self.consultation
