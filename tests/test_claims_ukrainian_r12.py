"""Ukrainian grammar of round 12 (W2-UK). The sentences are written for these tests; places get made-up ids.

- Failed attempts: the failure adverbs "марно", "даремно", "безрезультатно" and the verb "провалитися"
  state the failure (``failed_attempt.failure``); an attempt to win ground back or push the defenders off
  it ("пробували повернути село", "намагалися вибити наших бійців із А") that failed is a negated advance.
- "ДРГ противника": the owner in the genitive is the side of the sabotage group (``trigger_sides``).
- Word order: the subject after the verb of a subordinate clause whose object leads ("доки його не
  зайняли російські війська", ``subject_after_verb``, ``subordinators`` with "доки"); "і/й" as the
  particle of continuing ("росіяни, ймовірно, й надалі атакуватимуть") opens no clause of its own.
- The impersonal -но/-то passive of firing ("по А випущено чотири ракети", "А атаковано дронами").
- Imperfective partners of perfective cues ("вдаряє", "влучають", "уражає", "вклинюються", "відкочуються").
- A counterattack told as a fact is a fight; failed, a negated advance; to come, a predicted advance.
- The loss told as a noun ("втрата А") is a control change.
- The night named by the day it leads into ("вночі на неділю", "ніч на неділю") dates the event.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement
from frontwatch.claims.timeexpr import resolve_times

TOWN = "gn:1"


def keys(text: str, names: list[str]) -> set[ClaimKey]:
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    return claim_keys(extract_checked(text, "uk", places))


# --------------------------------------------------------------------------- failed attempts


@pytest.mark.parametrize(
    ("text", "names", "key"),
    [
        ("Окупанти пробували повернути Мирне, але марно.", ["Мирне"], ("advance", TOWN, "RU", "negated")),
        ("Два дні росіяни пробували повернути Мирне — марно.", ["Мирне"], ("advance", TOWN, "RU", "negated")),
        (
            "Окупанти намагалися вибити наших бійців з Мирного, але були відкинуті.",
            ["Мирного"],
            ("advance", TOWN, "RU", "negated"),
        ),
        (
            "Росіяни щодня пробують відтіснити наших захисників від Мирного, але марно.",
            ["Мирного"],
            ("advance", TOWN, "RU", "negated"),
        ),
        (
            "Окупанти намагалися прорватися до Мирного, проте безрезультатно.",
            ["Мирного"],
            ("advance", None, "RU", "negated"),
        ),
        ("Ворог даремно намагався прорватися до Мирного.", ["Мирного"], ("advance", None, "RU", "negated")),
    ],
)
def test_failed_attempt_is_negated_advance(text: str, names: list[str], key: ClaimKey) -> None:
    assert key in keys(text, names)


def test_failed_regain_is_no_fight_of_the_attacker() -> None:
    found = keys("Окупанти пробували повернути Мирне, але марно.", ["Мирне"])
    assert ("fighting", TOWN, "RU", "negated") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Окупанти намагалися повернути людей до Мирного, але марно.",
        "Мешканці Мирного марно намагалися повернути собі майно.",
    ],
)
def test_regain_of_no_ground_is_no_advance(text: str) -> None:
    assert not any(key[0] == "advance" for key in keys(text, ["Мирного"]))


# --------------------------------------------------------------------------- sides and word order


@pytest.mark.parametrize(
    "text",
    [
        "ДРГ противника намагалася зайти в Мирне.",
        "Біля Мирного діяла ДРГ ворога.",
    ],
)
def test_sabotage_group_of_the_enemy(text: str) -> None:
    assert ("fighting", TOWN, "RU", "asserted") in keys(text, ["Мирне" if "Мирне" in text else "Мирного"])


@pytest.mark.parametrize(
    "text",
    [
        "Наші бійці обороняли Мирне, поки його не зайняли російські війська.",
        "Сили оборони обороняли Мирне, доки його не зайняли російські війська.",
    ],
)
def test_subject_after_verb_of_subordinate_clause(text: str) -> None:
    found = keys(text, ["Мирне"])
    assert ("control_change", TOWN, "RU", "asserted") in found
    assert ("control_change", TOWN, "UA", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Окупанти, ймовірно, й надалі атакуватимуть на південь від Мирного.",
            ("fighting", TOWN, "RU", "predicted"),
        ),
        ("Росіяни, на жаль, і досі обстрілюють Мирне.", ("strike", TOWN, "RU", "asserted")),
    ],
)
def test_particle_of_continuing_keeps_the_subject(text: str, key: ClaimKey) -> None:
    assert key in keys(text, ["Мирного" if "Мирного" in text else "Мирне"])


# --------------------------------------------------------------------------- verb forms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("О 4:10 по нафтобазі в Мирному випущено три ракети.", "Мирному"),
        ("Вночі Мирне атаковано ударними дронами.", "Мирне"),
        ("Ракети по Мирному запущено з акваторії моря.", "Мирному"),
    ],
)
def test_impersonal_passive_of_firing(text: str, name: str) -> None:
    assert ("strike", TOWN, None, "asserted") in keys(text, [name])


@pytest.mark.parametrize(
    "text",
    [
        "У Мирному знову запущено котельню.",
        "З Мирного запущено гуманітарний конвой.",
    ],
)
def test_launching_no_weapon_is_no_strike(text: str) -> None:
    assert not any(key[0] == "strike" for key in keys(text, ["Мирному" if "Мирному" in text else "Мирного"]))


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Ворог щодня вдаряє по Мирному.", "Мирному", ("strike", TOWN, "RU", "asserted")),
        ("Ворог уражав Мирне ракетами.", "Мирне", ("strike", TOWN, "RU", "asserted")),
        ("Снаряди влучають у будинки в Мирному.", "Мирному", ("strike", TOWN, None, "asserted")),
        ("Росіяни вклинюються в оборону біля Мирного.", "Мирного", ("advance", TOWN, "RU", "asserted")),
        ("Окупанти відкочуються від Мирного.", "Мирного", ("withdrawal", TOWN, "RU", "asserted")),
    ],
)
def test_imperfective_partners(text: str, name: str, key: ClaimKey) -> None:
    assert key in keys(text, [name])


def test_amazing_is_no_strike() -> None:
    assert keys("Масштаби руйнувань у Мирному вражають.", ["Мирному"]) == set()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Сили оборони продовжують контратакувати біля Мирного.", ("fighting", TOWN, "UA", "asserted")),
        (
            "Біля Мирного окупанти намагалися контратакувати, однак були відкинуті.",
            ("advance", TOWN, "RU", "negated"),
        ),
        ("Окупанти, ймовірно, спробують контратакувати біля Мирного.", ("advance", None, "RU", "predicted")),
    ],
)
def test_counterattack(text: str, key: ClaimKey) -> None:
    assert key in keys(text, ["Мирного"])


def test_told_counterattack_is_no_advance() -> None:
    found = keys("Сили оборони продовжують контратакувати біля Мирного.", ["Мирного"])
    assert not any(key[0] == "advance" for key in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Головна новина тижня — втрата Мирненської ТЕС.", "Мирненської"),
        ("Генштаб визнав втрату Мирного.", "Мирного"),
    ],
)
def test_loss_as_a_noun(text: str, name: str) -> None:
    assert any(key[:2] == ("control_change", TOWN) for key in keys(text, [name]))


def test_losses_of_a_side_are_no_loss_of_ground() -> None:
    found = keys("Втрати Росії біля Мирного за добу склали 1200 осіб.", ["Мирного"])
    assert not any(key[0] == "control_change" for key in found)


# --------------------------------------------------------------------------- time


@pytest.mark.parametrize(
    "text",
    [
        "Вночі на неділю росіяни атакували місто.",
        "Ніч на неділю видалася неспокійною.",
        "Згадує вона ніч на неділю.",
        "У ніч з суботи на неділю ворог атакував.",
    ],
)
def test_night_named_by_the_day_it_leads_into(text: str) -> None:
    # published on Tuesday 10 September 2024: Sunday is the 8th, not last night
    found = resolve_times(text, date(2024, 9, 10), "uk")
    assert found and all(m.when.start <= date(2024, 9, 8) for m in found)
