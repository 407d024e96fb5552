"""Feeds read back as a feed reader reads them: the entries of an RSS 2.0
or Atom document, whichever the response holds."""

from dataclasses import dataclass
from xml.etree import ElementTree

ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class Feed:
    title: str
    link: str
    language: str
    entries: list


@dataclass
class Entry:
    title: str
    link: str
    description: str


def read_feed(response):
    """The feed in ``response``, RSS 2.0 or Atom."""
    root = ElementTree.fromstring(response.content)
    if root.tag == "rss":
        channel = root.find("channel")
        return Feed(
            channel.findtext("title"),
            channel.findtext("link"),
            channel.findtext("language"),
            [
                Entry(item.findtext("title"), item.findtext("link"), item.findtext("description"))
                for item in channel.findall("item")
            ],
        )
    return Feed(
        root.findtext(f"{ATOM}title"),
        root.find(f"{ATOM}link[@rel='alternate']").get("href"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        [
            Entry(
                entry.findtext(f"{ATOM}title"),
                entry.find(f"{ATOM}link").get("href"),
                entry.findtext(f"{ATOM}summary") or "",
            )
            for entry in root.findall(f"{ATOM}entry")
        ],
    )
