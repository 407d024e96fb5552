"""Issue 18 in Chromium: after the consultation an official imports version 2
of the draft, confirms how its articles match version 1, links a change to
the comment behind it and publishes it; a reader on a phone follows the
consultation page to "what changed and why". Every page visited passes axe."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.tests.factories import InstitutionFactory, OrganisationFactory, member_of
from consultations.actions.comments import PostComment
from consultations.blocks import draft_stream
from consultations.models import CommentKind, ConsultationPage
from consultations.tests.factories import ConsultationIndexPageFactory, ConsultationPageFactory
from tests.browser.test_consultation_journeys import admin_click, sign_in

pytestmark = pytest.mark.browser

ARTICLES = [
    ("article", "Article 1", "Subject", "This law governs asylum and temporary protection."),
    ("article", "Article 2", "Registration", "The police register each asylum seeker in 3 days."),
    ("article", "Article 3", "Appeals", "An appeal may be lodged within 8 days of the decision."),
]
VERSION_2 = """Article 1
Subject
This law governs asylum and temporary protection.

Article 2
Registration
The police register each asylum seeker within 24 hours.

Article 3
Legal aid
Every asylum seeker has free legal aid from the first contact.

Article 4
Appeals
An appeal may be lodged within 8 days of the decision.
"""


def test_official_revises_the_draft_and_a_reader_sees_what_changed_and_why(
    visitor, new_visitor, home_page, tmp_path
):
    ministry = InstitutionFactory(name="Commissariat for Refugees and Migration", slug="kirs")
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page),
        institution=ministry,
        draft=draft_stream(ARTICLES),
    )
    PostComment(
        member_of(OrganisationFactory(name="Open Gate – La Strada")),
        consultation,
        text="Three days without registration leave people without any protection.",
        kind=CommentKind.OBJECTION,
        part_id=consultation.parts()[1].id,
    ).execute()
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        opens_at=timezone.now() - timedelta(days=40), closes_at=timezone.now() - timedelta(days=1)
    )
    new_file = tmp_path / "version-2.txt"
    new_file.write_text(VERSION_2, encoding="utf-8")
    page = visitor.page
    sign_in(visitor, member_of(ministry))

    visitor.visit(f"/admin/versions/{consultation.pk}/")
    visitor.click(page.get_by_role("link", name="New version: import a file"))
    page.get_by_label("Draft file").set_input_files(new_file)
    visitor.click(page.get_by_role("button", name="Read the new version"))
    added = page.get_by_role("group", name="Part 3: Article 3", exact=True)
    expect(added.get_by_label("Continues the part")).to_have_value("")
    renumbered = page.get_by_role("group", name="Part 4: Article 4", exact=True)
    expect(renumbered.get_by_label("Continues the part")).to_have_value(consultation.parts()[2].id)
    expect(page.get_by_text("Changed: Article 2 Registration")).to_be_visible()
    admin_click(visitor, page.get_by_role("button", name="Confirm the matching and save version 2"))

    expect(page.get_by_text("Version 2 is saved, not yet public.")).to_be_visible()
    change = page.get_by_role("article", name="Article 2 Registration Changed")
    change.get_by_role("checkbox").check()
    admin_click(visitor, change.get_by_role("button", name="Save the comments behind this change"))
    admin_click(visitor, page.get_by_role("button", name="Publish version 2"))
    expect(page.get_by_text("Version 2 is public")).to_be_visible()

    reader = new_visitor(viewport={"width": 390, "height": 844})
    reader.visit(consultation.url)
    reader.click(
        reader.page.get_by_role("link", name="What changed after the consultation, and why")
    )
    registration = reader.page.get_by_role("article", name="Article 2 Registration Changed")
    expect(registration.locator("ins", has_text="24")).to_be_visible()
    expect(
        registration.get_by_text("Three days without registration leave people without")
    ).to_be_visible()
    expect(reader.page.get_by_role("article", name="Article 3 Legal aid Added")).to_contain_text(
        "Changed on the institution's own initiative"
    )
    reader.screenshot("what-changed-and-why")
