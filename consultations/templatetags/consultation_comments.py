from django import template

from consultations import part_fragments
from consultations.wording import plain_text_html, word_diff
from iris_site.languages import language_name

register = template.Library()


@register.filter
def plain_text(text):
    """A comment's text: escaped, with its line breaks and http(s) links."""
    return plain_text_html(text or "")


@register.filter
def written_in(language_code):
    """The name, in the reader's language, of the language a comment was written in."""
    return language_name(language_code)


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
