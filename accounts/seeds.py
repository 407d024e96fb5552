"""Demo organisations and people: the IRIS network's partners, the line
ministries they talk with, and the EU and international bodies around them."""

from django.contrib.auth.models import Group

from accounts.actions import ConfirmMembership, RequestMembership, UpdateProfile
from accounts.models import Membership, Organisation, OrganisationIndexPage, OrganisationKind
from accounts.roles import EDITORS, MODERATORS, PUBLIC_OFFICIALS, ROLE_LABELS
from iris_site.actions import WriteOriginalText

CSO = OrganisationKind.CSO
PUBLIC = OrganisationKind.PUBLIC_INSTITUTION
LOCAL = OrganisationKind.LOCAL_GOVERNMENT
EU = OrganisationKind.EU_INSTITUTION
INTERNATIONAL = OrganisationKind.INTERNATIONAL
MEDIA = OrganisationKind.MEDIA

# slug: (name, short name, kind, country, website, verified, description)
ORGANISATIONS = {
    "idc": (
        "Initiative for Development and Cooperation",
        "IDC",
        CSO,
        "RS",
        "https://idc.org.rs",
        True,
        "Lead organisation of the IRIS network: social and legal services for asylum seekers, "
        "refugees and returnees in Serbia.",
    ),
    "asb": (
        "Arbeiter-Samariter-Bund Deutschland",
        "ASB",
        CSO,
        "DE",
        "https://www.asb.de",
        True,
        "German welfare organisation and partner of the network for EU-based traineeships.",
    ),
    "lir-cd": (
        "Local Initiatives for Development – LIR CD",
        "LIR CD",
        CSO,
        "BA",
        "https://lir.ba",
        True,
        "Community development and migrant support in Bosnia and Herzegovina.",
    ),
    "open-gate": (
        "Open Gate – La Strada",
        "La Strada",
        CSO,
        "MK",
        "https://lastrada.org.mk",
        True,
        "Prevention of trafficking in human beings and support to victims in North Macedonia.",
    ),
    "arsis": (
        "Initiative ARSIS",
        "ARSIS",
        CSO,
        "AL",
        "https://arsis.al",
        True,
        "Social support for children and youth at risk and for migrants in Albania.",
    ),
    "sos-podgorica": (
        "SOS Hotline for Women and Children Victims of Violence Podgorica",
        "SOS Podgorica",
        CSO,
        "ME",
        "https://sospodgorica.me",
        True,
        "Counselling, legal aid and shelter referral in Montenegro.",
    ),
    "crm-serbia": (
        "Commissariat for Refugees and Migration of the Republic of Serbia",
        "KIRS",
        PUBLIC,
        "RS",
        "https://kirs.gov.rs",
        True,
        "Runs asylum and reception centres and coordinates migration management in Serbia.",
    ),
    "minrzs-serbia": (
        "Ministry of Labour, Employment, Veteran and Social Affairs",
        "MINRZS",
        PUBLIC,
        "RS",
        "https://www.minrzs.gov.rs",
        True,
        "Responsible for social protection policy in Serbia.",
    ),
    "mhrr-bih": (
        "Ministry of Human Rights and Refugees of Bosnia and Herzegovina",
        "MHRR",
        PUBLIC,
        "BA",
        "http://www.mhrr.gov.ba",
        True,
        "Responsible for refugees, displaced persons and returnees.",
    ),
    "mos-bih": (
        "Ministry of Security of Bosnia and Herzegovina",
        "MoS",
        PUBLIC,
        "BA",
        "http://www.msb.gov.ba",
        True,
        "Responsible for asylum and the Service for Foreigners' Affairs.",
    ),
    "mspdy-mk": (
        "Ministry of Social Policy, Demography and Youth",
        "MSPDY",
        PUBLIC,
        "MK",
        "https://www.mtsp.gov.mk",
        True,
        "Responsible for social protection in North Macedonia.",
    ),
    "mhsp-al": (
        "Ministry of Health and Social Protection",
        "MHSP",
        PUBLIC,
        "AL",
        "https://shendetesia.gov.al",
        True,
        "Responsible for social protection in Albania.",
    ),
    "mlsw-me": (
        "Ministry of Labour and Social Welfare of Montenegro",
        "MLSW",
        PUBLIC,
        "ME",
        "https://www.gov.me/mrss",
        True,
        "Responsible for social welfare in Montenegro.",
    ),
    "bihac": (
        "City of Bihać",
        "",
        LOCAL,
        "BA",
        "https://www.bihac.org",
        True,
        "Local self-government on the route through Una-Sana Canton.",
    ),
    "european-parliament": (
        "European Parliament",
        "EP",
        EU,
        "BE",
        "https://www.europarl.europa.eu",
        True,
        "Host of the network's events in Brussels and Strasbourg.",
    ),
    "rcc": (
        "Regional Cooperation Council",
        "RCC",
        INTERNATIONAL,
        "BA",
        "https://www.rcc.int",
        True,
        "Co-organiser of the Annual Regional Social Academies.",
    ),
    "marri": (
        "Migration, Asylum, Refugees Regional Initiative",
        "MARRI",
        INTERNATIONAL,
        "MK",
        "https://marri-rc.org.mk",
        True,
        "Regional initiative on migration, asylum and refugees in the Western Balkans.",
    ),
    "birn": (
        "Balkan Investigative Reporting Network",
        "BIRN",
        MEDIA,
        "RS",
        "https://birn.eu.com",
        False,
        "Regional network of investigative journalists.",
    ),
}

