import re

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_contributions_pass_the_system_checks():
    call_command("check")


def test_navigation_leads_to_search_and_marks_it_current(client, home_page):
    home = client.get("/en/").content.decode()
    search_page = client.get("/en/search/").content.decode()

    assert re.search(r'<a href="/en/search/">Search</a>', home)
    assert re.search(r'<a href="/en/search/" aria-current="page">Search</a>', search_page)


def test_search_answers_in_every_language(client, translated_home):
    response = client.get("/sr/search/", {"q": "азил"})

    assert response.status_code == 200
    assert '<html lang="sr">' in response.content.decode()
