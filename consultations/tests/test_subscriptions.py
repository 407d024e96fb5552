"""People follow new consultations (journey 1: "subscribers hear of it"): the
first publication of a consultation e-mails each matching subscriber, in their
language, with a link to the draft and a one-click way to stop."""

import re

import pytest
from django.core import mail
from django.test import Client

from accounts.tests.factories import UserFactory
from consultations.actions.subscriptions import Subscribe
from consultations.models import ConsultationSubscription
from consultations.tests.factories import ConsultationPageFactory
from iris_site.models import PolicyArea

pytestmark = pytest.mark.django_db


@pytest.fixture
def areas(locales):
    asylum = PolicyArea.objects.create(name="Asylum", slug="asylum", locale=locales["en"])
    azil = asylum.copy_for_translation(locales["sr-latn"])
    azil.name = "Azil"
    azil.save()
    integration = PolicyArea.objects.create(
        name="Integration", slug="integration", locale=locales["en"]
    )
    return {"asylum": asylum, "azil": azil, "integration": integration}


def subscriber(countries=(), policy_areas=(), **user_fields):
    user = UserFactory(**user_fields)
    Subscribe(user, countries, policy_areas).execute()
    return user


def publish_new_consultation(index, capture, **fields):
    """A consultation on asylum in Serbia, saved as a draft, then published."""
    policy_areas = fields.pop("policy_areas", [])
    consultation = ConsultationPageFactory(
        parent=index, publish=False, title="Draft Law on Asylum", country="RS", **fields
    )
    consultation.policy_areas.set(policy_areas)
    with capture(execute=True):
        consultation.save_revision().publish()
    return consultation


def link(message, path_part):
    return re.search(rf"http://\S+{path_part}\S*", message.body)[0]


def test_first_publication_emails_each_matching_subscriber_in_their_language(
    index, areas, django_capture_on_commit_callbacks
):
    everything = subscriber(preferred_language="en")
    serbian_asylum = subscriber(["RS"], [areas["azil"]], preferred_language="sr-latn")
    subscriber(["AL"])
    subscriber([], [areas["integration"]])
    subscriber(is_active=False)

    consultation = publish_new_consultation(
        index, django_capture_on_commit_callbacks, policy_areas=[areas["asylum"]]
    )

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {everything.email, serbian_asylum.email}
    english = by_recipient[everything.email]
    assert english.subject == "New consultation: Draft Law on Asylum"
    assert f"http://127.0.0.1:8000{consultation.url}" in english.body
    assert consultation.institution.name in english.body
    serbian = by_recipient[serbian_asylum.email]
    assert serbian.subject == "Nova konsultacija: Draft Law on Asylum"
    assert "/sr-latn/subscriptions/consultations/stop/" in link(serbian, "/stop/")
    assert serbian.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert serbian.extra_headers["List-Unsubscribe"] == f"<{link(serbian, '/stop/')}>"


def test_publishing_again_or_in_translation_sends_nothing_more(
    index, locales, django_capture_on_commit_callbacks
):
    subscriber()
    consultation = publish_new_consultation(index, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1

    with django_capture_on_commit_callbacks(execute=True):
        consultation.title = "Draft Law on Asylum, corrected"
        consultation.save_revision().publish()
        translation = consultation.copy_for_translation(locales["sr-latn"], copy_parents=True)
        translation.save_revision().publish()

    assert len(mail.outbox) == 1


def test_unsubscribe_link_asks_then_stops_the_emails(index, django_capture_on_commit_callbacks):
    person = subscriber()
    publish_new_consultation(index, django_capture_on_commit_callbacks)
    address = link(mail.outbox[0], "/stop/").removeprefix("http://127.0.0.1:8000")
    browser = Client(enforce_csrf_checks=True)

    asked = browser.get(address)
    assert asked.status_code == 200
    assert "Stop the e-mails" in asked.content.decode()
    assert ConsultationSubscription.objects.filter(user=person).exists()

    # What a mail program's "Unsubscribe" button sends (RFC 8058): no CSRF token.
    done = browser.post(address, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert "you will no longer receive" in done.content.decode()
    assert not ConsultationSubscription.objects.filter(user=person).exists()
    publish_new_consultation(index, django_capture_on_commit_callbacks, slug="another")
    assert len(mail.outbox) == 1


def test_tampered_unsubscribe_link_is_refused(client):
    person = subscriber()

    response = client.post(f"/en/subscriptions/consultations/stop/{person.pk}:forged/")

    assert response.status_code == 404
    assert "This link is not valid" in response.content.decode()
    assert ConsultationSubscription.objects.filter(user=person).exists()


def test_person_chooses_what_to_follow_and_sees_it_on_their_profile(client, areas):
    person = UserFactory()
    client.force_login(person)

    saved = client.post(
        "/en/subscriptions/consultations/",
        {"countries": ["RS", "BA"], "policy_areas": [areas["asylum"].pk]},
        follow=True,
    )

    assert "we will e-mail you" in saved.content.decode()
    subscription = ConsultationSubscription.objects.get(user=person)
    assert subscription.countries == ["BA", "RS"]
    assert list(subscription.policy_areas.all()) == [areas["asylum"]]
    profile = client.get("/en/accounts/profile/").content.decode()
    assert "New consultations" in profile
    assert "Bosnia and Herzegovina, Serbia; Asylum." in profile

    client.post("/en/subscriptions/consultations/", {"stop": "1"})

    assert not ConsultationSubscription.objects.filter(user=person).exists()
    assert (
        "You do not follow new consultations."
        in client.get("/en/accounts/profile/").content.decode()
    )


def test_unknown_country_is_refused_with_a_message(client):
    client.force_login(UserFactory())

    response = client.post("/en/subscriptions/consultations/", {"countries": ["XX"]})

    assert response.status_code == 400
    assert "Select a valid choice." in response.content.decode()
    assert not ConsultationSubscription.objects.exists()


def test_following_needs_an_account(client):
    response = client.get("/en/subscriptions/consultations/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
