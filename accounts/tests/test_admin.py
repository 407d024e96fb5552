import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts.models import Membership
from accounts.roles import CSO_MEMBERS
from accounts.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    editor,
    member_of,
    moderator,
)

pytestmark = pytest.mark.django_db


def organisation_url(view, *args):
    return reverse(f"wagtailsnippets_accounts_organisation:{view}", args=args)


def membership_url(view, *args):
    return reverse(f"wagtailsnippets_accounts_membership:{view}", args=args)


def organisation_form(organisation, **overrides):
    return {
        "name": organisation.name,
        "short_name": organisation.short_name,
        "slug": organisation.slug,
        "kind": organisation.kind,
        "country": organisation.country,
        "description": organisation.description,
        "website": organisation.website,
        **overrides,
    }


@pytest.mark.parametrize(
    "url",
    [
        lambda organisation, membership: organisation_url("list"),
        lambda organisation, membership: organisation_url("edit", organisation.pk),
        lambda organisation, membership: membership_url("list"),
        lambda organisation, membership: membership_url("edit", membership.pk),
    ],
    ids=["organisations", "organisation", "memberships", "membership"],
)
def test_directory_admin_screens_open_for_editors(client, url):
    membership = MembershipFactory(confirmed_at=None)
    client.force_login(editor())

    response = client.get(url(membership.organisation, membership))

    assert response.status_code == 200


@pytest.mark.parametrize(
    "url",
    [organisation_url("list"), membership_url("list")],
    ids=["organisations", "memberships"],
)
def test_directory_admin_screens_are_refused_to_cso_members(client, url):
    client.force_login(member_of(OrganisationFactory()))

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_moderators_see_organisations_but_cannot_edit_them(client):
    organisation = OrganisationFactory(name="BIRN", verified=False)
    client.force_login(moderator())

    assert client.get(organisation_url("list")).status_code == 200
    response = client.post(
        organisation_url("edit", organisation.pk),
        organisation_form(organisation, name="Renamed", verified="on"),
        follow=True,
    )

    assert "Sorry, you do not have permission to access this area." in response.content.decode()
    organisation.refresh_from_db()
    assert (organisation.name, organisation.verified) == ("BIRN", False)


def test_editor_verifies_an_organisation(client):
    organisation = OrganisationFactory(verified=False)
    client.force_login(editor())

    response = client.post(
        organisation_url("edit", organisation.pk), organisation_form(organisation, verified="on")
    )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.verified


def test_who_may_edit_organisations_but_not_verify_them_cannot_set_the_flag(client):
    organisation = OrganisationFactory(verified=False)
    clerk = UserFactory(is_staff=True)
    clerk.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "change_organisation", "view_organisation"]
        )
    )
    client.force_login(clerk)

    assert (
        "verified"
        not in client.get(organisation_url("edit", organisation.pk)).context["form"].fields
    )
    client.post(
        organisation_url("edit", organisation.pk),
        organisation_form(organisation, name="Renamed", verified="on"),
    )

    organisation.refresh_from_db()
    assert (organisation.name, organisation.verified) == ("Renamed", False)


def test_confirming_a_membership_in_the_admin_confirms_it_once(client):
    membership = MembershipFactory(confirmed_at=None, position="Volunteer")
    confirmer = editor()
    client.force_login(confirmer)
    form = {"position": "Volunteer", "confirmed": "on"}

    response = client.post(membership_url("edit", membership.pk), form)
    client.post(membership_url("edit", membership.pk), form)

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.is_confirmed
    assert membership.confirmed_by == confirmer
    assert Group.objects.get(name=CSO_MEMBERS) in membership.user.groups.all()
    assert (
        ModelLogEntry.objects.filter(
            action="accounts.membership.confirm", object_id=str(membership.pk)
        ).count()
        == 1
    )


def test_membership_admin_cannot_move_a_membership_to_someone_else(client):
    membership = MembershipFactory(confirmed_at=None)
    other_organisation = OrganisationFactory()
    client.force_login(editor())

    client.post(
        membership_url("edit", membership.pk),
        {"user": UserFactory().pk, "organisation": other_organisation.pk, "position": ""},
    )

    assert Membership.objects.get(pk=membership.pk).organisation == membership.organisation
    assert Membership.objects.get(pk=membership.pk).user == membership.user


def test_deleting_a_membership_in_the_admin_ends_it(client):
    organisation = OrganisationFactory()
    person = member_of(organisation)
    person.speaking_for = organisation
    person.save()
    client.force_login(editor())

    response = client.post(membership_url("delete", person.memberships.get().pk), follow=True)

    assert "1 membership ended." in response.content.decode()
    person.refresh_from_db()
    assert not person.memberships.exists()
    assert person.speaking_for is None
    assert not person.groups.filter(name=CSO_MEMBERS).exists()
    assert ModelLogEntry.objects.filter(action="accounts.membership.end").count() == 1


def test_moderators_may_not_edit_publish_or_upload_in_the_admin(home_page):
    """Wagtail's first migrations grant a group named Moderators the whole
    page tree and every collection; ours decide comments only."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

    person = moderator()
    pages = home_page.permissions_for_user(person)
    uploads = [
        CollectionOwnershipPermissionPolicy(
            model, auth_model=model, owner_field_name="uploaded_by_user"
        )
        for model in (get_image_model(), get_document_model())
    ]

    assert not (pages.can_edit() or pages.can_publish() or pages.can_add_subpage())
    assert not any(policy.user_has_any_permission(person, {"add", "change"}) for policy in uploads)


def test_editor_types_each_name_of_an_organisation_in_its_own_language_box(client, settings):
    organisation = OrganisationFactory(name="Ministarstvo unutrašnjih poslova")
    box = {
        code: f"translated_names_{number}" for number, (code, _) in enumerate(settings.LANGUAGES)
    }
    client.force_login(editor())

    form = client.get(organisation_url("edit", organisation.pk)).content.decode()
    response = client.post(
        organisation_url("edit", organisation.pk),
        organisation_form(
            organisation,
            **{box["de"]: " Innenministerium ", box["en"]: "Ministry of the Interior"},
        ),
    )

    assert f'<label for="id_{box["de"]}">Deutsch</label>' in form
    assert f'name="{box["de"]}"' in form and 'lang="de"' in form
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.translated_names == {
        "en": "Ministry of the Interior",
        "de": "Innenministerium",
    }
    again = client.get(organisation_url("edit", organisation.pk)).content.decode()
    assert 'value="Innenministerium"' in again
