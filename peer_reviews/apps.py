from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeerReviewsConfig(AppConfig):
    name = "peer_reviews"
    verbose_name = _("Peer reviews")

    def ready(self):
        from django.db.models.signals import post_migrate
        from wagtail.permissions import register_permission_policy

        from peer_reviews.models import PeerReview
        from peer_reviews.permissions import PeerReviewPermissionPolicy
        from peer_reviews.roles import grant_review_permissions

        register_permission_policy(PeerReview, PeerReviewPermissionPolicy(PeerReview))
        post_migrate.connect(grant_review_permissions, sender=self)
