"""Versions of a draft after its consultation: an official makes version 2 by
editing the parts or importing a file, confirms how its parts match version
1, links each change to the comments behind it and publishes it; readers see
what changed and why."""

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from accounts.tests.factories import InstitutionFactory, editor, official_of
from consultations.actions.versions import CreateVersion, LinkComments, PublishVersion
from consultations.blocks import draft_stream
from consultations.matching import PartStatus, compare, propose_matches
from consultations.models import (
    CommentState,
    ConsultationPage,
    DraftVersion,
    Outcome,
    PartChange,
)
from consultations.reports import institution_record, report_figures
from consultations.tests.factories import (
    AnswerFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
    comment_on_part,
)
from consultations.version_reports import changes_between

pytestmark = pytest.mark.django_db

ARTICLES = [
    ("article", "Article 1", "Subject", "This law governs asylum and temporary protection."),
    ("article", "Article 2", "Terms", "An asylum seeker is a foreigner who applied for asylum."),
    (
        "article",
        "Article 3",
        "Registration",
        "The police register each asylum seeker within 3 days.",
    ),
    ("article", "Article 4", "Appeals", "An appeal may be lodged within 8 days of the decision."),
]


@pytest.fixture
def consultation(index):
    return ConsultationPageFactory(parent=index, closed=True, draft=draft_stream(ARTICLES))


@pytest.fixture
def official(client, consultation):
    person = official_of(consultation.institution)
    client.force_login(person)
    return person


def rows_of(consultation):
    return [
        (block.id, *(block.value[name] for name in ("kind", "label", "title", "text")))
        for block in consultation.parts()
    ]


def second_version(consultation, by):
    """Version 2: article 2 deleted, article 3 reworded as article 2, a new
    article 3, article 4 kept."""
    one, _two, three, four = rows_of(consultation)
    rows = [
        one,
        (
            three[0],
            "article",
            "Article 2",
            "Registration",
            "The police register each asylum seeker within 24 hours.",
        ),
        ("", "article", "Article 3", "Legal aid", "Every asylum seeker has free legal aid."),
        (four[0], "article", "Article 4", "Appeals", four[4]),
    ]
    return CreateVersion(consultation, rows, based_on=1, by=by).execute()


# Matching ----------------------------------------------------------------------------


def test_parts_are_matched_by_id_then_by_wording_and_the_rest_added_or_deleted():
    previous = [
        ("a", "article", "Article 1", "Subject", "This law governs asylum."),
        ("b", "article", "Article 2", "Terms", "An asylum seeker is a foreigner who applied."),
        ("c", "article", "Article 3", "Appeals", "An appeal may be lodged within 8 days."),
    ]
    rows = [
        ("a", "article", "Article 1", "Subject", "This law governs asylum and protection."),
        ("", "article", "Article 2", "Legal aid", "Free legal aid for everyone."),
        ("", "article", "Article 3", "Terms", "An asylum seeker is a foreigner who applied."),
        ("", "article", "Article 4", "Appeals", "An appeal may be lodged within 15 days."),
    ]

    assert propose_matches(previous, rows) == ["a", "", "b", "c"]


def test_comparison_says_what_happened_to_each_part():
    previous = [
        ("a", "article", "Article 1", "", "Same."),
        ("b", "article", "Article 2", "", "Old words here."),
        ("c", "article", "Article 3", "", "Gone."),
        ("d", "article", "Article 4", "", "Moved."),
    ]
    rows = [
        ("a", "article", "Article 1", "", "Same."),
        ("b", "article", "Article 2", "", "New words here."),
        ("d", "article", "Article 3", "", "Moved."),
        ("", "article", "Article 4", "", "Added."),
    ]

    statuses = [(diff.part_id, diff.status) for diff in compare(previous, rows)]

    assert statuses == [
        ("a", PartStatus.UNCHANGED),
        ("b", PartStatus.CHANGED),
        ("c", PartStatus.DELETED),
        ("d", PartStatus.RENUMBERED),
        ("", PartStatus.ADDED),
    ]


# The official's screens -------------------------------------------------------------


