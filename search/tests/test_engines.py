"""The behaviour readers rely on, asserted alike on every engine."""

import tomllib
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from policy_library.models import DocumentType
from policy_library.seeds import library_entries
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory
from search.backends import get_backend
from search.backends.base import SearchQuery
from search.documents import entry_for, live_pages
from search.forms import SearchForm
from search.tests.conftest import DATABASE, opensearch_backend_setting

pytestmark = pytest.mark.django_db


@pytest.fixture
def libraries(translated_home, locales, committed):
    """The library index in every language, as translations of the English one."""
    with committed():
        english = LibraryIndexPageFactory(parent=translated_home["en"])
        indexes = {"en": english}
        for code, locale in locales.items():
            if code != "en":
                indexes[code] = english.copy_for_translation(locale)
                indexes[code].save_revision().publish()
        return indexes


def search(backend, text, **options):
    form = SearchForm({"q": text})
    form.is_valid()
    return backend.search(SearchQuery(words=form.words(), **options))


def titles(results):
    return [hit.entry.title for hit in results.hits]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("азил", "Zakon o azilu i privremenoj zaštiti"),
        ("azil", "Сажетак: социјална заштита тражилаца азила"),
        ("izbeglice", "Избеглице у Србији"),
        ("избеглице", "Izbjeglice u Bosni i Hercegovini"),
        ("zastita", "Zakon o azilu i privremenoj zaštiti"),
        ("Djordjevic", "Izveštaj Đorđević"),
        ("Ђорђевић", "Izveštaj Đorđević"),
    ],
)
def test_latin_and_cyrillic_find_each_other(engine, libraries, committed, query, title):
    with committed():
        LibraryDocumentPageFactory(
            parent=libraries["sr-latn"], title="Zakon o azilu i privremenoj zaštiti", slug="zakon"
        )
        LibraryDocumentPageFactory(
            parent=libraries["sr"], title="Сажетак: социјална заштита тражилаца азила", slug="s"
        )
        LibraryDocumentPageFactory(parent=libraries["sr"], title="Избеглице у Србији", slug="i")
        LibraryDocumentPageFactory(
            parent=libraries["bs"], title="Izbjeglice u Bosni i Hercegovini", slug="b"
        )
        LibraryDocumentPageFactory(parent=libraries["sr-latn"], title="Izveštaj Đorđević", slug="d")

    assert title in titles(search(engine, query))


def test_every_word_must_match_and_the_title_ranks_first(engine, libraries, committed):
    with committed():
        LibraryDocumentPageFactory(
            parent=libraries["en"], title="Shadow report", summary="Asylum procedure in Serbia."
        )
        LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum procedure in Serbia")
        LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum statistics")

    results = search(engine, "asylum procedure")

    assert titles(results) == ["Asylum procedure in Serbia", "Shadow report"]
    assert results.total == 2


def test_facets_count_and_narrow(engine, libraries, committed):
    with committed():
        LibraryDocumentPageFactory(
            parent=libraries["en"], title="Asylum brief", countries=["RS"], publication_year=2020
        )
        LibraryDocumentPageFactory(
            parent=libraries["en"],
            title="Asylum law",
            countries=["MK"],
            publication_year=2018,
            document_type=DocumentType.LAW,
        )
        LibraryDocumentPageFactory(
            parent=libraries["sq"], title="Azil", summary="Azil.", publication_year=2018
        )

    everything = search(engine, "asylum")
    narrowed = search(engine, "asylum", filters={"country": ["MK"]})

    assert dict(everything.facets["country"]) == {"RS": 1, "MK": 1}
    assert dict(everything.facets["year"]) == {"2020": 1, "2018": 1}
    assert dict(everything.facets["type"]) == {"policy_brief": 1, "law": 1}
    assert dict(everything.facets["language"]) == {"en": 2}
    assert titles(narrowed) == ["Asylum law"]
    assert narrowed.total == 1


def test_each_facet_counts_under_the_other_facets_choices_only(engine, libraries, committed):
    """A reader who chose North Macedonia still sees what Serbia would add,
    while the years count North Macedonia's documents only."""
    with committed():
        LibraryDocumentPageFactory(
            parent=libraries["en"], title="Asylum brief", countries=["RS"], publication_year=2020
        )
        LibraryDocumentPageFactory(
            parent=libraries["en"], title="Asylum law", countries=["MK"], publication_year=2018
        )
        LibraryDocumentPageFactory(
            parent=libraries["en"], title="Asylum guide", countries=["MK"], publication_year=2016
        )

    by_country = search(engine, "asylum", filters={"country": ["MK"]})
    by_both = search(engine, "asylum", filters={"country": ["MK"], "year": ["2018"]})

    assert sorted(titles(by_country)) == ["Asylum guide", "Asylum law"]
    assert dict(by_country.facets["country"]) == {"RS": 1, "MK": 2}
    assert dict(by_country.facets["year"]) == {"2018": 1, "2016": 1}
    assert titles(by_both) == ["Asylum law"]
    assert dict(by_both.facets["country"]) == {"MK": 1}
    assert dict(by_both.facets["year"]) == {"2018": 1, "2016": 1}
    assert dict(by_both.facets["language"]) == {"en": 1}


