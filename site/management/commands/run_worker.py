"""Run the background tasks kept in the database (the production backend):
django-tasks-db's worker, which also puts back in the queue the tasks of
workers that died mid-run (``iris_site.worker``). Run one or more as their
own processes, beside the web server (docs/deployment.md)."""

import os
import threading

from django.db import connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from iris_site.actions import ReclaimAbandonedTasks
from iris_site.worker import LifeLine, has_advisory_locks, is_alive


class ReclaimingWorker(db_worker.Worker):
    """A worker that, while it lives, looks every ``reclaim_interval``
    seconds for the tasks of dead workers."""

    def __init__(self, *, reclaim_interval, **options):
        super().__init__(**options)
        self.reclaim_interval = reclaim_interval
        self.stopped = threading.Event()

    def run(self):
        if not has_advisory_locks():
            # Without advisory locks one worker runs: what it finds RUNNING as
            # it starts, its predecessor left.
            self.reclaim(is_alive=lambda worker_id: False)
            return super().run()
        with LifeLine(self.worker_id):
            self.reclaim(is_alive)
            watcher = threading.Thread(target=self.keep_reclaiming, daemon=True)
            watcher.start()
            try:
                return super().run()
            finally:
                self.stopped.set()

    def keep_reclaiming(self):
        while not self.stopped.wait(self.reclaim_interval):
            self.reclaim(is_alive)
        connections.close_all()

    def reclaim(self, is_alive):
        queued, failed = ReclaimAbandonedTasks(is_alive, self.backend_name).execute()
        if queued or failed:
            db_worker.logger.warning(
                "Tasks of stopped workers: %d queued again, %d failed.", queued, failed
            )


# The options of db_worker's Worker, and ours.
WORKER_OPTIONS = [
    "interval",
    "batch",
    "backend_name",
    "startup_delay",
    "max_tasks",
    "worker_id",
    "reclaim_interval",
]


class Command(db_worker.Command):
    help = "Run the background tasks kept in the database."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--reclaim-interval",
            type=db_worker.valid_interval,
            default=60,
            help="Seconds between looks for the tasks of stopped workers (default: %(default)r)",
        )

    def handle(self, *, verbosity, queue_name, reload, **options):
        self.configure_logging(verbosity)
        worker = ReclaimingWorker(
            queue_names=queue_name.split(","),
            **{name: options[name] for name in WORKER_OPTIONS},
        )
        if reload and not options["batch"]:
            # As db_worker does: only the reloader's child runs tasks.
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
