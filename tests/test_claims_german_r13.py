"""German grammar of round 13. The sentences are written for these tests; places get made-up ids.

- Verb-final zu-infinitive clauses: the verb of an infinitive clause stands last, after its objects and
  adverbials, so the verb of trying that governs it ("versuchen, ...") ends the main clause at the comma
  that opens the infinitive clause, however far from the event word (``german.infinitive_clause_opening``,
  claims.yaml ``zu_infinitive``). An attempt to encircle is a predicted encirclement, an attempt to cut a
  road a predicted supply line, an attempt to take a place whose outcome is not told a fight there
  (gold/README.md: round-6 audit items 4 and 8, round-9 audit rule 1).
"""

from __future__ import annotations

import re

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement
from frontwatch.claims import german

TOWN = "gn:1"
OTHER = "gn:2"


def keys(text: str, names: list[str]) -> set[ClaimKey]:
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    return claim_keys(extract_checked(text, "de", places))


@pytest.mark.parametrize(
    "text",
    [
        "Die russischen Verbände versuchen, Sorokyne von Westen und Osten her einzukreisen.",
        "Die Besatzungsarmee versucht weiterhin, das Städtchen Sorokyne vollständig einzuschließen.",
        "Seit Tagen versuchen russische Sturmtruppen, Sorokyne mit zwei Zangen einzukesseln.",
    ],
)
def test_attempt_to_encircle_across_the_infinitive_clause_is_predicted(text: str) -> None:
    found = keys(text, ["Sorokyne"])
    assert ("encirclement", TOWN, "RU", "predicted") in found
    assert not any(key[0] == "encirclement" and key[3] == "asserted" for key in found)


def test_coordinated_infinitives_share_the_attempt() -> None:
    text = (
        "Russische Einheiten versuchen, Sorokyne von Norden her einzukreisen und die Straße nach "
        "Lukjaniwka unter Feuerkontrolle zu nehmen."
    )
    found = keys(text, ["Sorokyne", "Lukjaniwka"])
    assert any(key[0] == "encirclement" and key[3] == "predicted" for key in found)
    assert not any(key[0] in ("encirclement", "supply_line") and key[3] == "asserted" for key in found)


def test_attempt_to_take_a_place_with_a_long_middle_field_is_fighting() -> None:
    text = (
        "Russische Truppen versuchen seit Wochen, das strategisch wichtige Dorf Sorokyne "
        "von zwei Seiten einzunehmen."
    )
    found = keys(text, ["Sorokyne"])
    assert ("fighting", TOWN, "RU", "asserted") in found
    assert not any(key[0] == "control_change" for key in found)


@pytest.mark.parametrize(
    "text",
    [
        "Es gelang den Russen, Sorokyne nach wochenlangen Kämpfen einzukesseln.",
        "Die Russen haben Sorokyne eingenommen, um die Straße nach Westen abzuschneiden.",
    ],
)
def test_an_infinitive_clause_without_an_attempt_keeps_its_modality(text: str) -> None:
    found = keys(text, ["Sorokyne"])
    assert found and all(key[3] == "asserted" for key in found)


ZU = re.compile(
    r"(?-i:\b(?:zu\s+(?!(?:den|einen)\b)[a-zäöüß]+n|(?:ein|ab|durch)zu[a-zäöüß]{3,}n)\b)", re.IGNORECASE
)


def test_infinitive_clause_opening() -> None:
    text = "Die Truppen versuchen, das Dorf A von Norden einzukreisen."
    trigger = (text.index("einzukreisen"), text.index("einzukreisen") + len("einzukreisen"))
    assert german.infinitive_clause_opening(text, 0, trigger, ZU) == text.index(",")
    # "zu den Stellungen" is a preposition and its article, no infinitive
    text = "Die Truppen kehrten, wie berichtet, zu den Stellungen bei A zurück."
    trigger = (text.index("kehrten"), text.index("kehrten") + len("kehrten"))
    assert german.infinitive_clause_opening(text, 0, trigger, ZU) is None


# --------------------------------------------------------------------------- ground as the object

