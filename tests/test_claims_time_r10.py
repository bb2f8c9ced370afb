"""Time and figures of a claim, round 10: which casualty figure a sentence carries, persons counted
without a figure, ages, munitions, bounds, and the times of a night, a dawn and a weekend.

Each group names a phenomenon in general terms and probes it with sentences written for this file, in
the four languages where it is not language-specific, with negative probes where the rule must not
fire (docs/annotation.md, Quantities and Time; gold/README.md: the number killed when both killed and
wounded are given).
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import PlaceSpec, claims_at, extract_from, settlement
from frontwatch.claims.quantities import find_quantities
from frontwatch.claims.timeexpr import resolve_times
from frontwatch.model import Claim

TUE = date(2025, 3, 11)  # a Tuesday: the publication date of the time probes
MON = date(2025, 3, 10)
SAT = date(2025, 3, 8)
SUN = date(2025, 3, 9)

PLACES: list[PlaceSpec] = [
    ("Ternivka", "gn:961", "settlement"),
    ("Terniwka", "gn:961", "settlement"),
    ("Тернівку", "gn:961", "settlement"),
    ("Тернівці", "gn:961", "settlement"),
    ("Терновку", "gn:961", "settlement"),
    ("Терновке", "gn:961", "settlement"),
    ("Sloboda", "gn:962", "settlement"),
    ("Слободу", "gn:962", "settlement"),
]


def figures(text: str, lang: str) -> list[tuple[str, float, str]]:
    return [(m.name, m.quantity.value, m.quantity.bound) for m in find_quantities(text, lang)]


def casualties(text: str, lang: str) -> list[float]:
    return [m.quantity.value for m in find_quantities(text, lang) if m.name == "casualties"]


# 1. A sentence that gives the dead and the wounded carries the number killed; the wounded alone stay.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The shelling of the market killed 9 people and injured 40 others, police said.", [9.0]),
        (
            "en",
            "Twelve residents were wounded and three people were killed when the bomb hit the block.",
            [3.0],
        ),
        ("de", "Vier Menschen kamen ums Leben, mehr als 15 wurden verletzt.", [4.0]),
        ("ru", "В результате удара погибли пять человек, ещё 31 человек ранен.", [5.0]),
        ("uk", "Унаслідок удару загинули троє людей, ще 14 поранені.", [3.0]),
        # negative: the wounded alone are the figure
        ("en", "More than 30 people were injured in the attack.", [30.0]),
        ("de", "Nach Angaben der Behörden wurden 22 Menschen verletzt.", [22.0]),
        ("uk", "Поранення дістали 17 мешканців міста.", [17.0]),
    ],
)
def test_deaths_win_over_injuries(lang: str, text: str, expected: list[float]) -> None:
    assert casualties(text, lang) == expected


# 2. A casualty told only by the persons it names counts them: one for a singular, the number before a
#    plural, the sum over a list; a plural without a number, or "nobody was hurt", counts nothing.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A 64-year-old man was injured when a drone hit his car.", [1.0]),
        ("en", "The blast killed a pensioner and a teenage boy.", [2.0]),
        (
            "en",
            "Overnight glide bombs hit the village, killing a farmer, his two sons and a neighbour.",
            [4.0],
        ),
        ("de", "In der Nacht wurde in Cherson eine 70-jährige Frau verletzt.", [1.0]),
        ("de", "Ein Fahrer und eine Passantin wurden bei dem Einschlag verwundet.", [2.0]),
        ("ru", "При обстреле ранен водитель автобуса.", [1.0]),
        ("ru", "Погибла пенсионерка, двое соседей получили ранения.", [1.0]),
        ("uk", "Уранці дрон атакував авто, поранено 45-річну жінку та її сина.", [2.0]),
        ("uk", "Поранено трьох працівників підприємства.", [3.0]),
        ("uk", "Троє рятувальників, які гасили пожежу, дістали травми.", [3.0]),
        # negative probes
        ("en", "Children were among the wounded, the mayor said.", []),
        ("en", "No one was injured, a local man told reporters.", []),
        ("de", "Eine Frau und ihr Sohn wurden aus dem Dorf gebracht.", []),
        ("ru", "Никто не пострадал, сообщил мужчина, живущий рядом.", []),
        ("uk", "Жінку з дитиною евакуювали до Харкова.", []),
    ],
)
def test_persons_named_are_counted(lang: str, text: str, expected: list[float]) -> None:
    assert casualties(text, lang) == expected


# 3. An age counts no one and is no troop figure.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A 19-year-old soldier said the unit had held the line."),
        ("de", "Ein 18-jähriger Soldat berichtete von den Kämpfen."),
        ("ru", "25-летний военный рассказал о боях."),
        ("uk", "30-річний військовий розповів про бої."),
    ],
)
def test_ages_are_no_figures(lang: str, text: str) -> None:
    assert figures(text, lang) == []


# 4. Drones and missiles launched or shot down are munitions, not `equipment`; destroyed vehicles and
#    aircraft are.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russia launched 220 attack drones and 12 missiles overnight.", []),
        ("de", "Die Luftabwehr schoss in der Nacht 74 Drohnen ab.", []),
        ("ru", "Силы ПВО сбили 58 беспилотников над областью.", []),
        ("uk", "Протягом ночі ворог запустив 96 ударних дронів і БпЛА.", []),
        # negative: vehicles and aircraft are equipment
        ("en", "The strike destroyed three tanks near the village.", [("equipment", 3.0, "exact")]),
        ("ru", "Уничтожены четыре самолёта на стоянке.", [("equipment", 4.0, "exact")]),
    ],
)
def test_munitions_are_no_equipment(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [f for f in figures(text, lang) if f[0] == "equipment"] == expected


# 5. Bounds: a limit before a rounding word is the limit; a postfix bound that opens the next figure is
#    that figure's; a preposition may stand between a rounding word and the figure.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "No more than about 40 soldiers remain in the village.", [("troops", 40.0, "max")]),
        ("de", "Bis zu etwa 300 Soldaten sollen dort stehen.", [("troops", 300.0, "max")]),
        (
            "ru",
            "Войска заняли 12 населённых пунктов и более 300 квадратных километров.",
            [("settlements", 12.0, "exact"), ("area_km2", 300.0, "min")],
        ),
        (
            "en",
            "Troops have liberated 8 villages and more than 90 square kilometres.",
            [("settlements", 8.0, "exact"), ("area_km2", 90.0, "min")],
        ),
        ("uk", "Підрозділи просунулися приблизно на 4 кілометри.", [("distance_km", 4.0, "approx")]),
        ("ru", "Штурмовики продвинулись примерно на 2 километра.", [("distance_km", 2.0, "approx")]),
        # negative: a postfix that ends its figure stays
        ("en", "They retook 15 villages or more last week.", [("settlements", 15.0, "min")]),
    ],
)
def test_bounds(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text, lang) == expected


# 6. A death toll told with a long description of the attack before "has risen to".
def test_long_death_toll_phrase() -> None:
    text = (
        "The death toll from Tuesday's missile attack on a crowded shopping street in the centre of the "
        "southern port city has risen to 14, officials said."
    )
    assert casualties(text, "en") == [14.0]


# 7. Ages written in words are no counts either: "a seven-year-old boy" is one person.
def test_age_in_words() -> None:
    assert casualties("A drone strike on the yard killed a nine-year-old girl.", "en") == [1.0]


# 8. A distance that says how far a place lies from a border or further along a line, or how wide a front
#    is, is no depth of an advance; the depth of an advance stays.
@pytest.mark.parametrize(
    ("lang", "text", "locates"),
    [
        ("en", "The depot lies some 40 km further west along the railway.", True),
        ("en", "Sumy, barely 25 kilometres from the Russian border, was shelled again.", True),
        ("en", "The breach is about 6 km wide.", True),
        ("de", "Die Stellung liegt rund acht Kilometer weiter nördlich.", True),
        ("de", "Der Vorstoß war etwa vier Kilometer tief und sieben Kilometer in der Breite.", True),
        ("ru", "Село находится в 12 км от границы.", True),
        ("uk", "Село розташоване за 9 км від кордону.", True),
        # negative: depths of an advance
        ("en", "The brigade pushed about 6 km into the enemy's defences.", False),
        ("de", "Die Einheiten drangen etwa vier Kilometer tief vor.", False),
        ("uk", "Підрозділи просунулися на 3 кілометри.", False),
    ],
)
def test_distances_that_locate(lang: str, text: str, locates: bool) -> None:
    distances = [m for m in find_quantities(text, lang) if m.name == "distance_km"]
    assert distances
    assert distances[-1].locates is locates


def test_within_about_is_approximate() -> None:
    assert figures("Russian units are now within about 7 km of the town.", "en") == [
        ("distance_km", 7.0, "approx")
    ]


def spans(text: str, lang: str, published: date = TUE) -> list[tuple[date, date]]:
    return [(m.when.start, m.when.end) for m in resolve_times(text, published, lang)]


# 9. A whole night told as the time of what happened is last night: "за ніч", "всю ночь", "through the
#    night", "die ganze Nacht über". A night named with its date keeps the date.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "За ніч ворог випустив по громаді понад сорок снарядів.", [(MON, TUE)]),
        ("uk", "Усю ніч окупанти гатили по місту.", [(MON, TUE)]),
        ("ru", "За минувшую ночь противник выпустил по району около тридцати снарядов.", [(MON, TUE)]),
        ("ru", "Всю ночь город обстреливали из артиллерии.", [(MON, TUE)]),
        ("en", "Artillery pounded the suburbs through the night.", [(MON, TUE)]),
        ("en", "Drones circled over the port all night.", [(MON, TUE)]),
        ("de", "Die ganze Nacht über schlugen Granaten in der Stadt ein.", [(MON, TUE)]),
        # negative: a night with its date
        ("ru", "В течение ночи на 2 марта город обстреливали.", [(date(2025, 3, 1), date(2025, 3, 2))]),
    ],
)
def test_whole_night(lang: str, text: str, expected: list[tuple[date, date]]) -> None:
    assert spans(text, lang) == expected


# 10. Dawn, daybreak and the rush hour are parts of the day told before, else of the day of publication.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The first explosions were heard shortly after dawn."),
        ("en", "A missile hit a bus stop during the morning rush hour."),
        ("de", "Im Morgengrauen schlugen die ersten Raketen ein."),
        ("ru", "На рассвете по окраинам ударили ракетами."),
        ("uk", "На світанку ворог атакував околиці міста."),
    ],
)
def test_dawn_is_the_day(lang: str, text: str) -> None:
    assert spans(text, lang) == [(TUE, TUE)]


def test_dawn_counts_from_the_day_told_before() -> None:
    assert spans("On Saturday the shelling began at dawn.", "en") == [(SAT, SAT), (SAT, SAT)]


# 11. "За вихідні" / "за выходные": the last weekend; "за вихідні позиції" are starting positions.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "За вихідні з громади вивезли понад сто людей.", [(SAT, SUN)]),
        ("ru", "За выходные из посёлка вывезли около восьмидесяти человек.", [(SAT, SUN)]),
        ("uk", "Ворог відійшов за вихідні позиції.", []),
    ],
)
def test_weekend_span(lang: str, text: str, expected: list[tuple[date, date]]) -> None:
    assert spans(text, lang) == expected


# 12. An attack named by "yesterday's" is yesterday's, also with adjectives between ("вчорашнього
#     масованого ракетного удару"); a plural is general.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Після вчорашнього масованого ракетного удару місто залишилося без води.", [(MON, MON)]),
        ("ru", "После вчерашнего массированного ракетного удара в городе нет света.", [(MON, MON)]),
        ("uk", "Вчорашні удари зруйнували кілька будинків.", []),
    ],
)
def test_yesterdays_attack(lang: str, text: str, expected: list[tuple[date, date]]) -> None:
    assert spans(text, lang) == expected


# 13. A line that tells no claim (rescuers "worked all night") is no happening a later paragraph's "the
#     same day" counts from: the strike told before it is.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "У неділю вранці ворог ударив ракетою по Тернівці. Рятувальники працювали на місці всю ніч.\n"
            "Того ж дня росіяни обстріляли Слободу.",
        ),
        (
            "en",
            "On Sunday morning a Russian missile hit Ternivka. Rescue teams worked at the site all night.\n"
            "The same day Russian artillery shelled Sloboda.",
        ),
    ],
)
def test_no_claim_line_anchors_nothing(lang: str, text: str) -> None:
    strikes: list[Claim] = claims_at(text, lang, PLACES, "strike", "gn:962", TUE)
    assert all(c.when is not None and (c.when.start, c.when.end) == (SUN, SUN) for c in strikes)


# 14. How long a picture has been going round ("shared since Monday") dates its spread, not what it
#     shows; a "since" that dates the happening itself stays.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "A video shared by several channels since Monday is said to show a missile strike on Ternivka.",
            None,
        ),
        ("en", "Russian artillery has shelled Ternivka since Monday.", (MON, TUE)),
        ("de", "Russische Artillerie beschießt Terniwka seit Montag.", (MON, TUE)),
    ],
)
def test_since_of_a_shared_picture(lang: str, text: str, expected: tuple[date, date] | None) -> None:
    strikes = claims_at(text, lang, PLACES, "strike", "gn:961", TUE)
    assert [(c.when.start, c.when.end) if c.when else None for c in strikes] == [expected] * len(strikes)


# 15. Two adjectives joined by "and" stand between a number and its noun like one: "2,000 Ukrainian and
#     foreign fighters"; a second number after the "and" is a figure of its own.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "About 3,000 Russian and Chechen fighters are massed near the town.",
            [("troops", 3000.0, "approx")],
        ),
        (
            "de",
            "Rund 400 russische und belarussische Soldaten stehen an der Grenze.",
            [("troops", 400.0, "approx")],
        ),
        ("ru", "У границы стоят около 900 российских и белорусских военных.", [("troops", 900.0, "approx")]),
        (
            "uk",
            "Біля кордону перебувають до 700 російських і білоруських військових.",
            [("troops", 700.0, "max")],
        ),
        # negative: no joined adjectives, two figures
        (
            "en",
            "About 3,000 troops and 40 tanks are massed near the town.",
            [("troops", 3000.0, "approx"), ("equipment", 40.0, "approx")],
        ),
    ],
)
def test_joined_adjectives(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text, lang) == expected


# --- a distance belongs to the movement, not to every claim of its sentence -------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ukrainian troops advanced 12 kilometres toward Tokmak while Russian artillery shelled Orikhiv.",
        ),
        (
            "de",
            "Ukrainische Truppen rückten zwölf Kilometer auf Tokmak vor, während russische Artillerie "
            "Orichiw beschoss.",
        ),
    ],
)
def test_a_distance_goes_only_to_the_movement(lang: str, text: str) -> None:
    places = [settlement("Tokmak", 1), settlement("Orikhiv" if lang == "en" else "Orichiw", 2)]
    claims = extract_from(text, lang, places, "Testblatt")
    with_distance = {claim.event_type for claim in claims if "distance_km" in claim.quantities}
    assert "advance" in with_distance, [(c.event_type, c.quantities) for c in claims]
    assert "strike" in {claim.event_type for claim in claims}
    assert with_distance <= {"advance", "withdrawal"}, [(c.event_type, c.quantities) for c in claims]
