"""The demo consultations as data: the drafts that line ministries of the
region opened for comment, their translations, and the comments, replies,
co-signatures, answers and reports of the network's partners. People are named
by e-mail, parts of a draft by their heading, files by their name in
``consultations/demo/``, kinds and outcomes by their stored value.
``consultations.seeds`` loads them."""

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


CONSULTATIONS = {
    "rulebook-on-accommodation-of-unaccompanied-children": {
        "fields": {
            "title": "Rulebook on Standards for the Accommodation of Unaccompanied Migrant Children",
            "summary": "Minimum standards for staff, space, education and psychosocial support in "
            "facilities that accommodate unaccompanied migrant children in Montenegro.",
            "kind": "bylaw",
            "country": "ME",
            "draft": (
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
                "draft": (
                    (
                        "Član 1",
                        "Ovim pravilnikom utvrđuju se standardi koje mora ispuniti ustanova koja smješta djecu migrante bez pratnje.",
                    ),
                    (
                        "Član 2",
                        "Ustanova ima najmanje jednog stručnog radnika na svakih šestoro djece, prisutnog u svakom trenutku.",
                    ),
                ),
            },
        },
    },
    "social-inclusion-strategy-2024-2030": {
        "fields": {
            "title": "Social Inclusion Strategy 2024–2030: services for asylum seekers and returnees",
            "summary": "How social work centres, municipalities and civil-society service "
            "providers will reach asylum seekers, refugees and returnees, and how the results "
            "will be measured.",
            "kind": "strategy",
            "country": "MK",
            "draft": (
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
                "draft": (
                    (
                        "Стратешка цел 1",
                        "Секој барател на азил и повратник има пристап до водител на случај во центарот за социјална работа во својата општина.",
                    ),
                    (
                        "Стратешка цел 2",
                        "Услугите лиценцирани на граѓански организации се финансираат најмалку три години одеднаш.",
                    ),
                ),
            },
        },
    },
    "reintegration-action-plan-2025-2027": {
        "fields": {
            "title": "Action Plan for the Reintegration of Returned Citizens 2025–2027",
            "summary": "Measures for housing, employment, schooling and health care of Albanian "
            "citizens returning from EU member states, with the institution responsible for each.",
            "kind": "action_plan",
            "country": "AL",
            "draft": (
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
                "draft": (
                    (
                        "Masa 1",
                        "Të kthyerit priten në kufi nga një sportel migracioni që i drejton te shërbimet e bashkisë së tyre.",
                    ),
                    (
                        "Masa 2",
                        "Fëmijët e familjeve të kthyera regjistrohen në shkollë brenda tridhjetë ditëve nga mbërritja.",
                    ),
                ),
            },
        },
    },
}


