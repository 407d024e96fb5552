from django.urls import path

from consultations.subscriptions import views

urlpatterns = [
    path("consultations/", views.manage, name="consultations_subscription"),
    path("consultations/stop/<str:token>/", views.unsubscribe, name="consultations_unsubscribe"),
]
