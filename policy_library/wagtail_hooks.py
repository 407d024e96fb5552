"""What the policy library adds to the site: read it as the app's manifest."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.permissions import is_editor
from iris_site import hooks as iris_hooks
from iris_site.feeds import feed_urls
from policy_library import api, feeds, seeds, views
from policy_library.dashboard import UnreadableFilesPanel
from policy_library.models import DocumentType, LibraryDocumentPage, LibraryIndexPage
from policy_library.viewsets import UnreadableFilesReportViewSet


@hooks.register(iris_hooks.NAVIGATION)
def library_navigation():
    return iris_hooks.NavigationItem(
        label=_("Policy library"), page_model=LibraryIndexPage, order=30
    )


@hooks.register(iris_hooks.HOME_PANELS)
def recent_documents_panel():
    return iris_hooks.HomePanel(
        template_name="policy_library/includes/home_panel.html",
        get_context=views.recent_documents,
        order=30,
    )


@hooks.register(iris_hooks.SEARCHABLE)
def searchable_library_documents():
    return iris_hooks.SearchableContent(
        model=LibraryDocumentPage,
        label=_("Library document"),
        document=views.search_document,
        type_labels=dict(DocumentType.choices),
    )


@hooks.register(iris_hooks.DEMO_CONTENT)
def library_demo_content():
    return iris_hooks.DemoContent(name="policy library", load=seeds.load_library, order=130)


@hooks.register("register_admin_viewset")
def unreadable_files_report():
    return UnreadableFilesReportViewSet()


@hooks.register("construct_homepage_panels")
def unreadable_files_panel(request, panels):
    """Editors replace the files whose text could not be read."""
    if is_editor(request.user):
        panels.append(UnreadableFilesPanel())


@hooks.register(iris_hooks.PUBLIC_URLS)
def library_feed_urls():
    """The feed of new library documents, as RSS and Atom."""
    return iris_hooks.PublicUrls(
        prefix="feeds/library/", urlpatterns=feed_urls("library_feed", feeds.LibraryDocumentsFeed)
    )


@hooks.register(iris_hooks.API_ROUTERS)
def library_api():
    return iris_hooks.ApiRouter(prefix="library-documents/", router=api.router)
