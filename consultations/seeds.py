"""Demo consultations: drafts that line ministries of the region opened for
comment, with their translations and the comments of the network's partners.

The Serbian draft Law on Asylum is open: its text is imported from
``demo/nacrt-zakona-o-azilu.txt`` through the admin's draft import. The
Macedonian strategy is closed with its report published, the Montenegrin
rulebook closed and being answered, the Albanian action plan still to come.
Everything is written through the actions, as people would write it; only the
dates of comments on the closed consultations are set back to their period.
"""

import re
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files import File

from accounts.models import Organisation
from consultations.actions.answers import AnswerComments, PublishReport
from consultations.actions.comments import CoSignComment, HideComment, PostComment
from consultations.actions.draft import ImportDraftText
from consultations.actions.sections import OpenInstitutionSection
from consultations.blocks import draft_stream
from consultations.draft_import import read_text, split_draft
from consultations.models import (
    Comment,
    CommentKind,
    ConsultationIndexPage,
    ConsultationPage,
    DraftKind,
    Outcome,
)
from iris_site.models import PolicyArea

DEMO_FILES = Path(__file__).resolve().parent / "demo"

INDEX = {
    "en": (
        "Consultations",
        "Drafts of laws, bylaws, strategies and action plans that governments of the Western "
        "Balkans have opened for comment.",
    ),
    "sr-latn": (
        "Javne konsultacije",
        "Nacrti zakona, podzakonskih akata, strategija i akcionih planova koje su vlade "
        "Zapadnog Balkana otvorile za komentare.",
    ),
    "sr": (
        "Јавне консултације",
        "Нацрти закона, подзаконских аката, стратегија и акционих планова које су владе "
        "Западног Балкана отвориле за коментаре.",
    ),
    "bs": (
        "Javne konsultacije",
        "Nacrti zakona, podzakonskih akata, strategija i akcionih planova koje su vlade "
        "Zapadnog Balkana otvorile za komentare.",
    ),
    "cnr": (
        "Javne konsultacije",
        "Nacrti zakona, podzakonskih akata, strategija i akcionih planova koje su vlade "
        "Zapadnog Balkana otvorile za komentare.",
    ),
    "mk": (
        "Јавни консултации",
        "Нацрт-закони, подзаконски акти, стратегии и акциски планови што владите на Западен "
        "Балкан ги отворија за коментари.",
    ),
    "sq": (
        "Konsultimet publike",
        "Projektligje, akte nënligjore, strategji dhe plane veprimi që qeveritë e Ballkanit "
        "Perëndimor i kanë hapur për komente.",
    ),
    "de": (
        "Konsultationen",
        "Entwürfe von Gesetzen, Verordnungen, Strategien und Aktionsplänen, die Regierungen des "
        "Westbalkans zur Kommentierung geöffnet haben.",
    ),
}


def draft_text(*parts):
    """The draft as (heading, text) pairs: articles, goals or measures."""
    return draft_stream(("article", label, "", text) for label, text in parts)


