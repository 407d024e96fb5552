"""`manage.py check` refuses to start with a malformed project-hook contribution."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import path
from ninja import Router
from wagtail import hooks as wagtail_hooks
from wagtail.models import Page

from iris_site import hooks
from iris_site.models import HomePage, PolicyArea
from iris_site.views import health


class UnsearchablePage(Page):
    search_fields = []

    class Meta:
        abstract = True


def load_nothing(demo):
    pass


WRITING_ROUTER = Router()


@WRITING_ROUTER.post("")
def write_something(request):
    return {}


def start_up_refusal():
    """What the operator reads when `manage.py check` refuses to start."""
    with pytest.raises(SystemCheckError) as refused:
        call_command("check", stdout=StringIO(), stderr=StringIO())
    return str(refused.value)


MALFORMED = [
    pytest.param(
        hooks.NAVIGATION, {"label": "Consultations"}, "not a NavigationItem", id="wrong type"
    ),
    pytest.param(
        hooks.NAVIGATION,
        hooks.NavigationItem(label="Home", page_model=HomePage, url_name="account_login"),
        "give exactly one of page_model and url_name",
        id="navigation item with both targets",
    ),
    pytest.param(
        hooks.NAVIGATION,
        hooks.NavigationItem(label="Nowhere"),
        "give exactly one of page_model and url_name",
        id="navigation item with no target",
    ),
    pytest.param(
        hooks.NAVIGATION,
        hooks.NavigationItem(label="Policy areas", page_model=PolicyArea),
        "is not a Wagtail page model",
        id="navigation to a model that is not a page",
    ),
    pytest.param(
        hooks.NAVIGATION,
        hooks.NavigationItem(label="Log in", url_name="acount_login"),
        "URL name 'acount_login' does not resolve",
        id="navigation to a URL name with a typo",
    ),
    pytest.param(
        hooks.HOME_PANELS,
        hooks.HomePanel(template_name="consultations/no_such_panel.html", get_context=dict),
        "template 'consultations/no_such_panel.html' does not exist",
        id="home panel with a missing template",
    ),
    pytest.param(
        hooks.HOME_PANELS,
        hooks.HomePanel(template_name="tests/panel.html", get_context="panel_context"),
        "get_context is not callable",
        id="home panel with a context that is not callable",
    ),
    pytest.param(
        hooks.RELATED_PANELS,
        hooks.HomePanel(template_name="tests/panel.html", get_context=dict),
        "not a RelatedPanel",
        id="related panel declared as a home panel",
    ),
    pytest.param(
        hooks.RELATED_PANELS,
        hooks.RelatedPanel(template_name="hearings/no_such_panel.html", get_context=dict),
        "template 'hearings/no_such_panel.html' does not exist",
        id="related panel with a missing template",
    ),
    pytest.param(
        hooks.DEMO_CONTENT,
        hooks.DemoContent(name="drafts", load="consultations.seeds.load"),
        "load is not callable",
        id="demo content that is not callable",
    ),
    pytest.param(
        hooks.PUBLIC_URLS,
        hooks.PublicUrls(prefix="/consultations"),
        "prefix '/consultations' must end, and not start, with '/'",
        id="public URLs with a bad prefix",
    ),
    pytest.param(
        hooks.PUBLIC_URLS,
        hooks.PublicUrls(prefix="consultations/", urlpatterns=["consultations.urls"]),
        "urlpatterns must hold path() or re_path() entries",
        id="public URLs that are not URL patterns",
    ),
    pytest.param(
        hooks.API_ROUTERS,
        hooks.ApiRouter(prefix="consultations/", router="consultations.api.router"),
        "is not a ninja.Router",
        id="API router that is not a router",
    ),
    pytest.param(
        hooks.API_ROUTERS,
        hooks.ApiRouter(prefix="/consultations", router=Router()),
        "prefix '/consultations' must end, and not start, with '/'",
        id="API router with a bad prefix",
    ),
    pytest.param(
        hooks.API_ROUTERS,
        hooks.ApiRouter(prefix="writes/", router=WRITING_ROUTER),
        "the read API answers GET only, not POST",
        id="API router that writes",
    ),
    pytest.param(
        hooks.WEBSOCKET_URLS,
        hooks.WebsocketUrls(urlpatterns=["ws/comments/"]),
        "urlpatterns must hold path() or re_path() entries",
        id="WebSocket routes that are not URL patterns",
    ),
    pytest.param(
        hooks.HEARING_INPUT,
        hooks.HearingInput(take="consultations.actions.take_hearing_comment", accepts=bool),
        "take and accepts must be callable",
        id="hearing input that is not callable",
    ),
    pytest.param(
        hooks.PERSONAL_DATA,
        hooks.PersonalData(name="comments", export=list, erase="comments.erase"),
        "export and erase must be callable",
        id="personal data that cannot be erased",
    ),
    pytest.param(
        hooks.SEARCHABLE,
        hooks.SearchableContent(model=PolicyArea, label="Policy areas"),
        "is not a Wagtail page model",
        id="searchable content that is not a page",
    ),
    pytest.param(
        hooks.SEARCHABLE,
        hooks.SearchableContent(model=UnsearchablePage, label="Unsearchable"),
        "UnsearchablePage declares no search_fields",
        id="searchable content without search fields",
    ),
    pytest.param(
        hooks.SEARCHABLE,
        hooks.SearchableContent(model=Page, label="Web page", document="title"),
        "document is not callable",
        id="searchable content whose document is not callable",
    ),
]


@pytest.mark.parametrize(("hook_name", "declaration", "problem"), MALFORMED)
def test_malformed_contribution_stops_start_up(hook_name, declaration, problem):
    def contribute_badly():
        return declaration

    with wagtail_hooks.register_temporarily(hook_name, contribute_badly):
        refusal = start_up_refusal()

    assert "iris.E002" in refusal
    assert f"The {hook_name} hook" in refusal
    assert "contribute_badly" in refusal
    assert problem in refusal


def test_hook_that_raises_stops_start_up():
    def contribute_with_a_bug():
        raise LookupError("no such consultation type")

    with wagtail_hooks.register_temporarily(hooks.HOME_PANELS, contribute_with_a_bug):
        refusal = start_up_refusal()

    assert "iris.E001" in refusal
    assert "contribute_with_a_bug" in refusal
    assert "no such consultation type" in refusal


def test_each_malformed_declaration_in_a_list_is_named():
    def contribute_two_bad_items():
        return [
            hooks.NavigationItem(label="Log in", url_name="account_login"),
            hooks.NavigationItem(label="Nowhere"),
            hooks.NavigationItem(label="Typo", url_name="acount_signup"),
        ]

    with wagtail_hooks.register_temporarily(hooks.NAVIGATION, contribute_two_bad_items):
        refusal = start_up_refusal()

    assert refusal.count("iris.E002") == 2
    assert "give exactly one of page_model and url_name" in refusal
    assert "URL name 'acount_signup' does not resolve" in refusal


def test_only_one_app_may_take_hearing_input():
    def take_here():
        return hooks.HearingInput(take=load_nothing, accepts=bool)

    def take_there():
        return hooks.HearingInput(take=load_nothing, accepts=bool)

    with wagtail_hooks.register_temporarily(
        [(hooks.HEARING_INPUT, take_here), (hooks.HEARING_INPUT, take_there)]
    ):
        refusal = start_up_refusal()

    assert "one app only may take hearing input" in refusal
    assert "take_here" in refusal


def test_well_formed_contributions_start(settings, tests_templates):
    contributions = [
        (hooks.NAVIGATION, lambda: hooks.NavigationItem(label="Home", page_model=HomePage)),
        (hooks.NAVIGATION, lambda: hooks.NavigationItem(label="Log in", url_name="account_login")),
        (
            hooks.HOME_PANELS,
            lambda: hooks.HomePanel(template_name="tests/panel.html", get_context=dict),
        ),
        (hooks.SEARCHABLE, lambda: hooks.SearchableContent(model=HomePage, label="Home")),
        (hooks.DEMO_CONTENT, lambda: [hooks.DemoContent(name="nothing", load=load_nothing)]),
        (
            hooks.PUBLIC_URLS,
            lambda: hooks.PublicUrls(prefix="status/", urlpatterns=[path("", health)]),
        ),
        (hooks.WEBSOCKET_URLS, lambda: hooks.WebsocketUrls(urlpatterns=[path("ws/", health)])),
        (hooks.API_ROUTERS, lambda: hooks.ApiRouter(prefix="nothing/", router=Router())),
    ]

    with wagtail_hooks.register_temporarily(contributions):
        call_command("check", stdout=StringIO(), stderr=StringIO())
