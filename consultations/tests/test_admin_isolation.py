"""An official acts only inside their own institution, on every admin path.

The admin URLs that take a page are read from the URL resolver, not listed by
hand: an official of ministry A walks each of them against ministry B's
unpublished consultation (whose revision holds a canary) and is refused
without ever seeing the canary; listings, search, choosers, the admin API and
the reports do not show B's draft either."""

import pytest
from django.urls import URLResolver, get_resolver, reverse
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowTask

from accounts.actions import EndMembership
from accounts.models import Membership
from accounts.tests.factories import InstitutionFactory, editor, moderator, official_of
from consultations.models import ConsultationPage
from consultations.tests.factories import ConsultationPageFactory, section_of

pytestmark = pytest.mark.django_db

CANARY = "CANARY-b9d41e-drafts-of-ministry-b"
BODY_CANARY = "BODY-CANARY-51c0aa"
PAGE_KWARGS = {"page_id", "parent_page_id", "page_to_move_id"}
# Admin namespaces whose ``pk`` is a page.
PAGE_PK_NAMESPACES = ("wagtailadmin_pages", "wagtailadmin_api:pages")


def admin_page_urls():
    """(name, route pattern, kwargs names) of every admin URL that takes a page."""

    def walk(patterns, prefix, namespaces):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                name = ":".join((*namespaces, pattern.name or ""))
                yield name, prefix + str(pattern.pattern), set(pattern.pattern.regex.groupindex)

    for name, route, kwargs in walk(get_resolver().url_patterns, "", ()):
        if not route.startswith("admin/"):
            continue
        takes_page = kwargs & PAGE_KWARGS or (
            "pk" in kwargs and name.startswith(PAGE_PK_NAMESPACES)
        )
        if takes_page:
            yield name, route, kwargs


ADMIN_PAGE_URLS = sorted(admin_page_urls())


@pytest.fixture
def ministries(index):
    """Ministry A with its published consultation, ministry B with an
    unpublished one whose latest revision carries the canary, submitted to
    a moderation workflow."""
    a, b = InstitutionFactory(name="Ministry A"), InstitutionFactory(name="Ministry B")
    a_page = ConsultationPageFactory(parent=index, institution=a)
    b_page = ConsultationPageFactory(
        parent=index, institution=b, publish=False, title=f"Draft of B {CANARY}"
    )
    b_page.summary = f"Unpublished thoughts {CANARY} {BODY_CANARY}"
    b_page.save_revision(user=editor())
    b_page = ConsultationPage.objects.get(pk=b_page.pk)
    workflow = Workflow.objects.create(name="Moderators approval")
    task = GroupApprovalTask.objects.create(name="Moderators approve")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow.start(b_page, editor())
    return {"a": a, "b": b, "a_page": a_page, "b_page": b_page}


def url_for(name, kwargs, page, other_section):
    """``route`` filled in for ``page``: its revisions, its workflow's task."""
    state = page.workflow_states.order_by("-pk").first()
    task_state = state.current_task_state if state else None
    values = {
        "page_id": page.pk,
        "pk": page.pk,
        "page_to_move_id": page.pk,
        "parent_page_id": page.get_parent().pk if "content_type_app_name" in kwargs else page.pk,
        "content_type_app_name": "consultations",
        "content_type_model_name": "consultationpage",
        "revision_id": page.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "destination_id": other_section.pk,
        "action_name": "approve",
        "task_state_id": task_state.pk if task_state else 0,
        "task_id": task_state.task_id if task_state else 0,
        "workflow_state_id": state.pk if state else 0,
    }
    return reverse(name, kwargs={kwarg: values[kwarg] for kwarg in kwargs})


def is_refusal(response, client=None, page=None):
    """A 403, a 404, a 405 or a redirect: to sign in, to the admin's home
    (Wagtail's answer to PermissionDenied), to the same path under the
    language prefix (Django's LocaleMiddleware answer to a 404), or to another
    admin view that is not about ``page`` or refuses in turn (the explorer
    sends a person to the part of the tree they may explore)."""
    if response.status_code in (403, 404, 405):
        return True
    location = response.get("Location", "")
    if response.status_code != 302:
        return False
    if location == "/admin/" or "login" in location:
        return True
    if location == f"/en{response.wsgi_request.path}":
        return True
    if client is None or not location.startswith("/admin/"):
        return False
    ids = {page.pk, page.get_parent().pk}
    about_page = any(f"/{pk}/" in location for pk in ids)
    return not about_page or is_refusal(client.get(location), client, page)


