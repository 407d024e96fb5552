from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HearingsConfig(AppConfig):
    name = "hearings"
    verbose_name = _("Events and public hearings")

    def ready(self):
        from django.db.models.signals import post_migrate

        from hearings import live, views
        from hearings.models import EventPage, HearingIndexPage
        from hearings.roles import grant_people_permissions

        EventPage.event_views = views
        HearingIndexPage.event_views = views
        live.connect_receivers()
        post_migrate.connect(grant_people_permissions, sender=self)
