"""What site search adds to the site: read it as the app's manifest. The
content it searches comes from other apps, through the SEARCHABLE hook."""

from wagtail import hooks

from iris_site import hooks as iris_hooks
from search import urls, views


@hooks.register(iris_hooks.PUBLIC_URLS)
def search_urls():
    return iris_hooks.PublicUrls(prefix="search/", urlpatterns=urls.urlpatterns)


@hooks.register(iris_hooks.HEADER_PANELS)
def search_box():
    return iris_hooks.HeaderPanel(
        template_name="search/header_search.html", get_context=views.header_search_context
    )


@hooks.register("construct_homepage_panels")
def search_status_panel(request, panels):
    from search.admin import SearchStatusPanel

    panels.append(SearchStatusPanel())
