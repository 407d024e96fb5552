"""Removing a feature app from the site removes its feature and nothing else:
without it the site starts, migrates, loads its demo content and answers, and
the tests of the shell and accounts, and every other feature app's tests of
what it plugs into the shell (its ``test_hooks.py``), still pass. That no
feature app imports another is import-linter's independence contract
(``[tool.importlinter]`` in pyproject.toml), checked statically by
scripts/test, so the other apps' whole suites need not run once per removal.

Each case runs in subprocesses on its own SQLite database and var folder, with
no Redis, search or media address inherited from the environment, so that a
suite running on PostgreSQL and Redis is left alone.
"""

import os
import subprocess
import sys

import pytest
from django.conf import settings

SERVICE_VARIABLES = {"DATABASE_URL", "REDIS_URL", "SEARCH_URL", "MEDIA_ROOT", "STATIC_ROOT"}

# Without the search app, its page is gone with it.
SEARCH_PAGE_STATUS = {"search": 404}
# The sections of the read API each app adds (accounts adds organisations).
API_SECTIONS = {
    "consultations": "consultations",
    "hearings": "events",
    "policy_library": "library-documents",
    "peer_reviews": "peer-reviews",
}

START_AND_ANSWER = """
from io import StringIO

from django.core.management import call_command
from django.test import Client

call_command("check", stdout=StringIO())
call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo", stdout=StringIO())
client = Client()
for url in ("/en/", "/en/search/?q=asylum"):
    print(url, client.get(url).status_code)
paths = client.get("/api/v1/openapi.json").json()["paths"]
print("/api/v1/", *sorted({path.split("/")[3] for path in paths}))
"""


def run(command, app, var_dir):
    environment = {
        name: value for name, value in os.environ.items() if name not in SERVICE_VARIABLES
    }
    environment.update(
        IRIS_ENVIRONMENT="test",
        IRIS_WITHOUT_APPS=app,
        IRIS_VAR_DIR=str(var_dir),
        DATABASE_URL=f"sqlite:///{var_dir / 'iris.sqlite3'}",
    )
    finished = subprocess.run(
        [sys.executable, *command],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert finished.returncode == 0, finished.stdout[-4000:] + finished.stderr[-4000:]
    return finished.stdout


@pytest.mark.parametrize("app", settings.FEATURE_APPS)
def test_site_works_without_the_app(app, tmp_path):
    answers = run(["manage.py", "shell", "--no-imports", "-c", START_AND_ANSWER], app, tmp_path)

    assert answers.split() == [
        "/en/",
        "200",
        "/en/search/?q=asylum",
        str(SEARCH_PAGE_STATUS.get(app, 200)),
        "/api/v1/",
        *sorted({"organisations", *(API_SECTIONS[a] for a in API_SECTIONS if a != app)}),
    ]
    # The shell lives in site/; browser journeys and service checks run in the main suite.
    others = [f"{other}/tests/test_hooks.py" for other in settings.FEATURE_APPS if other != app]
    folders = ["site", "accounts", *others]
    run(["-m", "pytest", "-q", "-x", "-m", "not browser and not services", *folders], app, tmp_path)
