"""Migration 0007 on a site that ran before institution sections existed: its
consultations, published or not, move into their institution's section with
the tree intact, the old addresses of the published ones redirect, and the
officials' role no longer holds the whole consultation index."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import GroupPagePermission, Page

from accounts.tests.factories import InstitutionFactory
from consultations.models import ConsultationPage, InstitutionConsultationsPage
from consultations.tests.factories import ConsultationIndexPageFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("page_tree_root"),
]

BEFORE = [("consultations", "0006_institution_sections")]
AFTER = [("consultations", "0007_consultations_into_sections")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def before_sections():
    """The schema as it was before 0007; the newest one again afterwards."""
    yield migrate(BEFORE)
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def old_consultation(apps, index, institution, slug, live):
    """A consultation straight under the index, written as that schema had it."""
    model = apps.get_model("consultations", "ConsultationPage")
    content_type = apps.get_model("contenttypes", "ContentType").objects.get(
        app_label="consultations", model="consultationpage"
    )
    number = model.objects.filter(path__startswith=index.path).count() + 1
    opens = datetime.datetime(2026, 11, 1, 9, tzinfo=datetime.UTC)
    page = model.objects.create(
        title=f"Draft {slug}",
        draft_title=f"Draft {slug}",
        slug=slug,
        path=f"{index.path}{number:04d}",
        depth=index.depth + 1,
        url_path=f"{index.url_path}{slug}/",
        content_type=content_type,
        locale_id=index.locale_id,
        live=live,
        summary="A draft on asylum procedure.",
        kind="law",
        country="RS",
        opens_at=opens,
        closes_at=opens + datetime.timedelta(days=30),
        institution_id=institution.pk,
    )
    Page.objects.filter(pk=index.pk).update(numchild=number)
    return page.pk


def test_existing_consultations_move_into_their_institutions_sections(
    client, home_page, before_sections
):
    apps = before_sections
    index = ConsultationIndexPageFactory(parent=home_page)
    ministry, commissariat = InstitutionFactory(), InstitutionFactory()
    public_officials = Group.objects.get_or_create(name="Public officials")[0]
    GroupPagePermission.objects.create(
        group=public_officials, page=index, permission=Permission.objects.get(codename="add_page")
    )
    old_url = f"/en/{index.slug}/asylum/"
    pages = {
        "asylum": old_consultation(apps, index, ministry, "asylum", live=True),
        "unpublished": old_consultation(apps, index, ministry, "unpublished", live=False),
        "integration": old_consultation(apps, index, commissariat, "integration", live=True),
    }

    migrate(AFTER)

    assert Page.find_problems() == ([], [], [], [], [])
    moved = {slug: ConsultationPage.objects.get(pk=pk) for slug, pk in pages.items()}
    sections = InstitutionConsultationsPage.objects.child_of(index)
    assert {section.institution for section in sections} == {ministry, commissariat}
    for slug, institution in [
        ("asylum", ministry),
        ("unpublished", ministry),
        ("integration", commissariat),
    ]:
        assert moved[slug].get_parent().specific.institution == institution
    ministry.refresh_from_db()
    section = sections.get(institution=ministry)
    assert set(
        GroupPagePermission.objects.filter(group=ministry.officials_group).values_list(
            "page", "permission__codename"
        )
    ) == {(section.pk, "add_page"), (section.pk, "change_page"), (section.pk, "publish_page")}
    assert not GroupPagePermission.objects.filter(group=public_officials, page=index).exists()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == moved["asylum"].url
    assert client.get("/en/" + index.slug + "/unpublished/").status_code == 404
