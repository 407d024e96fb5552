"""Loads the demo events of ``hearings.demo_content``; registrations, the
chair's answers and carried comments go through the same actions as the
pages' forms."""

from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Page

from accounts.models import Organisation
from hearings import demo_content
from hearings.actions import (
    AnswerQuestion,
    CarryIntoConsultation,
    RegisterForHearing,
    carrying_targets,
)
from hearings.models import (
    BoardPost,
    BoardVote,
    HearingIndexPage,
    HearingPage,
    HearingRegistration,
    MemberOfParliament,
    NetworkEventPage,
    ParliamentEventPage,
    Person,
    Seat,
)
from iris_site.actions import WriteOriginalText
from iris_site.models import PolicyArea

PAGE_TYPES = {
    "hearing": HearingPage,
    "parliament": ParliamentEventPage,
    "network": NetworkEventPage,
}


def ensure_people():
    people = {}
    for name, (position, organisation, organisation_name) in demo_content.PEOPLE.items():
        people[name], _created = Person.objects.get_or_create(
            name=name,
            defaults={
                "organisation": Organisation.objects.filter(slug=organisation).first(),
                "organisation_name": organisation_name,
            },
        )
        if not people[name].roles.exists():
            WriteOriginalText(people[name].roles, "position", position).execute()
    members = {}
    for name, (group, country, committees) in demo_content.MEMBERS_OF_PARLIAMENT.items():
        members[name], _created = MemberOfParliament.objects.get_or_create(
            name=name,
            defaults={"political_group": group, "country": country, "committees": committees},
        )
    return people, members


def agenda(items, people):
    return [
        {
            "type": "item",
            "value": {
                "starts": starts,
                "ends": ends,
                "title": title,
                "description": "",
                "speakers": [people[name].pk for name in speakers],
            },
        }
        for starts, ends, title, speakers in items
    ]


def outcome(event, demo):
    fields = {}
    if "attendance" in event:
        fields["attendance"] = [
            {"type": "attendance", "value": {"kind": kind, "people": people}}
            for kind, people in event["attendance"].items()
        ]
    if "follow_up" in event:
        fields["follow_up"] = [
            {
                "type": "action",
                "value": {
                    "action": action,
                    "owner": owner,
                    "due": demo.days_from_today(days).date().isoformat(),
                },
            }
            for action, owner, days in event["follow_up"]
        ]
    if "press" in event:
        fields["press"] = [
            {"type": "link", "value": {"title": title, "outlet": outlet, "url": url}}
            for title, outlet, url in event["press"]
        ]
    return fields


def link(page, event, people, members):
    """The event's organisations, consultation, policy areas and people, set
    on the page and published once."""
    organisations = Organisation.objects.filter(slug__in=event.get("organisers", []))
    page.organisers.set(organisations)
    page.co_organisers.set(Organisation.objects.filter(slug__in=event.get("co_organisers", [])))
    page.policy_areas.set(
        PolicyArea.objects.filter(slug__in=event["policy_areas"], locale=page.locale)
    )
    if "consultation" in event:
        page.consultations.set(Page.objects.filter(slug=event["consultation"]).order_by("pk")[:1])
    if "hosts" in event:
        page.hosts.set([members[name] for name in event["hosts"]])
        page.delegates.set([people[name] for name in event["delegates"]])
        page.delegation_organisations.set(
            Organisation.objects.filter(slug__in=event["co_organisers"])
        )
    page.save_revision().publish()


def register(page, registrations):
    if HearingRegistration.objects.filter(hearing=page).exists():
        return
    with translation.override("en"):
        for name, email, organisation in registrations:
            RegisterForHearing(
                page,
                name=name,
                email=email,
                organisation=organisation,
                seat=Seat.IN_PERSON,
                notify=False,
            ).execute()


def board(page, record):
    """The board of a hearing held: its posts and votes written as they were
    (the board takes them only while a hearing is in progress), then answered
    and carried by the chair through the actions. Left alone once written."""
    if BoardPost.objects.of(page).exists():
        return
    people = get_user_model().objects.in_bulk(
        [
            record["chair"],
            *(post["author"] for post in record["posts"]),
            *(voter for post in record["posts"] for voter in post.get("votes", [])),
        ],
        field_name="email",
    )
    chair = people[record["chair"]]
    targets = carrying_targets(page)
    for said in record["posts"]:
        post = BoardPost.objects.create(
            hearing=page.original,
            author=people[said["author"]],
            organisation=Organisation.objects.filter(slug=said["organisation"]).first(),
            kind=said["kind"],
            text=said["text"],
        )
        BoardVote.objects.bulk_create(
            BoardVote(post=post, voter=people[voter]) for voter in said.get("votes", [])
        )
        if "answer" in said:
            AnswerQuestion(chair, post, said["answer"]).execute()
        if said.get("carry") and targets:
            CarryIntoConsultation(chair, post, targets[0]).execute()


def load_events(demo):
    index = demo.ensure_page(
        demo.home(),
        HearingIndexPage,
        "hearings",
        title=demo_content.INDEX["en"][0],
        intro=demo_content.INDEX["en"][1],
    )
    demo.ensure_translations(
        index,
        {
            code: {"title": title, "intro": intro}
            for code, (title, intro) in demo_content.INDEX.items()
        },
    )
    people, members = ensure_people()
    for slug, event in demo_content.EVENTS.items():
        day, starts, ends = event["when"]
        model = PAGE_TYPES[event["type"]]
        fresh = not index.get_children().filter(slug=slug).exists()
        fields = {
            "starts_at": demo.days_from_today(day, hour=starts),
            "ends_at": demo.days_from_today(day, hour=ends),
            "agenda": agenda(event.get("agenda", []), people),
            **outcome(event, demo),
            **event["fields"],
        }
        if "kind" in event:
            fields["kind"] = event["kind"]
        if event.get("registrations"):
            fields["registration_deadline"] = demo.days_from_today(day - 1, hour=12)
        page = demo.ensure_page(index, model, slug, **fields)
        if fresh:
            link(page, event, people, members)
        demo.ensure_translations(page, event["translations"])
        if event.get("registrations"):
            register(page, event["registrations"])
        if "board" in event:
            board(page, event["board"])
