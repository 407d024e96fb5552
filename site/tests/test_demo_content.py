"""`manage.py load_demo` fills the site once, however often it runs."""

from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from accounts.models import Organisation
from iris_site.models import HomePage, PolicyArea

pytestmark = pytest.mark.django_db


def site_contents():
    return {
        "pages": Page.objects.count(),
        "people": get_user_model().objects.count(),
        "organisations": Organisation.objects.count(),
        "policy areas": PolicyArea.objects.count(),
    }


def test_loading_the_demo_again_adds_nothing_and_keeps_a_home_page_in_every_language():
    call_command("load_demo", password="demo password 1", stdout=StringIO())
    first = site_contents()
    call_command("load_demo", password="demo password 1", stdout=StringIO())

    assert site_contents() == first
    assert first["people"] > 1
    assert first["organisations"] > 0
    homes = HomePage.objects.live().values_list("locale__language_code", flat=True)
    assert sorted(homes) == sorted(code for code, _name in settings.LANGUAGES)
