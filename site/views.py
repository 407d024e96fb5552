from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone


def health(request):
    """For load balancers and uptime checks: 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def too_many_requests(request, exception=None):
    return render(request, "429.html", status=429)


def security_txt(request):
    """RFC 9116: where to report a vulnerability. Expires a year ahead of the
    answer, so a deployment that is kept running never serves a stale file."""
    expires = (timezone.now() + timedelta(days=365)).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [
        f"Contact: mailto:{settings.IRIS_SECURITY_CONTACT}",
        f"Expires: {expires}",
        "Preferred-Languages: en, sr, mk, sq, de",
        f"Canonical: {settings.IRIS_BASE_URL.rstrip('/')}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