CONSULTATIONS = {
    "rulebook-on-accommodation-of-unaccompanied-children": {
        "fields": {
            "title": "Rulebook on Standards for the Accommodation of Unaccompanied Migrant Children",
            "summary": "Minimum standards for staff, space, education and psychosocial support in "
            "facilities that accommodate unaccompanied migrant children in Montenegro.",
            "kind": DraftKind.BYLAW,
            "country": "ME",
            "draft": draft_text(
                (
                    "Article 1",
                    "This rulebook sets the standards that a facility accommodating unaccompanied migrant children must meet.",
                ),
                (
                    "Article 2",
                    "A facility has at least one professional worker for every six children, present at all times.",
                ),
            ),
        },
        "institution": "mlsw-me",
        "policy_areas": ["unaccompanied-children", "social-protection"],
        "period": (-40, -5),
        "translations": {
            "cnr": {
                "title": "Pravilnik o standardima smještaja djece migranata bez pratnje",
                "summary": "Minimalni standardi za kadar, prostor, obrazovanje i psihosocijalnu "
                "podršku u ustanovama koje smještaju djecu migrante bez pratnje u Crnoj Gori.",
            },
        },
    },
    "social-inclusion-strategy-2024-2030": {
        "fields": {
            "title": "Social Inclusion Strategy 2024–2030: services for asylum seekers and returnees",
            "summary": "How social work centres, municipalities and civil-society service "
            "providers will reach asylum seekers, refugees and returnees, and how the results "
            "will be measured.",
            "kind": DraftKind.STRATEGY,
            "country": "MK",
            "draft": draft_text(
                (
                    "Strategic goal 1",
                    "Every asylum seeker and returnee has access to a case manager at the social work centre of their municipality.",
                ),
                (
                    "Strategic goal 2",
                    "Services licensed to civil-society organisations are funded for at least three years at a time.",
                ),
            ),
        },
        "institution": "mspdy-mk",
        "policy_areas": ["social-protection", "integration", "reintegration"],
        "period": (-75, -45),
        "translations": {
            "mk": {
                "title": "Стратегија за социјална инклузија 2024–2030: услуги за баратели на "
                "азил и повратници",
                "summary": "Како центрите за социјална работа, општините и граѓанските "
                "организации ќе ги досегнат барателите на азил, бегалците и повратниците, и како "
                "ќе се мерат резултатите.",
            },
        },
    },
    "reintegration-action-plan-2025-2027": {
        "fields": {
            "title": "Action Plan for the Reintegration of Returned Citizens 2025–2027",
            "summary": "Measures for housing, employment, schooling and health care of Albanian "
            "citizens returning from EU member states, with the institution responsible for each.",
            "kind": DraftKind.ACTION_PLAN,
            "country": "AL",
            "draft": draft_text(
                (
                    "Measure 1",
                    "Returnees are received at the border by a migration counter that refers them to the services of their municipality.",
                ),
                (
                    "Measure 2",
                    "Children of returnee families are enrolled in school within thirty days of arrival.",
                ),
            ),
        },
        "institution": "mhsp-al",
        "policy_areas": ["reintegration"],
        "period": (14, 44),
        "translations": {
            "sq": {
                "title": "Plani i veprimit për riintegrimin e shtetasve të kthyer 2025–2027",
                "summary": "Masa për strehimin, punësimin, shkollimin dhe kujdesin shëndetësor "
                "të shtetasve shqiptarë që kthehen nga shtetet anëtare të BE-së, me institucionin "
                "përgjegjës për secilën.",
            },
        },
    },
}


ASYLUM_LAW = {
    "slug": "law-on-asylum-and-temporary-protection",
    "original": "sr-latn",
    "file": DEMO_FILES / "nacrt-zakona-o-azilu.txt",
    "imported_by": "dragan.nikolic@kirs.example",
    "institution": "crm-serbia",
    "policy_areas": ["asylum", "unaccompanied-children"],
    "period": (-10, 20),
    "fields": {
        "title": "Nacrt zakona o azilu i privremenoj zaštiti",
        "summary": "Komesarijat i Ministarstvo unutrašnjih poslova predlažu nov zakon o azilu: "
        "rokove postupka, besplatnu pravnu pomoć od prvog kontakta, zaštitu dece bez pratnje "
        "i privremenu zaštitu u slučaju masovnog priliva, i pozivaju na komentare na svaki član.",
        "kind": DraftKind.LAW,
        "country": "RS",
        "contact_name": "Dragan Nikolić",
        "contact_email": "dragan.nikolic@kirs.example",
    },
    "translations": {
        "en": {
            "title": "Draft Law on Asylum and Temporary Protection",
            "summary": "The Commissariat and the Ministry of Interior propose a new asylum law: "
            "time limits of the procedure, free legal aid from the first contact, protection of "
            "unaccompanied children and temporary protection in a mass influx, and invite "
            "comments on every article.",
            "file": DEMO_FILES / "draft-law-on-asylum.en.txt",
        },
        "sr": {"transliterate": True},
    },
}

