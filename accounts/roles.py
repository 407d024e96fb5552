"""The roles of the platform, as Django groups. ``sync_roles`` creates them
with their permissions after every migrate; object-level rules (which
institution an official acts for) live in ``accounts.permissions``."""

from django.utils.translation import gettext_lazy as _

PUBLIC_OFFICIALS = "Public officials"
CSO_MEMBERS = "CSO members"
MODERATORS = "Moderators"
EDITORS = "Editors"
ADMINISTRATORS = "Administrators"

ROLE_LABELS = {
    PUBLIC_OFFICIALS: _("Public official"),
    CSO_MEMBERS: _("CSO member"),
    MODERATORS: _("Moderator"),
    EDITORS: _("Editor"),
    ADMINISTRATORS: _("Administrator"),
}

# The permissions each role holds, as (app_label, codename). Page permissions
# for editors are granted on the root page, so they cover every locale's tree.
ROLE_PERMISSIONS = {
    PUBLIC_OFFICIALS: [("wagtailadmin", "access_admin")],
    CSO_MEMBERS: [],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("accounts", "view_organisation"),
        ("accounts", "view_membership"),
    ],
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("accounts", "add_organisation"),
        ("accounts", "change_organisation"),
        ("accounts", "view_organisation"),
        ("accounts", "verify_organisation"),
        ("accounts", "add_membership"),
        ("accounts", "change_membership"),
        ("accounts", "delete_membership"),
        ("accounts", "view_membership"),
        ("accounts", "add_organisationdescription"),
        ("accounts", "change_organisationdescription"),
        ("accounts", "delete_organisationdescription"),
        ("accounts", "view_organisationdescription"),
        ("iris_site", "add_policyarea"),
        ("iris_site", "change_policyarea"),
        ("iris_site", "view_policyarea"),
        ("iris_site", "add_scriptspelling"),
        ("iris_site", "change_scriptspelling"),
        ("iris_site", "delete_scriptspelling"),
        ("iris_site", "view_scriptspelling"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtail_localize", "submit_translation"),
        # Background tasks: read them, and try a failed one again.
        ("django_tasks_database", "view_dbtaskresult"),
        ("django_tasks_database", "change_dbtaskresult"),
    ],
}
ROLE_PERMISSIONS[ADMINISTRATORS] = [
    *ROLE_PERMISSIONS[EDITORS],
    ("accounts", "add_user"),
    ("accounts", "change_user"),
    ("accounts", "delete_user"),
    ("accounts", "view_user"),
    ("accounts", "delete_organisation"),
    ("auth", "add_group"),
    ("auth", "change_group"),
    ("auth", "view_group"),
    ("wagtailcore", "add_site"),
    ("wagtailcore", "change_site"),
    ("wagtailcore", "view_locale"),
    ("wagtailcore", "change_locale"),
    ("wagtailcore", "add_locale"),
]
# Whose model permissions Wagtail's first migrations give a group named Moderators.
WAGTAIL_MEDIA_APPS = ["wagtailimages", "wagtaildocs"]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
# Group names are unique and at most 150 characters; the id keeps two
# institutions of the same name apart.
OFFICIALS_GROUP_NAME = "Officials of {name} [{pk}]"


def officials_group_of(institution):
    """The group of ``institution``'s officials, created on first use: each
    feature grants it permissions on the institution's own part of the page
    tree, and the membership actions keep its members true to the confirmed
    memberships."""
    from django.contrib.auth.models import Group

    if institution.officials_group_id is not None:
        return institution.officials_group
    name = OFFICIALS_GROUP_NAME.format(name=institution.name[:110], pk=institution.pk)
    group, _created = Group.objects.get_or_create(name=name)
    type(institution).objects.filter(pk=institution.pk).update(officials_group=group)
    institution.officials_group = group
    return group


def sync_roles(using="default", **kwargs):
    """Create the role groups with their permissions (run after every migrate,
    so new permissions reach existing deployments)."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

    # post_migrate reaches this app before later apps have their permissions.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)

    # Wagtail's first migrations give groups named Moderators and Editors
    # pages, images and documents. Editors keep theirs and gain ours below;
    # moderators decide comments and read no drafts: they lose Wagtail's.
    for role, wanted in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        permissions = [
            permission
            for app_label, codename in wanted
            if (
                permission := Permission.objects.filter(
                    content_type__app_label=app_label, codename=codename
                ).first()
            )
            is not None
        ]
        group.permissions.add(*permissions)
        if role == MODERATORS:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label__in=WAGTAIL_MEDIA_APPS)
            )
            GroupPagePermission.objects.filter(group=group).delete()
            GroupCollectionPermission.objects.filter(group=group).delete()
    root = Page.get_first_root_node()
    if root is None:
        return
    for role in (EDITORS, ADMINISTRATORS):
        group = Group.objects.get(name=role)
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
