"""Tasks the worker tests enqueue: each leaves a trace in a folder the test
watches, so the test sees what ran and how often, from another process."""

import time
from pathlib import Path

from django_tasks import task


@task()
def note_run(folder):
    """Adds a line to ``folder/runs``; waits first while ``folder/hold``
    exists, after saying so in ``folder/started``."""
    folder = Path(folder)
    (folder / "started").touch()
    while (folder / "hold").exists():
        time.sleep(0.05)
    with (folder / "runs").open("a") as runs:
        runs.write("ran\n")


@task()
def fail_while_blocked(folder):
    """Fails while ``folder/blocked`` exists, with what it holds as the error."""
    blocked = Path(folder) / "blocked"
    if blocked.exists():
        raise RuntimeError(blocked.read_text())
    return "done"
