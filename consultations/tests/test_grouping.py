"""Near-identical comments (a campaign, a template with small edits) found and
answered once: the algorithm, the answering screen, a group that changed
while the official answered it, members that have answers of their own, and
the report and its export, which count and list a campaign as one."""

import csv
import io

import pytest
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from accounts.tests.factories import official_of
from consultations.models import Answer, Comment, Outcome
from consultations.reports import similar_groups
from consultations.similarity import group_texts, normalise
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationReportFactory,
    comment_on_part,
)

CAMPAIGN = (
    "We ask the Ministry to keep the right to free legal aid for every asylum seeker "
    "from the first interview on, because without a lawyer applicants cannot follow "
    "an accelerated procedure in a language they do not speak."
)
SMALL_EDITS = [
    CAMPAIGN,
    CAMPAIGN.upper().replace(",", " ;"),
    CAMPAIGN.replace("Ministry", "Government"),
    CAMPAIGN.replace("lawyer", "lawyre").replace("follow", "follwo"),
    CAMPAIGN + " Please listen to the people who work with refugees every day.",
]
DISTINCT = [
    "Article 12 sets eight days for an appeal; fifteen days would let applicants find a "
    "lawyer and an interpreter.",
    "The reception centres should be open to independent monitors, including the "
    "Ombudsman, at any time and without notice.",
    "Unaccompanied minors must get a guardian within 24 hours, not at the end of the registration.",
]


def test_same_words_in_other_case_spacing_and_punctuation_are_one_group():
    texts = ["Keep Article 5.", "keep  article 5", "KEEP ARTICLE 5!", "Delete Article 5."]

    assert group_texts(texts) == [[0, 1, 2], [3]]


def test_campaign_variants_with_small_edits_are_one_group_and_distinct_comments_stay_alone():
    groups = group_texts([*DISTINCT[:1], *SMALL_EDITS, *DISTINCT[1:]])

    assert groups == [[0], [1, 2, 3, 4, 5], [6], [7]]


@given(
    st.lists(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60),
        max_size=12,
    )
)
def test_every_text_is_in_exactly_one_group_and_equal_wordings_share_it(texts):
    groups = group_texts(texts)

    assert sorted(index for group in groups for index in group) == list(range(len(texts)))
    group_of = {index: number for number, group in enumerate(groups) for index in group}
    for first, text in enumerate(texts):
        for second in range(first):
            if normalise(texts[second]) == normalise(text):
                assert group_of[first] == group_of[second]


@pytest.mark.django_db
def test_only_comments_on_the_same_part_are_grouped(closed_consultation):
    first, second = list(closed_consultation.parts())[:2]
    on_first = [comment_on_part(closed_consultation, first, text=text) for text in SMALL_EDITS]
    on_second = comment_on_part(closed_consultation, second, text=CAMPAIGN)
    on_draft = CommentFactory(consultation=closed_consultation, text=CAMPAIGN)

    groups = similar_groups([*on_first, on_second, on_draft])

    assert [group.comments for group in groups] == [on_first, [on_second], [on_draft]]


def answering_url(consultation):
    return f"/admin/answers/{consultation.pk}/"


def answer_group(client, consultation, shown, **fields):
    """Answer the group as the screen showed it: ``shown``, its members."""
    return client.post(
        f"/admin/answers/{consultation.pk}/answer/",
        {
            "members": ",".join(str(comment.pk) for comment in shown),
            "outcome": "not_accepted",
            "reasoning": "Legal aid stays as the draft has it.",
            **fields,
        },
    )


@pytest.fixture
def campaign(closed_consultation):
    return [
        CommentFactory(consultation=closed_consultation, text=text)
        for text in [*SMALL_EDITS, CAMPAIGN, CAMPAIGN]
    ]


@pytest.fixture
def official(client, closed_consultation):
    official = official_of(closed_consultation.institution)
    client.force_login(official)
    return official


def test_screen_shows_a_group_once_with_its_size_and_each_variants_differences(
    client, closed_consultation, campaign, official
):
    alone = CommentFactory(consultation=closed_consultation, text=DISTINCT[0])

    html = client.get(answering_url(closed_consultation)).content.decode()

    assert "7 near-identical comments" in html
    assert html.count('class="answering-group"') == 1
    assert html.count('class="answering-comment"') == 1 and DISTINCT[0] in html
    # The common wording is sent four times (case and punctuation aside),
    # each edit once, with what it changes.
    assert "Sent in 4 comments" in html
    assert html.count("Sent in 1 comment<") == 3
    # Word by word, case and punctuation aside, as the texts were compared.
    assert "[removed: </span>ministry <" in html and "[added: </span>government <" in html
    assert "[added: </span>please listen to the people who work with refugees every day<" in html
    assert "Answer all 7 comments together" in html
    assert f'id="comment-{alone.pk}"' in html


