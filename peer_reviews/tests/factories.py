"""Test builders of peer reviews: a framework with its standards and criteria,
and a review with its team and generated score sheet."""

import itertools

from django.utils import timezone
from wagtail.models import Locale

from accounts.tests.factories import OrganisationFactory, UserFactory, member_of
from peer_reviews import actions
from peer_reviews.models import (
    Criterion,
    Framework,
    PeerReview,
    Standard,
    TeamMember,
    TeamOrganisation,
)
from peer_reviews.roles import NETWORK_COORDINATORS
from peer_reviews.status import Service

NUMBERS = itertools.count(1)


def framework(standards=2, criteria=2, version=1, name=None):
    """A framework version with ``standards`` standards of ``criteria`` criteria each."""
    name = name or f"Quality standards for social services {next(NUMBERS)}"
    english = Locale.objects.get_or_create(language_code="en")[0]
    built = Framework.objects.create(locale=english, name=name, year=2019, version=version)
    for number in range(1, standards + 1):
        standard = Standard.objects.create(
            locale=english, framework=built, number=number, title=f"Standard {number}"
        )
        for criterion in range(1, criteria + 1):
            Criterion.objects.create(
                locale=english,
                standard=standard,
                number=criterion,
                text=f"Criterion {number}.{criterion}",
                guidance="What reviewers look for.",
            )
    return built


def coordinator():
    return UserFactory(roles=[NETWORK_COORDINATORS], is_staff=True)


def review(
    organisation=None, *, used=None, cycle=1, service=Service.LEGAL_AID, team=None, people=None
):
    """A review with its team (one organisation and one of its members unless
    given) and its score sheet made from the framework version ``used``."""
    organisation = organisation or OrganisationFactory(country="BA")
    team = team if team is not None else [OrganisationFactory(country="ME")]
    people = people if people is not None else [member_of(team[0])]
    built = PeerReview.objects.create(
        organisation=organisation,
        service=service,
        cycle=cycle,
        framework=used or framework(),
        visit_starts_on=timezone.localdate(),
    )
    for member in team:
        TeamOrganisation.objects.create(review=built, organisation=member)
    for person in people:
        TeamMember.objects.create(review=built, person=person)
    actions.GenerateScoreSheet(built).execute()
    return built


def reviewer_of(built):
    return built.team_members.first().person


def scored(built, score=2, text="Seen in six case files of ten."):
    """Every criterion of the sheet scored by the team, with evidence and a finding."""
    rows = {row.criterion_id: (score, text, text) for row in built.scores.all()}
    actions.RecordScores(built, rows, by=reviewer_of(built)).execute()
    return built


def published(built, summary="The service meets most standards."):
    """Scored (unless it is), completed, agreed to and published: the summary anyone reads."""
    if built.scores.filter(score=None).exists():
        scored(built)
    actions.CompleteReview(built, by=reviewer_of(built)).execute()
    actions.GiveConsent(built, by=member_of(built.organisation)).execute()
    actions.PublishSummary(built, by=reviewer_of(built), summary=summary).execute()
    built.refresh_from_db()
    return built
