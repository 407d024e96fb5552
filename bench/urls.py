"""The site's URLs plus ``/bench/bare``: a Django view that does nothing,
through every middleware, served by the same uvicorn in the same run as the
pages bench/http_pages.py compares with it. ROOT_URLCONF of bench/settings.py."""

from django.http import HttpResponse
from django.urls import path

from iris_site.urls import urlpatterns as site_urlpatterns


def bare(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/bare", bare), *site_urlpatterns]