def test_snippets_mark_the_words_found_in_the_body(engine, libraries, committed):
    with committed():
        page = LibraryDocumentPageFactory(
            parent=libraries["sr"],
            title="Водич",
            slug="vodic",
            body="<p>Центри за социјални рад упућују тражиоце азила на правну помоћ.</p>",
        )

    results = search(engine, "azil")

    assert titles(results) == [page.title]
    assert any("<mark>азила</mark>" in fragment for fragment in results.hits[0].snippets)


def test_snippets_name_authors_who_publish_their_own_work_once(engine, libraries, committed):
    with committed():
        LibraryDocumentPageFactory(
            parent=libraries["en"],
            title="Reception standards",
            body="<p>Where the candidate countries stand.</p>",
            authors="IRIS network",
            publishers="IRIS network",
        )

    snippets = search(engine, "iris network").hits[0].snippets

    assert "network" in snippets[0]
    assert snippets[0].count("network") == 1


def test_snippets_keep_the_words_of_rich_text_blocks_apart(engine, libraries, committed):
    with committed():
        LibraryDocumentPageFactory(
            parent=libraries["en"],
            title="Agenda",
            body="<ul><li>Commissariat for Refugees and Migration</li><li>The draft amendments</li></ul>",
        )

    results = search(engine, "migration")

    assert titles(results) == ["Agenda"]
    assert "MigrationThe" not in results.hits[0].snippets[0].replace("</mark>", "")


def test_newest_first_and_pages(engine, libraries, committed):
    with committed():
        for number in range(12):
            LibraryDocumentPageFactory(parent=libraries["en"], title=f"Asylum report {number}")

    first = search(engine, "asylum", sort="newest", per_page=5)
    last = search(engine, "asylum", sort="newest", per_page=5, page=3)

    assert titles(first) == [f"Asylum report {number}" for number in range(11, 6, -1)]
    assert titles(last) == ["Asylum report 1", "Asylum report 0"]
    assert first.total == 12


def test_unpublishing_moving_and_deleting_update_the_index(engine, libraries, committed):
    with committed():
        kept = LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum kept")
        unpublished = LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum hidden")
        deleted = LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum deleted")
        LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum draft", publish=False)

    with committed():
        unpublished.unpublish()
        deleted.delete()

    assert titles(search(engine, "asylum")) == ["Asylum kept"]
    assert search(engine, "asylum").hits[0].entry.url == kept.url


def test_translation_is_indexed_in_its_language(engine, libraries, committed, locales):
    with committed():
        page = LibraryDocumentPageFactory(parent=libraries["en"], title="Referral guide")
        translation = page.copy_for_translation(locales["mk"])
        translation.title = "Водич за упатување"
        translation.save_revision().publish()

    results = search(engine, "upatuvanje")

    assert titles(results) == ["Водич за упатување"]
    assert dict(results.facets["language"]) == {"mk": 1}


def test_unknown_word_gets_a_suggestion(engine, libraries, committed):
    with committed():
        LibraryDocumentPageFactory(parent=libraries["en"], title="Reintegration of returnees")

    results = search(engine, "reintegraton")

    assert results.total == 0
    assert results.suggestion == "reintegration"


def test_titles_are_completed_as_the_reader_types(engine, libraries, committed):
    with committed():
        LibraryDocumentPageFactory(parent=libraries["sr"], title="Избеглице у Србији", slug="i")
        LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum report")

    assert engine.complete("izbeg") == ["Избеглице у Србији"]


def test_rebuild_replaces_the_index(engine, libraries, committed):
    from search.documents import entry_for, live_pages

    with committed():
        LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum report")
    LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum brief")  # not yet indexed

    assert titles(search(engine, "asylum")) == ["Asylum report"]
    engine.rebuild(entry_for(page) for page in live_pages())
    engine.rebuild(entry_for(page) for page in live_pages())

    assert sorted(titles(search(engine, "asylum"))) == ["Asylum brief", "Asylum report"]