# e-mail: (first name, last name, organisation slug, position, manager, extra role)
PEOPLE = {
    "jelena.markovic@idc.example": (
        "Jelena",
        "Marković",
        "idc",
        "Programme director",
        True,
        EDITORS,
    ),
    "milan.petrovic@idc.example": ("Milan", "Petrović", "idc", "Legal adviser", False, MODERATORS),
    "amra.hodzic@lir.example": ("Amra", "Hodžić", "lir-cd", "Social worker", True, None),
    "elena.stojanovska@lastrada.example": (
        "Elena",
        "Stojanovska",
        "open-gate",
        "Policy officer",
        True,
        None,
    ),
    "arben.hoxha@arsis.example": ("Arben", "Hoxha", "arsis", "Case manager", True, None),
    "marija.vukovic@sos.example": ("Marija", "Vuković", "sos-podgorica", "Lawyer", True, None),
    "katrin.becker@asb.example": ("Katrin", "Becker", "asb", "Regional coordinator", True, None),
    "dragan.nikolic@kirs.example": (
        "Dragan",
        "Nikolić",
        "crm-serbia",
        "Head of asylum unit",
        True,
        None,
    ),
    "vesna.ilic@minrzs.example": ("Vesna", "Ilić", "minrzs-serbia", "Senior adviser", True, None),
    "emir.begovic@mhrr.example": ("Emir", "Begović", "mhrr-bih", "Assistant minister", True, None),
    "ana.trajkovska@mtsp.example": (
        "Ana",
        "Trajkovska",
        "mspdy-mk",
        "Head of department",
        True,
        None,
    ),
    "blerina.kola@shendetesia.example": (
        "Blerina",
        "Kola",
        "mhsp-al",
        "Director of social policy",
        True,
        None,
    ),
    "nikola.radovic@mrss.example": ("Nikola", "Radović", "mlsw-me", "Senior adviser", True, None),
    "sanja.kovac@birn.example": ("Sanja", "Kovač", "birn", "Journalist", False, None),
}

DIRECTORY_TITLES = {
    "en": "Organisations",
    "sr-latn": "Organizacije",
    "sr": "Организације",
    "bs": "Organizacije",
    "cnr": "Organizacije",
    "mk": "Организации",
    "sq": "Organizatat",
    "de": "Organisationen",
}


def _role_shown(role, organisation):
    if role is not None:
        return f"{ROLE_LABELS[role]} ({organisation.short_name})"
    if organisation.is_governmental:
        return f"{ROLE_LABELS[PUBLIC_OFFICIALS]} of {organisation.name}"
    return f"Member of {organisation.short_name} ({organisation.get_kind_display()})"


def load_directory(demo):
    organisations = {}
    for slug, (name, short, kind, country, website, verified, description) in ORGANISATIONS.items():
        organisations[slug], _created = Organisation.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "short_name": short,
                "kind": kind,
                "country": country,
                "website": website,
                "verified": verified,
            },
        )
        if not organisations[slug].descriptions.exists():
            WriteOriginalText(
                organisations[slug].descriptions, "description", description
            ).execute()

    admin = demo.ensure_user("admin@iris-dialogue.example", "Ana", "Admin")
    for email, (first, last, slug, position, manager, role) in PEOPLE.items():
        person = demo.ensure_user(email, first, last, is_staff=role is not None)
        organisation = organisations[slug]
        membership = Membership.objects.filter(user=person, organisation=organisation).first()
        if membership is None:
            membership = RequestMembership(person, organisation, position).execute()
        if not membership.is_confirmed:
            ConfirmMembership(membership, by=admin, manager=manager).execute()
        if role is not None:
            person.groups.add(Group.objects.get(name=role))
        if person.speaking_for_id is None:
            UpdateProfile(person, speaking_for=organisation).execute()
        demo.introduce(email, _role_shown(role, organisation))

    # One request still waiting, so managers see the confirmation flow.
    newcomer = demo.ensure_user("luka.jovanovic@idc.example", "Luka", "Jovanović")
    if not Membership.objects.filter(user=newcomer).exists():
        RequestMembership(newcomer, organisations["idc"], "Volunteer").execute()
    demo.introduce(newcomer.email, "Membership of IDC awaiting confirmation")

    directory = demo.ensure_page(
        demo.home(),
        OrganisationIndexPage,
        "organisations",
        title=DIRECTORY_TITLES["en"],
        intro="Civil-society organisations, ministries and institutions taking part in the dialogue.",
    )
    demo.ensure_translations(
        directory, {code: {"title": title} for code, title in DIRECTORY_TITLES.items()}
    )
