"""What the benches measure against: a throw-away test database (``test_<name>``
of DATABASE_URL) and the content they fill it with, built with the tests'
factories. Imported by the bench scripts, never by the site."""

from contextlib import contextmanager


@contextmanager
def test_database():
    """A new empty test database for the block, dropped after it."""
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
    database = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        yield connection
    finally:
        connection.close()
        connection.creation.destroy_test_db(database, verbosity=0)


def home(hostname="testserver"):
    """The English home page as the default site's root."""
    from wagtail.models import Locale, Page, Site

    from iris_site.models import HomePage

    locale = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    page = root.add_child(instance=HomePage(title="IRIS Dialogue", slug="home", locale=locale))
    page.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname=hostname, port=80, root_page=page, is_default_site=True)
    return page


def consultation(parent, parts, comments):
    """A consultation index under ``parent`` and in it a consultation with
    ``parts`` articles and ``comments`` comments (a quarter of them replies,
    organisations and co-signatures among them)."""
    from accounts.tests.factories import OrganisationFactory, UserFactory
    from consultations.models import Comment, CoSignature
    from consultations.tests.factories import (
        ConsultationIndexPageFactory,
        ConsultationPageFactory,
        articles,
    )

    index = ConsultationIndexPageFactory(parent=parent)
    page = ConsultationPageFactory(parent=index, draft=articles(parts))
    blocks = page.parts()
    authors = [UserFactory() for _author in range(50)]
    organisations = [OrganisationFactory() for _organisation in range(10)]
    top = Comment.objects.bulk_create(
        Comment(
            consultation=page,
            author=authors[number % len(authors)],
            organisation=organisations[number % 10] if number % 3 == 0 else None,
            part_id=blocks[number % parts].id if number % 10 else "",
            text=f"Comment {number}: the deadline of eight days is too short.\n\nSee https://example.org/.",
        )
        for number in range(comments * 3 // 4)
    )
    Comment.objects.bulk_create(
        Comment(
            consultation=page,
            author=authors[number % len(authors)],
            parent=top[number % len(top)],
            part_id=top[number % len(top)].part_id,
            text=f"Reply {number}",
        )
        for number in range(comments - len(top))
    )
    CoSignature.objects.bulk_create(
        CoSignature(comment=comment, organisation=organisations[1], signed_by=authors[1])
        for comment in top[1::7]
    )
    return page


def library(parent, documents):
    """A library index under ``parent`` with ``documents`` documents."""
    from policy_library.tests.factories import (
        LibraryDocumentPageFactory,
        LibraryIndexPageFactory,
    )

    index = LibraryIndexPageFactory(parent=parent)
    pages = [
        LibraryDocumentPageFactory(parent=index, title=f"Asylum policy brief {number}")
        for number in range(documents)
    ]
    return index, pages


def peer_reviews(organisations, cycles, criteria):
    """``organisations`` reviewed organisations in four countries, each
    reviewed in ``cycles`` cycles against one framework of ``criteria``
    criteria (five standards), every criterion scored; three recommendations
    per review, in every follow-up state. Returns the reviews."""
    import datetime

    from accounts.tests.factories import OrganisationFactory
    from peer_reviews.models import (
        CriterionScore,
        FollowUp,
        PeerReview,
        Recommendation,
        TeamOrganisation,
    )
    from peer_reviews.status import FollowUpStatus, Priority, Service
    from peer_reviews.tests.factories import framework

    used = framework(standards=5, criteria=criteria // 5)
    rows = list(used.standards.values_list("criteria", flat=True))
    countries = ["RS", "BA", "ME", "MK"]
    reviewed = [
        OrganisationFactory(country=countries[number % 4]) for number in range(organisations)
    ]
    peers = [OrganisationFactory(country="AL") for _peer in range(5)]
    services = list(Service)
    reviews = PeerReview.objects.bulk_create(
        PeerReview(
            organisation=organisation,
            service=services[number % len(services)],
            cycle=cycle,
            framework=used,
            completed_at=datetime.datetime(2020 + cycle, 6, 1, tzinfo=datetime.UTC),
        )
        for number, organisation in enumerate(reviewed)
        for cycle in range(1, cycles + 1)
    )
    TeamOrganisation.objects.bulk_create(
        TeamOrganisation(review=review, organisation=peers[number % 5])
        for number, review in enumerate(reviews)
    )
    CriterionScore.objects.bulk_create(
        CriterionScore(
            review=review, criterion_id=criterion, score=(number + review.cycle) % 4, finding="."
        )
        for review in reviews
        for number, criterion in enumerate(rows)
    )
    recommendations = Recommendation.objects.bulk_create(
        Recommendation(
            review=review,
            text=f"Recommendation {number}",
            priority=Priority.MEDIUM,
            due_on=datetime.date(2021 + review.cycle, 1 + number * 3, 1),
        )
        for review in reviews
        for number in range(3)
    )
    states = list(FollowUpStatus)
    FollowUp.objects.bulk_create(
        FollowUp(
            recommendation=recommendation,
            status=states[number % len(states)],
            noted_on=datetime.date(2024, 1, 1),
            note="Noted.",
        )
        for number, recommendation in enumerate(recommendations)
        if number % len(states)
    )
    return reviews