def test_a_change_made_during_a_rebuild_is_kept(engine, libraries, committed):
    """A page edited while a rebuild runs keeps its new text once the rebuilt
    index is swapped in, whichever of the two writes arrives last."""
    from search.documents import entry_for

    with committed():
        page = LibraryDocumentPageFactory(parent=libraries["en"], title="Asylum report")
    stale = entry_for(page)
    page.title = "Reintegration report"
    page.save_revision().publish()
    fresh = entry_for(page)

    def entries_read_before_the_edit():
        engine.index([fresh])  # the edit's background update, during the rebuild
        yield stale

    engine.rebuild(entries_read_before_the_edit())

    assert titles(search(engine, "report")) == ["Reintegration report"]


# Real word families: each title holds one form, every other form finds it
# (and nothing else), on every engine.
WORD_FAMILIES = {
    "sr-latn": {
        "Maloletnik bez pratnje": "maloletnik maloletnika maloletniku maloletnici maloletnicima",
        "Prava stranca": "stranac stranca strancu stranci stranaca strancima",
        "Zahtev za zaštitu": "zahtev zahteva zahtevom zahtevi zahtevima",
        "Rok za žalbu": "rok roka rokom rokovi rokova rokovima",
        "Centar za socijalni rad": "centar centra centrom centri centara centrima",
    },
    "bs": {"Izbjeglica u Sarajevu": "izbjeglica izbjeglice izbeglicama izbjeglicu izbeglica"},
    "mk": {
        "Бегалец во Скопје": "бегалец бегалецот бегалци бегалците",
        "Барател во постапка": "барател барателот баратели барателите",
    },
    "sq": {
        "Refugjat nga Siria": "refugjat refugjati refugjatit refugjatë refugjatët refugjatëve",
        "Ligj për të huajt": "ligj ligji ligjit ligjet",
    },
    "en": {
        "Guardian of a child": "guardian guardians",
        "Refugee policy": "policy policies",
    },
    "de": {
        "Flüchtling in Deutschland": "Flüchtling Flüchtlinge Flüchtlingen Flüchtlings",
        "Antrag auf Schutz": "Antrag Anträge Anträgen Antrags",
    },
}


@pytest.mark.parametrize("language", sorted({"sr-latn", "bs", "mk", "sq", "de", "en"}))
def test_every_form_of_a_word_finds_its_family_and_nothing_else(
    engine, libraries, committed, language
):
    with committed():
        for code, families in WORD_FAMILIES.items():
            for number, title in enumerate(families):
                LibraryDocumentPageFactory(parent=libraries[code], title=title, slug=f"w{number}")

    missed = {
        form: titles(search(engine, form))
        for title, forms in WORD_FAMILIES[language].items()
        for form in forms.split()
        if titles(search(engine, form)) != [title]
    }

    assert missed == {}


def test_a_stem_matches_only_in_its_own_language(engine, libraries, committed):
    # German rules make "kind" of "Kinder"; the English "kind" is another word.
    with committed():
        LibraryDocumentPageFactory(
            parent=libraries["de"], title="Schutz für Kinder auf der Flucht", slug="kinder"
        )
        LibraryDocumentPageFactory(
            parent=libraries["en"], title="Support of any kind for returnees", slug="kind"
        )

    assert titles(search(engine, "Kinder")) == ["Schutz für Kinder auf der Flucht"]
    assert titles(search(engine, "Kindern")) == ["Schutz für Kinder auf der Flucht"]
    # "Kind" is a German child as well as an English word.
    assert len(titles(search(engine, "kind"))) == 2


JUDGEMENTS = Path(django_settings.BASE_DIR) / "bench" / "search_judgements.toml"


@pytest.mark.services("opensearch")
def test_both_engines_find_the_same_demo_documents_for_every_judged_query(
    libraries, committed, settings
):
    with committed():
        for slug, language, *_, title, summary, text in library_entries():
            LibraryDocumentPageFactory(
                parent=libraries[language],
                slug=slug,
                title=title,
                summary=summary,
                body=f"<p>{summary}</p><p>{text}</p>",
            )
    entries = [entry_for(page) for page in live_pages()]
    slugs = {f"page-{page.pk}": page.slug for page in live_pages()}
    queries = [judged["text"] for judged in tomllib.loads(JUDGEMENTS.read_text())["query"]]
    found = {}
    for name, setting in (("database", DATABASE), ("opensearch", opensearch_backend_setting())):
        settings.SEARCH_BACKEND = setting
        backend = get_backend()
        backend.rebuild(iter(entries))
        found[name] = {
            query: sorted(slugs[hit.entry.key] for hit in search(backend, query, per_page=100).hits)
            for query in queries
        }

    assert found["database"]["maloletnici bez pratnje"] == [
        "vodic-upucivanje-maloletnika",
        "vodic-upucivanje-maloletnika-cyr",
    ]
    assert found["database"] == found["opensearch"]
