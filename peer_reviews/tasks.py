"""Background work of peer reviews: reminding the owners of overdue recommendations."""

from django_tasks import task

from peer_reviews.actions import RemindOverdueOwners


@task()
def remind_overdue_owners():
    """Run daily (``manage.py remind_overdue_recommendations`` from cron or a
    systemd timer): a slow mail server holds up no request."""
    return RemindOverdueOwners().execute()
