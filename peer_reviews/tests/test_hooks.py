import pytest

from accounts.seeds import load_directory
from iris_site.management.commands.load_demo import ADMIN_EMAIL
from iris_site.seeds import DemoSite, load_shell
from iris_site.tests.hook_contract import HookContract
from peer_reviews.models import Criterion, FollowUp, Framework, PeerReview, Recommendation
from peer_reviews.seeds import load_peer_reviews
from peer_reviews.status import FollowUpStatus

pytestmark = pytest.mark.django_db


class TestHookContract(HookContract):
    # Reviews are not pages: nothing of them is offered to search.
    searchable = {}
    navigation = ("/en/peer-reviews/", "Peer reviews")
    home_panel = "published-peer-reviews"


def test_demo_reviews_load_once_however_often_they_run():
    demo = DemoSite(password="demo password")
    demo.ensure_user(ADMIN_EMAIL, "Ana", "Admin", is_superuser=True)
    load_shell(demo)
    load_directory(demo)

    load_peer_reviews(demo)
    load_peer_reviews(demo)

    versions = Framework.objects.filter(locale__language_code="en")
    assert sorted(versions.values_list("version", flat=True)) == [1, 2]
    assert all(f.standards.count() >= 5 for f in versions)
    assert Criterion.objects.filter(standard__framework__version=1).count() >= 15
    reviews = PeerReview.objects.all()
    assert reviews.count() == 6
    assert sorted(set(reviews.values_list("cycle", flat=True))) == [1, 2]
    assert len(set(reviews.values_list("organisation__country", flat=True))) == 3
    assert PeerReview.objects.summary_published().count() == 1
    states = set(Recommendation.objects.with_status().values_list("current_status", flat=True))
    assert states == set(FollowUpStatus)
    assert Recommendation.objects.overdue().exists()
    assert FollowUp.objects.exclude(noted_on=None).exists()
