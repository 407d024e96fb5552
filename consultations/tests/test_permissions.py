"""Every cell of roles × actions × states, allowed and denied, against
consultations.permissions; then the comment endpoints over HTTP, including
ids swapped between consultations."""

import pytest

from accounts.tests.factories import (
    InstitutionFactory,
    OrganisationFactory,
    UserFactory,
    editor,
    member_of,
    moderator,
    official_of,
)
from consultations import permissions
from consultations.models import ConsultationStatus
from consultations.permissions import CommentViewer
from consultations.tests.factories import (
    CommentFactory,
    ConsultationPageFactory,
    ConsultationReportFactory,
)

pytestmark = pytest.mark.django_db

UPCOMING = ConsultationStatus.UPCOMING
OPEN = ConsultationStatus.OPEN
CLOSED = ConsultationStatus.CLOSED
REPORT = ConsultationStatus.REPORT_PUBLISHED
STATES = [UPCOMING, OPEN, CLOSED, REPORT]

ROLES = [
    "anonymous",
    "signed-in user",
    "comment author",
    "another user",
    "member of the comment's organisation",
    "moderator",
    "official of the responsible institution",
    "official of another institution",
    "editor",
]
EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {"anonymous"}
AUTHOR = frozenset({"comment author"})
MODERATORS = frozenset({"moderator", "editor"})
ANSWERING = frozenset({"official of the responsible institution", "editor"})
# Co-signing needs a verified organisation other than the comment's own and
# the responsible institution: of these roles only the other institution's official has one.
COSIGNERS = frozenset({"official of another institution"})

# action: {state: the roles allowed}; a state left out allows no one.
EXPECTED = {
    "view": dict.fromkeys(STATES, EVERYONE),
    "comment": {OPEN: SIGNED_IN},
    "reply": {OPEN: SIGNED_IN},
    "edit": {OPEN: AUTHOR},
    "withdraw": {OPEN: AUTHOR},
    "co-sign": {OPEN: COSIGNERS},
    "flag": dict.fromkeys(STATES, SIGNED_IN - AUTHOR),
    "hide": dict.fromkeys(STATES, MODERATORS),
    "restore": dict.fromkeys(STATES, MODERATORS),
    "answer": {CLOSED: ANSWERING},
    "publish report": {CLOSED: ANSWERING},
    "export": {CLOSED: ANSWERING, REPORT: EVERYONE},
}

RULES = {
    "view": lambda user, consultation, comment: permissions.can_view(user, consultation),
    "comment": lambda user, consultation, comment: permissions.can_comment(user, consultation),
    "reply": permissions.can_reply,
    "edit": permissions.can_edit,
    "withdraw": permissions.can_withdraw,
    "co-sign": permissions.can_cosign,
    "flag": permissions.can_flag,
    "hide": permissions.can_moderate,
    "restore": permissions.can_moderate,
    "answer": lambda user, consultation, comment: permissions.can_answer(user, consultation),
    "publish report": lambda user, consultation, comment: permissions.can_publish_report(
        user, consultation
    ),
    "export": lambda user, consultation, comment: permissions.can_export(user, consultation),
}

# The page's batched rules (CommentViewer.controls) against the single ones.
CONTROLS = {
    "reply": "reply",
    "edit": "edit",
    "withdraw": "withdraw",
    "cosign": "co-sign",
    "flag": "flag",
    "moderate": "hide",
}


def consultation_in(state, index):
    if state == UPCOMING:
        return ConsultationPageFactory(parent=index, upcoming=True)
    if state == OPEN:
        return ConsultationPageFactory(parent=index)
    consultation = ConsultationPageFactory(parent=index, closed=True)
    if state == REPORT:
        ConsultationReportFactory(consultation=consultation)
    return consultation


