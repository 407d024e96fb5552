"""`manage.py load_demo` fills the site once, however often it runs."""

import re
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from accounts.models import Organisation
from iris_site.models import HomePage, PolicyArea
from iris_site.seeds import DemoSite, load_shell

pytestmark = pytest.mark.django_db


def site_contents():
    return {
        "pages": Page.objects.count(),
        "people": get_user_model().objects.count(),
        "organisations": Organisation.objects.count(),
        "policy areas": PolicyArea.objects.count(),
    }


def test_loading_the_demo_again_adds_nothing_and_keeps_a_home_page_in_every_language(caplog):
    call_command("load_demo", password="demo password 1", stdout=StringIO())
    first = site_contents()
    output = StringIO()
    call_command("load_demo", password="demo password 1", stdout=output)

    assert site_contents() == first
    assert first["people"] > 1
    assert first["organisations"] > 0
    homes = HomePage.objects.live().values_list("locale__language_code", flat=True)
    assert sorted(homes) == sorted(code for code, _name in settings.LANGUAGES)
    # The operator learns whom to sign in as, next to the administrator's
    # log-in, and is not buried under the font subsetter's chatter.
    printed = output.getvalue()
    assert "Admin log-in: admin@iris-dialogue.example / demo password 1" in printed
    assert re.search(r"milan\.petrovic@idc\.example +Moderator \(IDC\)", printed)
    assert re.search(r"luka\.jovanovic@idc\.example +Membership of IDC awaiting", printed)
    assert not [record for record in caplog.records if record.name.startswith("fontTools")]


def test_about_page_is_in_the_navigation_of_every_language_under_its_title(client):
    load_shell(DemoSite(password="demo password 1"))
    titles = {
        "en": "About IRIS Dialogue",
        "sr-latn": "O IRIS Dijalogu",
        "sr": "О IRIS Дијалогу",
        "bs": "O IRIS Dijalogu",
        "cnr": "O IRIS Dijalogu",
        "mk": "За ИРИС Дијалог",
        "sq": "Rreth IRIS Dialog",
        "de": "Über IRIS Dialog",
    }
    for code, _name in settings.LANGUAGES:
        home = client.get(f"/{code}/").content.decode()
        link = re.search(rf'<a href="(/{code}/about/)"[^>]*>[^<]+</a>', home)
        assert link, code
        about = client.get(link.group(1))
        assert about.status_code == 200
        assert f'<h1 id="page-title">{titles[code]}</h1>' in about.content.decode()
