"""Every change to memberships and organisations: views, the admin, and the
demo seeds call these, so each path checks, writes and logs the same way."""

import json

from allauth.account.models import EmailAddress
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry, Revision
from wagtail.users.models import UserProfile

from accounts import permissions, signals
from accounts.models import Membership
from accounts.roles import CSO_MEMBERS, PUBLIC_OFFICIALS, officials_group_of
from iris_site import hooks


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


# Where the audit trail may have written a person's name or e-mail address:
# the label and data of Wagtail's log entries, Django admin's log, and the
# title and content of revisions (of an object named after them, say).
AUDIT_FIELDS = (
    (ModelLogEntry, ("label", "data")),
    (PageLogEntry, ("label", "data")),
    (LogEntry, ("object_repr", "change_message")),
    (Revision, ("object_str", "content")),
)


def _forget_in_audit(replacements):
    """Replace each ``{old: new}`` in the audit trail: the rows keep the
    action, its time and its subject, not the words that named the person.
    A JSON field is matched on its text, where non-ASCII letters may be
    escaped (``\\u00eb``) as well as written out."""
    spellings = {}
    for old, new in replacements.items():
        spellings[old] = new
        spellings[json.dumps(old)[1:-1]] = json.dumps(new)[1:-1]
    for model, fields in AUDIT_FIELDS:
        texts = {}
        for field_name in fields:
            field = model._meta.get_field(field_name)
            texts[field_name] = (
                f"{field_name}_text" if isinstance(field, models.JSONField) else field_name
            )
        rows = model.objects.annotate(
            **{
                text: Cast(field_name, models.TextField())
                for field_name, text in texts.items()
                if text != field_name
            }
        )
        matching = models.Q()
        for old in spellings:
            for text in texts.values():
                matching |= models.Q(**{f"{text}__contains": old})
        for row in rows.filter(matching):
            for field_name in fields:
                value = getattr(row, field_name)
                if isinstance(value, str):
                    setattr(row, field_name, _replaced(value, spellings))
                elif value is not None:
                    setattr(
                        row,
                        field_name,
                        json.loads(_replaced(json.dumps(value), spellings)),
                    )
            model.objects.filter(pk=row.pk).update(
                **{field_name: getattr(row, field_name) for field_name in fields}
            )


def _replaced(text, spellings):
    for old in sorted(spellings, key=len, reverse=True):
        text = text.replace(old, spellings[old])
    return text


class AccountAlreadyDeleted(ValidationError):
    pass


class DeleteAccount:
    """A person deletes their account. Each app erases what it holds about
    them (the PERSONAL_DATA hook: registrations and subscriptions go; with
    ``remove_contributions`` the text of their comments goes too, leaving a
    tombstone); their memberships, e-mail addresses and avatar go; the audit
    trail keeps what was done but not their name. The account row stays,
    without a name, an address or a usable password, so that the comments
    they leave keep an author: the site shows "Former participant"."""

    def __init__(self, user, remove_contributions=False):
        self.user = user
        self.remove_contributions = remove_contributions

    def execute(self):
        user = self.user
        if user.is_erased:
            raise AccountAlreadyDeleted(
                _("This account has already been deleted."), code="already_deleted"
            )
        with transaction.atomic():
            names = {user.get_full_name(), f"{user.last_name}, {user.first_name}"}
            addresses = {
                user.email,
                *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
            }
            for contribution in hooks.ordered(hooks.PERSONAL_DATA):
                contribution.erase(user, self.remove_contributions)
            user.memberships.all().delete()
            EmailAddress.objects.filter(user=user).delete()
            for profile in UserProfile.objects.filter(user=user):
                if profile.avatar:
                    profile.avatar.delete(save=False)
                profile.delete()
            user.groups.clear()
            user.user_permissions.clear()
            user.email = f"former-{user.pk}@invalid"
            user.first_name = user.last_name = ""
            user.set_unusable_password()
            user.is_active = user.is_staff = user.is_superuser = False
            user.speaking_for = None
            user.erased_at = timezone.now()
            user.save()
            former = user.get_full_name()
            replacements = {name: former for name in names if name.strip(", ")}
            replacements.update({address: user.email for address in addresses if address})
            _forget_in_audit(replacements)
            log(instance=user, action="accounts.account.delete", user=user)
        return user
