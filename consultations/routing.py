"""The WebSocket routes of consultations, served by the ASGI application
through the WEBSOCKET_URLS hook."""

from django.urls import path

from consultations.consumers import ConsultationConsumer

websocket_urlpatterns = [
    path("ws/consultations/<int:page_id>/", ConsultationConsumer.as_asgi()),
]


def live_path(page):
    """The address of the live socket of ``page`` (channels routes cannot be reversed)."""
    return f"/ws/consultations/{page.pk}/"
