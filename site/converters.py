"""Ids in URLs, query strings and socket frames: whole numbers a PostgreSQL
``bigint`` holds, so a hostile number is refused before it reaches the
database (SQLite raises OverflowError on one, PostgreSQL a DataError on some
lookups) and the reader gets a 404 or a 400, never a 500.

Project URL patterns write ``<id:page_id>``; the converter is registered when
the shell's app module is imported (``iris_site.apps``), before any app's
models are, because Wagtail's routable pages build their patterns as their
models are defined."""

LARGEST_ID = 2**63 - 1


def parse_id(value):
    """``value`` (a string of ASCII digits, or an int) as an id from 1 to
    LARGEST_ID, or None: "²" or "٣" pass ``str.isdigit`` but are no ids."""
    if isinstance(value, str):
        if not (value.isascii() and value.isdigit()) or len(value) > len(str(LARGEST_ID)):
            return None
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 1 <= value <= LARGEST_ID else None


class IdConverter:
    """``<id:name>``: as Django's ``<int:name>``, but an id out of range does
    not match, so the address answers 404."""

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = parse_id(value)
        if number is None:
            raise ValueError(f"{value!r} is not an id")
        return number

    def to_url(self, value):
        return str(value)