def shown(response):
    return b"" if response.streaming else response.content


@pytest.mark.parametrize(("name", "route", "kwargs"), ADMIN_PAGE_URLS, ids=lambda v: str(v))
def test_official_of_another_institution_is_refused_on_every_admin_page_url(
    client, ministries, name, route, kwargs
):
    b_page, a_section = ministries["b_page"], ministries["a_page"].get_parent()
    revisions = b_page.revisions.count()
    client.force_login(official_of(ministries["a"]))
    url = url_for(name, kwargs, b_page, a_section)

    responses = [client.get(url), client.post(url, {"new_parent_page": a_section.pk})]

    for response in responses:
        assert BODY_CANARY.encode() not in shown(response)
        assert CANARY.encode() not in shown(response)
        assert is_refusal(response, client, b_page), (url, response.status_code)
    b_page.refresh_from_db()
    assert not b_page.live
    assert b_page.revisions.count() == revisions
    assert b_page.get_parent().specific.institution == ministries["b"]
    assert (
        not ConsultationPage.objects.child_of(a_section)
        .exclude(pk=ministries["a_page"].pk)
        .exists()
    )


# What an official may do with their own institution's consultation.
OWN_PAGE_URLS = [
    "/admin/pages/{page}/edit/",
    "/admin/pages/{page}/view_draft/",
    "/admin/pages/{page}/history/",
    "/admin/pages/{page}/revisions/{revision}/view/",
    "/admin/pages/{page}/revisions/compare/earliest...latest/",
    "/admin/pages/{page}/copy/",
    "/admin/pages/{page}/unpublish/",
    "/admin/pages/{page}/usage/",
    "/admin/pages/{section}/",
    "/admin/pages/add/consultations/consultationpage/{section}/",
    "/admin/consultations/{page}/import-draft/",
    "/admin/api/main/pages/{page}/",
    "/admin/pages/workflow/confirm_cancellation/{page}/",
]


@pytest.mark.parametrize("url", OWN_PAGE_URLS)
def test_official_works_on_their_own_institutions_consultation(client, ministries, url):
    page = ministries["a_page"]
    client.force_login(official_of(ministries["a"]))

    response = client.get(
        url.format(page=page.pk, section=page.get_parent().pk, revision=page.latest_revision_id)
    )

    assert response.status_code == 200


def test_official_cannot_add_a_consultation_in_another_institutions_section(client, ministries):
    b_section = ministries["b_page"].get_parent()
    client.force_login(official_of(ministries["a"]))

    response = client.post(
        f"/admin/pages/add/consultations/consultationpage/{b_section.pk}/",
        {"title": "Planted", "slug": "planted"},
    )

    assert is_refusal(response)
    assert not ConsultationPage.objects.filter(slug="planted").exists()


def test_forged_institution_is_ignored_when_an_official_saves(client, ministries):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    page = ministries["a_page"]
    client.force_login(official_of(ministries["a"]))
    form = {
        "title": page.title,
        "slug": page.slug,
        "summary": "Changed by its own ministry.",
        "kind": page.kind,
        "institution": ministries["b"].pk,
        "country": page.country,
        "opens_at": "2030-05-01 09:00",
        "closes_at": "2030-05-31 23:59",
        "draft": streamfield([]),
        "attachments": inline_formset([]),
    }

    response = client.post(f"/admin/pages/{page.pk}/edit/", nested_form_data(form))

    assert response.status_code == 302
    saved = ConsultationPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert saved.summary == "Changed by its own ministry."
    assert saved.institution == ministries["a"]


