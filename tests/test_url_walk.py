"""Every address the project serves, with hostile ids in its path, query
string and form fields, answers something other than a 5xx to every kind of
visitor (issue 10, part 4). The addresses come from the resolver
(tests/url_walk.py): a route added later is walked without touching this file."""

import pytest

from accounts.tests.factories import (
    InstitutionFactory,
    OrganisationFactory,
    editor,
    member_of,
    official_of,
)
from tests.url_walk import (
    SIGN_OUT,
    WAGTAIL_FAULTS,
    every_route,
    fetch,
    hostile_requests,
    site_tree,
    with_query,
)

pytestmark = pytest.mark.django_db

VISITORS = {
    "anonymous": lambda: None,
    "CSO member": lambda: member_of(OrganisationFactory()),
    "official": lambda: official_of(InstitutionFactory()),
    "editor": editor,
}


def walk(client):
    failures = []
    for route in every_route():
        for path, data in hostile_requests(route):
            if ("GET", path) not in WAGTAIL_FAULTS:
                failures.append(fetch(client, "GET", with_query(path, data))[0])
            if route.name not in SIGN_OUT and ("POST", path) not in WAGTAIL_FAULTS:
                failures.append(fetch(client, "POST", path, data)[0])
    return [str(failure) for failure in failures if failure]


@pytest.mark.parametrize("visitor", VISITORS)
def test_no_address_answers_a_hostile_id_with_a_server_error(client, home_page, visitor):
    site_tree(home_page)
    user = VISITORS[visitor]()
    if user is not None:
        client.force_login(user)

    assert walk(client) == []


def test_wagtail_faults_left_out_of_the_walk_still_fail(client, home_page):
    """When an upgrade of Wagtail fixes one, it leaves WAGTAIL_FAULTS."""
    client.force_login(editor())

    answers = {
        f"{method} {path}": fetch(client, method, path)[1].status_code
        for method, path in WAGTAIL_FAULTS
    }

    assert answers == {f"{method} {path}": 500 for method, path in WAGTAIL_FAULTS}
