"""Probes for the round-5 place and side rules (claims/sides.py, claims/placing.py, claims/speakers.py).

- a call to leave in the first person is the speaker's evacuation, also when the call is the trigger's
  own words; a first person before a colon only introduces what follows;
- a subject set off from its verb by a short insert ("Україна, ймовірно, втратила контроль") is still
  the one that lost the place;
- an opening quote between "in" and the pocket word does not hide the encircled force;
- in a patient encirclement the side acting in the condition closes the ring;
- a country that is part of a speaker's name is no place; a capital inside a region's name is no party;
- a side adjective on a strike noun after a preposition ("від ворожих обстрілів") names who fired;
- a surname alone after a verb of saying is the person named in full before;
- a party's name that is also a region ("прапор ЛНР") is not the place a flag is raised over.

The sentences are written for these tests, in several languages, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, extract_checked, oblast, place_side_keys, settlement

Keys = set[tuple[str, str | None, str | None]]


def keys_from(text: str, lang: str, places: list[PlaceSpec], source: str) -> Keys:
    return {
        (c.event_type, c.place.place_id if c.place else None, c.actor_side)
        for c in extract_checked(text, lang, places, source)
    }


# --- a first-person call to leave is the speaker's evacuation


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Закликаю мешканців Ізюма виїхати в безпечніші місця.", "Ізюма"),
        ("ru", "Призываю жителей Изюма выехать в безопасные места.", "Изюма"),
    ],
)
def test_first_person_call_is_the_speakers_evacuation(lang: str, text: str, surface: str) -> None:
    found = keys_from(text, lang, [settlement(surface, 5)], "Олег Синєгубов")
    assert ("evacuation", "gn:5", "UA") in found


def test_first_person_before_a_colon_only_introduces_uk() -> None:
    text = "Нагадую: з прифронтових сіл Ізюмського району триває примусова евакуація."
    found = keys_from(text, "uk", [oblast("Ізюмського району", "UA-63")], "Олег Синєгубов")
    assert ("evacuation", "iso:UA-63", None) in found
    assert ("evacuation", "iso:UA-63", "UA") not in found


# --- a subject set off by an insert still lost the place


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "uk",
            "Розвідка вважає, що Україна, ймовірно, втратила контроль над усією Луганщиною.",
            "Луганщиною",
        ),
        (
            "ru",
            "Аналитики считают, что Украина, вероятно, потеряла контроль над Луганской областью.",
            "Луганской областью",
        ),
    ],
)
def test_loss_with_an_insert_goes_to_the_other_side(lang: str, text: str, surface: str) -> None:
    found = place_side_keys(text, lang, [oblast(surface, "UA-09")])
    assert ("control_change", "iso:UA-09", "RU") in found
    assert ("control_change", "iso:UA-09", "UA") not in found


def test_loss_without_insert_unchanged_uk() -> None:
    found = place_side_keys("Окупанти втратили контроль над Ізюмом.", "uk", [settlement("Ізюмом", 5)])
    assert ("control_change", "gn:5", "UA") in found


# --- a quoted pocket word


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Українські підрозділи в Покровську нібито потрапили в «котел».", "Покровську"),
        ("ru", "Украинские подразделения в Покровске попали в «котёл».", "Покровске"),
        ("en", "Ukrainian units in Pokrovsk have ended up in a 'cauldron'.", "Pokrovsk"),
    ],
)
def test_quoted_pocket_names_the_encircled(lang: str, text: str, surface: str) -> None:
    found = place_side_keys(text, lang, [settlement(surface, 5)])
    assert ("encirclement", "gn:5", "RU") in found
    assert ("encirclement", "gn:5", "UA") not in found


def test_unquoted_pocket_still_names_the_encircled_en() -> None:
    found = place_side_keys(
        "Ukrainian units in Pokrovsk are in a cauldron.", "en", [settlement("Pokrovsk", 5)]
    )
    assert ("encirclement", "gn:5", "RU") in found


# --- the side acting in the condition closes the ring


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "ru",
            "Если возьмём дорогу через Райгородок под огневой контроль, гарнизон Лимана окажется в котле.",
            [settlement("Лимана", 5), settlement("Райгородок", 6)],
        ),
        ("uk", "Якщо росіяни переріжуть трасу, Лиман опиниться в оточенні.", [settlement("Лиман", 5)]),
        (
            "en",
            "If Russian troops cut the last road, the Ukrainian garrison in Lyman could end up in a pocket.",
            [settlement("Lyman", 5)],
        ),
    ],
)
def test_condition_actor_closes_the_ring(lang: str, text: str, places: list[PlaceSpec]) -> None:
    found = keys_from(text, lang, places, "Рыбарь")
    assert ("encirclement", "gn:5", "RU") in found
    assert ("encirclement", "gn:5", "UA") not in found


# --- a country in a speaker's name, a capital in a region's name


def test_country_of_a_speaker_is_no_place_en() -> None:
    text = (
        "Russian warships fired missiles at Odesa. Two missiles hit infrastructure in the port, "
        "Ukraine's Southern Command said."
    )
    found = place_side_keys(text, "en", [settlement("Odesa", 5), ("Ukraine", "iso:UA", "country")])
    assert not any(place == "iso:UA" for _, place, _ in found)


def test_country_hit_before_the_speaker_stays_a_place_en() -> None:
    text = "Russian missiles hit energy facilities across Ukraine overnight, Ukraine's air force said."
    found = place_side_keys(text, "en", [("Ukraine", "iso:UA", "country")])
    assert ("strike", "iso:UA", "RU") in found


def test_capital_in_a_region_name_is_no_party_de() -> None:
    text = (
        "Das russische Verteidigungsministerium nannte die Truppenbewegungen im Gebiet Kiew "
        "eine Umgruppierung."
    )
    found = place_side_keys(text, "de", [oblast("Gebiet Kiew", "UA-32")])
    assert ("withdrawal", "iso:UA-32", "RU") in found
    assert ("withdrawal", "iso:UA-32", "UA") not in found


def test_capital_alone_still_speaks_de() -> None:
    found = place_side_keys("Kiew meldet die Befreiung von Isjum.", "de", [settlement("Isjum", 5)])
    assert ("control_change", "gn:5", "UA") in found


# --- a side adjective on the strike noun after a preposition


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Загалом від ворожих обстрілів сьогодні в Херсоні загинули двоє людей.", "Херсоні"),
        ("ru", "От российских обстрелов в Херсоне погибли двое.", "Херсоне"),
    ],
)
def test_side_adjective_on_strike_noun_fires(lang: str, text: str, surface: str) -> None:
    found = keys_from(text, lang, [settlement(surface, 5)], "Херсонська ОВА")
    assert ("strike", "gn:5", "RU") in found


def test_side_after_target_preposition_is_hit_uk() -> None:
    found = place_side_keys(
        "ЗСУ завдали ударів по ворожих позиціях біля Херсона.", "uk", [settlement("Херсона", 5)]
    )
    assert ("strike", "gn:5", "UA") in found


# --- a surname alone is the speaker named in full before


def test_surname_after_attribution_is_the_speaker_ru() -> None:
    text = (
        "Представитель Сил обороны юга Украины Владислав Волошин заявил, что ВСУ удерживают позиции в "
        "Гуляйполе. По словам Волошина, противник также обстреливает сёла у Гуляйполя."
    )
    claims = extract_checked(text, "ru", [settlement("Гуляйполе", 5), settlement("Гуляйполя", 5)], "Линия")
    strikes = [c for c in claims if c.event_type == "strike"]
    assert strikes
    assert all(c.actor_side == "RU" and c.source.side == "UA" for c in strikes)


# --- a party's flag is not a place


@pytest.mark.parametrize(
    ("lang", "text", "town", "party", "code"),
    [
        (
            "ru",
            "Утром над зданием горсовета Северодонецка подняли флаг ЛНР.",
            "Северодонецка",
            "ЛНР",
            "UA-09",
        ),
        (
            "uk",
            "Над будівлею міськради Сєвєродонецька окупанти підняли прапор ЛНР.",
            "Сєвєродонецька",
            "ЛНР",
            "UA-09",
        ),
    ],
)
def test_flag_of_a_party_is_not_the_place(lang: str, text: str, town: str, party: str, code: str) -> None:
    found = place_side_keys(text, lang, [settlement(town, 5), oblast(party, code)])
    assert ("control_change", "gn:5", "RU") in found
    assert ("control_change", f"iso:{code}", "RU") not in found


def test_party_region_alone_stays_the_place_ru() -> None:
    found = place_side_keys(
        "В ДНР и ЛНР начались референдумы.", "ru", [oblast("ДНР", "UA-14"), oblast("ЛНР", "UA-09")]
    )
    assert ("political", "iso:UA-14", "RU") in found
    assert ("political", "iso:UA-09", "RU") in found


# --- "the district" refers to the raion named before; "the region" keeps a clause from borrowing


def raion(name: str) -> PlaceSpec:
    return (name, "raion:UA-63:kupiansk", "raion")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "uk",
            "Куп'янський район під обстрілами. Нагадую: із прифронтових сіл району триває евакуація дітей.",
            "Куп'янський район",
        ),
        (
            "ru",
            "Обстановка в Купянском районе тяжёлая. Из прифронтовых сёл района продолжается эвакуация.",
            "Купянском районе",
        ),
        (
            "en",
            "The Kupiansk district is under fire. Evacuation of children from villages across the "
            "district continues.",
            "Kupiansk district",
        ),
        (
            "de",
            "Im Kreis Kupjansk ist die Lage schwierig. Aus allen Dörfern des Kreises werden Kinder "
            "evakuiert.",
            "Kreis Kupjansk",
        ),
    ],
)
def test_district_refers_to_the_raion_named_before(lang: str, text: str, surface: str) -> None:
    found = place_side_keys(text, lang, [raion(surface)])
    assert ("evacuation", "raion:UA-63:kupiansk", None) in found


def test_area_of_a_village_is_no_raion_anaphor_ru() -> None:
    text = "Обстановка в Купянском районе тяжёлая. В районе Синьковки идут бои."
    found = place_side_keys(text, "ru", [raion("Купянском районе"), settlement("Синьковки", 7)])
    assert ("fighting", "gn:7", None) in found
    assert ("fighting", "raion:UA-63:kupiansk", None) not in found


def test_region_word_keeps_a_clause_from_borrowing_a_town_de() -> None:
    text = (
        "Der Gouverneur des Gebiets Tschernihiw sagte, russische Truppen zögen aus der Umgebung der "
        "Stadt Tschernihiw ab, Luftangriffe auf das Gebiet seien aber weiterhin möglich."
    )
    found = place_side_keys(
        text, "de", [oblast("Gebiets Tschernihiw", "UA-74"), settlement("Stadt Tschernihiw", 5)]
    )
    assert ("strike", "iso:UA-74", "RU") in found
    assert ("strike", "gn:5", "RU") not in found


def test_settlement_described_in_the_region_keeps_its_place_en() -> None:
    text = (
        "The Luhansk region saw heavy fighting this week. Ukrainian forces have fully retaken the village "
        "of Hrabove, the first settlement in the region to be recaptured."
    )
    found = place_side_keys(text, "en", [oblast("Luhansk region", "UA-09"), settlement("Hrabove", 2)])
    assert ("control_change", "gn:2", "UA") in found
    assert ("control_change", "iso:UA-09", "UA") not in found


# --- where fire comes from ("from positions near A") is no place, nor what "the town" refers to


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Окупанти б'ють з позицій поблизу Олешок, цілячись туди, де збираються люди.", "Олешок"),
        ("en", "Russian artillery fires from positions near Oleshky at the city.", "Oleshky"),
    ],
)
def test_origin_of_fire_through_a_position_is_no_place(lang: str, text: str, surface: str) -> None:
    found = place_side_keys(text, lang, [settlement(surface, 5)])
    assert ("strike", "gn:5", "RU") not in found
    assert ("strike", None, "RU") in found


def test_town_left_by_a_witness_is_still_the_town_uk() -> None:
    text = "Житель Сергій, який щойно виїхав із Вовчанська, розповідає, що росіяни обстрілюють місто."
    found = place_side_keys(text, "uk", [settlement("Вовчанська", 5)])
    assert ("strike", "gn:5", "RU") in found


def test_target_near_a_town_keeps_the_town_en() -> None:
    found = place_side_keys(
        "Russian artillery shelled villages near Oleshky.", "en", [settlement("Oleshky", 5)]
    )
    assert ("strike", "gn:5", "RU") in found


# --- a town's military administration evacuates its town; keeping a place in a pocket


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "uk",
            "Костянтинівка під щоденними ударами. Начальник міської військової адміністрації Сергій "
            "Горбунов закликає мешканців виїжджати, доки дорога ще відкрита.",
            "Костянтинівка",
        ),
        (
            "ru",
            "Константиновка под ежедневными ударами. Глава городской военной администрации призвал "
            "жителей выехать.",
            "Константиновка",
        ),
    ],
)
def test_town_military_administration_evacuates_its_town(lang: str, text: str, surface: str) -> None:
    found = place_side_keys(text, lang, [settlement(surface, 5)])
    assert ("evacuation", "gn:5", "UA") in found


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Весной российские войска больше месяца держали Чернигов в полуокружении.", "Чернигов"),
        ("uk", "Навесні російські війська понад місяць тримали Чернігів у напівоточенні.", "Чернігів"),
        (
            "en",
            "In spring Russian troops kept Chernihiv in a half-encirclement for over a month.",
            "Chernihiv",
        ),
    ],
)
def test_keeping_a_place_in_a_pocket_is_the_subjects_act(lang: str, text: str, surface: str) -> None:
    found = place_side_keys(text, lang, [settlement(surface, 5)])
    assert ("encirclement", "gn:5", "RU") in found
    assert ("encirclement", "gn:5", "UA") not in found


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Российские войска в Изюме оказались в полуокружении.", "Изюме"),
        ("en", "Russian troops in Chernihiv were held in a half-encirclement for a month.", "Chernihiv"),
    ],
)
def test_a_force_in_a_pocket_is_still_the_encircled(lang: str, text: str, surface: str) -> None:
    found = place_side_keys(text, lang, [settlement(surface, 5)])
    assert ("encirclement", "gn:5", "UA") in found


# --- fighting in a relative clause of place ("..., where fighting continues") has no side before it


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "en",
            "Ukrainian units still hold positions in the south of Vovchansk, where fighting continues.",
            "Vovchansk",
        ),
        (
            "de",
            "Ukrainische Einheiten halten den Süden von Wowtschansk, wo die Kämpfe andauern.",
            "Wowtschansk",
        ),
    ],
)
def test_fighting_in_a_where_clause_names_no_side(lang: str, text: str, surface: str) -> None:
    found = place_side_keys(text, lang, [settlement(surface, 5)])
    assert ("fighting", "gn:5", None) in found
    assert ("fighting", "gn:5", "UA") not in found


def test_where_clause_with_they_refers_back_en() -> None:
    text = "Ukrainian units hold the south of Vovchansk, where they repelled three assaults."
    found = place_side_keys(text, "en", [settlement("Vovchansk", 5)])
    assert ("fighting", "gn:5", "UA") in found


def test_capital_hit_in_a_list_stays_a_place_en() -> None:
    found = place_side_keys(
        "Russian missiles struck Kyiv and Kharkiv overnight.",
        "en",
        [("Kyiv", "gn:703448", "settlement"), settlement("Kharkiv", 2)],
    )
    assert ("strike", "gn:703448", "RU") in found
    assert ("strike", "gn:2", "RU") in found


# --- a speaker warns of the fall of its own place: the winner of a feared fall is the other side


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        (
            "Якщо Гуляйполе впаде, дороги опиняться під загрозою, попереджають українські військові.",
            "RU",
        ),
        ("Якщо Гуляйполе впаде, ситуація на фронті погіршиться, попереджають російські воєнкори.", "UA"),
    ],
)
def test_feared_fall_goes_to_the_other_side_uk(text: str, winner: str) -> None:
    found = place_side_keys(text, "uk", [settlement("Гуляйполе", 5)])
    assert ("control_change", "gn:5", winner) in found


def test_feared_fall_told_by_nobody_has_no_side_uk() -> None:
    found = place_side_keys(
        "Якщо Гуляйполе впаде, ситуація на фронті погіршиться.", "uk", [settlement("Гуляйполе", 5)]
    )
    assert ("control_change", "gn:5", None) in found


# -- "N km from X": X is the objective, not where the force stands -----------------------------
# The round-4 audit settled it (gold/README.md): `place` null, X in `places_to`.

DISTANCE_TO_OBJECTIVE = [
    ("en", "Russian forces have advanced to within six kilometres of Kostiantynivka.", "Kostiantynivka"),
    ("de", "Ukrainische Einheiten stehen inzwischen vier Kilometer vor Tokmak.", "Tokmak"),
    ("uk", "Штурмові групи ворога вже за два кілометри від Костянтинівки.", "Костянтинівки"),
    ("ru", "Наши подразделения находятся в трёх километрах от Орехова.", "Орехова"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), DISTANCE_TO_OBJECTIVE)
def test_distance_from_a_town_makes_it_the_objective(lang: str, text: str, surface: str) -> None:
    claims = [c for c in extract_checked(text, lang, [settlement(surface, 41)]) if c.event_type == "advance"]
    assert claims, text
    assert all(c.place is None for c in claims)
    assert [p.place_id for p in claims[0].places_to] == ["gn:41"]


def test_a_town_in_the_same_sentence_without_distance_stays_the_place() -> None:
    claims = extract_checked(
        "Russian assault groups advanced near Kostiantynivka.", "en", [settlement("Kostiantynivka", 41)]
    )
    assert [c.place.place_id for c in claims if c.event_type == "advance" and c.place] == ["gn:41"]
