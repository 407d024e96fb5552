"""Demo library: the network's gap assessment, shadow reports, briefs and
guides, and the laws they discuss, in the languages they were written in."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from iris_site.models import PolicyArea
from policy_library.models import DocumentType, LibraryDocumentPage, LibraryIndexPage

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
    "sr": (
        "Библиотека јавних политика",
        "Процене, извештаји из сенке, сажеци јавних политика и водичи мреже ИРИС, и закони и "
        "прописи о којима говоре.",
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

# slug: (language, document type, year, country or "" for regional, policy
# areas, title, summary, fields that differ in each translation). English
# documents come with their file.
DOCUMENTS = {
    "gap-assessment-social-services-for-migrants": (
        "en",
        DocumentType.GAP_ASSESSMENT,
        2018,
        "",
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
            "sr": {
                "title": "Процена недостатака: социјалне услуге за мигранте на Западном Балкану",
                "summary": "Које социјалне и правне услуге су доступне тражиоцима азила, "
                "избеглицама и повратницима у пет земаља, ко их пружа и где се закон и пракса "
                "разилазе.",
            },
        },
    ),
    "reintegration-shadow-report-2019": (
        "en",
        DocumentType.SHADOW_REPORT,
        2019,
        "",
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
        "",
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
        {},
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
        {},
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
        {},
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


def pdf(title):
    """A one-page PDF that names the publication: a real file behind each
    download link of the demo."""
    text = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = f"BT /F1 14 Tf 56 780 Td ({text}) Tj 0 -24 Td (IRIS network) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)


def ensure_file(slug, title):
    data = pdf(title)
    document, _created = get_document_model().objects.get_or_create(
        title=title,
        defaults={"file": ContentFile(data, name=f"{slug}.pdf"), "file_size": len(data)},
    )
    return document


def load_library(demo):
    index = demo.ensure_page(
        demo.home(), LibraryIndexPage, "library", title=INDEX["en"][0], intro=INDEX["en"][1]
    )
    indexes = {
        "en": index,
        **demo.ensure_translations(
            index,
            {code: {"title": title, "intro": intro} for code, (title, intro) in INDEX.items()},
        ),
    }
    for slug, (
        language,
        kind,
        year,
        country,
        areas,
        title,
        summary,
        translations,
    ) in DOCUMENTS.items():
        parent = indexes[language]
        page = demo.ensure_page(
            parent,
            LibraryDocumentPage,
            slug,
            title=title,
            summary=summary,
            document_type=kind,
            publication_year=year,
            country=country,
            policy_areas=PolicyArea.objects.filter(slug__in=areas, locale=parent.locale),
            file=ensure_file(slug, title) if language == "en" else None,
        )
        demo.ensure_translations(page, translations)
