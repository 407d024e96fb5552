"""The consultation page's parts (a part's text, its comment count, its newest
threads and the control to comment), rendered once per event of the
consultation and kept in the cache: a page of hundreds of parts is otherwise
rendered afresh for every reader. The key holds the consultation's last public
event number, which every visible change of its comments moves on, and the
page's revision, so nothing needs invalidating. Readers who may act on comments
see per-comment controls: their parts are rendered for them alone."""

from django.core.cache import cache
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from consultations import queries
from consultations.comment_fragments import render_fragments, with_replies

# Threads shown on the consultation page for the draft as a whole and under each
# of its (often hundreds of) parts; the rest are a link away.
THREADS_ON_WHOLE_DRAFT = 3
THREADS_PER_PART = 1
# What no event tells about (an author's new name) shows at most this late.
TIMEOUT = 10 * 60
WHOLE_DRAFT = "whole-draft"
REMOVED_PARTS = "removed-parts"


def _key_prefix(page, viewer, after):
    shown = (
        page.pk,
        page.latest_revision_id,
        after,
        page.published_report is not None,
        viewer.may_comment,
        get_language(),
        timezone.get_current_timezone_name(),
    )
    return "consultations:page-part:{}:{}:{}:{:d}:{:d}:{}:{}:".format(*shown)


def render_parts(page, viewer, urls, after):
    """``(whole draft, the parts of the draft, parts no longer in it)`` as
    HTML, for the reader ``viewer`` of the page showing events up to ``after``:
    from the cache in one round trip, the missing ones rendered from a fixed
    number of queries and stored."""
    sections = [WHOLE_DRAFT, *page.part_ids(), REMOVED_PARTS]
    shared = not viewer.may_act
    prefix = _key_prefix(page, viewer, after)
    keys = {section: prefix + section for section in sections}
    cached = cache.get_many(list(keys.values())) if shared else {}
    missing = [section for section in sections if keys[section] not in cached]
    if missing:
        rendered = _render(page, viewer, urls, set(missing))
        if shared:
            cache.set_many({keys[section]: rendered[section] for section in missing}, TIMEOUT)
        cached.update((keys[section], rendered[section]) for section in missing)
    html = [cached[keys[section]] for section in sections]
    return mark_safe(html[0]), mark_safe("".join(html[1:-1])), mark_safe(html[-1])


def _render(page, viewer, urls, sections):
    blocks = page.parts()
    by_part = queries.comments_by_part(page, THREADS_PER_PART, THREADS_ON_WHOLE_DRAFT)
    current = {block.id for block in blocks} | {queries.WHOLE_DRAFT}
    removed = [comments for part_id, comments in by_part.items() if part_id not in current]
    shown = {block.id for block in blocks if block.id in sections}
    if WHOLE_DRAFT in sections:
        shown.add(queries.WHOLE_DRAFT)
    render_fragments(
        with_replies(
            comment
            for part_id, comments in by_part.items()
            if part_id in shown or (part_id not in current and REMOVED_PARTS in sections)
            for comment in comments.latest
        ),
        answers_public=page.published_report is not None,
        part_names=page.part_names(),
    )
    context = {"comment_viewer": viewer, "comment_urls": urls}
    rendered = {}
    if WHOLE_DRAFT in sections:
        whole_draft = by_part.get(queries.WHOLE_DRAFT) or queries.PartComments("")
        rendered[WHOLE_DRAFT] = get_template("consultations/includes/part_comments.html").render(
            {**context, "comments": whole_draft}
        )
    part = get_template("consultations/includes/draft_part_comments.html")
    for block in blocks:
        if block.id in sections:
            comments = by_part.get(block.id) or queries.PartComments(block.id)
            rendered[block.id] = part.render({**context, "block": block, "comments": comments})
    if REMOVED_PARTS in sections:
        rendered[REMOVED_PARTS] = get_template("consultations/includes/removed_parts.html").render(
            {**context, "removed_parts": removed}
        )
    return rendered
