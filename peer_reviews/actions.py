"""Every change to frameworks and peer reviews: the public forms, the admin and
the demo seeds call these, so each path checks, writes and logs alike. Every
score change is logged in Wagtail's audit log (the review's history)."""

from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from accounts.permissions import speakable_organisations
from iris_site.page_cache import invalidate_on_commit
from peer_reviews import permissions, queries
from peer_reviews.models import (
    Criterion,
    CriterionScore,
    FollowUp,
    Framework,
    Recommendation,
    Standard,
    SummaryConsent,
)
from peer_reviews.permissions import ReviewPermissionError
from peer_reviews.status import FollowUpStatus, Score

# The tags of the cached public pages that show published summaries, and frameworks.
PUBLISHED_SUMMARIES = "peer-review-summaries"
FRAMEWORKS = "peer-review-frameworks"


class CopyFramework:
    """A new version of a framework: a copy of its standards and criteria that
    editors then change, so reviews scored against the old version keep it."""

    def __init__(self, framework, *, version, year, by=None):
        self.framework = framework
        self.version = version
        self.year = year
        self.by = by

    @transaction.atomic
    def execute(self):
        source = self.framework
        if Framework.objects.filter(
            locale=source.locale, name=source.name, version=self.version
        ).exists():
            raise ValidationError(
                _("Version %(version)s of this framework exists already.")
                % {"version": self.version}
            )
        copy = Framework.objects.create(
            locale=source.locale,
            name=source.name,
            year=self.year,
            version=self.version,
            description=source.description,
            discussed_in=source.discussed_in,
            previous=source,
        )
        for standard in source.standards.prefetch_related("criteria"):
            new_standard = Standard.objects.create(
                locale=source.locale,
                framework=copy,
                number=standard.number,
                title=standard.title,
                description=standard.description,
            )
            Criterion.objects.bulk_create(
                Criterion(
                    locale=source.locale,
                    standard=new_standard,
                    number=criterion.number,
                    text=criterion.text,
                    guidance=criterion.guidance,
                )
                for criterion in standard.criteria.all()
            )
        log(instance=copy, action="wagtail.create", user=self.by)
        return copy


class TranslateFramework:
    """A framework version in another language: copies of it, of its
    standards and of their criteria that share their originals' translation
    keys, as wagtail-localize's synchronised copies do, so the framework page
    shows the reader's version. ``standards`` maps a standard's number to
    its title, ``criteria`` a criterion's ``(standard, number)`` to its text;
    what is not given keeps the original's words until it is translated."""

    def __init__(
        self, framework, locale, *, name, description="", standards=None, criteria=None, by=None
    ):
        self.framework = framework
        self.locale = locale
        self.name = name
        self.description = description
        self.standards = standards or {}
        self.criteria = criteria or {}
        self.by = by

    @transaction.atomic
    def execute(self):
        source = self.framework
        if source.has_translation(self.locale):
            raise ValidationError(
                _("This framework version is already translated into %(language)s.")
                % {"language": self.locale.get_display_name()}
            )
        copy = source.copy_for_translation(self.locale, exclude_fields=["standards"])
        copy.name = self.name
        copy.description = self.description or source.description
        copy.save()
        for standard in source.standards.prefetch_related("criteria"):
            translated = standard.copy_for_translation(self.locale, exclude_fields=["criteria"])
            translated.framework = copy
            translated.title = self.standards.get(standard.number, standard.title)
            translated.save()
            for criterion in standard.criteria.all():
                text = self.criteria.get((standard.number, criterion.number), criterion.text)
                criterion = criterion.copy_for_translation(self.locale)
                criterion.standard = translated
                criterion.text = text
                criterion.save()
        log(instance=copy, action="wagtail.create", user=self.by)
        return copy


def check_team(review, team_organisations, team_people):
    """A reviewer never reviews their own organisation: neither a reviewing
    organisation nor a person who speaks for the reviewed one."""
    if any(organisation.pk == review.organisation_id for organisation in team_organisations):
        raise ValidationError(
            _("%(organisation)s cannot be on the team that reviews it.")
            % {"organisation": review.organisation}
        )
    for person in team_people:
        if speakable_organisations(person).filter(pk=review.organisation_id).exists():
            raise ValidationError(
                _("%(person)s speaks for %(organisation)s and cannot review it.")
                % {"person": person, "organisation": review.organisation}
            )


