"""German grammar of round 12 (R5). The sentences are written for these tests; places get made-up ids.

- Separable verbs: a particle that closes the clause is joined to the finite stem
  (``german.separable_forms``), so "zögen sich ... zurück", "kämpft sich ... vor", "stiessen ... vor"
  answer to the cue lemmas "zurückziehen", "vorkämpfen", "vorstossen" in every tense and mood.
- "von den Besatzern befreit": the force a place is freed from is not the liberator (``freed_from``).
- Fire at a place: "schossen auf A", "auf A geschossen"; "A und B an der Straße zur Grenze lagen unter
  Artilleriefeuer" is a strike on the villages, not a supply line.
- The resultative "hielten ... das Dorf A besetzt" is a holding.
- The Konjunktiv I future "Russland werde A beschießen" is predicted.
- Swiss spelling: every "ß" of the lexicon also matches "ss" (``german.swiss_spelling``).
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement
from frontwatch.claims import german
from frontwatch.claims.lexicon import load_lexicon

TOWN = "gn:1"
OTHER = "gn:2"


def keys(text: str, names: list[str]) -> set[ClaimKey]:
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    return claim_keys(extract_checked(text, "de", places))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Der Generalstab erklärte, die russischen Truppen zögen sich aus Marjiwka zurück.",
            ("withdrawal", TOWN, "RU", "asserted"),
        ),
        (
            "Laut Gouverneur zöge sich die Besatzungsarmee schon seit Tagen aus Marjiwka zurück.",
            ("withdrawal", TOWN, "RU", "asserted"),
        ),
        (
            "Ukrainische Infanterie kämpft sich Straße für Straße in das Dorf Marjiwka vor.",
            ("advance", TOWN, "UA", "asserted"),
        ),
        (
            "Russische Panzerverbände stiessen am Montag bis an den Ortsrand von Marjiwka vor.",
            ("advance", TOWN, "RU", "asserted"),
        ),
        (
            "Ukrainische Sturmgruppen arbeiteten sich nachts an den Ortsrand von Marjiwka heran.",
            ("advance", TOWN, "UA", "asserted"),
        ),
    ],
)
def test_separable_verb_with_particle_at_clause_end(text: str, key: ClaimKey) -> None:
    assert key in keys(text, ["Marjiwka"])


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung lud Journalisten nach Marjiwka ein.",
        "Der Minister stellte in Marjiwka einen neuen Wiederaufbauplan vor.",
        "Viele Bewohner kehrten im Sommer nach Marjiwka zurück.",
        "Die Getreideexporte aus Marjiwka rückten im Herbst auf das Vorkriegsniveau vor.",
        "Der Fußballklub aus Marjiwka rückte in der Tabelle auf Platz zwei vor.",
    ],
)
def test_other_separable_verbs_are_no_claims(text: str) -> None:
    assert keys(text, ["Marjiwka"]) == set()


def test_separable_forms_join_the_clause_only() -> None:
    lexicon = load_lexicon("de")
    assert lexicon is not None
    text = "Die Truppen zogen gestern ab, die Bewohner blieben zurück."
    tokens = lexicon.tokenize(text)
    joined = {form for form, _ in german.separable_forms(text, tokens, frozenset({"ab", "zurück"}))}
    assert "abziehen" in joined and "zurückbleiben" in joined
    assert "zurückziehen" not in joined  # "zogen" is in the clause before the comma


@pytest.mark.parametrize(
    "text",
    [
        "Die Vizeministerin schrieb, Marjiwka und Sorokyne seien von den Besatzern befreit.",
        "Marjiwka und Sorokyne sind endlich von den russischen Okkupanten befreit.",
    ],
)
def test_freed_from_the_occupiers_is_a_ukrainian_capture(text: str) -> None:
    found = keys(text, ["Marjiwka", "Sorokyne"])
    assert ("control_change", TOWN, "UA", "asserted") in found
    assert ("control_change", OTHER, "UA", "asserted") in found
    assert not any(key[2] == "RU" for key in found)


def test_liberated_by_named_troops_keeps_the_agent() -> None:
    found = keys("Marjiwka wurde nach Angaben aus Moskau von russischen Truppen befreit.", ["Marjiwka"])
    assert ("control_change", TOWN, "RU", "asserted") in found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russische Mörserschützen schossen vom Waldrand aus auf Marjiwka.", "asserted"),
        ("Die russischen Soldaten sollen noch am letzten Tag auf Marjiwka geschossen haben.", "hedged"),
    ],
)
def test_firing_at_a_place_is_a_strike(text: str, modality: str) -> None:
    assert any(k[0] == "strike" and k[1] == TOWN and k[3] == modality for k in keys(text, ["Marjiwka"]))


def test_shooting_down_or_a_goal_is_no_fire_at_the_place() -> None:
    assert keys("Der Stürmer schoss in Marjiwka auf das Tor.", ["Marjiwka"]) == set()


def test_villages_on_a_road_under_fire_are_struck() -> None:
    text = "Marjiwka und Sorokyne an der Straße nach Lukjaniwka lagen wieder unter russischem Mörserfeuer."
    found = keys(text, ["Marjiwka", "Sorokyne", "Lukjaniwka"])
    assert ("strike", TOWN, "RU", "asserted") in found
    assert ("strike", OTHER, "RU", "asserted") in found
    assert not any(key[0] == "supply_line" for key in found)


def test_the_road_itself_under_fire_stays_a_supply_line() -> None:
    found = keys("Die einzige Straße nach Marjiwka liegt unter russischem Artilleriefeuer.", ["Marjiwka"])
    assert ("supply_line", TOWN, "RU", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Mehr als einen Monat hielten russische Soldaten das Dorf Marjiwka besetzt.",
        "Zwei Wochen lang hielten russische Soldaten das Dorf Marjiwka besetzt – und die Schule als Lager.",
        "Seit dem Frühjahr hält die russische Armee Marjiwka besetzt, sagen Geflüchtete.",
    ],
)
def test_holding_a_place_occupied(text: str) -> None:
    assert ("control_held", TOWN, "RU", "asserted") in keys(text, ["Marjiwka"])


def test_konjunktiv_future_is_predicted() -> None:
    found = keys(
        "Der Bürgermeister warnte, Russland werde Marjiwka weiter mit Artillerie beschießen.", ["Marjiwka"]
    )
    assert found and all(key[3] == "predicted" for key in found)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Russische Truppen umschliessen Marjiwka inzwischen von drei Seiten.",
            ("encirclement", TOWN, "RU", "asserted"),
        ),
        (
            "Die Einwohner begrüssten die ukrainischen Soldaten in Marjiwka.",
            ("civilian_reaction", TOWN, "UA", "asserted"),
        ),
        ("Der ukrainische Vorstoss bei Marjiwka kommt voran.", ("advance", TOWN, "UA", "asserted")),
    ],
)
def test_swiss_spelling(text: str, key: ClaimKey) -> None:
    assert key in keys(text, ["Marjiwka"])


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bvorstoß\w*", r"\bvorsto(?:ß|ss)\w*"),
        (r"(?<!groß\s)straße", r"(?<!groß\s)stra(?:ß|ss)e"),
        (r"[a-zäöüß]+", r"[a-zäöüß]+"),
        (r"stra(?:ß|ss)e", r"stra(?:ß|ss)e"),
    ],
)
def test_swiss_regex(pattern: str, expected: str) -> None:
    assert german.swiss_regex(pattern) == expected
