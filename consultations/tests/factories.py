"""Builders for consultation pages, shared by every test of the app."""

from datetime import timedelta

import factory
from django.utils import timezone

from accounts.tests.factories import InstitutionFactory, PageFactory
from consultations.models import ConsultationIndexPage, ConsultationPage, DraftKind


def days_from_now(days):
    return timezone.now() + timedelta(days=days)


class ConsultationIndexPageFactory(PageFactory):
    class Meta:
        model = ConsultationIndexPage

    title = "Consultations"
    slug = "consultations"


class ConsultationPageFactory(PageFactory):
    """An open consultation, unless built with ``upcoming=True`` or ``closed=True``."""

    class Meta:
        model = ConsultationPage

    title = factory.Sequence(lambda n: f"Draft Law on Asylum, version {n}")
    summary = "Changes to the registration of asylum seekers."
    kind = DraftKind.LAW
    institution = factory.SubFactory(InstitutionFactory)
    country = "RS"
    opens_at = factory.LazyFunction(lambda: days_from_now(-5))
    closes_at = factory.LazyFunction(lambda: days_from_now(25))

    class Params:
        upcoming = factory.Trait(
            opens_at=factory.LazyFunction(lambda: days_from_now(5)),
            closes_at=factory.LazyFunction(lambda: days_from_now(35)),
        )
        closed = factory.Trait(
            opens_at=factory.LazyFunction(lambda: days_from_now(-35)),
            closes_at=factory.LazyFunction(lambda: days_from_now(-5)),
        )