class GenerateScoreSheet:
    """One score row for each criterion of the review's framework version:
    the sheet is made from the framework, nobody types criteria. Rows of
    another version that hold no score yet are removed."""

    def __init__(self, review):
        self.review = review

    @staticmethod
    def check(review, framework):
        """A review scored against one version keeps it: refused with a reason."""
        scored = (
            CriterionScore.objects.filter(review_id=review.pk)
            .exclude(criterion__standard__framework=framework)
            .exclude(score=None, evidence="", finding="")
        )
        if scored.exists():
            raise ValidationError(
                _("This review has scores against another framework version: it cannot change.")
            )

    @transaction.atomic
    def execute(self):
        self.check(self.review, self.review.framework_id)
        criteria = Criterion.objects.filter(standard__framework_id=self.review.framework_id)
        scores = CriterionScore.objects.filter(review=self.review)
        scores.exclude(criterion__in=criteria).delete()
        present = set(scores.values_list("criterion_id", flat=True))
        CriterionScore.objects.bulk_create(
            CriterionScore(review=self.review, criterion_id=criterion_id)
            for criterion_id in criteria.values_list("pk", flat=True)
            if criterion_id not in present
        )
        return scores


class RecordScores:
    """The peer team's scores, evidence and findings for some criteria of the
    sheet: ``rows`` maps a criterion's id to ``(score, evidence, finding)``.
    Each changed score is logged with its old and new value."""

    def __init__(self, review, rows, *, by):
        self.review = review
        self.rows = rows
        self.by = by

    @transaction.atomic
    def execute(self):
        if not permissions.can_score(self.by, self.review):
            raise ReviewPermissionError(
                _("Only the peer team scores this review, and only until it is completed.")
            )
        sheet = {
            row.criterion_id: row
            for row in CriterionScore.objects.select_related("criterion__standard")
            .select_for_update(of=("self",))
            .filter(review=self.review, criterion_id__in=list(self.rows))
        }
        errors = []
        for criterion_id, (score, _evidence, _finding) in self.rows.items():
            if criterion_id not in sheet:
                errors.append(
                    _("Criterion %(id)s is not in this review's framework version.")
                    % {"id": criterion_id}
                )
            elif score is not None and score not in Score.values:
                errors.append(
                    _("%(score)s is not on the scale (%(scale)s).")
                    % {"score": score, "scale": ", ".join(str(label) for label in Score.labels)}
                )
        if errors:
            raise ValidationError(errors)
        changed = []
        for criterion_id, (score, evidence, finding) in self.rows.items():
            row = sheet[criterion_id]
            new = (score, evidence, finding)
            if (row.score, row.evidence, row.finding) == new:
                continue
            if row.score != score:
                log(
                    instance=self.review,
                    action="peer_reviews.score",
                    user=self.by,
                    data={"criterion": row.criterion.code, "from": row.score, "to": score},
                )
            row.score, row.evidence, row.finding = new
            changed.append(row)
        CriterionScore.objects.bulk_update(changed, ["score", "evidence", "finding"])
        return changed


class CompleteReview:
    """The team closes the score sheet once every criterion is scored."""

    def __init__(self, review, *, by):
        self.review = review
        self.by = by

    @transaction.atomic
    def execute(self):
        if not permissions.can_score(self.by, self.review):
            raise ReviewPermissionError(_("Only the peer team completes this review."))
        if self.review.scores.filter(score=None).exists() or not self.review.scores.exists():
            raise ValidationError(_("Score every criterion before completing the review."))
        self.review.completed_at = timezone.now()
        self.review.save(update_fields=["completed_at"])
        log(instance=self.review, action="peer_reviews.complete", user=self.by)


class AddRecommendation:
    def __init__(self, review, *, by, text, priority, responsible=None, due_on=None):
        self.review = review
        self.by = by
        self.fields = {
            "text": text,
            "priority": priority,
            "responsible": responsible,
            "due_on": due_on,
        }

    @transaction.atomic
    def execute(self):
        if not permissions.can_score(self.by, self.review):
            raise ReviewPermissionError(
                _("Only the peer team makes recommendations, until the review is completed.")
            )
        recommendation = Recommendation.objects.create(review=self.review, **self.fields)
        log(instance=self.review, action="peer_reviews.recommend", user=self.by)
        return recommendation


