"""The WebSocket routes of consultations, served by the ASGI application
through the WEBSOCKET_URLS hook. The page id is taken as text: the consumer
closes a socket on any address that names no consultation with 4404, where a
route that did not match would fail the handshake."""

from django.urls import path

from consultations.consumers import ConsultationConsumer

websocket_urlpatterns = [
    path("ws/consultations/<str:page_id>/", ConsultationConsumer.as_asgi()),
]


def live_path(page):
    """The address of the live socket of ``page`` (channels routes cannot be reversed)."""
    return f"/ws/consultations/{page.pk}/"
