"""The demo events as plain data: a hearing held on the demo draft law with its
minutes and conclusions, an upcoming hearing with a few seats left, an EU
Parliament event in Brussels, a regional social academy and an online
partnership meeting. ``hearings.seeds`` loads them.

Each event: its page type, slug, ``when`` as (days from today, starting hour,
ending hour) in its time zone, the fields of the English page, the people who
speak (by name, from ``PEOPLE``), and the fields that differ in translations."""

INDEX = {
    "en": (
        "Events",
        "Public hearings where officials hear civil society on a draft, events at the European "
        "Parliament, and the network's social academies, briefings and meetings.",
    ),
    "sr-latn": (
        "Događaji",
        "Javna slušanja na kojima predstavnici vlasti čuju civilno društvo o nacrtu, događaji u "
        "Evropskom parlamentu i regionalne socijalne akademije, brifinzi i sastanci mreže.",
    ),
    "bs": (
        "Događaji",
        "Javne rasprave na kojima vlasti slušaju civilno društvo o nacrtu, događaji u Evropskom "
        "parlamentu te regionalne socijalne akademije, brifinzi i sastanci mreže.",
    ),
    "cnr": (
        "Događaji",
        "Javne rasprave na kojima vlasti slušaju civilno društvo o nacrtu, događaji u Evropskom "
        "parlamentu te regionalne socijalne akademije, brifinzi i sastanci mreže.",
    ),
    "mk": (
        "Настани",
        "Јавни расправи каде институциите ги слушаат граѓанските организации за нацрт, настани "
        "во Европскиот парламент и регионалните социјални академии, брифинзи и средби на мрежата.",
    ),
    "sq": (
        "Ngjarjet",
        "Dëgjesa publike ku zyrtarët dëgjojnë shoqërinë civile për një projekt, ngjarje në "
        "Parlamentin Evropian dhe akademitë sociale rajonale, brifingjet dhe takimet e rrjetit.",
    ),
    "de": (
        "Veranstaltungen",
        "Öffentliche Anhörungen zu Entwürfen, Veranstaltungen im Europäischen Parlament sowie "
        "die Sozialakademien, Briefings und Treffen des Netzwerks.",
    ),
}

# name: (position, organisation slug or None, organisation name when not in the directory)
PEOPLE = {
    "Dragan Nikolić": ("Head of the Asylum Department", "crm-serbia", ""),
    "Jelena Marković": ("Legal aid coordinator", "idc", ""),
    "Amra Hodžić": ("Programme manager", "lir-cd", ""),
    "Ana Radović": ("Director-General for Social Welfare", "mlsw-me", ""),
    "Milica Vuković": ("Social worker and guardian", "sos-podgorica", ""),
    "Elira Hoxha": ("Researcher", None, "Albanian Helsinki Committee"),
    "Marko Petrović": ("Network coordinator", "idc", ""),
    "Senada Begić": ("Head of Migration Unit", "mos-bih", ""),
}

# name: (political group, country, committees)
MEMBERS_OF_PARLIAMENT = {
    "Tineke Strik": ("Greens/EFA", "NL", "LIBE, AFET"),
    "Andreas Schieder": ("S&D", "AT", "AFET, Western Balkans Intergroup"),
}

