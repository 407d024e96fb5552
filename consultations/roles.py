"""What the platform's roles may see of comments in Django's permission
terms: Wagtail's site history shows a log entry only to those with a
permission on its model, so moderators and editors see the moderation log."""

from accounts.roles import ADMINISTRATORS, EDITORS, MODERATORS

COMMENT_PERMISSIONS = ["view_comment", "change_comment"]


def grant_comment_permissions(using="default", **kwargs):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    create_permissions(apps.get_app_config("consultations"), verbosity=0, using=using)
    permissions = Permission.objects.filter(
        content_type__app_label="consultations", codename__in=COMMENT_PERMISSIONS
    )
    for role in (MODERATORS, EDITORS, ADMINISTRATORS):
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.add(*permissions)
