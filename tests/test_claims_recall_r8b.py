"""Recall probes, round 8 (second wave): classes of claims the extractor missed, each varied across
words and languages, with probes where the rule must not fire.

1. An accusation carries the act it is about: "accused Russia of shelling A", "warf Russland vor, ...
   hätten Bomben abgeworfen", "blamed Ukrainian saboteurs for the explosion", "назвал взрыв терактом,
   который задумали украинские спецслужбы". The act is a strike (or demolition) whose side is the
   accused, not the accuser (``clauses._accused_acts``; claims.yaml key ``blame``). An act told before
   the blame with a side of its own, or an act after another act, keeps its own side.
2. A verb of hitting whose weapons are listed before "по" and the places hit ("бив з артилерії,
   мінометів, дронів по А, Б та В", "бил из артиллерии, минометов по А и Б") is one strike per place:
   the comma list of weapons does not cut the places off from the verb. Lower-case words after "по"
   ("по позиціях") are no places.
3. Occupiers who "rule" a place ("у селищі господарювали російські військові", "оккупанты хозяйничают
   в А") hold it: a holding of the side named; other people "running" a place ("студенти") are none.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, PlaceSpec, extracted_keys, settlement

_keys = extracted_keys


# --- 1. the accused act ---------------------------------------------------------------------------

ACCUSATIONS: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    # the accused between the words of blaming and the act (the accuser after its verb in German)
    (
        "Am Montag warf die russische Armee der Ukraine vor, Drohnen hätten Bomben über dem Dorf "
        "Tjotkino abgeworfen.",
        "de",
        [],
        ("strike", None, "UA", "asserted"),
    ),
    (
        "Die Regionalverwaltung machte russische Saboteure für die Explosion in der Raffinerie "
        "verantwortlich.",
        "de",
        [],
        ("strike", None, "RU", "asserted"),
    ),
    # the act told first, the accused after the words of blaming
    (
        "Der Gouverneur nannte die Explosion einen Terroranschlag und machte russische Agenten dafür "
        "verantwortlich.",
        "de",
        [],
        ("strike", None, "RU", "asserted"),
    ),
    (
        "Moscow blamed Ukrainian saboteurs for the explosion at the fuel depot.",
        "en",
        [],
        ("strike", None, "UA", "asserted"),
    ),
    (
        "The governor accused Russian forces of the attack on the market in Kostiantynivka.",
        "en",
        [settlement("Kostiantynivka", 31)],
        ("strike", "gn:31", "RU", "asserted"),
    ),
    (
        "Следственный комитет обвинил украинских диверсантов во взрыве на железной дороге.",
        "ru",
        [],
        ("strike", None, "UA", "asserted"),
    ),
    (
        "Губернатор назвал взрыв терактом, за которым, по его словам, стоят украинские спецслужбы.",
        "ru",
        [],
        ("strike", None, "UA", "asserted"),
    ),
    (
        "Обласна адміністрація звинуватила російських військових у нападі на колону біля Куп'янська.",
        "uk",
        [settlement("Куп'янська", 41)],
        ("strike", "gn:41", "RU", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "places", "expected"), ACCUSATIONS)
def test_accused_side_is_the_actor_of_the_act(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    keys = _keys(text, lang, places)
    assert expected in keys
    other = (expected[0], expected[1], "UA" if expected[2] == "RU" else "RU", expected[3])
    assert other not in keys  # the accuser did not strike


def test_act_with_its_own_side_before_the_blame_keeps_it() -> None:
    # The first act is told with its own subject; only the second is the one blamed.
    text = (
        "Der Sprecher erklärte, die russischen Truppen hätten keine Ziele in Kramatorsk angegriffen, "
        "und warf der ukrainischen Armee vor, den Bahnhof selbst beschossen zu haben."
    )
    keys = _keys(text, "de", [settlement("Kramatorsk", 51)])
    assert ("strike", "gn:51", "UA", "negated") not in keys


def test_act_after_another_act_is_not_the_blamed_one() -> None:
    text = "Kyiv blamed Russia for the strike on Odesa, and Ukrainian drones later hit a depot in Donetsk."
    keys = _keys(text, "en", [settlement("Odesa", 61), settlement("Donetsk", 62)])
    assert ("strike", "gn:61", "RU", "asserted") in keys
    assert ("strike", "gn:62", "UA", "asserted") in keys


def test_blame_without_an_act_is_no_strike() -> None:
    for text, lang in [
        ("Moscow blamed the West for the high prices of grain.", "en"),
        ("Москва обвинила Украину в срыве переговоров.", "ru"),
        ("Kyjiw warf Moskau vor, die Gespräche zu blockieren.", "de"),
    ]:
        assert not any(key[0] == "strike" for key in _keys(text, lang, [])), text


# --- 2. weapons listed between the verb of hitting and the places ------------------------------------

HIT_LISTS: list[tuple[str, str, list[PlaceSpec], str]] = [
    (
        "Окупанти били з мінометів, гаубиць, РСЗВ і дронів по Липцях, Вовчанську та Стариці.",
        "uk",
        [settlement("Липцях", 71), settlement("Вовчанську", 72), settlement("Стариці", 73)],
        "RU",
    ),
    (
        "Ворог гатив керованими авіабомбами, ракетами, дронами по Гуляйполю і Оріхову.",
        "uk",
        [settlement("Гуляйполю", 74), settlement("Оріхову", 75)],
        "RU",
    ),
    (
        "Российская армия била из артиллерии, минометов, дронов по Херсону и Берислав.",
        "ru",
        [settlement("Херсону", 76), settlement("Берислав", 77)],
        "RU",
    ),
]


@pytest.mark.parametrize(("text", "lang", "places", "side"), HIT_LISTS)
def test_weapons_listed_before_the_places_hit(
    text: str, lang: str, places: list[PlaceSpec], side: str
) -> None:
    keys = _keys(text, lang, places)
    for _, place_id, _ in places:
        assert ("strike", place_id, side, "asserted") in keys


def test_lower_case_object_after_po_is_no_place_list() -> None:
    # "по позиціях" names no place: the places of the sentence are where the guns stand.
    text = "Ворог бив з артилерії, мінометів по позиціях наших військ, каже речник."
    assert not any(key[1] is not None for key in _keys(text, "uk", []))


# --- 3. occupiers ruling a place -----------------------------------------------------------------------

RULED_BY_OCCUPIERS: list[tuple[str, str, list[PlaceSpec]]] = [
    ("У Бучі тоді господарювали російські військові.", "uk", [settlement("Бучі", 81)]),
    ("Окупанти господарюють у Скадовську вже третій рік.", "uk", [settlement("Скадовську", 82)]),
    ("В Изюме полгода хозяйничали российские военные.", "ru", [settlement("Изюме", 83)]),
    ("Оккупанты хозяйничают в Энергодаре как у себя дома.", "ru", [settlement("Энергодаре", 84)]),
]


@pytest.mark.parametrize(("text", "lang", "places"), RULED_BY_OCCUPIERS)
def test_occupiers_ruling_a_place_hold_it(text: str, lang: str, places: list[PlaceSpec]) -> None:
    assert ("control_held", places[0][1], "RU", "asserted") in _keys(text, lang, places)


def test_others_running_a_place_hold_nothing() -> None:
    for text, lang, places in [
        ("У Бучі господарювали волонтери, поки не повернулася влада.", "uk", [settlement("Бучі", 85)]),
        ("В Изюме хозяйничали студенты из театральной студии.", "ru", [settlement("Изюме", 86)]),
    ]:
        assert not any(key[0] == "control_held" for key in _keys(text, lang, places)), text
