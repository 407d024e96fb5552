"""Which part of a new version of the draft is which part of the version
before, and what changed between two versions, part by part.

Parts are ``(id, kind, label, title, text)`` rows; a new part not yet
matched has an empty id. Pure functions: the import preview, the actions
and the public "what changed" page share them."""

import difflib
from dataclasses import dataclass, field

from consultations.wording import word_diff

# How alike two parts' wording must be (0 to 1, difflib's ratio of words) to
# be taken for the same part renumbered or moved; under a shared heading,
# half alike is enough.
SIMILAR = 0.6
SIMILAR_UNDER_SAME_HEADING = 0.5


def _words(row):
    _id, _kind, _label, title, text = row
    return f"{title}\n{text}".split()


def similarity(row, other):
    matcher = difflib.SequenceMatcher(None, _words(row), _words(other), autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR_UNDER_SAME_HEADING:
        return 0.0
    return matcher.ratio()


def propose_matches(previous, rows):
    """For each of ``rows`` (the new version's parts), the id of the part of
    ``previous`` it continues, or "" for a part added. Each earlier part is
    matched once at most: first by its id (a part edited in place), then by
    identical wording, then by heading and similar wording, then by similar
    wording alone, most alike first."""
    free = {row[0]: row for row in previous}
    matches = [""] * len(rows)

    def claim(position, previous_id):
        matches[position] = previous_id
        del free[previous_id]

    for position, row in enumerate(rows):
        if row[0] in free:
            claim(position, row[0])
    by_wording = {}
    for row in free.values():
        by_wording.setdefault((row[1], tuple(_words(row))), row[0])
    for position, row in enumerate(rows):
        previous_id = by_wording.get((row[1], tuple(_words(row))))
        if not matches[position] and _words(row) and previous_id in free:
            claim(position, previous_id)
    by_heading = {(row[1], row[2]): row for row in free.values() if row[2]}
    for position, row in enumerate(rows):
        earlier = by_heading.get((row[1], row[2]))
        if matches[position] or earlier is None or earlier[0] not in free:
            continue
        if similarity(row, earlier) >= SIMILAR_UNDER_SAME_HEADING:
            claim(position, earlier[0])
    candidates = sorted(
        (
            (similarity(row, earlier), position, earlier[0])
            for position, row in enumerate(rows)
            if not matches[position]
            for earlier in free.values()
            if earlier[1] == row[1]
        ),
        key=lambda candidate: (-candidate[0], candidate[1]),
    )
    for score, position, previous_id in candidates:
        if score >= SIMILAR and not matches[position] and previous_id in free:
            claim(position, previous_id)
    return matches


class PartStatus:
    UNCHANGED = "unchanged"
    RENUMBERED = "renumbered"
    CHANGED = "changed"
    ADDED = "added"
    DELETED = "deleted"


@dataclass
class PartDiff:
    """One part compared across two versions: ``before`` or ``after`` is None
    where it was added or deleted; ``title_changes`` and ``text_changes`` are
    ``wording.word_diff`` runs. ``comments`` are filled in by the read side."""

    part_id: str
    status: str
    before: tuple | None
    after: tuple | None
    title_changes: list = field(default_factory=list)
    text_changes: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    # The heading of the article a paragraph stands in ("Član 7."): "(3)"
    # alone says nothing to a reader of a long draft.
    within: str = ""

    @property
    def label(self):
        row = self.after or self.before
        return " ".join(filter(None, [self.within, row[2], row[3]]))

    @property
    def is_change(self):
        return self.status != PartStatus.UNCHANGED


def _status(before, after):
    if before is None:
        return PartStatus.ADDED
    if after is None:
        return PartStatus.DELETED
    if before[3:] != after[3:]:
        return PartStatus.CHANGED
    if before[1:3] != after[1:3]:
        return PartStatus.RENUMBERED
    return PartStatus.UNCHANGED


def compare(previous, rows):
    """Every part of ``rows`` compared with the part of ``previous`` that has
    its id, in the order of ``rows``; parts deleted since come after the part
    that preceded them."""
    earlier = {row[0]: row for row in previous}
    diffs = []
    for row in rows:
        before = earlier.get(row[0])
        diffs.append(_diff(row[0], before, row))
    kept = {row[0] for row in rows}
    for position, row in enumerate(previous):
        if row[0] in kept:
            continue
        preceding = next(
            (
                index
                for earlier_row in reversed(previous[:position])
                for index, diff in enumerate(diffs)
                if diff.part_id == earlier_row[0]
            ),
            -1,
        )
        diffs.insert(preceding + 1, _diff(row[0], row, None))
    article = ""
    for diff in diffs:
        _id, kind, label, _title, _text = diff.after or diff.before
        if kind == "article":
            article = label
        elif kind == "paragraph":
            diff.within = article
    return diffs


def _diff(part_id, before, after):
    diff = PartDiff(part_id, _status(before, after), before, after)
    if diff.status in (PartStatus.CHANGED, PartStatus.ADDED, PartStatus.DELETED):
        old, new = before or ("",) * 5, after or ("",) * 5
        if old[3] != new[3]:
            diff.title_changes = word_diff(old[3], new[3])
        diff.text_changes = word_diff(old[4], new[4])
    return diff
