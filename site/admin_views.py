"""Wagtail admin views the site serves in place of Wagtail's own, each for a
reason given in its docstring; the rules they apply stay in the apps' hooks."""

from django.http import Http404
from wagtail import hooks
from wagtail.admin.views import chooser
from wagtail.models import Page


class PageChooserBrowseView(chooser.BrowseView):
    """Wagtail's page chooser asks the ``construct_page_chooser_queryset``
    hooks which children to list but shows the page it browses from without
    asking them: that page is asked too, so a draft they hide is not found."""

    def get_object_list(self):
        pages = Page.objects.filter(pk=self.parent_page.pk)
        for hook in hooks.get_hooks("construct_page_chooser_queryset"):
            pages = hook(pages, self.request)
        if not pages.exists():
            raise Http404
        return super().get_object_list()
