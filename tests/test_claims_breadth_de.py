"""Breadth probes for the German claim vocabulary: wordings outside the ones the rules were written on.

Each probe is a sentence written for this file (not taken from the gold set or the breadth set) in a
wording family that the lexicon did not know before the breadth round: "in russische Hand geraten",
headline "X gefallen –", "in der Hand der ukrainischen Armee", a force that "hält" a named place,
"an Boden gewonnen" / "Boden gutgemacht", "die Front verschoben", "zurückgedrängt" (passive),
"um X wird gerungen", "mit Granaten eingedeckt", "Salve", "Feuerschläge", "ins Hinterland gebracht",
"Räumung von X", "abtransportiert", "Pseudowahlen", "verorten", "Aufnahmeort bestimmt",
"Umklammerung", "Untergrundbewegung". The negative probes are non-war uses of the same words.

Place mentions are built by hand (the places stage has its own tests); ids are arbitrary.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, PlaceSpec, claim_keys, extract_from, settlement

SYNKIWKA = settlement("Synkiwka", 301)
KURACHOWE = settlement("Kurachowe", 302)
KRYNKY = settlement("Krynky", 303)
TOREZK = settlement("Torezk", 304)
OTSCHERETYNE = settlement("Otscheretyne", 305)
ROBOTYNE = settlement("Robotyne", 306)
KRASNOHORIWKA = settlement("Krasnohoriwka", 307)
SELYDOWE = settlement("Selydowe", 308)
KUPJANSK = settlement("Kupjansk", 309)
WOWTSCHANSK = settlement("Wowtschansk", 310)
CHARKIW = settlement("Charkiw", 311)
MELITOPOL = settlement("Melitopol", 312)
BERDJANSK = settlement("Berdjansk", 313)
POKROWSK = settlement("Pokrowsk", 314)
MARJINKA = settlement("Marjinka", 315)
TOKMAK = settlement("Tokmak", 316)
WUHLEDAR = settlement("Wuhledar", 317)
AWDIJIWKA = settlement("Awdijiwka", 318)
ODESSA = settlement("Odessa", 319)
SAPORISCHSCHJA = settlement("Saporischschja", 320)
DNIPRO = settlement("Dnipro", 321)
TSCHERNIHIW = settlement("Tschernihiw", 322)
NOWOMYCHAJLIWKA = settlement("Nowomychajliwka", 323)
KREMINNA = settlement("Kreminna", 324)
NIKOPOL = settlement("Nikopol", 325)
SWATOWE = settlement("Swatowe", 326)
LWIW = settlement("Lwiw", 327)
KYJIW = settlement("Kyjiw", 328)


def _id(place: PlaceSpec) -> str | None:
    return place[1]


# (sentence, its places, a claim key the sentence must yield)
POSITIVE: list[tuple[str, list[PlaceSpec], ClaimKey]] = [
    # control_change: the singular "Hand" with "geraten"; a headline with the bare participle
    (
        "Die Ortschaft Synkiwka ist in russische Hand geraten, räumte ein Sprecher ein.",
        [SYNKIWKA],
        ("control_change", _id(SYNKIWKA), "RU", "asserted"),
    ),
    (
        "Kurachowe gefallen – die Armee bestätigt es am Abend",
        [KURACHOWE],
        ("control_change", _id(KURACHOWE), None, "asserted"),
    ),
    # control_held: a force as subject of "halten" with a named place; "in der Hand der ... Armee"
    (
        "Ukrainische Marineinfanteristen halten Krynky trotz schwerer Verluste.",
        [KRYNKY],
        ("control_held", _id(KRYNKY), "UA", "asserted"),
    ),
    (
        "Die Stadt Torezk ist weiterhin in der Hand der ukrainischen Armee.",
        [TOREZK],
        ("control_held", _id(TOREZK), "UA", "asserted"),
    ),
    # advance: ground gained, the front moved
    (
        "Russische Sturmtrupps haben bei Otscheretyne weiter an Boden gewonnen.",
        [OTSCHERETYNE],
        ("advance", _id(OTSCHERETYNE), "RU", "asserted"),
    ),
    (
        "Bei Robotyne machten die ukrainischen Einheiten mehrere hundert Meter Boden gut.",
        [ROBOTYNE],
        ("advance", _id(ROBOTYNE), "UA", "asserted"),
    ),
    (
        "Die russische Armee hat die Front bei Krasnohoriwka um zwei Kilometer verschoben.",
        [KRASNOHORIWKA],
        ("advance", _id(KRASNOHORIWKA), "RU", "asserted"),
    ),
    # withdrawal: the pushed-back side, in the passive
    (
        "Die ukrainischen Einheiten wurden aus Selydowe zurückgedrängt.",
        [SELYDOWE],
        ("withdrawal", _id(SELYDOWE), "UA", "asserted"),
    ),
    # fighting: "ringen um"
    (
        "Um den Bahnhof von Kupjansk wird seit Tagen erbittert gerungen.",
        [KUPJANSK],
        ("fighting", _id(KUPJANSK), None, "asserted"),
    ),
    # strike: "eindecken", salvoes coming down, fire strikes
    (
        "Russische Haubitzen deckten Wowtschansk die ganze Nacht mit Granaten ein.",
        [WOWTSCHANSK],
        ("strike", _id(WOWTSCHANSK), "RU", "asserted"),
    ),
    (
        "Eine Raketensalve ging über Charkiw nieder, melden die Behörden.",
        [CHARKIW],
        ("strike", _id(CHARKIW), None, "asserted"),
    ),
    (
        "Über Nacht gab es mehrere Feuerschläge auf Melitopol.",
        [MELITOPOL],
        ("strike", _id(MELITOPOL), None, "asserted"),
    ),
    # evacuation: civilians brought to the rear, a "Räumung" of a town, "abtransportiert"
    (
        "Die Besatzungsbehörden brachten Hunderte Einwohner aus Berdjansk ins Hinterland.",
        [BERDJANSK],
        ("evacuation", _id(BERDJANSK), "RU", "asserted"),
    ),
    (
        "Die Behörden haben mit der Räumung von Pokrowsk begonnen.",
        [POKROWSK],
        ("evacuation", _id(POKROWSK), None, "asserted"),
    ),
    (
        "Aus Marjinka wurden die letzten Familien abtransportiert.",
        [MARJINKA],
        ("evacuation", _id(MARJINKA), None, "asserted"),
    ),
    # political: votes run by the occupiers
    (
        "In Tokmak haben die Besatzer Pseudowahlen organisiert.",
        [TOKMAK],
        ("political", _id(TOKMAK), "RU", "asserted"),
    ),
    # media_geolocated: "verorten", a place of recording determined
    (
        "Analysten konnten das Video eindeutig in Torezk verorten; es zeigt russische Infanterie.",
        [TOREZK],
        ("media_geolocated", _id(TOREZK), "RU", "asserted"),
    ),
    (
        "Ein Foto, dessen Aufnahmeort Rechercheure in Wuhledar bestimmten, zeigt ukrainische Soldaten.",
        [WUHLEDAR],
        ("media_geolocated", _id(WUHLEDAR), "UA", "asserted"),
    ),
    # encirclement: "Umklammerung"
    (
        "Die Umklammerung um Awdijiwka wird immer enger.",
        [AWDIJIWKA],
        ("encirclement", _id(AWDIJIWKA), None, "asserted"),
    ),
    # advance: "bis ins ... gelangt", a breakthrough told with the separable "durch"
    (
        "Einzelne russische Trupps sind bis ins Ortszentrum von Nowomychajliwka gelangt.",
        [NOWOMYCHAJLIWKA],
        ("advance", _id(NOWOMYCHAJLIWKA), "RU", "asserted"),
    ),
    (
        "Bei Robotyne brachen ukrainische Panzer durch.",
        [ROBOTYNE],
        ("advance", _id(ROBOTYNE), "UA", "asserted"),
    ),
    # withdrawal: "abgerückt"
    (
        "Die russischen Verbände sind in der Nacht aus Kreminna abgerückt.",
        [KREMINNA],
        ("withdrawal", _id(KREMINNA), "RU", "asserted"),
    ),
    # strike: a town lying under fire
    (
        "Nikopol geriet am Morgen erneut unter schweres Feuer.",
        [NIKOPOL],
        ("strike", _id(NIKOPOL), None, "asserted"),
    ),
    # reinforcement: forces brought into position
    (
        "Bei Swatowe haben die Russen zusätzliche Haubitzen in Stellung gebracht.",
        [SWATOWE],
        ("reinforcement", _id(SWATOWE), "RU", "asserted"),
    ),
    # partisan_attack: an underground movement
    (
        "Eine Untergrundbewegung in Melitopol hat einen Güterzug entgleisen lassen.",
        [MELITOPOL],
        ("partisan_attack", _id(MELITOPOL), "UA", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "places", "expected"), POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_breadth_wording_yields_the_claim(text: str, places: list[PlaceSpec], expected: ClaimKey) -> None:
    assert expected in claim_keys(extract_from(text, "de", places, "Testblatt"))


# (sentence, its places, an event type the sentence must NOT yield)
NEGATIVE: list[tuple[str, list[PlaceSpec], str]] = [
    (
        "Die Sängerin eroberte mit ihrem Lied die Herzen des Publikums in Charkiw.",
        [CHARKIW],
        "control_change",
    ),
    ("Die Exporte aus Odessa rücken wieder auf das Vorkriegsniveau vor.", [ODESSA], "advance"),
    (
        "Die Bürgermeisterin von Saporischschja kämpft um Fördermittel für neue Busse.",
        [SAPORISCHSCHJA],
        "fighting",
    ),
    ("Im Jahr 1941 wurde Charkiw von der Wehrmacht erobert.", [CHARKIW], "control_change"),
    ("In Dnipro protestieren Rentner gegen die höheren Gaspreise.", [DNIPRO], "civilian_reaction"),
    ("Der Verein aus Lwiw konnte sich in der Tabelle deutlich absetzen.", [LWIW], "withdrawal"),
    # a work about a battle tells of it, it does not report it
    ("Ein Film über die Schlacht um Awdijiwka läuft jetzt in Kyjiw im Kino.", [AWDIJIWKA, KYJIW], "fighting"),
    # guards on the breadth cues: a party in the polls, stocking up, a way to peace
    ("Laut Umfragen gewinnt die Partei in Odessa an Boden.", [ODESSA], "advance"),
    ("Das Hotel in Lwiw hat sich mit Vorräten für den Winter eingedeckt.", [LWIW], "strike"),
    ("Der Weg zu einem Kompromiss bleibt für Kyjiw blockiert, sagte die Ministerin.", [KYJIW], "supply_line"),
    (
        "Ein Museum in Tschernihiw zeigt, wie die Stadt im 13. Jahrhundert belagert und erobert wurde.",
        [TSCHERNIHIW],
        "control_change",
    ),
]


@pytest.mark.parametrize(("text", "places", "event_type"), NEGATIVE, ids=[n[0][:40] for n in NEGATIVE])
def test_non_war_use_yields_no_claim_of_that_type(
    text: str, places: list[PlaceSpec], event_type: str
) -> None:
    types = {key[0] for key in claim_keys(extract_from(text, "de", places, "Testblatt"))}
    assert event_type not in types
