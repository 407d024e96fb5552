"""Loads the peer-review demo (``demo_content.py``) through the actions, once
however often it runs: an existing framework version or review is left alone."""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page

from accounts.actions import ConfirmMembership, RequestMembership
from accounts.models import Membership, Organisation
from iris_site.seeds import in_cyrillic
from peer_reviews import actions
from peer_reviews.demo_content import (
    COORDINATOR,
    CYCLES,
    DISCUSSED_IN,
    EVIDENCE,
    FINDING,
    FRAMEWORK,
    FRAMEWORK_TRANSLATIONS,
    PUBLISHED,
    RECOMMENDATIONS,
    REVIEWED,
    SCORES,
    SECOND_CYCLE_RECOMMENDATIONS,
    STANDARDS,
    STRENGTHS,
    VERSION_2_ADDED,
    VERSION_2_CHANGES,
)
from peer_reviews.models import (
    Criterion,
    Framework,
    PeerReview,
    Standard,
    TeamMember,
    TeamOrganisation,
)
from peer_reviews.roles import NETWORK_COORDINATORS


def ensure_frameworks():
    """Version 1 as editors type it in the admin, version 2 copied from it and changed."""
    english = Locale.get_default()
    first = Framework.objects.filter(locale=english, name=FRAMEWORK, version=1).first()
    if first is None:
        first = Framework.objects.create(
            locale=english,
            name=FRAMEWORK,
            year=2019,
            version=1,
            description="The common minimum standards the IRIS network agreed for the social "
            "and legal services its members provide to migrants.",
            discussed_in=Page.objects.filter(slug=DISCUSSED_IN).first(),
        )
        for number, (title, description, criteria) in STANDARDS.items():
            standard = Standard.objects.create(
                locale=english, framework=first, number=number, title=title,
                description=description,
            )  # fmt: skip
            for index, (text, guidance) in enumerate(criteria, start=1):
                Criterion.objects.create(
                    locale=english, standard=standard, number=index, text=text, guidance=guidance
                )
    second = Framework.objects.filter(locale=english, name=FRAMEWORK, version=2).first()
    if second is None:
        second = actions.CopyFramework(first, version=2, year=2023).execute()
        for (standard, number), text in VERSION_2_CHANGES.items():
            Criterion.objects.filter(
                standard__framework=second, standard__number=standard, number=number
            ).update(text=text)
        for number, (text, guidance) in VERSION_2_ADDED.items():
            standard = second.standards.get(number=number)
            Criterion.objects.create(
                locale=english,
                standard=standard,
                number=standard.criteria.count() + 1,
                text=text,
                guidance=guidance,
            )
    return {1: first, 2: second}


def ensure_framework_translations(demo, frameworks):
    """Both versions in every other language, Serbian Cyrillic transliterated
    from Serbian Latin as the script converter makes it."""
    latin = FRAMEWORK_TRANSLATIONS["sr-latn"]
    cyrillic = in_cyrillic(latin) | {
        part: in_cyrillic(latin[part]) for part in ("standards", "criteria", "version 2")
    }
    translations = FRAMEWORK_TRANSLATIONS | {"sr": cyrillic}
    for language_code, texts in translations.items():
        locale = demo.locale(language_code)
        for version, framework in frameworks.items():
            if framework.has_translation(locale):
                continue
            criteria = texts["criteria"] | (texts["version 2"] if version == 2 else {})
            actions.TranslateFramework(
                framework,
                locale,
                name=texts["name"],
                description=texts["description"],
                standards=texts["standards"],
                criteria=criteria,
            ).execute()


def ensure_coordinator(demo):
    email, first, last, slug, position = COORDINATOR
    person = demo.ensure_user(email, first, last, is_staff=True)
    organisation = Organisation.objects.get(slug=slug)
    membership = Membership.objects.filter(user=person, organisation=organisation).first()
    if membership is None:
        membership = RequestMembership(person, organisation, position).execute()
    if not membership.is_confirmed:
        manager = organisation.memberships.confirmed().filter(is_manager=True).first()
        ConfirmMembership(membership, by=manager.user, manager=False).execute()
    person.groups.add(Group.objects.get_or_create(name=NETWORK_COORDINATORS)[0])
    return person


def scores_of(slug, cycle, sheet):
    """The demo's scores of one cycle, in the sheet's order: the second cycle
    a point higher where the first cycle's recommendations were taken up."""
    first = SCORES[slug]
    values = first if cycle == 1 else [min(3, v + (i % 3 == 0)) for i, v in enumerate(first)]
    values = [*values, 1][: len(sheet)]
    return {
        row.criterion_id: (score, EVIDENCE, FINDING % (4 + 2 * score))
        for row, score in zip(sheet, values, strict=True)
    }


def ensure_review(demo, coordinator, frameworks, reviewed, cycle):
    slug, service, team, people, responsible_email = reviewed
    organisation = Organisation.objects.get(slug=slug)
    if PeerReview.objects.filter(organisation=organisation, service=service, cycle=cycle).exists():
        return
    version, visit_in_days, _completed = CYCLES[cycle]
    visit = demo.days_from_today(visit_in_days).date()
    review = PeerReview.objects.create(
        organisation=organisation,
        service=service,
        cycle=cycle,
        framework=frameworks[version],
        visit_starts_on=visit,
        visit_ends_on=demo.days_from_today(visit_in_days + 2).date(),
        visited_site=True,
        strengths=STRENGTHS[slug],
    )
    team_organisations = list(Organisation.objects.filter(slug__in=team))
    team_people = [demo.ensure_user(email, "", "") for email in people]
    actions.check_team(review, team_organisations, team_people)
    TeamOrganisation.objects.bulk_create(
        TeamOrganisation(review=review, organisation=o) for o in team_organisations
    )
    TeamMember.objects.bulk_create(
        TeamMember(review=review, person=person, role="Reviewer") for person in team_people
    )
    actions.GenerateScoreSheet(review).execute()
    sheet = list(review.scores.order_by("criterion__standard__number", "criterion__number"))
    scores = scores_of(slug, cycle, sheet)
    complete = cycle == 1 or (slug, cycle) == PUBLISHED[:2]
    if not complete:
        scores = dict(list(scores.items())[:8])
    actions.RecordScores(review, scores, by=coordinator).execute()

    responsible = demo.ensure_user(responsible_email, "", "")
    planned = RECOMMENDATIONS if cycle == 1 else SECOND_CYCLE_RECOMMENDATIONS
    for text, priority, due_in_days, log in planned:
        recommendation = actions.AddRecommendation(
            review,
            by=coordinator,
            text=text,
            priority=priority,
            responsible=responsible,
            due_on=demo.days_from_today(due_in_days).date(),
        ).execute()
        for status, noted_in_days, note in log:
            actions.RecordFollowUp(
                recommendation,
                by=responsible,
                status=status,
                note=note,
                noted_on=demo.days_from_today(noted_in_days).date(),
            ).execute()
    if complete:
        actions.CompleteReview(review, by=coordinator).execute()
    if (slug, cycle) == PUBLISHED[:2]:
        actions.GiveConsent(review, by=responsible).execute()
        actions.PublishSummary(review, by=coordinator, summary=PUBLISHED[2]).execute()


@transaction.atomic
def load_peer_reviews(demo):
    frameworks = ensure_frameworks()
    ensure_framework_translations(demo, frameworks)
    coordinator = ensure_coordinator(demo)
    for reviewed in REVIEWED:
        for cycle in CYCLES:
            ensure_review(demo, coordinator, frameworks, reviewed, cycle)
