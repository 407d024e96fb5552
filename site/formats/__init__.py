"""Date and number formats where Django has none for a language
(Montenegrin) or writes it otherwise than the site's readers expect
(``FORMAT_MODULE_PATH``); a format a module leaves out is Django's.

Month names are Django's msgids, translated again in the site's catalogues:
Django has no Montenegrin catalogue, and its Macedonian and Albanian ones
capitalise months that running text writes in lower case ("2 декември 2026").
They are marked here so that the site's catalogues keep them."""

from django.utils.translation import gettext_noop

MONTHS_IN_RUNNING_TEXT = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)
