"""The types of library document. A module of their own at the bottom of the
app: the page model and the index's filters both read them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    GAP_ASSESSMENT = "gap_assessment", _("Gap assessment")
    SHADOW_REPORT = "shadow_report", _("(Re)integration shadow report")
    POLICY_BRIEF = "policy_brief", _("Policy brief")
    BALKAN_BRIEFING = "balkan_briefing", _("Balkan briefing")
    REFERRAL_GUIDE = "referral_guide", _("Referral-system guide")
    LAW = "law", _("Law or regulation")
    CASE_STUDY = "case_study", _("Good-practice case study")