ASYLUM_LAW = {
    "slug": "law-on-asylum-and-temporary-protection",
    "original": "sr-latn",
    "file": "nacrt-zakona-o-azilu.txt",
    "imported_by": "dragan.nikolic@kirs.example",
    "institution": "crm-serbia",
    "policy_areas": ["asylum", "unaccompanied-children"],
    "period": (-10, 20),
    "fields": {
        "title": "Nacrt zakona o azilu i privremenoj zaštiti",
        "summary": "Komesarijat i Ministarstvo unutrašnjih poslova predlažu nov zakon o azilu: "
        "rokove postupka, besplatnu pravnu pomoć od prvog kontakta, zaštitu dece bez pratnje "
        "i privremenu zaštitu u slučaju masovnog priliva, i pozivaju na komentare na svaki član.",
        "kind": "law",
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
            "file": "draft-law-on-asylum.en.txt",
        },
        "sr": {"transliterate": True},
        # The others translate the titles of every part and the first articles
        # (``phrasebook``); the remaining articles keep the original wording.
        "bs": {
            "title": "Nacrt zakona o azilu i privremenoj zaštiti",
            "summary": "Komesarijat i Ministarstvo unutrašnjih poslova Srbije predlažu novi zakon "
            "o azilu: rokove postupka, besplatnu pravnu pomoć od prvog kontakta, zaštitu djece bez "
            "pratnje i privremenu zaštitu u slučaju masovnog priliva, i pozivaju na komentare na "
            "svaki član.",
            "phrasebook": "nacrt-zakona-o-azilu.phrasebook.tsv",
        },
        "cnr": {
            "title": "Nacrt zakona o azilu i privremenoj zaštiti",
            "summary": "Komesarijat i Ministarstvo unutrašnjih poslova Srbije predlažu novi zakon "
            "o azilu: rokove postupka, besplatnu pravnu pomoć od prvog kontakta, zaštitu đece bez "
            "pratnje i privremenu zaštitu u slučaju masovnog priliva, i pozivaju na komentare na "
            "svaki član.",
            "phrasebook": "nacrt-zakona-o-azilu.phrasebook.tsv",
        },
        "mk": {
            "title": "Нацрт-закон за азил и привремена заштита",
            "summary": "Комесаријатот и Министерството за внатрешни работи на Србија предлагаат "
            "нов закон за азил: рокови на постапката, бесплатна правна помош од првиот контакт, "
            "заштита на децата без придружба и привремена заштита при масовен прилив, и повикуваат "
            "на коментари за секој член.",
            "phrasebook": "nacrt-zakona-o-azilu.phrasebook.tsv",
        },
        "sq": {
            "title": "Projektligji për azilin dhe mbrojtjen e përkohshme",
            "summary": "Komisariati dhe Ministria e Punëve të Brendshme të Serbisë propozojnë një "
            "ligj të ri për azilin: afatet e procedurës, ndihmë juridike falas që nga kontakti i "
            "parë, mbrojtjen e fëmijëve të pashoqëruar dhe mbrojtjen e përkohshme në rast fluksi "
            "masiv, dhe ftojnë komente për çdo nen.",
            "phrasebook": "nacrt-zakona-o-azilu.phrasebook.tsv",
        },
        "de": {
            "title": "Entwurf eines Gesetzes über Asyl und vorübergehenden Schutz",
            "summary": "Das Kommissariat und das Innenministerium Serbiens schlagen ein neues "
            "Asylgesetz vor: Verfahrensfristen, kostenlose Rechtshilfe ab dem ersten Kontakt, "
            "Schutz unbegleiteter Kinder und vorübergehenden Schutz bei einem Massenzustrom, und "
            "bitten um Kommentare zu jedem Artikel.",
            "phrasebook": "nacrt-zakona-o-azilu.phrasebook.tsv",
        },
    },
}

# A part is named by its heading, a paragraph by its article's and its own.
# Each comment: author, part, kind, text, proposed wording, co-signing
# organisations (by the e-mail of who signs), replies (author, text, the
# reason a moderator hid it, and the language written in where it is not the
# thread's), the institution's answer (outcome, reasoning), and the language
# of the page it is written on where it is not the consultation's own.
# Version 2 of the draft law, published after the first weeks of comments:
# four parts change, three because of the comments on them (linked to their
# change), one on the institution's own initiative.
ASYLUM_LAW_VERSION = {
    "by": "dragan.nikolic@kirs.example",
    "note": "Izmene posle javne rasprave: rok za postavljanje privremenog staratelja, pravna "
    "pomoć od izražavanja namere, kraći granični postupak i zabrana diskriminacije.",
    "changes": [
        {
            "part": "Član 5.",
            "text": "Zabranjena je svaka diskriminacija po bilo kom osnovu, naročito po osnovu "
            "rase, pola, jezika, veroispovesti, nacionalne pripadnosti, invaliditeta ili "
            "seksualne orijentacije, u postupku ostvarivanja prava po ovom zakonu.",
            "because_of_comments": False,
        },
        {
            "part": ("Član 7.", "(3)"),
            "text": "Maloletniku bez pratnje organ starateljstva postavlja privremenog "
            "staratelja bez odlaganja, a najkasnije u roku od 24 časa od registracije.",
            "because_of_comments": True,
        },
        {
            "part": "Član 8.",
            "text": "Tražilac azila ima pravo na besplatnu pravnu pomoć i zastupanje od "
            "trenutka izražavanja namere da podnese zahtev za azil, od strane organizacija čiji "
            "su ciljevi i delovanje usmereni na pružanje pravne pomoći tražiocima azila i licima "
            "kojima je odobren azil.",
            "because_of_comments": True,
        },
        {
            "part": ("Član 19.", "(2)"),
            "text": "Ako odluka ne bude doneta u roku od 14 dana, tražiocu azila dozvoliće se "
            "ulazak u Republiku Srbiju radi sprovođenja postupka. Granični postupak se ne "
            "primenjuje na maloletnike bez pratnje i žrtve trgovine ljudima.",
            "because_of_comments": True,
        },
    ],
}

