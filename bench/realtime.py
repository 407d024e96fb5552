"""How fast a posted comment reaches every live reader of a consultation.

Starts one uvicorn process (``--processes 2``: two, on the same Redis and
database, readers shared out between them), opens N WebSocket readers on one
consultation from this process (asyncio and ``websockets``), then posts
comments through the comment form over HTTP at a steady rate, each by another
signed-in person, and prints for each N:

  latency    from the POST's response to the event's arrival at each reader
             (median, p95, max; negative when the event came first)
  delivered  events received out of expected (readers x comments)
  memory     the server processes' resident memory grown per open socket

The site runs as in development with DEBUG off, on the Redis channel layer
(REDIS_URL, default redis://127.0.0.1:6379/4) and a throw-away SQLite file
unless DATABASE_URL names a database to create tables in.

    export REDIS_URL="$(scripts/services/redis | sed 's,/0$,/4,')"
    .venv/bin/python bench/realtime.py --readers 100 500 1000 --rate 5 --seconds 8
    .venv/bin/python bench/realtime.py --processes 2 --readers 1000 2000
"""

import argparse
import asyncio
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import websockets

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
VAR_DIR = Path(tempfile.mkdtemp(prefix="iris-bench-realtime-"))
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/4")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{VAR_DIR / 'bench.sqlite3'}")
os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "iris_site.settings",
        "IRIS_ENVIRONMENT": "development",
        "DEBUG": "false",
        "IRIS_VAR_DIR": str(VAR_DIR),
        "LOG_LEVEL": "WARNING",
    }
)
COMMENT_ID = re.compile(r'"comment":(\d+)')


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, nargs="+", default=[100, 500, 1000])
    parser.add_argument("--rate", type=float, default=5, help="comments posted per second")
    parser.add_argument("--seconds", type=float, default=8, help="how long comments are posted")
    parser.add_argument("--processes", type=int, choices=[1, 2], default=1)
    return parser.parse_args()


def build(posts):
    """The site, one open consultation and ``posts`` signed-in people, each
    with the comment form's hidden fields in hand."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from django.conf import settings
    from django.test import Client
    from wagtail.models import Locale, Page, Site

    from accounts.tests.factories import UserFactory
    from consultations.tests.factories import ConsultationIndexPageFactory, ConsultationPageFactory
    from iris_site.models import HomePage

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    home = root.add_child(
        instance=HomePage(
            title="IRIS Dialogue", slug="home", locale=Locale.objects.get(language_code="en")
        )
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=home, is_default_site=True)
    index = ConsultationIndexPageFactory(parent=home)
    consultation = ConsultationPageFactory(parent=index)
    cookies = []
    for _person in range(posts):
        client = Client()
        client.force_login(UserFactory())
        cookies.append(
            {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}
        )
    return consultation.pk, consultation.url, cookies


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def http_error_302(self, request, response, code, message, headers):
        return response


OPENER = urllib.request.build_opener(NoRedirect)


def http(url, cookies, data=None):
    header = "; ".join(f"{name}={value}" for name, value in cookies.items())
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Cookie": header, "Referer": url})
    with OPENER.open(request, timeout=60) as response:
        for line in response.headers.get_all("Set-Cookie") or []:
            name, value = line.split(";", 1)[0].split("=", 1)
            cookies[name] = value
        return response.headers.get("Location", ""), response.read().decode()


def comment_form(form_url, cookies):
    """The hidden fields of a fresh comment form for this person."""
    _location, html = http(form_url, cookies)
    return dict(re.findall(r'name="(csrfmiddlewaretoken|submission_key)" value="([^"]+)"', html))


def post_comment(form_url, cookies, fields, number):
    """POST the comment form; the new comment's id, when the request was sent
    and when its response came."""
    sent = time.perf_counter()
    location, _body = http(
        form_url, cookies, {**fields, "kind": "general", "text": f"Bench comment {number}."}
    )
    returned = time.perf_counter()
    return int(location.rsplit("#comment-", 1)[1]), sent, returned


def start_server(port, log):
    command = [sys.executable, "-m", "uvicorn", "iris_site.asgi:application"]
    options = ["--host", "127.0.0.1", "--port", str(port), "--lifespan", "off"]
    options += ["--log-level", "warning", "--ws-max-size", "65536"]
    server = subprocess.Popen(
        [*command, *options], cwd=BASE_DIR, stdout=log, stderr=subprocess.STDOUT
    )
    for _attempt in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return server
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"uvicorn on port {port} did not start; see {log.name}")


def rss_kib(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1))


class Reader:
    """One live reader: when each event arrived, by comment id."""

    def __init__(self):
        self.arrivals = {}
        self.ready = asyncio.Event()

    async def read(self, url, origin):
        async with websockets.connect(url, origin=origin, max_queue=None) as socket:
            self.socket = socket
            async for text in socket:
                arrived = time.perf_counter()
                if not self.ready.is_set():
                    if '"type": "ready"' in text:
                        self.ready.set()
                    continue
                match = COMMENT_ID.search(text)
                if match and text.startswith('{"type":"event"'):
                    self.arrivals.setdefault(int(match.group(1)), arrived)


async def warm_up(sites, page_id, page_url):
    """A few readers and a page view first, so that the memory measured per
    socket is the sockets' and not the code loaded for the first ones."""
    readers = [(Reader(), site) for site in sites for _reader in range(20)]
    tasks = [
        asyncio.create_task(
            reader.read(f"{site.replace('http', 'ws', 1)}/ws/consultations/{page_id}/", site)
        )
        for reader, site in readers
    ]
    await asyncio.gather(*(reader.ready.wait() for reader, _site in readers))
    await asyncio.to_thread(http, page_url, {})
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(2)


