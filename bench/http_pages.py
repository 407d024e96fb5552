"""How many readers the site serves at once, next to a bare Django view.

Builds a throw-away test database (``test_<name>`` of DATABASE_URL: PostgreSQL
as in production) with a home page, a consultation of --parts articles and
--comments comments, a library of 20 documents; then for each number of
uvicorn processes (--workers) and each page cache setting (cached: anonymous
pages from Redis; uncached: IRIS_PAGE_CACHE_SECONDS=0) starts the server as
production runs it (DEBUG off, psycopg's pool, Redis) and, for each number of
concurrent clients (--clients), reads each kind of page for --seconds with
asyncio clients (tests/load.py), loopback only. Prints req/s, p50/p95 and
errors of each, and its ratio to ``/bench/bare``, a view that does nothing,
served by the same server in the same run.

    export DATABASE_URL=postgres://iris:iris@127.0.0.1:5432/iris_bench
    export REDIS_URL=redis://127.0.0.1:6379/6
    .venv/bin/python bench/http_pages.py --seconds 20
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")
os.environ.setdefault("IRIS_ENVIRONMENT", "test")

from bench import content
from tests.load import read_concurrently


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", type=int, default=80)
    parser.add_argument("--comments", type=int, default=200)
    parser.add_argument("--clients", type=int, nargs="+", default=[32, 128])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seconds", type=float, default=20, help="per page and setting")
    parser.add_argument("--max-requests", type=int, default=200_000, help="per page and setting")
    return parser.parse_args()


def pages(parts, comments):
    """``{kind: address}`` of the pages compared, the bare view first."""
    home = content.home(hostname="127.0.0.1")
    consultation = content.consultation(home, parts, comments)
    library, documents = content.library(home, 20)
    return {
        "bare view": "/bench/bare",
        "/healthz": "/healthz",
        "home": "/en/",
        "consultation index": consultation.get_parent().url,
        f"consultation ({parts} parts)": consultation.url,
        "library": library.url,
        "library document": documents[0].url,
        "search": "/en/search/?q=asylum",
    }


def row(kind, load, bare):
    ratio = load.per_second / bare.per_second if bare.per_second else float("nan")
    kinds = {str(status): n for status, n in load.statuses.items() if status >= 500}
    kinds.update(load.errors)
    return (
        f"  {kind:<28} {load.per_second:8.1f} {load.median:8.1f} {load.percentile(0.95):8.1f}"
        f" {load.failures:7d} {ratio:7.2f}x"
        + (f"  ({', '.join(f'{name} {n}' for name, n in kinds.items())})" if kinds else "")
    )


def main():
    options = arguments()
    import django

    django.setup()
    from tests.browser.live_site import serve

    if not os.environ.get("REDIS_URL") or "postgres" not in os.environ.get("DATABASE_URL", ""):
        sys.exit(
            "bench/http_pages.py measures production's services: set DATABASE_URL and REDIS_URL"
        )
    logs = Path(tempfile.mkdtemp(prefix="iris-bench-http-"))
    with content.test_database():
        addresses = pages(options.parts, options.comments)
        for workers in options.workers:
            for cached in (True, False):
                log = logs / f"uvicorn-{workers}-{cached}.log"
                with serve(
                    log,
                    workers=workers,
                    DJANGO_SETTINGS_MODULE="bench.settings",
                    IRIS_PAGE_CACHE_SECONDS="10" if cached else "0",
                    LOG_LEVEL="WARNING",
                ) as url:
                    for clients in options.clients:
                        print(
                            f"\n{workers} worker(s), {clients} clients, "
                            f"{'cached' if cached else 'uncached'}, {options.seconds:g} s each",
                            flush=True,
                        )
                        print(
                            f"  {'page':<28} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}"
                            f" {'errors':>7} {'ratio':>8}"
                        )
                        bare = None
                        for kind, address in addresses.items():
                            # One reader first: connections, templates and the page cache warm.
                            read_concurrently(url, [address], 1, 30, max_requests=2)
                            load = read_concurrently(
                                url, [address], clients, options.seconds, options.max_requests
                            )
                            bare = bare or load
                            print(row(kind, load, bare), flush=True)
                server_errors = [line for line in log.read_text().splitlines() if "Error" in line]
                if server_errors:
                    print(
                        f"  server log: {len(server_errors)} error lines, e.g. {server_errors[0]}"
                    )
    print(f"\nserver logs: {logs}")


if __name__ == "__main__":
    main()
