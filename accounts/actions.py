"""Every change to memberships and organisations: views, the admin, and the
demo seeds call these, so each path checks, writes and logs the same way."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from accounts import permissions, signals
from accounts.models import Membership
from accounts.roles import CSO_MEMBERS, PUBLIC_OFFICIALS, officials_group_of


class MembershipPermissionError(PermissionDenied):
    pass


def _role_for(organisation):
    return PUBLIC_OFFICIALS if organisation.is_governmental else CSO_MEMBERS


def _sync_role(user, role):
    """Keep the role group true to the user's confirmed memberships."""
    group, _created = Group.objects.get_or_create(name=role)
    holds_role = any(
        _role_for(membership.organisation) == role
        for membership in user.memberships.confirmed().select_related("organisation")
    )
    if holds_role:
        user.groups.add(group)
    else:
        user.groups.remove(group)
    user.__dict__.pop("_iris_group_names", None)


def _sync_groups(user, organisation):
    """Keep the user's role, and for an institution the group of its
    officials, true to their confirmed memberships: page permissions on the
    institution's part of the tree follow the group."""
    _sync_role(user, _role_for(organisation))
    if not organisation.is_governmental:
        return
    group = officials_group_of(organisation)
    if user.memberships.confirmed().filter(organisation=organisation).exists():
        user.groups.add(group)
    else:
        user.groups.remove(group)


class RequestMembership:
    """A person asks to be recognised as a member of an organisation."""

    def __init__(self, user, organisation, position=""):
        self.user = user
        self.organisation = organisation
        self.position = position

    def execute(self):
        if Membership.objects.filter(user=self.user, organisation=self.organisation).exists():
            raise ValidationError(
                _("You have already asked to join %(organisation)s.")
                % {"organisation": self.organisation},
                code="duplicate",
            )
        membership = Membership.objects.create(
            user=self.user, organisation=self.organisation, position=self.position
        )
        log(instance=membership, action="accounts.membership.request", user=self.user)
        return membership


class ConfirmMembership:
    """A manager of the organisation, or an editor, confirms a membership: from
    then on the person may speak for the organisation."""

    def __init__(self, membership, by, manager=None):
        self.membership = membership
        self.by = by
        self.manager = manager

    def execute(self):
        if not permissions.can_decide_membership(self.by, self.membership):
            raise MembershipPermissionError(
                _("Only the organisation's managers or the network's editors can confirm members.")
            )
        membership = self.membership
        changed = membership.confirmed_at is None or (
            self.manager is not None and self.manager != membership.is_manager
        )
        if not changed:
            return membership
        with transaction.atomic():
            if membership.confirmed_at is None:
                membership.confirmed_at = timezone.now()
                membership.confirmed_by = self.by
            if self.manager is not None:
                membership.is_manager = self.manager
            membership.save()
            _sync_groups(membership.user, membership.organisation)
            log(instance=membership, action="accounts.membership.confirm", user=self.by)
            signals.membership_confirmed.send(sender=Membership, membership=membership)
        return membership


class EndMembership:
    """A request is declined or a membership ends: the person no longer speaks
    for the organisation, and loses the role if it was their last tie."""

    def __init__(self, membership, by):
        self.membership = membership
        self.by = by

    def execute(self):
        membership = self.membership
        leaving_by_choice = membership.user_id == self.by.pk
        if not leaving_by_choice and not permissions.can_decide_membership(self.by, membership):
            raise MembershipPermissionError(
                _("Only the organisation's managers or the network's editors can remove members.")
            )
        with transaction.atomic():
            log(instance=membership, action="accounts.membership.end", user=self.by)
            user = membership.user
            if user.speaking_for_id == membership.organisation_id:
                user.speaking_for = None
                user.save(update_fields=["speaking_for"])
            membership.delete()
            _sync_groups(user, membership.organisation)


class UpdateProfile:
    """A person changes their name, the language of their e-mail, or the
    organisation their contributions are signed for: only one that has
    confirmed their membership."""

    FIELDS = ("first_name", "last_name", "preferred_language", "speaking_for")

    def __init__(self, user, **changes):
        unknown = set(changes) - set(self.FIELDS)
        if unknown:
            raise TypeError(f"UpdateProfile cannot change {', '.join(sorted(unknown))}.")
        self.user = user
        self.changes = changes

    def execute(self):
        organisation = self.changes.get("speaking_for")
        if organisation is not None and not permissions.can_speak_for(self.user, organisation):
            raise MembershipPermissionError(
                _("You can speak for %(organisation)s once it has confirmed your membership.")
                % {"organisation": organisation}
            )
        for field, value in self.changes.items():
            setattr(self.user, field, value)
        self.user.save(update_fields=list(self.changes))
        return self.user
