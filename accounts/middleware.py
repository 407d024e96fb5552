import time

from django.conf import settings
from django.contrib.auth import logout

from accounts.permissions import needs_short_idle_session

SESSION_STARTED_KEY = "iris_session_started"


class SessionExpiryMiddleware:
    """Sessions last at most SESSION_COOKIE_AGE from sign-in, whatever the
    activity; for officials, moderators and editors they also end after
    IRIS_PRIVILEGED_IDLE_SECONDS without a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            started = request.session.setdefault(SESSION_STARTED_KEY, now)
            if now - started > settings.SESSION_COOKIE_AGE:
                logout(request)
            elif needs_short_idle_session(user):
                request.session.set_expiry(settings.IRIS_PRIVILEGED_IDLE_SECONDS)
        return self.get_response(request)
