"""Quantities, numbers in every locale, bounds, scope and comparisons, per language."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.claims.numbers import find_numbers, number_lexicon, parse_number_words
from frontwatch.claims.quantities import QuantityMatch, find_comparisons, find_quantities

# (text, name, value, bound)
Case = tuple[str, str, float, str]

DE_CASES: list[Case] = [
    ("Die Armee hat mehr als 3000 Quadratkilometer zurückerobert.", "area_km2", 3000, "min"),
    ("Über 6000 km² wurden befreit.", "area_km2", 6000, "min"),
    ("Bis zu 10.000 russische Soldaten stehen bei Isjum.", "troops", 10000, "max"),
    ("Etwa 1,5 Tausend Soldaten wurden verlegt.", "troops", 1500, "approx"),
    ("Rund 2,5 Mio. Menschen sind geflohen; 400 Soldaten blieben.", "troops", 400, "exact"),
    ("Zehntausend Russen sollen eingekesselt sein.", "troops", 10000, "exact"),
    ("Über 30 Ortschaften wurden befreit.", "settlements", 30, "min"),
    ("Genau 20 Städte und Dörfer sind wieder ukrainisch.", "settlements", 20, "exact"),
    ("Die Front liegt rund 50 Kilometer entfernt.", "distance_km", 50, "approx"),
    ("Der Ort liegt 12,5 km östlich der Stadt.", "distance_km", 12.5, "exact"),
    ("Dutzende Panzer blieben zurück.", "equipment", 24, "min"),
    ("Zweihundertfünfzig Panzer wurden erbeutet.", "equipment", 250, "exact"),
    ("Mindestens 17 Tote wurden geborgen.", "casualties", 17, "min"),
    ("Knapp 10 000 Soldaten sind im Einsatz.", "troops", 10000, "max"),
    ("Es sind 10\u202f000 Soldaten.", "troops", 10000, "exact"),
    ("Es sind 10\u00a0000 Soldaten oder mehr.", "troops", 10000, "min"),
    ("Tausende Soldaten flohen.", "troops", 2000, "min"),
    ("Er sprach von Tausenden Toten.", "casualties", 2000, "min"),
    ("Zweitausend ukrainische Soldaten rückten vor.", "troops", 2000, "exact"),
    ("Bei dem Angriff wurden 13 Menschen getötet.", "casualties", 13, "exact"),
]

EN_CASES: list[Case] = [
    ("Kyiv says more than 1,000 square kilometres were retaken.", "area_km2", 1000, "min"),
    ("Ukraine recaptured 6,000 km² this month.", "area_km2", 6000, "exact"),
    ("About 1,000 square miles were retaken.", "area_km2", 2589.99, "approx"),
    ("Up to 10,000 Russian troops are near Izium.", "troops", 10000, "max"),
    ("Around 2.5 thousand troops were moved.", "troops", 2500, "approx"),
    ("Two thousand five hundred soldiers crossed the river.", "troops", 2500, "exact"),
    ("Tens of thousands of troops were mobilised.", "troops", 20000, "min"),
    ("Over 30 settlements were liberated.", "settlements", 30, "min"),
    ("More than 20 towns and villages were freed.", "settlements", 20, "min"),
    ("The front is some 50 miles away.", "distance_km", 80.47, "approx"),
    ("The town lies 30 km north of Kharkiv.", "distance_km", 30, "exact"),
    ("Dozens of tanks were abandoned.", "equipment", 24, "min"),
    ("Exactly 12 tanks were captured.", "equipment", 12, "exact"),
    ("At least 17 people were killed.", "casualties", 17, "min"),
    ("Nearly 10,000 soldiers were encircled.", "troops", 10000, "max"),
    ("There are 10 000 troops in the area.", "troops", 10000, "exact"),
    ("Hundreds of soldiers fled.", "troops", 200, "min"),
    ("The strike hit a block, killing at least 13 people.", "casualties", 13, "min"),
    ("The governor said one person was wounded.", "casualties", 1, "exact"),
    ("Troops advanced to within 15 km of the city.", "distance_km", 15, "max"),
]

UK_CASES: list[Case] = [
    ("Звільнено понад 3 тис. кв. км території.", "area_km2", 3000, "min"),
    ("Звільнено понад 6000 квадратних кілометрів.", "area_km2", 6000, "min"),
    ("Близько 8,6 тисячі військових відійшли.", "troops", 8600, "approx"),
    ("Три тисячі військових перекинули на південь.", "troops", 3000, "exact"),
    ("До 10 тисяч бійців зосереджено біля Ізюму.", "troops", 10000, "max"),
    ("Понад 10 000 військових зосереджено.", "troops", 10000, "min"),
    ("Більше 30 населених пунктів звільнено.", "settlements", 30, "min"),
    ("Звільнено понад 40 сіл.", "settlements", 40, "min"),
    ("Фронт за 50 кілометрів від міста.", "distance_km", 50, "exact"),
    ("Приблизно 20 км до Куп'янська.", "distance_km", 20, "approx"),
    ("Десятки танків кинуто.", "equipment", 20, "min"),
    ("Знищено 12 танків.", "equipment", 12, "exact"),
    ("Щонайменше 17 загиблих.", "casualties", 17, "min"),
    ("Майже 2000 окупантів втекли.", "troops", 2000, "max"),
    ("Тисячі військових втекли.", "troops", 2000, "min"),
    ("Двісті п'ятдесят військових здалися.", "troops", 250, "exact"),
    ("Внаслідок обстрілу загинули двоє цивільних.", "casualties", 2, "exact"),
    ("Загинули щонайменше 13 людей.", "casualties", 13, "min"),
]

RU_CASES: list[Case] = [
    ("Освобождено более 3 тыс. кв. км.", "area_km2", 3000, "min"),
    ("Более 8,6 тысячи военнослужащих отведены.", "troops", 8600, "min"),
    ("Не более 10 тысяч бойцов осталось.", "troops", 10000, "max"),
    ("Около 8 600 военнослужащих отведено.", "troops", 8600, "approx"),
    ("Порядка 20 танков потеряно.", "equipment", 20, "approx"),
    ("Свыше 30 населённых пунктов освобождены.", "settlements", 30, "min"),
    ("Освобождено более 20 сёл.", "settlements", 20, "min"),
    ("Около 50 км до Изюма.", "distance_km", 50, "approx"),
    ("Фронт в 40 километрах от города.", "distance_km", 40, "exact"),
    ("Десятки тысяч военных переброшены.", "troops", 20000, "min"),
    ("Тысячи военных отступили.", "troops", 2000, "min"),
    ("Три тысячи военнослужащих выведены.", "troops", 3000, "exact"),
    ("Уничтожено 15 танков.", "equipment", 15, "exact"),
    ("Не менее 17 погибших.", "casualties", 17, "min"),
    ("Почти 1000 бойцов окружены.", "troops", 1000, "max"),
    ("До 10 тысяч военнослужащих находятся под Изюмом.", "troops", 10000, "max"),
    ("В результате удара погибли трое мирных жителей.", "casualties", 3, "exact"),
]


def single(text: str, lang: str, name: str) -> QuantityMatch:
    matches = [m for m in find_quantities(text, lang) if m.name == name]
    assert len(matches) == 1, f"{name} in {text!r}: {matches}"
    assert text[matches[0].start : matches[0].end] == matches[0].text
    return matches[0]


@pytest.mark.parametrize(
    ("lang", "text", "name", "value", "bound"),
    [("de", *c) for c in DE_CASES]
    + [("en", *c) for c in EN_CASES]
    + [("uk", *c) for c in UK_CASES]
    + [("ru", *c) for c in RU_CASES],
)
def test_quantity(lang: str, text: str, name: str, value: float, bound: str) -> None:
    match = single(text, lang, name)
    assert match.quantity.value == pytest.approx(value, abs=0.01)
    assert match.quantity.bound == bound


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "10.000", 10000),
        ("de", "1,5", 1.5),
        ("de", "1.500.000", 1500000),
        ("de", "10 000", 10000),
        ("de", "2,5 Millionen", 2500000),
        ("en", "10,000", 10000),
        ("en", "2.5", 2.5),
        ("en", "1,500,000", 1500000),
        ("en", "3 million", 3000000),
        ("uk", "10 000", 10000),
        ("uk", "8,6 тис.", 8600),
        ("uk", "3 тисячі", 3000),
        ("ru", "10\u00a0000", 10000),
        ("ru", "8,6 тысячи", 8600),
        ("ru", "2 млн", 2000000),
    ],
)
def test_locale_digits(lang: str, text: str, value: float) -> None:
    numbers = find_numbers(text, lang)
    assert len(numbers) == 1
    assert numbers[0].value == pytest.approx(value)
    assert numbers[0].text == text


@pytest.mark.parametrize(
    ("lang", "phrase", "value"),
    [
        ("de", "tausend", 1000),
        ("de", "zehntausend", 10000),
        ("de", "zweihundertfünfzig", 250),
        ("de", "fünfundzwanzig", 25),
        ("de", "achtzehn", 18),
        ("de", "dreitausendfünfhundert", 3500),
        ("en", "two thousand", 2000),
        ("en", "twenty-five", 25),
        ("en", "one hundred and twenty", 120),
        ("uk", "три тисячі", 3000),
        ("uk", "двісті п'ятдесят", 250),
        ("ru", "тысяча", 1000),
        ("ru", "пять тысяч", 5000),
        ("ru", "двадцать пять", 25),
    ],
)
def test_number_words(lang: str, phrase: str, value: float) -> None:
    assert parse_number_words(phrase, lang) == value


def test_words_that_merely_contain_numbers_are_not_numbers() -> None:
    assert parse_number_words("Achtung", "de") is None
    assert parse_number_words("einerseits", "de") is None
    assert [n.text for n in find_numbers("Die Achtung vor dem Gegner", "de")] == []


def test_date_parts_are_not_grouped_numbers() -> None:
    values = [n.value for n in find_numbers("am 8.9.2022", "de")]
    assert 892022 not in values and 8.9 not in values


def test_numbers_in_dates_are_not_quantities() -> None:
    assert find_quantities("Im September 2022 russische Soldaten", "de") == []
    assert find_quantities("On September 8, 2022 Russian troops withdrew", "en") == []


def test_scope_region_de() -> None:
    match = single("Über 30 Ortschaften in der Region Charkiw wurden befreit.", "de", "settlements")
    assert match.quantity.scope == "Region Charkiw"


def test_scope_whole_country_vs_region_en() -> None:
    region = single("Over 30 settlements in the Kharkiv region were freed.", "en", "settlements")
    assert region.quantity.scope == "Kharkiv region"
    country = single("Over 300 settlements across Ukraine have been freed.", "en", "settlements")
    assert country.quantity.scope == "Ukraine"


def test_scope_uk_ru() -> None:
    assert single(
        "На Харківщині звільнено понад 30 населених пунктів.", "uk", "settlements"
    ).quantity.scope == ("Харківщині")
    ru = single("Свыше 30 населённых пунктов в Харьковской области освобождены.", "ru", "settlements")
    assert ru.quantity.scope == "Харьковской области"


def test_scope_stays_in_its_sentence() -> None:
    text = "Die Lage in der Region Charkiw ist angespannt. Über 30 Ortschaften wurden befreit."
    assert single(text, "de", "settlements").quantity.scope is None


def test_comparison_same_sentence_de() -> None:
    text = "Die Ukrainer haben mehr als 3000 Quadratkilometer befreit, eine Fläche größer als ganz Berlin."
    match = single(text, "de", "area_km2")
    assert match.quantity.comparison == "größer als ganz Berlin"


def test_comparison_next_sentence_en() -> None:
    text = "Ukraine has retaken 6,000 km². That is larger than Luxembourg."
    assert single(text, "en", "area_km2").quantity.comparison == "larger than Luxembourg"


def test_comparison_two_sentences_later_is_not_attached() -> None:
    text = "Ukraine has retaken 6,000 km². The army moved on. That is larger than Luxembourg."
    assert single(text, "en", "area_km2").quantity.comparison is None


def test_comparison_uk_ru() -> None:
    uk = single("Звільнено 6000 кв. км, це більше за площу Люксембургу.", "uk", "area_km2")
    assert uk.quantity.comparison is not None and "Люксембургу" in uk.quantity.comparison
    ru = single("Освобождено 6000 кв. км – это больше, чем Люксембург.", "ru", "area_km2")
    assert ru.quantity.comparison == "больше, чем Люксембург"


def test_comparison_with_a_hyphenated_name() -> None:
    match = single(
        "Befreit wurden 3000 km², mehr als Schleswig-Holstein? Nein: größer als Schleswig-Holstein.",
        "de",
        "area_km2",
    )
    assert match.quantity.comparison == "größer als Schleswig-Holstein"


def test_comparison_prefers_the_area() -> None:
    text = (
        "Mehr als 30 Ortschaften und 3000 Quadratkilometer wurden befreit, "
        "mehr als doppelt so groß wie Berlin."
    )
    matches = {m.name: m for m in find_quantities(text, "de")}
    assert matches["area_km2"].quantity.comparison == "mehr als doppelt so groß wie Berlin"
    assert matches["settlements"].quantity.comparison is None


def test_find_comparisons_is_not_a_bound() -> None:
    assert find_comparisons("Более 30 населённых пунктов освобождены.", "ru") == []
    assert find_comparisons("mehr als 3000 Soldaten", "de") == []
    found = find_comparisons("Das Gebiet ist größer als das Saarland.", "de")
    assert [c.text for c in found] == ["größer als das Saarland"]


def test_units_are_recorded() -> None:
    assert single("6,000 km² were retaken", "en", "area_km2").quantity.unit == "km2"
    assert single("30 km north", "en", "distance_km").quantity.unit == "km"


def test_bare_numbers_without_unit_are_not_quantities() -> None:
    assert find_quantities("In 2022 the army lost 30 percent of its strength.", "en") == []
    assert find_quantities("Seit 24 Stunden gibt es Strom.", "de") == []


def test_several_quantities_in_one_sentence() -> None:
    text = "Mehr als 3000 Quadratkilometer, über 30 Ortschaften und bis zu 10.000 Soldaten."
    found = [(m.name, m.quantity.value, m.quantity.bound) for m in find_quantities(text, "de")]
    assert found == [("area_km2", 3000, "min"), ("settlements", 30, "min"), ("troops", 10000, "max")]


def test_model_names_and_nouns_in_between_are_not_figures() -> None:
    assert find_quantities("Ein verlassener russischer T-72 Panzer steht am Straßenrand.", "de") == []
    assert find_quantities("Next to an abandoned Russian T-72 tank.", "en") == []
    # A capitalised German noun between number and unit ends the figure.
    assert find_quantities("Hunderte Bewohner begrüßten die Soldaten.", "de") == []
    assert find_quantities("10 of the tanks were lost.", "en") == []


def test_about_carries_over_to_a_coordinated_figure_but_more_than_does_not() -> None:
    text = "The ministry said about 30,000 troops and 5,000 pieces of military equipment were moved."
    found = {m.name: m.quantity for m in find_quantities(text, "en")}
    assert (found["troops"].value, found["troops"].bound) == (30000, "approx")
    assert (found["equipment"].value, found["equipment"].bound) == (5000, "approx")
    text = "Уничтожено более 200 военнослужащих и 17 единиц техники."
    found = {m.name: m.quantity for m in find_quantities(text, "ru")}
    assert (found["equipment"].value, found["equipment"].bound) == (17, "exact")


@pytest.mark.parametrize(
    ("lang", "text", "value", "bound"),
    [
        ("ru", "Противник потерял до 100 военнослужащих.", 100, "max"),
        ("ru", "ВСУ отступили, уничтожив более 200 военнослужащих.", 200, "min"),
        ("uk", "Ворог втратив понад 50 військових.", 50, "min"),
        ("uk", "Знищено 40 окупантів.", 40, "exact"),
    ],
)
def test_loss_verbs_make_soldiers_casualties(lang: str, text: str, value: float, bound: str) -> None:
    match = single(text, lang, "casualties")
    assert (match.quantity.value, match.quantity.bound) == (value, bound)
    assert not [m for m in find_quantities(text, lang) if m.name == "troops"]


def test_loss_verb_does_not_turn_tanks_into_people() -> None:
    assert [m.name for m in find_quantities("Знищено 12 танків.", "uk")] == ["equipment"]


def test_german_article_is_not_a_figure() -> None:
    assert find_quantities("Ein Soldat sagte, die Lage sei ruhig.", "de") == []
    found = [
        (m.name, m.quantity.value)
        for m in find_quantities("Ein Dutzend Panzer und eintausend Soldaten.", "de")
    ]
    assert found == [("equipment", 12), ("troops", 1000)]


def test_unknown_language_has_no_quantities() -> None:
    assert find_quantities("ponad 30 miejscowości", "pl") == []


TOKENS = {
    "de": [
        "mehr",
        "als",
        "bis",
        "zu",
        "10.000",
        "1,5",
        "Tausend",
        "zehntausend",
        "Dutzende",
        "russische",
        "Soldaten",
        "Quadratkilometer",
        "km²",
        "Ortschaften",
        "in",
        "der",
        "Region",
        "Charkiw",
        "größer",
        "Berlin",
        "am",
        "8.",
        "September",
        "2022",
        ".",
        ",",
    ],
    "en": [
        "more",
        "than",
        "up",
        "to",
        "10,000",
        "2.5",
        "thousand",
        "two",
        "dozens",
        "of",
        "Russian",
        "troops",
        "square",
        "miles",
        "km",
        "settlements",
        "in",
        "the",
        "Kharkiv",
        "region",
        "larger",
        "Luxembourg",
        ".",
    ],
    "uk": [
        "понад",
        "до",
        "10 000",
        "8,6",
        "тис.",
        "тисячі",
        "три",
        "десятки",
        "військових",
        "кв.",
        "км",
        "населених",
        "пунктів",
        "на",
        "Харківщині",
        "більше",
        "за",
        "площу",
        "Києва",
        ".",
    ],
    "ru": [
        "более",
        "не",
        "до",
        "10 000",
        "8,6",
        "тысячи",
        "тыс.",
        "десятки",
        "военнослужащих",
        "кв.",
        "км",
        "населённых",
        "пунктов",
        "в",
        "Харьковской",
        "области",
        "больше,",
        "чем",
        "Люксембург",
        ".",
    ],
}


@given(
    lang=st.sampled_from(sorted(TOKENS)),
    picks=st.lists(st.integers(min_value=0, max_value=100), max_size=25),
)
@settings(max_examples=200, deadline=None)
def test_any_mix_of_quantity_words_gives_consistent_matches(lang: str, picks: list[int]) -> None:
    words = TOKENS[lang]
    text = " ".join(words[i % len(words)] for i in picks)
    matches = find_quantities(text, lang)
    for match in matches:
        assert text[match.start : match.end] == match.text
        assert match.quantity.value >= 0
        assert match.quantity.bound in ("exact", "approx", "min", "max")
        assert match.name in ("area_km2", "troops", "settlements", "distance_km", "casualties", "equipment")
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))


@pytest.mark.parametrize("lang", ["de", "en", "ru", "uk"])
def test_every_number_word_passes_the_word_gate(lang: str) -> None:
    # The gate only lets find_numbers skip texts; it must never hide a number word or vague
    # quantity, in any case.
    lexicon = number_lexicon(lang)
    assert lexicon.word_gate is not None
    for word in [*lexicon.units, *lexicon.multipliers, *lexicon.scales, *lexicon.vague]:
        for form in (word, word.upper(), word.capitalize(), f"({word})", f"2 {word}"):
            assert lexicon.word_gate.search(form), (lang, form)


def test_number_words_are_found_with_and_without_digits_around() -> None:
    assert [n.value for n in find_numbers("Zweihundertfünfzig Soldaten", "de")] == [250]
    assert [n.value for n in find_numbers("8. September: zweihundertfünfzig Soldaten", "de")] == [8, 250]
    assert find_numbers("Die Truppen rücken vor.", "de") == []


# --- look-alikes: numbers that are no quantity (or another one) --------------------------------------

#: (lang, text): no figure of any kind may come out of these.
NOT_QUANTITIES: list[tuple[str, str]] = [
    # clock times in tickers and Telegram posts
    ("uk", "16:40 Окупанти знову обстріляли Куп'янськ з артилерії."),
    ("uk", "09.45 Окупанти відходять з Балаклії."),
    ("ru", "16:40 Оккупанты снова обстреляли окраины Изюма."),
    ("ru", "В 14.30 военные доложили о прорыве."),
    ("de", "+++ 14.30 Russen ziehen sich zurück +++"),
    ("de", "Gegen 14 Uhr Soldaten an der Brücke gesichtet."),
    ("en", "16:40 Russians shelled the outskirts again."),
    ("en", "At 09.45 troops were seen near the bridge."),
    ("en", "By 5 pm troops had crossed the river."),
    # the numeral "one" / an article before a noun that is no person
    ("uk", "Знищено один склад БК окупантів."),
    ("ru", "Уничтожен один склад боеприпасов противника."),
    ("ru", "Один из военных рассказал о переброске."),
    ("de", "Ein Hauptstützpunkt der Russen ist gefallen."),
    ("de", "Einer der Soldaten berichtete von Gefechten."),
    ("en", "One Russian base was hit overnight."),
    # people who are not troops
    ("de", "Hunderte Bewohner verließen die Stadt."),
    ("de", "Rund 5.000 Einwohner wurden evakuiert."),
    ("ru", "Около 300 человек эвакуированы из Купянска."),
    ("ru", "Эвакуированы около 300 человек, в том числе дети."),
    ("uk", "Близько 300 людей евакуйовано з Ізюма."),
    ("uk", "Понад 200 мешканців виїхали."),
    ("en", "About 300 people were evacuated from the town."),
    ("de", "Etwa 1000 Zivilisten flohen aus Isjum."),
    ("ru", "Из Купянска вывезено 1500 человек."),
    # a loss tally of a defence ministry digest counts no standing troops
    ("uk", "Загальні бойові втрати противника орієнтовно склали: особового складу — близько 53 300 осіб."),
    ("en", "Hundreds of residents fled."),
    # unit designations, ordinals, labels
    ("de", "Die 93. Brigade rückte auf Isjum vor."),
    ("de", "Bataillon 2 meldet Feindkontakt."),
    ("de", "Nr. 5 Soldaten-Liste veröffentlicht."),
    ("en", "Elements of the 1st Guards Tank Army moved to Kupiansk."),
    ("en", "The 93rd Brigade said No. 5 troops were ready."),
    ("uk", "93-тя бригада звільнила село."),
    ("uk", "2-й батальйон вийшов на рубіж."),
    ("ru", "93-я бригада освободила село."),
    ("ru", "2-й батальон отошёл, № 3 военных не было."),
    # calibres, model names, percentages, dates
    ("en", "The army received 155-mm howitzers and T-72 tanks."),
    ("de", "Die 155-mm Haubitzen und HIMARS M142 sind eingetroffen."),
    ("uk", "Гаубиці калібру 155-мм і 152 мм, Су-25 збито."),
    ("ru", "Гаубицы калибра 152 мм, Т-72 уничтожены."),
    ("en", "Some 20% of troops are reservists."),
    ("de", "Am 8.9.2022 meldete die Armee Erfolge."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_QUANTITIES)
def test_look_alikes_are_no_quantities(lang: str, text: str) -> None:
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "name", "value", "bound"),
    [
        # the figure after a time stamp still counts
        ("de", "+++ 14.30 Uhr +++ Rund 200 Soldaten setzen über den Oskil.", "troops", 200, "approx"),
        ("uk", "16:40 Понад 300 окупантів відійшли від Ізюма.", "troops", 300, "min"),
        ("en", "16:40 Up to 2,000 troops crossed the river.", "troops", 2000, "max"),
        # "человек", "людей" are troops only next to a military word
        ("ru", "В гарнизоне оставалось около 300 человек.", "troops", 300, "approx"),
        ("ru", "До 2000 человек личного состава переброшены.", "troops", 2000, "max"),
        ("uk", "Угруповання чисельністю до 5 тисяч людей стоїть під Лиманом.", "troops", 5000, "max"),
        # ranges: the upper end, bound max (or the bound word before the lower end)
        ("de", "2.000 bis 3.000 Soldaten sind eingekesselt.", "troops", 3000, "max"),
        ("de", "Etwa 2.000 bis 3.000 Soldaten sind eingekesselt.", "troops", 3000, "approx"),
        ("en", "Between 2,000 to 3,000 troops were trapped.", "troops", 3000, "max"),
        ("uk", "Від 2-3 тисячі військових перекинули.", "troops", 3000, "max"),
        ("en", "The army advanced 10-15 km.", "distance_km", 15, "max"),
        # case endings after digits belong to the number, ordinals do not count
        ("ru", "2-й батальон: до 5-ти тысяч военных.", "troops", 5000, "max"),
        ("uk", "Понад 2-х тисяч військових.", "troops", 2000, "min"),
        ("en", "The 93rd Brigade sent 300 troops.", "troops", 300, "exact"),
        ("en", "Russia has lost 53,000 soldiers, Kyiv says.", "casualties", 53000, "exact"),
        ("de", "Die Russen haben 1000 Mann verloren.", "casualties", 1000, "exact"),
        ("ru", "Более 50 человек ранены.", "casualties", 50, "min"),
        ("uk", "25 окупантів знищено.", "casualties", 25, "exact"),
        # dead soldiers are casualties, not a troop count
        ("en", "12 soldiers were killed in the strike.", "casualties", 12, "exact"),
        ("de", "Bei Kupjansk kamen 12 Soldaten ums Leben.", "casualties", 12, "exact"),
        ("de", "Zwei Ukrainer starben.", "casualties", 2, "exact"),
        ("de", "3 Tote in Charkiw.", "casualties", 3, "exact"),
        ("uk", "За добу втрати ворога склали 400 осіб.", "casualties", 400, "exact"),
        # a distance stays a distance
        ("uk", "ЗСУ просунулися на 30 км від Балаклії.", "distance_km", 30, "exact"),
        ("ru", "Бои идут в 30 км от Изюма.", "distance_km", 30, "exact"),
    ],
)
def test_figures_next_to_look_alikes(lang: str, text: str, name: str, value: float, bound: str) -> None:
    found = find_quantities(text, lang)
    assert [m.name for m in found] == [name], found
    assert (found[0].quantity.value, found[0].quantity.bound) == (pytest.approx(value), bound)
    assert text[found[0].start : found[0].end] == found[0].text


def test_a_falling_pair_is_no_range() -> None:
    found = find_quantities("Bilanz 2022 – 300 Soldaten an der Front.", "de")
    assert [(m.name, m.quantity.value, m.quantity.bound) for m in found] == [("troops", 300, "exact")]


def test_arriving_soldiers_are_troops_not_casualties() -> None:
    # German "kamen" is a loss verb only with "ums Leben".
    found = find_quantities("Am 8.9.2022 kamen 300 Soldaten in Kupjansk an.", "de")
    assert [(m.name, m.quantity.value) for m in found] == [("troops", 300)]


def test_clock_times_are_not_numbers_but_decimals_are() -> None:
    assert [n.value for n in find_numbers("16:40 und 14.30 Uhr, dann 14 Uhr", "de")] == []
    assert [n.value for n in find_numbers("12.45 and 09.45", "en")] == [12.45]
    assert [n.value for n in find_numbers("12.500 Soldaten", "de")] == [12500]
    # A date is no clock time (its parts are left to the date check of find_quantities).
    assert [n.value for n in find_numbers("08.09.2022", "uk")] == [8, 9, 2022]


@pytest.mark.parametrize(
    ("lang", "text", "locates"),
    [
        ("en", "Fighting near Shevchenkove, about 25 km north-east of Balakliia.", True),
        ("en", "Soledar, about 15 kilometres to the north-east, is contested.", True),
        ("en", "Dudchany, some 30 kilometres upstream from Nova Kakhovka.", True),
        ("en", "Units pushed up to 50 kilometres into Russian-held territory.", False),
        ("en", "Troops advanced to within 15 km of the city.", False),
        ("de", "Der Ort liegt 12,5 km östlich der Stadt.", True),
        ("de", "Die Truppen stießen 20 Kilometer vor.", False),
        ("uk", "Бої за 25 км на північний схід від Балаклії.", True),
        ("uk", "ЗСУ просунулися на 30 км.", False),
        ("ru", "Бои в 25 км к северо-востоку от Балаклеи.", True),
        ("ru", "ВСУ продвинулись на 20 км.", False),
    ],
)
def test_distance_that_places_a_town_is_marked(lang: str, text: str, locates: bool) -> None:
    match = single(text, lang, "distance_km")
    assert match.locates is locates
