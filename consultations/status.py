"""The statuses a consultation passes through, derived from its dates and its
report (``ConsultationPage.status``). A module of their own at the bottom of the
app: the page model, its filter form and the permissions all read them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsultationStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    REPORT_PUBLISHED = "report_published", _("Report published")
