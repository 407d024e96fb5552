"""The public pages of peer reviews: thin views that parse the request, ask
``queries`` and ``permissions``, and call the actions. A record the reader
may not read is not found (404): a guessed id tells nothing."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Page

from accounts.models import Organisation
from iris_site import exports, page_cache
from peer_reviews import actions, charts, permissions, queries
from peer_reviews.forms import (
    FollowUpForm,
    RecommendationForm,
    ScoreSheetForm,
    SummaryForm,
    add_action_error,
)
from peer_reviews.models import Recommendation
from peer_reviews.status import FollowUpStatus, Score, Service


def _refused(request, error, status=403):
    return render(request, "403.html", {"reason": str(error)}, status=status)


def index(request):
    """Every published summary, newest first."""
    page_cache.depends_on(request, actions.PUBLISHED_SUMMARIES)
    reviews = queries.published_summaries().order_by("-summary_published_at")
    return render(request, "peer_reviews/index.html", {"reviews": reviews})


def framework(request, framework_id):
    """A framework version's standards and criteria with their guidance, in
    the reader's language where translated, and the library document that
    discusses it."""
    page_cache.depends_on(request, actions.FRAMEWORKS)
    shown = queries.framework_with_criteria(framework_id)
    return render(
        request,
        "peer_reviews/framework.html",
        {"framework": shown, "scale": Score.choices},
    )


def discussed_frameworks(request, page):
    """The frameworks a library document discusses, on that document's page
    (a ``RELATED_PANELS`` panel: none on any other page or an organisation)."""
    if not isinstance(page, Page):
        return None
    page_cache.depends_on(request, actions.FRAMEWORKS)
    frameworks = queries.frameworks_discussed_in(page)
    return {"frameworks": frameworks} if frameworks else None


def review(request, peerreview_id):
    record, full = queries.review_for(request.user, peerreview_id)
    if not full:
        page_cache.depends_on(request, actions.PUBLISHED_SUMMARIES)
        return render(request, "peer_reviews/summary.html", {"review": record})
    cycles = list(queries.cycles_of(record, request.user))
    previous = next((c for c in reversed(cycles) if c.cycle < record.cycle), None)
    sheet = queries.score_sheet(record)
    scores = queries.scores_by_code(cycles)
    codes = [row.criterion.code for row in sheet]
    recommendations = list(queries.recommendations([record.pk]))
    today = timezone.localdate()
    context = {
        "review": record,
        "sheet": [
            (row, scores.get(previous.pk, {}).get(row.criterion.code) if previous else None)
            for row in sheet
        ],
        "previous": previous,
        "previous_recommendations": (
            queries.recommendations([previous.pk]) if previous is not None else []
        ),
        "recommendations": recommendations,
        "overdue": {r.pk for r in recommendations if r.is_overdue(today)},
        "cycles": cycles,
        "chart": charts.score_chart(codes, cycles, scores),
        "table": [(code, [scores.get(c.pk, {}).get(code) for c in cycles]) for code in codes],
        "can_score": permissions.can_score(request.user, record),
        "can_consent": permissions.can_consent(request.user, record),
        "can_publish": permissions.can_publish_summary(request.user, record),
        "follow_up_ids": {
            r.pk for r in recommendations if permissions.can_follow_up(request.user, r)
        },
    }
    return render(request, "peer_reviews/review.html", context)


@login_required
def score_sheet(request, peerreview_id):
    record = queries.readable_review_or_404(request.user, peerreview_id)
    if not permissions.can_score(request.user, record):
        return _refused(request, _("Only the peer team scores this review, until it is completed."))
    form = ScoreSheetForm(queries.score_sheet(record), request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            changed = actions.RecordScores(record, form.scores(), by=request.user).execute()
        except ValidationError as error:
            add_action_error(form, error)
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)s row of the score sheet saved.",
                    "%(count)s rows of the score sheet saved.",
                    len(changed),
                )
                % {"count": len(changed)},
            )
            return redirect("peer_reviews:review", peerreview_id=record.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "peer_reviews/score_sheet.html", {"review": record, "form": form}, status=status
    )


@login_required
@require_POST
def complete(request, peerreview_id):
    record = queries.readable_review_or_404(request.user, peerreview_id)
    try:
        actions.CompleteReview(record, by=request.user).execute()
    except PermissionDenied as error:
        return _refused(request, error)
    except ValidationError as error:
        return _refused(request, " ".join(error.messages), status=400)
    messages.success(request, _("The review is completed."))
    return redirect("peer_reviews:review", peerreview_id=record.pk)


@login_required
def add_recommendation(request, peerreview_id):
    record = queries.readable_review_or_404(request.user, peerreview_id)
    if not permissions.can_score(request.user, record):
        return _refused(request, _("Only the peer team makes recommendations."))
    form = RecommendationForm(
        request.POST or None,
        responsible_choices=get_user_model().objects.filter(
            memberships__organisation=record.organisation_id,
            memberships__confirmed_at__isnull=False,
        ),
    )
    if request.method == "POST" and form.is_valid():
        actions.AddRecommendation(record, by=request.user, **form.cleaned_data).execute()
        messages.success(request, _("The recommendation is recorded."))
        return redirect("peer_reviews:review", peerreview_id=record.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "peer_reviews/recommendation_form.html",
        {"review": record, "form": form},
        status=status,
    )


@login_required
def follow_up(request, recommendation_id):
    recommendation = get_object_or_404(
        Recommendation.objects.with_status().select_related("review__organisation"),
        pk=recommendation_id,
        review__in=permissions.readable_reviews(request.user).values("pk"),
    )
    if not permissions.can_follow_up(request.user, recommendation):
        return _refused(
            request,
            _(
                "Only the person responsible, the reviewed organisation and the network's "
                "coordinators follow this recommendation up."
            ),
        )
    form = FollowUpForm(request.POST or None, initial={"status": recommendation.status})
    if request.method == "POST" and form.is_valid():
        actions.RecordFollowUp(recommendation, by=request.user, **form.cleaned_data).execute()
        messages.success(request, _("The follow-up is recorded."))
        return redirect("peer_reviews:review", peerreview_id=recommendation.review_id)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "peer_reviews/follow_up_form.html",
        {"recommendation": recommendation, "review": recommendation.review, "form": form},
        status=status,
    )


@login_required
@require_POST
def consent(request, peerreview_id, decision):
    record = queries.readable_review_or_404(request.user, peerreview_id)
    try:
        if decision == "give":
            actions.GiveConsent(record, by=request.user).execute()
            messages.success(request, _("Your organisation agrees to publish the summary."))
        else:
            actions.WithdrawConsent(record, by=request.user).execute()
            messages.success(request, _("Consent withdrawn: the summary is no longer public."))
    except PermissionDenied as error:
        return _refused(request, error)
    return redirect("peer_reviews:review", peerreview_id=record.pk)


@login_required
def publish(request, peerreview_id):
    record = queries.readable_review_or_404(request.user, peerreview_id)
    if not permissions.can_publish_summary(request.user, record):
        return _refused(request, _("Only the peer team publishes this summary."))
    form = SummaryForm(request.POST or None, initial={"summary": record.summary})
    if request.method == "POST" and form.is_valid():
        try:
            actions.PublishSummary(
                record, by=request.user, summary=form.cleaned_data["summary"]
            ).execute()
        except ValidationError as error:
            add_action_error(form, error)
        else:
            messages.success(request, _("The summary is published."))
            return redirect("peer_reviews:review", peerreview_id=record.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "peer_reviews/publish_form.html", {"review": record, "form": form}, status=status
    )


def score_sheet_xlsx(request, peerreview_id):
    record = queries.readable_review_or_404(request.user, peerreview_id)
    header = [_("Criterion"), _("Standard"), _("Text"), _("Score"), _("Evidence"), _("Finding")]
    rows = (
        [
            row.criterion.code,
            row.criterion.standard.title,
            row.criterion.text,
            row.get_score_display() if row.score is not None else "",
            row.evidence,
            row.finding,
        ]
        for row in queries.score_sheet(record)
    )
    filename = f"peer-review-{record.pk}-score-sheet.xlsx"
    return exports.xlsx_response(filename, _("Score sheet"), header, rows)


def _dashboard_rows(user):
    services = dict(Service.choices)
    for row in queries.dashboard(user):
        yield {
            "organisation": row["review__organisation__name"],
            "country": row["review__organisation__country"],
            "service": services.get(row["review__service"], row["review__service"]),
            "counts": [row[status.value.replace("-", "_")] for status in FollowUpStatus],
            "overdue": row["overdue"],
            "total": row["total"],
        }


@login_required
def dashboard(request):
    rows = list(_dashboard_rows(request.user))
    return render(
        request,
        "peer_reviews/dashboard.html",
        {"rows": rows, "statuses": FollowUpStatus.labels},
    )


@login_required
def dashboard_xlsx(request):
    header = [
        _("Organisation"),
        _("Country"),
        _("Service"),
        *FollowUpStatus.labels,
        _("Overdue"),
        _("Total"),
    ]
    rows = (
        [
            row["organisation"],
            row["country"],
            row["service"],
            *row["counts"],
            row["overdue"],
            row["total"],
        ]
        for row in _dashboard_rows(request.user)
    )
    return exports.xlsx_response(
        "peer-review-recommendations.xlsx", _("Recommendations"), header, rows
    )


def organisation_panel(request, organisation):
    """The reviews on an organisation's profile: those the reader may read in
    full and every published summary (a ``RELATED_PANELS`` panel: none on a page)."""
    if not isinstance(organisation, Organisation):
        return None
    page_cache.depends_on(request, actions.PUBLISHED_SUMMARIES)
    reviews = list(queries.reviews_of_organisation(request.user, organisation))
    if not reviews:
        return None
    readable = set(
        permissions.readable_reviews(request.user, organisation.peer_reviews.all()).values_list(
            "pk", flat=True
        )
    )
    return {"organisation": organisation, "reviews": reviews, "readable": readable}


def recent_summaries(request):
    page_cache.depends_on(request, actions.PUBLISHED_SUMMARIES)
    reviews = list(queries.published_summaries().order_by("-summary_published_at")[:3])
    return {"reviews": reviews} if reviews else None


def profile_panel(request):
    """The signed-in person's reviews, and the recommendations they own that are overdue."""
    reviews = list(permissions.readable_reviews(request.user).select_related("organisation")[:10])
    overdue = list(
        Recommendation.objects.overdue()
        .filter(responsible=request.user)
        .select_related("review__organisation")
    )
    if not reviews and not overdue:
        return None
    return {"reviews": reviews, "overdue": overdue}
