"""The consultation page's comments (the table of contents with each part's
count, the draft as a whole, each part's text, comment count, newest threads
and the control to comment, and the parts since removed), rendered once per
event of the consultation and kept in the cache as
one value: a page of hundreds of parts is otherwise rendered afresh for every
reader, and read back in hundreds of pieces. The key holds the consultation's
last public event number, which every visible change of its comments moves
on, and the page's revision, so nothing needs invalidating.

The rendering is the same for every reader who may (or may not) comment: what
one reader may do with each comment (reply, edit, co-sign, flag...) is left as
a marker that ``render_parts`` fills for that reader, so signed-in readers are
served from the cache too."""

import re
from dataclasses import dataclass

from django.core.cache import cache
from django.template.loader import get_template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from consultations import queries
from consultations.comment_fragments import render_fragments, with_replies
from consultations.models import Comment

# Threads shown on the consultation page for the draft as a whole and under each
# of its (often hundreds of) parts; the rest are a link away.
THREADS_ON_WHOLE_DRAFT = 3
THREADS_PER_PART = 1
# What no event tells about (an author's new name) shows at most this late.
TIMEOUT = 10 * 60
CONTROLS_TEMPLATE = "consultations/includes/comment_controls.html"
CONTROLS_MARKER = re.compile(r"<!--comment-controls:(\d+)-->")


@dataclass(frozen=True)
class SharedReader:
    """The reader the cached parts are rendered for: whether the control to
    comment shows is theirs (it is in the key); the controls of each comment
    are marked for every reader (``may_act``) and filled in per reader."""

    may_comment: bool
    may_act: bool = True


def comment_controls(viewer, urls, comment):
    """What ``viewer`` may do with ``comment`` as HTML, or the marker of it
    in parts rendered for every reader."""
    if isinstance(viewer, SharedReader):
        return format_html("<!--comment-controls:{}-->", comment.pk)
    return get_template(CONTROLS_TEMPLATE).render(
        {"comment": comment, "urls": urls, "controls": viewer.controls(comment)}
    )


def _key(page, viewer, after, language):
    shown = (
        page.pk,
        page.latest_revision_id,
        after,
        page.published_report is not None,
        viewer.may_comment,
        get_language(),
        timezone.get_current_timezone_name(),
        language,
    )
    return "consultations:page-sections:{}:{}:{}:{:d}:{:d}:{}:{}:{}".format(*shown)


def render_parts(page, viewer, urls, after, language=""):
    """``(table of contents, whole draft, the parts of the draft, parts no
    longer in it)`` as HTML, for the reader ``viewer`` of the page showing
    events up to ``after`` and the threads begun in ``language`` (all: ``""``):
    from the cache in one round trip, else rendered from a fixed number of
    queries and stored; then the comments' controls of this reader."""
    key = _key(page, viewer, after, language)
    sections = cache.get(key)
    if sections is None:
        sections = _render(page, SharedReader(viewer.may_comment), urls, language)
        cache.set(key, sections, TIMEOUT)
    if not viewer.may_act:
        # Readers who are not signed in may do nothing with a comment.
        return tuple(mark_safe("".join(section[::2])) for section in sections)
    controls = _controls(viewer, urls, [pk for section in sections for pk in section[1::2]])
    return tuple(
        mark_safe("".join(controls[piece] if odd else piece for odd, piece in _alternate(section)))
        for section in sections
    )


def _alternate(section):
    """The pieces of a section, each with whether it is a comment's id."""
    return ((number % 2 == 1, piece) for number, piece in enumerate(section))


def _controls(viewer, urls, pks):
    """``{pk: HTML}`` of the reader's controls of each comment shown, from one query."""
    comments = (
        Comment.objects.filter(pk__in=pks).select_related("parent").prefetch_related("cosignatures")
    )
    return {comment.pk: comment_controls(viewer, urls, comment) for comment in comments}


def _render(page, reader, urls, language):
    """The four sections, each as pieces: HTML, then a comment's id whose
    controls follow, then HTML again, and so on."""
    blocks = page.parts()
    by_part = queries.comments_by_part(
        page, THREADS_PER_PART, THREADS_ON_WHOLE_DRAFT, language=language
    )
    render_fragments(
        with_replies(comment for comments in by_part.values() for comment in comments.latest),
        answers_public=page.published_report is not None,
        part_names=page.part_names(),
    )
    context = {"comment_viewer": reader, "comment_urls": urls, "comment_language": language}
    contents = (
        get_template("consultations/includes/contents.html").render(
            {"contents": queries.draft_contents(page, by_part, language)}
        )
        if blocks
        else ""
    )
    whole_draft = get_template("consultations/includes/part_comments.html").render(
        {**context, "comments": by_part.get(queries.WHOLE_DRAFT) or queries.PartComments("")}
    )
    part = get_template("consultations/includes/draft_part_comments.html")
    parts = "".join(
        part.render(
            {
                **context,
                "block": block,
                "comments": by_part.get(block.id) or queries.PartComments(block.id),
            }
        )
        for block in blocks
    )
    current = {block.id for block in blocks} | {queries.WHOLE_DRAFT}
    removed = get_template("consultations/includes/removed_parts.html").render(
        {
            **context,
            # Comments keep the wording they answered, even of a part since removed.
            "removed_parts": [
                comments for part_id, comments in by_part.items() if part_id not in current
            ],
        }
    )
    return tuple(
        [int(piece) if odd else piece for odd, piece in _alternate(CONTROLS_MARKER.split(html))]
        for html in (contents, whole_draft, parts, removed)
    )
