from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _

from iris_site.converters import IdConverter

# Here, not in ready(): routable pages build their URL patterns while their
# models are imported, which is before any app is ready.
register_converter(IdConverter, "id")


class IrisSiteConfig(AppConfig):
    name = "iris_site"
    label = "iris_site"
    verbose_name = _("Site shell")

    def ready(self):
        from django.conf.locale import LANG_INFO
        from django_tasks_db.models import DBTaskResult
        from wagtail.permissions import register_permission_policy

        from iris_site import (
            checks,  # noqa: F401 - registers the hook checks
            page_cache,
        )
        from iris_site.permissions import task_results

        page_cache.connect_receivers()
        register_permission_policy(DBTaskResult, task_results)

        # Django knows no Montenegrin; describe it so language names resolve.
        LANG_INFO.setdefault(
            "cnr",
            {"bidi": False, "code": "cnr", "name": "Montenegrin", "name_local": "crnogorski"},
        )
