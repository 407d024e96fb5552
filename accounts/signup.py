from allauth.account.forms import SignupForm as AllauthSignupForm
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form (ACCOUNT_FORMS) with its honeypot hidden by the
    stylesheet: the inline style allauth gives it is blocked by our
    content-security policy."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        honeypot = self.fields[settings.ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD]
        honeypot.label = _("Leave this field empty")
        honeypot.widget.attrs = {"tabindex": "-1", "autocomplete": "off", "class": "honeypot"}

    def try_save(self, request):
        # The person, their address and their membership request are made
        # together or not at all.
        with transaction.atomic():
            return super().try_save(request)
