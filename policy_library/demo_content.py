"""The demo library as data: the network's gap assessment, shadow reports,
briefs and guides, and the laws they discuss, in the languages they were
written in. ``policy_library.seeds`` loads them."""

from policy_library.document_types import DocumentType

INDEX = {
    "en": (
        "Policy library",
        "Assessments, shadow reports, policy briefs and guides of the IRIS network, and the "
        "laws and regulations they discuss.",
    ),
    "sr-latn": (
        "Biblioteka javnih politika",
        "Procene, izveštaji iz senke, sažeci javnih politika i vodiči mreže IRIS, i zakoni i "
        "propisi o kojima govore.",
    ),
    "bs": (
        "Biblioteka javnih politika",
        "Procjene, izvještaji iz sjene, sažeci javnih politika i vodiči mreže IRIS, te zakoni i "
        "propisi o kojima govore.",
    ),
    "cnr": (
        "Biblioteka javnih politika",
        "Procjene, izvještaji iz sjenke, sažeci javnih politika i vodiči mreže IRIS, i zakoni i "
        "propisi o kojima govore.",
    ),
    "mk": (
        "Библиотека на политики",
        "Проценки, извештаи во сенка, кратки анализи и водичи на мрежата ИРИС, и законите и "
        "прописите за кои зборуваат.",
    ),
    "sq": (
        "Biblioteka e politikave",
        "Vlerësime, raporte hije, përmbledhje politikash dhe udhëzues të rrjetit IRIS, si dhe "
        "ligjet dhe rregulloret që trajtojnë.",
    ),
    "de": (
        "Politikbibliothek",
        "Bewertungen, Schattenberichte, Policy Briefs und Leitfäden des IRIS-Netzwerks sowie die "
        "Gesetze und Verordnungen, die sie behandeln.",
    ),
}

