import pytest


@pytest.mark.django_db
def test_home_page_answers_in_english(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "<h1" in response.content.decode()
