"""Loads the demo consultations (``consultations.demo_content``) through the
actions, as people would write them, once however often it runs.

The Serbian draft Law on Asylum is open: its text is imported from
``demo/nacrt-zakona-o-azilu.txt`` through the admin's draft import; its
version 2, published, changes four parts, three because of the comments. The
Macedonian strategy is closed with its report published, the Montenegrin
rulebook closed and being answered (with a campaign of 40 near-identical
comments answered once), the Albanian action plan still to come.
Only the dates of comments on the closed consultations are set back to their
period.
"""

import csv
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files import File
from django.utils.text import slugify

from accounts.models import Organisation
from consultations.actions.answers import AnswerComments, PublishReport
from consultations.actions.comments import CoSignComment, HideComment, PostComment
from consultations.actions.draft import ImportDraftText
from consultations.actions.sections import OpenInstitutionSection
from consultations.actions.versions import CreateVersion, LinkComments, PublishVersion
from consultations.blocks import draft_stream
from consultations.demo_content import (
    ANSWERED_BY,
    ASYLUM_LAW,
    ASYLUM_LAW_VERSION,
    CAMPAIGNS,
    COMMENTS,
    CONSULTATIONS,
    INDEX,
    MODERATOR,
    REPORTS,
)
from consultations.draft_import import read_text, split_draft
from consultations.models import Comment, ConsultationIndexPage, ConsultationPage
from consultations.reports import similar_group_of
from consultations.version_reports import draft_rows
from iris_site.models import PolicyArea
from iris_site.transliteration import to_cyrillic

DEMO_FILES = Path(__file__).resolve().parent / "demo"


def draft_text(parts):
    """The draft as (heading, text) pairs: articles, goals or measures."""
    return draft_stream(("article", label, "", text) for label, text in parts)


def person(email):
    """The demo user with ``email``: demo content names people by their address."""
    return get_user_model().objects.get(email=email)


def part_named(page, name):
    """The block of ``page`` with heading ``name``, or (article, paragraph)."""
    article, paragraph = (name, None) if isinstance(name, str) else name
    blocks = page.parts()
    position = next(i for i, block in enumerate(blocks) if block.value["label"] == article)
    if paragraph is None:
        return blocks[position]
    return next(block for block in blocks[position + 1 :] if block.value["label"] == paragraph)


def written_on(page, language_code):
    """The version of ``page`` in ``language_code`` (``page`` itself if none
    is given): a comment records the language of the page it is written on."""
    if not language_code:
        return page
    return ConsultationPage.objects.get(
        translation_key=page.translation_key, locale__language_code=language_code
    )


def post_comments(page, comments):
    """The comments, co-signatures, replies and moderation of one consultation."""
    posted = []
    for spec in comments:
        author = person(spec["author"])
        part_id = part_named(page, spec["part"]).id if spec["part"] else ""
        thread_page = written_on(page, spec.get("language"))
        comment = PostComment(
            author,
            thread_page,
            text=spec["text"],
            kind=spec["kind"],
            part_id=part_id,
            proposed_text=spec.get("proposed", ""),
            organisation=author.speaking_for,
        ).execute()
        for email in spec.get("cosigners", []):
            signer = person(email)
            CoSignComment(signer, comment, signer.speaking_for).execute()
        for email, text, hidden_because, *language in spec.get("replies", []):
            reply_page = written_on(page, language[0]) if language else thread_page
            reply = PostComment(person(email), reply_page, text=text, parent=comment).execute()
            if hidden_because:
                HideComment(person(MODERATOR), reply, hidden_because).execute()
        posted.append((comment, spec))
    return posted


def import_draft(page, path, official):
    """The draft read from ``path`` as an official uploads it, saved and published."""
    with path.open("rb") as opened:
        original = File(opened, name=path.name)
        rows = split_draft(read_text(original).text).rows()
        original.seek(0)
        ImportDraftText(page, rows, original, official).execute().publish(user=official)
    return ConsultationPage.objects.get(pk=page.pk)


