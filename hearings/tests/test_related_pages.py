"""Where events show up beyond the events index: on the consultation they are
about, on the profile of the organisations that organise them, on the page of
the Members of the European Parliament who host them."""

import pytest

from accounts.tests.factories import InstitutionFactory, OrganisationFactory, organisation_directory
from consultations.tests.factories import ConsultationIndexPageFactory, ConsultationPageFactory
from hearings.tests.factories import (
    HearingPageFactory,
    MemberOfParliamentFactory,
    NetworkEventPageFactory,
    ParliamentEventPageFactory,
)

pytestmark = pytest.mark.django_db


def test_hearing_and_consultation_link_to_each_other(client, index, home_page):
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page), title="Draft Law on Asylum"
    )
    hearing = HearingPageFactory(parent=index, title="Hearing in Belgrade")
    hearing.consultations.set([consultation])
    hearing.save_revision().publish()

    consultation_page = client.get(consultation.url).content.decode()
    hearing_page = client.get(hearing.url).content.decode()

    assert "Hearings and events on this consultation" in consultation_page
    assert f'<a href="{hearing.url}">Hearing in Belgrade</a>' in consultation_page
    assert consultation.url in hearing_page


def test_organisation_profile_lists_the_events_it_organises_or_co_organises(
    client, home_page, index
):
    directory = organisation_directory(home_page)
    ministry, centre = InstitutionFactory(), OrganisationFactory(name="Legal Aid Centre")
    hearing = HearingPageFactory(parent=index, title="Hearing in Belgrade")
    hearing.organisers.set([ministry])
    hearing.co_organisers.set([centre])
    hearing.save_revision().publish()
    NetworkEventPageFactory(parent=index, title="Someone else's academy")

    profile = client.get(
        directory.url + directory.reverse_subpage("organisation", args=[centre.slug])
    )

    html = profile.content.decode()
    assert "Hearing in Belgrade" in html
    assert "Someone else&#x27;s academy" not in html


def test_member_of_parliament_page_lists_the_events_they_hosted(client, index):
    host = MemberOfParliamentFactory(name="Tineke Strik")
    event = ParliamentEventPageFactory(parent=index, title="Brussels briefing")
    event.hosts.set([host])
    event.save_revision().publish()
    ParliamentEventPageFactory(parent=index, title="Hosted by someone else")

    event_page = client.get(event.url).content.decode()
    member_url = index.url + index.reverse_subpage("member_of_parliament", args=[host.pk])
    member_page = client.get(member_url).content.decode()

    assert f'<a href="{member_url}">Tineke Strik</a>' in event_page
    assert "Brussels briefing" in member_page
    assert "Hosted by someone else" not in member_page
    unknown = index.url + index.reverse_subpage("member_of_parliament", args=[99999])
    assert client.get(unknown).status_code == 404