LISTINGS = [
    "/admin/pages/{index}/",
    "/admin/pages/search/?q=CANARY",
    "/admin/choose-page/{b_section}/",
    "/admin/choose-page/search/?q=CANARY",
    "/admin/api/main/pages/?child_of={b_section}",
    "/admin/api/main/pages/?search=CANARY",
    "/admin/api/main/pages/?child_of={index}&for_explorer=1",
    "/admin/reports/locked/",
    "/admin/reports/site-history/",
    "/admin/reports/aging-pages/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    *(
        f"/admin/bulk/wagtailcore/page/{action}/?{query}"
        for action in ["delete", "publish", "unpublish", "move"]
        for query in ["id={b_page}", "id=all&childOf={b_section}"]
    ),
]


def listing(url, ministries, index):
    return url.format(
        index=index.pk,
        a_section=ministries["a_page"].get_parent().pk,
        b_section=ministries["b_page"].get_parent().pk,
        b_page=ministries["b_page"].pk,
    )


@pytest.mark.parametrize("url", LISTINGS)
def test_listings_choosers_and_reports_do_not_show_another_institutions_draft(
    client, ministries, index, url
):
    client.force_login(official_of(ministries["a"]))

    response = client.get(listing(url, ministries, index))

    assert CANARY.encode() not in shown(response)


def test_bulk_actions_count_the_pages_left_out_without_naming_them(client, ministries, index):
    client.force_login(official_of(ministries["a"]))
    ids = f"id={ministries['a_page'].pk}&id={ministries['b_page'].pk}"

    response = client.get(f"/admin/bulk/wagtailcore/page/unpublish/?{ids}")

    assert response.status_code == 200
    assert ministries["a_page"].title in response.text
    assert "1 selected item is left out." in response.text
    assert CANARY not in response.text


@pytest.mark.parametrize(
    "url",
    [
        *LISTINGS,
        "/admin/choose-page/{b_page}/",
        "/admin/choose-page/?page_type=consultations.consultationpage",
        "/admin/pages/{b_page}/move/{a_section}/confirm/",
        "/admin/consultation_comments/",
    ],
)
def test_moderators_do_not_read_unpublished_drafts(client, ministries, index, url):
    """Moderators decide comments, which only live consultations receive."""
    client.force_login(moderator())

    response = client.get(listing(url, ministries, index))

    assert CANARY.encode() not in shown(response)
    assert BODY_CANARY.encode() not in shown(response)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/search/?q=CANARY",
        "/admin/choose-page/{b_section}/",
        "/admin/choose-page/search/?q=CANARY",
        "/admin/api/main/pages/?child_of={b_section}",
    ],
)
def test_editors_find_every_draft(client, ministries, index, url):
    client.force_login(editor())

    response = client.get(listing(url, ministries, index))

    assert CANARY.encode() in shown(response)


def test_ending_the_membership_ends_the_access(client, ministries):
    page = ministries["a_page"]
    official = official_of(ministries["a"])
    client.force_login(official)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200

    EndMembership(Membership.objects.get(user=official), by=editor()).execute()

    assert ministries["a"].officials_group not in official.groups.all()
    assert is_refusal(client.get(f"/admin/pages/{page.pk}/edit/"))


def test_confirming_an_official_opens_their_section_with_its_permissions(index):
    from accounts.actions import ConfirmMembership, RequestMembership
    from accounts.tests.factories import UserFactory

    ministry = InstitutionFactory()
    person = UserFactory()
    membership = RequestMembership(person, ministry).execute()

    ConfirmMembership(membership, by=editor()).execute()

    section = Page.objects.child_of(index).get(slug=ministry.slug)
    assert section.permissions_for_user(person).can_add_subpage()
    assert not index.permissions_for_user(person).can_add_subpage()


def test_a_translated_section_gives_its_officials_the_same_permissions(index, locales):
    ministry = InstitutionFactory()
    section = section_of(ministry, index)
    official = official_of(ministry)

    translated_index = index.copy_for_translation(locales["de"], copy_parents=True)
    translation = section.copy_for_translation(locales["de"])

    assert translated_index.pk != index.pk
    assert translation.permissions_for_user(official).can_add_subpage()
    assert not translation.permissions_for_user(official_of(InstitutionFactory())).can_edit()