# A part is named by its heading, a paragraph by its article's and its own.
# Each comment: author, part, kind, text, proposed wording, co-signing
# organisations (by the e-mail of who signs), replies (author, text, the
# reason a moderator hid it), the institution's answer (outcome, reasoning).
COMMENTS = {
    ASYLUM_LAW["slug"]: [
        {
            "author": "milan.petrovic@idc.example",
            "part": "Član 8.",
            "kind": CommentKind.AMENDMENT,
            "text": "Praksa pokazuje da se najteže greške prave u prvim danima, pre podnošenja "
            "zahteva: lica ne znaju da mogu da traže azil niti koji su im rokovi. Pravna pomoć "
            "mora biti dostupna od trenutka izražavanja namere, a ne tek u postupku.",
            "proposed": "Tražilac azila ima pravo na besplatnu pravnu pomoć i zastupanje od "
            "trenutka izražavanja namere da podnese zahtev za azil, od strane organizacija čiji "
            "su ciljevi i delovanje usmereni na pružanje pravne pomoći tražiocima azila i licima "
            "kojima je odobren azil.",
            "replies": [
                (
                    "amra.hodzic@lir.example",
                    "Isto iskustvo imamo u Una-sanskom kantonu: bez savetnika na granici niko ne "
                    "zna za rok od 15 dana iz člana 15. Podržavamo izmenu.",
                    "",
                ),
            ],
        },
        {
            "author": "milan.petrovic@idc.example",
            "part": ("Član 19.", "(2)"),
            "kind": CommentKind.OBJECTION,
            "text": "Rok od 28 dana u tranzitnoj zoni de facto je lišenje slobode bez sudske "
            "odluke. Tražimo da se granični postupak ne primenjuje na decu, žrtve trgovine "
            "ljudima i druga ranjiva lica, i da se rok skrati na sedam dana.",
            "cosigners": ["elena.stojanovska@lastrada.example", "katrin.becker@asb.example"],
            "replies": [
                (
                    "luka.jovanovic@idc.example",
                    "Ove vaše organizacije samo zarađuju na migrantima, sramota je da iko to "
                    "sluša. Zatvorite granicu i gotovo.",
                    "Uvredljiv sadržaj prema učesnicima; komentar ne govori o tekstu nacrta.",
                ),
                (
                    "arben.hoxha@arsis.example",
                    "In Albania the border procedure was limited to seven days in 2021 and the "
                    "recognition rate did not change. We can share the evaluation.",
                    "",
                ),
            ],
        },
        {
            "author": "elena.stojanovska@lastrada.example",
            "part": "Član 16.",
            "kind": CommentKind.QUESTION,
            "text": "How will officers conducting the interview identify possible victims of "
            "trafficking, and will they refer them to the national referral mechanism before "
            "the interview continues?",
        },
        {
            "author": "amra.hodzic@lir.example",
            "part": ("Član 7.", "(3)"),
            "kind": CommentKind.AMENDMENT,
            "text": "Privremeni staratelj mora biti postavljen u roku koji je izričito naveden, "
            "jer deca bez pratnje u praksi čekaju nedeljama.",
            "proposed": "Maloletniku bez pratnje organ starateljstva postavlja privremenog "
            "staratelja bez odlaganja, a najkasnije u roku od 24 časa od registracije.",
        },
        {
            "author": "katrin.becker@asb.example",
            "part": "Član 29.",
            "kind": CommentKind.SUPPORT,
            "text": "We support access to the labour market. Our traineeship programme with "
            "employers in Germany and Serbia shows that early work is the best path to "
            "integration; six months would be better still.",
        },
        {
            "author": "sanja.kovac@birn.example",
            "part": "",
            "kind": CommentKind.GENERAL,
            "text": "Molim da se uz nacrt objavi i analiza efekata propisa, kao i podaci o broju "
            "izraženih namera i podnetih zahteva za azil u poslednje tri godine.",
        },
    ],
    "social-inclusion-strategy-2024-2030": [
        {
            "author": "elena.stojanovska@lastrada.example",
            "part": "Strategic goal 1",
            "kind": CommentKind.AMENDMENT,
            "text": "Case managers should also cover victims of trafficking among asylum seekers, "
            "who are currently referred nowhere.",
            "proposed": "Every asylum seeker, refugee, returnee and victim of trafficking has "
            "access to a case manager at the social work centre of their municipality.",
            "answer": (
                Outcome.ACCEPTED,
                "The goal is extended to victims of trafficking; the indicator counts them "
                "separately.",
            ),
        },
        {
            "author": "arben.hoxha@arsis.example",
            "part": "Strategic goal 2",
            "kind": CommentKind.SUPPORT,
            "text": "Three-year funding is what makes licensed services sustainable. We ask that "
            "the first call be published within 2025.",
            "cosigners": ["amra.hodzic@lir.example"],
            "answer": (
                Outcome.PARTLY_ACCEPTED,
                "Three-year funding stays; the first call depends on the 2026 budget and is "
                "planned for its first quarter.",
            ),
        },
        {
            "author": "katrin.becker@asb.example",
            "part": "",
            "kind": CommentKind.GENERAL,
            "text": "The strategy lacks a budget per measure. Without it, municipalities cannot "
            "plan the services it expects of them.",
            "answer": (
                Outcome.NOT_ACCEPTED,
                "Budgets are set in the action plan that follows the strategy, not in the "
                "strategy itself.",
            ),
        },
    ],
    "rulebook-on-accommodation-of-unaccompanied-children": [
        {
            "author": "marija.vukovic@sos.example",
            "part": "Article 2",
            "kind": CommentKind.AMENDMENT,
            "text": "One worker for six children is not enough at night and for children under "
            "14; girls need a female worker present.",
            "proposed": "A facility has at least one professional worker for every four children, "
            "present at all times, and a female worker wherever girls are accommodated.",
            "answer": (Outcome.PARTLY_ACCEPTED, "The ratio of one to four applies at night."),
        },
        {
            "author": "milan.petrovic@idc.example",
            "part": "Article 1",
            "kind": CommentKind.QUESTION,
            "text": "Do these standards also apply to children accommodated with foster families?",
        },
    ],
}

