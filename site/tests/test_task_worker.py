"""The production task backend: tasks kept in the database and run by the
worker process (``manage.py run_worker``), as a deployment runs it, against
the test database (PostgreSQL in CI)."""

import subprocess
import sys
import time

import pytest
from django.db import connection, transaction
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from iris_site.settings import BASE_DIR
from iris_site.tests.worker_tasks import note_run
from iris_site.worker import has_advisory_locks, is_alive
from tests.browser.live_site import server_environment

pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
WORKER = [sys.executable, "manage.py", "run_worker", "--no-reload", "--no-startup-delay"]
WORKER += ["--interval", "0.1"]


@pytest.fixture(autouse=True)
def database_backend(settings):
    settings.TASKS = DATABASE_BACKEND


def start_worker(*options):
    return subprocess.Popen(
        [*WORKER, *options],
        cwd=BASE_DIR,
        env=server_environment(TASKS_BACKEND=DATABASE_BACKEND["default"]["BACKEND"]),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def run_worker_until_idle():
    worker = start_worker("--batch")
    output, _ = worker.communicate(timeout=60)
    assert worker.returncode == 0, output
    return output


def wait_for(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


def runs(folder):
    path = folder / "runs"
    return path.read_text().count("ran") if path.exists() else 0


def test_a_task_queued_in_a_transaction_that_rolls_back_never_runs(tmp_path):
    undone, kept = tmp_path / "undone", tmp_path / "kept"
    undone.mkdir()
    kept.mkdir()
    with pytest.raises(RuntimeError), transaction.atomic():
        note_run.enqueue(str(undone))
        raise RuntimeError("the request failed after queuing the task")
    note_run.enqueue(str(kept))

    run_worker_until_idle()

    assert (runs(undone), runs(kept)) == (0, 1)
    assert list(DBTaskResult.objects.values_list("status", flat=True)) == [
        TaskResultStatus.SUCCESSFUL
    ]


def test_the_task_of_a_worker_killed_mid_run_runs_again(tmp_path):
    (tmp_path / "hold").touch()
    result = note_run.enqueue(str(tmp_path))
    killed = start_worker()
    wait_for((tmp_path / "started").exists)
    killed.kill()
    killed.wait()
    stranded = DBTaskResult.objects.get(pk=result.id)
    assert stranded.status == TaskResultStatus.RUNNING
    if has_advisory_locks():
        # PostgreSQL ends the killed worker's session as its socket closes.
        wait_for(lambda: not is_alive(stranded.worker_ids[-1]))

    (tmp_path / "hold").unlink()
    output = run_worker_until_idle()

    assert runs(tmp_path) == 1
    finished = DBTaskResult.objects.get(pk=result.id)
    assert finished.status == TaskResultStatus.SUCCESSFUL
    assert len(finished.worker_ids) == 2
    assert "1 queued again" in output


@pytest.mark.services("postgresql")
def test_a_running_worker_keeps_its_task_while_another_starts(tmp_path):
    assert connection.vendor == "postgresql"
    (tmp_path / "hold").touch()
    result = note_run.enqueue(str(tmp_path))
    busy = start_worker()
    try:
        wait_for((tmp_path / "started").exists)

        output = run_worker_until_idle()
        assert "queued again" not in output
        assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING

        (tmp_path / "hold").unlink()
        wait_for(
            lambda: DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL
        )
    finally:
        busy.terminate()
        busy.communicate(timeout=30)
    assert runs(tmp_path) == 1
