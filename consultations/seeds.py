"""Demo consultations: drafts that line ministries of the region opened for
comment, one open, one closed and one still to come, with their translations."""

from accounts.models import Organisation
from consultations.blocks import draft_stream
from consultations.models import ConsultationIndexPage, ConsultationPage, DraftKind
from iris_site.models import PolicyArea

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


def draft_text(*articles):
    """The draft as articles: (heading, text) pairs."""
    return draft_stream(("article", label, "", text) for label, text in articles)


# slug: fields of the English page, the days (from today) it opens and closes,
# and the fields that differ in each translation.
CONSULTATIONS = {
    "law-on-asylum-and-temporary-protection": {
        "fields": {
            "title": "Draft Law on Amendments to the Law on Asylum and Temporary Protection",
            "summary": "The Commissariat proposes changes to the registration of asylum seekers, "
            "free legal aid in the first-instance procedure and the reception of unaccompanied "
            "children, and invites comments on every article.",
            "kind": DraftKind.LAW,
            "country": "RS",
            "draft": draft_text(
                (
                    "Article 1",
                    "In Article 35, paragraph 2, the words “within 15 days” are replaced by the words “within 8 days”.",
                ),
                (
                    "Article 2",
                    "An asylum seeker who is an unaccompanied child is placed in accommodation suited to their age and needs, and a temporary guardian is appointed without delay.",
                ),
                (
                    "Article 3",
                    "Free legal aid is available from the moment the intention to seek asylum is expressed.",
                ),
            ),
        },
        "institution": "crm-serbia",
        "policy_areas": ["asylum", "unaccompanied-children"],
        "period": (-10, 20),
        "translations": {
            "sr-latn": {
                "title": "Nacrt zakona o izmenama i dopunama Zakona o azilu i privremenoj zaštiti",
                "summary": "Komesarijat predlaže izmene u registraciji tražilaca azila, besplatnoj "
                "pravnoj pomoći u prvostepenom postupku i prihvatu dece bez pratnje, i poziva na "
                "komentare na svaki član.",
            },
            "sr": {
                "title": "Нацрт закона о изменама и допунама Закона о азилу и привременој заштити",
                "summary": "Комесаријат предлаже измене у регистрацији тражилаца азила, бесплатној "
                "правној помоћи у првостепеном поступку и прихвату деце без пратње, и позива на "
                "коментаре на сваки члан.",
            },
        },
    },
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
        "period": (-3, 25),
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


def load_consultations(demo):
    index = demo.ensure_page(
        demo.home(),
        ConsultationIndexPage,
        "consultations",
        title=INDEX["en"][0],
        intro=INDEX["en"][1],
    )
    demo.ensure_translations(
        index, {code: {"title": title, "intro": intro} for code, (title, intro) in INDEX.items()}
    )
    for slug, consultation in CONSULTATIONS.items():
        opens_in, closes_in = consultation["period"]
        page = demo.ensure_page(
            index,
            ConsultationPage,
            slug,
            institution=Organisation.objects.get(slug=consultation["institution"]),
            policy_areas=PolicyArea.objects.filter(
                slug__in=consultation["policy_areas"], locale=index.locale
            ),
            opens_at=demo.days_from_today(opens_in),
            closes_at=demo.days_from_today(closes_in, hour=23, minute=59),
            **consultation["fields"],
        )
        demo.ensure_translations(page, consultation["translations"])
