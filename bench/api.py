"""How fast the read API answers, next to a bare Django view in the same run.

Builds a throw-away test database (``test_<name>`` of DATABASE_URL) with
--consultations consultations (one of them with --parts articles and
--comments comments), a library of --documents documents and the
organisations that comment, then times over HTTP through the Django test
client, with every middleware, as an anonymous reader (the rate limit raised):

  bare view              GET /bench/bare, a view that does nothing (bench/urls.py)
  consultations list     GET /api/v1/consultations/?limit=100
  consultations page 2   GET /api/v1/consultations/?limit=20, from page 1's cursor
  consultation detail    GET /api/v1/consultations/<id> (every part)
  comments list          GET /api/v1/consultations/<id>/comments?limit=100
  library list           GET /api/v1/library-documents/?limit=100
  library detail         GET /api/v1/library-documents/<id>
  organisations list     GET /api/v1/organisations/?limit=100
  wagtail pages list     GET /api/wagtail/v2/pages/?limit=20

and prints the median and 95th percentile of each, with its query count:
a list's must not grow with its items.

    export DATABASE_URL=postgres://iris:iris@127.0.0.1:5432/iris_bench
    .venv/bin/python bench/api.py --consultations 200 --comments 500
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ.setdefault("IRIS_ENVIRONMENT", "test")
os.environ.setdefault("IRIS_API_RATE_LIMIT", "1000000/m")

from bench import content
from bench.consultation import timed


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--consultations", type=int, default=200)
    parser.add_argument("--parts", type=int, default=80)
    parser.add_argument("--comments", type=int, default=500)
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--runs", type=int, default=50, help="timed requests of each kind")
    return parser.parse_args()


def main():
    options = arguments()
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from consultations.tests.factories import ConsultationPageFactory

    with content.test_database():
        home = content.home()
        consultation = content.consultation(home, options.parts, options.comments)
        for _number in range(options.consultations - 1):
            ConsultationPageFactory(parent=consultation.get_parent())
        _library, documents = content.library(home, options.documents)
        reader = Client()
        first = reader.get("/api/v1/consultations/", {"limit": 20}).json()
        pages = {
            "bare view": "/bench/bare",
            "consultations list": "/api/v1/consultations/?limit=100",
            "consultations page 2": f"/api/v1/consultations/?limit=20&cursor={first['next']}",
            "consultation detail": f"/api/v1/consultations/{consultation.pk}",
            "comments list": f"/api/v1/consultations/{consultation.pk}/comments?limit=100",
            "library list": "/api/v1/library-documents/?limit=100",
            "library detail": f"/api/v1/library-documents/{documents[0].pk}",
            "organisations list": "/api/v1/organisations/?limit=100",
            "wagtail pages list": "/api/wagtail/v2/pages/?limit=20",
        }
        queries, results = {}, {}
        for name, url in pages.items():
            assert reader.get(url).status_code == 200, url  # warm caches
            with CaptureQueriesContext(connection) as captured:
                reader.get(url)
            queries[name] = len(captured)
            results[name] = timed(options.runs, lambda url=url: reader.get(url))

    print(
        f"{connection.vendor}, {options.consultations} consultations (one of {options.parts} "
        f"parts, {options.comments} comments), {options.documents} library documents, "
        f"{options.runs} runs each"
    )
    bare_median = results["bare view"][0]
    for name, (median, p95) in results.items():
        print(
            f"{name:>22}: median {median:7.1f} ms   p95 {p95:7.1f} ms   "
            f"{queries[name]:3d} queries   {median / bare_median:6.1f}x bare"
        )


if __name__ == "__main__":
    main()
