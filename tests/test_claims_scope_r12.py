"""Modality scope and the side of a shooter, round 12 (W3B). The sentences are written for these tests;
places get made-up ids.

- A failure or denial word after a later part of the sentence that tells an event of its own (", all
  attempts to take it failed") is that event's: the holding before it stays asserted
  (``modality._denies_later_part``), and a clause that tells an event before its denial word, with no
  speaker in it, is no reply that denies the claim before (``denials._trailing_denial``).
- A strike with no attacker named that a side's military speaker tells, hitting what the sentence calls
  the other side's (a target of that side, a place in its country), is the speaker's side's fire
  (``sides._military_hit_on_other_side``, claims.yaml ``hit_on_side``); a governor telling of a strike
  on his own region names no shooter.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement

TOWN = "gn:1"


def keys(text: str, lang: str, name: str) -> set[ClaimKey]:
    return claim_keys(extract_checked(text, lang, [settlement(name, 1)]))


# --------------------------------------------------------------------------- failure after a holding


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "Das Dorf Lipzy bleibe unter Kontrolle der ukrainischen Armee, alle Versuche der Russen, es zu "
            "erobern, seien gescheitert.",
            "Lipzy",
        ),
        (
            "de",
            "Die Stadt Kupjansk stehe weiter unter Kontrolle der ukrainischen Streitkräfte, "
            "sämtliche Versuche der Russen, sie einzunehmen, seien gescheitert.",
            "Kupjansk",
        ),
        (
            "en",
            "The village of Lyptsi remains under Ukrainian control, "
            "all Russian attempts to take it have failed.",
            "Lyptsi",
        ),
        (
            "ru",
            "Село Липцы остается под контролем ВСУ, все попытки российских войск взять его провалились.",
            "Липцы",
        ),
        (
            "uk",
            "Село Липці залишається під контролем ЗСУ, всі спроби росіян захопити його зазнали невдачі.",
            "Липці",
        ),
    ],
)
def test_failure_of_later_attempt_leaves_holding_asserted(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, name)
    assert ("control_held", TOWN, "UA", "asserted") in found
    assert ("control_held", TOWN, "UA", "negated") not in found
    assert ("advance", TOWN, "RU", "negated") in found


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # negative: the denial is the holding's own (no event of its own in the later part)
        (
            "de",
            "Die Stadt Kupjansk stehe unter Kontrolle der russischen Armee, das sei gelogen, so Kiew.",
            "Kupjansk",
        ),
        ("en", "Russia claimed that Lyptsi was under its control, which Kyiv denied.", "Lyptsi"),
    ],
)
def test_denial_of_the_holding_itself_still_negates(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, name)
    assert any(k[0] == "control_held" and k[3] == "negated" for k in found)


# --------------------------------------------------------------------------- a military speaker's own fire


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "Der ukrainische Generalstab teilte mit, Drohnen hätten eine russische Ölraffinerie "
            "in Rjasan getroffen.",
            "Rjasan",
        ),
        ("en", "The Ukrainian General Staff said drones hit a fuel depot near Ryazan in Russia.", "Ryazan"),
        ("uk", "Генштаб ЗСУ повідомив, що дрони уразили нафтобазу в Рязані на території Росії.", "Рязані"),
        (
            "ru",
            "Генштаб ВСУ сообщил, что беспилотники поразили нефтебазу в Рязани на территории России.",
            "Рязани",
        ),
    ],
)
def test_military_speaker_tells_own_fire(lang: str, text: str, name: str) -> None:
    assert ("strike", TOWN, "UA", "asserted") in keys(text, lang, name)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a governor tells of a strike on his own region: no shooter named
        ("uk", "Голова Сумської ОВА повідомив, що дрони атакували Суми вночі.", "Суми"),
        ("en", "The Sumy governor said drones hit an oil depot in Sumy overnight.", "Sumy"),
        # the military speaker names no target of the other side: no shooter named (bugs r13: a town in
        # Russia, "в Рязані", is now the other side's country, tests/test_claims_bugs_r13.py; an occupied
        # Ukrainian town is not)
        ("uk", "Генштаб ЗСУ повідомив, що дрони уразили нафтобазу в Мелітополі.", "Мелітополі"),
    ],
)
def test_no_shooter_without_military_speaker_and_foreign_target(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, name)
    assert ("strike", TOWN, None, "asserted") in found
