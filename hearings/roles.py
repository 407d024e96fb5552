"""What editors may do with the people events name, in Django's permission
terms: they keep speakers and Members of the European Parliament and
translate speakers' positions with wagtail-localize."""

from accounts.roles import ADMINISTRATORS, EDITORS

PEOPLE_PERMISSIONS = [
    f"{action}_{model}"
    for model in ["person", "personrole", "memberofparliament"]
    for action in ["add", "change", "view", "delete"]
]


def grant_people_permissions(using="default", **kwargs):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    create_permissions(apps.get_app_config("hearings"), verbosity=0, using=using)
    permissions = Permission.objects.filter(
        content_type__app_label="hearings", codename__in=PEOPLE_PERMISSIONS
    )
    for role in (EDITORS, ADMINISTRATORS):
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.add(*permissions)
