"""The admin views the shell serves in place of Wagtail's are still the
admin's: they ask for a signed-in person with admin access first."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/admin/choose-page/",
        "/admin/choose-page/{home}/",
        "/admin/pages/workflow/confirm_cancellation/{home}/",
    ],
)
def test_anonymous_visitor_is_sent_to_sign_in(client, home_page, url):
    response = client.get(url.format(home=home_page.pk))

    assert response.status_code == 302
    assert "login" in response["Location"]
