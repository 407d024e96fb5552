"""The task worker's life line: how one worker tells the others it is alive,
so that the tasks of a worker that was killed mid-run run again.

django-tasks-db marks a task RUNNING when a worker claims it and never looks
back: a worker killed by the kernel, a deploy or a lost machine leaves its
task RUNNING for ever. Each of our workers therefore holds a PostgreSQL
advisory lock named after its worker id, on a connection of its own, for as
long as it lives. PostgreSQL releases the lock when that connection ends,
however the process ended, so a RUNNING task whose worker's lock can be taken
belongs to a dead worker and goes back to the queue
(``iris_site.actions.ReclaimAbandonedTasks``).

On SQLite there are no advisory locks: one worker runs, and a task it left
RUNNING is reclaimed when it starts again (``only_worker``)."""

import zlib

from django.db import connections

# The first key of every worker's advisory lock, so that the project's locks
# do not meet locks that other code takes on the same database.
LOCK_NAMESPACE = 0x1715


class WorkerDied(Exception):
    """What a task whose worker died too often failed of."""

    def __init__(self, attempts):
        super().__init__(f"The worker running this task stopped {attempts} times.")


def lock_key(worker_id):
    """The second key of the lock: a stable 32-bit number from the worker id."""
    return zlib.crc32(worker_id.encode()) - 2**31


def has_advisory_locks(alias="default"):
    return connections[alias].vendor == "postgresql"


class LifeLine:
    """Held by a running worker: a connection of its own (Django's own
    connection is closed and reopened between tasks) holding the worker's lock."""

    def __init__(self, worker_id, alias="default"):
        self.worker_id = worker_id
        self.connection = connections.create_connection(alias)

    def __enter__(self):
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_lock(%s, %s)", [LOCK_NAMESPACE, lock_key(self.worker_id)]
            )
        return self

    def __exit__(self, *exc_info):
        self.connection.close()


def is_alive(worker_id, alias="default"):
    """Whether the worker ``worker_id`` still holds its lock. Taking the lock
    proves it dead; it is given back at once."""
    key = [LOCK_NAMESPACE, lock_key(worker_id)]
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", key)
        (taken,) = cursor.fetchone()
        if taken:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", key)
    return not taken
