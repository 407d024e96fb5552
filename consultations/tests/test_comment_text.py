"""Comment text is plain text: no HTML from users reaches a page unescaped,
whatever they write (a corpus of XSS payloads, and hypothesis's own)."""

import itertools
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from accounts.tests.factories import UserFactory
from consultations import comment_views
from consultations.actions import PostComment
from consultations.models import Comment, CommentKind
from consultations.tests.factories import CommentFactory, ConsultationPageFactory, articles
from consultations.wording import plain_text_html, word_diff

pytestmark = pytest.mark.django_db

TAGS = ["script", "img", "svg", "iframe", "a", "body", "div", "input", "math", "object"]
HANDLERS = ["onerror", "onload", "onclick", "onmouseover", "onfocus", "ONERROR", "OnLoad"]
SCHEMES = ["javascript:", "JaVaScRiPt:", "java\tscript:", " javascript:", "&#106;avascript:"]
CLASSICS = [
    "<script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<<script>script>alert(1)<</script>/script>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "<img src=x onerror=alert(1)//",
    "<svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=javascript:alert(1)>",
    "<style>@import 'http://evil/x.css';</style>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "javascript:alert(document.cookie)",
    'http://example.org/"onmouseover="alert(1)',
    "https://example.org/<script>alert(1)</script>",
    "https://example.org/'onerror='alert(1)",
    "http://x.org/?a=1&b=<img/src/onerror=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "{{ request }}{% debug %}",
    "\u202e<script>alert(1)</script>",
    "<scr\x00ipt>alert(1)</script>",
]


def corpus():
    """A few hundred payloads: the classics, and each tag with each handler and scheme."""
    payloads = list(CLASSICS)
    for tag, handler in itertools.product(TAGS, HANDLERS):
        payloads.append(f"<{tag} {handler}=alert(1)>text</{tag}>")
        payloads.append(f'<{tag} src="x" {handler}="alert(1)"/>')
    for tag, scheme in itertools.product(TAGS, SCHEMES):
        payloads.append(f'<{tag} href="{scheme}alert(1)" src={scheme}alert(1)>x</{tag}>')
    return payloads


class Elements(HTMLParser):
    """Every element and attribute a browser would build from the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))

    handle_startendtag = handle_starttag


def assert_inert(html):
    parser = Elements()
    parser.feed(html)
    parser.close()
    for tag, attrs in parser.elements:
        attributes = dict(attrs)
        if tag == "script":
            # Only the site's own script files, never inline code.
            assert (attributes.get("src") or "").startswith(settings.STATIC_URL), html
        for name, value in attrs:
            assert not name.lower().startswith("on"), f"event handler {name} in {tag}"
            squeezed = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            assert not squeezed.startswith(("javascript:", "vbscript:", "data:text/html")), (
                f"{name}={value!r} in {tag}"
            )


def test_corpus_has_a_few_hundred_payloads():
    assert len(corpus()) > 150


def test_xss_corpus_is_inert_on_the_page_and_in_the_thread_list(client, index, monkeypatch):
    consultation = ConsultationPageFactory(parent=index, draft=articles(2))
    part = consultation.parts()[0]
    author = UserFactory(first_name="<script>alert(1)</script>", last_name="<b onclick=x>")
    # Stored as the action would accept them: it refuses text with a null character.
    payloads = [payload for payload in corpus() if "\x00" not in payload]
    Comment.objects.bulk_create(
        Comment(
            consultation=consultation,
            author=author,
            part_id=part.id,
            part_label=part.value["label"],
            part_text=payloads[-number - 1],
            kind=CommentKind.AMENDMENT,
            text=payload,
            proposed_text=payload,
            moderation_reason=payload,
        )
        for number, payload in enumerate(payloads)
    )
    monkeypatch.setattr(comment_views, "THREADS_PER_LIST_PAGE", len(payloads))

    listing = client.get(f"{consultation.url}comments/?part={part.id}").content.decode()

    assert listing.count('class="comment comment--amendment"') == len(payloads)
    assert_inert(listing)
    assert_inert(client.get(consultation.url).content.decode())


def test_text_with_a_null_character_is_refused_with_a_reason(index):
    consultation = ConsultationPageFactory(parent=index)

    with pytest.raises(ValidationError) as refusal:
        PostComment(UserFactory(), consultation, text="<scr\x00ipt>alert(1)</script>").execute()

    assert refusal.value.message_dict["text"] == [
        "The text holds a null character; remove it and send it again."
    ]
    assert not Comment.objects.exists()


def test_text_posted_through_the_action_is_kept_as_written(index):
    consultation = ConsultationPageFactory(parent=index)

    comment = PostComment(UserFactory(), consultation, text=CLASSICS[0]).execute()

    assert comment.text == "<script>alert(1)</script>"


@pytest.fixture
def comment(index):
    return CommentFactory(consultation=ConsultationPageFactory(parent=index))


PAYLOAD_PIECES = st.sampled_from(
    [
        "<",
        ">",
        '"',
        "'",
        "&",
        "=",
        "/",
        "script",
        "onerror",
        "javascript:",
        "http://",
        "https://",
        *CLASSICS,
    ]
)


@hypothesis_settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.lists(PAYLOAD_PIECES | st.text(max_size=20), max_size=12).map("".join),
    proposed=st.lists(PAYLOAD_PIECES | st.text(max_size=20), max_size=6).map("".join),
)
def test_any_text_renders_inert_in_the_comment_fragment(comment, text, proposed):
    comment.text, comment.proposed_text, comment.part_text = text, proposed, text[::-1]
    comment.kind = CommentKind.AMENDMENT

    assert_inert(render_to_string("consultations/includes/comment.html", {"comment": comment}))


def test_links_are_http_only_and_not_followed():
    html = plain_text_html(
        "See https://www.pravamigranata.rs/zakon?id=5&lang=sr. Or www.example.org, "
        "ftp://example.org and javascript:alert(1)."
    )

    assert html == (
        '<p>See <a href="https://www.pravamigranata.rs/zakon?id=5&amp;lang=sr" '
        'rel="nofollow ugc noopener">https://www.pravamigranata.rs/zakon?id=5&amp;lang=sr</a>. '
        "Or www.example.org, ftp://example.org and javascript:alert(1).</p>"
    )


def test_line_breaks_and_paragraphs_are_kept():
    assert plain_text_html("One\nline <b>two</b>\n\nNew paragraph") == (
        "<p>One<br>line &lt;b&gt;two&lt;/b&gt;</p>\n\n<p>New paragraph</p>"
    )


def test_word_diff_marks_removed_and_added_words():
    changes = word_diff("The deadline is eight days.", "The deadline is fifteen days.")

    assert [(change.operation, change.text) for change in changes] == [
        ("equal", "The deadline is "),
        ("delete", "eight"),
        ("insert", "fifteen"),
        ("equal", " days."),
    ]
