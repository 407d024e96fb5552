"""Enqueue the reminder to the owners of overdue peer-review recommendations.
Production runs it daily (docs/deployment.md)."""

from django.core.management.base import BaseCommand

from peer_reviews.tasks import remind_overdue_owners


class Command(BaseCommand):
    help = "E-mail the people responsible for overdue peer-review recommendations."

    def handle(self, *args, **options):
        result = remind_overdue_owners.enqueue()
        self.stdout.write(f"Enqueued {remind_overdue_owners.name} ({result.id}).")
