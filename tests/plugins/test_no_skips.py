"""A skipped test passes unnoticed on a developer's machine, and fails CI."""

import pytest

SKIPPING_TEST = """
import pytest

def test_finds_documents():
    pytest.skip("OpenSearch is not running")
"""

SKIPPING_MODULE = """
import pytest

pytest.skip("OpenSearch is not running", allow_module_level=True)

def test_finds_documents():
    pass
"""


def run(pytester, source):
    pytester.makepyfile(test_search=source)
    return pytester.runpytest("-p", "tests.plugins.no_skips", "-p", "no:django", "-rs")


def test_skipped_test_is_reported_as_skipped_outside_ci(pytester, monkeypatch):
    monkeypatch.delenv("CI", raising=False)

    run(pytester, SKIPPING_TEST).assert_outcomes(skipped=1)


def test_skipped_test_fails_in_ci_naming_itself_and_why(pytester, monkeypatch):
    monkeypatch.setenv("CI", "true")

    result = run(pytester, SKIPPING_TEST)

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*test_search.py::test_finds_documents was skipped, but CI runs every test.*"]
    )
    result.stdout.fnmatch_lines(["*OpenSearch is not running*"])


def test_skipped_module_fails_in_ci(pytester, monkeypatch):
    monkeypatch.setenv("CI", "true")

    result = run(pytester, SKIPPING_MODULE)

    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*test_search.py was skipped, but CI runs every test.*"])


@pytest.mark.parametrize("ci", ["", "false", "0"])
def test_ci_switched_off_allows_skips(pytester, monkeypatch, ci):
    monkeypatch.setenv("CI", ci)

    run(pytester, SKIPPING_TEST).assert_outcomes(skipped=1)
