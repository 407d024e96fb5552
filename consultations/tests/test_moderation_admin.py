import pytest
from wagtail.models import ModelLogEntry

from accounts.tests.factories import InstitutionFactory, UserFactory, moderator, official_of
from consultations.actions import FlagComment
from consultations.models import CommentState
from consultations.tests.factories import CommentFactory, ConsultationPageFactory

pytestmark = pytest.mark.django_db

LISTING = "/admin/consultation_comments/"


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index, title="Draft Law on Asylum")


def test_moderators_list_comments_filtered_by_state(client, consultation):
    CommentFactory(consultation=consultation, text="Waiting remark", state=CommentState.PENDING)
    CommentFactory(consultation=consultation, text="Published remark")
    client.force_login(moderator())

    html = client.get(LISTING, {"state": "pending"}).content.decode()

    assert "Waiting remark" in html
    assert "Published remark" not in html


def test_moderators_filter_flagged_comments_and_by_consultation(client, index, consultation):
    flagged = CommentFactory(consultation=consultation, text="Flagged remark")
    FlagComment(UserFactory(), flagged).execute()
    CommentFactory(consultation=consultation, text="Quiet remark")
    other = ConsultationPageFactory(parent=index)
    CommentFactory(consultation=other, text="Elsewhere remark")
    client.force_login(moderator())

    flagged_only = client.get(LISTING, {"flagged": "true"}).content.decode()
    by_consultation = client.get(LISTING, {"consultation": consultation.pk}).content.decode()

    assert "Flagged remark" in flagged_only
    assert "Quiet remark" not in flagged_only
    assert "Elsewhere remark" not in by_consultation
    assert "Quiet remark" in by_consultation


def test_moderators_are_not_offered_an_unpublished_draft_to_filter_by(client, index, consultation):
    ConsultationPageFactory(parent=index, publish=False, title="Unannounced reform")
    client.force_login(moderator())

    html = client.get(LISTING).content.decode()

    assert "Draft Law on Asylum" in html
    assert "Unannounced reform" not in html


def test_moderator_hides_a_comment_in_the_admin_through_the_action(client, consultation):
    comment = CommentFactory(consultation=consultation)
    person = moderator()
    client.force_login(person)

    response = client.post(
        f"{LISTING}edit/{comment.pk}/", {"decision": "hide", "reason": "Hate speech"}
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.state, comment.moderation_reason) == (CommentState.HIDDEN, "Hate speech")
    entry = ModelLogEntry.objects.get()
    assert (entry.action, entry.user) == ("consultations.comment.hide", person)


def test_hiding_without_a_reason_is_refused_in_the_admin(client, consultation):
    comment = CommentFactory(consultation=consultation)
    client.force_login(moderator())

    response = client.post(f"{LISTING}edit/{comment.pk}/", {"decision": "hide", "reason": ""})

    assert response.status_code == 200
    assert "Give the reason: readers see it in place of the comment." in response.content.decode()
    assert not ModelLogEntry.objects.exists()


def test_the_moderation_log_is_in_wagtails_site_history(client, consultation):
    comment = CommentFactory(consultation=consultation)
    client.force_login(moderator())
    client.post(f"{LISTING}edit/{comment.pk}/", {"decision": "hide", "reason": "Spam"})

    history = client.get("/admin/reports/site-history/").content.decode()
    comment_history = client.get(f"{LISTING}history/{comment.pk}/").content.decode()

    assert "Comment hidden" in history
    assert "Comment hidden" in comment_history


def test_officials_do_not_moderate(client, consultation):
    comment = CommentFactory(consultation=consultation)
    client.force_login(official_of(InstitutionFactory()))

    listing = client.get(LISTING)
    decision = client.post(f"{LISTING}edit/{comment.pk}/", {"decision": "hide", "reason": "x"})

    assert listing.status_code in (302, 403)
    assert decision.status_code in (302, 403)
    comment.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED
