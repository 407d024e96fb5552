"""Demo content for the site shell, and the helpers every app's loader uses.

Loaders are idempotent: they look things up by a natural key (a slug, an
e-mail address) and create only what is missing, so ``load_demo`` can run again
after an upgrade without duplicating anything.
"""

from datetime import datetime, time, timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from iris_site import hooks
from iris_site.models import HomePage, PolicyArea
from iris_site.transliteration import Transliterator

HOME_TRANSLATIONS = {
    "en": (
        "IRIS Dialogue",
        "Western Balkan governments publish policy drafts here; civil-society organisations "
        "that serve migrants comment on them article by article, and every comment gets a "
        "public answer.",
    ),
    "sr-latn": (
        "IRIS Dijalog",
        "Vlade Zapadnog Balkana ovde objavljuju nacrte javnih politika; organizacije civilnog "
        "društva koje pružaju usluge migrantima komentarišu ih član po član, a svaki komentar "
        "dobija javni odgovor.",
    ),
    "bs": (
        "IRIS Dijalog",
        "Vlade Zapadnog Balkana ovdje objavljuju nacrte javnih politika; organizacije civilnog "
        "društva koje pružaju usluge migrantima komentarišu ih član po član, a svaki komentar "
        "dobija javni odgovor.",
    ),
    "cnr": (
        "IRIS Dijalog",
        "Vlade Zapadnog Balkana ovđe objavljuju nacrte javnih politika; organizacije civilnog "
        "društva koje pružaju usluge migrantima komentarišu ih član po član, a svaki komentar "
        "dobija javni odgovor.",
    ),
    "mk": (
        "ИРИС Дијалог",
        "Владите од Западен Балкан овде објавуваат нацрт-политики; граѓанските организации "
        "што им служат на мигрантите ги коментираат член по член, а секој коментар добива "
        "јавен одговор.",
    ),
    "sq": (
        "IRIS Dialog",
        "Qeveritë e Ballkanit Perëndimor publikojnë këtu projektpolitika; organizatat e "
        "shoqërisë civile që u shërbejnë migrantëve i komentojnë nen për nen, dhe çdo koment "
        "merr një përgjigje publike.",
    ),
    "de": (
        "IRIS Dialog",
        "Regierungen des Westbalkans veröffentlichen hier Politikentwürfe; zivilgesellschaftliche "
        "Organisationen, die Migrantinnen und Migranten unterstützen, kommentieren sie Artikel "
        "für Artikel, und jeder Kommentar erhält eine öffentliche Antwort.",
    ),
}

POLICY_AREAS = {
    "asylum": {"en": "Asylum", "sr-latn": "Azil", "sr": "Азил", "mk": "Азил", "sq": "Azil"},
    "social-protection": {
        "en": "Social protection",
        "sr-latn": "Socijalna zaštita",
        "sr": "Социјална заштита",
        "mk": "Социјална заштита",
        "sq": "Mbrojtja sociale",
    },
    "reintegration": {
        "en": "Return and reintegration",
        "sr-latn": "Povratak i reintegracija",
        "sr": "Повратак и реинтеграција",
        "mk": "Враќање и реинтеграција",
        "sq": "Kthimi dhe riintegrimi",
    },
    "trafficking": {
        "en": "Trafficking in human beings",
        "sr-latn": "Trgovina ljudima",
        "sr": "Трговина људима",
        "mk": "Трговија со луѓе",
        "sq": "Trafikimi i qenieve njerëzore",
    },
    "unaccompanied-children": {
        "en": "Unaccompanied children",
        "sr-latn": "Deca bez pratnje",
        "sr": "Деца без пратње",
        "mk": "Деца без придружба",
        "sq": "Fëmijët e pashoqëruar",
    },
    "integration": {
        "en": "Integration",
        "sr-latn": "Integracija",
        "sr": "Интеграција",
        "mk": "Интеграција",
        "sq": "Integrimi",
    },
}


