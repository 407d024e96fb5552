"""Registering for a public hearing, the waiting list, cancelling through the
e-mail's link, and the organisers' list that nobody else sees."""

import re
import threading

import pytest
from django.db import connection
from icalendar import Calendar

from accounts.tests.factories import InstitutionFactory, UserFactory, editor, official_of
from hearings.actions import RegisterForHearing
from hearings.models import EventStatus, HearingPage, HearingRegistration, RegistrationState, Seat
from hearings.tests.factories import HearingPageFactory, days_from_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def hearing(index):
    """A hearing a week from now with two seats in the room and none online."""
    return HearingPageFactory(parent=index, title="Hearing on the Law on Asylum", seats=True)


def register(client, hearing, **fields):
    data = {
        "name": "Jelena Petrović",
        "email": "jelena@example.org",
        "organisation": "Legal Aid Centre",
        "seat": Seat.IN_PERSON,
        "consent": "on",
        **fields,
    }
    return client.post(hearing.url + hearing.reverse_subpage("register"), data)


def register_people(client, hearing, count):
    for number in range(count):
        response = register(
            client, hearing, name=f"Person {number}", email=f"p{number}@example.org"
        )
        assert response.status_code == 302


def cancel_link(email):
    return re.search(r"http://\S+/cancel/\?token=\S+", email.body).group(0)


def states(hearing):
    return dict(HearingRegistration.objects.filter(hearing=hearing).values_list("email", "state"))


def test_registering_confirms_a_seat_by_email_with_a_cancel_link_and_the_calendar(
    client, hearing, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, hearing)

    assert response.status_code == 302
    assert states(hearing) == {"jelena@example.org": RegistrationState.CONFIRMED}
    (email,) = mailoutbox
    assert email.to == ["jelena@example.org"]
    assert "your seat at “Hearing on the Law on Asylum” is confirmed" in email.body
    assert "/cancel/" in cancel_link(email)
    filename, content, mimetype = email.attachments[0]
    assert (filename, mimetype) == (f"{hearing.slug}.ics", "text/calendar; charset=utf-8")
    (entry,) = Calendar.from_ical(content).walk("VEVENT")
    assert entry["dtstart"].dt == hearing.starts_at.replace(microsecond=0)
    assert "1 left" in client.get(hearing.url).content.decode()


def test_once_the_seats_are_taken_people_join_the_waiting_list(client, hearing):
    register_people(client, hearing, 2)

    page = client.get(hearing.url).content.decode()
    response = register(client, hearing, email="third@example.org")

    assert "Join the waiting list" in page
    assert hearing.status == EventStatus.FULL
    assert response.status_code == 302
    assert states(hearing)["third@example.org"] == RegistrationState.WAITING


@pytest.mark.parametrize("room", [1, 0], ids=["room full", "online only"])
def test_a_hearing_with_unlimited_online_places_is_never_full(client, index, room):
    hearing = HearingPageFactory(parent=index, capacity=room, online_capacity=None)
    if room:
        register(client, hearing, email="in-the-room@example.org")

    page = client.get(hearing.url).content.decode()
    response = register(client, hearing, seat=Seat.ONLINE)

    assert hearing.status == EventStatus.REGISTRATION_OPEN
    assert "Join the waiting list" not in page
    assert "Online places: no limit" in page
    assert response.status_code == 302
    assert states(hearing)["jelena@example.org"] == RegistrationState.CONFIRMED