def test_official_answers_a_group_once_and_every_member_gets_the_answer(
    client, closed_consultation, campaign, official
):
    response = answer_group(client, closed_consultation, campaign)

    assert response.status_code == 302
    answers = Answer.objects.filter(comment__in=campaign)
    assert answers.count() == 7
    assert {(a.outcome, a.reasoning, a.answered_by) for a in answers} == {
        (Outcome.NOT_ACCEPTED, "Legal aid stays as the draft has it.", official)
    }
    assert "7 comments answered." in client.get(response.url).content.decode()


def test_a_group_that_changed_meanwhile_is_not_answered_and_the_answer_is_kept(
    client, closed_consultation, campaign, official
):
    shown = campaign
    newcomer = CommentFactory(consultation=closed_consultation, text=CAMPAIGN + " Thank you.")
    Comment.objects.filter(pk=campaign[2].pk).update(withdrawn_at=timezone.now())

    response = answer_group(client, closed_consultation, shown, reasoning="Typed with care.")

    assert response.status_code == 400
    assert not Answer.objects.exists()
    html = response.content.decode()
    assert "Nothing was saved: the group of comments changed while you answered" in html
    assert f"comment {newcomer.pk} joined it" in html
    assert f"comment {campaign[2].pk} left it (withdrawn, hidden or reworded)" in html
    assert ">Typed with care.</textarea>" in html
    assert 'value="not_accepted" required checked' in html
    # Sent again as the screen now shows it, the answer is saved.
    members = [*campaign[:2], *campaign[3:], newcomer]
    assert answer_group(client, closed_consultation, members).status_code == 302
    assert Answer.objects.count() == 7


def test_members_with_their_own_answer_keep_it_unless_the_official_replaces_it(
    client, closed_consultation, campaign, official
):
    own = AnswerFactory(comment=campaign[1], outcome=Outcome.ACCEPTED, reasoning="Agreed.")

    html = client.get(answering_url(closed_consultation)).content.decode()
    assert "1 of these comments already has its own answer: it keeps it" in html
    assert "Also replace the answer 1 of them already has" in html

    response = answer_group(client, closed_consultation, campaign)

    own.refresh_from_db()
    assert (own.outcome, own.reasoning) == (Outcome.ACCEPTED, "Agreed.")
    assert Answer.objects.filter(outcome=Outcome.NOT_ACCEPTED).count() == 6
    page = client.get(response.url).content.decode()
    assert "6 comments answered." in page
    assert "1 comment of the group kept the answer it had." in page

    answer_group(client, closed_consultation, campaign, replace_answers="on")

    own.refresh_from_db()
    assert own.outcome == Outcome.NOT_ACCEPTED


def test_a_group_whose_members_all_have_answers_asks_to_replace_them(
    client, closed_consultation, campaign, official
):
    for comment in campaign:
        AnswerFactory(comment=comment, outcome=Outcome.NOTED, reasoning="Noted.")

    response = answer_group(client, closed_consultation, campaign, reasoning="New reasoning.")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Every one of these comments already has an answer" in html
    assert ">New reasoning.</textarea>" in html
    assert set(Answer.objects.values_list("reasoning", flat=True)) == {"Noted."}


def test_a_group_form_with_unreadable_members_is_refused_with_a_message(
    client, closed_consultation, campaign, official
):
    response = answer_group(client, closed_consultation, [], members="12,abc")

    assert response.status_code == 400
    assert "The group of comments could not be read: reload the page." in (
        response.content.decode()
    )
    assert not Answer.objects.exists()


def test_report_counts_a_campaign_as_members_and_one_group_and_lists_it_once(
    client, closed_consultation, campaign
):
    alone = CommentFactory(consultation=closed_consultation, text=DISTINCT[0])
    for comment in campaign[:5]:
        AnswerFactory(comment=comment, outcome=Outcome.NOT_ACCEPTED, reasoning="Kept as is.")
    ConsultationReportFactory(consultation=closed_consultation)

    html = client.get(f"{closed_consultation.url}report/").content.decode()

    assert "<dt>Comments</dt><dd>8</dd>" in html
    assert "7 in 1 group of near-identical text (a campaign or a shared template)" in html
    assert "Group 1: 7 near-identical comments" in html
    assert html.count(f"<blockquote>{CAMPAIGN}</blockquote>") == 1
    assert html.count('class="card report-comment"') == 1 and DISTINCT[0] in html
    assert f'id="comment-{alone.pk}"' in html
    assert "Sent by: 7 individuals" in html
    assert html.count("Kept as is.") == 1
    assert "Answer (to 5 of the 7):" in html
    assert "2 of them not answered." in html
    assert "3 variants of this text" in html


def test_export_keeps_a_row_per_comment_and_names_its_group(client, closed_consultation, campaign):
    CommentFactory(consultation=closed_consultation, text=DISTINCT[0])
    ConsultationReportFactory(consultation=closed_consultation)

    response = client.get(f"{closed_consultation.url}report/csv/")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][-1] == "Group of near-identical comments"
    assert [row[-1] for row in rows[1:]] == ["Group 1 (7 comments)"] * 7 + [""]
    assert [int(row[0]) for row in rows[1:8]] == [comment.pk for comment in campaign]
