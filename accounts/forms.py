from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accounts.actions import RequestMembership, UpdateProfile
from accounts.models import Organisation, User
from accounts.permissions import speakable_organisations


class SignupDetailsForm(forms.Form):
    """The fields allauth's sign-up form adds to e-mail and password
    (ACCOUNT_SIGNUP_FORM_CLASS)."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        empty_label=_("None, or not listed"),
        help_text=_(
            "We ask the organisation to confirm you. Until it does, you take part in your own name."
        ),
        error_messages={"invalid_choice": _("Choose an organisation from the list.")},
    )

    def signup(self, request, user):
        UpdateProfile(
            user,
            first_name=self.cleaned_data["first_name"],
            last_name=self.cleaned_data["last_name"],
            preferred_language=request.LANGUAGE_CODE,
        ).execute()
        if self.cleaned_data.get("organisation"):
            RequestMembership(user, self.cleaned_data["organisation"]).execute()


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "preferred_language", "speaking_for"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True
        self.fields["preferred_language"].choices = settings.LANGUAGES
        speaking_for = self.fields["speaking_for"]
        speaking_for.queryset = speakable_organisations(self.instance)
        speaking_for.empty_label = _("Myself only")
        speaking_for.error_messages["invalid_choice"] = _(
            "You can speak for an organisation only once it has confirmed your membership."
        )


class MembershipRequestForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.order_by("name"),
        error_messages={"invalid_choice": _("Choose an organisation from the list.")},
    )
    position = forms.CharField(label=_("Your position"), max_length=120, required=False)


class DeleteAccountForm(forms.Form):
    """The person confirms the deletion of their account with their password."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To be sure it is you who deletes the account."),
    )
    remove_contributions = forms.BooleanField(
        label=_("Also remove the text of my published comments"),
        required=False,
        help_text=_(
            "Each of your comments then shows only that it was removed; replies and "
            "answers to it stay in the thread."
        ),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("This is not your password. Your account has not been deleted."),
                code="wrong_password",
            )
        return password
