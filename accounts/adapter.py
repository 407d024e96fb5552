from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import filter_users_by_email
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.requests import RequestSite
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class AccountAdapter(DefaultAccountAdapter):
    """allauth's adapter (ACCOUNT_ADAPTER) with our wording, writing each e-mail
    in the language its recipient chose, whatever page they asked from."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_taken": _(
            "An account with this e-mail address already exists. Sign in, or reset your password if you have forgotten it."
        ),
        "too_many_login_attempts": _(
            "Too many failed sign-in attempts for this account. Wait a minute, then try again."
        ),
    }

    def send_mail(self, template_prefix, email, context):
        language = self.recipient_language(email, context.get("user"))
        # Links lead to the pages in the recipient's language. The links are
        # resolved in the language they were made in, so before switching.
        context = {
            key: translate_url(value, language)
            if key.endswith("_url") and isinstance(value, str)
            else value
            for key, value in context.items()
        }
        # Without django.contrib.sites allauth would greet with the host name.
        site = RequestSite(allauth_context.request)
        site.name = settings.WAGTAIL_SITE_NAME
        context.setdefault("current_site", site)
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def recipient_language(self, email, user=None):
        if user is None:
            user = next(iter(filter_users_by_email(email)), None)
        if user is not None and user.preferred_language:
            return user.preferred_language
        return translation.get_language() or settings.LANGUAGE_CODE
