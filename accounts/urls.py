from django.urls import include, path

from accounts import views

profile_patterns = [
    path("", views.profile, name="profile"),
    path("data/", views.download_data, name="download_data"),
    path("delete/", views.delete_account, name="delete_account"),
    path("memberships/", views.request_membership, name="request_membership"),
    path(
        "memberships/<id:pk>/confirm/",
        views.decide_membership,
        {"decision": "confirm"},
        name="confirm_membership",
    ),
    path(
        "memberships/<id:pk>/end/",
        views.decide_membership,
        {"decision": "end"},
        name="end_membership",
    ),
]

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="account_login"),
    path("profile/", include((profile_patterns, "accounts"))),
    path("", include("allauth.urls")),
]
