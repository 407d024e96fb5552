"""The pages an event serves under its own address: its calendar file, and for
a hearing the registration form, the organisers' list and the cancel link.

The page models stand at the bottom of the app and import no views: the views
(``hearings.views``) are handed to these routes by ``HearingsConfig.ready()``,
as consultations does with its comment pages."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from iris_site import page_cache


def page_cache_tag(event):
    """What the cached pages of ``event``, in every language, depend on: each
    registration bumps it, since the page says how many seats are left."""
    return f"event:{event.translation_key}"


class EventRoutes(RoutablePageMixin):
    event_views = None  # hearings.views, set by HearingsConfig.ready()

    def serve(self, request, *args, **kwargs):
        page_cache.depends_on(request, page_cache_tag(self))
        return super().serve(request, *args, **kwargs)

    @path("calendar/", name="event_calendar")
    def calendar_route(self, request):
        return self.event_views.event_calendar(request, self)


class RegistrationRoutes:
    """A hearing's registration pages (found by ``RoutablePageMixin`` through
    the hearing's ``EventRoutes``)."""

    @path("register/", name="register")
    def register_route(self, request):
        return self.event_views.register(request, self)

    @path("registrations/", name="registrations")
    def registrations_route(self, request):
        return self.event_views.registrations(request, self)

    @path("registrations/sign-in-sheet/", name="sign_in_sheet")
    def sign_in_sheet_route(self, request):
        return self.event_views.sign_in_sheet(request, self)

    @path("registrations/<str:file_format>/", name="export_registrations")
    def export_route(self, request, file_format):
        return self.event_views.export_registrations(request, self, file_format)

    # The signed token goes in the query string: Wagtail's page addresses
    # take letters, digits, "-" and "_" only, and a signature has colons.
    @path("cancel/", name="cancel_registration")
    def cancel_route(self, request):
        return self.event_views.cancel_registration(request, self, request.GET.get("token", ""))


class BoardRoutes:
    """A hearing's live board: forms that post to these addresses work
    without JavaScript (the page reloads with the change); the socket only
    shows the changes as they happen."""

    @path("board/", name="board_post")
    def board_post_route(self, request):
        return self.event_views.post_to_board(request, self)

    @path("board/<id:post_id>/vote/", name="board_vote")
    def board_vote_route(self, request, post_id):
        return self.event_views.vote_on_board(request, self, post_id)

    @path("board/<id:post_id>/answer/", name="board_answer")
    def board_answer_route(self, request, post_id):
        return self.event_views.answer_on_board(request, self, post_id)

    @path("board/<id:post_id>/hide/", name="board_hide")
    def board_hide_route(self, request, post_id):
        return self.event_views.hide_on_board(request, self, post_id)

    @path("board/<id:post_id>/carry/", name="board_carry")
    def board_carry_route(self, request, post_id):
        return self.event_views.carry_from_board(request, self, post_id)


class EventIndexRoutes(RoutablePageMixin):
    event_views = None  # hearings.views, set by HearingsConfig.ready()

    @path("calendar/", name="index_calendar")
    def calendar_route(self, request):
        return self.event_views.index_calendar(request, self)

    @path("members-of-parliament/<id:pk>/", name="member_of_parliament")
    def member_of_parliament_route(self, request, pk):
        return self.event_views.member_of_parliament(request, self, pk)
