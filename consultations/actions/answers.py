"""The institution's side of a consultation: answering comments, one or a
group of near-identical ones at once, and publishing the report that makes
the answers public."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from consultations import permissions, signals
from consultations.models import Answer, ConsultationReport, ConsultationStatus, Outcome
from consultations.reports import answerable_comments

MAX_REASONING_LENGTH = 10_000


class AnswerPermissionError(PermissionDenied):
    pass


def refusal(user, consultation):
    """Why ``user`` may not answer or publish the report on ``consultation``
    now, in a sentence; None when they may."""
    if not permissions.can_prepare_report(user, consultation):
        return _(
            "Only officials of %(institution)s and the network's editors answer "
            "the comments on this consultation."
        ) % {"institution": consultation.institution}
    status = consultation.status
    if status in (ConsultationStatus.UPCOMING, ConsultationStatus.OPEN):
        return _("Comments are answered once the consultation has closed.")
    if status == ConsultationStatus.REPORT_PUBLISHED:
        return _("The report is published: its answers can no longer change.")
    return None


def _check(user, consultation):
    reason = refusal(user, consultation)
    if reason is not None:
        raise AnswerPermissionError(reason)


class AnswerComments:
    """An official answers one comment, or several near-identical ones with
    the same outcome and reasoning; answering again replaces the earlier
    answer until the report is published. With ``replace=False`` comments
    that already have an answer keep it (a group answered once, some of
    whose members were answered on their own before)."""

    def __init__(self, consultation, comments, by, outcome, reasoning, replace=True):
        self.consultation = consultation.original
        self.comments = list(comments)
        self.by = by
        self.outcome = outcome
        self.reasoning = reasoning.strip()
        self.replace = replace

    @property
    def to_answer(self):
        """The comments this answer is written to."""
        if self.replace:
            return self.comments
        return [comment for comment in self.comments if not hasattr(comment, "answer")]

    def validate(self):
        errors = {}
        if self.outcome not in Outcome.values:
            errors["outcome"] = _("Choose one of the outcomes.")
        if not self.reasoning:
            errors["reasoning"] = _("Give the reasoning for the outcome.")
        elif len(self.reasoning) > MAX_REASONING_LENGTH:
            errors["reasoning"] = _("Keep the reasoning under %(limit)d characters.") % {
                "limit": MAX_REASONING_LENGTH
            }
        if not self.comments:
            errors["comments"] = _("Choose at least one comment to answer.")
        answerable = set(
            answerable_comments(self.consultation)
            .filter(pk__in=[comment.pk for comment in self.comments])
            .values_list("pk", flat=True)
        )
        if any(comment.pk not in answerable for comment in self.comments):
            errors["comments"] = _(
                "Only published comments on this consultation, not replies or "
                "withdrawn ones, can be answered."
            )
        elif self.comments and not self.to_answer:
            errors["replace_answers"] = _(
                "Every one of these comments already has an answer: choose to replace "
                "their answers to change them."
            )
        if errors:
            raise ValidationError(errors)

    def execute(self):
        _check(self.by, self.consultation)
        self.validate()
        answers = []
        with transaction.atomic():
            for comment in self.to_answer:
                answer, created = Answer.objects.update_or_create(
                    comment=comment,
                    defaults={
                        "outcome": self.outcome,
                        "reasoning": self.reasoning,
                        "answered_by": self.by,
                    },
                )
                action = "consultations.answer.create" if created else "consultations.answer.edit"
                log(instance=answer, action=action, user=self.by)
                answers.append(answer)
        return answers


class PublishReport:
    """The institution publishes its report: the introduction, the figures and
    every answer become public, and the consultation's status becomes
    "report published"."""

    def __init__(self, consultation, by, introduction):
        self.consultation = consultation.original
        self.by = by
        self.introduction = introduction.strip()

    def execute(self):
        _check(self.by, self.consultation)
        if len(self.introduction) > MAX_REASONING_LENGTH:
            raise ValidationError(
                {
                    "introduction": _("Keep the introduction under %(limit)d characters.")
                    % {"limit": MAX_REASONING_LENGTH}
                }
            )
        with transaction.atomic():
            report, _created = ConsultationReport.objects.update_or_create(
                consultation=self.consultation,
                defaults={
                    "introduction": self.introduction,
                    "published_at": timezone.now(),
                    "published_by": self.by,
                },
            )
            log(instance=report, action="consultations.report.publish", user=self.by)
            # The page caches whether its report is public.
            self.consultation.__dict__.pop("published_report", None)
            signals.answers_published.send(sender=PublishReport, consultation=self.consultation)
        return report