COMMENTS = {
    "law-on-asylum-and-temporary-protection": [
        {
            "author": "milan.petrovic@idc.example",
            "part": "Član 8.",
            "kind": "amendment",
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
            "kind": "objection",
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
                    "en",
                ),
            ],
        },
        {
            "author": "elena.stojanovska@lastrada.example",
            "language": "en",
            "part": "Član 16.",
            "kind": "question",
            "text": "How will officers conducting the interview identify possible victims of "
            "trafficking, and will they refer them to the national referral mechanism before "
            "the interview continues?",
        },
        {
            "author": "amra.hodzic@lir.example",
            "part": ("Član 7.", "(3)"),
            "kind": "amendment",
            "text": "Privremeni staratelj mora biti postavljen u roku koji je izričito naveden, "
            "jer deca bez pratnje u praksi čekaju nedeljama.",
            "proposed": "Maloletniku bez pratnje organ starateljstva postavlja privremenog "
            "staratelja bez odlaganja, a najkasnije u roku od 24 časa od registracije.",
        },
        {
            "author": "katrin.becker@asb.example",
            "language": "en",
            "part": "Član 29.",
            "kind": "support",
            "text": "We support access to the labour market. Our traineeship programme with "
            "employers in Germany and Serbia shows that early work is the best path to "
            "integration; six months would be better still.",
        },
        {
            "author": "arben.hoxha@arsis.example",
            "language": "sq",
            "part": ("Član 9.", "(2)"),
            "kind": "general",
            "text": "Përkthimi duhet të sigurohet edhe për gjuhët më pak të folura, si kurdishtja "
            "dhe pashtoja: në praktikë kërkuesit e azilit presin me javë për një përkthyes. "
            "Propozojmë një listë kombëtare përkthyesish të certifikuar.",
        },
        {
            "author": "katrin.becker@asb.example",
            "language": "de",
            "part": "Član 26.",
            "kind": "question",
            "text": "Wie viele Plätze in den Asylzentren sind für Familien mit Kindern "
            "vorgesehen, und wer prüft, ob die Unterbringung den Standards entspricht?",
        },
        {
            "author": "sanja.kovac@birn.example",
            "part": "",
            "kind": "general",
            "text": "Molim da se uz nacrt objavi i analiza efekata propisa, kao i podaci o broju "
            "izraženih namera i podnetih zahteva za azil u poslednje tri godine.",
        },
    ],
    "social-inclusion-strategy-2024-2030": [
        {
            "author": "elena.stojanovska@lastrada.example",
            "part": "Strategic goal 1",
            "kind": "amendment",
            "text": "Case managers should also cover victims of trafficking among asylum seekers, "
            "who are currently referred nowhere.",
            "proposed": "Every asylum seeker, refugee, returnee and victim of trafficking has "
            "access to a case manager at the social work centre of their municipality.",
            "answer": (
                "accepted",
                "The goal is extended to victims of trafficking; the indicator counts them "
                "separately.",
            ),
        },
        {
            "author": "arben.hoxha@arsis.example",
            "part": "Strategic goal 2",
            "kind": "support",
            "text": "Three-year funding is what makes licensed services sustainable. We ask that "
            "the first call be published within 2025.",
            "cosigners": ["amra.hodzic@lir.example"],
            "answer": (
                "partly_accepted",
                "Three-year funding stays; the first call depends on the 2026 budget and is "
                "planned for its first quarter.",
            ),
        },
        {
            "author": "katrin.becker@asb.example",
            "part": "",
            "kind": "general",
            "text": "The strategy lacks a budget per measure. Without it, municipalities cannot "
            "plan the services it expects of them.",
            "answer": (
                "not_accepted",
                "Budgets are set in the action plan that follows the strategy, not in the "
                "strategy itself.",
            ),
        },
    ],
    "rulebook-on-accommodation-of-unaccompanied-children": [
        {
            "author": "marija.vukovic@sos.example",
            "part": "Article 2",
            "kind": "amendment",
            "text": "One worker for six children is not enough at night and for children under "
            "14; girls need a female worker present.",
            "proposed": "A facility has at least one professional worker for every four children, "
            "present at all times, and a female worker wherever girls are accommodated.",
            "answer": ("partly_accepted", "The ratio of one to four applies at night."),
        },
        {
            "author": "milan.petrovic@idc.example",
            "part": "Article 1",
            "kind": "question",
            "text": "Do these standards also apply to children accommodated with foster families?",
        },
    ],
}

