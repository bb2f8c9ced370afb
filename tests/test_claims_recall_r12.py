"""Recall probes, round 12: wording families the extractor did not lift at all, each varied across
languages, with probes where the rule must not fire.

1. The resistance named as the actor ("силы сопротивления подорвали", "сили опору", "Kämpfer des
   Widerstands", "the local resistance set fire to") is a ``partisan_attack``; offering resistance is not.
2. A ring told as closing with the noun first ("кольцо вокруг A сжимается", "the ring around A is
   tightening") is an ``encirclement`` (uk already had both orders).
3. A force fighting its way in, uk finite forms ("пробиваються в A", as ru "пробиваются"), is an
   ``advance``; breaking out of a pocket is not.
4. A holding: "під контролем наших сил / військ" (as ru "под контролем наших сил"), and the attributive
   participle with its occupier before a place name ("в оккупированном A", "в занятом российскими
   войсками A", "в окупованому російськими військами A"); not "оккупированные территории", not fire
   control by drones.
5. People carried across a river or out of their town by an authority ("перевезла мешканців",
   "brachten Bewohner auf das linke Ufer", "moved residents of A to the left bank") are an ``evacuation``.
6. Approach roads and supply routes held under fire ("nimmt die Anfahrtswege nach A unter Feuer",
   "держит подъездные пути к A под огнём", "шляхи постачання до A під обстрілом") are a ``supply_line``.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, PlaceSpec, extracted_keys, settlement

# --- 1. the resistance as the actor ------------------------------------------------------------------

RESISTANCE: list[tuple[str, str, list[PlaceSpec]]] = [
    ("Силы сопротивления сожгли грузовик с боеприпасами в Токмаке.", "ru", [settlement("Токмаке", 51)]),
    ("Сили опору підпалили вантажівку з боєприпасами в Токмаку.", "uk", [settlement("Токмаку", 52)]),
    (
        "Kämpfer des ukrainischen Widerstands sprengten in Tokmak einen Munitionslaster.",
        "de",
        [settlement("Tokmak", 53)],
    ),
    (
        "The local resistance blew up an ammunition truck in Tokmak overnight.",
        "en",
        [settlement("Tokmak", 54)],
    ),
    ("Resistance cells derailed a fuel train near Tokmak.", "en", [settlement("Tokmak", 55)]),
]


@pytest.mark.parametrize(("text", "lang", "places"), RESISTANCE)
def test_the_resistance_as_actor_is_a_partisan_attack(text: str, lang: str, places: list[PlaceSpec]) -> None:
    place = places[0][1]
    assert ("partisan_attack", place, "UA", "asserted") in extracted_keys(text, lang, places)


OFFERING_RESISTANCE: list[tuple[str, str, list[PlaceSpec]]] = [
    ("The attackers met fierce resistance at Tokmak.", "en", [settlement("Tokmak", 56)]),
    ("Die Verteidiger von Tokmak leisteten zähen Widerstand.", "de", [settlement("Tokmak", 57)]),
    ("Гарнизон Токмака оказывает упорное сопротивление.", "ru", [settlement("Токмака", 58)]),
]


@pytest.mark.parametrize(("text", "lang", "places"), OFFERING_RESISTANCE)
def test_offering_resistance_is_no_partisan_attack(text: str, lang: str, places: list[PlaceSpec]) -> None:
    assert not any(key[0] == "partisan_attack" for key in extracted_keys(text, lang, places))


# --- 2. a ring closing, the noun first ---------------------------------------------------------------

RINGS: list[tuple[str, str, list[PlaceSpec]]] = [
    ("Кольцо вокруг Торского постепенно сжимается.", "ru", [settlement("Торского", 61)]),
    ("Петля вокруг Торского затягивается с каждым днём.", "ru", [settlement("Торского", 62)]),
    ("The ring around Torske keeps narrowing.", "en", [settlement("Torske", 63)]),
    ("The pincers around Torske are closing.", "en", [settlement("Torske", 64)]),
]


@pytest.mark.parametrize(("text", "lang", "places"), RINGS)
def test_a_ring_told_as_closing_is_an_encirclement(text: str, lang: str, places: list[PlaceSpec]) -> None:
    place = places[0][1]
    assert any(key[:2] == ("encirclement", place) for key in extracted_keys(text, lang, places))


# --- 3. fighting one's way in (uk) -------------------------------------------------------------------


def test_fighting_ones_way_in_is_an_advance_uk() -> None:
    keys = extracted_keys(
        "Російські штурмовики пробиваються до центру Торського.", "uk", [settlement("Торського", 71)]
    )
    assert ("advance", "gn:71", "RU", "asserted") in keys


def test_breaking_out_of_a_pocket_is_no_advance_uk() -> None:
    keys = extracted_keys("Група пробилася з оточення біля Торського.", "uk", [settlement("Торського", 72)])
    assert not any(key[0] == "advance" for key in keys)


# --- 4. holdings ---------------------------------------------------------------------------------------

HOLDINGS: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "Селище Торське досі під контролем наших військ.",
        "uk",
        [settlement("Торське", 81)],
        ("control_held", "gn:81", "UA", "asserted"),
    ),
    (
        "В оккупированном Мелитополе снова перебои со связью.",
        "ru",
        [settlement("Мелитополе", 82)],
        ("control_held", "gn:82", "RU", "asserted"),
    ),
    (
        "В занятом российскими войсками Мелитополе снова перебои со связью.",
        "ru",
        [settlement("Мелитополе", 83)],
        ("control_held", "gn:83", "RU", "asserted"),
    ),
    (
        "В окупованому російськими військами Мелітополі знову перебої зі зв'язком.",
        "uk",
        [settlement("Мелітополі", 84)],
        ("control_held", "gn:84", "RU", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "places", "expected"), HOLDINGS)
def test_holdings_by_our_forces_and_by_the_occupier(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in extracted_keys(text, lang, places)


NOT_HOLDINGS: list[tuple[str, str, list[PlaceSpec]]] = [
    ("Траса на Торське вже тиждень під контролем наших дронів.", "uk", [settlement("Торське", 85)]),
    ("Беженцы с оккупированных территорий прибывают в Запорожье.", "ru", [settlement("Запорожье", 86)]),
]


@pytest.mark.parametrize(("text", "lang", "places"), NOT_HOLDINGS)
def test_no_holding_from_drone_control_or_occupied_territories(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    assert not any(key[0] == "control_held" for key in extracted_keys(text, lang, places))


# --- 5. evacuations by an authority ----------------------------------------------------------------------

EVACUATIONS: list[tuple[str, str, list[PlaceSpec]]] = [
    (
        "Окупаційна адміністрація вивезла й перевезла сотні мешканців Олешок углиб регіону.",
        "uk",
        [settlement("Олешок", 91)],
    ),
    ("Міська влада забрала останніх мешканців Торського автобусами.", "uk", [settlement("Торського", 92)]),
    (
        "Оккупационная администрация перевезла сотни жителей Алёшек вглубь региона.",
        "ru",
        [settlement("Алёшек", 93)],
    ),
    (
        "Die Behörden brachten Hunderte Bewohner aus Oleschky ans andere Ufer.",
        "de",
        [settlement("Oleschky", 94)],
    ),
    (
        "The occupation administration moved hundreds of residents of Oleshky to the left bank.",
        "en",
        [settlement("Oleshky", 95)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "places"), EVACUATIONS)
def test_people_moved_by_an_authority_are_an_evacuation(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    assert any(key[0] == "evacuation" for key in extracted_keys(text, lang, places))


# --- 6. approach roads under fire ------------------------------------------------------------------------

SUPPLY: list[tuple[str, str, list[PlaceSpec]]] = [
    (
        "Die russische Artillerie hält die Zufahrtswege nach Torske unter Beschuss.",
        "de",
        [settlement("Torske", 101)],
    ),
    ("Украинские дроны держат под огнём пути подвоза к Торскому.", "ru", [settlement("Торскому", 102)]),
    ("Шляхи постачання до Торського під постійним обстрілом.", "uk", [settlement("Торського", 103)]),
]


@pytest.mark.parametrize(("text", "lang", "places"), SUPPLY)
def test_approach_roads_under_fire_are_a_supply_line(text: str, lang: str, places: list[PlaceSpec]) -> None:
    place = places[0][1]
    assert any(key[:2] == ("supply_line", place) for key in extracted_keys(text, lang, places))
