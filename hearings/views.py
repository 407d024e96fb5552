"""The pages of events, thin: parse the request, call an action or a query,
render. The routes of ``hearings.routes`` call them with the page."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Page

from accounts.models import Organisation
from hearings import calendars, live, permissions, queries
from hearings.actions import (
    AnswerQuestion,
    BoardRefused,
    CancelRegistration,
    CarryIntoConsultation,
    HideBoardPost,
    PostToBoard,
    RegisterForHearing,
    RegistrationRefused,
    VoteForQuestion,
    carrying_targets,
    refusal_to_register,
    registration_for_token,
)
from hearings.forms import AnswerForm, BoardPostForm, CarryForm, HideForm, RegistrationForm
from hearings.models import (
    BoardAudience,
    BoardPost,
    HearingEvent,
    HearingIndexPage,
    MemberOfParliament,
    RegistrationState,
)
from hearings.permissions import can_see_registrations
from hearings.routes import page_cache_tag
from iris_site import exports, hooks, page_cache

HOME_PANEL_SIZE = 3
# A feed of a filtered list holds at most this many events, latest first.
FEED_SIZE = 500


def upcoming_events(request):
    """The home panel: events to come in the reader's language, soonest
    first. Left out where no events index is published."""
    index = HearingIndexPage.in_readers_language()
    if index is None:
        return None
    events = index.events().upcoming().for_listing()[:HOME_PANEL_SIZE]
    return {"index": index, "events": events}


def consultation_events(request, page):
    """The events about a consultation, on its page (a ``RELATED_PANELS``
    panel): none unless ``page`` is a consultation some event names. The
    page shows their status, so its cached copy goes with their registrations."""
    if not isinstance(page, Page):
        return None
    events = queries.events_about(page)
    page_cache.depends_on(request, *(page_cache_tag(event) for event in events))
    return {"events": events} if events else None


def organisation_events(request, organisation):
    """The events an organisation organises or co-organises, on its profile."""
    if not isinstance(organisation, Organisation):
        return None
    events = queries.events_of(organisation)
    return {"events": events} if events else None


def _ics(content, filename):
    response = HttpResponse(content, content_type=calendars.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_calendar(request, event):
    return _ics(calendars.calendar([event], event.title), f"{event.slug}.ics")


def index_calendar(request, index):
    """The calendar of what the index lists with the same filters."""
    _form, events = index.filtered(request)
    events = events.order_by("-starts_at", "pk")[:FEED_SIZE]
    return _ics(calendars.calendar(events, index.title), f"{index.slug}.ics")


def member_of_parliament(request, index, pk):
    """A Member of the European Parliament and the events they hosted."""
    member = get_object_or_404(MemberOfParliament, pk=pk)
    return TemplateResponse(
        request,
        "hearings/member_of_parliament.html",
        {"page": index, "member": member, "events": queries.events_hosted_by(member)},
    )


def _refused(request, reason, status=403):
    return TemplateResponse(request, "403.html", {"reason": reason}, status=status)


def register(request, hearing):
    """The registration form; sending it calls RegisterForHearing."""
    refusal = refusal_to_register(hearing)
    form = RegistrationForm(
        request.POST if request.method == "POST" else None,
        hearing=hearing,
        initial=_known_person(request.user),
    )
    status = 200
    if request.method == "POST" and refusal is None and form.is_valid():
        try:
            registration = RegisterForHearing(
                hearing, user=request.user, **form.action_fields()
            ).execute()
        except RegistrationRefused as error:
            form.add_error(None, error.message)
            status = 409 if error.code == "registered" else 400
        else:
            if registration.state == RegistrationState.CONFIRMED:
                messages.success(request, _("Your seat is confirmed. We have sent you an e-mail."))
            else:
                messages.info(
                    request,
                    _(
                        "The hearing is full: you are on the waiting list. We will write to you "
                        "as soon as a seat is free."
                    ),
                )
            return redirect(hearing.url)
    elif request.method == "POST":
        status = 400 if refusal is None else 403
    elif refusal:
        status = 403
    return TemplateResponse(
        request,
        "hearings/register.html",
        {"page": hearing, "form": form, "refusal": refusal, "seats_left": hearing.seats_left()},
        status=status,
    )


def _known_person(user):
    if not getattr(user, "is_authenticated", False):
        return {}
    return {"name": user.get_full_name(), "email": user.email}


def _organisers_only(request, hearing):
    """None for an organiser; otherwise the answer everyone else gets."""
    if not getattr(request.user, "is_authenticated", False):
        return redirect_to_login(request.get_full_path())
    if not can_see_registrations(request.user, hearing):
        return _refused(request, _("Only the hearing's organisers and editors see who registered."))
    return None


def registrations(request, hearing):
    refusal = _organisers_only(request, hearing)
    if refusal:
        return refusal
    return TemplateResponse(
        request,
        "hearings/registrations.html",
        {
            "page": hearing,
            "registrations": queries.registrations_of(hearing),
            "seats_left": hearing.seats_left(),
        },
    )


def sign_in_sheet(request, hearing):
    """A page to print: the people with a seat in the room, a line to sign each."""
    refusal = _organisers_only(request, hearing)
    if refusal:
        return refusal
    return TemplateResponse(
        request,
        "hearings/sign_in_sheet.html",
        {"page": hearing, "registrations": queries.sign_in_sheet(hearing)},
    )


def export_registrations(request, hearing, file_format):
    if file_format not in ("csv", "xlsx"):
        raise Http404
    refusal = _organisers_only(request, hearing)
    if refusal:
        return refusal
    header, rows = queries.registration_table(hearing)
    filename = f"{hearing.slug}-registrations.{file_format}"
    if file_format == "csv":
        return exports.csv_response(filename, header, rows)
    return exports.xlsx_response(filename, _("Registrations"), header, rows)


def cancel_registration(request, hearing, token):
    """The link in the person's e-mails: a page that asks, then cancels on POST."""
    registration = registration_for_token(token)
    if registration is None or registration.hearing.translation_key != hearing.translation_key:
        return _refused(
            request,
            _("This cancellation link is not valid. Use the link in your e-mail as it was sent."),
            status=400,
        )
    refusal = None
    if registration.state == RegistrationState.CANCELLED:
        refusal = _("This registration was already cancelled.")
    elif hearing.ends_at <= timezone.now():
        refusal = _("This hearing has already taken place.")
    if request.method == "POST" and refusal is None:
        try:
            CancelRegistration(registration).execute()
        except RegistrationRefused as error:
            refusal = error.message
        else:
            messages.success(request, _("Your registration is cancelled."))
            return redirect(hearing.url)
    return TemplateResponse(
        request,
        "hearings/cancel_registration.html",
        {"page": hearing, "registration": registration, "refusal": refusal},
        status=409 if refusal and request.method == "POST" else 200,
    )


