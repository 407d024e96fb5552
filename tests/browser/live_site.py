"""The site as a browser reaches it: uvicorn serving the ASGI application in a
process of its own, on the test database that the test fills."""

import email
import email.policy
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]


def database_url(database):
    """DATABASE_URL for a connection's settings, as settings.py parses it."""
    if database["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{database['NAME']}"
    return (
        f"postgres://{quote(database['USER'])}:{quote(database['PASSWORD'])}"
        f"@{database['HOST']}:{database['PORT']}/{quote(database['NAME'])}"
    )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_environment(**variables):
    """The test process's database, secret key, uploads and services, so what
    the test writes the browser sees; ``variables`` add to them."""
    return {
        **os.environ,
        "IRIS_ENVIRONMENT": "test",
        "DATABASE_URL": database_url(connection.settings_dict),
        "SECRET_KEY": settings.SECRET_KEY,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        **variables,
    }


def wait_until_healthy(server, url, log, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"uvicorn stopped as it started:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5):
                return
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"/healthz answered {error.code}:\n{log.read_text()}") from error
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"uvicorn did not answer within {seconds} seconds:\n{log.read_text()}")


def sent_mail(folder):
    """The e-mails a server run with ``EMAIL_URL=file://<folder>`` has sent,
    oldest first (Django's file backend writes one file per sending, each
    message followed by a line of 79 dashes)."""
    messages = []
    for path in sorted(folder.glob("*.log"), key=lambda path: path.stat().st_mtime_ns):
        for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if raw.strip():
                messages.append(email.message_from_bytes(raw, policy=email.policy.default))
    return messages


@contextmanager
def serve(log, workers=1, **variables):
    """Run uvicorn (``workers`` processes) on a free port until the block
    ends; yields the site's address, which its e-mails link to. What the
    server prints goes to the file ``log``; ``variables`` add to the
    server's environment."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    variables = {"IRIS_BASE_URL": url, **variables}
    command = [sys.executable, "-m", "uvicorn", "iris_site.asgi:application"]
    options = ["--host", "127.0.0.1", "--port", str(port), "--lifespan", "off"]
    options += ["--workers", str(workers)]
    with log.open("w") as output:
        server = subprocess.Popen(
            [*command, *options, "--log-level", "warning"],
            env=server_environment(WEB_CONCURRENCY=str(workers), **variables),
            cwd=BASE_DIR,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_healthy(server, url, log)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=30)
