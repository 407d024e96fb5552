"""`scripts/demo` takes the port to serve on, and refuses what is not one
before it starts building anything."""

import subprocess
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[1] / "scripts" / "demo"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--port", "eighty"], "--port needs a number, not 'eighty'"),
        (["--port=80a"], "--port needs a number, not '80a'"),
        (["--colour"], "usage: scripts/demo [--port N]"),
    ],
)
def test_the_demo_refuses_a_port_that_is_not_a_number(arguments, message):
    run = subprocess.run([DEMO, *arguments], capture_output=True, text=True, timeout=30)

    assert run.returncode == 2
    assert message in run.stderr
    assert run.stdout == ""
