"""No page, the admin included, makes the reader's browser ask a third party
for anything (issue 10, part 5): no avatar from gravatar.com, no script,
style, font or image from another host."""

import re
from urllib.parse import urlsplit

import pytest
from wagtail.models import Page

from accounts.tests.factories import editor
from tests.url_walk import WAGTAIL_FAULTS, every_route, site_tree

pytestmark = pytest.mark.django_db

# What a browser fetches on its own: src, srcset and the href of <link>.
FETCHED = re.compile(
    r"<(?:img|script|iframe|source|video|audio|embed|input)\b[^>]*?\b(?:src|srcset)=[\"']([^\"']+)"
    r"|<link\b[^>]*?\bhref=[\"']([^\"']+)",
    re.IGNORECASE,
)
OWN_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}


def third_party_addresses(html):
    addresses = []
    for match in FETCHED.finditer(html):
        for candidate in filter(None, match.groups()):
            for address in candidate.split(","):
                host = urlsplit(address.strip().split(" ")[0]).hostname or ""
                if host not in OWN_HOSTS:
                    addresses.append(address.strip())
    return addresses


def test_no_admin_or_public_page_loads_anything_from_another_host(client, home_page):
    site_tree(home_page)
    client.force_login(editor())
    pages = Page.objects.live().exclude(depth=1).specific()
    paths = [page.url for page in pages]
    paths += [f"/admin/pages/{page.pk}/edit/" for page in pages]
    paths += ["/" + route.template for route in every_route() if not route.params]

    found = {}
    for path in paths:
        if ("GET", path) in WAGTAIL_FAULTS:
            continue
        response = client.get(path)
        html = response.status_code == 200 and "html" in response.get("Content-Type", "")
        if html and (addresses := third_party_addresses(response.content.decode())):
            found[path] = addresses

    assert found == {}


def test_the_admin_shows_no_gravatar(client, home_page):
    """The avatar's address sits in the sidebar's JSON, out of reach of the
    test above."""
    client.force_login(editor())

    html = client.get("/admin/").content.decode()

    assert "gravatar" not in html
