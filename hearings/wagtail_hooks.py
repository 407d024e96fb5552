"""What events add to the site: read it as the app's manifest."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hearings import api, feeds, queries, routing, seeds, views
from hearings.actions import erase_personal_data
from hearings.forms import PersonAdminForm
from hearings.models import EventPage, HearingIndexPage, MemberOfParliament, Person, PersonRole
from hearings.status import EventKind
from iris_site import hooks as iris_hooks
from iris_site.feeds import feed_urls


@hooks.register(iris_hooks.NAVIGATION)
def events_navigation():
    return iris_hooks.NavigationItem(label=_("Events"), page_model=HearingIndexPage, order=20)


@hooks.register(iris_hooks.HOME_PANELS)
def upcoming_events_panel():
    return iris_hooks.HomePanel(
        template_name="hearings/includes/home_panel.html",
        get_context=views.upcoming_events,
        order=20,
    )


@hooks.register(iris_hooks.RELATED_PANELS)
def related_events_panels():
    return [
        iris_hooks.RelatedPanel(
            template_name="hearings/includes/consultation_events.html",
            get_context=views.consultation_events,
            order=20,
        ),
        iris_hooks.RelatedPanel(
            template_name="hearings/includes/organisation_events.html",
            get_context=views.organisation_events,
            order=20,
        ),
    ]


@hooks.register(iris_hooks.SEARCHABLE)
def searchable_events():
    return iris_hooks.SearchableContent(
        model=EventPage,
        label=_("Event"),
        document=views.search_document,
        type_labels=dict(EventKind.choices),
    )


@hooks.register(iris_hooks.DEMO_CONTENT)
def events_demo_content():
    return iris_hooks.DemoContent(name="events", load=seeds.load_events, order=120)


@hooks.register("register_log_actions")
def registration_log_actions(actions):
    actions.register_action(
        "hearings.registration", _("Register"), _("Someone registered for the hearing")
    )
    actions.register_action(
        "hearings.registration.cancel", _("Cancel registration"), _("A registration was cancelled")
    )


@hooks.register(iris_hooks.PERSONAL_DATA)
def hearings_personal_data():
    """A person's registrations, board posts and votes, in the download of
    their data and when they delete their account."""
    return iris_hooks.PersonalData(
        name="hearings", export=queries.personal_data, erase=erase_personal_data, order=20
    )


@hooks.register(iris_hooks.WEBSOCKET_URLS)
def board_websocket_urls():
    return iris_hooks.WebsocketUrls(urlpatterns=routing.websocket_urlpatterns)


@hooks.register("register_log_actions")
def board_log_actions(actions):
    actions.register_action(
        "hearings.board.post", _("Send to the board"), _("A post was sent to the hearing's board")
    )
    actions.register_action("hearings.board.answer", _("Answer"), _("A question was answered"))
    actions.register_action("hearings.board.hide", _("Hide"), _("A post was hidden from the board"))
    actions.register_action(
        "hearings.board.carry",
        _("Carry into the consultation"),
        _("A comment was carried into the consultation"),
    )


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "position", "organisation"]
    search_fields = ["name"]
    edit_handler = ObjectList(Person.panels, base_form_class=PersonAdminForm)

    def get_queryset(self, request):
        return Person.objects.with_roles()


class PersonRoleViewSet(SnippetViewSet):
    """Where speakers' positions are translated: each row is one language's
    version, with wagtail-localize's "Translate" action."""

    model = PersonRole
    icon = "doc-full"
    menu_label = _("Positions")
    list_display = ["person", "position", "locale"]
    list_filter = ["locale"]
    ordering = ["person__name"]


class MemberOfParliamentViewSet(SnippetViewSet):
    model = MemberOfParliament
    icon = "group"
    list_display = ["name", "political_group", "country"]
    list_filter = ["political_group", "country"]
    search_fields = ["name"]


class EventPeopleViewSetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, PersonRoleViewSet, MemberOfParliamentViewSet)
    menu_icon = "group"
    menu_label = _("Event people")
    menu_name = "event-people"


register_snippet(EventPeopleViewSetGroup)


@hooks.register(iris_hooks.PUBLIC_URLS)
def events_feed_urls():
    """The feed of events, as RSS and Atom."""
    return iris_hooks.PublicUrls(
        prefix="feeds/events/", urlpatterns=feed_urls("events_feed", feeds.EventsFeed)
    )


@hooks.register(iris_hooks.API_ROUTERS)
def event_api():
    return iris_hooks.ApiRouter(prefix="events/", router=api.router)
