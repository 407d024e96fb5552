from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self):
        from wagtail.signals import page_published

        from consultations.models import ConsultationPage
        from consultations.subscriptions.receivers import announce_first_publication

        page_published.connect(
            announce_first_publication,
            sender=ConsultationPage,
            dispatch_uid="consultations.announce_first_publication",
        )
