"""The search engine the settings name: ``SEARCH_BACKEND = {"CLASS", "OPTIONS"}``,
read when used, so tests can swap it with ``settings``."""

from django.conf import settings
from django.utils.module_loading import import_string

from search.backends.base import SearchUnavailable

__all__ = ["SearchUnavailable", "get_backend"]

_cache = {}


def get_backend():
    configuration = settings.SEARCH_BACKEND
    key = (configuration["CLASS"], repr(sorted(configuration.get("OPTIONS", {}).items())))
    if key not in _cache:
        _cache[key] = import_string(configuration["CLASS"])(**configuration.get("OPTIONS", {}))
    return _cache[key]
