"""Countries the network works in and with, shared by every app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    ALBANIA = "AL", _("Albania")
    BOSNIA_AND_HERZEGOVINA = "BA", _("Bosnia and Herzegovina")
    MONTENEGRO = "ME", _("Montenegro")
    NORTH_MACEDONIA = "MK", _("North Macedonia")
    SERBIA = "RS", _("Serbia")
    AUSTRIA = "AT", _("Austria")
    BELGIUM = "BE", _("Belgium")
    FRANCE = "FR", _("France")
    GERMANY = "DE", _("Germany")
    GREECE = "GR", _("Greece")
    CROATIA = "HR", _("Croatia")
    HUNGARY = "HU", _("Hungary")
    ITALY = "IT", _("Italy")
    NETHERLANDS = "NL", _("Netherlands")
    SLOVENIA = "SI", _("Slovenia")
    SWITZERLAND = "CH", _("Switzerland")

    @classmethod
    def western_balkans(cls):
        return [
            cls.ALBANIA,
            cls.BOSNIA_AND_HERZEGOVINA,
            cls.MONTENEGRO,
            cls.NORTH_MACEDONIA,
            cls.SERBIA,
        ]
