"""How many comments the site accepts per second when many people post at once.

Builds a throw-away test database (``test_<name>`` of DATABASE_URL) with a
consultation of --parts articles and --people signed-in people, starts the
server as production runs it (uvicorn, --workers processes, psycopg's pool,
Redis; bench/settings.py raises the per-person rate limits), then has
--clients of them at a time post the comment form (each person in turn, with
their session and CSRF token, as a browser does) for --seconds, loopback
only. Prints the comments accepted per second, the response times, every
status and error, and checks that every accepted comment (a redirect to
``#comment-<id>``) has its row and its live event in the database.

    export DATABASE_URL=postgres://iris:iris@127.0.0.1:5432/iris_bench
    export REDIS_URL=redis://127.0.0.1:6379/6
    .venv/bin/python bench/comments.py --people 400 --clients 32 --seconds 60
"""

import argparse
import os
import re
import secrets
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")
os.environ.setdefault("IRIS_ENVIRONMENT", "test")

from bench import content
from tests.load import send_concurrently

ACCEPTED = re.compile(r"#comment-(\d+)$")


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=400)
    parser.add_argument("--clients", type=int, default=32, help="posting at the same time")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--parts", type=int, default=80)
    parser.add_argument("--max-requests", type=int, default=100_000)
    return parser.parse_args()


def signed_in(people):
    """Each person's session and CSRF cookies, as their browser holds them."""
    from django.conf import settings
    from django.test import Client

    from accounts.tests.factories import UserFactory

    cookies = []
    for _person in range(people):
        browser = Client()
        browser.force_login(UserFactory())
        cookies.append(
            {
                settings.SESSION_COOKIE_NAME: browser.cookies[settings.SESSION_COOKIE_NAME].value,
                settings.CSRF_COOKIE_NAME: secrets.token_hex(16),  # an unmasked 32-character secret
            }
        )
    return cookies


def main():
    options = arguments()
    import django

    django.setup()
    from django.conf import settings

    from consultations.models import Comment, ConsultationEvent
    from tests.browser.live_site import serve

    log = Path(tempfile.mkdtemp(prefix="iris-bench-comments-")) / "uvicorn.log"
    with content.test_database():
        consultation = content.consultation(content.home(), options.parts, 0)
        parts = [block.id for block in consultation.parts()]
        people = signed_in(options.people)
        post_url = f"{consultation.url}comment/"
        accepted = []

        async def post(http, turn):
            person = people[turn % len(people)]
            response = await http.post(
                post_url,
                cookies=person,
                data={
                    "csrfmiddlewaretoken": person[settings.CSRF_COOKIE_NAME],
                    "submission_key": str(uuid.uuid4()),
                    "kind": "general",
                    "part": parts[turn % len(parts)],
                    "text": f"Legal aid must be available from the first day ({turn}).",
                },
            )
            found = ACCEPTED.search(response.headers.get("location", ""))
            if response.status_code in (201, 302) and found:
                accepted.append(int(found.group(1)))
            return response

        with serve(log, workers=options.workers, DJANGO_SETTINGS_MODULE="bench.settings") as url:
            load = send_concurrently(
                url, post, options.clients, options.seconds, options.max_requests
            )
        rows = set(Comment.objects.filter(pk__in=accepted).values_list("pk", flat=True))
        events = set(
            ConsultationEvent.objects.filter(comment__in=accepted).values_list(
                "comment_id", flat=True
            )
        )

    lost = [pk for pk in accepted if pk not in rows or pk not in events]
    print(
        f"{options.people} people, {options.clients} posting at a time, "
        f"{options.workers} worker(s), {load.seconds:.0f} s"
    )
    print(f"  accepted     {len(accepted)} comments, {len(accepted) / load.seconds:.1f}/s")
    print(f"  response     p50 {load.median:.0f} ms, p95 {load.percentile(0.95):.0f} ms")
    print(f"  statuses     {dict(load.statuses)}; errors {dict(load.errors)}")
    print(f"  lost         {len(lost)} accepted without their row or live event")
    print(f"  server log   {log}")


if __name__ == "__main__":
    main()
