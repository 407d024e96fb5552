"""Registering for a public hearing in Chromium: people fill the hearing's form
until its seats are taken, the next one lands on the waiting list and is told
so, a person cancels through the link of the e-mail the site sent, and the
first person waiting gets the seat, by e-mail and on the organisers' list.
The form passes axe open and full, on a laptop and on a phone."""

import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from accounts.tests.factories import InstitutionFactory, official_of
from hearings.tests.factories import HearingIndexPageFactory, HearingPageFactory
from tests.browser.live_site import sent_mail
from tests.browser.test_consultation_journeys import sign_in

pytestmark = pytest.mark.browser

TITLE = "Public hearing on the draft Law on Asylum"
SCREENS = {1366: {"width": 1366, "height": 900}, 390: {"width": 390, "height": 844}}


@pytest.fixture
def ministry():
    return InstitutionFactory(name="Ministry of the Interior")


@pytest.fixture
def hearing(home_page, ministry):
    """A hearing a week from now with two seats in the room, none online."""
    index = HearingIndexPageFactory(parent=home_page)
    hearing = HearingPageFactory(parent=index, title=TITLE, seats=True)
    hearing.organisers.set([ministry])
    hearing.save()
    return hearing


def register(visitor, hearing, name, email, button):
    """``name`` opens the hearing's page, follows its link to the form, fills
    it and sends it with ``button``."""
    page = visitor.page
    visitor.visit(hearing.url)
    visitor.click(page.locator("main").get_by_role("link", name=button))
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("E-mail", exact=True).fill(email)
    page.get_by_label("Organisation you attend for").fill("Legal Aid Centre")
    page.get_by_label("I agree that the organisers keep my name").check()
    visitor.click(page.get_by_role("button", name=button))
    expect(page).to_have_url(re.compile(re.escape(hearing.url) + "$"))


def check_on_each_screen(visitor, kind):
    """axe on the page as it is, at each width, and a screenshot of each."""
    for screen in SCREENS.values():
        visitor.page.set_viewport_size(screen)
        visitor.check()
        visitor.screenshot(kind)


def subject(message):
    # Django folds a long encoded subject onto the next line; mail programs,
    # unlike Python's parser, drop the space that leaves in front of it.
    return message["Subject"].strip()


def mail_to(folder, address):
    return [message for message in sent_mail(folder) if message["To"] == address]


def test_registers_until_full_joins_the_waiting_list_cancels_by_mail_and_promotes(
    new_visitor, live_site, mail_folder, hearing, ministry
):
    ana = new_visitor()
    ana.visit(hearing.url + hearing.reverse_subpage("register"))
    check_on_each_screen(ana, "hearing-registration")
    register(ana, hearing, "Ana Marković", "ana@example.org", "Register")
    expect(ana.page.locator(".messages")).to_contain_text("Your seat is confirmed")
    expect(ana.page.locator(".event__registration")).to_contain_text("Seats in the room: 1 left")

    register(new_visitor(), hearing, "Boris Kovač", "boris@example.org", "Register")

    dragana = new_visitor()
    dragana.visit(hearing.url)
    registration = dragana.page.locator(".event__registration")
    expect(registration).to_contain_text("Seats in the room: 0 left")
    expect(registration).to_contain_text("The hearing is full")
    dragana.visit(hearing.url + hearing.reverse_subpage("register"))
    expect(dragana.page.locator("main")).to_contain_text("Every seat is taken")
    check_on_each_screen(dragana, "hearing-registration-full")
    register(dragana, hearing, "Dragana Ilić", "dragana@example.org", "Join the waiting list")
    expect(dragana.page.locator(".messages")).to_contain_text("you are on the waiting list")

    (confirmation,) = mail_to(mail_folder, "ana@example.org")
    (waiting,) = mail_to(mail_folder, "dragana@example.org")
    assert subject(confirmation) == f"Your seat at “{TITLE}”"
    assert subject(waiting) == f"On the waiting list for “{TITLE}”"
    (attachment,) = confirmation.iter_attachments()
    (entry,) = Calendar.from_ical(attachment.get_content()).walk("VEVENT")
    assert entry["dtstart"].dt == hearing.starts_at.replace(microsecond=0)
    text = confirmation.get_body(preferencelist=("plain",)).get_content()
    cancel_url = re.search(r"^http://\S+/cancel/\?token=\S+$", text, re.MULTILINE).group(0)
    assert cancel_url.startswith(live_site)

    ana.visit(cancel_url)
    expect(ana.page.locator("main")).to_contain_text(
        "Ana Marković, do you want to cancel your registration"
    )
    ana.click(ana.page.get_by_role("button", name="Cancel my registration"))
    expect(ana.page.locator(".messages")).to_contain_text("Your registration is cancelled.")
    expect(ana.page.locator(".event__registration")).to_contain_text("Seats in the room: 0 left")

    promotion = mail_to(mail_folder, "dragana@example.org")[-1]
    assert subject(promotion) == f"A seat is free for you at “{TITLE}”"
    assert "your seat is confirmed" in promotion.get_body().get_content()

    organiser = new_visitor()
    sign_in(organiser, official_of(ministry))
    organiser.visit(hearing.url)
    organiser.click(organiser.page.get_by_role("link", name="Who registered (organisers only)"))
    rows = organiser.page.locator("tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("Boris Kovač")
    expect(rows.nth(0)).to_contain_text("Seat confirmed")
    expect(rows.nth(1)).to_contain_text("Dragana Ilić")
    expect(rows.nth(1)).to_contain_text("Seat confirmed")
    expect(rows.nth(2)).to_contain_text("Ana Marković")
    expect(rows.nth(2)).to_contain_text("Cancelled")

    ana.visit(cancel_url)
    expect(ana.page.get_by_role("alert")).to_contain_text("already cancelled")
