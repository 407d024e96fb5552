"""What a reader and a commenter of a long draft see on the consultation page:
its table of contents, counts only where there are comments, folded threads
that say why, the outcome once the report is out, and the small things people
trip on (the organisation they speak for, co-signing, the part's name)."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from accounts.tests.factories import OrganisationFactory, UserFactory, member_of
from consultations.actions import CommentPermissionError, CoSignComment, PostComment
from consultations.blocks import draft_stream
from consultations.models import CommentKind, Outcome
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
    comment_on_part,
)

pytestmark = pytest.mark.django_db

DRAFT = [
    ("chapter", "Chapter I", "General provisions", ""),
    ("article", "Article 1", "Scope", "This law governs asylum."),
    ("article", "Article 2", "Terms", "Terms used in this law."),
    ("paragraph", "(1)", "", "An asylum seeker is a foreigner who applied."),
    ("chapter", "Chapter II", "Procedure", ""),
    ("article", "Article 3", "Registration", "Registration within three days."),
]


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index, draft=draft_stream(DRAFT))


def part_named(consultation, label):
    return next(part for part in consultation.parts() if part.value["label"] == label)


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def contents_of(html):
    start = html.index('<nav class="contents"')
    return html[start : html.index("</nav>", start)]


def test_parts_without_comments_show_no_count(client, consultation):
    comment_on_part(consultation, part_named(consultation, "Article 2"))

    html = html_of(client, consultation.url)

    assert "0 comments" not in html
    assert html.count('<p class="part-comments__count">1 comment</p>') == 1


def test_contents_lists_chapters_and_articles_with_their_comments(client, consultation):
    comment_on_part(consultation, part_named(consultation, "Article 2"))
    comment_on_part(consultation, part_named(consultation, "(1)"))
    CommentFactory(consultation=consultation)

    contents = contents_of(html_of(client, consultation.url))

    # A disclosure and plain links to the parts' anchors: it works without JavaScript.
    assert '<details class="contents__disclosure"' in contents
    for part in consultation.parts():
        if part.value["kind"] != "paragraph":
            assert f'href="#part-{part.id}"' in contents
    assert "(1)" not in contents
    # The paragraph's comment counts with its article; parts without comments show no number.
    article_2 = re.search(
        r'Article 2</span> <span class="contents__title">Terms</span>(.*?)</a>', contents
    )
    assert "(2 comments)" in article_2.group(1)
    article_1 = re.search(
        r'Article 1</span> <span class="contents__title">Scope</span>(.*?)</a>', contents
    )
    assert article_1.group(1) == ""
    assert 'href="#whole-draft-comments">Comments on the draft as a whole' in contents


def test_contents_leads_to_the_most_commented_parts_first(client, consultation):
    for _ in range(3):
        comment_on_part(consultation, part_named(consultation, "Article 3"))
    comment_on_part(consultation, part_named(consultation, "Article 1"))

    contents = contents_of(html_of(client, consultation.url))
    most = contents[contents.index("Most commented") : contents.index("All parts")]

    assert most.index("Article 3") < most.index("Article 1")
    assert "Article 2" not in most


def test_folded_threads_keep_the_most_cosigned_in_view_and_say_why(client, consultation):
    part = part_named(consultation, "Article 3")
    amendment = comment_on_part(consultation, part, text="The co-signed amendment.")
    amendment.cosignatures.create(organisation=OrganisationFactory(), signed_by=UserFactory())
    for number in range(3):
        comment_on_part(consultation, part, text=f"Later remark {number}.")

    html = html_of(client, consultation.url)

    assert "The co-signed amendment." in html
    assert "Later remark 2." in html
    assert "Later remark 0." not in html
    assert "2 more comments, folded: showing the most co-signed and the newest." in html
    assert "All 4 comments on Article 3" in html


def test_folded_threads_without_cosignatures_say_the_newest_are_shown(client, consultation):
    part = part_named(consultation, "Article 3")
    for number in range(3):
        comment_on_part(consultation, part, text=f"Remark {number}.")

    html = html_of(client, consultation.url)

    assert "2 more comments, folded: showing the newest." in html


def test_published_report_shows_its_outcome_at_the_top_of_the_page(client, index):
    consultation = ConsultationPageFactory(parent=index, closed=True)
    for outcome in [Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.NOT_ACCEPTED]:
        AnswerFactory(comment=CommentFactory(consultation=consultation), outcome=outcome)
    CommentFactory(consultation=consultation)
    ConsultationReportFactory(consultation=consultation)

    html = html_of(client, consultation.url)
    outcome = html[html.index('<section class="outcome"') : html.index("</section>")]

    assert outcome.index("Outcome of the consultation") < html.index("Comments on the draft")
    assert f'href="{consultation.url}report/"' in outcome
    assert "<dt>Comments</dt><dd>4</dd>" in outcome
    assert "<dd>3 (75%)</dd>" in outcome
    assert "<dt>Accepted</dt><dd>2</dd>" in outcome
    assert "<dt>Not accepted</dt><dd>1</dd>" in outcome


def test_consultation_without_a_published_report_shows_no_outcome(client, closed_consultation):
    ConsultationReportFactory(consultation=closed_consultation, published_at=None)

    assert "Outcome of the consultation" not in html_of(client, closed_consultation.url)


def test_closed_consultation_does_not_promise_new_comments_live(client, closed_consultation):
    html = html_of(client, closed_consultation.url)

    assert "new comments appear as they are posted" not in html
    assert "Live: changes to these comments appear as they are made." in html


def test_open_consultation_says_new_comments_appear_live(client, consultation):
    assert "Live: new comments appear as they are posted." in html_of(client, consultation.url)


def test_closing_time_is_not_followed_by_a_second_full_stop(client, index):
    closes_at = timezone.localtime() + timedelta(days=3)
    consultation = ConsultationPageFactory(
        parent=index, closes_at=closes_at.replace(hour=23, minute=59)
    )

    html = html_of(client, consultation.url)

    # English dates end in the time ("27 December 2026, 23:59"); others may
    # end in a full stop, which no sentence doubles.
    assert "23:59</time>" in html
    assert "</time>." not in html


# Commenting


def organisation_choice(html):
    selected = re.search(r'<option value="(\d+)" selected>', html)
    return int(selected.group(1)) if selected else None


def test_comment_form_preselects_the_organisation_of_ones_latest_comment(client, consultation):
    centre, initiative = OrganisationFactory(name="A Centre"), OrganisationFactory(name="B Init")
    person = member_of(centre)
    person.memberships.create(organisation=initiative, confirmed_at=timezone.now())
    person.speaking_for = centre
    person.save()
    for organisation in [centre, centre, initiative]:
        PostComment(person, consultation, text="A remark.", organisation=organisation).execute()
    client.force_login(person)

    assert organisation_choice(html_of(client, f"{consultation.url}comment/")) == initiative.pk


def test_comment_form_preselects_the_only_organisation(client, consultation):
    centre = OrganisationFactory()
    client.force_login(member_of(centre))

    assert organisation_choice(html_of(client, f"{consultation.url}comment/")) == centre.pk


def test_comment_form_preselects_the_organisation_named_in_the_profile(client, consultation):
    centre, initiative = OrganisationFactory(), OrganisationFactory()
    person = member_of(centre)
    person.memberships.create(organisation=initiative, confirmed_at=timezone.now())
    person.speaking_for = initiative
    person.save()
    client.force_login(person)

    assert organisation_choice(html_of(client, f"{consultation.url}comment/")) == initiative.pk


def test_comment_form_leaves_the_choice_open_when_nothing_says(client, consultation):
    person = member_of(OrganisationFactory())
    person.memberships.create(organisation=OrganisationFactory(), confirmed_at=timezone.now())
    client.force_login(person)

    assert organisation_choice(html_of(client, f"{consultation.url}comment/")) is None


def test_amendment_field_starts_with_the_wording_of_the_part(client, consultation):
    part = part_named(consultation, "Article 3")
    client.force_login(UserFactory())

    html = html_of(client, f"{consultation.url}comment/?part={part.id}")

    assert re.search(
        r'<textarea name="proposed_text"[^>]*>\s*Registration within three days.</textarea>', html
    )


def test_amendment_sent_with_the_wording_unchanged_is_refused(client, consultation):
    part = part_named(consultation, "Article 3")
    client.force_login(UserFactory())
    form = html_of(client, f"{consultation.url}comment/?part={part.id}")
    key = re.search(r'name="submission_key" value="([^"]+)"', form).group(1)

    response = client.post(
        f"{consultation.url}comment/",
        {
            "part": part.id,
            "kind": CommentKind.AMENDMENT,
            "text": "Keep it.",
            "proposed_text": "Registration within three days.\r\n",
            "submission_key": key,
        },
    )

    assert response.status_code == 400
    assert "The proposed wording is the same as the draft&#x27;s" in response.content.decode()
    assert not consultation.comments.exists()


@pytest.fixture
def own_comment(consultation):
    """A comment by a member of two verified organisations, for the first."""
    centre, initiative = OrganisationFactory(), OrganisationFactory()
    author = member_of(centre)
    author.memberships.create(organisation=initiative, confirmed_at=timezone.now())
    return PostComment(author, consultation, text="Our remark.", organisation=centre).execute()


def test_cosign_is_not_offered_on_ones_own_comment(client, consultation, own_comment):
    client.force_login(own_comment.author)

    html = html_of(client, consultation.url)

    assert f"comments/{own_comment.pk}/cosign/" not in html


def test_cosigning_ones_own_comment_is_refused_with_a_clear_message(
    client, consultation, own_comment
):
    other = own_comment.author.memberships.exclude(organisation=own_comment.organisation).get()
    client.force_login(own_comment.author)

    response = client.post(
        f"{consultation.url}comments/{own_comment.pk}/cosign/",
        {"organisation": other.organisation_id},
    )

    assert response.status_code == 403
    assert "You cannot co-sign your own comment." in response.content.decode()
    assert not own_comment.cosignatures.exists()
    with pytest.raises(CommentPermissionError, match="your own comment"):
        CoSignComment(own_comment.author, own_comment, other.organisation).execute()


def test_repeated_cosign_says_it_is_already_cosigned(client, consultation):
    comment = CommentFactory(consultation=consultation)
    organisation = OrganisationFactory()
    cosigner = member_of(organisation)
    CoSignComment(cosigner, comment, organisation).execute()
    client.force_login(cosigner)

    response = client.post(
        f"{consultation.url}comments/{comment.pk}/cosign/", {"organisation": organisation.pk}
    )

    assert response.status_code == 403
    assert "You have already co-signed this comment." in response.content.decode()
    assert "member of" not in response.content.decode()
    assert comment.cosignatures.count() == 1


def test_amendment_diff_names_the_part_in_the_pages_language(client, consultation):
    serbian = consultation.copy_for_translation(
        Locale.objects.get(language_code="sr-latn"), copy_parents=True
    )
    serbian.draft = [
        {"type": "part", "id": part["id"], "value": {**part["value"], "label": label}}
        for part, label in zip(
            consultation.draft.raw_data,
            ["Glava I", "Član 1.", "Član 2.", "(1)", "Glava II", "Član 3."],
            strict=True,
        )
    ]
    serbian.save_revision().publish()
    part = part_named(consultation, "Article 3")
    PostComment(
        member_of(OrganisationFactory()),
        serbian,
        text="Pet dana.",
        kind=CommentKind.AMENDMENT,
        part_id=part.id,
        proposed_text="Registration within five days.",
    ).execute()

    english = html_of(client, consultation.url)
    serbian_html = html_of(client, serbian.url)

    assert "Proposed wording of Article 3, with the changes" in english
    assert "Član 3." not in english
    assert "Član 3." in serbian_html
