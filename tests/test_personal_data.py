"""A person who has done everything on the site downloads their data and
deletes their account: the download holds each kind of thing they did and
nothing of other people; afterwards their comments read "Former participant"
(or leave a tombstone, if they asked), their registrations and subscription
are gone, and a dump of the whole database holds neither their name nor their
e-mail address."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.log_actions import log

from accounts.actions import ConfirmMembership
from accounts.models import User
from accounts.tests.factories import (
    PASSWORD,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    editor,
    manager_of,
)
from consultations.actions.subscriptions import Subscribe
from consultations.models import CommentRevision, ConsultationSubscription, CoSignature, Flag
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
    comment_on_part,
)
from hearings.models import HearingRegistration
from hearings.tests.factories import (
    BoardPostFactory,
    HearingIndexPageFactory,
    HearingPageFactory,
    HearingRegistrationFactory,
)

pytestmark = pytest.mark.django_db

NAME = "Zorislava Quillfeather"
EMAIL = "zorislava.quillfeather@example.net"
OTHER_EMAIL = "someone.else@example.org"


@pytest.fixture
def everything(home_page):
    """A person with a membership, a comment, an amended and answered part, a
    co-signature, a flag, a subscription, hearing registrations (one signed
    in, one made signed out with their address), a board post, and log
    entries about them by others."""
    first_name, last_name = NAME.split()
    person = UserFactory(first_name=first_name, last_name=last_name, email=EMAIL)
    organisation = OrganisationFactory(name="Centre for Civic Initiatives")
    membership = MembershipFactory(user=person, organisation=organisation, confirmed_at=None)
    ConfirmMembership(membership, by=manager_of(organisation)).execute()
    log(instance=person, action="wagtail.edit", user=editor(), data={"about": f"{NAME} {EMAIL}"})

    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page), closed=True
    )
    other = UserFactory(email=OTHER_EMAIL, first_name="Other", last_name="Reader")
    comment = CommentFactory(
        consultation=consultation,
        author=person,
        organisation=organisation,
        text="Registration deadlines are too short.",
    )
    amendment = comment_on_part(
        consultation,
        consultation.parts()[0],
        author=person,
        kind="amendment",
        text="Say who decides.",
        proposed_text="The asylum office decides within 30 days.",
    )
    CommentRevision.objects.create(comment=amendment, text="An earlier wording of mine.")
    AnswerFactory(comment=amendment, reasoning="Adopted in the final text.")
    reply = CommentFactory(consultation=consultation, author=other, parent=comment, text="Agreed!")
    others_comment = CommentFactory(consultation=consultation, author=other, text="Not mine.")
    CoSignature.objects.create(comment=others_comment, organisation=organisation, signed_by=person)
    Flag.objects.create(comment=others_comment, flagged_by=person, reason="Off topic, I think.")
    Flag.objects.create(comment=comment, flagged_by=other, reason="Flagged by the other reader.")
    ConsultationReportFactory(consultation=consultation)
    Subscribe(person, countries=["RS"]).execute()

    hearings = HearingIndexPageFactory(parent=home_page)
    hearing = HearingPageFactory(parent=hearings, title="Hearing on asylum", in_progress=True)
    HearingRegistrationFactory(hearing=hearing, user=person, name=NAME, email=EMAIL)
    past = HearingPageFactory(parent=hearings, title="Past hearing", past=True)
    HearingRegistrationFactory(hearing=past, user=None, name=NAME, email=EMAIL.upper())
    HearingRegistrationFactory(hearing=hearing, name="Other Reader", email=OTHER_EMAIL)
    BoardPostFactory(hearing=hearing, author=person, text="Who answers our questions?")
    return {
        "person": person,
        "consultation": consultation,
        "comment": comment,
        "amendment": amendment,
        "reply": reply,
    }


def download(client, person):
    client.force_login(person)
    response = client.get(reverse("accounts:download_data"))
    assert response.status_code == 200
    return response


def delete_account(client, person, **fields):
    client.force_login(person)
    response = client.post(reverse("accounts:delete_account"), {"password": PASSWORD, **fields})
    assert response.status_code == 302
    return User.objects.get(pk=person.pk)


def test_download_holds_each_kind_of_contribution_and_nothing_of_others(client, everything):
    response = download(client, everything["person"])

    data = json.loads(response.content)
    comments = {comment["id"]: comment for comment in data["consultations"]["comments"]}
    amendment = comments[everything["amendment"].pk]
    assert amendment["proposed_text"] == "The asylum office decides within 30 days."
    assert amendment["earlier_wordings"][0]["text"] == "An earlier wording of mine."
    assert amendment["answer"] == {"outcome": "accepted", "reasoning": "Adopted in the final text."}
    assert comments[everything["comment"].pk]["organisation"] == "Centre for Civic Initiatives"
    assert data["consultations"]["cosignatures"][0]["organisation"] == (
        "Centre for Civic Initiatives"
    )
    assert data["consultations"]["flags"][0]["reason"] == "Off topic, I think."
    assert data["consultations"]["subscription"]["countries"] == ["RS"]
    registrations = data["hearings"]["registrations"]
    assert {registration["hearing"] for registration in registrations} == {
        "Hearing on asylum",
        "Past hearing",
    }
    assert data["hearings"]["board_posts"][0]["text"] == "Who answers our questions?"
    assert data["memberships"][0]["organisation"] == "Centre for Civic Initiatives"
    text = response.content.decode()
    for of_others in (OTHER_EMAIL, "Other Reader", "Agreed!", "Not mine.", "Flagged by the other"):
        assert of_others not in text


def test_deleted_person_s_comments_stay_readable_as_former_participant(client, everything):
    consultation = everything["consultation"]
    assert NAME in client.get(consultation.url).content.decode()  # cached with the name

    delete_account(client, everything["person"])

    html = client.get(consultation.url).content.decode()
    assert "Registration deadlines are too short." in html
    assert "Former participant" in html
    assert "Agreed!" in html
    assert NAME not in html and "Quillfeather" not in html


def test_removal_leaves_a_tombstone_and_the_answer_in_the_report(client, everything):
    consultation = everything["consultation"]

    delete_account(client, everything["person"], remove_contributions="on")

    html = client.get(consultation.url).content.decode()
    assert "Registration deadlines are too short." not in html
    assert "The asylum office decides" not in html
    assert html.count("Removed at the request of its author, who has left the site.") == 2
    assert "Agreed!" in html
    report = client.get(f"{consultation.url}report/").content.decode()
    assert "Adopted in the final text." in report
    assert "Removed at the request of its author, who has left the site." in report
    assert "Say who decides." not in report
    everything["amendment"].refresh_from_db()
    assert not everything["amendment"].revisions.exists()


def test_registrations_and_subscription_go_with_the_account(client, everything):
    person = delete_account(client, everything["person"])

    assert not ConsultationSubscription.objects.filter(user=person).exists()
    assert not HearingRegistration.objects.filter(email__iexact=EMAIL).exists()
    assert HearingRegistration.objects.filter(email=OTHER_EMAIL).exists()


@pytest.mark.parametrize("remove_contributions", ["", "on"])
def test_a_dump_of_the_whole_database_holds_neither_name_nor_address(
    client, everything, remove_contributions
):
    delete_account(client, everything["person"], remove_contributions=remove_contributions)

    dump = StringIO()
    call_command("dumpdata", format="json", stdout=dump)

    text = dump.getvalue().lower()
    assert "former participant" in text
    for personal in (NAME, *NAME.split(), EMAIL):
        assert personal.lower() not in text, personal
    assert OTHER_EMAIL in text