def percentile(values, share):
    return values[max(0, round(share * len(values)) - 1)]


async def run(count, sites, page_id, form_url, people, rate, seconds, servers):
    before = sum(rss_kib(server.pid) for server in servers)
    readers = [Reader() for _reader in range(count)]
    tasks = []
    for number, reader in enumerate(readers):
        site = sites[number % len(sites)]
        url = f"{site.replace('http', 'ws', 1)}/ws/consultations/{page_id}/"
        tasks.append(asyncio.create_task(reader.read(url, site)))
        if number % 50 == 49:
            await asyncio.sleep(0.05)
    await asyncio.wait_for(asyncio.gather(*(reader.ready.wait() for reader in readers)), 120)
    await asyncio.sleep(2)  # let the reader counts settle
    per_socket = (sum(rss_kib(server.pid) for server in servers) - before) / count

    posts = round(rate * seconds)
    forms = await asyncio.gather(
        *(asyncio.to_thread(comment_form, form_url, people[n]) for n in range(posts))
    )
    returned, sent = {}, {}
    start = time.perf_counter()
    for number in range(posts):
        await asyncio.sleep(max(0, start + number / rate - time.perf_counter()))
        comment, sent[comment], returned[comment] = await asyncio.to_thread(
            post_comment, form_url, people[number], forms[number], number
        )
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline and any(
        len(reader.arrivals) < posts for reader in readers
    ):
        await asyncio.sleep(0.1)
    latencies = sorted(
        (reader.arrivals[comment] - at) * 1000
        for reader in readers
        for comment, at in returned.items()
        if comment in reader.arrivals
    )
    from_sent = sorted(
        (reader.arrivals[comment] - at) * 1000
        for reader in readers
        for comment, at in sent.items()
        if comment in reader.arrivals
    )
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(1)
    return {
        "readers": count,
        "comments": posts,
        "median": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "max": latencies[-1],
        "sent_p95": percentile(from_sent, 0.95),
        "sent_max": from_sent[-1],
        "delivered": len(latencies),
        "expected": count * posts,
        "kib_per_socket": per_socket,
    }


def main():
    options = arguments()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    needed = max(options.readers) * 2 + 1000
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, needed)), hard))
    total_posts = round(options.rate * options.seconds) * len(options.readers)
    page_id, page_url, people = build(total_posts)
    ports = [8700 + number for number in range(options.processes)]
    sites = [f"http://127.0.0.1:{port}" for port in ports]
    logs = [(VAR_DIR / f"uvicorn-{port}.log").open("w") for port in ports]
    servers = [start_server(port, log) for port, log in zip(ports, logs, strict=True)]
    print(
        f"{options.processes} uvicorn process(es), Redis channel layer, "
        f"{options.rate:g} comments/s for {options.seconds:g} s, database "
        f"{os.environ['DATABASE_URL'].split(':', 1)[0]}; logs in {VAR_DIR}"
    )
    print("latency in ms from the POST's response (p95/max sent: from sending the POST)")
    print(
        f"{'readers':>8} {'median':>8} {'p95':>8} {'max':>8} "
        f"{'p95 sent':>9} {'max sent':>9} {'delivered':>18} {'KiB/socket':>11}"
    )
    try:
        asyncio.run(warm_up(sites, page_id, f"{sites[0]}{page_url}"))
        posts = round(options.rate * options.seconds)
        for number, count in enumerate(options.readers):
            batch = people[number * posts : (number + 1) * posts]
            result = asyncio.run(
                run(
                    count,
                    sites,
                    page_id,
                    f"{sites[0]}{page_url}comment/",
                    batch,
                    options.rate,
                    options.seconds,
                    servers,
                )
            )
            print(
                f"{result['readers']:>8} {result['median']:>8.1f} {result['p95']:>8.1f} "
                f"{result['max']:>8.1f} {result['sent_p95']:>9.1f} {result['sent_max']:>9.1f} "
                f"{result['delivered']:>9}/{result['expected']:<8} "
                f"{result['kib_per_socket']:>11.1f}",
                flush=True,
            )
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