def search_document(event):
    """What site search knows of an event: its text and agenda, and the
    facets it is counted under (its kind, country and year)."""
    return hooks.SearchDocument(
        title=event.title,
        summary=event.summary,
        body=" ".join(
            text
            for text in (
                event.venue,
                " ".join(item.value["title"] for item in event.agenda),
                strip_tags(event.minutes),
                strip_tags(event.conclusions),
            )
            if text
        ),
        type=event.kind,
        countries=[event.country] if event.country else [],
        year=timezone.localtime(event.starts_at).year,
        policy_areas=[area.slug for area in event.policy_areas.all()],
    )


def sees_registrations(request, hearing):
    """Whether the hearing's page links to its list of registrations."""
    return can_see_registrations(request.user, hearing)


# The live board -------------------------------------------------------------------------

BOARD_STATUS = {"forbidden": 403, "invalid": 400, "conflict": 409}


def board_context(request, hearing):
    """What the hearing's page shows of its board: while the hearing is in
    progress the board, with what this reader may do with each post; after
    it, the questions and answers in the minutes (the chair still carries
    comments from there). Nothing before it starts."""
    if hearing.status not in permissions.STARTED:
        return {}
    user = request.user
    is_open = permissions.board_is_open(hearing)
    context = {"board_open": is_open}
    if is_open:
        # The number first, then the posts: an event in between comes twice
        # and the page's script drops the second by its number.
        context["board_after"] = HearingEvent.objects.latest_sequence(hearing, BoardAudience.PUBLIC)
        context["board_path"] = live.board_path(hearing)
        context["board_posts"] = posts = queries.board_of(hearing)
        signed_in = permissions.is_signed_in(user)
        context["board_form"] = BoardPostForm(user=user) if signed_in else None
    else:
        context["board_minutes"] = minutes = queries.board_minutes(hearing)
        posts = [*minutes["questions"], *minutes["comments"]]
    _attach_controls(request, hearing, posts)
    return context


