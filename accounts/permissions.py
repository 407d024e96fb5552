"""Who may do what with accounts and organisations: the one policy that views,
admin screens and actions all ask."""

from accounts.models import Membership, Organisation
from accounts.roles import ADMINISTRATORS, EDITORS, MODERATORS, PUBLIC_OFFICIALS


def group_names(user):
    """The user's role names, read once per user object."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    if not hasattr(user, "_iris_group_names"):
        user._iris_group_names = frozenset(user.groups.values_list("name", flat=True))
    return user._iris_group_names


def has_role(user, role):
    return bool(getattr(user, "is_superuser", False) and user.is_active) or role in group_names(
        user
    )


def is_editor(user):
    return has_role(user, EDITORS) or has_role(user, ADMINISTRATORS)


def needs_short_idle_session(user):
    """Officials, moderators, editors and administrators are signed out after
    30 idle minutes: their sessions can change what the public reads."""
    return bool(getattr(user, "is_staff", False)) or any(
        has_role(user, role) for role in (PUBLIC_OFFICIALS, MODERATORS, EDITORS, ADMINISTRATORS)
    )


def speakable_organisations(user):
    """Organisations the user may sign contributions for."""
    if not getattr(user, "is_authenticated", False):
        return Organisation.objects.none()
    return Organisation.objects.filter(
        memberships__user=user, memberships__confirmed_at__isnull=False
    ).distinct()


def can_speak_for(user, organisation):
    return speakable_organisations(user).filter(pk=organisation.pk).exists()


def is_official_of(user, organisation):
    """A public official acts only for the one institution they belong to."""
    return (
        organisation.is_governmental
        and has_role(user, PUBLIC_OFFICIALS)
        and can_speak_for(user, organisation)
    )


def managed_organisations(user):
    if not getattr(user, "is_authenticated", False):
        return Organisation.objects.none()
    return Organisation.objects.filter(
        memberships__user=user,
        memberships__is_manager=True,
        memberships__confirmed_at__isnull=False,
    )


def can_decide_membership(user, membership: Membership):
    """Editors decide any membership; a confirmed manager decides those of
    their own organisation, but never their own."""
    if is_editor(user):
        return True
    if membership.user_id == getattr(user, "pk", None):
        return False
    return managed_organisations(user).filter(pk=membership.organisation_id).exists()