class DemoSite:
    """What a demo loader works with: the locales, the home page of each, the
    demo password, and idempotent builders for pages and people."""

    def __init__(self, password, stdout=None):
        self.password = password
        self.stdout = stdout
        # (e-mail, role) of the people a visitor may sign in as, printed by
        # load_demo next to the administrator's log-in.
        self.people = []

    def introduce(self, email, role):
        """Name ``email`` among the demo people, with the role it shows."""
        self.people.append((email, role))

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # Locales and pages ------------------------------------------------------------
    def locale(self, language_code):
        return Locale.objects.get_or_create(language_code=language_code)[0]

    def home(self, language_code=None):
        language_code = language_code or settings.LANGUAGE_CODE
        return HomePage.objects.get(locale__language_code=language_code)

    def ensure_page(self, parent, model, slug, **fields):
        """The live child of ``parent`` with ``slug``, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def ensure_translations(self, page, translations):
        """Copies of ``page`` in other locales, with their fields translated:
        ``translations`` maps a language code to the fields that differ.
        Serbian Cyrillic, unless given, is Serbian Latin's text fields converted
        by the transliterator, as the script converter makes it in the admin."""
        if "sr-latn" in translations and "sr" not in translations:
            translations = translations | {"sr": in_cyrillic(translations["sr-latn"])}
        copies = {}
        for language_code, fields in translations.items():
            if language_code == page.locale.language_code:
                continue
            locale = self.locale(language_code)
            copy = page.get_translation_or_none(locale)
            if copy is None:
                copy = page.copy_for_translation(locale, copy_parents=True)
                for name, value in fields.items():
                    setattr(copy, name, value)
                copy.save_revision().publish()
            copies[language_code] = copy.specific
        return copies

    # Time --------------------------------------------------------------------------
    def days_from_today(self, days, hour=0, minute=0):
        """An aware moment ``days`` from today (negative: before) at ``hour``,
        site time, so deadlines in demo content fall where they should whenever
        it is loaded."""
        day = timezone.localdate() + timedelta(days=days)
        return datetime.combine(day, time(hour, minute), tzinfo=timezone.get_current_timezone())

    # People ------------------------------------------------------------------------
    def ensure_user(self, email, first_name, last_name, **fields):
        user, created = get_user_model().objects.get_or_create(
            email=email, defaults={"first_name": first_name, "last_name": last_name, **fields}
        )
        if created:
            user.set_password(self.password)
            user.save()
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user


def in_cyrillic(fields):
    """Serbian Latin ``fields`` with their texts (rich text too) in Cyrillic;
    other values (streams, dates) as they are."""
    transliterator = Transliterator()
    return {
        name: transliterator.to_cyrillic(value, markup=True).text
        if isinstance(value, str)
        else value
        for name, value in fields.items()
    }


def load_shell(demo):
    """Locales, the home page in every language, and the policy-area taxonomy."""
    for language_code, _name in settings.LANGUAGES:
        demo.locale(language_code)
    english = demo.locale(settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        root = Page.get_first_root_node()
        title, intro = HOME_TRANSLATIONS[settings.LANGUAGE_CODE]
        home = HomePage(title=title, intro=intro, slug="home", locale=english)
        # Wagtail's installation page is a placeholder with the slug we need.
        for placeholder in root.get_children().filter(depth=2, content_type__model="page"):
            placeholder.delete()
        root.add_child(instance=home)
        home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "IRIS Dialogue",
        },
    )
    demo.ensure_translations(
        home,
        {
            code: {"title": title, "intro": intro, "draft_title": title}
            for code, (title, intro) in HOME_TRANSLATIONS.items()
        },
    )
    for slug, names in POLICY_AREAS.items():
        source, _created = PolicyArea.objects.get_or_create(
            slug=slug, locale=english, defaults={"name": names["en"]}
        )
        for language_code, name in names.items():
            if language_code != settings.LANGUAGE_CODE and not source.has_translation(
                demo.locale(language_code)
            ):
                translated = source.copy_for_translation(demo.locale(language_code))
                translated.name = name
                translated.save()


def load_all(demo):
    """The shell's content, then every app's DEMO_CONTENT loader in order."""
    with transaction.atomic():
        load_shell(demo)
    for loader in hooks.ordered(hooks.DEMO_CONTENT):
        demo.say(f"Loading {loader.name}…")
        with transaction.atomic():
            loader.load(demo)
