"""The one settings module, read as a deployment reads it: each test starts
Python with an environment it controls, so nothing leaks in from the machine
(CI's DATABASE_URL, say) or from the test process's own settings."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent

# What the subprocess keeps from this one: the shell's basics, and which
# feature apps this run leaves out.
INHERITED = ("PATH", "HOME", "LANG", "IRIS_WITHOUT_APPS")

READ_SETTINGS = (
    "import json, sys\n"
    "from django.conf import settings\n"
    "print(json.dumps({name: getattr(settings, name) for name in sys.argv[1:]}, default=str))\n"
)


def environment(tmp_path, **variables):
    """A sane production environment on the embedded defaults, changed by
    ``variables`` (None removes one)."""
    env = {name: os.environ[name] for name in INHERITED if name in os.environ}
    env.update(
        DJANGO_SETTINGS_MODULE="iris_site.settings",
        IRIS_ENVIRONMENT="production",
        IRIS_VAR_DIR=str(tmp_path),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="dialogue.example.org",
    )
    env.update(variables)
    return {name: value for name, value in env.items() if value is not None}


def manage(env, *arguments):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        env=env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_in(env, *names):
    result = subprocess.run(
        [sys.executable, "-c", READ_SETTINGS, *names],
        env=env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


UNSAFE = [
    pytest.param({"SECRET_KEY": None}, "SECRET_KEY must be set", id="no secret key"),
    pytest.param({"SECRET_KEY": "short-secret"}, "SECRET_KEY must be set", id="short secret key"),
    pytest.param({"SECRET_KEY": "ab" * 30}, "SECRET_KEY must be set", id="repetitive secret key"),
    pytest.param({"ALLOWED_HOSTS": None}, "ALLOWED_HOSTS must name", id="no allowed hosts"),
    pytest.param({"ALLOWED_HOSTS": "*"}, "'*' is not allowed", id="any host allowed"),
    pytest.param({"DEBUG": "true"}, "DEBUG cannot be switched on", id="debug"),
    pytest.param(
        {"DATABASE_URL": "mysql://iris:secret@db.internal/iris"},
        "DATABASE_URL must point at PostgreSQL",
        id="MySQL database",
    ),
    pytest.param(
        {"REDIS_URL": "http://cache.internal:6379/0"},
        "REDIS_URL must be a redis://",
        id="Redis address with another scheme",
    ),
    pytest.param(
        {"SEARCH_URL": "ftp://search.internal:9200"},
        "SEARCH_URL must be an opensearch://",
        id="search address with another scheme",
    ),
]


@pytest.mark.parametrize(("variables", "problem"), UNSAFE)
def test_production_refuses_to_start_with_an_unsafe_configuration(tmp_path, variables, problem):
    result = manage(environment(tmp_path, **variables), "check")

    assert result.returncode != 0
    assert "Unsafe production configuration" in result.stderr
    assert problem in result.stderr


def test_production_names_every_problem_at_once(tmp_path):
    result = manage(environment(tmp_path, SECRET_KEY=None, ALLOWED_HOSTS="*"), "check")

    assert "SECRET_KEY must be set" in result.stderr
    assert "'*' is not allowed" in result.stderr


def test_sane_production_configuration_passes_the_deployment_checks(tmp_path):
    result = manage(environment(tmp_path), "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize("profile", ["development", "production"])
def test_embedded_defaults_need_no_service_besides_the_application(tmp_path, profile):
    values = settings_in(
        environment(tmp_path, IRIS_ENVIRONMENT=profile),
        "DATABASES",
        "CHANNEL_LAYERS",
        "WAGTAILSEARCH_BACKENDS",
        "CACHES",
        "EMAIL_BACKEND",
    )

    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(tmp_path / "iris.sqlite3")
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]
    assert values["CHANNEL_LAYERS"]["default"]["BACKEND"] == "channels.layers.InMemoryChannelLayer"
    assert values["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == (
        "wagtail.search.backends.database"
    )
    assert values["CACHES"]["default"]["BACKEND"] == (
        "django.core.cache.backends.locmem.LocMemCache"
    )
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"


def test_redis_carries_the_cache_and_the_channel_layer_when_named(tmp_path):
    redis = "redis://cache.internal:6379/2"

    values = settings_in(
        environment(tmp_path, REDIS_URL=redis, DATABASE_URL="postgres://iris:pw@db.internal/iris"),
        "CACHES",
        "CHANNEL_LAYERS",
        "DATABASES",
    )

    cache = values["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == redis
    layer = values["CHANNEL_LAYERS"]["default"]
    assert layer["BACKEND"] == "channels_redis.core.RedisChannelLayer"
    assert layer["CONFIG"]["hosts"] == [redis]
    assert layer["CONFIG"]["capacity"] == 1000
    assert layer["CONFIG"]["expiry"] == 60
    assert values["DATABASES"]["default"]["ENGINE"] == "django.db.backends.postgresql"


def test_email_goes_to_smtp_or_to_a_folder_of_files_as_named(tmp_path):
    smtp = settings_in(
        environment(tmp_path, EMAIL_URL="smtps://dialogue%40example.org:pw@mail.example.org"),
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "EMAIL_HOST_USER",
        "EMAIL_USE_SSL",
    )
    files = settings_in(
        environment(tmp_path, EMAIL_URL=f"file://{tmp_path}/sent%20mail"),
        "EMAIL_BACKEND",
        "EMAIL_FILE_PATH",
    )

    assert smtp == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_HOST_USER": "dialogue@example.org",
        "EMAIL_USE_SSL": True,
    }
    assert files == {
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": f"{tmp_path}/sent mail",
    }


def test_production_cookies_are_secure_http_only_and_same_site_behind_strict_https(tmp_path):
    values = settings_in(
        environment(tmp_path),
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SAMESITE",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_SSL_REDIRECT",
    )

    assert values == {
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_SSL_REDIRECT": True,
    }
