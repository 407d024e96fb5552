"""Every language writes dates and numbers its own way (``iris_site.formats``):
Montenegrin does not fall back to English, no "p.m." meets a sentence's full
stop, and months are written in lower case as running text writes them."""

from datetime import datetime

import pytest
from django.conf import settings
from django.utils import formats, translation

CLOSES_AT = datetime(2026, 12, 2, 23, 59)

WRITTEN = {
    "en": ("2 December 2026, 23:59", "1,234,567.5"),
    "sr-latn": ("2. decembar 2026. 23:59", "1.234.567,5"),
    "sr": ("2. децембар 2026. 23:59", "1.234.567,5"),
    "bs": ("2. decembar 2026. 23:59", "1.234.567,5"),
    "cnr": ("2. decembar 2026. 23:59", "1.234.567,5"),
    "mk": ("2 декември 2026, 23:59", "1.234.567,5"),
    "sq": ("2 dhjetor 2026, 23:59", "1.234.567,5"),
    "de": ("2. Dezember 2026 23:59", "1.234.567,5"),
}


def test_every_language_of_the_site_has_its_formats():
    assert set(WRITTEN) == {code for code, _name in settings.LANGUAGES}


@pytest.mark.parametrize(("language_code", "written"), WRITTEN.items())
def test_a_date_and_a_number_are_written_as_the_language_writes_them(language_code, written):
    with translation.override(language_code):
        date = formats.date_format(CLOSES_AT, "DATETIME_FORMAT")
        number = formats.number_format(1234567.5, decimal_pos=1, force_grouping=True)

    assert (date, number) == written
