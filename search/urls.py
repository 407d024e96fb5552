from django.urls import path

from search import views

urlpatterns = [
    path("", views.search_results, name="search_results"),
    path("suggestions/", views.suggestions, name="search_suggestions"),
]
