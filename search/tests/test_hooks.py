import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_contributions_pass_the_system_checks():
    call_command("check")


def test_search_answers_in_every_language(client, translated_home):
    response = client.get("/sr/search/", {"q": "азил"})

    assert response.status_code == 200
    assert '<html lang="sr">' in response.content.decode()
