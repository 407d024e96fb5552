"""The peer-review demo as data: the network's quality standards for social
services for migrants in two versions, and two review cycles of three partner
organisations in three countries. ``seeds.py`` loads it through the actions."""

FRAMEWORK = "Quality standards for social services for migrants"
# The library document that presents the framework (policy_library's demo slug).
DISCUSSED_IN = "balkan-briefing-quality-standards"

# number: (title, description, [(criterion, guidance), ...])
STANDARDS = {
    1: (
        "Access to the service",
        "Migrants learn of the service and reach it without barriers of language, cost or status.",
        [
            (
                "Information on the service is available in the languages of the people served.",
                "Leaflets, signs and online pages in at least the three most used languages.",
            ),
            (
                "The service is free of charge and does not depend on legal status.",
                "No fee, deposit or document is asked before a first consultation.",
            ),
            (
                "Opening hours and locations meet the needs of people in reception centres.",
                "Outreach at least weekly where people cannot travel.",
            ),
        ],
    ),
    2: (
        "Needs assessment and individual planning",
        "Each person's needs are assessed and a plan is agreed with them.",
        [
            (
                "An initial assessment is recorded within five working days.",
                "Case files show the date of first contact and of the assessment.",
            ),
            (
                "Vulnerabilities are identified and referred.",
                "Unaccompanied children, survivors of violence and trafficking are screened.",
            ),
            (
                "An individual plan is agreed with the person and reviewed.",
                "The plan is signed or confirmed by the person, and reviewed every three months.",
            ),
        ],
    ),
    3: (
        "Qualified and supported staff",
        "Staff have the training, supervision and support the work requires.",
        [
            (
                "Staff hold the qualifications the service requires.",
                "Lawyers are admitted to the bar; social workers licensed.",
            ),
            (
                "Staff receive regular supervision.",
                "Individual or group supervision at least monthly.",
            ),
            (
                "Interpreters are trained in confidentiality and neutrality.",
                "A signed code of conduct and a training record for each interpreter.",
            ),
        ],
    ),
    4: (
        "Referral and cooperation",
        "The service works with public institutions and other organisations in the referral system.",
        [
            (
                "Written referral agreements exist with the social work centre.",
                "A protocol or memorandum, and referrals made under it.",
            ),
            (
                "Referrals are followed up and their outcome recorded.",
                "Case files show the outcome of each referral.",
            ),
            (
                "The service takes part in local coordination meetings.",
                "Minutes or attendance lists of the last year.",
            ),
        ],
    ),
    5: (
        "Rights, confidentiality and complaints",
        "People's rights and personal data are protected, and they can complain.",
        [
            (
                "Personal data are kept confidential and processed lawfully.",
                "Locked files, access rights, consent forms.",
            ),
            (
                "People know how to complain, and complaints are answered.",
                "A complaints procedure in the people's languages, and a log of answers.",
            ),
            (
                "Feedback from the people served shapes the service.",
                "Satisfaction surveys or focus groups, and changes made after them.",
            ),
        ],
    ),
}
# The second version (2023): one criterion sharpened, one added.
VERSION_2_CHANGES = {
    (2, 1): "An initial assessment is recorded within three working days.",
}
VERSION_2_ADDED = {
    5: (
        "Safeguarding: the service has a policy against sexual exploitation and abuse.",
        "A signed policy, a focal point and training of all staff.",
    ),
}

COORDINATOR = ("dusan.jankovic@idc.example", "Dušan", "Janković", "idc", "Network coordinator")
REVIEWERS = {
    "marija.vukovic@sos.example": "sos-podgorica",
    "arben.hoxha@arsis.example": "arsis",
    "amra.hodzic@lir.example": "lir-cd",
    "elena.stojanovska@lastrada.example": "open-gate",
}

# (reviewed organisation, service, team organisations, team people, responsible person)
REVIEWED = [
    (
        "lir-cd",
        "psychosocial-support",
        ["sos-podgorica", "arsis"],
        ["marija.vukovic@sos.example", "arben.hoxha@arsis.example"],
        "amra.hodzic@lir.example",
    ),
    (
        "open-gate",
        "child-protection",
        ["lir-cd", "sos-podgorica"],
        ["amra.hodzic@lir.example", "marija.vukovic@sos.example"],
        "elena.stojanovska@lastrada.example",
    ),
    (
        "arsis",
        "legal-aid",
        ["open-gate", "lir-cd"],
        ["elena.stojanovska@lastrada.example", "amra.hodzic@lir.example"],
        "arben.hoxha@arsis.example",
    ),
]

