"""German capture and holding vocabulary of round 11 (third wave). The sentences are written for
these tests; places get made-up ids.

- The preterite "besetzten"/"besetzte" as a finite verb is a capture, with the force as subject
  before it or, in the inverted order, after it ("Das Dorf besetzten russische Soldaten"); the
  attribute "die von russischen Truppen besetzten Gebiete" stays a holding and "in den besetzten
  Dörfern" no capture. "Russland besetzte ..." at a clause start is Russia's own act.
- A holder named after "Kontrolle" as a force or a country ("stehe vollständig unter Kontrolle der
  Verteidigungskräfte") is a holding, in the indicative and Konjunktiv I, with "befinden sich".
- A fire or blaze "brought under control" is no capture (``tamed_not_capture``); checking
  documents and a team that has a match under control are no claims.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement

TOWN = "gn:1"


def keys(text: str, names: list[str]) -> set[ClaimKey]:
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    return claim_keys(extract_checked(text, "de", places))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukrainische Kräfte besetzten in der Nacht Sarichne.", "UA"),
        ("Russische Soldaten besetzten am frühen Morgen Sarichne, berichten Anwohner.", "RU"),
        ("Sarichne besetzten russische Einheiten schon am zweiten Kriegstag.", "RU"),
        ("Das Dorf Sarichne besetzten ukrainische Sturmgruppen nach kurzem Gefecht.", "UA"),
        ("Am Mittwoch besetzten russische Truppen Sarichne.", "RU"),
        ("Russland besetzte im Herbst Sarichne.", "RU"),
    ],
)
def test_preterite_occupation_is_a_capture(text: str, side: str) -> None:
    assert ("control_change", TOWN, side, "asserted") in keys(text, ["Sarichne"])


@pytest.mark.parametrize(
    "text",
    [
        "Die von russischen Truppen besetzten Gebiete um Sarichne sind ohne Strom.",
        "In den besetzten Dörfern bei Sarichne gibt es seit Tagen kein Wasser.",
        "Das von russischen Truppen besetzte Kraftwerk bei Sarichne ist ohne Kühlwasser.",
    ],
)
def test_occupied_attribute_is_no_capture(text: str) -> None:
    assert not {k for k in keys(text, ["Sarichne"]) if k[0] == "control_change"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Sarichne stehe vollständig unter Kontrolle der Verteidigungskräfte, hieß es.", "UA"),
        ("Sarichne befinde sich unter russischer Kontrolle, sagte der Gouverneur.", "RU"),
        ("Sarichne steht inzwischen fest unter Kontrolle der russischen Armee.", "RU"),
        ("Laut dem Stab befindet sich Sarichne unter der Kontrolle der ukrainischen Truppen.", "UA"),
    ],
)
def test_held_under_control_of_a_holder(text: str, side: str) -> None:
    assert ("control_held", TOWN, side, "asserted") in keys(text, ["Sarichne"])


@pytest.mark.parametrize(
    "text",
    [
        "Die Feuerwehr brachte den Brand in einer Lagerhalle in Sarichne am Abend unter Kontrolle.",
        "Das Feuer in Sarichne wurde nach sechs Stunden unter Kontrolle gebracht.",
        "Bei der Kontrolle der Papiere in Sarichne fand die Polizei gefälschte Pässe.",
        "Die Gastgeber aus Sarichne hatten das Spiel jederzeit unter Kontrolle.",
    ],
)
def test_control_outside_the_war_is_no_claim(text: str) -> None:
    assert not {k for k in keys(text, ["Sarichne"]) if k[0] in {"control_change", "control_held"}}


def test_taking_under_own_control_stays_a_change() -> None:
    text = "Die ukrainische Armee brachte Sarichne am Montag unter ihre Kontrolle."
    assert ("control_change", TOWN, "UA", "asserted") in keys(text, ["Sarichne"])
