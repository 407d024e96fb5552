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
