"""Messages allauth shows on our account pages, listed so that makemessages
puts them in the project's catalogues: allauth ships no Bosnian, Montenegrin,
Macedonian or Albanian translations, and Django merges every catalogue into
one per language, so our translation of a msgid serves allauth's forms too."""

from django.utils.translation import gettext_noop

ALLAUTH_MESSAGES = [
    gettext_noop("Email"),
    gettext_noop("Email address"),
    gettext_noop("Password"),
    gettext_noop("Password (again)"),
    gettext_noop("Remember Me"),
    gettext_noop("Current Password"),
    gettext_noop("New Password"),
    gettext_noop("New Password (again)"),
    gettext_noop("Forgot your password?"),
    gettext_noop("You must type the same password each time."),
    gettext_noop("The email address and/or password you specified are not correct."),
    gettext_noop("This account is inactive."),
    gettext_noop("The password reset token was invalid."),
    gettext_noop("Incorrect password."),
    gettext_noop("Please type your current password."),
    gettext_noop("You have signed out."),
    gettext_noop("Successfully signed in as %(name)s."),
    gettext_noop("Password successfully changed."),
    gettext_noop("Password successfully set."),
    gettext_noop("Confirmation email sent to %(email)s."),
    gettext_noop("You have confirmed %(email)s."),
]