def phrasebook(name, language_code):
    """The phrasebook ``name`` (``demo/``, one column a language) for one
    language: each original heading or text to its translation."""
    with (DEMO_FILES / name).open(encoding="utf-8", newline="") as opened:
        rows = csv.DictReader(opened, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {
            row["sr-latn"].replace("\\n", "\n"): row[language_code].replace("\\n", "\n")
            for row in rows
        }


def translated_draft(page, translation, language_code):
    """The draft of ``page`` in another language, each part keeping its block id."""
    if "phrasebook" in translation:
        phrases = phrasebook(translation["phrasebook"], language_code)
        values = [
            {name: phrases.get(value, value) for name, value in block.value.items()}
            for block in page.draft
        ]
    elif translation.get("transliterate"):
        values = [
            {name: to_cyrillic(value) for name, value in block.value.items() if name != "kind"}
            | {"kind": block.value["kind"]}
            for block in page.draft
        ]
    elif "file" in translation:
        rows = split_draft((DEMO_FILES / translation["file"]).read_text(encoding="utf-8")).rows()
        values = [dict(zip(("kind", "label", "title", "text"), row, strict=True)) for row in rows]
    else:
        values = [
            {"kind": "article", "label": label, "title": "", "text": text}
            for label, text in translation["draft"]
        ]
    return [
        {"type": "part", "value": value, "id": block.id}
        for block, value in zip(page.draft, values, strict=True)
    ]


def section(index, slug):
    """The section of the institution ``slug`` under ``index``, opened in every
    language as the platform opens it (its officials hold its page permissions)."""
    return OpenInstitutionSection(index, Organisation.objects.get(slug=slug)).execute()


def load_asylum_law(demo, indexes):
    """The open draft law: imported from its file, translated part by part, commented."""
    law = ASYLUM_LAW
    index = indexes[law["original"]]
    opens_in, closes_in = law["period"]
    parent = section(index, law["institution"])
    page = parent.get_children().filter(slug=law["slug"]).first()
    fresh = page is None
    if fresh:
        page = demo.ensure_page(
            parent,
            ConsultationPage,
            law["slug"],
            policy_areas=PolicyArea.objects.filter(
                slug__in=law["policy_areas"], locale=index.locale
            ),
            opens_at=demo.days_from_today(opens_in),
            closes_at=demo.days_from_today(closes_in, hour=23, minute=59),
            **law["fields"],
        )
        page = import_draft(page, DEMO_FILES / law["file"], person(law["imported_by"]))
    page = page.specific
    # Translations missing from a demo loaded by an older release are added too.
    translations = {}
    for language_code, translation in law["translations"].items():
        fields = {"draft": translated_draft(page, translation, language_code)}
        if translation.get("transliterate"):
            fields |= {name: to_cyrillic(law["fields"][name]) for name in ("title", "summary")}
        else:
            fields |= {name: translation[name] for name in ("title", "summary")}
        translations[language_code] = fields
    demo.ensure_translations(page, translations)
    if fresh:
        posted = post_comments(page, COMMENTS[law["slug"]])
        revise_after_comments(page, posted, ASYLUM_LAW_VERSION)


def revise_after_comments(page, posted, revision):
    """Version 2 of ``page``'s draft, published, each change linked to the
    comments posted on the part it changes (unless made on the institution's
    own initiative)."""
    official = person(revision["by"])
    changes = {part_named(page, change["part"]).id: change for change in revision["changes"]}
    rows = [
        (part_id, kind, label, title, changes[part_id]["text"] if part_id in changes else text)
        for part_id, kind, label, title, text in draft_rows(page)
    ]
    version = CreateVersion(page, rows, based_on=1, by=official, note=revision["note"]).execute()
    for part_id, change in changes.items():
        comments = [
            comment
            for comment, spec in posted
            if change["because_of_comments"] and comment.part_id == part_id
        ]
        if comments:
            LinkComments(version, part_id, comments, official).execute()
    PublishVersion(version, official).execute()


def load_other_consultation(demo, index, slug, consultation):
    """One of the shorter drafts. A closed one is opened for its comments, then
    given its real period, as if the comments had come while it was open."""
    parent = section(index, consultation["institution"])
    if parent.get_children().filter(slug=slug).exists():
        return
    opens_in, closes_in = consultation["period"]
    opens_at = demo.days_from_today(opens_in)
    closes_at = demo.days_from_today(closes_in, hour=23, minute=59)
    comments = COMMENTS.get(slug, [])
    fields = consultation["fields"] | {"draft": draft_text(consultation["fields"]["draft"])}
    page = demo.ensure_page(
        parent,
        ConsultationPage,
        slug,
        policy_areas=PolicyArea.objects.filter(
            slug__in=consultation["policy_areas"], locale=index.locale
        ),
        opens_at=opens_at,
        closes_at=demo.days_from_today(1) if comments else closes_at,
        **fields,
    )
    demo.ensure_translations(
        page,
        {
            language_code: translation
            | {"draft": translated_draft(page, translation, language_code)}
            for language_code, translation in consultation["translations"].items()
        },
    )
    if comments:
        close_after_comments(demo, page, slug, comments, opens_at, closes_at)


def close_after_comments(demo, page, slug, comments, opens_at, closes_at):
    """The comments posted while ``page`` is open, then its real period, the
    comments dated back into it, and the institution's answers and report."""
    posted = post_comments(page, comments)
    campaign = post_campaign(demo, page, CAMPAIGNS.get(slug), opens_at)
    for translation in ConsultationPage.objects.filter(translation_key=page.translation_key):
        translation.closes_at = closes_at
        translation.save_revision().publish()
    for number, (comment, _spec) in enumerate(posted):
        Comment.objects.filter(pk=comment.pk).update(
            created_at=opens_at + timedelta(days=2 + 3 * number)
        )
        Comment.objects.filter(parent=comment).update(
            created_at=opens_at + timedelta(days=3 + 3 * number)
        )
    page = ConsultationPage.objects.get(pk=page.pk)
    official = person(ANSWERED_BY[slug])
    for comment, spec in posted:
        if "answer" in spec:
            outcome, reasoning = spec["answer"]
            AnswerComments(page, [comment], official, outcome, reasoning).execute()
    if campaign:
        # The campaign is answered once, as the official answers its group.
        group = similar_group_of(page, [comment.pk for comment in campaign])
        outcome, reasoning = CAMPAIGNS[slug]["answer"]
        AnswerComments(page, group.comments, official, outcome, reasoning).execute()
    if slug in REPORTS:
        email, introduction = REPORTS[slug]
        PublishReport(page, person(email), introduction).execute()


def campaign_text(campaign, number):
    """The campaign's text as its sender ``number`` sent it: as handed out,
    with a few words changed, or with a sentence of their own."""
    text = campaign["text"]
    edit = campaign["edits"][number % len(campaign["edits"])]
    if isinstance(edit, tuple):
        return text.replace(*edit)
    return f"{text} {edit}" if edit else text


def post_campaign(demo, page, campaign, opens_at):
    """The comments of ``campaign`` on ``page``, each from a person of its
    own, dated a few hours apart from the twentieth day of the period."""
    if campaign is None:
        return []
    part_id = part_named(page, campaign["part"]).id
    comments = []
    for number, name in enumerate(campaign["senders"]):
        first, last = name.split(" ", 1)
        address = slugify(name.replace("Đ", "Dj").replace("đ", "dj"))
        sender = demo.ensure_user(f"{address}@mail.example", first, last)
        comment = PostComment(
            sender,
            page,
            text=campaign_text(campaign, number),
            kind=campaign["kind"],
            part_id=part_id,
        ).execute()
        Comment.objects.filter(pk=comment.pk).update(
            created_at=opens_at + timedelta(days=20, hours=5 * number)
        )
        comments.append(comment)
    return comments


def load_consultations(demo):
    """The consultations index in every language, then each demo consultation."""
    index = demo.ensure_page(
        demo.home(),
        ConsultationIndexPage,
        "consultations",
        title=INDEX["en"][0],
        intro=INDEX["en"][1],
    )
    indexes = {"en": index} | demo.ensure_translations(
        index, {code: {"title": title, "intro": intro} for code, (title, intro) in INDEX.items()}
    )
    load_asylum_law(demo, indexes)
    for slug, consultation in CONSULTATIONS.items():
        load_other_consultation(demo, index, slug, consultation)