class RecordFollowUp:
    """A dated note on what became of a recommendation; the latest note's
    status is the recommendation's."""

    def __init__(self, recommendation, *, by, status, note, evidence="", noted_on=None):
        self.recommendation = recommendation
        self.by = by
        self.status = status
        self.note = note
        self.evidence = evidence
        self.noted_on = noted_on or timezone.localdate()

    @transaction.atomic
    def execute(self):
        if not permissions.can_follow_up(self.by, self.recommendation):
            raise ReviewPermissionError(
                _(
                    "Only the person responsible, the reviewed organisation and the network's "
                    "coordinators follow this recommendation up."
                )
            )
        if self.status not in FollowUpStatus.values:
            raise ValidationError(_("Choose one of the follow-up states."))
        follow_up = FollowUp.objects.create(
            recommendation=self.recommendation,
            status=self.status,
            note=self.note,
            evidence=self.evidence,
            noted_on=self.noted_on,
            author=self.by,
        )
        log(
            instance=self.recommendation.review,
            action="peer_reviews.follow_up",
            user=self.by,
            data={"recommendation": self.recommendation.pk, "status": self.status},
        )
        return follow_up


class GiveConsent:
    """The reviewed organisation agrees that the review's summary be published."""

    def __init__(self, review, *, by):
        self.review = review
        self.by = by

    @transaction.atomic
    def execute(self):
        if not permissions.can_consent(self.by, self.review):
            raise ReviewPermissionError(
                _("Only the reviewed organisation consents to publishing its summary.")
            )
        consent = self.review.consents.filter(withdrawn_at=None).first()
        if consent is None:
            consent = SummaryConsent.objects.create(review=self.review, given_by=self.by)
            log(instance=self.review, action="peer_reviews.consent", user=self.by)
        return consent


class WithdrawConsent:
    """The reviewed organisation takes its consent back: the summary is no
    longer public, at once."""

    def __init__(self, review, *, by):
        self.review = review
        self.by = by

    @transaction.atomic
    def execute(self):
        if not permissions.can_consent(self.by, self.review):
            raise ReviewPermissionError(_("Only the reviewed organisation withdraws its consent."))
        self.review.consents.filter(withdrawn_at=None).update(
            withdrawn_at=timezone.now(), withdrawn_by=self.by
        )
        if self.review.summary_published_at is not None:
            self.review.summary_published_at = None
            self.review.save(update_fields=["summary_published_at"])
        log(instance=self.review, action="peer_reviews.withdraw_consent", user=self.by)
        invalidate_on_commit(PUBLISHED_SUMMARIES)


class PublishSummary:
    """The summary goes public: only of a completed review, with the reviewed
    organisation's standing consent; ``summary`` replaces its text first."""

    def __init__(self, review, *, by, summary=None):
        self.review = review
        self.by = by
        self.summary = summary

    @transaction.atomic
    def execute(self):
        if not permissions.can_publish_summary(self.by, self.review):
            raise ReviewPermissionError(_("Only the peer team publishes this summary."))
        if self.summary is not None:
            self.review.summary = self.summary
        if self.review.completed_at is None:
            raise ValidationError(_("Complete the review before publishing its summary."))
        if not self.review.consents.filter(withdrawn_at=None).exists():
            raise ValidationError(
                _("The reviewed organisation has not agreed to publish the summary.")
            )
        if not self.review.summary.strip():
            raise ValidationError(_("Write the summary before publishing it."))
        self.review.summary_published_at = timezone.now()
        self.review.save(update_fields=["summary", "summary_published_at"])
        log(instance=self.review, action="peer_reviews.publish_summary", user=self.by)
        invalidate_on_commit(PUBLISHED_SUMMARIES)


class RemindOverdueOwners:
    """E-mail each person responsible for overdue recommendations, in their
    language, with a link to record the follow-up of each."""

    def __init__(self, today=None):
        self.today = today or timezone.localdate()

    def execute(self):
        messages = []
        for person, overdue in queries.overdue_by_owner(self.today).items():
            with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
                context = {
                    "person": person,
                    "recommendations": [
                        (
                            recommendation,
                            settings.IRIS_BASE_URL
                            + reverse("peer_reviews:follow_up", args=[recommendation.pk]),
                        )
                        for recommendation in overdue
                    ],
                }
                subject = _("Peer-review recommendations past their due date")
                body = render_to_string("peer_reviews/emails/overdue_reminder.txt", context)
            messages.append(mail.EmailMessage(subject=subject, body=body, to=[person.email]))
        with mail.get_connection() as connection:
            connection.send_messages(messages)
        return len(messages)


class ErasePersonalData:
    """What peer reviews do when a person deletes their account (the
    PERSONAL_DATA hook): the recommendations in their charge have no one in
    charge until an editor names someone (no reminder goes to a deleted
    account). The reviews they sat on, their notes and consents are the
    network's record and stay, signed by the nameless account."""

    def __init__(self, user, remove_contributions=False):
        self.user = user

    def execute(self):
        Recommendation.objects.filter(responsible=self.user).update(responsible=None)


def erase_personal_data(user, remove_contributions):
    ErasePersonalData(user, remove_contributions).execute()
