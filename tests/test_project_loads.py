"""Every way the project starts finds the site shell under the name iris_site,
while `import site` stays the standard library's module (the shell's folder is
called site/, which a careless sys.path would let shadow it)."""

import json
import os
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
SHELL_DIR = BASE_DIR / "site"
STDLIB_SITE = Path(sysconfig.get_paths()["stdlib"]) / "site.py"

# What the subprocesses keep from this one. CI's services (DATABASE_URL,
# REDIS_URL, SEARCH_URL) stay out: these processes run on the embedded defaults.
INHERITED = ("PATH", "HOME", "LANG", "IRIS_WITHOUT_APPS")

WHERE_MODULES_COME_FROM = (
    "import json, site, iris_site\n"
    "from django.apps import apps\n"
    "print(json.dumps({'site': site.__file__, 'iris_site': iris_site.__file__,"
    " 'app': apps.get_app_config('iris_site').path}))\n"
)


@pytest.fixture
def embedded_environment(tmp_path):
    """A development checkout on the embedded defaults, with its own var/ folder."""
    env = {name: os.environ[name] for name in INHERITED if name in os.environ}
    env.update(IRIS_ENVIRONMENT="development", IRIS_VAR_DIR=str(tmp_path))
    return env


def manage(env, *arguments):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        env=env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_until_listening(server, url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read()
        try:
            return status_of(url)
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"uvicorn did not answer {url} within {seconds} seconds")


def test_manage_py_checks_the_project(embedded_environment):
    result = manage(embedded_environment, "check")

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_manage_py_loads_the_shell_as_iris_site(embedded_environment):
    result = manage(embedded_environment, "shell", "-v", "0", "-c", WHERE_MODULES_COME_FROM)

    assert result.returncode == 0, result.stderr
    where = json.loads(result.stdout)
    assert Path(where["site"]) == STDLIB_SITE
    assert Path(where["iris_site"]) == SHELL_DIR / "__init__.py"
    assert Path(where["app"]) == SHELL_DIR


def test_asgi_module_loads_the_shell_as_iris_site():
    from iris_site import asgi

    assert Path(asgi.__file__) == SHELL_DIR / "asgi.py"
    assert set(asgi.application.application_mapping) == {"http", "websocket"}


def test_uvicorn_serves_the_application(embedded_environment):
    migrated = manage(embedded_environment, "migrate", "--no-input", "-v", "0")
    assert migrated.returncode == 0, migrated.stderr
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "iris_site.asgi:application",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--lifespan",
            "off",
        ],
        env=embedded_environment,
        cwd=BASE_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        health = wait_until_listening(server, f"http://127.0.0.1:{port}/healthz")
        home = status_of(f"http://127.0.0.1:{port}/en/")
    finally:
        server.terminate()
        server.wait(timeout=30)

    assert (health, home) == (200, 200)


def test_pytest_loads_the_shell_as_iris_site():
    import site

    from django.apps import apps

    import iris_site

    assert Path(site.__file__) == STDLIB_SITE
    assert Path(iris_site.__file__) == SHELL_DIR / "__init__.py"
    assert apps.get_app_config("iris_site").module is iris_site