def people(consultation, organisation):
    from django.contrib.auth.models import AnonymousUser

    return {
        "anonymous": AnonymousUser(),
        "signed-in user": UserFactory(),
        "comment author": member_of(organisation),
        "another user": UserFactory(),
        "member of the comment's organisation": member_of(organisation),
        "moderator": moderator(),
        "official of the responsible institution": official_of(consultation.institution),
        "official of another institution": official_of(InstitutionFactory()),
        "editor": editor(),
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("state", STATES)
def test_permission_matrix(index, state, role):
    consultation = consultation_in(state, index)
    assert consultation.status == state
    organisation = OrganisationFactory(name="Initiative ARSIS")
    user = people(consultation, organisation)[role]
    author = user if role == "comment author" else member_of(organisation)
    comment = CommentFactory(consultation=consultation, author=author, organisation=organisation)

    allowed = {action: rule(user, consultation, comment) for action, rule in RULES.items()}

    expected = {action: role in EXPECTED[action].get(state, ()) for action in RULES}
    assert allowed == expected
    controls = CommentViewer(user, consultation).controls(comment)
    assert {control: controls[control] for control in CONTROLS} == {
        control: allowed[action] for control, action in CONTROLS.items()
    }


def test_the_table_covers_every_action_of_the_issue():
    assert (
        set(EXPECTED)
        == set(RULES)
        == {
            "view",
            "comment",
            "reply",
            "edit",
            "withdraw",
            "co-sign",
            "flag",
            "hide",
            "restore",
            "answer",
            "publish report",
            "export",
        }
    )


# The comment endpoints over HTTP while the consultation is open: the status a
# GET answers each role with (302: sent to sign in; 403: refused with the reason).
HTTP_EXPECTED = {
    "comment/": {"anonymous": 302, "others": 200},
    "comments/{id}/edit/": {"anonymous": 302, "comment author": 200, "others": 403},
    "comments/{id}/withdraw/": {"anonymous": 302, "comment author": 200, "others": 403},
    "comments/{id}/flag/": {"anonymous": 302, "comment author": 403, "others": 200},
    "comments/{id}/moderate/": {"anonymous": 302, "moderator": 200, "editor": 200, "others": 403},
    "comments/{id}/cosign/": {
        "anonymous": 302,
        "official of another institution": 200,
        "others": 403,
    },
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("endpoint", list(HTTP_EXPECTED))
def test_comment_endpoints_answer_each_role(client, index, endpoint, role):
    consultation = consultation_in(OPEN, index)
    organisation = OrganisationFactory()
    user = people(consultation, organisation)[role]
    author = user if role == "comment author" else member_of(organisation)
    comment = CommentFactory(consultation=consultation, author=author, organisation=organisation)
    if role != "anonymous":
        client.force_login(user)

    response = client.get(consultation.url + endpoint.format(id=comment.pk))

    expected = HTTP_EXPECTED[endpoint]
    assert response.status_code == expected.get(role, expected["others"])


@pytest.mark.parametrize(
    "endpoint", ["edit", "withdraw", "flag", "moderate", "cosign"], ids=lambda name: name
)
def test_another_consultations_comment_is_not_found(client, index, endpoint):
    mine, theirs = ConsultationPageFactory(parent=index), ConsultationPageFactory(parent=index)
    comment = CommentFactory(consultation=theirs)
    client.force_login(editor())

    get = client.get(f"{mine.url}comments/{comment.pk}/{endpoint}/")
    post = client.post(f"{mine.url}comments/{comment.pk}/{endpoint}/", {"decision": "hide"})

    assert (get.status_code, post.status_code) == (404, 404)


def test_replying_to_another_consultations_comment_is_not_found(client, index):
    mine, theirs = ConsultationPageFactory(parent=index), ConsultationPageFactory(parent=index)
    comment = CommentFactory(consultation=theirs)
    client.force_login(UserFactory())

    response = client.post(
        f"{mine.url}comment/", {"reply_to": comment.pk, "text": "Hi", "submission_key": ""}
    )

    assert response.status_code == 404
    assert not comment.replies.exists()


def test_a_part_of_another_consultation_is_not_found(client, index):
    mine, theirs = ConsultationPageFactory(parent=index), ConsultationPageFactory(parent=index)
    client.force_login(UserFactory())
    part_id = theirs.parts()[0].id

    assert client.get(f"{mine.url}comment/?part={part_id}").status_code == 404
    assert client.get(f"{mine.url}comments/?part={part_id}").status_code == 404
