"""Builders for hearing pages, shared by every test of the app."""

from datetime import timedelta

import factory
from django.utils import timezone

from accounts.tests.factories import PageFactory
from hearings.models import HearingIndexPage, HearingPage


def days_from_now(days, hours=0):
    return timezone.now() + timedelta(days=days, hours=hours)


class HearingIndexPageFactory(PageFactory):
    class Meta:
        model = HearingIndexPage

    title = "Public hearings"
    slug = "hearings"


class HearingPageFactory(PageFactory):
    """A three-hour hearing in a hall, a week from now unless built with ``past=True``."""

    class Meta:
        model = HearingPage

    title = factory.Sequence(lambda n: f"Public hearing {n}")
    summary = "The draft Law on Asylum, article by article."
    venue = "Belgrade City Hall, Dragoslava Jovanovića 2, Belgrade"
    starts_at = factory.LazyFunction(lambda: days_from_now(7))
    ends_at = factory.LazyAttribute(lambda hearing: hearing.starts_at + timedelta(hours=3))

    class Params:
        past = factory.Trait(starts_at=factory.LazyFunction(lambda: days_from_now(-7)))