def _attach_controls(request, hearing, posts):
    """Set ``post.controls``: the forms this reader may use on each post."""
    user = request.user
    voted = queries.votes_of(user, posts)
    chair = permissions.can_chair(user, hearing)
    moderates = chair or permissions.can_moderate_board(user, hearing)
    targets = carrying_targets(hearing) if chair else []
    for post in posts:
        post.hearing = hearing
        post.controls = {
            "voted": post.pk in voted,
            "vote": permissions.refusal_to_vote(user, post, post.pk in voted) is None,
            "answer": permissions.refusal_to_answer(user, post, chair) is None,
            "hide": permissions.refusal_to_hide(user, post, moderates) is None,
            "carry": (
                CarryForm(targets=targets, auto_id=f"carry-{post.pk}-%s")
                if targets and permissions.refusal_to_carry(user, post, chair) is None
                else None
            ),
        }


def _board_page(request, hearing, *, title, form=None, reason=None, status=400):
    """The answer to a board form that was refused: the reason, and the form
    as it was sent, so nothing typed is lost."""
    return TemplateResponse(
        request,
        "hearings/board_form.html",
        {"page": hearing, "title": title, "form": form, "reason": reason},
        status=status,
    )


def _back_to_board(hearing):
    return redirect(hearing.url + "#board")


def _board_post(hearing, post_id):
    """The post ``post_id`` of this hearing's board; a forged id (another
    hearing's post, none at all) is not found."""
    post = BoardPost.objects.of(hearing).filter(pk=post_id).first()
    if post is None:
        raise Http404
    post.hearing = hearing
    return post


def _board_form_view(request, hearing, title, form_class, run, success, **form_kwargs):
    """Parse a board form, call the action, go back to the board."""
    if request.method != "POST":
        return _back_to_board(hearing)
    if not getattr(request.user, "is_authenticated", False):
        return redirect_to_login(hearing.url)
    form = form_class(request.POST, **form_kwargs) if form_class else None
    if form is not None and not form.is_valid():
        return _board_page(request, hearing, title=title, form=form)
    try:
        run(form)
    except BoardRefused as error:
        return _board_page(
            request,
            hearing,
            title=title,
            form=form,
            reason=error.message,
            status=BOARD_STATUS.get(error.code, 400),
        )
    messages.success(request, success)
    return _back_to_board(hearing)


def post_to_board(request, hearing):
    refusal = permissions.refusal_to_post(request.user, hearing)
    if request.method == "POST" and refusal and permissions.is_signed_in(request.user):
        form = BoardPostForm(request.POST, user=request.user)
        return _board_page(
            request, hearing, title=_("Send to the board"), form=form, reason=refusal, status=403
        )

    def run(form):
        PostToBoard(request.user, hearing, **form.cleaned_data).execute()

    return _board_form_view(
        request,
        hearing,
        _("Send to the board"),
        BoardPostForm,
        run,
        _("Your post is on the board."),
        user=request.user,
    )


def vote_on_board(request, hearing, post_id):
    post = _board_post(hearing, post_id)
    return _board_form_view(
        request,
        hearing,
        _("Vote for a question"),
        None,
        lambda form: VoteForQuestion(request.user, post).execute(),
        _("Your vote is counted."),
    )


def answer_on_board(request, hearing, post_id):
    post = _board_post(hearing, post_id)
    return _board_form_view(
        request,
        hearing,
        _("Answer a question"),
        AnswerForm,
        lambda form: AnswerQuestion(request.user, post, form.cleaned_data["answer"]).execute(),
        _("The question is marked as answered."),
    )


def hide_on_board(request, hearing, post_id):
    post = _board_post(hearing, post_id)
    return _board_form_view(
        request,
        hearing,
        _("Hide a post"),
        HideForm,
        lambda form: HideBoardPost(request.user, post, form.cleaned_data["reason"]).execute(),
        _("The post is hidden."),
    )


def carry_from_board(request, hearing, post_id):
    post = _board_post(hearing, post_id)
    return _board_form_view(
        request,
        hearing,
        _("Carry a comment into the consultation"),
        CarryForm,
        lambda form: CarryIntoConsultation(request.user, post, form.target()).execute(),
        _("The comment is in the consultation's comment list, for the institution to answer."),
        targets=carrying_targets(hearing),
    )