# slug: (language, document type, year, countries covered ("" for regional),
# policy areas, title, summary, fields that differ in each translation).
# English documents come with their file.
DOCUMENTS = {
    "gap-assessment-social-services-for-migrants": (
        "en",
        DocumentType.GAP_ASSESSMENT,
        2018,
        "AL BA ME MK RS",
        ["social-protection", "asylum"],
        "Gap assessment: social services for migrants in the Western Balkans",
        "Which social and legal services asylum seekers, refugees and returnees can reach in "
        "five countries, who provides them, and where the gaps between law and practice are.",
        {
            "sr-latn": {
                "title": "Procena nedostataka: socijalne usluge za migrante na Zapadnom Balkanu",
                "summary": "Koje socijalne i pravne usluge su dostupne tražiocima azila, "
                "izbeglicama i povratnicima u pet zemalja, ko ih pruža i gde se zakon i praksa "
                "razilaze.",
            },
            "bs": {
                "title": "Procjena nedostataka: socijalne usluge za migrante na Zapadnom Balkanu",
                "summary": "Koje socijalne i pravne usluge su dostupne tražiocima azila, izbjeglicama i povratnicima u pet zemalja, ko ih pruža i gdje se zakon i praksa razilaze.",
            },
            "cnr": {
                "title": "Procjena nedostataka: socijalne usluge za migrante na Zapadnom Balkanu",
                "summary": "Koje socijalne i pravne usluge su dostupne tražiocima azila, izbjeglicama i povratnicima u pet država, ko ih pruža i đe se zakon i praksa razilaze.",
            },
            "mk": {
                "title": "Проценка на недостатоците: социјални услуги за мигранти на Западен Балкан",
                "summary": "Кои социјални и правни услуги им се достапни на барателите на азил, бегалците и повратниците во пет земји, кој ги дава и каде законот и практиката се разминуваат.",
            },
            "sq": {
                "title": "Vlerësim i mangësive: shërbimet sociale për migrantët në Ballkanin Perëndimor",
                "summary": "Cilat shërbime sociale dhe ligjore u janë të arritshme kërkuesve të azilit, refugjatëve dhe të kthyerve në pesë vende, kush i ofron dhe ku ligji e praktika ndahen.",
            },
            "de": {
                "title": "Bedarfsanalyse: Sozialdienste für Migrantinnen und Migranten im Westbalkan",
                "summary": "Welche sozialen und rechtlichen Dienste Asylsuchende, Geflüchtete und Rückkehrende in fünf Ländern erreichen, wer sie anbietet und wo Gesetz und Praxis auseinandergehen.",
            },
        },
    ),
    "reintegration-shadow-report-2019": (
        "en",
        DocumentType.SHADOW_REPORT,
        2019,
        "BA MK RS",
        ["reintegration"],
        "Annual (re)integration shadow report 2019",
        "How returnees under readmission agreements were received in 2019: registration, "
        "housing, schooling and access to social assistance, measured against national "
        "reintegration strategies.",
        {},
    ),
    "reintegration-shadow-report-2020": (
        "en",
        DocumentType.SHADOW_REPORT,
        2020,
        "AL BA ME MK RS",
        ["reintegration", "integration"],
        "Annual (re)integration shadow report 2020",
        "The second shadow report follows up the 2019 recommendations and the effect of the "
        "COVID-19 measures on returnees and migrants in reception centres.",
        {},
    ),
    "policy-brief-asylum-seekers-social-protection-serbia": (
        "en",
        DocumentType.POLICY_BRIEF,
        2020,
        "RS",
        ["asylum", "social-protection"],
        "Policy brief: asylum seekers and the social protection system in Serbia",
        "Asylum seekers in Serbia are entitled to social assistance, but few receive it. The "
        "brief proposes five changes to the Law on Social Protection and its bylaws.",
        {
            "sr-latn": {
                "title": "Sažetak javne politike: tražioci azila i sistem socijalne zaštite u Srbiji",
                "summary": "Tražioci azila u Srbiji imaju pravo na socijalnu pomoć, ali je malo njih dobija. Sažetak predlaže pet izmena Zakona o socijalnoj zaštiti i podzakonskih akata.",
            },
            "bs": {
                "title": "Kratka analiza politike: tražioci azila i sistem socijalne zaštite u Srbiji",
                "summary": "Tražioci azila u Srbiji imaju pravo na socijalnu pomoć, ali je malo njih dobija. Analiza predlaže pet izmjena Zakona o socijalnoj zaštiti i podzakonskih akata.",
            },
            "cnr": {
                "title": "Sažetak javne politike: tražioci azila i sistem socijalne zaštite u Srbiji",
                "summary": "Tražioci azila u Srbiji imaju pravo na socijalnu pomoć, ali je malo njih dobija. Sažetak predlaže pet izmjena Zakona o socijalnoj zaštiti i podzakonskih akata.",
            },
            "mk": {
                "title": "Краток осврт: барателите на азил и системот на социјална заштита во Србија",
                "summary": "Барателите на азил во Србија имаат право на социјална помош, но малкумина ја добиваат. Освртот предлага пет измени на Законот за социјална заштита и подзаконските акти.",
            },
            "sq": {
                "title": "Përmbledhje politikash: kërkuesit e azilit dhe sistemi i mbrojtjes sociale në Serbi",
                "summary": "Kërkuesit e azilit në Serbi kanë të drejtë për ndihmë sociale, por pak e marrin. Përmbledhja propozon pesë ndryshime të Ligjit për mbrojtjen sociale dhe akteve nënligjore.",
            },
            "de": {
                "title": "Policy Brief: Asylsuchende und das System der sozialen Sicherung in Serbien",
                "summary": "Asylsuchende in Serbien haben Anspruch auf Sozialhilfe, doch nur wenige erhalten sie. Der Brief schlägt fünf Änderungen des Sozialschutzgesetzes und seiner Verordnungen vor.",
            },
        },
    ),
    "policy-brief-unaccompanied-children-una-sana": (
        "en",
        DocumentType.POLICY_BRIEF,
        2020,
        "BA",
        ["unaccompanied-children"],
        "Policy brief: guardianship of unaccompanied children in Una-Sana Canton",
        "Social work centres in Bihac and Velika Kladusa appoint guardians for hundreds of "
        "children at once. The brief sets out a caseload limit and a regional pool of guardians.",
        {
            "sr-latn": {
                "title": "Sažetak javne politike: starateljstvo nad decom bez pratnje u Unsko-sanskom kantonu",
                "summary": "Centri za socijalni rad u Bihaću i Velikoj Kladuši postavljaju staratelje stotinama dece odjednom. Sažetak predlaže ograničenje broja slučajeva i regionalni tim staratelja.",
            },
            "bs": {
                "title": "Kratka analiza politike: starateljstvo nad djecom bez pratnje u Unsko-sanskom kantonu",
                "summary": "Centri za socijalni rad u Bihaću i Velikoj Kladuši postavljaju staratelje stotinama djece odjednom. Analiza predlaže ograničenje broja slučajeva i regionalni tim staratelja.",
            },
            "cnr": {
                "title": "Sažetak javne politike: starateljstvo nad đecom bez pratnje u Unsko-sanskom kantonu",
                "summary": "Centri za socijalni rad u Bihaću i Velikoj Kladuši postavljaju staratelje stotinama đece odjednom. Sažetak predlaže ograničenje broja slučajeva i regionalni tim staratelja.",
            },
            "mk": {
                "title": "Краток осврт: старателство над децата без придружба во Унско-санскиот кантон",
                "summary": "Центрите за социјална работа во Бихаќ и Велика Кладуша назначуваат старатели за стотици деца одеднаш. Освртот предлага ограничување на бројот на случаи и регионален тим старатели.",
            },
            "sq": {
                "title": "Përmbledhje politikash: kujdestaria e fëmijëve të pashoqëruar në Kantonin Una-Sana",
                "summary": "Qendrat e punës sociale në Bihać dhe Velika Kladuša caktojnë kujdestarë për qindra fëmijë njëherësh. Përmbledhja propozon një kufi të numrit të rasteve dhe një grup rajonal kujdestarësh.",
            },
            "de": {
                "title": "Policy Brief: Vormundschaft für unbegleitete Kinder im Kanton Una-Sana",
                "summary": "Die Sozialzentren in Bihać und Velika Kladuša bestellen Vormünder für Hunderte Kinder auf einmal. Der Brief schlägt eine Obergrenze der Fallzahlen und einen regionalen Pool von Vormündern vor.",
            },
        },
    ),
    "balkan-briefing-quality-standards": (
        "en",
        DocumentType.BALKAN_BRIEFING,
        2019,
        "",
        ["social-protection"],
        "Balkan briefing: quality standards of services in migration management",
        "What minimum standards for reception, counselling and legal aid exist in each "
        "country, how they are monitored, and a common set the network proposes.",
        {
            "sr-latn": {
                "title": "Balkanski brifing: standardi kvaliteta usluga u upravljanju migracijama",
                "summary": "Koji minimalni standardi za prihvat, savetovanje i pravnu pomoć postoje u svakoj zemlji, kako se prate i zajednički skup koji mreža predlaže.",
            },
            "bs": {
                "title": "Balkanski brifing: standardi kvaliteta usluga u upravljanju migracijama",
                "summary": "Koji minimalni standardi za prihvat, savjetovanje i pravnu pomoć postoje u svakoj zemlji, kako se prate i zajednički skup koji mreža predlaže.",
            },
            "cnr": {
                "title": "Balkanski brifing: standardi kvaliteta usluga u upravljanju migracijama",
                "summary": "Koji minimalni standardi za prihvat, savjetovanje i pravnu pomoć postoje u svakoj državi, kako se prate i zajednički skup koji mreža predlaže.",
            },
            "mk": {
                "title": "Балкански брифинг: стандарди за квалитет на услугите во управувањето со миграциите",
                "summary": "Кои минимални стандарди за прием, советување и правна помош постојат во секоја земја, како се следат и заедничкиот збир што го предлага мрежата.",
            },
            "sq": {
                "title": "Përmbledhje ballkanike: standardet e cilësisë së shërbimeve në menaxhimin e migracionit",
                "summary": "Cilat standarde minimale për pritjen, këshillimin dhe ndihmën juridike ekzistojnë në secilin vend, si monitorohen dhe një grup i përbashkët që propozon rrjeti.",
            },
            "de": {
                "title": "Balkan-Briefing: Qualitätsstandards der Dienste im Migrationsmanagement",
                "summary": "Welche Mindeststandards für Aufnahme, Beratung und Rechtshilfe es in jedem Land gibt, wie sie überwacht werden, und ein gemeinsamer Satz, den das Netzwerk vorschlägt.",
            },
        },
    ),
    "referral-system-guide": (
        "en",
        DocumentType.REFERRAL_GUIDE,
        2018,
        "",
        ["social-protection", "trafficking"],
        "Guide on the referral system and social service delivery for migrants",
        "Step by step, who refers a migrant in need to which service: identification, first "
        "assessment, referral to social work centres, health care, shelters and legal aid.",
        {
            "bs": {
                "title": "Vodič kroz sistem upućivanja i pružanje socijalnih usluga migrantima",
                "summary": "Korak po korak: ko upućuje migranta kojoj službi, od identifikacije "
                "i prve procjene do centara za socijalni rad, zdravstvene zaštite, skloništa i "
                "pravne pomoći.",
            },
            "mk": {
                "title": "Водич за системот на упатување и социјалните услуги за мигранти",
                "summary": "Чекор по чекор: кој го упатува мигрантот до која служба, од "
                "идентификација и прва проценка до центрите за социјална работа, здравствена "
                "заштита, засолништа и правна помош.",
            },
            "sq": {
                "title": "Udhëzues për sistemin e referimit dhe shërbimet sociale për migrantët",
                "summary": "Hap pas hapi: kush e referon migrantin te cili shërbim, nga "
                "identifikimi dhe vlerësimi i parë te qendrat sociale, kujdesi shëndetësor, "
                "strehimoret dhe ndihma ligjore.",
            },
            "sr-latn": {
                "title": "Vodič kroz sistem upućivanja i pružanje socijalnih usluga migrantima",
                "summary": "Korak po korak: ko upućuje migranta kojoj službi, od identifikacije i prve procene do centara za socijalni rad, zdravstvene zaštite, skloništa i pravne pomoći.",
            },
            "cnr": {
                "title": "Vodič kroz sistem upućivanja i pružanje socijalnih usluga migrantima",
                "summary": "Korak po korak: ko upućuje migranta kojoj službi, od identifikacije i prve procjene do centara za socijalni rad, zdravstvene zaštite, skloništa i pravne pomoći.",
            },
            "de": {
                "title": "Leitfaden zum Verweisungssystem und zu sozialen Diensten für Migrantinnen und Migranten",
                "summary": "Schritt für Schritt: wer eine Person an welchen Dienst verweist, von der Identifizierung und ersten Einschätzung bis zu Sozialzentren, Gesundheitsversorgung, Schutzunterkünften und Rechtshilfe.",
            },
        },
    ),
    "case-study-mobile-teams-trafficking": (
        "en",
        DocumentType.CASE_STUDY,
        2020,
        "MK",
        ["trafficking"],
        "Good practice: mobile teams for victims of trafficking on the migration route",
        "How joint teams of social workers, police and La Strada outreach workers identified "
        "and referred presumed victims of trafficking in transit centres in North Macedonia.",
        {},
    ),
    "zakon-o-azilu-i-privremenoj-zastiti": (
        "sr-latn",
        DocumentType.LAW,
        2018,
        "RS",
        ["asylum"],
        "Zakon o azilu i privremenoj zaštiti",
        "Zakon uređuje položaj, prava i obaveze tražilaca azila i lica kojima je odobreno "
        "pravo na azil ili privremenu zaštitu u Republici Srbiji (Službeni glasnik RS, "
        "br. 24/2018).",
        {},
    ),
    "sazetak-socijalna-zastita-trazilaca-azila": (
        "sr",
        DocumentType.POLICY_BRIEF,
        2021,
        "RS",
        ["asylum", "social-protection"],
        "Сажетак јавне политике: социјална заштита тражилаца азила",
        "Тражиоци азила имају право на социјалну помоћ, али је ретко добијају. Сажетак "
        "предлаже измене Закона о социјалној заштити и обуку запослених у центрима за "
        "социјални рад.",
        {},
    ),
    "kratka-analiza-pristap-do-socijalna-zastita": (
        "mk",
        DocumentType.POLICY_BRIEF,
        2019,
        "MK",
        ["asylum", "social-protection"],
        "Кратка анализа: пристап до социјална заштита за барателите на азил",
        "Анализата ги опишува пречките со кои се соочуваат барателите на азил при пристапот "
        "до социјална заштита во Северна Македонија и предлага три измени на прописите.",
        {},
    ),
    "vleresim-sherbimet-per-te-kthyerit": (
        "sq",
        DocumentType.GAP_ASSESSMENT,
        2019,
        "AL",
        ["reintegration"],
        "Vlerësim: shërbimet për shtetasit e kthyer në Shqipëri",
        "Vlerësimi tregon cilat shërbime të riintegrimit ofrohen nga bashkitë dhe organizatat "
        "e shoqërisë civile, dhe ku mungojnë.",
        {},
    ),
}