def test_cancelling_through_the_link_gives_the_seat_to_the_first_person_waiting(
    client, hearing, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        register_people(client, hearing, 4)
    first_link = cancel_link(mailoutbox[0])
    mailoutbox.clear()

    asked = client.get(first_link)
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = client.post(first_link)

    assert "do you want to cancel your registration" in asked.content.decode()
    assert cancelled.status_code == 302
    assert states(hearing) == {
        "p0@example.org": RegistrationState.CANCELLED,
        "p1@example.org": RegistrationState.CONFIRMED,
        "p2@example.org": RegistrationState.CONFIRMED,
        "p3@example.org": RegistrationState.WAITING,
    }
    (promotion,) = mailoutbox
    assert promotion.to == ["p2@example.org"]
    assert promotion.attachments[0][0] == f"{hearing.slug}.ics"


def test_a_tampered_or_replayed_cancel_link_is_refused_and_frees_no_seat(
    client, hearing, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        register_people(client, hearing, 3)
    link = cancel_link(mailoutbox[0])
    client.post(link)

    tampered = client.post(link.replace("token=", "token=x"))
    replayed = client.post(link)

    assert tampered.status_code == 400
    assert "This cancellation link is not valid" in tampered.content.decode()
    assert replayed.status_code == 409
    assert "This registration was already cancelled." in replayed.content.decode()
    assert list(states(hearing).values()).count(RegistrationState.CONFIRMED) == 2


@pytest.mark.parametrize(
    ("hearing_fields", "message"),
    [
        ({"registration_deadline": days_from_now(-1)}, "Registration closed on"),
        ({"cancelled": True}, "This hearing has been cancelled."),
        ({"past": True}, "This hearing has already taken place."),
        ({"capacity": None}, "This hearing takes no registrations"),
    ],
    ids=["after the deadline", "cancelled", "held", "without registration"],
)
def test_registration_is_refused_when_the_hearing_takes_none(
    client, index, hearing_fields, message
):
    hearing = HearingPageFactory(parent=index, seats=True, **hearing_fields)

    response = register(client, hearing)

    assert response.status_code == 403
    assert message in response.content.decode()
    assert not HearingRegistration.objects.exists()


def test_the_same_address_twice_is_refused(client, hearing):
    register(client, hearing)

    response = register(client, hearing, email="JELENA@example.org ", name="Jelena again")

    assert response.status_code == 409
    assert "already registered for this hearing" in response.content.decode()
    assert HearingRegistration.objects.count() == 1


@pytest.mark.parametrize(
    "fields",
    [{"name": "J" * 201}, {"email": "not an address"}, {"consent": ""}, {"seat": Seat.ONLINE}],
    ids=["over-long name", "bad e-mail", "no consent", "a seat not offered"],
)
def test_bad_input_is_refused_with_the_form_and_counts_no_seat(client, hearing, fields):
    response = register(client, hearing, **fields)

    assert response.status_code == 400
    assert '<form method="post"' in response.content.decode()
    assert not HearingRegistration.objects.exists()


def test_only_organisers_and_editors_see_who_registered(client, hearing):
    institution = InstitutionFactory()
    hearing.organisers.set([institution])
    hearing.save()
    register(client, hearing, name="=HYPERLINK(1)")
    registrations = hearing.url + hearing.reverse_subpage("registrations")
    export = hearing.url + hearing.reverse_subpage("export_registrations", args=["csv"])
    sheet = hearing.url + hearing.reverse_subpage("sign_in_sheet")

    anonymous = [client.get(url).status_code for url in (registrations, export, sheet)]
    client.force_login(UserFactory())
    stranger = [client.get(url).status_code for url in (registrations, export, sheet)]
    client.force_login(official_of(InstitutionFactory()))
    other_official = client.get(export).status_code
    client.force_login(official_of(institution))
    organiser = [client.get(url) for url in (registrations, export, sheet)]
    client.force_login(editor())
    by_editor = client.get(export).status_code

    assert anonymous == [302, 302, 302]
    assert stranger == [403, 403, 403]
    assert other_official == 403
    assert [response.status_code for response in organiser] == [200, 200, 200]
    assert by_editor == 200
    csv = organiser[1].content.decode("utf-8-sig")
    assert "'=HYPERLINK(1),jelena@example.org,Legal Aid Centre,In the room" in csv
    assert "jelena@example.org" not in client.get(hearing.url).content.decode()


def register_at_once(hearing, count):
    """``count`` people registering in threads released together, each on its
    own database connection; what each got, or the error it met."""
    start = threading.Barrier(count)
    results = []

    def act(number):
        try:
            start.wait()
            registration = RegisterForHearing(
                hearing, name=f"Person {number}", email=f"p{number}@example.org", seat="in-person"
            ).execute()
            results.append(registration.state)
        except Exception as error:  # reported below, with the thread's error
            results.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=act, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.services("postgresql")
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("page_tree_root")
@pytest.mark.parametrize(("people", "seats"), [(2, 1), (50, 10)])
def test_people_asking_at_the_same_moment_get_each_seat_exactly_once(index, people, seats):
    hearing = HearingPageFactory(parent=index, capacity=seats, online_capacity=0)

    results = register_at_once(hearing, people)

    assert sorted(results) == sorted(
        [RegistrationState.CONFIRMED] * seats + [RegistrationState.WAITING] * (people - seats)
    )
    assert HearingPage.objects.get(pk=hearing.pk).seats_left() == {
        Seat.IN_PERSON: 0,
        Seat.ONLINE: 0,
    }
