"""Serbian Latin becomes Cyrillic letter for letter and comes back exactly;
what is not Serbian stays as it was written."""

import re

import pytest

from iris_site.transliteration import Transliterator, to_cyrillic

CONVERTER = Transliterator()

# Articles 1, 2 and 10 of the Constitution of the Republic of Serbia, as
# published in Cyrillic (Službeni glasnik RS 98/2006) and in its Latin edition.
CONSTITUTION_CYRILLIC = (
    "Република Србија је држава српског народа и свих грађана који у њој живе, "
    "заснована на владавини права и социјалној правди, начелима грађанске демократије, "
    "људским и мањинским правима и слободама и припадности европским принципима и "
    "вредностима.\n"
    "Суверенитет потиче од грађана који га врше референдумом, народном иницијативом и "
    "преко својих слободно изабраних представника.\n"
    "У Републици Србији у службеној употреби су српски језик и ћириличко писмо. "
    "Службена употреба других језика и писама уређује се законом, на основу Устава."
)
CONSTITUTION_LATIN = (
    "Republika Srbija je država srpskog naroda i svih građana koji u njoj žive, "
    "zasnovana na vladavini prava i socijalnoj pravdi, načelima građanske demokratije, "
    "ljudskim i manjinskim pravima i slobodama i pripadnosti evropskim principima i "
    "vrednostima.\n"
    "Suverenitet potiče od građana koji ga vrše referendumom, narodnom inicijativom i "
    "preko svojih slobodno izabranih predstavnika.\n"
    "U Republici Srbiji u službenoj upotrebi su srpski jezik i ćiriličko pismo. "
    "Službena upotreba drugih jezika i pisama uređuje se zakonom, na osnovu Ustava."
)


def round_trip(text, markup=False):
    cyrillic = CONVERTER.to_cyrillic(text, markup=markup).text
    return cyrillic, CONVERTER.to_latin(cyrillic, markup=markup).text


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Ljubav, njiva i džep", "Љубав, њива и џеп"),
        ("LJUDSKA PRAVA I DŽEP", "ЉУДСКА ПРАВА И ЏЕП"),
        ("nadživeti, konjunkcija, injekcija", "надживети, конјункција, инјекција"),
        ("Podžanr i konjugacija", "Поджанр и конјугација"),
        ("đak, ćerka, čaša, šuma, žaba", "ђак, ћерка, чаша, шума, жаба"),
        ("Śutra je źenica", "С\u0301утра је з\u0301еница"),
        ("ZAKON\nO AZILU I PRIVREMENOJ ZAŠTITI", "ЗАКОН\nО АЗИЛУ И ПРИВРЕМЕНОЈ ЗАШТИТИ"),
        ("I tada je Glava I počela", "И тада је Глава I почела"),
    ],
)
def test_latin_is_written_in_cyrillic_letter_for_letter_and_comes_back(latin, cyrillic):
    assert round_trip(latin) == (cyrillic, latin)


@pytest.mark.parametrize(
    "kept",
    [
        "https://www.paragraf.rs/propisi/zakon-o-azilu.html",
        "kancelarija@azil.gov.rs",
        "mup.gov.rs",
        "`manage.py load_demo`",
        "5 km",
        "20 MB",
        "UNHCR",
        "CSO",
        "Wagtail",
        "iPhone",
        "IV",
        "Брисел",
    ],
)
def test_what_is_not_serbian_latin_stays_as_written(kept):
    cyrillic = CONVERTER.to_cyrillic(f"Vidi {kept} danas").text

    assert cyrillic == f"Види {kept} данас"


def test_rich_text_keeps_its_tags_attributes_entities_and_code():
    html = (
        '<p>Prema <b>EU</b> pravilima &amp; <a href="https://iris.example/zakon">zakonu</a>:'
        " <code>zakon.txt</code></p>"
    )

    cyrillic, latin = round_trip(html, markup=True)

    assert cyrillic == (
        '<p>Према <b>EU</b> правилима &amp; <a href="https://iris.example/zakon">закону</a>:'
        " <code>zakon.txt</code></p>"
    )
    assert latin == html


def test_words_that_may_be_one_letter_or_two_are_reported_for_an_editor():
    conversion = CONVERTER.to_cyrillic("Odžak, nadživeti i konj")

    # Written with the usual single letter, and named so an editor settles it.
    assert conversion.text == "Оџак, надживети и коњ"
    assert conversion.ambiguous == {"odžak"}


def test_editors_spellings_settle_words_names_and_beginnings():
    converter = Transliterator(
        [("odžak", "оџак", True), ("podžel", "поджел", False), ("tanjug", "", True)]
    )

    conversion = converter.to_cyrillic("Odžak, podželudačna žlezda, Tanjug")

    assert conversion.text == "Оџак, поджелудачна жлезда, Tanjug"
    assert conversion.ambiguous == set()


def test_a_full_draft_law_comes_back_exactly():
    law = "\n".join(
        f"Član {number}.\nStav ({number}) Lica kojima je odobren azil, "
        f"uključujući maloletnike bez pratnje, imaju pravo na njegu, džeparac i "
        f"nadživljavanje teškoća; vidi https://azil.gov.rs/{number} i UNHCR."
        for number in range(1, 81)
    )

    cyrillic, latin = round_trip(law)

    assert latin == law
    assert not re.search(r"[čćđšž]", cyrillic)


def test_ten_thousand_words_of_mixed_script_convert_without_loss():
    page = " ".join(["Zakon o azilu", "Закон о азилу", "maloletnik", "džep"] * 2500)

    cyrillic, latin = round_trip(page)

    assert len(cyrillic.split()) == 20000
    assert latin == " ".join(["Zakon o azilu", "Zakon o azilu", "maloletnik", "džep"] * 2500)


def test_the_constitution_as_published_in_both_scripts_matches_word_for_word():
    words = CONSTITUTION_CYRILLIC.split()
    converted = to_cyrillic(CONSTITUTION_LATIN).split()
    matching = sum(ours == theirs for ours, theirs in zip(converted, words, strict=True))

    print(f"Constitution, articles 1, 2 and 10: {matching / len(words):.1%} of words match")
    assert matching == len(words)
    assert CONVERTER.to_latin(CONSTITUTION_CYRILLIC).text == CONSTITUTION_LATIN
