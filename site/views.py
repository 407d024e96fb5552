from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render


def health(request):
    """For load balancers and uptime checks: 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def too_many_requests(request, exception=None):
    return render(request, "429.html", status=429)
