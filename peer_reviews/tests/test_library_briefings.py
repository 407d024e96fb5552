"""The policy library's briefings on quality standards link to the framework
they discuss, and the framework's page links back."""

import pytest

from peer_reviews import actions
from peer_reviews.models import Criterion
from peer_reviews.tests.factories import framework, review, scored
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def briefing(home_page):
    library = LibraryIndexPageFactory(parent=home_page)
    return LibraryDocumentPageFactory(
        parent=library, title="Balkan briefing: quality standards of services"
    )


def test_a_briefing_links_to_the_framework_it_discusses_as_soon_as_an_editor_says_so(
    client, briefing
):
    standards = framework(name="Quality standards for social services for migrants")
    assert "Quality standards discussed here" not in client.get(briefing.url).content.decode()

    standards.discussed_in = briefing
    standards.save()
    page = client.get(briefing.url).content.decode()

    assert "Quality standards discussed here" in page
    assert f"/en/peer-reviews/frameworks/{standards.pk}/" in page


def test_the_framework_page_shows_its_criteria_and_the_briefing(client, briefing):
    standards = framework(standards=2, criteria=3)
    standards.discussed_in = briefing
    standards.save()

    page = client.get(f"/en/peer-reviews/frameworks/{standards.pk}/").content.decode()

    assert "2.3 Criterion 2.3" in page and "What reviewers look for." in page
    assert "Partly met" in page
    assert f'href="{briefing.url}"' in page


def test_a_new_framework_version_never_changes_a_past_review(client, briefing):
    first = framework()
    past = scored(review(used=first))
    second = actions.CopyFramework(first, version=2, year=2023).execute()
    Criterion.objects.filter(standard__framework=second, number=1).update(text="Rewritten.")

    assert [row.criterion.text for row in past.scores.select_related("criterion")][:1] == [
        "Criterion 1.1"
    ]
    assert second.previous == first
    assert Criterion.objects.filter(standard__framework=second).count() == 4


def test_an_unknown_framework_is_not_found(client, home_page):
    assert client.get("/en/peer-reviews/frameworks/999999/").status_code == 404
