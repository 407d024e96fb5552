"""What an event's page says of it, derived from its dates and content, never
stored: a module of its own below the models, which the index's filters read too."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    REGISTRATION_OPEN = "registration-open", _("Registration open")
    FULL = "full", _("Full: waiting list")
    IN_PROGRESS = "in-progress", _("In progress")
    HELD = "held", _("Held")
    MINUTES_PUBLISHED = "minutes-published", _("Minutes published")
    CANCELLED = "cancelled", _("Cancelled")


class EventKind(models.TextChoices):
    """What the events index and search call each kind of event."""

    HEARING = "hearing", _("Public hearing")
    PARLIAMENT = "parliament", _("EU Parliament event")
    SOCIAL_ACADEMY = "social-academy", _("Regional social academy")
    PARTNERSHIP_MEETING = "partnership-meeting", _("Partnership meeting")
    BALKAN_BRIEFING = "balkan-briefing", _("Balkan briefing")
    TRAINING = "training", _("Training")
    MEDIA_CARAVAN = "media-caravan", _("Media caravan stop")

    @classmethod
    def network_kinds(cls):
        """The kinds a network event page may take."""
        return [kind for kind in cls if kind not in (cls.HEARING, cls.PARLIAMENT)]


class Seat(models.TextChoices):
    IN_PERSON = "in-person", _("In the room")
    ONLINE = "online", _("Online")


class SpokenLanguage(models.TextChoices):
    """The languages an event is held or interpreted in: spoken, so Serbian is
    one whichever script its pages use, and sign language counts."""

    ENGLISH = "en", _("English")
    SERBIAN = "sr", _("Serbian")
    BOSNIAN = "bs", _("Bosnian")
    CROATIAN = "hr", _("Croatian")
    MONTENEGRIN = "cnr", _("Montenegrin")
    MACEDONIAN = "mk", _("Macedonian")
    ALBANIAN = "sq", _("Albanian")
    GERMAN = "de", _("German")
    FRENCH = "fr", _("French")
    SIGN = "sgn", _("Sign language")


class Venue(models.TextChoices):
    """Where the European Parliament meets."""

    BRUSSELS = "brussels", _("Brussels")
    STRASBOURG = "strasbourg", _("Strasbourg")
    ONLINE = "online", _("Online")
