"""Writes of the shell that feature apps share."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale

from iris_site.worker import WorkerDied


class WriteOriginalText:
    """Writes the words of a record that is one row for every language (an
    organisation's description, a speaker's role) as first written, which
    wagtail-localize translates from: editors keep writing them on the
    record's own form, and the translations then show as out of date.
    Clearing the words removes them in every language."""

    def __init__(self, versions, field, text):
        self.versions = versions
        self.field = field
        self.text = text.strip()

    @transaction.atomic
    def execute(self):
        original = self.versions.order_by("pk").first()
        if not self.text:
            self.versions.all().delete()
        elif original is None:
            self.versions.create(locale=Locale.get_default(), **{self.field: self.text})
        elif getattr(original, self.field) != self.text:
            setattr(original, self.field, self.text)
            original.save(update_fields=[self.field])


class ReclaimAbandonedTasks:
    """Puts back in the queue the tasks left RUNNING by workers that are no
    longer alive (``iris_site.worker``), so they run again. A task whose
    worker died ``MAX_ATTEMPTS`` times is failed instead, with the reason,
    so that a task that kills its worker does not take every worker down."""

    MAX_ATTEMPTS = 3

    def __init__(self, is_alive, backend_name="default"):
        self.is_alive = is_alive
        self.backend_name = backend_name

    @transaction.atomic
    def execute(self):
        """The number of tasks queued again and failed."""
        running = DBTaskResult.objects.running().filter(backend_name=self.backend_name)
        abandoned = [
            result
            for result in running.select_for_update(skip_locked=True)
            if not self.is_alive(result.worker_ids[-1])
        ]
        retried = [result for result in abandoned if len(result.worker_ids) < self.MAX_ATTEMPTS]
        given_up = [result for result in abandoned if result not in retried]
        DBTaskResult.objects.filter(pk__in=[result.pk for result in retried]).update(
            status=TaskResultStatus.READY, started_at=None
        )
        DBTaskResult.objects.filter(pk__in=[result.pk for result in given_up]).update(
            status=TaskResultStatus.FAILED,
            finished_at=timezone.now(),
            exception_class_path=f"{WorkerDied.__module__}.{WorkerDied.__qualname__}",
            traceback=str(WorkerDied(self.MAX_ATTEMPTS)),
        )
        return len(retried), len(given_up)


class RetryTask:
    """Queues a failed task again, as it was first enqueued: the same row,
    so its earlier attempts stay on record."""

    def __init__(self, result):
        self.result = result

    def execute(self):
        queued = DBTaskResult.objects.filter(
            pk=self.result.pk, status=TaskResultStatus.FAILED
        ).update(
            status=TaskResultStatus.READY,
            run_after=timezone.now(),
            started_at=None,
            finished_at=None,
            exception_class_path="",
            traceback="",
        )
        if not queued:
            raise ValidationError(_("Only a task that failed can be tried again."))
