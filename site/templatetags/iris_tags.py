from django import template

from iris_site import hooks
from iris_site.navigation import language_links, navigation_items

register = template.Library()


@register.inclusion_tag("iris_site/includes/navigation.html", takes_context=True)
def main_navigation(context):
    return {"items": navigation_items(context["request"])}


@register.inclusion_tag("iris_site/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": language_links(context["request"], context.get("page"))}


@register.inclusion_tag("iris_site/includes/related_panels.html", takes_context=True)
def related_panels(context, subject):
    """The sections other apps relate to ``subject`` (a page or an
    organisation) through the ``RELATED_PANELS`` hook."""
    return {"panels": hooks.panels(hooks.RELATED_PANELS, context["request"], subject)}
