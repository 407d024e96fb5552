"""The security baseline: throttled log-in and password reset, session cookies
and lifetimes, security headers, and uploads checked by size and content."""

import json
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model

from accounts.middleware import SESSION_STARTED_KEY
from accounts.tests.factories import (
    PASSWORD,
    InstitutionFactory,
    OrganisationFactory,
    UserFactory,
    editor,
    executable_bytes,
    member_of,
    moderator,
    official_of,
    pdf_bytes,
)

pytestmark = pytest.mark.django_db

TWELVE_HOURS = 12 * 60 * 60
THIRTY_MINUTES = 30 * 60


def sign_in(client, user, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": user.email, "password": password})


def is_signed_in(client):
    return client.get(reverse("accounts:profile")).status_code == 200


# Throttling ---------------------------------------------------------------------


def test_sixth_failed_sign_in_for_one_account_within_a_minute_is_refused_with_429(client):
    user = UserFactory()
    for _attempt in range(5):
        assert sign_in(client, user, password="wrong password").status_code == 200

    response = sign_in(client, user, password="wrong password")

    assert response.status_code == 429
    assert (
        "Too many failed sign-in attempts for this account. Wait a minute, then try again."
        in response.content.decode()
    )


def test_throttled_account_is_refused_even_with_the_right_password(client):
    user = UserFactory()
    for _attempt in range(5):
        sign_in(client, user, password="wrong password")

    assert sign_in(client, user).status_code == 429
    assert not is_signed_in(client)


def test_failed_sign_ins_for_one_account_do_not_lock_out_another(client):
    target = UserFactory()
    bystander = UserFactory()
    for _attempt in range(6):
        sign_in(client, target, password="wrong password")

    assert sign_in(client, bystander).status_code == 302
    assert is_signed_in(client)


def test_sixth_password_reset_for_one_address_within_a_minute_is_refused_with_429(client):
    user = UserFactory()
    for _attempt in range(5):
        response = client.post(reverse("account_reset_password"), {"email": user.email})
        assert response.status_code == 302

    response = client.post(reverse("account_reset_password"), {"email": user.email})

    assert response.status_code == 429
    assert "Wait a minute, then try again." in response.content.decode()
    assert len(mail.outbox) == 5


def test_admin_sign_in_is_the_throttled_site_sign_in(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/admin/"


def test_admin_log_in_form_cannot_be_used_to_get_around_the_throttle(client):
    user = UserFactory(is_staff=True)

    response = client.post("/admin/login/", {"username": user.email, "password": PASSWORD})

    assert response["Location"] == reverse("account_login")
    assert not is_signed_in(client)


def test_admin_password_reset_is_switched_off_in_favour_of_the_site_one(client):
    assert client.get("/admin/password_reset/", follow=True).status_code == 404


# Session cookies and lifetimes ------------------------------------------------------


def test_session_cookie_set_at_sign_in_is_http_only_and_same_site(client):
    response = sign_in(client, UserFactory())

    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_session_cookie_is_secure_when_production_asks_for_it(client, settings):
    settings.SESSION_COOKIE_SECURE = True

    response = sign_in(client, UserFactory())

    assert response.cookies["sessionid"]["secure"] is True


def test_production_profile_makes_cookies_secure_and_https_strict():
    environment = {
        **os.environ,
        "IRIS_ENVIRONMENT": "production",
        "SECRET_KEY": "p" * 40 + "roduction-secret-key-0123456789",
        "ALLOWED_HOSTS": "dialogue.example.org",
        "DATABASE_URL": "sqlite:////tmp/iris-production-check.sqlite3",
    }
    program = (
        "import json; from iris_site import settings as s; print(json.dumps(["
        "s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_AGE]))"
    )

    result = subprocess.run(
        [sys.executable, "-c", program],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )

    assert json.loads(result.stdout) == [True, True, "Lax", True, 31_536_000, TWELVE_HOURS]


def test_session_ends_twelve_hours_after_sign_in_whatever_the_activity(client):
    sign_in(client, member_of(OrganisationFactory()))
    session = client.session
    session[SESSION_STARTED_KEY] = int(time.time()) - TWELVE_HOURS - 60
    session.save()

    assert not is_signed_in(client)


def test_session_still_holds_shortly_before_twelve_hours(client):
    sign_in(client, member_of(OrganisationFactory()))
    session = client.session
    session[SESSION_STARTED_KEY] = int(time.time()) - TWELVE_HOURS + 60
    session.save()

    assert is_signed_in(client)


PRIVILEGED = {
    "public official": lambda: official_of(InstitutionFactory()),
    "moderator": moderator,
    "editor": editor,
}


@pytest.mark.parametrize("role", PRIVILEGED)
def test_privileged_session_lasts_thirty_idle_minutes_from_sign_in(client, role):
    response = sign_in(client, PRIVILEGED[role]())

    assert response.cookies["sessionid"]["max-age"] == THIRTY_MINUTES
    assert client.session.get_expiry_age() == THIRTY_MINUTES


@pytest.mark.parametrize("role", PRIVILEGED)
def test_privileged_session_ends_after_thirty_idle_minutes(client, role):
    sign_in(client, PRIVILEGED[role]())
    stored = Session.objects.get(pk=client.cookies["sessionid"].value)
    assert stored.expire_date <= timezone.now() + timedelta(seconds=THIRTY_MINUTES)

    # Thirty-one minutes without a request.
    stored.expire_date = timezone.now() - timedelta(minutes=1)
    stored.save()

    assert not is_signed_in(client)


def test_activity_keeps_a_privileged_session_alive(client):
    sign_in(client, editor())
    stored = Session.objects.get(pk=client.cookies["sessionid"].value)
    stored.expire_date = timezone.now() + timedelta(minutes=1)
    stored.save()

    assert is_signed_in(client)
    stored.refresh_from_db()
    assert stored.expire_date > timezone.now() + timedelta(minutes=29)


def test_cso_member_session_has_no_idle_limit_below_twelve_hours(client):
    sign_in(client, member_of(OrganisationFactory()))
    client.get(reverse("accounts:profile"))

    assert client.session.get_expiry_age() == TWELVE_HOURS


# Headers ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/en/", "/en/accounts/login/", "/en/accounts/signup/"])
def test_public_pages_send_the_security_headers(client, home_page, path):
    response = client.get(path)

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


# Uploads ------------------------------------------------------------------------------


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()]


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_executable_renamed_to_pdf_is_refused_and_nothing_stored(client, media_root):
    client.force_login(editor())

    response = upload_document(client, "report.pdf", executable_bytes())

    assert response.status_code == 200
    assert (
        "The file&#x27;s content does not match its name (.pdf). Upload the original document."
        in response.content.decode()
    )
    assert not get_document_model().objects.exists()
    assert stored_files(media_root) == []


def test_executable_renamed_to_pdf_is_refused_by_the_multiple_uploader(client, media_root):
    client.force_login(editor())

    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("report.pdf", executable_bytes()), "collection": 1},
    )

    assert response.json()["success"] is False
    assert "does not match its name (.pdf)" in response.json()["error_message"]
    assert not get_document_model().objects.exists()
    assert stored_files(media_root) == []


def test_oversize_document_is_refused_and_nothing_stored(client, media_root, settings):
    settings.UPLOAD_LIMITS = {**settings.UPLOAD_LIMITS, "MAX_BYTES": 10 * 1024}
    client.force_login(editor())

    response = upload_document(client, "gap-assessment.pdf", pdf_bytes())

    assert response.status_code == 200
    assert "the largest accepted is 10.0\xa0KB." in response.content.decode()
    assert not get_document_model().objects.exists()
    assert stored_files(media_root) == []


def test_real_pdf_is_accepted(client, media_root):
    client.force_login(editor())

    response = upload_document(client, "gap-assessment.pdf", pdf_bytes())

    assert response.status_code == 302
    document = get_document_model().objects.get()
    assert document.title == "gap-assessment.pdf"
    assert [path.name for path in stored_files(media_root)] == ["gap-assessment.pdf"]
