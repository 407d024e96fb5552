"""How the network's recommendations dashboard and a review page hold up with
the whole network's history, next to a bare view.

Builds a throw-away test database (``test_<name>`` of DATABASE_URL) with
--organisations organisations, each reviewed in --cycles cycles against a
framework of --criteria criteria, three recommendations per review in every
follow-up state (bench/content.py), then times over HTTP through the Django
test client, with every middleware, as a network coordinator:

  bare view       GET /healthz, a view that only asks the database for SELECT 1
  dashboard       GET the recommendations dashboard (every organisation)
  dashboard xlsx  GET the same as a spreadsheet
  review          GET the last cycle's review page (sheet, chart of every cycle)

and prints the median and 95th percentile of each, with the query count of
each page: it must not grow with the number of organisations.

    export DATABASE_URL=postgres://iris:iris@127.0.0.1:5432/iris_bench
    .venv/bin/python bench/peer_reviews.py --organisations 200 --cycles 3 --criteria 20
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")
os.environ.setdefault("IRIS_ENVIRONMENT", "test")

from bench import content
from bench.consultation import timed


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--organisations", type=int, default=200)
    parser.add_argument("--cycles", type=int, default=3)
    parser.add_argument("--criteria", type=int, default=20, help="a multiple of 5")
    parser.add_argument("--runs", type=int, default=20, help="timed requests of each kind")
    return parser.parse_args()


def main():
    options = arguments()
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from peer_reviews.tests.factories import coordinator

    with content.test_database():
        content.home()
        reviews = content.peer_reviews(options.organisations, options.cycles, options.criteria)
        reader = Client()
        reader.force_login(coordinator())
        pages = {
            "bare view": "/healthz",
            "dashboard": "/en/peer-reviews/dashboard/",
            "dashboard xlsx": "/en/peer-reviews/dashboard/recommendations.xlsx",
            "review": f"/en/peer-reviews/{reviews[-1].pk}/",
        }
        queries, results = {}, {}
        for name, url in pages.items():
            assert reader.get(url).status_code == 200, url  # warm caches and templates
            with CaptureQueriesContext(connection) as captured:
                reader.get(url)
            queries[name] = len(captured)
            results[name] = timed(options.runs, lambda url=url: reader.get(url))

    print(
        f"{connection.vendor}, {options.organisations} organisations x {options.cycles} "
        f"cycles x {options.criteria} criteria, {options.runs} runs each"
    )
    for name, (median, p95) in results.items():
        print(
            f"{name:>15}: median {median:7.1f} ms   p95 {p95:7.1f} ms   {queries[name]:3d} queries"
        )


if __name__ == "__main__":
    main()