# The wider library: (slug, language, type, year, countries covered, policy areas, title,
# summary, what the file says). Serbian documents come in both scripts; the
# file's text holds words the summary does not, so search finds them in the file.
LIBRARY = [
    (
        "procena-prihvatni-centri-2021",
        "sr-latn",
        DocumentType.GAP_ASSESSMENT,
        2021,
        "RS",
        ["asylum"],
        "Procena uslova u prihvatnim centrima za izbeglice i migrante",
        "Kako prihvatni centri u Srbiji obezbeđuju smeštaj, ishranu, zdravstvenu zaštitu i pravnu pomoć tražiocima azila.",
        "Anketirano je 214 korisnika u sedam centara. Najveći nedostatak je pristup prevodiocima i psihosocijalnoj podršci.",
    ),
    (
        "izvestaj-iz-senke-povratnici-2021",
        "sr-latn",
        DocumentType.SHADOW_REPORT,
        2021,
        "RS",
        ["reintegration"],
        "Izveštaj iz senke o reintegraciji povratnika po sporazumima o readmisiji",
        "Povratnici iz Nemačke i Austrije nailaze na prepreke pri upisu dece u školu, prijavi prebivališta i ostvarivanju socijalne pomoći.",
        "Opštinski saveti za migracije u Subotici, Nišu i Kraljevu prikazani su kao primer dobre saradnje sa udruženjima građana.",
    ),
    (
        "vodic-upucivanje-maloletnika",
        "sr-latn",
        DocumentType.REFERRAL_GUIDE,
        2022,
        "RS",
        ["unaccompanied-children"],
        "Vodič za upućivanje maloletnika bez pratnje",
        "Centri za socijalni rad, policija i organizacije civilnog društva: ko postavlja privremenog staratelja i kada.",
        "Staratelj mora biti postavljen u roku od 24 časa. Dete ima pravo da bude saslušano na jeziku koji razume.",
    ),
    (
        "zakon-o-socijalnoj-zastiti",
        "sr-latn",
        DocumentType.LAW,
        2011,
        "RS",
        ["social-protection"],
        "Zakon o socijalnoj zaštiti",
        "Zakon uređuje delatnost socijalne zaštite, prava korisnika i usluge socijalne zaštite u Republici Srbiji.",
        "Pravo na novčanu socijalnu pomoć imaju i stranci sa odobrenim azilom. Član 6 propisuje jednak pristup uslugama.",
    ),
    (
        "brifing-standardi-pravne-pomoci",
        "sr-latn",
        DocumentType.BALKAN_BRIEFING,
        2022,
        "",
        ["asylum", "social-protection"],
        "Balkanski brifing: standardi kvaliteta besplatne pravne pomoći",
        "Uporedni pregled standarda besplatne pravne pomoći za tražioce azila u pet zemalja Zapadnog Balkana.",
        "Akreditacija pružalaca pravne pomoći postoji samo u dve zemlje. Mreža predlaže zajednički okvir praćenja kvaliteta.",
    ),
    (
        "dobra-praksa-mentori-integracija",
        "sr-latn",
        DocumentType.CASE_STUDY,
        2023,
        "RS",
        ["integration"],
        "Dobra praksa: mentori za integraciju izbeglica na tržište rada",
        "Kako je program mentorstva u Beogradu pomogao izbeglicama da nađu posao i nauče jezik.",
        "Od 60 učesnika, 38 je zaposleno u roku od šest meseci. Poslodavci ističu značaj kurseva srpskog jezika.",
    ),
    (
        "procjena-usluge-una-sana",
        "bs",
        DocumentType.GAP_ASSESSMENT,
        2021,
        "BA",
        ["asylum", "unaccompanied-children"],
        "Procjena usluga za izbjeglice i migrante u Unsko-sanskom kantonu",
        "Koje socijalne i zdravstvene usluge su dostupne izbjeglicama u Bihaću i Velikoj Kladuši, i gdje nedostaju.",
        "Prihvatni centar Lipa primio je više od 1.500 osoba. Centri za socijalni rad nemaju dovoljno stručnih radnika.",
    ),
    (
        "izvjestaj-iz-sjene-bih-2022",
        "bs",
        DocumentType.SHADOW_REPORT,
        2022,
        "BA",
        ["reintegration"],
        "Izvještaj iz sjene o reintegraciji povratnika u Bosni i Hercegovini",
        "Povratnici po sporazumima o readmisiji i pristup zdravstvenom osiguranju, stanovanju i zapošljavanju.",
        "Strategija u oblasti migracija i azila predviđa referalni mehanizam koji u praksi još ne postoji.",
    ),
    (
        "zakon-o-azilu-bih",
        "bs",
        DocumentType.LAW,
        2016,
        "BA",
        ["asylum"],
        "Zakon o azilu Bosne i Hercegovine",
        "Zakon uređuje uslove i postupak za sticanje azila i supsidijarne zaštite u Bosni i Hercegovini.",
        "Tražilac azila ima pravo na smještaj, zdravstvenu zaštitu, obrazovanje i besplatnu pravnu pomoć.",
    ),
    (
        "procjena-socijalne-zastite-crna-gora",
        "cnr",
        DocumentType.GAP_ASSESSMENT,
        2022,
        "ME",
        ["social-protection"],
        "Procjena pristupa socijalnoj zaštiti za tražioce azila u Crnoj Gori",
        "Tražioci azila u Crnoj Gori i njihov pristup centrima za socijalni rad, zdravstvu i obrazovanju.",
        "Centar za tražioce azila u Spužu ima 100 mjesta. Djeca tražilaca azila uključena su u osnovne škole u Podgorici.",
    ),
    (
        "vodic-upucivanje-zrtava-trgovine-cg",
        "cnr",
        DocumentType.REFERRAL_GUIDE,
        2023,
        "ME",
        ["trafficking"],
        "Vodič za upućivanje žrtava trgovine ljudima",
        "Identifikacija i upućivanje žrtava trgovine ljudima među migrantima: uloge policije, centara za socijalni rad i skloništa.",
        "Sklonište za žrtve trgovine ljudima prima korisnike 24 časa dnevno. Pomoć je besplatna i povjerljiva.",
    ),
    (
        "analiza-pravna-pomos-mk",
        "mk",
        DocumentType.POLICY_BRIEF,
        2021,
        "MK",
        ["asylum"],
        "Анализа: бесплатна правна помош за барателите на азил",
        "Како барателите на азил во Северна Македонија добиваат бесплатна правна помош и каде системот не функционира.",
        "Прифатниот центар Визбегово има капацитет од 150 лица. Правниците на граѓанските организации даваат советување.",
    ),
    (
        "izveshtaj-vo-senka-mk-2022",
        "mk",
        DocumentType.SHADOW_REPORT,
        2022,
        "MK",
        ["reintegration"],
        "Извештај во сенка за реинтеграција на повратниците",
        "Повратниците по договорите за реадмисија и нивниот пристап до образование, домување и вработување.",
        "Општините Скопје, Штип и Куманово немаат локални акциски планови за реинтеграција.",
    ),
    (
        "vodich-upatuvanje-deca-mk",
        "mk",
        DocumentType.REFERRAL_GUIDE,
        2023,
        "MK",
        ["unaccompanied-children"],
        "Водич за упатување на децата без придружба",
        "Кој го назначува старателот на детето без придружба и кои услуги му следуваат во Северна Македонија.",
        "Центарот за социјална работа назначува старател во рок од 24 часа. Детето има право на толкувач.",
    ),
    (
        "zakon-socijalna-zastita-mk",
        "mk",
        DocumentType.LAW,
        2019,
        "MK",
        ["social-protection"],
        "Закон за социјалната заштита",
        "Законот ги уредува правата од социјална заштита, социјалните услуги и нивните даватели во Северна Македонија.",
        "Странците со признат статус на бегалец имаат право на гарантирана минимална помош.",
    ),
    (
        "politike-riintegrimi-shqiperi",
        "sq",
        DocumentType.POLICY_BRIEF,
        2021,
        "AL",
        ["reintegration"],
        "Përmbledhje politikash: riintegrimi i shtetasve të kthyer në Shqipëri",
        "Si mund të përmirësojnë bashkitë shërbimet e riintegrimit për shtetasit e kthyer nga Bashkimi Evropian.",
        "Sportelet e migracionit në Tiranë, Shkodër dhe Elbasan regjistruan mbi 3.000 të kthyer në vitin 2020.",
    ),
    (
        "udhezues-referimi-viktimat-trafikimit",
        "sq",
        DocumentType.REFERRAL_GUIDE,
        2022,
        "AL",
        ["trafficking"],
        "Udhëzues për referimin e viktimave të trafikimit",
        "Identifikimi dhe referimi i viktimave të mundshme të trafikimit ndër migrantët në kufirin jugor të Shqipërisë.",
        "Mekanizmi Kombëtar i Referimit përfshin policinë, shërbimet sociale dhe strehëzat e specializuara.",
    ),
    (
        "ligji-per-azilin-shqiperi",
        "sq",
        DocumentType.LAW,
        2021,
        "AL",
        ["asylum"],
        "Ligji për azilin në Republikën e Shqipërisë",
        "Ligji rregullon kushtet dhe procedurat për dhënien e azilit dhe mbrojtjes plotësuese në Shqipëri.",
        "Kërkuesi i azilit ka të drejtë për strehim, kujdes shëndetësor dhe ndihmë juridike falas.",
    ),
    (
        "rast-studimi-qendra-komunitare",
        "sq",
        DocumentType.CASE_STUDY,
        2023,
        "AL",
        ["integration"],
        "Rast studimi: qendrat komunitare për integrimin e refugjatëve",
        "Si qendrat komunitare në Tiranë ndihmojnë refugjatët të mësojnë gjuhën dhe të gjejnë punë.",
        "Kurset e gjuhës shqipe u ndoqën nga 120 refugjatë. Punëdhënësit vlerësojnë praktikat profesionale.",
    ),
    (
        "bericht-eu-rueckfuehrung-westbalkan",
        "de",
        DocumentType.POLICY_BRIEF,
        2022,
        "DE AL BA ME MK RS",
        ["reintegration"],
        "Policy Brief: Rückführungen aus Deutschland in den Westbalkan",
        "Was geschieht mit Rückkehrenden aus Deutschland nach der Ankunft in Serbien, Albanien und Nordmazedonien?",
        "Viele Kinder sprechen besser Deutsch als die Landessprache. Schulen brauchen Unterstützung bei der Anerkennung von Zeugnissen.",
    ),
    (
        "leitfaden-qualitaetsstandards-beratung",
        "de",
        DocumentType.BALKAN_BRIEFING,
        2023,
        "",
        ["social-protection"],
        "Balkan-Briefing: Qualitätsstandards der Sozialberatung für Geflüchtete",
        "Ein Vergleich der Qualitätsstandards für Sozialberatung von Geflüchteten im Westbalkan und in der EU.",
        "Die Aufnahmerichtlinie der EU verlangt eine Prüfung besonderer Bedürfnisse. Nur zwei Länder der Region führen sie durch.",
    ),
    (
        "gap-assessment-mental-health-2022",
        "en",
        DocumentType.GAP_ASSESSMENT,
        2022,
        "",
        ["asylum", "social-protection"],
        "Gap assessment: mental health and psychosocial support for refugees",
        "Which psychosocial services refugees and migrants in the Western Balkans can reach, and who pays for them.",
        "Only one psychologist serves every 400 residents of reception centres. Interpreters are the scarcest resource.",
    ),
    (
        "shadow-report-2021",
        "en",
        DocumentType.SHADOW_REPORT,
        2021,
        "ME MK RS",
        ["reintegration"],
        "Annual (re)integration shadow report 2021",
        "The third shadow report: civil registration, school enrolment and health insurance of returnees across the region.",
        "Statelessness risk remains for children born abroad whose births were never registered at home.",
    ),
    (
        "policy-brief-guardianship-montenegro",
        "en",
        DocumentType.POLICY_BRIEF,
        2023,
        "ME",
        ["unaccompanied-children"],
        "Policy brief: guardianship of unaccompanied children in Montenegro",
        "Montenegro appoints guardians quickly, but they rarely meet the children. The brief proposes caseload limits.",
        "Guardians in Podgorica and Bar each looked after more than thirty children in 2022.",
    ),
    (
        "case-study-legal-aid-clinic-skopje",
        "en",
        DocumentType.CASE_STUDY,
        2022,
        "MK",
        ["asylum"],
        "Good practice: a legal aid clinic for asylum seekers in Skopje",
        "How law students and lawyers run a weekly legal aid clinic at the Vizbegovo reception centre.",
        "The clinic answered 900 requests in its first year, most of them about family reunification.",
    ),
    (
        "balkan-briefing-reception-standards-2023",
        "en",
        DocumentType.BALKAN_BRIEFING,
        2023,
        "",
        ["asylum"],
        "Balkan briefing: reception standards after the EU Pact on Migration and Asylum",
        "What the EU Pact on Migration and Asylum asks of candidate countries' reception systems, and where they stand.",
        "Border procedures and screening will require new facilities and monitoring by independent bodies.",
    ),
    (
        "referral-guide-health-care-albania",
        "en",
        DocumentType.REFERRAL_GUIDE,
        2021,
        "AL",
        ["social-protection"],
        "Guide on referral to health care for migrants in Albania",
        "Where migrants, asylum seekers and returnees in Albania can get primary care, and how to refer them.",
        "Emergency care is free for everyone. Primary care needs registration with a family doctor.",
    ),
    (
        "law-on-foreigners-serbia",
        "en",
        DocumentType.LAW,
        2018,
        "RS",
        ["integration"],
        "Law on Foreigners (Serbia), unofficial translation",
        "Entry, stay and residence of foreigners in Serbia, including temporary residence on humanitarian grounds.",
        "Temporary residence for humanitarian reasons can be granted to victims of trafficking in human beings.",
    ),
]

# slug: the second file of the publication (its label, its format).
SECOND_FILES = {
    "gap-assessment-social-services-for-migrants": ("Annex: country tables", "docx"),
    "reintegration-shadow-report-2020": ("Annex: returnees interviewed", "docx"),
    "referral-system-guide": ("Referral forms to print", "pdf"),
    "shadow-report-2021": ("Executive summary", "pdf"),
    "law-on-foreigners-serbia": ("Original text in Serbian", "pdf"),
}

# slug: the consultations and hearings of the demo the publication belongs with.
RELATED_PAGES = {
    "gap-assessment-social-services-for-migrants": [
        "social-inclusion-strategy-2024-2030",
        "skopje-hearing-on-the-social-inclusion-strategy",
    ],
    "reintegration-shadow-report-2020": ["reintegration-action-plan-2025-2027"],
    "policy-brief-asylum-seekers-social-protection-serbia": [
        "law-on-asylum-and-temporary-protection",
        "belgrade-hearing-on-the-law-on-asylum",
    ],
    "policy-brief-unaccompanied-children-una-sana": [
        "rulebook-on-accommodation-of-unaccompanied-children",
        "online-hearing-on-accommodation-of-unaccompanied-children",
    ],
}
