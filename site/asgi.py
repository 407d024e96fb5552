"""The one ASGI application: Django for HTTP, channels for WebSockets.

Run it with uvicorn: ``uvicorn iris_site.asgi:application``. Feature apps add
WebSocket routes through the WEBSOCKET_URLS project hook."""

import os

import django
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")
django.setup(set_prefix=False)

from channels.auth import AuthMiddlewareStack  # noqa: E402 - needs Django set up
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from iris_site import hooks  # noqa: E402


def websocket_urlpatterns():
    return [
        route
        for contribution in hooks.contributions(hooks.WEBSOCKET_URLS)
        for route in contribution.urlpatterns
    ]


def build_application():
    """The application as the settings and the registered hooks are now; built
    once below, and again by tests that change either."""
    return ProtocolTypeRouter(
        {
            "http": get_asgi_application(),
            "websocket": AllowedHostsOriginValidator(
                AuthMiddlewareStack(URLRouter(websocket_urlpatterns()))
            ),
        }
    )


application = build_application()
