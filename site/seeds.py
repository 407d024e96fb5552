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
from iris_site.models import ContentPage, HomePage, PolicyArea
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

# language: (title, introduction, body): the About page, linked from the main navigation.
ABOUT_TRANSLATIONS = {
    "en": (
        "About IRIS Dialogue",
        "IRIS Dialogue is where governments of the Western Balkans and the civil-society "
        "organisations that serve migrants talk about policy in the open.",
        "<p>Ministries in Serbia, Bosnia and Herzegovina, North Macedonia, Albania and "
        "Montenegro publish drafts of laws, bylaws, strategies and standards here for a fixed "
        "period of consultation. Organisations comment article by article, propose new "
        "wording, and every comment receives a public answer with its reasons.</p>"
        "<p>The IRIS network also keeps its public hearings, its events at the European "
        "Parliament, its policy library and the peer reviews of its members' social and "
        "legal services here, in the languages of the region and in German.</p>",
    ),
    "sr-latn": (
        "O IRIS Dijalogu",
        "IRIS Dijalog je mesto gde vlade Zapadnog Balkana i organizacije civilnog društva "
        "koje pružaju usluge migrantima otvoreno razgovaraju o javnim politikama.",
        "<p>Ministarstva u Srbiji, Bosni i Hercegovini, Severnoj Makedoniji, Albaniji i "
        "Crnoj Gori ovde objavljuju nacrte zakona, podzakonskih akata, strategija i standarda "
        "na javne konsultacije u određenom roku. Organizacije komentarišu član po član, "
        "predlažu nove formulacije, a svaki komentar dobija javni odgovor sa obrazloženjem.</p>"
        "<p>Mreža IRIS ovde vodi i svoje javne rasprave, događaje u Evropskom parlamentu, "
        "biblioteku javnih politika i kolegijalne procene socijalnih i pravnih usluga svojih "
        "članica, na jezicima regiona i na nemačkom.</p>",
    ),
    "bs": (
        "O IRIS Dijalogu",
        "IRIS Dijalog je mjesto gdje vlade Zapadnog Balkana i organizacije civilnog društva "
        "koje pružaju usluge migrantima otvoreno razgovaraju o javnim politikama.",
        "<p>Ministarstva u Srbiji, Bosni i Hercegovini, Sjevernoj Makedoniji, Albaniji i "
        "Crnoj Gori ovdje objavljuju nacrte zakona, podzakonskih akata, strategija i standarda "
        "na javne konsultacije u određenom roku. Organizacije komentarišu član po član, "
        "predlažu nove formulacije, a svaki komentar dobija javni odgovor s obrazloženjem.</p>"
        "<p>Mreža IRIS ovdje vodi i svoja javna saslušanja, događaje u Evropskom parlamentu, "
        "biblioteku javnih politika i kolegijalne procjene socijalnih i pravnih usluga svojih "
        "članica, na jezicima regiona i na njemačkom.</p>",
    ),
    "cnr": (
        "O IRIS Dijalogu",
        "IRIS Dijalog je mjesto đe vlade Zapadnog Balkana i organizacije civilnog društva "
        "koje pružaju usluge migrantima otvoreno razgovaraju o javnim politikama.",
        "<p>Ministarstva u Srbiji, Bosni i Hercegovini, Sjevernoj Makedoniji, Albaniji i "
        "Crnoj Gori ovđe objavljuju nacrte zakona, podzakonskih akata, strategija i standarda "
        "na javne konsultacije u određenom roku. Organizacije komentarišu član po član, "
        "predlažu nove formulacije, a svaki komentar dobija javni odgovor sa obrazloženjem.</p>"
        "<p>Mreža IRIS ovđe vodi i svoje javne rasprave, događaje u Evropskom parlamentu, "
        "biblioteku javnih politika i kolegijalne procjene socijalnih i pravnih usluga svojih "
        "članica, na jezicima regiona i na njemačkom.</p>",
    ),
    "mk": (
        "За ИРИС Дијалог",
        "ИРИС Дијалог е местото каде што владите од Западен Балкан и граѓанските организации "
        "што им служат на мигрантите отворено разговараат за јавните политики.",
        "<p>Министерствата во Србија, Босна и Херцеговина, Северна Македонија, Албанија и "
        "Црна Гора овде објавуваат нацрти на закони, подзаконски акти, стратегии и стандарди "
        "на јавна консултација во определен рок. Организациите коментираат член по член, "
        "предлагаат нов текст, а секој коментар добива јавен одговор со образложение.</p>"
        "<p>Мрежата ИРИС овде ги води и своите јавни расправи, настаните во Европскиот "
        "парламент, библиотеката на јавни политики и стручните рецензии на социјалните и "
        "правните услуги на своите членки, на јазиците од регионот и на германски.</p>",
    ),
    "sq": (
        "Rreth IRIS Dialog",
        "IRIS Dialog është vendi ku qeveritë e Ballkanit Perëndimor dhe organizatat e "
        "shoqërisë civile që u shërbejnë migrantëve flasin hapur për politikat publike.",
        "<p>Ministritë në Serbi, Bosnjë dhe Hercegovinë, Maqedoni të Veriut, Shqipëri dhe "
        "Mal të Zi publikojnë këtu projektligje, akte nënligjore, strategji dhe standarde për "
        "konsultim publik brenda një afati të caktuar. Organizatat komentojnë nen për nen, "
        "propozojnë formulime të reja dhe çdo koment merr një përgjigje publike të "
        "arsyetuar.</p>"
        "<p>Rrjeti IRIS mban këtu edhe dëgjesat publike, ngjarjet në Parlamentin Evropian, "
        "bibliotekën e politikave dhe vlerësimet nga kolegët e shërbimeve sociale dhe ligjore "
        "të anëtarëve të tij, në gjuhët e rajonit dhe në gjermanisht.</p>",
    ),
    "de": (
        "Über IRIS Dialog",
        "IRIS Dialog ist der Ort, an dem Regierungen des Westbalkans und "
        "zivilgesellschaftliche Organisationen, die Migrantinnen und Migranten unterstützen, "
        "offen über Politik sprechen.",
        "<p>Ministerien in Serbien, Bosnien und Herzegowina, Nordmazedonien, Albanien und "
        "Montenegro veröffentlichen hier Entwürfe von Gesetzen, Verordnungen, Strategien und "
        "Standards zur öffentlichen Konsultation mit fester Frist. Organisationen kommentieren "
        "Artikel für Artikel, schlagen neue Formulierungen vor, und jeder Kommentar erhält "
        "eine öffentliche, begründete Antwort.</p>"
        "<p>Das IRIS-Netzwerk führt hier auch seine öffentlichen Anhörungen, seine "
        "Veranstaltungen im Europäischen Parlament, seine Politikbibliothek und die "
        "Peer-Reviews der sozialen und rechtlichen Dienste seiner Mitglieder, in den Sprachen "
        "der Region und auf Deutsch.</p>",
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
    """Locales, the home page and the About page in every language, and the
    policy-area taxonomy."""
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
    title, intro, body = ABOUT_TRANSLATIONS[settings.LANGUAGE_CODE]
    about = demo.ensure_page(home, ContentPage, "about", title=title, intro=intro, body=body)
    demo.ensure_translations(
        about,
        {
            code: {"title": title, "intro": intro, "body": body, "draft_title": title}
            for code, (title, intro, body) in ABOUT_TRANSLATIONS.items()
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
