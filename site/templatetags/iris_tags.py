from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html

from iris_site import exports, hooks, languages
from iris_site.navigation import language_links, navigation_items, page_languages, site_name

register = template.Library()


@register.inclusion_tag("iris_site/includes/navigation.html", takes_context=True)
def main_navigation(context):
    return {"items": navigation_items(context["request"])}


@register.inclusion_tag("iris_site/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": language_links(context["request"], context.get("page"))}


@register.inclusion_tag("iris_site/includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """``<link rel="alternate" hreflang>`` to the page's versions in other languages."""
    page = context.get("page")
    alternates = page_languages(context["request"], page)["alternates"] if page else []
    return {"alternates": alternates}


@register.inclusion_tag("iris_site/includes/panels.html", takes_context=True)
def header_panels(context):
    return {"panels": hooks.panels(hooks.HEADER_PANELS, context["request"])}


@register.inclusion_tag("iris_site/includes/panels.html", takes_context=True)
def related_panels(context, subject):
    """The sections other apps relate to ``subject`` (a page or an
    organisation) through the ``RELATED_PANELS`` hook."""
    return {"panels": hooks.panels(hooks.RELATED_PANELS, context["request"], subject)}


@register.simple_tag(name="site_name", takes_context=True)
def site_name_tag(context):
    return site_name(context["request"])


@register.simple_tag(takes_context=True)
def readers_pageurl(context, page):
    """``pageurl`` for lists that show pages of other languages: the page's
    address under the reader's language prefix, where it is shown with its note."""
    return languages.url_in_language(page, translation.get_language(), context.get("request"))


@register.inclusion_tag("iris_site/includes/language_note.html")
def language_note(page):
    """The note on a page, or an item of a list, shown in another language
    than the reader's, naming both; nothing otherwise."""
    if not languages.is_shown_in_other_language(page):
        return {}
    content_language = languages.language_of(page)
    return {
        "content_language": content_language,
        "language": languages.language_name(content_language),
        "readers_language": languages.language_name(translation.get_language()),
    }


@register.filter
def shown_in_other_language(page):
    return languages.is_shown_in_other_language(page)


@register.filter
def content_lang(page):
    """A ``lang`` attribute for text of ``page`` shown in another language
    than the reader's, so that a screen reader speaks it in its own."""
    if not languages.is_shown_in_other_language(page):
        return ""
    return format_html(' lang="{}"', languages.language_of(page))


@register.inclusion_tag("iris_site/includes/open_data_licence.html")
def open_data_licence():
    """The sentence under a download link that names the data's licence."""
    return {"licence": exports.licence()}


@register.inclusion_tag("iris_site/includes/feed_links.html")
def feed_links(name, *args, query="", head=False):
    """RSS and Atom links to the feed named ``name`` (``<name>_rss`` and
    ``<name>_atom``, with ``args``), with ``query`` (the page's filters): in
    the page's head, or visible ("Subscribe: RSS · Atom")."""
    suffix = f"?{query}" if query else ""
    return {
        "rss": reverse(f"{name}_rss", args=args) + suffix,
        "atom": reverse(f"{name}_atom", args=args) + suffix,
        "head": head,
    }
