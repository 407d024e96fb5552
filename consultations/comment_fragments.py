"""The shared comment fragment, rendered once per wording and kept in the
cache: a consultation page shows hundreds of comments, and most of them have
not changed since the last reader. The key is a digest of everything the
fragment shows (and the language and time zone it is shown in), so a change
to any of it renders the comment afresh; nothing needs invalidating."""

import hashlib

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

TEMPLATE = "consultations/includes/comment.html"
TIMEOUT = 24 * 60 * 60


def _key(comment):
    answer = comment.public_answer
    shown = (
        comment.pk,
        comment.parent_id,
        comment.kind,
        comment.state,
        comment.text,
        comment.language,
        comment.proposed_text,
        comment.part_name,
        comment.part_text,
        comment.moderation_reason,
        comment.created_at,
        comment.edited_at,
        comment.withdrawn_at,
        comment.attachment.name,
        comment.author.get_full_name(),
        comment.organisation.localized_name if comment.organisation_id else "",
        [cosignature.organisation.localized_name for cosignature in comment.cosignatures.all()],
        (answer.outcome, answer.reasoning) if answer else None,
        get_language(),
        timezone.get_current_timezone_name(),
    )
    digest = hashlib.sha256(repr(shown).encode()).hexdigest()
    return f"consultations:comment-fragment:{digest}"


def with_replies(threads):
    """The top-level comments of ``threads`` and their prefetched replies."""
    return [comment for thread in threads for comment in (thread, *thread.visible_replies)]


def render_fragments(comments, answers_public=False, part_names=None):
    """Set ``comment.fragment`` to the rendered fragment of each comment,
    from the cache where it holds one, in one round trip to it. The
    institution's answer is part of it once ``answers_public`` (the report is
    published): then it is public for every reader alike. ``part_names``
    (``ConsultationPage.part_names`` of the page shown) names each part in
    the page's language; a part not in it keeps the name it had when
    commented on."""
    part_names = part_names or {}
    for comment in comments:
        comment.public_answer = getattr(comment, "answer", None) if answers_public else None
        comment.part_name = part_names.get(comment.part_id) or comment.part_label
    keys = {comment.pk: _key(comment) for comment in comments}
    cached = cache.get_many(list(keys.values()))
    rendered = {}
    for comment in comments:
        key = keys[comment.pk]
        if key not in cached:
            rendered[key] = render_to_string(TEMPLATE, {"comment": comment})
        comment.fragment = mark_safe(cached.get(key) or rendered[key])
    if rendered:
        cache.set_many(rendered, timeout=TIMEOUT)
    return comments
