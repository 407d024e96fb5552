"""RSS 2.0 and Atom feeds of pages, on Django's syndication framework: what
every feature app's ``feeds.py`` shares. A feed lists live, public pages in
the reader's language (``readers_versions``), each linked by its absolute
address under the reader's language prefix, as the index pages link them.

A feature app subclasses ``PageFeed``, names its pages in ``pages(obj)`` and
mounts both formats with ``feed_urls`` through the ``PUBLIC_URLS`` hook."""

from django.contrib.syndication.views import Feed
from django.urls import path
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed

from iris_site.languages import url_in_language

FEED_SIZE = 30


class PageFeed(Feed):
    """A feed of pages. ``get_object`` keeps the request, so that the items'
    links are absolute and in the reader's language."""

    size = FEED_SIZE

    def get_object(self, request, *args, **kwargs):
        """What the feed is about (a consultation, the filters chosen), with
        the request: a subclass returns its own ``FeedSubject``."""
        return FeedSubject(request)

    def pages(self, obj):
        raise NotImplementedError

    def items(self, obj):
        pages = list(self.pages(obj)[: self.size])
        language = translation.get_language()
        for page in pages:
            page.feed_link = obj.request.build_absolute_uri(
                url_in_language(page, language, obj.request)
            )
        return pages

    def link(self, obj):
        return obj.request.build_absolute_uri(obj.link)

    def item_title(self, page):
        return page.title

    def item_link(self, page):
        return page.feed_link

    def item_description(self, page):
        return getattr(page, "summary", "")

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at


class FeedSubject:
    """The request a feed answers and the page it stands for (``link``)."""

    def __init__(self, request, link="/", **details):
        self.request = request
        self.link = link
        self.__dict__.update(details)


def atom(feed_class):
    """The Atom version of an RSS ``feed_class``: its description as subtitle."""
    return type(
        f"Atom{feed_class.__name__}",
        (feed_class,),
        {"feed_type": Atom1Feed, "subtitle": lambda self, obj: self.description(obj)},
    )


def feed_urls(name, feed_class, prefix=""):
    """``<prefix>rss/`` and ``<prefix>atom/``, named ``<name>_rss`` and ``<name>_atom``."""
    return [
        path(f"{prefix}rss/", feed_class(), name=f"{name}_rss"),
        path(f"{prefix}atom/", atom(feed_class)(), name=f"{name}_atom"),
    ]
