"""What the browser tests promise: a page that breaks the site's rules fails
the test that visits it, naming what broke."""

import re

import pytest

pytestmark = pytest.mark.browser

PAGE = (
    '<!DOCTYPE html><html lang="en"><head><title>A page</title></head>'
    "<body><main><h1>A page</h1>{}</main></body></html>"
)
CSP = "default-src 'self'; script-src 'self'; img-src 'self' data:"
PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


@pytest.mark.parametrize(
    ("fragment", "reported"),
    [
        (
            "<script>document.title = 'changed'</script>",
            "violates the following Content Security Policy",
        ),
        (f'<img src="{PIXEL}">', "axe image-alt (critical)"),
        ('<script src="/static/missing.js"></script>', "404 for "),
    ],
    ids=["inline-script-refused-by-csp", "image-without-text", "missing-file"],
)
def test_page_breaking_a_rule_fails_the_visit(visitor, fragment, reported):
    visitor.page.route(
        "**/a-page/",
        lambda route: route.fulfill(
            body=PAGE.format(fragment),
            content_type="text/html",
            headers={"Content-Security-Policy": CSP},
        ),
    )

    with pytest.raises(AssertionError, match=re.escape(reported)):
        visitor.visit("/a-page/")
