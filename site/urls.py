from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from iris_site import admin_views, api, hooks, views
from iris_site.sitemaps import MultilingualSitemap

handler429 = views.too_many_requests

urlpatterns = [
    # The admin signs in through the site's log-in, which requires a confirmed
    # e-mail address and throttles failed attempts.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    # The page chooser, browsing only from pages its hooks let the person see.
    path(
        "admin/choose-page/",
        require_admin_access(admin_views.PageChooserBrowseView.as_view()),
        name="wagtailadmin_choose_page",
    ),
    path(
        "admin/choose-page/<int:parent_page_id>/",
        require_admin_access(admin_views.PageChooserBrowseView.as_view()),
        name="wagtailadmin_choose_page_child",
    ),
    # Asked only when publishing: refused to those who may not publish the page.
    path(
        "admin/pages/workflow/confirm_cancellation/<id:page_id>/",
        require_admin_access(admin_views.confirm_workflow_cancellation),
        name="wagtailadmin_pages_confirm_workflow_cancellation",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", api.build().urls),
    path("api/wagtail/v2/", api.wagtail_api().urls),
    path("healthz", views.health, name="health"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    *[
        path(contribution.prefix, include(list(contribution.urlpatterns)))
        for contribution in hooks.contributions(hooks.PUBLIC_URLS)
    ],
    path("", include(wagtail_urls)),
)

if settings.DEBUG:
    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
