"""Background tasks in the admin: editors see those that failed, with their
error, on the dashboard and in the listing, and try them again; a queue that
no worker takes is pointed out; nobody else sees any of it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accounts.tests.factories import (
    InstitutionFactory,
    OrganisationFactory,
    editor,
    member_of,
    moderator,
)
from iris_site.management.commands.run_worker import ReclaimingWorker
from iris_site.tests.worker_tasks import fail_while_blocked

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def database_backend(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_queued_tasks():
    """What ``manage.py run_worker --batch`` does, in this process."""
    ReclaimingWorker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        reclaim_interval=60,
    ).run()


@pytest.fixture
def failed(tmp_path):
    (tmp_path / "blocked").write_text("The mail server refused the message.")
    result = fail_while_blocked.enqueue(str(tmp_path))
    run_queued_tasks()
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.FAILED
    return DBTaskResult.objects.get(pk=result.id)


def test_an_editor_sees_a_failed_task_with_its_error_and_tries_it_again(client, failed, tmp_path):
    client.force_login(editor())
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "fail_while_blocked" in dashboard
    assert "builtins.RuntimeError" in dashboard

    inspect = client.get(reverse("task_results:inspect", args=[failed.pk])).content.decode()
    assert "The mail server refused the message." in inspect
    assert "Try again" in inspect

    (tmp_path / "blocked").unlink()
    retried = client.post(reverse("task_results:retry", args=[failed.pk]), follow=True)
    assert "The task is queued again." in retried.content.decode()
    run_queued_tasks()

    failed.refresh_from_db()
    assert failed.status == TaskResultStatus.SUCCESSFUL
    assert failed.return_value == "done"
    assert "fail_while_blocked" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_listing_filters_by_status(client, failed, tmp_path):
    client.force_login(editor())
    index = reverse("task_results:index")
    assert "fail_while_blocked" in client.get(index, {"status": "FAILED"}).content.decode()
    assert "fail_while_blocked" not in client.get(index, {"status": "READY"}).content.decode()


def test_a_task_that_did_not_fail_is_not_tried_again(client, failed, tmp_path):
    (tmp_path / "blocked").unlink()
    client.force_login(editor())
    client.post(reverse("task_results:retry", args=[failed.pk]))
    run_queued_tasks()

    again = client.post(reverse("task_results:retry", args=[failed.pk]), follow=True)

    assert "Only a task that failed can be tried again." in again.content.decode()
    failed.refresh_from_db()
    assert failed.status == TaskResultStatus.SUCCESSFUL


def test_tasks_that_no_worker_takes_are_pointed_out(client, tmp_path):
    fail_while_blocked.enqueue(str(tmp_path))
    client.force_login(editor())
    assert "task worker" not in client.get(reverse("wagtailadmin_home")).content.decode()

    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=11))

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 task has waited more than 10 minutes" in dashboard
    assert "manage.py run_worker" in dashboard


@pytest.mark.parametrize(
    "person",
    [
        moderator,
        lambda: member_of(InstitutionFactory()),
        lambda: member_of(OrganisationFactory()),
    ],
    ids=["moderator", "official", "cso member"],
)
def test_nobody_else_sees_or_retries_tasks(client, failed, person):
    client.force_login(person())

    assert "fail_while_blocked" not in client.get(reverse("wagtailadmin_home")).content.decode()
    listing = client.get(reverse("task_results:index"))
    inspect = client.get(reverse("task_results:inspect", args=[failed.pk]))
    retry = client.post(reverse("task_results:retry", args=[failed.pk]))

    for response in (listing, inspect, retry):
        assert response.status_code in {302, 403}
        assert "refused the message" not in response.content.decode()
    failed.refresh_from_db()
    assert failed.status == TaskResultStatus.FAILED


def test_tasks_left_by_an_earlier_backend_still_show(client, failed, settings):
    """A site switched back to running tasks at once keeps its failed ones on record."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    client.force_login(editor())

    dashboard = client.get(reverse("wagtailadmin_home"))
    listing = client.get(reverse("task_results:index"))

    assert "fail_while_blocked" in dashboard.content.decode()
    assert "fail_while_blocked" in listing.content.decode()
