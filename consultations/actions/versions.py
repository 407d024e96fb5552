"""The versions of the draft that follow the consultation: a new version with
its parts matched to the version before, the comments behind each change,
and publishing a version with its links."""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from consultations import permissions
from consultations.matching import compare
from consultations.models import DraftVersion, PartChange, VersionStage
from consultations.reports import answerable_comments
from consultations.routes import ANY_CONSULTATION, page_cache_tag
from consultations.version_reports import latest_version_rows, previous_version
from iris_site import page_cache

MAX_NOTE_LENGTH = 10_000


class VersionPermissionError(PermissionDenied):
    pass


def _check(user, consultation):
    if not permissions.can_revise_draft(user, consultation):
        raise VersionPermissionError(
            _(
                "Only officials of %(institution)s and the network's editors make the "
                "versions of this draft."
            )
            % {"institution": consultation.institution}
        )


def _stream(rows):
    return [
        {
            "type": "part",
            "value": {"kind": kind, "label": label, "title": title, "text": text},
            "id": part_id or str(uuid.uuid4()),
        }
        for part_id, kind, label, title, text in rows
    ]


class CreateVersion:
    """Save the parts an official confirmed in the matching preview as the
    next version. ``rows`` are ``(previous_id, kind, label, title, text)``:
    a part matched to a part of version ``based_on`` keeps its block id, an
    unmatched one is added. The consulted draft becomes version 1 when the
    first revision is made."""

    def __init__(self, consultation, rows, based_on, by, stage=VersionStage.REVISED, note=""):
        self.consultation = consultation.original
        self.rows = list(rows)
        self.based_on = based_on
        self.by = by
        self.stage = stage
        self.note = note.strip()

    def validate(self, number, previous):
        if number != self.based_on:
            raise ValidationError(
                _(
                    "Version %(number)d was saved while you checked the matching: start "
                    "again from it."
                )
                % {"number": number},
                code="stale",
            )
        if not self.rows:
            raise ValidationError(
                _("Keep at least one part: a version cannot be empty."), code="no_parts"
            )
        earlier = {row[0] for row in previous}
        matched = [row[0] for row in self.rows if row[0]]
        if len(matched) != len(set(matched)) or not set(matched) <= earlier:
            raise ValidationError(
                _("Match each part of version %(number)d to one new part at most.")
                % {"number": number},
                code="matched_twice",
            )
        if not matched:
            raise ValidationError(
                _(
                    "No part of the new version matches a part of version %(number)d. "
                    "Choose the matches, or check that the file is a version of this draft."
                )
                % {"number": number},
                code="no_match",
            )
        if self.stage not in VersionStage.values or self.stage == VersionStage.CONSULTED:
            raise ValidationError(_("Choose the stage of the new version."), code="stage")
        if len(self.note) > MAX_NOTE_LENGTH:
            raise ValidationError(
                _("Keep the note under %(limit)d characters.") % {"limit": MAX_NOTE_LENGTH},
                code="note",
            )

    def check(self):
        """Raise ValidationError when the version cannot be saved as it stands
        (the matching preview asks before the official confirms)."""
        number, previous = latest_version_rows(self.consultation)
        self.validate(number, previous)
        return number, previous

    def execute(self):
        _check(self.by, self.consultation)
        with transaction.atomic():
            # One new version at a time per consultation.
            DraftVersion.objects.select_for_update().filter(consultation=self.consultation).exists()
            number, previous = self.check()
            if number == 1 and not self.consultation.versions.exists():
                DraftVersion.objects.create(
                    consultation=self.consultation,
                    number=1,
                    stage=VersionStage.CONSULTED,
                    parts=_stream(previous),
                    created_by=self.by,
                )
            version = DraftVersion.objects.create(
                consultation=self.consultation,
                number=number + 1,
                stage=self.stage,
                note=self.note,
                parts=_stream(self.rows),
                created_by=self.by,
            )
            log(
                instance=self.consultation,
                action="consultations.version.create",
                user=self.by,
                data={"version": version.number, "parts": len(self.rows)},
            )
        return version


class LinkComments:
    """The official names the comments that led to the change of one part in
    ``version``; linking again replaces the earlier choice, none removes it.
    Only answerable comments of the same consultation may be linked."""

    def __init__(self, version, part_id, comments, by):
        self.version = version
        self.part_id = part_id
        self.comments = list(comments)
        self.by = by

    def validate(self):
        if self.version.number < 2:
            raise ValidationError(_("The consulted version changes nothing."), code="consulted")
        changed = {
            diff.part_id
            for diff in compare(previous_version(self.version).rows(), self.version.rows())
            if diff.is_change
        }
        if self.part_id not in changed:
            raise ValidationError(
                _("That part does not change in version %(number)d.")
                % {"number": self.version.number},
                code="unchanged_part",
            )
        ids = [comment.pk for comment in self.comments]
        linkable = set(
            answerable_comments(self.version.consultation)
            .filter(pk__in=ids)
            .values_list("pk", flat=True)
        )
        if not set(ids) <= linkable:
            raise ValidationError(
                _(
                    "Only published comments on this consultation, not replies or withdrawn "
                    "ones, can be linked to its changes."
                ),
                code="other_comments",
            )

    def execute(self):
        consultation = self.version.consultation
        _check(self.by, consultation)
        self.validate()
        with transaction.atomic():
            change, _created = PartChange.objects.get_or_create(
                version=self.version, part_id=self.part_id
            )
            change.comments.set(self.comments)
            if not self.comments:
                change.delete()
            log(
                instance=consultation,
                action="consultations.version.link",
                user=self.by,
                data={
                    "version": self.version.number,
                    "part": self.part_id,
                    "comments": [comment.pk for comment in self.comments],
                },
            )
            if self.version.is_published:
                page_cache.invalidate_on_commit(page_cache_tag(consultation), ANY_CONSULTATION)
        return change


class PublishVersion:
    """Make a version, what it changes and the comments behind each change
    public on the consultation's "what changed and why" page."""

    def __init__(self, version, by):
        self.version = version
        self.by = by

    def execute(self):
        consultation = self.version.consultation
        _check(self.by, consultation)
        if self.version.number < 2:
            raise ValidationError(
                _("The consulted version is public with the consultation."), code="consulted"
            )
        with transaction.atomic():
            if self.version.published_at is None:
                self.version.published_at = timezone.now()
                self.version.save(update_fields=["published_at"])
            log(
                instance=consultation,
                action="consultations.version.publish",
                user=self.by,
                data={"version": self.version.number},
            )
            page_cache.invalidate_on_commit(page_cache_tag(consultation), ANY_CONSULTATION)
        return self.version
