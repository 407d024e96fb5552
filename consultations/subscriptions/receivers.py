from django.db import transaction

from consultations.subscriptions.tasks import announce_consultation


def announce_first_publication(sender, instance, **kwargs):
    """On Wagtail's ``page_published``: a consultation published for the first
    time, in its original language, is announced once the publication commits.
    Later publications (edits, translations, republishing) announce nothing."""
    if instance.first_published_at != instance.last_published_at:
        return
    if instance.original.pk != instance.pk:
        return
    transaction.on_commit(lambda: announce_consultation.enqueue(instance.pk))
