"""The network coordinators' role, and what the platform's roles may do with
peer reviews in Django's permission terms: coordinators and editors manage
frameworks and reviews in the admin and read every review in full."""

from accounts.roles import ADMINISTRATORS, EDITORS

NETWORK_COORDINATORS = "Network coordinators"

REVIEW_PERMISSIONS = [
    f"{action}_{model}"
    for model in ["framework", "standard", "peerreview"]
    for action in ["add", "change", "view", "delete"]
] + ["view_every_peer_review"]


def grant_review_permissions(using="default", **kwargs):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    create_permissions(apps.get_app_config("peer_reviews"), verbosity=0, using=using)
    permissions = Permission.objects.filter(
        content_type__app_label="peer_reviews", codename__in=REVIEW_PERMISSIONS
    )
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for role in (NETWORK_COORDINATORS, EDITORS, ADMINISTRATORS):
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.add(*permissions, admin_access)
