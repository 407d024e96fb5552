"""The events index with thousands of events, and registration for the last
seats of a hearing when many people ask at once.

Builds a throw-away test database (``test_<name>`` of DATABASE_URL) with an
events index of --events events (past and to come, of every network kind, in
five countries) and a hearing with --seats seats; starts the server as
production runs it (uvicorn, --workers processes, psycopg's pool, Redis), then
  1. reads the index (uncached) and ``/bench/bare`` with --readers clients for
     --seconds each: median and p95, and the index's queries per request;
  2. has --clients people at a time post the registration form until
     --seats + --clients people have asked: registrations per second, and
     whether every seat was given exactly once (the rest on the waiting list).
Loopback only.

    export DATABASE_URL=postgres://iris:iris@127.0.0.1:5432/iris_bench
    export REDIS_URL=redis://127.0.0.1:6379/6
    .venv/bin/python bench/event_seats.py --events 5000 --seats 100 --clients 50
"""

import argparse
import os
import secrets
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")
os.environ.setdefault("IRIS_ENVIRONMENT", "test")

from bench import content
from tests.load import read_concurrently, send_concurrently

COUNTRIES = ["RS", "BA", "ME", "MK", "AL"]


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--seats", type=int, default=100)
    parser.add_argument("--clients", type=int, default=50, help="registering at the same time")
    parser.add_argument("--readers", type=int, default=8, help="reading the index at once")
    parser.add_argument("--seconds", type=float, default=15, help="per page read")
    parser.add_argument("--workers", type=int, default=2)
    return parser.parse_args()


def events_index(home, count):
    """The index and ``count`` live events, one every 17 hours around today."""
    from django.utils import timezone

    from hearings.models import EventKind, HearingIndexPage, NetworkEventPage

    index = home.add_child(instance=HearingIndexPage(title="Events", slug="events"))
    index.save_revision().publish()
    kinds = EventKind.network_kinds()
    first = timezone.now() - timedelta(hours=17 * count // 2)
    for number in range(count):
        starts_at = first + timedelta(hours=17 * number)
        index.add_child(
            instance=NetworkEventPage(
                title=f"Event {number}",
                slug=f"event-{number}",
                summary="Civil society and the institutions on the asylum system.",
                kind=kinds[number % len(kinds)],
                country=COUNTRIES[number % len(COUNTRIES)],
                venue="City Hall",
                languages=["en", "sr"],
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=3),
                live=True,
            )
        )
    return index


def hearing_with_seats(index, seats):
    from django.utils import timezone

    from hearings.models import HearingPage

    starts_at = timezone.now() + timedelta(days=14)
    hearing = index.add_child(
        instance=HearingPage(
            title="Hearing with its last seats",
            slug="last-seats",
            summary="The draft Law on Asylum, article by article.",
            venue="City Hall",
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=3),
            capacity=seats,
            online_capacity=0,
        )
    )
    hearing.save_revision().publish()
    return hearing


def index_queries(path):
    """The queries one read of the index makes, once its caches are warm."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return len(queries.captured_queries)


def register_everyone(url, hearing, people, clients):
    """``people`` registrations posted by ``clients`` at a time, each with
    its own CSRF cookie, as browsers send them."""
    from django.conf import settings

    register_url = hearing.url + hearing.reverse_subpage("register")

    async def post(http, turn):
        token = secrets.token_hex(16)  # an unmasked 32-character secret
        return await http.post(
            register_url,
            cookies={settings.CSRF_COOKIE_NAME: token},
            data={
                "csrfmiddlewaretoken": token,
                "name": f"Person {turn}",
                "email": f"person{turn}@example.org",
                "seat": "in-person",
                "consent": "on",
            },
        )

    return send_concurrently(url, post, clients, seconds=600, max_requests=people)


def line(name, load, queries=None):
    text = f"  {name:<28} p50 {load.median:7.1f} ms  p95 {load.percentile(0.95):7.1f} ms"
    text += f"  {load.per_second:7.1f} req/s"
    if queries is not None:
        text += f"  {queries} queries"
    return text + (f"  failures {load.failures}" if load.failures else "")


def main():
    options = arguments()
    import django

    django.setup()
    from django.db.models import Count

    from hearings.models import HearingRegistration, RegistrationState
    from tests.browser.live_site import serve

    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        sys.exit("bench/event_seats.py measures seat allocation on PostgreSQL: set DATABASE_URL")
    log = Path(tempfile.mkdtemp(prefix="iris-bench-events-")) / "uvicorn.log"
    with content.test_database():
        home = content.home(hostname="127.0.0.1")
        index = events_index(home, options.events)
        hearing = hearing_with_seats(index, options.seats)
        queries = index_queries(index.url)
        people = options.seats + options.clients
        with serve(
            log,
            workers=options.workers,
            DJANGO_SETTINGS_MODULE="bench.settings",
            IRIS_PAGE_CACHE_SECONDS="0",
            LOG_LEVEL="WARNING",
        ) as url:
            loads = {}
            for name, path in (("bare view", "/bench/bare"), ("events index", index.url)):
                read_concurrently(url, [path], 1, 30, max_requests=2)
                loads[name] = read_concurrently(url, [path], options.readers, options.seconds)
            registration = register_everyone(url, hearing, people, options.clients)
        states = dict(
            HearingRegistration.objects.filter(hearing=hearing)
            .values_list("state")
            .annotate(count=Count("pk"))
        )
        emails_twice = (
            HearingRegistration.objects.values("email")
            .annotate(count=Count("pk"))
            .filter(count__gt=1)
            .count()
        )

    confirmed = states.get(RegistrationState.CONFIRMED, 0)
    print(f"{options.events} events, {options.workers} worker(s), {options.readers} readers")
    print(line("bare view", loads["bare view"]))
    print(line("events index", loads["events index"], queries))
    print(
        f"\n{people} people for {options.seats} seats, {options.clients} at a time: "
        f"{registration.per_second:.1f} registrations/s, "
        f"p50 {registration.median:.0f} ms, p95 {registration.percentile(0.95):.0f} ms"
    )
    print(f"  statuses     {dict(registration.statuses)}; errors {dict(registration.errors)}")
    print(f"  seats        {confirmed} given of {options.seats}; states {states}")
    print(f"  same e-mail  {emails_twice} registered twice")
    print(
        "  all seats filled exactly once"
        if confirmed == options.seats and emails_twice == 0
        else "  SEATS WRONG"
    )
    print(f"  server log   {log}")


if __name__ == "__main__":
    main()
