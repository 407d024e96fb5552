"""Fixtures every app's tests share: the test profile, locales and the page tree."""

import os

# Before pytest-django configures Django: the test profile of the one settings module.
os.environ.setdefault("IRIS_ENVIRONMENT", "test")

import pytest  # noqa: E402


@pytest.fixture
def locales(db):
    from django.conf import settings
    from wagtail.models import Locale

    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES
    }


@pytest.fixture
def home_page(locales):
    """The English home page as the default site's root, as load_demo builds it."""
    from wagtail.models import Page, Site

    from iris_site.models import HomePage

    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    home = HomePage(title="IRIS Dialogue", slug="home", locale=locales["en"])
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def translated_home(home_page, locales):
    """The home page in every language, as published copies."""
    copies = {"en": home_page}
    for code, locale in locales.items():
        if code != "en":
            copy = home_page.copy_for_translation(locale)
            copy.save_revision().publish()
            copies[code] = copy
    return copies