# cycle: (framework version, visit start as days from today, completed)
CYCLES = {1: (1, -760, True), 2: (2, -40, True)}

# Scores of cycle 1 by organisation, in criterion order; cycle 2 adds one
# point where cycle 1's recommendation was done.
SCORES = {
    "lir-cd": [2, 3, 1, 1, 2, 1, 2, 0, 1, 1, 2, 1, 2, 1, 1],
    "open-gate": [3, 2, 2, 2, 3, 1, 2, 1, 2, 2, 1, 2, 3, 2, 1],
    "arsis": [1, 2, 1, 2, 1, 2, 3, 2, 1, 1, 2, 0, 2, 1, 2],
}
STRENGTHS = {
    "lir-cd": "A trusted team with long experience in Bihać and Velika Kladuša; strong outreach "
    "to the reception centres.",
    "open-gate": "Child-friendly premises and a 24-hour hotline; close cooperation with the "
    "national referral mechanism for victims of trafficking.",
    "arsis": "Legal aid at the border crossing of Kakavija and in Tirana; lawyers with asylum "
    "expertise.",
}
FINDING = "Seen in %s case files out of ten; staff interviews confirm it."
EVIDENCE = "Case files, staff interviews and the service's procedures."

# (text, priority, due in days from today, follow-up [(status, days from today, note)])
RECOMMENDATIONS = [
    (
        "Translate the information leaflet into Arabic, Farsi and Pashto.",
        "high",
        -400,
        [
            ("in-progress", -500, "Arabic and Farsi versions drafted."),
            ("done", -420, "All three leaflets printed and handed out in the centres."),
        ],
    ),
    (
        "Introduce monthly group supervision for the psychosocial team.",
        "medium",
        -60,
        [("in-progress", -120, "A supervisor from the university agreed to start in spring.")],
    ),
    ("Sign a referral protocol with the local social work centre.", "high", -30, []),
    (
        "Set up a complaints box and a log of the answers given.",
        "low",
        90,
        [("dropped", -200, "Replaced by the network's shared complaints line.")],
    ),
]
SECOND_CYCLE_RECOMMENDATIONS = [
    ("Train every interpreter in the new safeguarding policy.", "high", 120, []),
]

# The one review whose summary is published, with the organisation's consent.
PUBLISHED = (
    "lir-cd",
    2,
    "LIR CD's psychosocial support in Una-Sana Canton meets most of the network's quality "
    "standards. Since the first review the service translated its information into the "
    "languages of the people it serves and began regular supervision of its team. The peer "
    "team recommends a written referral protocol with the social work centre and training of "
    "interpreters in the new safeguarding policy.",
)

