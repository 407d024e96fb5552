"""A password close to the person's own name or e-mail address is refused,
wherever it is chosen: at sign-up, when changing it, in the admin."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

REFUSAL = "The password is too similar to the"


def signup(client, password, **fields):
    data = {
        "email": "np@example.org",
        "first_name": "New",
        "last_name": "Person",
        "password1": password,
        "password2": password,
        "organisation": "",
        "website": "",
        **fields,
    }
    return client.post(reverse("account_signup"), data)


@pytest.mark.parametrize("password", ["newperson1", "personnew12", "New.Person.2024", "NEWPERSON!"])
def test_signup_with_a_password_made_of_ones_name_is_refused(client, password):
    response = signup(client, password)

    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    assert not User.objects.exists()


def test_signup_with_a_password_made_of_a_long_double_name_is_refused(client):
    response = signup(
        client,
        "jovanapetrovicstojanovic",
        first_name="Jovana",
        last_name="Petrović-Stojanović",
        email="jovana@example.org",
    )

    assert REFUSAL in response.content.decode()
    assert not User.objects.exists()


def test_signup_with_an_unrelated_password_is_accepted(client):
    assert signup(client, PASSWORD).status_code == 302
    assert User.objects.filter(email="np@example.org").exists()


def test_password_change_to_ones_name_is_refused(client):
    person = UserFactory(first_name="New", last_name="Person", email="np@example.org")
    client.force_login(person)

    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": "newperson1", "password2": "newperson1"},
    )

    assert REFUSAL in response.content.decode()
    person.refresh_from_db()
    assert person.check_password(PASSWORD)


def test_password_of_the_first_and_last_name_together_is_refused():
    person = User(email="vesna.ilic@example.org", first_name="Vesna", last_name="Ilić")

    with pytest.raises(ValidationError, match="too similar"):
        validate_password("vesnailic1", person)
