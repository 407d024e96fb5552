from django_tasks import task

from consultations.actions.subscriptions import AnnounceConsultation
from consultations.models import ConsultationPage


@task()
def announce_consultation(page_id):
    """Tell the subscribers of a newly published consultation; run after the
    publication is committed, so a slow mail server does not hold the page up."""
    consultation = ConsultationPage.objects.filter(pk=page_id, live=True).first()
    if consultation is not None:
        AnnounceConsultation(consultation).execute()
