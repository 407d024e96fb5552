"""The answering screen in the admin: the comments of a closed consultation
by part, near-identical ones grouped with a form to answer the group at once,
a form per comment, and the form that publishes the report. Thin: forms parse,
the actions in ``consultations.actions.answers`` decide and write."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from consultations import permissions
from consultations.actions.answers import AnswerComments, PublishReport, refusal
from consultations.forms import AnswerForm, AnsweringFilterForm, ReportForm, add_action_error
from consultations.models import ConsultationPage, ConsultationReport
from consultations.reports import (
    answerable_comments,
    answering_comments,
    consultations_to_answer,
    group_by_part,
    similar_groups,
)
from consultations.version_reports import changes_by_comment


def _refused(request, reason):
    """A 403 that says why, in the admin (Wagtail turns a raised
    PermissionDenied into a redirect with a generic message)."""
    return TemplateResponse(
        request, "consultations/admin/refused.html", {"reason": reason}, status=403
    )


def answering_view(view):
    """Load the consultation (in its original language) from ``page_id`` and
    let only those who prepare its report in."""

    @wraps(view)
    def wrapped(request, page_id, **kwargs):
        consultation = get_object_or_404(ConsultationPage, pk=page_id).original
        if not permissions.can_prepare_report(request.user, consultation):
            return _refused(request, refusal(request.user, consultation))
        return view(request, consultation, **kwargs)

    return wrapped


def index(request):
    if not permissions.prepares_reports(request.user):
        return _refused(
            request, _("Only public officials and the network's editors answer comments.")
        )
    return TemplateResponse(
        request,
        "consultations/admin/answering_index.html",
        {"consultations": consultations_to_answer(request.user)},
    )


@answering_view
def answering(request, consultation, answer_form=None):
    filters = AnsweringFilterForm(request.GET or None)
    criteria = filters.cleaned_data if filters.is_valid() else {}
    # Groups are found among all the comments, so that a filter shows whole
    # groups (those with a member it matches) and a group answered from a
    # filtered screen is the same group the answer checks again.
    shown = set(answering_comments(consultation, **criteria).values_list("pk", flat=True))
    groups = [
        group
        for group in similar_groups(answering_comments(consultation))
        if any(comment.pk in shown for comment in group.comments)
    ]
    if answer_form is not None:
        # The answer that was not saved reappears in the form it came from.
        sent = answer_form.submitted_ids()
        as_group = bool(answer_form.data.get("members"))
        for group in groups:
            for comment in group.comments:
                if comment.pk in sent:
                    (group if as_group else comment).retry = answer_form
    # The changes of the draft each comment led to, which its answer may cite.
    led_to = changes_by_comment(consultation)
    for group in groups:
        for comment in group.comments:
            comment.led_to = led_to.get(comment.pk, [])
    report = ConsultationReport.objects.filter(consultation=consultation).first()
    return TemplateResponse(
        request,
        "consultations/admin/answering.html",
        {
            "consultation": consultation,
            "filters": filters,
            "parts": group_by_part(consultation, groups),
            "shown": len(shown),
            "unanswered": answerable_comments(consultation).filter(answer__isnull=True).count(),
            "refusal": refusal(request.user, consultation),
            "answer_form": answer_form,
            "outcomes": AnswerForm.base_fields["outcome"].choices,
            "report_form": ReportForm(
                initial={"introduction": report.introduction if report else ""}
            ),
            "report": report,
        },
        status=400 if answer_form is not None else 200,
    )


@require_POST
@answering_view
def answer(request, consultation):
    form = AnswerForm(request.POST, consultation=consultation)
    if not form.is_valid():
        return answering.__wrapped__(request, consultation, answer_form=form)
    action = AnswerComments(
        consultation,
        form.cleaned_data["comments"],
        by=request.user,
        outcome=form.cleaned_data["outcome"],
        reasoning=form.cleaned_data["reasoning"],
        replace=form.cleaned_data["replace_answers"] or not form.cleaned_data["members"],
    )
    try:
        answers = action.execute()
    except PermissionDenied as refused:
        messages.error(request, str(refused))
    except ValidationError as invalid:
        add_action_error(form, invalid)
        return answering.__wrapped__(request, consultation, answer_form=form)
    else:
        messages.success(
            request,
            ngettext("%(count)d comment answered.", "%(count)d comments answered.", len(answers))
            % {"count": len(answers)},
        )
        kept = len(action.comments) - len(answers)
        if kept:
            messages.info(
                request,
                ngettext(
                    "%(count)d comment of the group kept the answer it had.",
                    "%(count)d comments of the group kept the answers they had.",
                    kept,
                )
                % {"count": kept},
            )
    return redirect(_back(request, consultation))


@require_POST
@answering_view
def publish_report(request, consultation):
    form = ReportForm(request.POST)
    if form.is_valid():
        try:
            PublishReport(
                consultation, by=request.user, introduction=form.cleaned_data["introduction"]
            ).execute()
        except PermissionDenied as refused:
            messages.error(request, str(refused))
        else:
            messages.success(request, _("The report is published."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(reverse("consultations_answering", args=[consultation.pk]))


def _back(request, consultation):
    """The answering screen with the filters it was submitted from."""
    url = reverse("consultations_answering", args=[consultation.pk])
    query = request.POST.get("filters", "")
    return f"{url}?{query}" if query else url
