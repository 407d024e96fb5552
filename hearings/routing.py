"""The WebSocket route of a hearing's live board, served by the ASGI
application through the WEBSOCKET_URLS hook. The page id is taken as text: the
consumer closes a socket on an address that names no hearing with 4404."""

from django.urls import path

from hearings.consumers import HearingBoardConsumer
from hearings.live import SOCKET_ROUTE

websocket_urlpatterns = [path(SOCKET_ROUTE, HearingBoardConsumer.as_asgi())]
