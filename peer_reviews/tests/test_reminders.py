import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from accounts.tests.factories import member_of
from peer_reviews import actions
from peer_reviews.status import FollowUpStatus, Priority
from peer_reviews.tests.factories import coordinator, review

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 7)


def recommend(built, responsible, due_on, text):
    return actions.AddRecommendation(
        built,
        by=coordinator(),
        text=text,
        priority=Priority.HIGH,
        responsible=responsible,
        due_on=due_on,
    ).execute()


def test_the_owner_of_an_overdue_recommendation_is_reminded_in_their_language():
    built = review()
    owner = member_of(built.organisation, preferred_language="de")
    recommend(built, owner, TODAY - datetime.timedelta(days=3), "Keep a register of referrals.")
    recommend(built, owner, TODAY + datetime.timedelta(days=3), "Not yet due.")

    sent = actions.RemindOverdueOwners(today=TODAY).execute()

    assert sent == 1
    (message,) = mail.outbox
    assert message.to == [owner.email]
    assert "Keep a register of referrals." in message.body
    assert "Not yet due." not in message.body
    assert "/peer-reviews/recommendations/" in message.body
    assert "04.12.2026" in message.body  # the date as a German reader writes it


def test_a_recommendation_done_or_dropped_is_no_longer_reminded():
    built = review()
    owner = member_of(built.organisation)
    for status in [FollowUpStatus.DONE, FollowUpStatus.DROPPED]:
        recommendation = recommend(built, owner, TODAY - datetime.timedelta(days=3), status)
        actions.RecordFollowUp(recommendation, by=owner, status=status, note="Closed.").execute()

    assert actions.RemindOverdueOwners(today=TODAY).execute() == 0
    assert mail.outbox == []


def test_the_daily_command_reminds_through_the_task_queue():
    built = review()
    owner = member_of(built.organisation)
    recommend(built, owner, datetime.date(2020, 1, 1), "Train the new interpreters.")

    call_command("remind_overdue_recommendations")

    assert [message.to for message in mail.outbox] == [[owner.email]]
