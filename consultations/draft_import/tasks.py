"""Background work of the draft import: forgetting the files of previews that
nobody saved."""

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from consultations.draft_import.forms import KEPT_UPLOAD_SECONDS, KEPT_UPLOADS
from iris_site.storage import private_storage


@task()
def forget_unsaved_imports():
    """Delete each kept upload older than its signed reference can be: nobody
    can save that preview any more. Returns how many files went."""
    storage = private_storage()
    if not storage.exists(KEPT_UPLOADS):
        return 0
    cutoff = timezone.now() - timedelta(seconds=KEPT_UPLOAD_SECONDS)
    deleted = 0
    folders, _files = storage.listdir(KEPT_UPLOADS)
    for folder in folders:
        path = f"{KEPT_UPLOADS}/{folder}"
        _folders, names = storage.listdir(path)
        old = [name for name in names if storage.get_modified_time(f"{path}/{name}") < cutoff]
        for name in old:
            storage.delete(f"{path}/{name}")
        deleted += len(old)
        if len(old) == len(names):
            storage.delete(path)
    return deleted