def preview_data(response, **changes):
    """What the matching preview posts back, with ``changes`` applied."""
    data = {}
    for form in (response.context["version_form"], *response.context["formset"]):
        for bound in form:
            value = bound.value()
            if bound.name == "DELETE":
                value = "on" if value else None
            data[bound.html_name] = value
    for bound in response.context["formset"].management_form:
        data[bound.html_name] = bound.value()
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def test_official_edits_the_parts_confirms_the_matching_and_gets_version_2(
    client, consultation, official
):
    url = f"/admin/versions/{consultation.pk}/new/"
    form = client.get(url)
    assert form.status_code == 200
    data = preview_data(form, **{"form-2-text": "The police register each asylum seeker at once."})

    checked = client.post(url, {**data, "check": "1"})

    assert checked.status_code == 200
    assert [diff.label for diff in checked.context["diffs"]] == ["Article 3 Registration"]
    assert not DraftVersion.objects.exists()

    saved = client.post(url, {**data, "confirm": "1"})

    assert saved.status_code == 302
    one, two = DraftVersion.objects.order_by("number")
    assert [row[0] for row in two.rows()] == [row[0] for row in one.rows()]
    assert two.rows()[2][4] == "The police register each asylum seeker at once."
    consultation.refresh_from_db()
    assert consultation.parts()[2].value["text"] == ARTICLES[2][3]  # the consulted text stays


def test_an_imported_file_is_matched_and_renumbered_articles_keep_their_identity(
    client, consultation, official
):
    text = "\n".join(
        [
            "Article 1", "Subject", ARTICLES[0][3], "",
            "Article 2", "Legal aid", "Every asylum seeker has free legal aid.", "",
            "Article 3", "Terms", ARTICLES[1][3], "",
            "Article 4", "Registration", ARTICLES[2][3], "",
            "Article 5", "Appeals", "An appeal may be lodged within 15 days of the decision.",
        ]
    )  # fmt: skip
    preview = client.post(
        f"/admin/versions/{consultation.pk}/import/",
        {"file": SimpleUploadedFile("v2.txt", text.encode())},
    )
    assert preview.status_code == 200
    ids = [row[0] for row in rows_of(consultation)]
    matches = [form["match"].value() for form in preview.context["formset"]]
    assert matches == [ids[0], "", ids[1], ids[2], ids[3]]

    client.post(
        f"/admin/versions/{consultation.pk}/new/", {**preview_data(preview), "confirm": "1"}
    )

    version = DraftVersion.objects.get(number=2)
    assert [row[0] for row in version.rows()][2:] == ids[1:]


def test_a_version_that_matches_no_part_is_refused_and_the_text_is_kept(
    client, consultation, official
):
    form = client.get(f"/admin/versions/{consultation.pk}/new/")
    changes = {f"form-{n}-match": "" for n in range(4)}
    changes["form-0-text"] = "A wholly new law."

    refused = client.post(
        f"/admin/versions/{consultation.pk}/new/", {**preview_data(form, **changes), "confirm": "1"}
    )

    assert refused.status_code == 400
    assert "No part of the new version matches a part of version 1" in refused.content.decode()
    assert "A wholly new law." in refused.content.decode()
    assert not DraftVersion.objects.exists()


def test_a_preview_of_an_outdated_version_is_refused(consultation):
    person = official_of(consultation.institution)
    second_version(consultation, person)

    with pytest.raises(Exception, match="start again"):
        CreateVersion(consultation, rows_of(consultation), based_on=1, by=person).execute()
    assert DraftVersion.objects.count() == 2


def test_official_links_the_comments_behind_a_change(client, consultation, official):
    part = consultation.parts()[2]
    comment = comment_on_part(consultation, part)
    second_version(consultation, official)

    page = client.get(f"/admin/versions/{consultation.pk}/?version=2")
    assert comment.text in page.content.decode()
    response = client.post(
        f"/admin/versions/{consultation.pk}/link/",
        {"version": 2, "part_id": part.id, "comments": [comment.pk]},
    )

    assert response.status_code == 302
    assert list(PartChange.objects.get(part_id=part.id).comments.all()) == [comment]


