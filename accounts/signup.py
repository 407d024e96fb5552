from allauth.account.adapter import get_adapter
from allauth.account.forms import SignupForm as AllauthSignupForm
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form (ACCOUNT_FORMS) with its honeypot hidden by the
    stylesheet: the inline style allauth gives it is blocked by our
    content-security policy."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        honeypot = self.fields[settings.ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD]
        honeypot.label = _("Leave this field empty")
        honeypot.widget.attrs = {"tabindex": "-1", "autocomplete": "off", "class": "honeypot"}

    def clean(self):
        # allauth checks the password against a person with only the e-mail
        # address; check it again against the name given on this form.
        cleaned_data = super().clean()
        password = cleaned_data.get("password1")
        if password and "password1" not in self.errors:
            person = User(
                email=cleaned_data.get("email", ""),
                first_name=cleaned_data.get("first_name", ""),
                last_name=cleaned_data.get("last_name", ""),
            )
            try:
                get_adapter().clean_password(password, user=person)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned_data

    def try_save(self, request):
        # The person, their address and their membership request are made
        # together or not at all.
        with transaction.atomic():
            return super().try_save(request)
