from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self):
        from django.db.models.signals import post_migrate
        from wagtail.permissions import register_permission_policy

        from consultations import live
        from consultations.models import Comment
        from consultations.roles import grant_comment_permissions
        from consultations.viewsets import CommentModerationPolicy

        register_permission_policy(Comment, CommentModerationPolicy(Comment))
        post_migrate.connect(grant_comment_permissions, sender=self)

        from wagtail.signals import page_published

        from consultations.models import ConsultationPage
        from consultations.subscriptions.receivers import announce_first_publication

        page_published.connect(
            announce_first_publication,
            sender=ConsultationPage,
            dispatch_uid="consultations.announce_first_publication",
        )
        live.connect_receivers()

        from django.db.models.signals import post_save
        from wagtail.signals import post_page_move

        from accounts.signals import membership_confirmed
        from consultations.actions import sections
        from consultations.models import InstitutionConsultationsPage

        post_save.connect(
            sections.section_saved,
            sender=InstitutionConsultationsPage,
            dispatch_uid="consultations.section_saved",
        )
        post_page_move.connect(
            sections.consultation_moved,
            sender=ConsultationPage,
            dispatch_uid="consultations.consultation_moved",
        )
        membership_confirmed.connect(
            sections.membership_confirmed, dispatch_uid="consultations.membership_confirmed"
        )
