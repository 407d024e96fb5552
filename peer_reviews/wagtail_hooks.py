"""What peer reviews add to the site: read it as the app's manifest."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from iris_site import hooks as iris_hooks
from peer_reviews import api, queries, seeds, urls, views
from peer_reviews.actions import erase_personal_data
from peer_reviews.viewsets import PeerReviewViewSetGroup

LOG_ACTIONS = [
    ("peer_reviews.score", _("Change a score"), _("Score changed")),
    ("peer_reviews.complete", _("Complete the review"), _("Review completed")),
    ("peer_reviews.recommend", _("Make a recommendation"), _("Recommendation made")),
    ("peer_reviews.follow_up", _("Follow a recommendation up"), _("Follow-up recorded")),
    ("peer_reviews.consent", _("Consent to publish"), _("Consent to publish the summary given")),
    (
        "peer_reviews.withdraw_consent",
        _("Withdraw consent"),
        _("Consent to publish the summary withdrawn"),
    ),
    ("peer_reviews.publish_summary", _("Publish the summary"), _("Summary published")),
]


@hooks.register(iris_hooks.PUBLIC_URLS)
def peer_review_urls():
    return iris_hooks.PublicUrls(
        prefix="peer-reviews/", urlpatterns=[path("", include((urls.urlpatterns, "peer_reviews")))]
    )


@hooks.register(iris_hooks.NAVIGATION)
def peer_review_navigation():
    return iris_hooks.NavigationItem(
        label=_("Peer reviews"), url_name="peer_reviews:index", order=40
    )


@hooks.register(iris_hooks.HOME_PANELS)
def published_summaries_panel():
    return iris_hooks.HomePanel(
        template_name="peer_reviews/includes/home_panel.html",
        get_context=views.recent_summaries,
        order=40,
    )


@hooks.register(iris_hooks.RELATED_PANELS)
def related_reviews_panels():
    return [
        iris_hooks.RelatedPanel(
            template_name="peer_reviews/includes/organisation_panel.html",
            get_context=views.organisation_panel,
            order=10,
        ),
        iris_hooks.RelatedPanel(
            template_name="peer_reviews/includes/discussed_frameworks.html",
            get_context=views.discussed_frameworks,
            order=10,
        ),
    ]


@hooks.register(iris_hooks.PROFILE_PANELS)
def own_reviews_panel():
    return iris_hooks.ProfilePanel(
        template_name="peer_reviews/includes/profile_panel.html",
        get_context=views.profile_panel,
        order=30,
    )


@hooks.register(iris_hooks.PERSONAL_DATA)
def peer_reviews_personal_data():
    """The reviews a person sat on, the recommendations in their charge and
    their notes, in the download of their data and when they delete their account."""
    return iris_hooks.PersonalData(
        name="peer_reviews", export=queries.personal_data, erase=erase_personal_data, order=30
    )


@hooks.register(iris_hooks.DEMO_CONTENT)
def peer_review_demo_content():
    return iris_hooks.DemoContent(name="peer reviews", load=seeds.load_peer_reviews, order=140)


@hooks.register("register_admin_viewset")
def register_peer_reviews():
    return PeerReviewViewSetGroup()


@hooks.register("register_log_actions")
def register_peer_review_log_actions(actions):
    """Every change to a review, as Wagtail's audit log (the review's history) names it."""
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register(iris_hooks.API_ROUTERS)
def peer_review_api():
    return iris_hooks.ApiRouter(prefix="peer-reviews/", router=api.router)