REPORTS = {
    "social-inclusion-strategy-2024-2030": (
        "ana.trajkovska@mtsp.example",
        "The Ministry received comments from civil-society organisations of four countries. "
        "It accepted the extension of case management to victims of trafficking and keeps "
        "three-year funding for licensed services.",
    ),
}
ANSWERED_BY = {
    "social-inclusion-strategy-2024-2030": "ana.trajkovska@mtsp.example",
    "rulebook-on-accommodation-of-unaccompanied-children": "nikola.radovic@mrss.example",
}

LATIN_TO_CYRILLIC = dict(
    zip(
        "abcčćdđefghijklmnoprsštuvzž",
        "абцчћдђефгхијклмнопрсштувзж",
        strict=True,
    )
)
SERBIAN_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
ROMAN_NUMERAL = re.compile(r"\b[IVXLC]+\b")


def to_cyrillic(text):
    """Serbian Latin as Serbian Cyrillic, letter by letter (lj, nj and dž are one
    letter each); Roman numerals stay as they are."""

    def word(match):
        latin = match.group(0)
        if ROMAN_NUMERAL.fullmatch(latin):
            return latin
        out, position = [], 0
        while position < len(latin):
            pair = latin[position : position + 2]
            letter = SERBIAN_DIGRAPHS.get(pair.lower())
            if letter is None:
                pair = latin[position]
                letter = LATIN_TO_CYRILLIC.get(pair.lower(), pair)
            out.append(letter.upper() if pair[0].isupper() else letter)
            position += len(pair)
        return "".join(out)

    return re.sub(r"[^\W\d_]+", word, text)


