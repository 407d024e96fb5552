"""How fast a large consultation page renders and a comment posts.

Builds a throw-away test database (``test_<name>`` of DATABASE_URL), a
consultation with --parts parts and --comments comments (replies, organisations
and co-signatures among them), then times over HTTP through the Django test
client, with every middleware:

  bare view     GET /healthz, a view that only asks the database for SELECT 1
  page          GET the consultation page (counts, the newest threads per part),
                its comment fragments in the cache from the previous reader
  page, cold    the same with the cache emptied first: every fragment rendered
  post comment  POST the comment form, through PostComment, and its redirect

and prints the median and 95th percentile of each, with the page's query count.

    export DATABASE_URL="$(scripts/services/postgres | sed 's,/iris$,/iris_bench,')"
    .venv/bin/python bench/consultation.py --parts 300 --comments 2000 --runs 30
"""

import argparse
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")
os.environ.setdefault("IRIS_ENVIRONMENT", "test")

from bench import content


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", type=int, default=300)
    parser.add_argument("--comments", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=30, help="timed requests of each kind")
    return parser.parse_args()


def timed(runs, request):
    durations = []
    for _run in range(runs):
        start = time.perf_counter()
        response = request()
        durations.append((time.perf_counter() - start) * 1000)
        assert response.status_code in (200, 302), response.status_code
    durations.sort()
    return statistics.median(durations), durations[max(0, round(0.95 * len(durations)) - 1)]


def main():
    options = arguments()
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.tests.factories import UserFactory

    with content.test_database():
        consultation = content.consultation(content.home(), options.parts, options.comments)
        url = consultation.url
        reader = Client()
        warm = reader.get(url)  # site root paths, templates
        assert warm.status_code == 200 and b"comment--general" in warm.content, url
        with CaptureQueriesContext(connection) as queries:
            reader.get(url)
        page_queries = len(queries)
        commenters = [Client() for _client in range(options.runs)]
        for client in commenters:
            client.force_login(UserFactory())
            # The server's handler, loaded once as in a worker: a new one
            # loads the middleware (WhiteNoise's file scan) on its first request.
            client.handler = reader.handler
        posts = iter(commenters)
        part = consultation.parts()[options.parts // 2].id

        def post_comment():
            return next(posts).post(
                f"{url}comment/",
                {
                    "submission_key": uuid.uuid4(),
                    "kind": "general",
                    "part": part,
                    "text": "Legal aid must be available from the first day.",
                },
            )

        results = {
            "bare view": timed(options.runs, lambda: reader.get("/healthz")),
            "page": timed(options.runs, lambda: reader.get(url)),
            "page, cold": timed(options.runs, lambda: (cache.clear(), reader.get(url))[1]),
            "post comment": timed(options.runs, post_comment),
        }

    print(
        f"{connection.vendor}, {options.parts} parts, {options.comments} comments, "
        f"{options.runs} runs each; the page makes {page_queries} queries"
    )
    for name, (median, p95) in results.items():
        print(f"{name:>13}: median {median:7.1f} ms   p95 {p95:7.1f} ms")


if __name__ == "__main__":
    main()
