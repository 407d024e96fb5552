from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeerReviewsConfig(AppConfig):
    name = "peer_reviews"
    verbose_name = _("Peer reviews")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.permissions import register_permission_policy

        from peer_reviews.models import Criterion, Framework, PeerReview, Standard
        from peer_reviews.permissions import PeerReviewPermissionPolicy
        from peer_reviews.roles import grant_review_permissions
        from peer_reviews.signals import framework_changed

        register_permission_policy(PeerReview, PeerReviewPermissionPolicy(PeerReview))
        post_migrate.connect(grant_review_permissions, sender=self)
        for model in (Framework, Standard, Criterion):
            post_save.connect(framework_changed, sender=model, dispatch_uid=f"{model}-saved")
            post_delete.connect(framework_changed, sender=model, dispatch_uid=f"{model}-deleted")
