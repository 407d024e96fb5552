"""``@pytest.mark.services("redis", ...)``: the test needs these services as
the environment names them to the settings.

Without one, the test skips locally and says which script starts it; CI starts
every service, and tests/plugins/no_skips.py fails a skip there."""

import pytest

# name: (is it configured, given the settings; how to configure it)
SERVICES = {
    "postgresql": (
        lambda settings: settings.DATABASE_ENGINE == "postgresql",
        'export DATABASE_URL="$(scripts/services/postgres)"',
    ),
    "redis": (
        lambda settings: bool(settings.REDIS_URL),
        'export REDIS_URL="$(scripts/services/redis)"',
    ),
    "opensearch": (
        lambda settings: settings.SEARCH_URL.startswith("opensearch"),
        'export SEARCH_URL="$(scripts/services/opensearch)"',
    ),
}


def pytest_runtest_setup(item):
    from django.conf import settings

    for marker in item.iter_markers("services"):
        for name in marker.args:
            if name not in SERVICES:
                pytest.fail(
                    f"unknown service {name!r}; known: {', '.join(SERVICES)}", pytrace=False
                )
            configured, how = SERVICES[name]
            if not configured(settings):
                pytest.skip(f"needs {name}, which is not configured: {how}")
