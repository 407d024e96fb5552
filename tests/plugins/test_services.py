"""A test that needs a service runs where the environment names it, and
otherwise skips saying how to start it."""

SERVICE_TEST = """
import pytest

@pytest.mark.services({service!r})
def test_live_updates():
    pass
"""


def run(pytester, service):
    pytester.makepyfile(test_live=SERVICE_TEST.format(service=service))
    return pytester.runpytest("-p", "tests.plugins.services", "-p", "no:django", "-rs")


def test_test_needing_a_service_that_is_not_configured_skips_saying_how_to_start_it(
    pytester, settings
):
    settings.REDIS_URL = ""

    result = run(pytester, "redis")

    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(
        ['*needs redis, which is not configured: export REDIS_URL="$(scripts/services/redis)"*']
    )


def test_test_needing_a_configured_service_runs(pytester, settings):
    settings.REDIS_URL = "redis://127.0.0.1:6379/0"

    run(pytester, "redis").assert_outcomes(passed=1)


def test_unknown_service_fails_the_test(pytester):
    result = run(pytester, "memcached")

    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*unknown service 'memcached'; known: postgresql, redis*"])
