"""Recall probes, round 4 (second pass): event words and constructions one language knew and another
lacked, as general phenomena checked family-wise across languages.

1. Placed footage of a side's soldiers in a place is their advance there; not when it shows them
   raising a flag (a capture), surrendering or leaving.
2. A landing of troops (from boats, across a river) is an advance; a missile that lands is none.
3. Fire named by its weapon after the target ("attacked A with drones") or undergone by the place
   ("A came under drone attack") is a strike; a ground attack on positions stays fighting.
4. Holding a defence line or buildings, and being under occupation with an adjective between, are
   holdings in every tense.
5. Returning under a side's control is a change of control (present tense too); people returning
   to a place is none.
6. Pushing the enemy back from a place is an advance of the side that pushes, not of the pushed.
7. Forces moved to a sector (passive) are a reinforcement; civilians moved are none.
8. A pocket named with an adjective or in quotes ("в «огненном мешке»") is an encirclement.
9. Drones hunting people ("drones hunted civilians", "Jagd auf", "полюють на", "охотятся на") are a
   strike; crews hunting drones are none, and drones hunting cars on a road stay a supply-line claim.
10. An order to leave for people qualified after the noun ("families with children") is an evacuation.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import claim_keys, extract_checked, settlement

Probe = tuple[str, str, list[tuple[str, str | None, str]], tuple[str, str, str | None, str]]

# --- 1. footage of a side's soldiers ------------------------------------------------------------

FOOTAGE_ADVANCES: list[Probe] = [
    (
        "en",
        "A clip geolocated to the main square of Hrakove shows Ukrainian soldiers handing out bread.",
        [settlement("Hrakove", 501)],
        ("advance", "gn:501", "UA", "asserted"),
    ),
    (
        "en",
        "Drone video geolocated near the school in Tavilzhanka shows Russian infantry behind a wall.",
        [settlement("Tavilzhanka", 502)],
        ("advance", "gn:502", "RU", "asserted"),
    ),
    (
        "ru",
        "Ролик, геолоцированный волонтёрами, показывает российских штурмовиков «Ахмата» у моста в Кременной.",
        [settlement("Кременной", 503)],
        ("advance", "gn:503", "RU", "asserted"),
    ),
    (
        "de",
        "Ein geolokalisiertes Video zeigt ukrainische Soldaten vor der Kirche von Hrakowe.",
        [settlement("Hrakowe", 504)],
        ("advance", "gn:504", "UA", "asserted"),
    ),
    (
        "uk",
        "Відео, геолоковане волонтерами, показує українських бійців біля школи в Граковому.",
        [settlement("Граковому", 505)],
        ("advance", "gn:505", "UA", "asserted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), FOOTAGE_ADVANCES)
def test_placed_footage_of_soldiers_is_their_advance(
    lang: str,
    text: str,
    places: list[tuple[str, str | None, str]],
    expected: tuple[str, str, str | None, str],
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert expected in keys
    # The picture itself stays a claim of its own.
    assert any(k[0] == "media_geolocated" and k[1] == expected[1] for k in keys)


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # Raising a flag is a claim of control, not also an advance.
        (
            "en",
            "Footage geolocated to Hrakove shows Ukrainian soldiers hoisting the national flag "
            "on the school.",
            [settlement("Hrakove", 511)],
        ),
        (
            "de",
            "Ein geolokalisiertes Video aus Hrakowe zeigt ukrainische Soldaten beim Hissen einer Flagge.",
            [settlement("Hrakowe", 512)],
        ),
        # Soldiers shown leaving or surrendering do not advance.
        (
            "en",
            "A video geolocated to Tavilzhanka shows Russian soldiers leaving the village on foot.",
            [settlement("Tavilzhanka", 513)],
        ),
        (
            "en",
            "Footage geolocated to Tavilzhanka shows Russian soldiers surrendering to a Ukrainian drone.",
            [settlement("Tavilzhanka", 514)],
        ),
    ],
)
def test_footage_of_a_flag_a_surrender_or_a_departure_is_no_advance(
    lang: str, text: str, places: list[tuple[str, str | None, str]]
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert any(k[0] == "media_geolocated" for k in keys)
    assert not any(k[0] == "advance" for k in keys)


# --- 2. landings ----------------------------------------------------------------------------------

LANDINGS: list[Probe] = [
    (
        "en",
        "Ukrainian marines landed near Korsunka before dawn.",
        [settlement("Korsunka", 521)],
        ("advance", "gn:521", "UA", "asserted"),
    ),
    (
        "en",
        "Russian commanders keep landing small groups of paratroopers outside Korsunka.",
        [settlement("Korsunka", 522)],
        ("advance", "gn:522", "RU", "asserted"),
    ),
    (
        "de",
        "Bei Korsunka landeten in der Nacht erneut ukrainische Marineinfanteristen.",
        [settlement("Korsunka", 523)],
        ("advance", "gn:523", "UA", "asserted"),
    ),
    (
        "uk",
        "Українські десантники висадилися на березі біля Корсунки.",
        [settlement("Корсунки", 524)],
        ("advance", "gn:524", "UA", "asserted"),
    ),
    (
        "ru",
        "Украинские морпехи высадились на острове у Корсунки.",
        [settlement("Корсунки", 525)],
        ("advance", "gn:525", "UA", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("en", "A rocket landed near Korsunka on Friday.", [settlement("Korsunka", 531)]),
        ("de", "Eine Rakete landete bei Korsunka in einem Hof.", [settlement("Korsunka", 532)]),
        # "висадили в повітря" is blowing up, not landing.
        ("uk", "Окупанти висадили в повітря міст біля Корсунки.", [settlement("Корсунки", 533)]),
    ],
)
def test_a_landing_without_a_force_is_no_advance(
    lang: str, text: str, places: list[tuple[str, str | None, str]]
) -> None:
    assert not any(k[0] == "advance" for k in claim_keys(extract_checked(text, lang, places)))


# --- 3. fire named by its weapon, or undergone by a place ----------------------------------------

STRIKES: list[Probe] = [
    (
        "ru",
        "Ночью Россия атаковала Сумы ударными дронами.",
        [settlement("Сумы", 541)],
        ("strike", "gn:541", "RU", "asserted"),
    ),
    (
        "ru",
        "Утром Никополь подвергся массированному обстрелу.",
        [settlement("Никополь", 542)],
        ("strike", "gn:542", None, "asserted"),
    ),
    (
        "ru",
        "Днём Херсон подвергался ударам дронов.",
        [settlement("Херсон", 543)],
        ("strike", "gn:543", None, "asserted"),
    ),
    (
        "uk",
        "Дрони у Нікополі вразили адмінбудівлю.",
        [settlement("Нікополі", 544)],
        ("strike", "gn:544", None, "asserted"),
    ),
]


def test_a_ground_attack_on_positions_stays_fighting() -> None:
    text = "Российские войска атаковали позиции ВСУ у Работино."
    keys = claim_keys(extract_checked(text, "ru", [settlement("Работино", 545)]))
    assert any(k[0] == "fighting" for k in keys)
    assert not any(k[0] == "strike" for k in keys)


# --- 4. holdings ------------------------------------------------------------------------------------

HOLDINGS: list[Probe] = [
    (
        "de",
        "Die ukrainischen Verbände hielten die Frontlinie bei Wowtschansk.",
        [settlement("Wowtschansk", 551)],
        ("control_held", "gn:551", "UA", "asserted"),
    ),
    (
        "de",
        "Russische Einheiten hielten noch mehrere Häuser im Norden von Wowtschansk.",
        [settlement("Wowtschansk", 552)],
        ("control_held", "gn:552", "RU", "asserted"),
    ),
    (
        "uk",
        "Мелітополь перебуває під російською окупацією з лютого.",
        [settlement("Мелітополь", 553)],
        ("control_held", "gn:553", "RU", "asserted"),
    ),
]


def test_holding_a_speech_is_no_holding() -> None:
    text = "Die Bürgermeister hielten am Montag eine Rede in Wowtschansk."
    keys = claim_keys(extract_checked(text, "de", [settlement("Wowtschansk", 554)]))
    assert not any(k[0] == "control_held" for k in keys)


# --- 5. returning under control ---------------------------------------------------------------------

RETURNS: list[Probe] = [
    (
        "en",
        "Snihurivka returns to Ukrainian control after eight months.",
        [settlement("Snihurivka", 561)],
        ("control_change", "gn:561", "UA", "asserted"),
    ),
    (
        "de",
        "Snihuriwka kehrt nach acht Monaten unter ukrainische Kontrolle zurück.",
        [settlement("Snihuriwka", 562)],
        ("control_change", "gn:562", "UA", "asserted"),
    ),
    (
        "uk",
        "Снігурівка повертається під контроль України.",
        [settlement("Снігурівка", 563)],
        ("control_change", "gn:563", "UA", "asserted"),
    ),
    (
        "de",
        "Das Ministerium meldete, Snihuriwka sei unter die Kontrolle russischer Einheiten gebracht worden.",
        [settlement("Snihuriwka", 564)],
        ("control_change", "gn:564", "RU", "asserted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), RETURNS)
def test_returning_under_a_sides_control_is_a_change(
    lang: str,
    text: str,
    places: list[tuple[str, str | None, str]],
    expected: tuple[str, str, str | None, str],
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert expected in keys
    assert not any(k[0] == "control_held" and k[1] == expected[1] for k in keys)


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "de",
            "Viele Bewohner kehren jedes Wochenende nach Snihuriwka zurück.",
            [settlement("Snihuriwka", 565)],
        ),
        ("en", "Many residents return to Snihurivka every weekend.", [settlement("Snihurivka", 566)]),
    ],
)
def test_no_change_of_control_without_a_side_taking_it(
    lang: str, text: str, places: list[tuple[str, str | None, str]]
) -> None:
    assert not any(k[0] == "control_change" for k in claim_keys(extract_checked(text, lang, places)))


# --- 6. pushing the enemy back ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        ("Подразделения ВСУ отодвинули российские войска от Работино на три километра.", "Работино", "UA"),
        ("Российские штурмовики отбросили украинские части от Работино.", "Работино", "RU"),
    ],
)
def test_pushing_back_is_an_advance_of_the_side_that_pushes(text: str, place: str, side: str) -> None:
    keys = claim_keys(extract_checked(text, "ru", [settlement(place, 571)]))
    assert ("advance", "gn:571", side, "asserted") in keys
    assert not any(k[0] == "advance" and k[2] not in (side, None) for k in keys)


# --- 7. forces moved to a sector --------------------------------------------------------------------


def test_forces_moved_to_a_sector_are_a_reinforcement() -> None:
    text = "Two more Russian battalions have been moved up to Robotyne."
    keys = claim_keys(extract_checked(text, "en", [settlement("Robotyne", 581)]))
    assert ("reinforcement", "gn:581", "RU", "asserted") in keys
    # the same move to "the Robotyne sector" has no place (gold/README.md, round-10 audit rule 3)
    text = "Two more Russian battalions have been moved up to the Robotyne sector."
    keys = claim_keys(extract_checked(text, "en", [settlement("Robotyne", 581)]))
    assert ("reinforcement", None, "RU", "asserted") in keys


def test_civilians_moved_are_no_reinforcement() -> None:
    text = "Elderly residents were moved to Robotyne by volunteers."
    keys = claim_keys(extract_checked(text, "en", [settlement("Robotyne", 582)]))
    assert not any(k[0] == "reinforcement" for k in keys)


# --- 8. a pocket with an adjective ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "Гарнизон Работино, по словам блогеров, оказался в «огненном мешке».", "Работино"),
        ("ru", "Украинская группировка у Работино попала в настоящий котёл.", "Работино"),
    ],
)
def test_a_pocket_named_with_an_adjective_is_an_encirclement(lang: str, text: str, place: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(place, 591)]))
    assert any(k[0] == "encirclement" and k[1] == "gn:591" for k in keys)


def test_a_sack_of_flour_is_no_pocket() -> None:
    text = "Волонтёры привезли в Работино мешок муки."
    keys = claim_keys(extract_checked(text, "ru", [settlement("Работино", 592)]))
    assert not any(k[0] == "encirclement" for k in keys)


# --- 9. drones hunting people -----------------------------------------------------------------------

DRONE_HUNTS: list[Probe] = [
    (
        "en",
        "Russian quadcopters chased pedestrians on the bridge road in Antonivka all afternoon.",
        [settlement("Antonivka", 601)],
        ("strike", "gn:601", "RU", "asserted"),
    ),
    (
        "de",
        "Russische FPV-Drohnen machen in Antoniwka Jagd auf Radfahrer.",
        [settlement("Antoniwka", 602)],
        ("strike", "gn:602", "RU", "asserted"),
    ),
    (
        "uk",
        "Російські дрони полюють на людей на вулицях Антонівки.",
        [settlement("Антонівки", 603)],
        ("strike", "gn:603", "RU", "asserted"),
    ),
    (
        "ru",
        "В Антоновке российские беспилотники охотятся на прохожих.",
        [settlement("Антоновке", 604)],
        ("strike", "gn:604", "RU", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "uk",
            "Російські дрони полюють на кожну машину на трасі з Антонівки.",
            [settlement("Антонівки", 613)],
        ),
        (
            "en",
            "Ukrainian mobile teams hunted Russian drones near Antonivka.",
            [settlement("Antonivka", 611)],
        ),
        ("de", "In Antoniwka machen mobile Gruppen Jagd auf Drohnen.", [settlement("Antoniwka", 612)]),
    ],
)
def test_hunted_drones_or_hunted_cars_are_no_strike(
    lang: str, text: str, places: list[tuple[str, str | None, str]]
) -> None:
    assert not any(k[0] == "strike" for k in claim_keys(extract_checked(text, lang, places)))


# --- 10. an order to leave for qualified people -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "The regional governor ordered families with young children to leave Myrnohrad.", "Myrnohrad"),
        (
            "en",
            "Police told residents of the riverside streets to leave Myrnohrad by nightfall.",
            "Myrnohrad",
        ),
        ("de", "Die Behörden forderten Familien mit Kindern auf, Myrnohrad zu verlassen.", "Myrnohrad"),
        ("uk", "Влада закликала родини з дітьми виїхати з Мирнограда.", "Мирнограда"),
    ],
)
def test_an_order_to_leave_for_qualified_people_is_an_evacuation(lang: str, text: str, place: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(place, 621)]))
    assert any(k[0] == "evacuation" and k[1] == "gn:621" for k in keys)


def test_troops_ordered_to_leave_are_no_evacuation() -> None:
    text = "The command ordered the battalions in Myrnohrad to leave their positions."
    keys = claim_keys(extract_checked(text, "en", [settlement("Myrnohrad", 622)]))
    assert not any(k[0] == "evacuation" for k in keys)


# One check for the phrase families whose probes each expect one claim key (the lists above).
EXPECTED_CLAIMS = [
    pytest.param(*case, id=f"{family}-{number}-{case[0]}")
    for family, cases in (
        ("landing", LANDINGS),
        ("strike-by-weapon", STRIKES),
        ("holding", HOLDINGS),
        ("drone-hunt", DRONE_HUNTS),
    )
    for number, case in enumerate(cases)
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), EXPECTED_CLAIMS)
def test_the_phrase_gives_its_claim(
    lang: str,
    text: str,
    places: list[tuple[str, str | None, str]],
    expected: tuple[str, str, str | None, str],
) -> None:
    assert expected in claim_keys(extract_checked(text, lang, places))
