"""The canary (issue 10, proof of the whole): a unique string planted in every
kind of private object (tests/canary.py, and each app's ``tests/canary.py``)
appears in no answer to anyone who may not see it, on any address the
resolver knows with the real ids of those objects filled in, nor on the live
socket of their consultation."""

import pytest
from asgiref.sync import async_to_sync

from accounts.tests.factories import (
    InstitutionFactory,
    OrganisationFactory,
    member_of,
    moderator,
    official_of,
)
from iris_site.tests.sockets import LiveSocket, session_cookie
from tests.canary import ANONYMOUS, CSO_MEMBER, MODERATOR, OTHER_OFFICIAL, plant_everything
from tests.url_walk import WAGTAIL_FAULTS, Objects, every_route, real_paths, site_tree

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("page_tree_root", "roles_as_deployed"),
]

VISITORS = {
    ANONYMOUS: lambda: None,
    CSO_MEMBER: lambda: member_of(OrganisationFactory()),
    OTHER_OFFICIAL: lambda: official_of(InstitutionFactory()),
    MODERATOR: moderator,
}


@pytest.fixture
def roles_as_deployed():
    """The roles' permissions as a deployment has them: Wagtail's first
    migrations grant groups named Moderators and Editors the page tree and
    the images and documents, then post_migrate (``sync_roles``) runs. A
    transactional test's flush removed the first; they are granted again."""
    from django.contrib.auth.models import Group, Permission
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    grants = {"Moderators": ["add", "change", "publish"], "Editors": ["add", "change"]}
    for name, actions in grants.items():
        group = Group.objects.get_or_create(name=name)[0]
        for action in actions:
            permission = Permission.objects.get(codename=f"{action}_page")
            GroupPagePermission.objects.get_or_create(
                group=group, page=Page.get_first_root_node(), permission=permission
            )
        for model in ["image", "document"]:
            for action in ["add", "change", "delete"]:
                permission = Permission.objects.get(codename=f"{action}_{model}")
                group.permissions.add(permission)
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")


def body(response):
    content = b"".join(response) if response.streaming else response.content
    headers = "".join(f"{name}: {value}\n" for name, value in response.items())
    return content.decode("utf-8", "replace") + headers


def socket_frames(path, cookie):
    @async_to_sync
    async def join():
        socket = LiveSocket(path, query="after=0&moderators_after=0", cookie=cookie)
        await socket.connect()
        frames = []
        while not await socket.communicator.receive_nothing(timeout=0.3):
            output = await socket.communicator.receive_output()
            frames.append(output.get("text") or "")
            if output["type"] == "websocket.close":
                break
        await socket.communicator.send_input({"type": "websocket.disconnect", "code": 1000})
        return frames

    return join()


def leaks(text, secrets, asked=""):
    """The kinds whose canary is in ``text``, but those the visitor put in the
    address ``asked`` (a file's name, echoed back in ``?next=``)."""
    return sorted({kind for word, kind in secrets.items() if word in text and word not in asked})


@pytest.mark.parametrize("visitor", VISITORS)
def test_no_private_object_reaches_anyone_who_may_not_see_it(client, home_page, visitor):
    site_tree(home_page)
    planted, canaries = plant_everything(home_page)
    secrets = {
        word: canaries.kinds[word]
        for word, roles in planted.hidden_from.items()
        if visitor in roles
    }
    user = VISITORS[visitor]()
    if user is not None:
        client.force_login(user)
    client.raise_request_exception = False

    objects = Objects(planted.objects)
    found, unwalked = {}, []
    for route in every_route():
        paths = dict(real_paths(route, objects, planted.texts))
        if not paths:
            unwalked.append(route.template)
        for path in paths:
            if ("GET", path) in WAGTAIL_FAULTS:
                continue
            if leaked := leaks(body(client.get(path)), secrets, asked=path):
                found[path] = leaked
    cookie = session_cookie(user) if user is not None else ""
    for path in planted.sockets:
        if leaked := leaks("".join(socket_frames(path, cookie)), secrets):
            found[f"socket {path}"] = leaked

    assert secrets
    assert unwalked == []
    assert found == {}


def test_the_walk_puts_every_private_objects_id_where_a_route_names_its_kind(home_page):
    """The walk cannot silently stop reaching an object: each parameter that
    names a planted kind (``page_id``, ``revision_id_a``, ``comment_id``, the
    moderation ViewSet's ``pk``) takes every id of that kind, and every planted
    object is reached by some parameter."""
    site_tree(home_page)
    planted, _canaries = plant_everything(home_page)
    objects = Objects(planted.objects)

    short, reached = [], set()
    for route in every_route():
        filled = [values for _path, values in real_paths(route, objects, planted.texts)]
        for name, _converter in route.params:
            if (model := objects.model_named(name, route)) is not None:
                used = {model._meta.pk.to_python(values[name]) for values in filled}
                reached |= {(model, pk) for pk in used}
                if used != objects.ids[model]:
                    short.append(f"{route.template} {name}")
    unreached = [
        instance
        for instance in planted.objects
        if not any((model, instance.pk) in reached for model in type(instance).__mro__)
    ]

    assert short == []
    assert unreached == []