# The framework in the other languages (Serbian Cyrillic is Serbian Latin
# transliterated): its name, description, standards' titles and criteria's
# texts; "version 2" holds the texts version 2 changed or added. The guidance
# stays in English until the network's translators get to it.
FRAMEWORK_TRANSLATIONS = {
    "sr-latn": {
        "name": "Standardi kvaliteta socijalnih usluga za migrante",
        "description": "Zajednički minimalni standardi koje je mreža IRIS usvojila za socijalne "
        "i pravne usluge koje njene članice pružaju migrantima.",
        "standards": {
            1: "Dostupnost usluge",
            2: "Procena potreba i individualni plan",
            3: "Kvalifikovano osoblje i podrška osoblju",
            4: "Upućivanje i saradnja",
            5: "Prava, poverljivost i pritužbe",
        },
        "criteria": {
            (1, 1): "Informacije o usluzi dostupne su na jezicima korisnika.",
            (1, 2): "Usluga je besplatna i ne zavisi od pravnog statusa.",
            (1, 3): "Radno vreme i lokacije odgovaraju potrebama ljudi u prihvatnim centrima.",
            (2, 1): "Početna procena se evidentira u roku od pet radnih dana.",
            (2, 2): "Ranjivosti se prepoznaju i slučajevi se upućuju dalje.",
            (2, 3): "Individualni plan se dogovara sa korisnikom i preispituje.",
            (3, 1): "Osoblje ima kvalifikacije koje usluga zahteva.",
            (3, 2): "Osoblje dobija redovnu superviziju.",
            (3, 3): "Prevodioci su obučeni o poverljivosti i neutralnosti.",
            (4, 1): "Postoje pisani sporazumi o upućivanju sa centrom za socijalni rad.",
            (4, 2): "Upućivanja se prate i njihov ishod se evidentira.",
            (4, 3): "Služba učestvuje na lokalnim koordinacionim sastancima.",
            (5, 1): "Lični podaci se čuvaju poverljivo i obrađuju zakonito.",
            (5, 2): "Korisnici znaju kako da se žale, a na pritužbe se odgovara.",
            (5, 3): "Povratne informacije korisnika oblikuju uslugu.",
        },
        "version 2": {
            (2, 1): "Početna procena se evidentira u roku od tri radna dana.",
            (5, 4): "Zaštita: služba ima politiku protiv seksualnog iskorišćavanja i "
            "zlostavljanja.",
        },
    },
    "bs": {
        "name": "Standardi kvaliteta socijalnih usluga za migrante",
        "description": "Zajednički minimalni standardi koje je mreža IRIS usvojila za socijalne "
        "i pravne usluge koje njene članice pružaju migrantima.",
        "standards": {
            1: "Dostupnost usluge",
            2: "Procjena potreba i individualni plan",
            3: "Kvalificirano osoblje i podrška osoblju",
            4: "Upućivanje i saradnja",
            5: "Prava, povjerljivost i žalbe",
        },
        "criteria": {
            (1, 1): "Informacije o usluzi dostupne su na jezicima korisnika.",
            (1, 2): "Usluga je besplatna i ne zavisi od pravnog statusa.",
            (1, 3): "Radno vrijeme i lokacije odgovaraju potrebama ljudi u prihvatnim centrima.",
            (2, 1): "Početna procjena se evidentira u roku od pet radnih dana.",
            (2, 2): "Ranjivosti se prepoznaju i slučajevi se upućuju dalje.",
            (2, 3): "Individualni plan se dogovara s korisnikom i preispituje.",
            (3, 1): "Osoblje ima kvalifikacije koje usluga zahtijeva.",
            (3, 2): "Osoblje dobija redovnu superviziju.",
            (3, 3): "Prevodioci su obučeni o povjerljivosti i neutralnosti.",
            (4, 1): "Postoje pisani sporazumi o upućivanju s centrom za socijalni rad.",
            (4, 2): "Upućivanja se prate i njihov ishod se evidentira.",
            (4, 3): "Služba učestvuje na lokalnim koordinacijskim sastancima.",
            (5, 1): "Lični podaci se čuvaju povjerljivo i obrađuju zakonito.",
            (5, 2): "Korisnici znaju kako se žaliti, a na žalbe se odgovara.",
            (5, 3): "Povratne informacije korisnika oblikuju uslugu.",
        },
        "version 2": {
            (2, 1): "Početna procjena se evidentira u roku od tri radna dana.",
            (5, 4): "Zaštita: služba ima politiku protiv seksualnog iskorištavanja i "
            "zlostavljanja.",
        },
    },
    "cnr": {
        "name": "Standardi kvaliteta socijalnih usluga za migrante",
        "description": "Zajednički minimalni standardi koje je mreža IRIS usvojila za socijalne "
        "i pravne usluge koje njene članice pružaju migrantima.",
        "standards": {
            1: "Dostupnost usluge",
            2: "Procjena potreba i individualni plan",
            3: "Kvalifikovano osoblje i podrška osoblju",
            4: "Upućivanje i saradnja",
            5: "Prava, povjerljivost i pritužbe",
        },
        "criteria": {
            (1, 1): "Informacije o usluzi dostupne su na jezicima korisnika.",
            (1, 2): "Usluga je besplatna i ne zavisi od pravnog statusa.",
            (1, 3): "Radno vrijeme i lokacije odgovaraju potrebama ljudi u prihvatnim centrima.",
            (2, 1): "Početna procjena se evidentira u roku od pet radnih dana.",
            (2, 2): "Ranjivosti se prepoznaju i slučajevi se upućuju dalje.",
            (2, 3): "Individualni plan se dogovara sa korisnikom i preispituje.",
            (3, 1): "Osoblje ima kvalifikacije koje usluga zahtijeva.",
            (3, 2): "Osoblje dobija redovnu superviziju.",
            (3, 3): "Prevodioci su obučeni o povjerljivosti i neutralnosti.",
            (4, 1): "Postoje pisani sporazumi o upućivanju sa centrom za socijalni rad.",
            (4, 2): "Upućivanja se prate i njihov ishod se evidentira.",
            (4, 3): "Služba učestvuje na lokalnim koordinacionim sastancima.",
            (5, 1): "Lični podaci se čuvaju povjerljivo i obrađuju zakonito.",
            (5, 2): "Korisnici znaju kako da se žale, a na pritužbe se odgovara.",
            (5, 3): "Povratne informacije korisnika oblikuju uslugu.",
        },
        "version 2": {
            (2, 1): "Početna procjena se evidentira u roku od tri radna dana.",
            (5, 4): "Zaštita: služba ima politiku protiv seksualnog iskorišćavanja i "
            "zlostavljanja.",
        },
    },
    "mk": {
        "name": "Стандарди за квалитет на социјалните услуги за мигранти",
        "description": "Заедничките минимални стандарди што мрежата ИРИС ги усвои за "
        "социјалните и правните услуги што нејзините членки им ги даваат на мигрантите.",
        "standards": {
            1: "Пристап до услугата",
            2: "Проценка на потребите и индивидуален план",
            3: "Квалификуван и поддржан персонал",
            4: "Упатување и соработка",
            5: "Права, доверливост и поплаки",
        },
        "criteria": {
            (1, 1): "Информациите за услугата се достапни на јазиците на корисниците.",
            (1, 2): "Услугата е бесплатна и не зависи од правниот статус.",
            (1, 3): "Работното време и локациите одговараат на потребите на луѓето во "
            "прифатните центри.",
            (2, 1): "Почетната проценка се евидентира во рок од пет работни дена.",
            (2, 2): "Ранливостите се препознаваат и случаите се упатуваат понатаму.",
            (2, 3): "Индивидуалниот план се договара со корисникот и се преиспитува.",
            (3, 1): "Персоналот ги има квалификациите што ги бара услугата.",
            (3, 2): "Персоналот добива редовна супервизија.",
            (3, 3): "Преведувачите се обучени за доверливост и неутралност.",
            (4, 1): "Постојат писмени договори за упатување со центарот за социјална работа.",
            (4, 2): "Упатувањата се следат и нивниот исход се евидентира.",
            (4, 3): "Службата учествува на локалните координативни средби.",
            (5, 1): "Личните податоци се чуваат доверливо и се обработуваат законито.",
            (5, 2): "Корисниците знаат како да поднесат поплака, а на поплаките се одговара.",
            (5, 3): "Повратните информации од корисниците ја обликуваат услугата.",
        },
        "version 2": {
            (2, 1): "Почетната проценка се евидентира во рок од три работни дена.",
            (5, 4): "Заштита: службата има политика против сексуална експлоатација и злоупотреба.",
        },
    },
    "sq": {
        "name": "Standardet e cilësisë së shërbimeve sociale për migrantët",
        "description": "Standardet minimale të përbashkëta që rrjeti IRIS miratoi për "
        "shërbimet sociale dhe ligjore që anëtarët e tij u ofrojnë migrantëve.",
        "standards": {
            1: "Qasja në shërbim",
            2: "Vlerësimi i nevojave dhe plani individual",
            3: "Staf i kualifikuar dhe i mbështetur",
            4: "Referimi dhe bashkëpunimi",
            5: "Të drejtat, konfidencialiteti dhe ankesat",
        },
        "criteria": {
            (1, 1): "Informacioni për shërbimin është i disponueshëm në gjuhët e përfituesve.",
            (1, 2): "Shërbimi është falas dhe nuk varet nga statusi ligjor.",
            (1, 3): "Orari dhe vendndodhjet u përgjigjen nevojave të njerëzve në qendrat e "
            "pritjes.",
            (2, 1): "Vlerësimi fillestar regjistrohet brenda pesë ditëve të punës.",
            (2, 2): "Cenueshmëritë identifikohen dhe rastet referohen.",
            (2, 3): "Plani individual bihet dakord me personin dhe rishikohet.",
            (3, 1): "Stafi ka kualifikimet që kërkon shërbimi.",
            (3, 2): "Stafi merr mbikëqyrje të rregullt.",
            (3, 3): "Përkthyesit janë trajnuar për konfidencialitetin dhe paanshmërinë.",
            (4, 1): "Ekzistojnë marrëveshje me shkrim për referimin me qendrën e punës sociale.",
            (4, 2): "Referimet ndiqen dhe rezultati i tyre regjistrohet.",
            (4, 3): "Shërbimi merr pjesë në takimet vendore të koordinimit.",
            (5, 1): "Të dhënat personale ruhen konfidenciale dhe përpunohen ligjërisht.",
            (5, 2): "Përfituesit dinë si të ankohen dhe ankesave u përgjigjet.",
            (5, 3): "Mendimet e përfituesve formësojnë shërbimin.",
        },
        "version 2": {
            (2, 1): "Vlerësimi fillestar regjistrohet brenda tri ditëve të punës.",
            (5, 4): "Mbrojtja: shërbimi ka një politikë kundër shfrytëzimit dhe abuzimit seksual.",
        },
    },
    "de": {
        "name": "Qualitätsstandards für soziale Dienste für Migrantinnen und Migranten",
        "description": "Die gemeinsamen Mindeststandards, die das IRIS-Netzwerk für die "
        "sozialen und rechtlichen Dienste seiner Mitglieder für Migrantinnen und Migranten "
        "vereinbart hat.",
        "standards": {
            1: "Zugang zum Dienst",
            2: "Bedarfsermittlung und individuelle Planung",
            3: "Qualifiziertes und unterstütztes Personal",
            4: "Vermittlung und Zusammenarbeit",
            5: "Rechte, Vertraulichkeit und Beschwerden",
        },
        "criteria": {
            (1, 1): "Informationen über den Dienst liegen in den Sprachen der Betreuten vor.",
            (1, 2): "Der Dienst ist kostenlos und hängt nicht vom Aufenthaltsstatus ab.",
            (1, 3): "Öffnungszeiten und Standorte entsprechen dem Bedarf der Menschen in "
            "Aufnahmezentren.",
            (2, 1): "Eine Erstbewertung wird innerhalb von fünf Arbeitstagen festgehalten.",
            (2, 2): "Besondere Schutzbedürftigkeit wird erkannt und weitervermittelt.",
            (2, 3): "Ein individueller Plan wird mit der Person vereinbart und überprüft.",
            (3, 1): "Das Personal hat die Qualifikationen, die der Dienst verlangt.",
            (3, 2): "Das Personal erhält regelmäßige Supervision.",
            (3, 3): "Dolmetschende sind in Vertraulichkeit und Neutralität geschult.",
            (4, 1): "Mit dem Zentrum für Sozialarbeit bestehen schriftliche "
            "Vermittlungsvereinbarungen.",
            (4, 2): "Vermittlungen werden nachverfolgt und ihr Ergebnis festgehalten.",
            (4, 3): "Der Dienst nimmt an örtlichen Koordinierungstreffen teil.",
            (5, 1): "Personenbezogene Daten werden vertraulich und rechtmäßig verarbeitet.",
            (5, 2): "Die Menschen wissen, wie sie sich beschweren können, und Beschwerden "
            "werden beantwortet.",
            (5, 3): "Rückmeldungen der Betreuten prägen den Dienst.",
        },
        "version 2": {
            (2, 1): "Eine Erstbewertung wird innerhalb von drei Arbeitstagen festgehalten.",
            (5, 4): "Schutz: Der Dienst hat eine Richtlinie gegen sexuelle Ausbeutung und "
            "sexuellen Missbrauch.",
        },
    },
}
