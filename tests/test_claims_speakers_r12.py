"""Probes for the round-12 speaker and source-side rules (claims/speakers.py ``_named_in_rumour``,
``_outlet_source``; claims/sources.py ``office_side``):

- a speaker named inside a "rumours that ..." phrase (claims.yaml ``rumour_before``) whose rumour the
  writer rebuts does not carry into the next sentence: "our forces" there are the writer's;
- a Ukrainian regional administration named by its abbreviation (ОДА, ОВА, ОГА; ``office_side_words``)
  is a UA source, as a channel and as a speaker in the text.

The sentences are written for these tests, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_checked, make_report, mentions_for, settlement
from frontwatch.claims import extract_claims
from frontwatch.claims.lexicon import load_lexicon
from frontwatch.claims.sources import office_side


def _claims(text: str, lang: str, name: str):  # type: ignore[no-untyped-def]
    return extract_checked(text, lang, [settlement(name, 1)])


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "uk",
            "Щодо чуток у пабліках, нібито російські війська увійшли в Куп'янськ, — це неправда. "
            "Місто під контролем наших сил.",
            "Місто",
        ),
        (
            "uk",
            "Про фейки російських каналів, ніби окупанти захопили Оріхів: це брехня. "
            "Оріхів тримають наші сили.",
            "Оріхів тримають",
        ),
    ],
)
def test_rumour_spreader_does_not_carry(lang: str, text: str, name: str) -> None:
    held = [c for c in _claims(text, lang, name) if c.event_type == "control_held"]
    assert held and all(c.actor_side == "UA" for c in held)
    assert all(c.source.side != "RU" for c in held)


def test_speaker_without_rumour_still_carries() -> None:
    # negative probe: a speaker named plainly still speaks on in the next sentence (wire style). (bugs
    # r13: the sentence no longer says "наших сил": a writer's "our" after the other side's speaker is
    # the author's side, tests/test_claims_bugs_r13.py.)
    text = "Російські воєнкори пишуть про бої біля Куп'янська. Місто нібито вже під контролем окупантів."
    held = [c for c in _claims(text, "uk", "Місто") if c.event_type == "control_held"]
    assert held and all(c.actor_side == "RU" and c.source.side == "RU" for c in held)


@pytest.mark.parametrize(
    ("lang", "channel", "text", "name"),
    [
        ("uk", "Житомирська ОДА", "Вночі ворог атакував Коростень дронами.", "Коростень"),
        ("uk", "Рівненська ОВА", "Вночі ворог атакував Сарни ударними дронами.", "Сарни"),
    ],
)
def test_oblast_administration_channel_is_ua(lang: str, channel: str, text: str, name: str) -> None:
    report = make_report(text, lang, source=channel)
    claims = extract_claims(report, mentions_for(report, [settlement(name, 1)]))
    assert claims and all(c.source.side == "UA" for c in claims)


def test_oblast_administration_speaker_is_ua() -> None:
    text = "Житомирская ОГА сообщила, что ночью противник атаковал Коростень."
    claims = _claims(text, "ru", "Коростень")
    assert claims and all(c.source.side == "UA" and c.actor_side == "RU" for c in claims)


@pytest.mark.parametrize(
    ("lang", "name", "side"),
    [
        ("uk", "Житомирська ОДА", "UA"),
        ("ru", "Сумская областная военная администрация", "UA"),
        # negative probes: an office both sides have names no side
        ("uk", "Житомирська міська рада", None),
        ("ru", "Канал военкора", None),
    ],
)
def test_office_side(lang: str, name: str, side: str | None) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    assert office_side(lexicon, name) == side
