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
        if request.user.is_authenticated:
            started = request.session.get(SESSION_STARTED_KEY)
            if started is not None and time.time() - started > settings.SESSION_COOKIE_AGE:
                logout(request)
        response = self.get_response(request)
        # After the view, so that the response that signs someone in already
        # carries the session's start and its idle limit.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            request.session.setdefault(SESSION_STARTED_KEY, int(time.time()))
            if needs_short_idle_session(user):
                request.session.set_expiry(settings.IRIS_PRIVILEGED_IDLE_SECONDS)
        return response
