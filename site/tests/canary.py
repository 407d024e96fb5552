"""The shell's private kinds for the canary test (tests/canary.py): a
background task that failed, whose error and arguments may quote anything
the task was working on. Editors read them; nobody else."""

from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.canary import ROLES, Planted, planter


@planter
def plant_failed_task(home_page, canary):
    error = canary("error of a failed background task")
    argument = canary("argument of a failed background task")
    result = DBTaskResult.objects.create(
        status=TaskResultStatus.FAILED,
        task_path="iris_site.tests.worker_tasks.fail_while_blocked",
        args_kwargs={"args": [argument], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now(),
        finished_at=timezone.now(),
        exception_class_path="builtins.RuntimeError",
        traceback=f"RuntimeError: {error}",
        worker_ids=["canary"],
    )
    return Planted(objects={result}, hidden_from={error: ROLES, argument: ROLES})
