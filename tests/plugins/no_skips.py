"""In CI every test runs: there a skipped test fails, naming itself and why it
skipped.

Locally a test may skip when something it needs is missing (a service that is
not configured, Chromium not installed). CI (``CI=true``, as .ci/run sets)
installs and starts all of them, so a skip there is a test that quietly
stopped testing."""

import os

import pytest


def in_ci():
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def as_failure(report, name):
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
    report.outcome = "failed"
    report.longrepr = f"{name} was skipped, but CI runs every test. {reason}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.skipped and not hasattr(report, "wasxfail") and in_ci():
        as_failure(report, item.nodeid)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if report.skipped and in_ci():
        as_failure(report, collector.nodeid)
    return report
