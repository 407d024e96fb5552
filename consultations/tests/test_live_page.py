"""The consultation page starts its live socket right after the last event
it shows; moderators' pages follow the moderation queue as well."""

import pytest
from bs4 import BeautifulSoup

from accounts.tests.factories import moderator
from consultations import signals
from consultations.models import CommentState
from consultations.tests.factories import CommentFactory, ConsultationPageFactory

pytestmark = pytest.mark.django_db


def live_region(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup.find(attrs={"data-live-path": True}), soup


def test_page_starts_the_socket_after_the_last_event(client, index):
    consultation = ConsultationPageFactory(parent=index)
    for _ in range(2):
        signals.comment_posted.send(sender=None, comment=CommentFactory(consultation=consultation))

    region, soup = live_region(client, consultation)

    assert region["data-live-path"] == f"/ws/consultations/{consultation.pk}/"
    assert region["data-live-after"] == "2"
    assert not region.has_attr("data-live-moderators-after")
    assert region.has_attr("hidden")  # shown by the script only
    assert soup.find(attrs={"data-live-announcer": True})["aria-live"] == "polite"
    script = soup.find("script", src=lambda src: src and src.endswith("consultations/live.js"))
    assert script.has_attr("defer")


def test_moderators_page_follows_the_moderation_queue(client, index):
    consultation = ConsultationPageFactory(parent=index)
    pending = CommentFactory(consultation=consultation, state=CommentState.PENDING)
    signals.comment_posted.send(sender=None, comment=pending)
    client.force_login(moderator())

    region, _soup = live_region(client, consultation)

    assert region["data-live-after"] == "0"
    assert region["data-live-moderators-after"] == "1"
