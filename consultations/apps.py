from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import page_published, post_page_move

        from accounts.signals import membership_confirmed
        from consultations import comment_views, legaldocml_views, live, report_views, version_views
        from consultations.actions import sections
        from consultations.models import Comment, ConsultationPage, InstitutionConsultationsPage
        from consultations.roles import grant_comment_permissions
        from consultations.subscriptions.receivers import announce_first_publication
        from consultations.viewsets import CommentModerationPolicy

        register_permission_policy(Comment, CommentModerationPolicy(Comment))
        post_migrate.connect(grant_comment_permissions, sender=self)
        page_published.connect(
            announce_first_publication,
            sender=ConsultationPage,
            dispatch_uid="consultations.announce_first_publication",
        )
        live.connect_receivers()
        # Officials' page permissions follow their institution's section.
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
        # The page model imports no views (they import the models): its routes
        # get them here.
        ConsultationPage.comment_views = comment_views
        ConsultationPage.report_views = report_views
        ConsultationPage.version_views = version_views
        ConsultationPage.legaldocml_views = legaldocml_views