TAKEN_GROUND = [
    "Die ukrainische Armee hat bei Sorokyne nach eigenen Angaben Gelände zurückgewonnen.",
    "Ukrainische Einheiten gewannen westlich von Sorokyne Boden zurück.",
    "Ukrainische Truppen eroberten bei Sorokyne zwei russische Stellungen.",
    "Russische Sturmtrupps nahmen am Ortsrand von Sorokyne ukrainische Schützengräben ein.",
    "Ukrainische Fallschirmjäger haben einen Waldstreifen bei Sorokyne erstürmt.",
]


@pytest.mark.parametrize("text", TAKEN_GROUND)
def test_ground_as_the_object_of_a_capture_verb_is_an_advance(text: str) -> None:
    found = keys(text, ["Sorokyne"])
    assert any(key[0] == "advance" and key[1] == TOWN and key[3] == "asserted" for key in found)
    assert not any(key[0] == "control_change" for key in found)


def test_the_side_taking_trenches_is_the_subject() -> None:
    found = keys(
        "Russische Sturmtrupps nahmen am Ortsrand von Sorokyne ukrainische Schützengräben ein.", ["Sorokyne"]
    )
    assert ("advance", TOWN, "RU", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Die Ukrainer eroberten Sorokyne und mehrere russische Stellungen weiter östlich.",
        "Russische Truppen haben Sorokyne erobert und bauen dort Stellungen aus.",
    ],
)
def test_a_place_taken_next_to_ground_stays_a_capture(text: str) -> None:
    assert any(key[0] == "control_change" and key[1] == TOWN for key in keys(text, ["Sorokyne"]))


# --------------------------------------------------------------------------- verb-second inversion


@pytest.mark.parametrize(
    "text",
    [
        "In der Nacht griff die Ukraine ein Munitionslager in Sorokyne an.",
        "Am Sonntag zerstörte die Ukraine nach Angaben ihres Generalstabs eine Radarstation bei Sorokyne.",
        "Zuvor beschoss die Ukraine nach eigenen Angaben mehrere Stellungen bei Sorokyne.",
    ],
)
def test_the_country_after_the_finite_verb_is_the_subject(text: str) -> None:
    found = keys(text, ["Sorokyne"])
    assert any(key[0] == "strike" and key[2] == "UA" for key in found)


@pytest.mark.parametrize(
    "text",
    [
        "Russland griff die Ukraine in der Nacht mit Drohnen an, auch Sorokyne wurde getroffen.",
        "Die russische Armee beschoss die Ukraine mit Raketen, in Sorokyne starben zwei Menschen.",
    ],
)
def test_the_country_as_object_is_no_actor(text: str) -> None:
    found = keys(text, ["Sorokyne"])
    assert found and not any(key[2] == "UA" for key in found)


# --------------------------------------------------------------------------- compounds and the present tense


@pytest.mark.parametrize(
    "text",
    [
        "Die Gebietsmilitärverwaltung fordert die Bewohner von Sorokyne erneut zur Ausreise auf.",
        "Die Stadtmilitärverwaltung kündigte die Zwangsevakuierung von Kindern aus Sorokyne an.",
    ],
)
def test_a_military_administration_compound_is_the_ukrainian_authority(text: str) -> None:
    assert ("evacuation", TOWN, "UA", "asserted") in keys(text, ["Sorokyne"])


def test_a_present_call_to_leave_in_an_infinitive_clause() -> None:
    text = (
        "Die Militärverwaltung ruft die Bewohner von Sorokyne und Lukjaniwka auf, ihre Häuser zu verlassen."
    )
    found = keys(text, ["Sorokyne", "Lukjaniwka"])
    assert ("evacuation", TOWN, "UA", "asserted") in found
    assert ("evacuation", OTHER, "UA", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Moskautreue Milizen haben Sorokyne eingenommen.",
        "Kremltreue Einheiten haben Sorokyne eingenommen.",
        "Die Invasoren haben Sorokyne am Abend eingenommen.",
    ],
)
def test_loyalty_compounds_and_invaders_are_russian(text: str) -> None:
    assert ("control_change", TOWN, "RU", "asserted") in keys(text, ["Sorokyne"])
