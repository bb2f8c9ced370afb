"""Probes for the round-11 (third wave) rules on the side of what a strike hits and on a map's holding
(claims/sides.py ``_modifies_target_head``, ``_fallback_side``; claims.yaml ``target_heads``,
``target_head_gap`` and the control_held cues of a map that marks a place as occupied).

- a side word on the noun of what a strike hits -- an adjective before it ("eine russische
  Ölraffinerie", "російський нафтопереробний завод") or a genitive after it ("Betriebe der
  ukrainischen Rüstungsindustrie", "enterprises of Ukraine's defence industry") -- is the target,
  never who fired: told by nobody's side the strike has no actor, told by a side it is the other
  side's (gold/README.md, round-6 audit rule 1); a side word that is the subject ("russische
  Raketen trafen ...") or an agent still fires;
- a map or monitoring project that marks a place as occupied or under Russian control states a
  holding of the occupier (gold/README.md, round-10 audit rule 6), not a change of the teller's side.

The sentences are written for these tests, in four languages, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_checked, settlement


def _sides(text: str, lang: str, name: str, event_type: str = "strike") -> set[str | None]:
    return {
        c.actor_side for c in extract_checked(text, lang, [settlement(name, 1)]) if c.event_type == event_type
    }


# --- a side word on the noun of what is hit


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "In der Nacht schlugen Drohnen in einer Fabrik der russischen Rüstungsindustrie in Kursk ein.",
            "Kursk",
        ),
        (
            "de",
            "Marschflugkörper trafen mehrere Betriebe der ukrainischen Rüstungsindustrie bei Dnipro.",
            "Dnipro",
        ),
        ("de", "Drohnen griffen eine russische Ölraffinerie in Saratow an.", "Saratow"),
        ("en", "Overnight drones attacked a Russian oil refinery near Saratov.", "Saratov"),
        ("en", "Missiles hit several enterprises of the Ukrainian defence industry in Dnipro.", "Dnipro"),
        ("uk", "Уночі безпілотники атакували російський нафтопереробний завод у Саратові.", "Саратові"),
        ("uk", "Ракети влучили в підприємства оборонної промисловості України біля Дніпра.", "Дніпра"),
        ("ru", "Ночью беспилотники атаковали российский нефтеперерабатывающий завод в Саратове.", "Саратове"),
        ("ru", "Ракеты поразили предприятия оборонной промышленности Украины под Днепром.", "Днепром"),
    ],
)
def test_side_of_the_hit_facility_fires_nothing(lang: str, text: str, name: str) -> None:
    assert _sides(text, lang, name) == {None}


@pytest.mark.parametrize(
    ("lang", "text", "name", "side"),
    [
        (
            "de",
            "Das russische Verteidigungsministerium erklärte, man habe Werke der ukrainischen "
            "Rüstungsindustrie in Dnipro mit Raketen getroffen.",
            "Dnipro",
            "RU",
        ),
        (
            "uk",
            "Генштаб ЗСУ повідомив, що дрони уразили російський нафтопереробний завод у Саратові.",
            "Саратові",
            "UA",
        ),
        (
            "en",
            "Russia's defence ministry said it had struck plants of Ukraine's defence industry in Dnipro.",
            "Dnipro",
            "RU",
        ),
    ],
)
def test_a_side_telling_of_a_hit_facility_of_the_other_side_fired(
    lang: str, text: str, name: str, side: str
) -> None:
    assert _sides(text, lang, name) == {side}


@pytest.mark.parametrize(
    ("lang", "text", "name", "side"),
    [
        # negative probes: the side word is the subject, the agent or the adjective of the weapon
        ("de", "Russische Raketen trafen am Morgen mehrere Betriebe in Dnipro.", "Dnipro", "RU"),
        ("de", "Ukrainische Drohnen griffen eine Ölraffinerie in Saratow an.", "Saratow", "UA"),
        ("de", "Russische Drohnen trafen Raffinerien bei Dnipro.", "Dnipro", "RU"),
        (
            "de",
            "Mit schweren Luftangriffen auf das ukrainische Stromnetz hat Russland das Kraftwerk "
            "bei Dnipro zerstört.",
            "Dnipro",
            "RU",
        ),
        ("en", "Ukrainian drones attacked a Russian oil refinery near Saratov.", "Saratov", "UA"),
        ("en", "Russian drones hit oil refineries near Odesa.", "Odesa", "RU"),
        ("en", "The Ukrainian port of Odesa was hit by Russian missiles overnight.", "Odesa", "RU"),
        # the facility inside one long trigger after its verb: the subject before it still fires
        ("ru", "Украинские войска атаковали российский аэродром в Саках.", "Саках", "UA"),
        ("uk", "Українські дрони атакували російський нафтопереробний завод у Саратові.", "Саратові", "UA"),
        (
            "ru",
            "Российские ракеты поразили предприятия оборонной промышленности Украины под Днепром.",
            "Днепром",
            "RU",
        ),
    ],
)
def test_the_firing_side_still_fires_beside_a_hit_facility(
    lang: str, text: str, name: str, side: str
) -> None:
    assert _sides(text, lang, name) == {side}


# --- a map's holding


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The Ukrainian mapping group DeepState has marked Kurakhivka as occupied.", "Kurakhivka"),
        ("en", "A Ukrainian monitoring map now shows Kurakhivka as under Russian control.", "Kurakhivka"),
        ("de", "Das ukrainische Projekt DeepState markierte Kurachiwka am Montag als besetzt.", "Kurachiwka"),
        (
            "de",
            "Auf der ukrainischen Lagekarte ist Kurachiwka seit Montag als besetzt eingezeichnet.",
            "Kurachiwka",
        ),
        ("uk", "Український моніторинговий проєкт DeepState позначив Курахівку як окуповану.", "Курахівку"),
        ("ru", "Украинский проект DeepState отметил Кураховку как оккупированную.", "Кураховку"),
    ],
)
def test_map_marking_a_place_occupied_is_the_occupiers_holding(lang: str, text: str, name: str) -> None:
    claims = [
        c for c in extract_checked(text, lang, [settlement(name, 1)]) if c.event_type.startswith("control")
    ]
    assert {(c.event_type, c.actor_side) for c in claims} == {("control_held", "RU")}


def test_occupying_verb_is_still_a_change() -> None:
    # negative probe: "occupied" as a finite verb with its own subject is a change of that subject
    assert _sides("Russian troops occupied Kurakhivka on Monday.", "en", "Kurakhivka", "control_change") == {
        "RU"
    }
