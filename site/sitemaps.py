"""``/sitemap.xml``: every public page of the site in every language, each
with its versions in the other languages (``xhtml:link rel="alternate"``), so
search engines send each reader to their own language."""

from itertools import groupby

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from iris_site.navigation import alternates


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap reads the default site's tree, one language; this one
    reads the trees of all its home page's translations."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Page.objects.none()
        for home in homes:
            in_any_tree |= Page.objects.descendant_of(home, inclusive=True)
        return (
            in_any_tree.live()
            .public()
            .order_by("translation_key", "path")
            .defer_streamfields()
            .select_related("locale")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """The URLs of one page of the sitemap, each with the alternates of
        its translations, read once per translation group."""
        pages = list(self.paginator.page(page).object_list)
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in={page.translation_key for page in pages})
            .select_related("locale")
            .order_by("translation_key")
        )
        links = {
            key: [
                {"lang_code": code, "location": url}
                for code, url in alternates(self.request, list(versions))
            ]
            for key, versions in groupby(translations, key=lambda page: page.translation_key)
        }
        urls = []
        for version in pages:
            for url in version.get_sitemap_urls(self.request):
                urls.append({**url, "alternates": links[version.translation_key]})
        last_modified = {url.get("lastmod") for url in urls}
        if last_modified and None not in last_modified:
            self.latest_lastmod = max(last_modified)
        return urls
