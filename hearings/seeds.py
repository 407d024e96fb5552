"""Demo public hearings: one in Belgrade and one online still to come, and a
past one in Skopje, with their translations."""

from hearings.models import HearingIndexPage, HearingPage

INDEX = {
    "en": (
        "Public hearings",
        "Hearings where officials present a draft and hear civil-society organisations, "
        "in a hall or online.",
    ),
    "sr-latn": (
        "Javna slušanja",
        "Slušanja na kojima predstavnici vlasti predstavljaju nacrt i čuju organizacije "
        "civilnog društva, u sali ili na internetu.",
    ),
    "sr": (
        "Јавна слушања",
        "Слушања на којима представници власти представљају нацрт и чују организације "
        "цивилног друштва, у сали или на интернету.",
    ),
    "bs": (
        "Javne rasprave",
        "Rasprave na kojima predstavnici vlasti predstavljaju nacrt i slušaju organizacije "
        "civilnog društva, u sali ili putem interneta.",
    ),
    "cnr": (
        "Javne rasprave",
        "Rasprave na kojima predstavnici vlasti predstavljaju nacrt i slušaju organizacije "
        "civilnog društva, u sali ili putem interneta.",
    ),
    "mk": (
        "Јавни расправи",
        "Расправи на кои институциите претставуваат нацрт и ги слушаат граѓанските "
        "организации, во сала или на интернет.",
    ),
    "sq": (
        "Dëgjesat publike",
        "Dëgjesa ku zyrtarët paraqesin një projekt dhe dëgjojnë organizatat e shoqërisë "
        "civile, në sallë ose në internet.",
    ),
    "de": (
        "Öffentliche Anhörungen",
        "Anhörungen, bei denen Behörden einen Entwurf vorstellen und zivilgesellschaftliche "
        "Organisationen anhören, vor Ort oder online.",
    ),
}

# slug: fields of the English page, (days from today, starting hour, ending
# hour) in site time, and the fields that differ in each translation.
HEARINGS = {
    "belgrade-hearing-on-the-law-on-asylum": {
        "fields": {
            "title": "Public hearing on the Draft Law on Asylum and Temporary Protection",
            "summary": "The Commissariat for Refugees and Migration presents the draft "
            "amendments; network members present their comments on legal aid and on the "
            "reception of unaccompanied children.",
            "venue": "Belgrade City Hall, Dragoslava Jovanovića 2, Belgrade",
            "body": "<ol><li>Opening by the Commissariat for Refugees and Migration</li>"
            "<li>The draft amendments, article by article</li>"
            "<li>Comments of civil-society organisations</li>"
            "<li>Questions and answers</li></ol>",
        },
        "when": (12, 10, 13),
        "translations": {
            "sr-latn": {
                "title": "Javno slušanje o Nacrtu zakona o azilu i privremenoj zaštiti",
                "summary": "Komesarijat za izbeglice i migracije predstavlja nacrt izmena; članice "
                "mreže iznose komentare o pravnoj pomoći i prihvatu dece bez pratnje.",
                "venue": "Skupština grada Beograda, Dragoslava Jovanovića 2, Beograd",
            },
            "sr": {
                "title": "Јавно слушање о Нацрту закона о азилу и привременој заштити",
                "summary": "Комесаријат за избеглице и миграције представља нацрт измена; чланице "
                "мреже износе коментаре о правној помоћи и прихвату деце без пратње.",
                "venue": "Скупштина града Београда, Драгослава Јовановића 2, Београд",
            },
        },
    },
    "online-hearing-on-accommodation-of-unaccompanied-children": {
        "fields": {
            "title": "Online hearing on standards for the accommodation of unaccompanied children",
            "summary": "The Ministry of Labour and Social Welfare of Montenegro hears social "
            "workers, guardians and civil-society organisations on the draft rulebook.",
            "online_url": "https://meet.iris-dialogue.example/unaccompanied-children",
            "body": "<p>The hearing is held in English and Montenegrin with interpretation.</p>",
        },
        "when": (6, 14, 16),
        "translations": {
            "cnr": {
                "title": "Onlajn rasprava o standardima smještaja djece bez pratnje",
                "summary": "Ministarstvo rada i socijalnog staranja sluša socijalne radnike, "
                "staratelje i organizacije civilnog društva o nacrtu pravilnika.",
            },
        },
    },
    "skopje-hearing-on-the-social-inclusion-strategy": {
        "fields": {
            "title": "Public hearing on the Social Inclusion Strategy 2024–2030",
            "summary": "Civil-society service providers discussed with the Ministry how the "
            "strategy will fund services for asylum seekers and returnees.",
            "venue": "Ministry of Social Policy, Demography and Youth, Dame Gruev 14, Skopje",
        },
        "when": (-50, 11, 14),
        "translations": {
            "mk": {
                "title": "Јавна расправа за Стратегијата за социјална инклузија 2024–2030",
                "summary": "Граѓанските организации што даваат услуги разговараа со "
                "Министерството како стратегијата ќе ги финансира услугите за барателите на "
                "азил и повратниците.",
                "venue": "Министерство за социјална политика, демографија и млади, Даме Груев 14, "
                "Скопје",
            },
        },
    },
}


def load_hearings(demo):
    index = demo.ensure_page(
        demo.home(), HearingIndexPage, "hearings", title=INDEX["en"][0], intro=INDEX["en"][1]
    )
    demo.ensure_translations(
        index, {code: {"title": title, "intro": intro} for code, (title, intro) in INDEX.items()}
    )
    for slug, hearing in HEARINGS.items():
        day, starts, ends = hearing["when"]
        page = demo.ensure_page(
            index,
            HearingPage,
            slug,
            starts_at=demo.days_from_today(day, hour=starts),
            ends_at=demo.days_from_today(day, hour=ends),
            **hearing["fields"],
        )
        demo.ensure_translations(page, hearing["translations"])
