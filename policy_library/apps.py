from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PolicyLibraryConfig(AppConfig):
    name = "policy_library"
    verbose_name = _("Policy library")

    def ready(self):
        from wagtail.signals import page_published

        from policy_library import signals
        from policy_library.models import LibraryDocumentPage

        page_published.connect(
            signals.document_published,
            sender=LibraryDocumentPage,
            dispatch_uid="iris_library_file_text",
        )
