"""The kinds of organisation. A module of their own at the bottom of the app:
the models and the directory's filters both read them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    CSO = "cso", _("Civil-society organisation")
    PUBLIC_INSTITUTION = "public", _("Ministry or public institution")
    LOCAL_GOVERNMENT = "local", _("Local self-government")
    EU_INSTITUTION = "eu", _("EU institution")
    INTERNATIONAL = "international", _("International organisation")
    MEDIA = "media", _("Media")

    @classmethod
    def governmental(cls):
        """Kinds whose members may act as public officials."""
        return {cls.PUBLIC_INSTITUTION, cls.LOCAL_GOVERNMENT}
