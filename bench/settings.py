"""The site's settings as the benches' servers run them: one more URL, the
bare Django view of bench/urls.py, and comment rate limits raised so that a
few hundred people can post for a minute (bench/comments.py)."""

from iris_site.settings import *  # noqa: F403 - the site's settings, as they are

ROOT_URLCONF = "bench.urls"
IRIS_COMMENT_RATE_LIMITS = ((60, 10_000), (3600, 100_000))