# A campaign: one text sent by 40 people, most as it was handed out, some with
# a sentence of their own or small changes. The answering screen shows it as
# one group, and the institution answers it once.
CAMPAIGNS = {
    "rulebook-on-accommodation-of-unaccompanied-children": {
        "part": "Article 2",
        "kind": "objection",
        "text": "I object to Article 2. One professional worker for every six children is "
        "not enough for children who arrive alone, after a dangerous journey, often "
        "traumatised. Every facility should have at least one worker for every four "
        "children, day and night, and a female worker wherever girls are accommodated.",
        # Each sender's changes to the text: (words replaced, by what) or a sentence added.
        "edits": [
            None,
            None,
            None,
            ("I object to Article 2.", "As a parent, I object to Article 2."),
            ("after a dangerous journey", "after a long and dangerous journey"),
            ("day and night", "during the day and at night"),
            ("traumatised", "traumatized"),
            ("female worker", "woman worker"),
            "Children are not numbers.",
            "Please listen to the organisations that work with these children every day.",
        ],
        "senders": [
            "Ana Popović",
            "Marko Vujović",
            "Jovana Radulović",
            "Stefan Đukanović",
            "Milica Bulatović",
            "Nikola Kovačević",
            "Ivana Perović",
            "Luka Vuković",
            "Tamara Šćepanović",
            "Andrija Mićunović",
            "Sara Raičević",
            "Filip Lakić",
            "Teodora Vučinić",
            "Vuk Jovanović",
            "Maja Knežević",
            "Danilo Pejović",
            "Nina Đurović",
            "Petar Radović",
            "Jelena Milić",
            "Igor Marković",
            "Katarina Vlahović",
            "Bojan Kaluđerović",
            "Marina Lazović",
            "Ognjen Vujošević",
            "Dragana Bošković",
            "Miloš Nikolić",
            "Sanja Ivanović",
            "Aleksa Martinović",
            "Vesna Mijatović",
            "Nemanja Šoć",
            "Biljana Dragović",
            "Goran Radonjić",
            "Ljiljana Stanišić",
            "Vladimir Pavićević",
            "Tijana Drobnjak",
            "Dejan Bojović",
            "Mirjana Kalezić",
            "Srđan Popović",
            "Gordana Obradović",
            "Zoran Vujičić",
        ],
        "answer": (
            "partly_accepted",
            "The Ministry thanks everyone who wrote. The final rulebook requires one worker "
            "for every four children at night and a female worker wherever girls are "
            "accommodated; during the day the ratio of one to six stays, with a psychologist "
            "available in every facility.",
        ),
    },
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

# Who hides the replies that break the rules of the debate.
MODERATOR = "jelena.markovic@idc.example"
