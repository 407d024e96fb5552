"""The answering screen in the admin: the comments of a closed consultation
grouped by part, a form per comment, a form to answer several identical
comments at once, and the form that publishes the report. Thin: forms parse,
the actions in ``consultations.actions.answers`` decide and write."""

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
from consultations.forms import AnswerForm, AnsweringFilterForm, ReportForm
from consultations.models import ConsultationPage, ConsultationReport
from consultations.reports import (
    answerable_comments,
    answering_comments,
    consultations_to_answer,
    group_by_part,
    mark_identical,
)


def _consultation_for(request, page_id):
    consultation = get_object_or_404(ConsultationPage, pk=page_id).original
    if not permissions.can_prepare_report(request.user, consultation):
        raise PermissionDenied(refusal(request.user, consultation))
    return consultation


def index(request):
    if not permissions.prepares_reports(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "consultations/admin/answering_index.html",
        {"consultations": consultations_to_answer(request.user)},
    )


def answering(request, page_id, answer_form=None):
    consultation = _consultation_for(request, page_id)
    filters = AnsweringFilterForm(request.GET or None)
    criteria = filters.cleaned_data if filters.is_valid() else {}
    comments = mark_identical(list(answering_comments(consultation, **criteria)))
    report = ConsultationReport.objects.filter(consultation=consultation).first()
    return TemplateResponse(
        request,
        "consultations/admin/answering.html",
        {
            "consultation": consultation,
            "filters": filters,
            "groups": group_by_part(consultation, comments),
            "shown": len(comments),
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
def answer(request, page_id):
    consultation = _consultation_for(request, page_id)
    form = AnswerForm(request.POST, consultation=consultation)
    if not form.is_valid():
        return answering(request, page_id, answer_form=form)
    comments = form.cleaned_data["comments"]
    try:
        AnswerComments(
            consultation,
            comments,
            by=request.user,
            outcome=form.cleaned_data["outcome"],
            reasoning=form.cleaned_data["reasoning"],
        ).execute()
    except PermissionDenied as refused:
        messages.error(request, str(refused))
    except ValidationError as invalid:
        for error in invalid.messages:
            messages.error(request, error)
    else:
        messages.success(
            request,
            ngettext("%(count)d comment answered.", "%(count)d comments answered.", len(comments))
            % {"count": len(comments)},
        )
    return redirect(_back(request, consultation))


@require_POST
def publish_report(request, page_id):
    consultation = _consultation_for(request, page_id)
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