def person(email):
    return get_user_model().objects.get(email=email)


def part_named(page, name):
    """The block of ``page`` with heading ``name``, or (article, paragraph)."""
    article, paragraph = (name, None) if isinstance(name, str) else name
    blocks = page.parts()
    position = next(i for i, block in enumerate(blocks) if block.value["label"] == article)
    if paragraph is None:
        return blocks[position]
    return next(block for block in blocks[position + 1 :] if block.value["label"] == paragraph)


def post_comments(page, comments):
    """The comments, co-signatures, replies and moderation of one consultation."""
    posted = []
    for spec in comments:
        author = person(spec["author"])
        part_id = part_named(page, spec["part"]).id if spec["part"] else ""
        comment = PostComment(
            author,
            page,
            text=spec["text"],
            kind=spec["kind"],
            part_id=part_id,
            proposed_text=spec.get("proposed", ""),
            organisation=author.speaking_for,
        ).execute()
        for email in spec.get("cosigners", []):
            signer = person(email)
            CoSignComment(signer, comment, signer.speaking_for).execute()
        for email, text, hidden_because in spec.get("replies", []):
            reply = PostComment(person(email), page, text=text, parent=comment).execute()
            if hidden_because:
                HideComment(person("jelena.markovic@idc.example"), reply, hidden_because).execute()
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


def translated_draft(page, translation):
    """The draft of ``page`` in another language, each part keeping its block id."""
    if translation.get("transliterate"):
        values = [
            {name: to_cyrillic(value) for name, value in block.value.items() if name != "kind"}
            | {"kind": block.value["kind"]}
            for block in page.draft
        ]
    else:
        rows = split_draft(translation["file"].read_text(encoding="utf-8")).rows()
        values = [dict(zip(("kind", "label", "title", "text"), row, strict=True)) for row in rows]
    return [
        {"type": "part", "value": value, "id": block.id}
        for block, value in zip(page.draft, values, strict=True)
    ]


def section(index, slug):
    """The section of the institution ``slug`` under ``index``, opened in every
    language as the platform opens it (its officials hold its page permissions)."""
    return OpenInstitutionSection(index, Organisation.objects.get(slug=slug)).execute()


def load_asylum_law(demo, indexes):
    law = ASYLUM_LAW
    index = indexes[law["original"]]
    opens_in, closes_in = law["period"]
    parent = section(index, law["institution"])
    if parent.get_children().filter(slug=law["slug"]).exists():
        return
    page = demo.ensure_page(
        parent,
        ConsultationPage,
        law["slug"],
        policy_areas=PolicyArea.objects.filter(slug__in=law["policy_areas"], locale=index.locale),
        opens_at=demo.days_from_today(opens_in),
        closes_at=demo.days_from_today(closes_in, hour=23, minute=59),
        **law["fields"],
    )
    page = import_draft(page, law["file"], person(law["imported_by"]))
    translations = {}
    for language_code, translation in law["translations"].items():
        fields = {"draft": translated_draft(page, translation)}
        if translation.get("transliterate"):
            fields |= {name: to_cyrillic(law["fields"][name]) for name in ("title", "summary")}
        else:
            fields |= {name: translation[name] for name in ("title", "summary")}
        translations[language_code] = fields
    demo.ensure_translations(page, translations)
    post_comments(page, COMMENTS[law["slug"]])


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
    page = demo.ensure_page(
        parent,
        ConsultationPage,
        slug,
        policy_areas=PolicyArea.objects.filter(
            slug__in=consultation["policy_areas"], locale=index.locale
        ),
        opens_at=opens_at,
        closes_at=demo.days_from_today(1) if comments else closes_at,
        **consultation["fields"],
    )
    demo.ensure_translations(page, consultation["translations"])
    if not comments:
        return
    posted = post_comments(page, comments)
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
    if slug in REPORTS:
        email, introduction = REPORTS[slug]
        PublishReport(page, person(email), introduction).execute()


def load_consultations(demo):
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