def test_a_comment_of_another_consultation_cannot_be_linked(client, index, consultation, official):
    other = ConsultationPageFactory(parent=index, institution=consultation.institution)
    stranger = comment_on_part(other, other.parts()[0])
    part = consultation.parts()[2]
    second_version(consultation, official)

    response = client.post(
        f"/admin/versions/{consultation.pk}/link/",
        {"version": 2, "part_id": part.id, "comments": [stranger.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert "Only published comments on this consultation" in response.content.decode()
    assert not PartChange.objects.exists()


def test_linking_to_a_part_that_did_not_change_is_refused(consultation):
    person = official_of(consultation.institution)
    version = second_version(consultation, person)
    unchanged = consultation.parts()[0]

    with pytest.raises(Exception, match="does not change"):
        LinkComments(version, unchanged.id, [], person).execute()


def test_an_official_of_another_institution_may_not_make_versions(client, consultation):
    client.force_login(official_of(InstitutionFactory()))

    for path in ("", "new/", "import/"):
        assert client.get(f"/admin/versions/{consultation.pk}/{path}").status_code == 403
    assert not DraftVersion.objects.exists()


# What readers see --------------------------------------------------------------------


@pytest.fixture
def revised(consultation):
    """Version 2 published: article 3 changed because of one comment; a hidden
    comment linked too; article 2 deleted on the institution's initiative."""
    person = editor()
    part = consultation.parts()[2]
    because = comment_on_part(consultation, part, text="Three days is far too long.")
    hidden = comment_on_part(consultation, part, text="SECRET-WORDS of a hidden comment")
    AnswerFactory(comment=because, outcome=Outcome.ACCEPTED)
    AnswerFactory(comment=comment_on_part(consultation, part), outcome=Outcome.ACCEPTED)
    version = second_version(consultation, person)
    LinkComments(version, part.id, [because, hidden], person).execute()
    hidden.state = CommentState.HIDDEN
    hidden.save()
    return version


def changes_url(consultation):
    return f"{consultation.url}changes/"


def test_changes_are_private_until_the_version_is_published(client, consultation, revised):
    assert client.get(changes_url(consultation)).status_code == 404
    assert "changes/" not in client.get(consultation.url).content.decode()


def test_reader_sees_what_changed_and_why(client, consultation, revised):
    PublishVersion(revised, editor()).execute()

    page = client.get(changes_url(consultation)).content.decode()

    assert "What changed and why" in page
    assert '<ins><span class="visually-hidden">[added: </span>24<' in page
    assert "Three days is far too long." in page
    assert "SECRET-WORDS" not in page
    assert "Changed on the institution" in page  # article 2 deleted, article 3 added
    assert changes_url(consultation) in client.get(consultation.url).content.decode()


def test_comparing_versions_in_the_wrong_order_says_so(client, consultation, revised):
    PublishVersion(revised, editor()).execute()

    response = client.get(changes_url(consultation), {"earlier": 2, "later": 1})

    assert response.status_code == 400
    assert "Choose an earlier version first" in response.content.decode()


def test_figures_count_accepted_comments_with_and_without_a_visible_change(
    client, consultation, revised
):
    ConsultationReportFactory(consultation=consultation)
    figures = report_figures(consultation)
    assert (figures.accepted, figures.accepted_changed) == (2, 0)  # not yet published

    PublishVersion(revised, editor()).execute()

    figures = report_figures(consultation)
    assert (figures.accepted_changed, figures.accepted_unchanged) == (1, 1)
    record = institution_record(consultation.institution)
    assert (record.accepted_changed, record.accepted_unchanged) == (1, 1)
    report = client.get(f"{consultation.url}report/").content.decode()
    assert "Accepted comments that led to a visible change" in report


def test_the_demo_law_has_a_second_version_three_changes_of_which_come_from_comments(client):
    call_command("load_demo", password="demo password 1", stdout=StringIO())
    law = ConsultationPage.objects.get(
        slug="law-on-asylum-and-temporary-protection", locale__language_code="sr-latn"
    )
    one, two = DraftVersion.objects.filter(consultation=law)

    diffs = [diff for diff in changes_between(one, two, with_answers=False) if diff.is_change]

    assert [diff.status for diff in diffs] == [PartStatus.CHANGED] * 4
    assert [bool(diff.comments) for diff in diffs] == [False, True, True, True]
    assert client.get(f"{law.url}changes/").status_code == 200


def test_the_answering_screen_offers_to_accept_a_comment_citing_its_change(
    client, consultation, official
):
    part = consultation.parts()[2]
    comment = comment_on_part(consultation, part)
    version = second_version(consultation, official)
    LinkComments(version, part.id, [comment], official).execute()
    reasoning = "Accepted: see the change in version 2, Article 2 Registration."

    screen = client.get(f"/admin/answers/{consultation.pk}/").content.decode()
    assert f'value="{reasoning}"' in screen
    client.post(
        f"/admin/answers/{consultation.pk}/answer/",
        {"comments": comment.pk, "outcome": "accepted", "reasoning": reasoning},
    )

    comment.answer.refresh_from_db()
    assert (comment.answer.outcome, comment.answer.reasoning) == (Outcome.ACCEPTED, reasoning)


def test_a_changed_paragraph_is_named_with_its_article(consultation, official):
    """A paragraph's "(2)" alone says nothing to a reader of a long draft."""
    rows = rows_of(consultation)
    rows.insert(2, ("", "paragraph", "(2)", "", "An interpreter is present at every hearing."))
    version = CreateVersion(consultation, rows, based_on=1, by=official).execute()

    diffs = changes_between(consultation.versions.get(number=1), version, with_answers=False)

    assert [diff.label for diff in diffs if diff.is_change] == ["Article 2 (2)"]
