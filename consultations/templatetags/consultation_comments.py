from django import template

from consultations import part_fragments
from consultations.wording import plain_text_html, word_diff

register = template.Library()


@register.filter
def plain_text(text):
    """A comment's text: escaped, with its line breaks and http(s) links."""
    return plain_text_html(text or "")


@register.filter
def amendment_changes(comment):
    """The amendment's proposed wording against the part as worded when it was made."""
    return word_diff(comment.part_text, comment.proposed_text)


@register.simple_tag(takes_context=True)
def comment_controls(context, comment):
    """What the reader of this page may do with ``comment``: the controls
    around the shared comment fragment (a marker of them in the parts cached
    for every reader, ``consultations.part_fragments``)."""
    return part_fragments.comment_controls(
        context["comment_viewer"], context["comment_urls"], comment
    )