EVENTS = {
    "belgrade-hearing-on-the-law-on-asylum": {
        "type": "hearing",
        "when": (-4, 10, 13),
        "consultation": "law-on-asylum-and-temporary-protection",
        "organisers": ["crm-serbia"],
        "co_organisers": ["idc"],
        "policy_areas": ["asylum", "unaccompanied-children"],
        "fields": {
            "title": "Public hearing on the Draft Law on Asylum and Temporary Protection",
            "summary": "The Commissariat for Refugees and Migration presented the draft; network "
            "members presented their comments on legal aid and on the reception of "
            "unaccompanied children.",
            "country": "RS",
            "venue": "Belgrade City Hall, Dragoslava Jovanovića 2, Belgrade",
            "room": "Great Hall",
            "accessibility": "Step-free entrance from Dragoslava Jovanovića street; a hearing "
            "loop in the Great Hall.",
            "online_url": "https://meet.iris-dialogue.example/asylum-law",
            "languages": ["sr", "en"],
            "interpretation": ["en", "sgn"],
            "capacity": 60,
            "minutes": "<p>The Commissariat presented the draft chapter by chapter. Twelve "
            "organisations spoke. Questions from the room concerned the time limit for an "
            "appeal (Article 7) and the appointment of guardians (Article 12).</p>"
            "<p>The Commissariat answered that the eight-day time limit will be reviewed with "
            "the Ministry of Justice and that a guardian is appointed by the centre for social "
            "work within 24 hours.</p>",
            "conclusions": "<ol><li>Free legal aid from the first contact is supported by every "
            "organisation that spoke.</li><li>The time limit for an appeal should be at least "
            "fifteen days.</li><li>The network sends written comments on Article 12 before the "
            "consultation closes.</li></ol>",
            "recording_url": "https://video.iris-dialogue.example/asylum-law-hearing",
        },
        "agenda": [
            ("10:00", "10:20", "Opening and the draft in brief", ["Dragan Nikolić"]),
            ("10:20", "11:30", "Legal aid and the asylum procedure", ["Jelena Marković"]),
            ("11:30", "12:30", "Unaccompanied children", ["Amra Hodžić"]),
            ("12:30", "13:00", "Questions and answers", []),
        ],
        "attendance": {"cso": 31, "public": 9, "international": 4, "media": 3},
        # What the live board held, as the minutes show it: the chair answered
        # the questions and carried the comments into the consultation.
        "board": {
            "chair": "dragan.nikolic@kirs.example",
            "posts": [
                {
                    "author": "amra.hodzic@lir.example",
                    "organisation": "lir-cd",
                    "kind": "question",
                    "text": "Who appoints the guardian of an unaccompanied child, and how soon "
                    "after the child is registered?",
                    "votes": ["elena.stojanovska@lastrada.example", "arben.hoxha@arsis.example"],
                    "answer": "The centre for social work, within 24 hours of registration; "
                    "Article 12 will say so.",
                },
                {
                    "author": "elena.stojanovska@lastrada.example",
                    "organisation": "open-gate",
                    "kind": "question",
                    "text": "Will the eight-day time limit for an appeal in Article 7 stay?",
                    "votes": ["amra.hodzic@lir.example"],
                    "answer": "It will be reviewed with the Ministry of Justice before the "
                    "draft goes to the government.",
                },
                {
                    "author": "arben.hoxha@arsis.example",
                    "organisation": "arsis",
                    "kind": "comment",
                    "text": "Free legal aid must start at the first contact with the police, "
                    "not once the asylum claim is registered: people lose days at the border.",
                    "carry": True,
                },
                {
                    "author": "marija.vukovic@sos.example",
                    "organisation": "sos-podgorica",
                    "kind": "comment",
                    "text": "Interpreters at the first interview should be certified; "
                    "volunteers from the same community put children at risk.",
                    "carry": True,
                },
            ],
        },
        "follow_up": [
            ("Send written comments on Article 12", "Network secretariat", 6),
            ("Review the time limit for an appeal", "Commissariat for Refugees and Migration", 20),
        ],
        "translations": {
            "sr-latn": {
                "title": "Javno slušanje o Nacrtu zakona o azilu i privremenoj zaštiti",
                "summary": "Komesarijat za izbeglice i migracije predstavio je nacrt; članice "
                "mreže iznele su komentare o pravnoj pomoći i prihvatu dece bez pratnje.",
                "venue": "Skupština grada Beograda, Dragoslava Jovanovića 2, Beograd",
                "room": "Velika sala",
            },
            "bs": {
                "title": "Javno saslušanje o Nacrtu zakona o azilu i privremenoj zaštiti",
                "summary": "Komesarijat za izbjeglice i migracije predstavio je nacrt; članice "
                "mreže iznijele su komentare o pravnoj pomoći i prihvatu djece bez pratnje.",
                "venue": "Skupština grada Beograda, Dragoslava Jovanovića 2, Beograd",
                "room": "Velika sala",
            },
            "cnr": {
                "title": "Javno slušanje o Nacrtu zakona o azilu i privremenoj zaštiti",
                "summary": "Komesarijat za izbjeglice i migracije predstavio je nacrt; članice "
                "mreže iznijele su komentare o pravnoj pomoći i prihvatu đece bez pratnje.",
                "venue": "Skupština grada Beograda, Dragoslava Jovanovića 2, Beograd",
                "room": "Velika sala",
            },
            "mk": {
                "title": "Јавна расправа за Нацрт-законот за азил и привремена заштита",
                "summary": "Комесаријатот за бегалци и миграции го претстави нацртот; членките "
                "на мрежата ги изнесоа своите коментари за правната помош и прифатот на децата "
                "без придружба.",
                "venue": "Собрание на градот Белград, Драгослава Јовановиќа 2, Белград",
                "room": "Голема сала",
            },
            "sq": {
                "title": "Dëgjesë publike për Projektligjin për azilin dhe mbrojtjen e përkohshme",
                "summary": "Komisariati për Refugjatët dhe Migracionin prezantoi projektin; "
                "anëtarët e rrjetit paraqitën komentet e tyre për ndihmën juridike dhe pritjen e "
                "fëmijëve të pashoqëruar.",
                "venue": "Kuvendi i Qytetit të Beogradit, Dragoslava Jovanovića 2, Beograd",
                "room": "Salla e Madhe",
            },
            "de": {
                "title": "Öffentliche Anhörung zum Entwurf des Gesetzes über Asyl und "
                "vorübergehenden Schutz",
                "summary": "Das Kommissariat für Flüchtlinge und Migration stellte den Entwurf "
                "vor; Mitglieder des Netzwerks trugen ihre Kommentare zur Rechtshilfe und zur "
                "Aufnahme unbegleiteter Kinder vor.",
                "venue": "Belgrader Rathaus, Dragoslava Jovanovića 2, Belgrad",
                "room": "Großer Saal",
            },
        },
    },
    "podgorica-hearing-on-accommodation-of-unaccompanied-children": {
        "type": "hearing",
        "when": (6, 14, 16),
        "organisers": ["mlsw-me"],
        "co_organisers": ["sos-podgorica"],
        "policy_areas": ["unaccompanied-children"],
        "fields": {
            "title": "Hearing on standards for the accommodation of unaccompanied children",
            "summary": "The Ministry of Labour and Social Welfare of Montenegro hears social "
            "workers, guardians and civil-society organisations on the draft rulebook.",
            "country": "ME",
            "time_zone": "Europe/Podgorica",
            "venue": "Ministry of Labour and Social Welfare, Rimski trg 46, Podgorica",
            "room": "Conference room, 2nd floor",
            "accessibility": "Lift to the 2nd floor; ask for a sign-language interpreter when "
            "you register.",
            "online_url": "https://meet.iris-dialogue.example/unaccompanied-children",
            "languages": ["cnr", "en"],
            "interpretation": ["en", "sgn"],
            "capacity": 12,
            "online_capacity": 100,
        },
        "agenda": [
            ("14:00", "14:20", "The draft rulebook", ["Ana Radović"]),
            ("14:20", "15:30", "Guardians and social workers speak", ["Milica Vuković"]),
            ("15:30", "16:00", "Questions and answers", []),
        ],
        # People already registered: the room has a few seats left.
        "registrations": [
            ("Vesna Đurović", "vesna.durovic@example.org", "SOS Podgorica"),
            ("Nikola Jovanović", "nikola.jovanovic@example.org", "Centre for Social Work"),
            ("Ivana Šćekić", "ivana.scekic@example.org", "Institute for Social Protection"),
            ("Dejan Kovačević", "dejan.kovacevic@example.org", ""),
            ("Mirela Bajramović", "mirela.bajramovic@example.org", "Roma Education Fund"),
            ("Petar Milić", "petar.milic@example.org", "Ombudsman of Montenegro"),
            ("Sanja Radulović", "sanja.radulovic@example.org", "UNICEF Montenegro"),
            ("Aleksandar Popović", "aleksandar.popovic@example.org", "Red Cross Montenegro"),
            ("Jasmina Mujović", "jasmina.mujovic@example.org", "SOS Children's Villages"),
        ],
        "translations": {
            "cnr": {
                "title": "Rasprava o standardima smještaja djece bez pratnje",
                "summary": "Ministarstvo rada i socijalnog staranja sluša socijalne radnike, "
                "staratelje i organizacije civilnog društva o nacrtu pravilnika.",
            },
        },
    },
    "skopje-hearing-on-the-social-inclusion-strategy": {
        "type": "hearing",
        "when": (-50, 11, 14),
        "organisers": ["mspdy-mk"],
        "policy_areas": ["integration"],
        "fields": {
            "title": "Public hearing on the Social Inclusion Strategy 2024–2030",
            "summary": "Civil-society service providers discussed with the Ministry how the "
            "strategy will fund services for asylum seekers and returnees.",
            "country": "MK",
            "time_zone": "Europe/Skopje",
            "venue": "Ministry of Social Policy, Demography and Youth, Dame Gruev 14, Skopje",
            "languages": ["mk", "sq"],
        },
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
    "brussels-quality-standards-of-services-for-migrants": {
        "type": "parliament",
        "when": (20, 13, 15),
        "organisers": ["european-parliament"],
        "co_organisers": ["idc", "lir-cd", "arsis"],
        "policy_areas": ["asylum", "integration"],
        "hosts": ["Tineke Strik", "Andreas Schieder"],
        "delegates": ["Marko Petrović", "Amra Hodžić", "Elira Hoxha"],
        "fields": {
            "title": "Social services for migrants in the Western Balkans: findings of the "
            "IRIS gap assessment",
            "summary": "The network presents its gap assessment and shadow reports to Members of "
            "the European Parliament and the Commission, with recommendations for the "
            "accession negotiations.",
            "country": "BE",
            "time_zone": "Europe/Brussels",
            "venue": "European Parliament, Altiero Spinelli building, Rue Wiertz 60, Brussels",
            "room": "ASP 5G-3",
            "accessibility": "Register by name for the Parliament's access badge; the room is "
            "step-free.",
            "online_url": "https://web.iris-dialogue.example/ep-event",
            "languages": ["en"],
            "interpretation": ["fr", "de"],
            "parliament_venue": "brussels",
            "committee": "Committee on Civil Liberties (LIBE) with the Western Balkans Intergroup",
        },
        "agenda": [
            ("13:00", "13:15", "Welcome by the hosts", []),
            ("13:15", "14:00", "The gap assessment: services that are missing", ["Marko Petrović"]),
            (
                "14:00",
                "14:40",
                "Voices from Bosnia and Herzegovina and Albania",
                ["Amra Hodžić", "Elira Hoxha"],
            ),
            ("14:40", "15:00", "Recommendations and discussion", []),
        ],
        "press": [
            (
                "NGOs bring Balkan migrant services gap to Brussels",
                "Balkan Insight",
                "https://balkaninsight.example/2026/ngos-brussels",
            ),
        ],
        "translations": {},
    },
    "sarajevo-regional-social-academy": {
        "type": "network",
        "kind": "social-academy",
        "when": (35, 9, 17),
        "organisers": ["lir-cd"],
        "co_organisers": ["rcc", "marri"],
        "policy_areas": ["integration"],
        "fields": {
            "title": "Regional Social Academy 2027: referral of migrants to social services",
            "summary": "Three days of training for social workers and civil-society service "
            "providers from the six countries, with the Regional Cooperation Council and MARRI.",
            "country": "BA",
            "time_zone": "Europe/Sarajevo",
            "venue": "Hotel Europe, Vladislava Skarića 5, Sarajevo",
            "accessibility": "Step-free access; quiet room on the first floor.",
            "languages": ["bs", "en"],
            "interpretation": ["en", "sq", "mk"],
        },
        "agenda": [
            ("09:00", "10:30", "The referral guide in practice", ["Senada Begić"]),
            ("11:00", "13:00", "Case studies from the six countries", ["Amra Hodžić"]),
            ("14:00", "17:00", "Working groups", []),
        ],
        "translations": {
            "bs": {
                "title": "Regionalna socijalna akademija 2027: upućivanje migranata na socijalne "
                "usluge",
                "summary": "Tri dana obuke za socijalne radnike i pružaoce usluga iz civilnog "
                "društva iz šest zemalja, sa Regionalnim vijećem za saradnju i MARRI-jem.",
            },
        },
    },
    "online-partnership-meeting": {
        "type": "network",
        "kind": "partnership-meeting",
        "when": (3, 11, 12),
        "organisers": ["idc"],
        "co_organisers": ["asb", "open-gate", "sos-podgorica"],
        "policy_areas": [],
        "fields": {
            "title": "Partnership meeting: the small grants scheme and next year's hearings",
            "summary": "The partners agree the calendar of public hearings for the coming year and "
            "the criteria of the small grants scheme.",
            "online_url": "https://meet.iris-dialogue.example/partnership-meeting",
            "languages": ["en"],
        },
        "agenda": [
            ("11:00", "11:30", "Calendar of public hearings", ["Marko Petrović"]),
            ("11:30", "12:00", "Small grants: criteria and timeline", []),
        ],
        "translations": {},
    },
}
