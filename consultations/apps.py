from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultations")

    def ready(self):
        from django.db.models.signals import post_migrate
        from wagtail.permissions import register_permission_policy

        from consultations import comment_views, live, report_views
        from consultations.models import Comment, ConsultationPage
        from consultations.roles import grant_comment_permissions
        from consultations.viewsets import CommentModerationPolicy

        register_permission_policy(Comment, CommentModerationPolicy(Comment))
        post_migrate.connect(grant_comment_permissions, sender=self)

        from wagtail.signals import page_published

        from consultations.subscriptions.receivers import announce_first_publication

        page_published.connect(
            announce_first_publication,
            sender=ConsultationPage,
            dispatch_uid="consultations.announce_first_publication",
        )
        live.connect_receivers()
        # The page model imports no views (they import the models): its routes
        # get them here.
        ConsultationPage.comment_views = comment_views
        ConsultationPage.report_views = report_views
