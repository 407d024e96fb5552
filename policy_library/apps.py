from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PolicyLibraryConfig(AppConfig):
    name = "policy_library"
    verbose_name = _("Policy library")
