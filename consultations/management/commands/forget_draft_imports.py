"""Enqueue the task that deletes the files of draft-import previews nobody
saved within a day. Production runs it daily (docs/deployment.md); each new
upload enqueues it too."""

from django.core.management.base import BaseCommand

from consultations.draft_import.tasks import forget_unsaved_imports


class Command(BaseCommand):
    help = "Delete the uploaded files of draft-import previews older than a day."

    def handle(self, *args, **options):
        result = forget_unsaved_imports.enqueue()
        self.stdout.write(f"Enqueued {forget_unsaved_imports.name} ({result.id}).")
