"""The comment pages of a consultation: thin views that parse the form, call
the action and redirect (POST, redirect, GET), with a message. They work as
plain HTML forms; nothing needs JavaScript."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from consultations import queries
from consultations.actions import (
    MODERATION_DECISIONS,
    CommentPermissionError,
    CoSignComment,
    EditComment,
    FlagComment,
    PostComment,
    TooManyCommentsError,
    WithdrawComment,
    moderation_decisions,
    refusal_to_comment,
    refusal_to_cosign,
    refusal_to_reply,
)
from consultations.comment_fragments import render_fragments, with_replies
from consultations.forms import (
    CommentForm,
    CoSignForm,
    EditCommentForm,
    FlagForm,
    ModerationForm,
    add_action_error,
)
from consultations.models import CommentState, ConsultationEvent, EventAudience
from consultations.part_fragments import render_parts
from consultations.permissions import CommentViewer, cosigning_organisations, is_signed_in
from consultations.reports import report_figures
from consultations.version_reports import has_public_versions
from iris_site.converters import parse_id

THREADS_PER_LIST_PAGE = 20


def thread_context(request, page):
    """The consultation page's comments: each part with its counts and newest
    threads, what the reader may do with them, the table of contents and,
    once the report is out, its figures. The number of the last
    event is read first: the parts, read after it, show at least the events
    up to it, so the live socket that starts after it misses none."""
    viewer = CommentViewer(request.user, page.original)
    after = ConsultationEvent.objects.latest_sequence(page, EventAudience.PUBLIC)
    urls = comment_urls(request, page)
    language = comment_language(request)
    contents, whole_draft, draft_parts, removed_parts = render_parts(
        page, viewer, urls, after, language
    )
    report = page.published_report
    return {
        "contents": contents,
        "comment_language": language,
        "outcome": report_figures(page.original, report) if report is not None else None,
        "live_after": after,
        "comment_viewer": viewer,
        "comment_urls": urls,
        "comment_refusal": refusal_to_comment(request.user, page.original),
        "whole_draft": whole_draft,
        "draft_parts": draft_parts,
        # Comments keep the wording they answered, even of a part since removed.
        "removed_parts": removed_parts,
        "has_versions": has_public_versions(page),
    }


def comment_language(request):
    """The language the reader filters the comments by (``?language=``), or
    ``""`` for all of them: a code the site does not have shows all."""
    language = request.GET.get("language", "")
    return language if language in dict(settings.LANGUAGES) else ""


def comment_urls(request, page):
    """The addresses of the comment pages, worked out once per page rather
    than once per link (the change pages are ``comments`` + ``<id>/<change>/``)."""
    base = page.get_url(request)
    return {
        "post": base + page.reverse_subpage("post_comment"),
        "comments": base + page.reverse_subpage("comment_list"),
    }


def comment_url(request, page, comment):
    return f"{page.get_url(request)}#comment-{comment.pk}"


def _refused(request, reason):
    return TemplateResponse(request, "403.html", {"reason": reason}, status=403)


def post_comment(request, page):
    """The comment form, for the whole draft, one part (``?part=``) or a
    reply (``?reply_to=``); posting it calls PostComment."""
    data = request.POST if request.method == "POST" else request.GET
    part_id = data.get("part", "")
    parent = None
    if data.get("reply_to"):
        reply_to = parse_id(data["reply_to"])
        if reply_to is None:
            raise Http404
        parent = queries.visible_comment_or_404(request.user, page, reply_to)
        part_id = parent.part_id
    if not is_signed_in(request.user):
        return redirect_to_login(request.get_full_path())
    part = page.part(part_id) if part_id else None
    if part_id and part is None and request.method != "POST":
        raise Http404
    form = CommentForm(
        request.POST if request.method == "POST" else None,
        request.FILES or None,
        user=request.user,
        consultation=page,
        reply=parent is not None,
        initial={
            "part": part_id,
            "reply_to": parent.pk if parent else None,
            # An amendment edits the part's wording rather than retyping it.
            "proposed_text": part.value["text"] if part is not None and parent is None else "",
        },
    )
    status = 200
    if parent is None:
        refusal = refusal_to_comment(request.user, page.original)
    else:
        refusal = refusal_to_reply(request.user, page.original, parent)
    if request.method == "POST" and form.is_valid():
        action = PostComment(
            request.user,
            page,
            text=form.cleaned_data["text"],
            kind=form.cleaned_data.get("kind") or "general",
            part_id=part_id,
            parent=parent,
            proposed_text=form.cleaned_data.get("proposed_text", ""),
            organisation=form.cleaned_data.get("organisation"),
            attachment=form.cleaned_data["attachment"],
            submission_key=form.cleaned_data["submission_key"],
        )
        try:
            comment = action.execute()
        except TooManyCommentsError as error:
            form.add_error(None, error.message)
            status = 429
        except CommentPermissionError as error:
            form.add_error(None, str(error))
            status = 403
        except ValidationError as error:
            add_action_error(form, error)
            status = 400
        else:
            messages.success(request, _posted_message(action, comment))
            return redirect(comment_url(request, page, comment))
    elif request.method == "POST":
        status = 400
    elif refusal:
        status = 403
    return TemplateResponse(
        request,
        "consultations/comment_form.html",
        {"page": page, "form": form, "part": part, "parent": parent, "refusal": refusal},
        status=status,
    )


def _posted_message(action, comment):
    if not action.created:
        return _("You had already sent this comment; it was posted once.")
    if comment.state == CommentState.PENDING:
        return _("Thank you. Your comment will appear once a moderator has approved it.")
    return _("Thank you. Your comment has been published.")


def comment_list(request, page):
    """Every thread on one part (``?part=``) or on the draft as a whole, paged."""
    part_id = request.GET.get("part", "")
    part = page.part(part_id) if part_id else None
    language = comment_language(request)
    threads = queries.part_threads(page, part_id, language)
    if part_id and part is None and not threads.exists():
        raise Http404
    if part is not None:
        part_name = part.value["label"] or part.value["title"] or _("this part")
    else:
        part_name = threads.first().part_label if part_id else ""
    page_obj = Paginator(threads, THREADS_PER_LIST_PAGE).get_page(request.GET.get("page"))
    render_fragments(
        with_replies(page_obj),
        answers_public=page.published_report is not None,
        part_names=page.part_names(),
    )
    return TemplateResponse(
        request,
        "consultations/comment_list.html",
        {
            "page": page,
            "part": part,
            "part_name": part_name,
            "comment_language": language,
            "page_obj": page_obj,
            "comment_viewer": CommentViewer(request.user, page.original),
            "comment_urls": comment_urls(request, page),
        },
    )


class CommentChange:
    """One of the changes a reader makes to a comment through a small form:
    GET shows the comment and the form, POST calls the action."""

    name = ""
    title = ""
    submit_label = ""
    done_message = ""
    refusal = gettext_lazy("You cannot do this with this comment.")
    danger = False
    form_class = None

    def __init__(self, request, page, comment):
        self.request = request
        self.page = page
        self.comment = comment

    def form_kwargs(self):
        return {}

    def refusal_reason(self):
        return self.refusal

    def extra_context(self):
        return {}

    def act(self, data):
        raise NotImplementedError

    def serve(self):
        request = self.request
        if not is_signed_in(request.user):
            return redirect_to_login(request.get_full_path())
        viewer = CommentViewer(request.user, self.page.original)
        if not viewer.controls(self.comment)[self.name]:
            return _refused(request, self.refusal_reason())
        try:
            kwargs = self.form_kwargs()
        except CommentPermissionError as error:
            return _refused(request, str(error))
        form = self.form_class(request.POST if request.method == "POST" else None, **kwargs)
        status = 200
        if request.method == "POST" and form.is_valid():
            try:
                self.act(form.cleaned_data)
            except CommentPermissionError as error:
                return _refused(request, str(error))
            except ValidationError as error:
                add_action_error(form, error)
                status = 400
            else:
                messages.success(request, self.done_message)
                return redirect(comment_url(request, self.page, self.comment))
        elif request.method == "POST":
            status = 400
        return TemplateResponse(
            request,
            "consultations/comment_change.html",
            {
                "page": self.page,
                "comment": self.comment,
                "form": form,
                "change": self,
                **self.extra_context(),
            },
            status=status,
        )


class Edit(CommentChange):
    name = "edit"
    refusal = gettext_lazy(
        "Only the author can change a comment, and only while the consultation is open."
    )
    title = gettext_lazy("Change your comment")
    submit_label = gettext_lazy("Save the new wording")
    done_message = gettext_lazy("Your comment has been changed; the earlier wording is kept.")
    form_class = EditCommentForm

    def form_kwargs(self):
        return {"comment": self.comment}

    def act(self, data):
        EditComment(
            self.request.user,
            self.comment,
            text=data["text"],
            proposed_text=data.get("proposed_text", ""),
        ).execute()


class Withdraw(CommentChange):
    name = "withdraw"
    refusal = gettext_lazy(
        "Only the author can withdraw a comment, and only while the consultation is open."
    )
    title = gettext_lazy("Withdraw your comment")
    submit_label = gettext_lazy("Withdraw it")
    done_message = gettext_lazy("Your comment has been withdrawn.")
    danger = True
    form_class = forms.Form

    def act(self, data):
        WithdrawComment(self.request.user, self.comment).execute()


class CoSign(CommentChange):
    name = "cosign"
    refusal = gettext_lazy(
        "You can co-sign open comments for a verified organisation you are a member of."
    )
    title = gettext_lazy("Co-sign this comment")
    submit_label = gettext_lazy("Co-sign")
    done_message = gettext_lazy("Your organisation now co-signs this comment.")
    form_class = CoSignForm

    def refusal_reason(self):
        return refusal_to_cosign(self.request.user, self.comment) or self.refusal

    def form_kwargs(self):
        organisations = cosigning_organisations(self.request.user, self.page.original, self.comment)
        if not organisations.exists():
            raise CommentPermissionError(
                _("None of your verified organisations can co-sign this comment.")
            )
        return {"organisations": organisations}

    def act(self, data):
        CoSignComment(self.request.user, self.comment, data["organisation"]).execute()


class Flag(CommentChange):
    name = "flag"
    refusal = gettext_lazy(
        "Sign in to flag a comment; you cannot flag your own or a withdrawn one."
    )
    title = gettext_lazy("Flag this comment to the moderators")
    submit_label = gettext_lazy("Flag it")
    done_message = gettext_lazy("Thank you. The moderators will look at this comment.")
    form_class = FlagForm

    def act(self, data):
        FlagComment(self.request.user, self.comment, data["reason"]).execute()


class Moderate(CommentChange):
    name = "moderate"
    refusal = gettext_lazy("Only moderators can decide on comments.")
    title = gettext_lazy("Moderate this comment")
    submit_label = gettext_lazy("Record the decision")
    done_message = gettext_lazy("The decision has been recorded.")
    form_class = ModerationForm

    def form_kwargs(self):
        return {"decisions": moderation_decisions(self.comment)}

    def extra_context(self):
        # The text in every state and the readers' flags: moderators see
        # what they decide on (consultations/includes/moderation_record.html).
        return {"moderation_record": True, "flags": queries.flags_of(self.comment)}

    def act(self, data):
        decision = MODERATION_DECISIONS[data["decision"]]
        decision(self.request.user, self.comment, data["reason"]).execute()


CHANGES = {"edit": Edit, "withdraw": Withdraw, "cosign": CoSign, "flag": Flag, "moderate": Moderate}


def change_comment(request, page, comment_id, change):
    """``<page>/comments/<id>/<change>/``: a comment of another consultation,
    or an unknown change, is not found."""
    if change not in CHANGES:
        raise Http404
    comment = queries.visible_comment_or_404(request.user, page, comment_id)
    return CHANGES[change](request, page, comment).serve()
