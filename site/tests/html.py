"""Reading rendered pages in tests, as a reader finds their parts."""

import re


def section(response, labelled_by):
    """The inside of the ``<section>`` labelled by the heading with the id
    ``labelled_by``, or None when the page leaves it out."""
    found = re.search(
        rf'<section [^>]*aria-labelledby="{re.escape(labelled_by)}"[^>]*>(.*?)</section>',
        response.content.decode(),
        re.DOTALL,
    )
    return found and found.group(1)
