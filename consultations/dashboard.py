"""The panels consultations add to the admin's dashboard: what an official
and a moderator have to do, each read through the app's permission rules."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from consultations import permissions
from consultations.queries import moderation_queue
from consultations.reports import institution_dashboard, is_official

ROWS = 10


class InstitutionConsultationsPanel(Component):
    """An official's open consultations and those waiting for answers: the
    comments not yet answered and the days left before the consultation closes."""

    name = "institution_consultations"
    order = 50
    template_name = "consultations/admin/dashboard_institution.html"

    def __init__(self, consultations):
        self.consultations = consultations

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        return {
            "title": _("Your institution's consultations"),
            "rows": [
                {
                    "consultation": consultation,
                    "days_left": (timezone.localdate(consultation.closes_at) - today).days,
                    "answering_url": reverse("consultations_answering", args=[consultation.pk]),
                }
                for consultation in self.consultations[:ROWS]
            ],
            "all_url": reverse("consultations_answering_index"),
        }


class ModerationQueuePanel(Component):
    """The comments a moderator has to decide on, oldest first."""

    name = "moderation_queue"
    order = 60
    template_name = "consultations/admin/dashboard_moderation.html"

    def __init__(self, comments):
        self.comments = comments

    def get_context_data(self, parent_context=None):
        return {
            "title": _("Comments awaiting moderation"),
            "total": self.comments.count(),
            "comments": self.comments[:ROWS],
            "queue_url": reverse("consultation_comments:index"),
        }


def dashboard_panels(user):
    """The panels ``user`` is shown: each role sees its own work, and a role
    with nothing to do is told so rather than shown nothing."""
    panels = []
    if is_official(user):
        panels.append(InstitutionConsultationsPanel(institution_dashboard(user)))
    if permissions.can_moderate(user, consultation=None):
        panels.append(ModerationQueuePanel(moderation_queue()))
    return panels
