"""What site search adds to the site: read it as the app's manifest. The
content it searches comes from other apps, through the SEARCHABLE hook."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from iris_site import hooks as iris_hooks
from search import urls


@hooks.register(iris_hooks.PUBLIC_URLS)
def search_urls():
    return iris_hooks.PublicUrls(prefix="search/", urlpatterns=urls.urlpatterns)


@hooks.register(iris_hooks.NAVIGATION)
def search_navigation():
    return iris_hooks.NavigationItem(label=_("Search"), url_name="search_results", order=90)


@hooks.register("construct_homepage_panels")
def search_status_panel(request, panels):
    from search.admin import SearchStatusPanel

    panels.append(SearchStatusPanel())
