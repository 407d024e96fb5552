from django.urls import path

from peer_reviews import views

app_name = "peer_reviews"

urlpatterns = [
    path("", views.index, name="index"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("frameworks/<id:framework_id>/", views.framework, name="framework"),
    path("dashboard/recommendations.xlsx", views.dashboard_xlsx, name="dashboard_xlsx"),
    path("<id:peerreview_id>/", views.review, name="review"),
    path("<id:peerreview_id>/scores/", views.score_sheet, name="score_sheet"),
    path("<id:peerreview_id>/score-sheet.xlsx", views.score_sheet_xlsx, name="score_sheet_xlsx"),
    path("<id:peerreview_id>/complete/", views.complete, name="complete"),
    path("<id:peerreview_id>/recommendations/", views.add_recommendation, name="recommend"),
    path(
        "<id:peerreview_id>/consent/",
        views.consent,
        {"decision": "give"},
        name="give_consent",
    ),
    path(
        "<id:peerreview_id>/consent/withdraw/",
        views.consent,
        {"decision": "withdraw"},
        name="withdraw_consent",
    ),
    path("<id:peerreview_id>/publish/", views.publish, name="publish"),
    path(
        "recommendations/<id:recommendation_id>/follow-up/",
        views.follow_up,
        name="follow_up",
    ),
]
