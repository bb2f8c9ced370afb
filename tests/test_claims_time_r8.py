"""Time of a claim, round 8: time words that were not read as times, and a clause that tells when.

Each group names a phenomenon in general terms and probes it with sentences written for this file, in
the four languages where it is not language-specific, with negative probes where the rule must not
fire (docs/annotation.md, Time). Place ids are made up: only the time is under test.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from claims_helpers import PlaceSpec, claims_at
from frontwatch.claims.timeexpr import resolve_times
from frontwatch.model import Claim

FRI = date(2025, 8, 8)  # a Friday: the publication date of every probe
THU = date(2025, 8, 7)
LAST_WEEK_MON = date(2025, 7, 28)

PLACES: list[PlaceSpec] = [
    ("Marinovka", "gn:951", "settlement"),
    ("Mariniwka", "gn:951", "settlement"),
    ("Мариновку", "gn:951", "settlement"),
    ("Мариновке", "gn:951", "settlement"),
    ("Мар'янівку", "gn:951", "settlement"),
    ("Мар'янівці", "gn:951", "settlement"),
]


def claims_of(lang: str, text: str, event_type: str) -> list[Claim]:
    """The claims of ``event_type`` at the probe's settlement; at least one must be found."""
    return claims_at(text, lang, PLACES, event_type, "gn:951", FRI)


def only_match(text: str, lang: str) -> tuple[date, date]:
    matches = resolve_times(text, FRI, lang)
    assert len(matches) == 1, matches
    return matches[0].when.start, matches[0].when.end


# 1. An attack named by the time of day it happened ("the night strikes", "yesterday's attack") is
#    dated by that adjective: last night, or the day before publication; German compounds too. A
#    plural is general (tests/test_claims_time_r3.py): it dates nothing.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Станцію пошкодив нічний удар дронів.", (THU, FRI)),
        ("uk", "Після нічного обстрілу міста світла немає.", (THU, FRI)),
        ("ru", "Подстанцию повредил ночной удар беспилотников.", (THU, FRI)),
        ("de", "mit den nächtlichen Drohnenangriffen auf den Hafen", (THU, FRI)),
        ("de", "Der nächtliche Beschuss traf ein Lager.", (THU, FRI)),
        ("en", "the nighttime strike on the port", (THU, FRI)),
        ("uk", "Кількість жертв учорашнього удару зросла.", (THU, THU)),
        ("ru", "Число жертв вчерашнего обстрела выросло.", (THU, THU)),
        ("de", "Die Zahl der Opfer des gestrigen Raketenangriffs stieg.", (THU, THU)),
    ],
)
def test_an_attack_named_by_its_time_of_day(lang: str, text: str, expected: tuple[date, date]) -> None:
    assert only_match(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The adjective on a word that is no attack: nothing is dated.
        ("uk", "Нічні тривоги стали звичними."),
        ("ru", "Ночные смены на заводе продолжаются."),
        ("de", "Die nächtliche Ausgangssperre gilt weiter."),
        ("en", "The nighttime curfew remains."),
        # A plural is general: night strikes as a habit, not last night's.
        ("uk", "Нічні удари по місту стали звичними."),
        ("en", "Nighttime strikes on the city have become routine."),
    ],
)
def test_a_time_adjective_on_no_attack_dates_nothing(lang: str, text: str) -> None:
    assert resolve_times(text, FRI, lang) == []


# 2. "Since the evening" / "since 2 p.m.": a stretch that starts at a part of a day. The evening or night
#    is the one before publication, up to it; a clock time or the morning is the day told (publication).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "С вечера город обстреливают из артиллерии.", (THU, FRI)),
        ("uk", "З вечора місто обстрілюють з артилерії.", (THU, FRI)),
        ("de", "Seit dem Abend wird die Stadt beschossen.", (THU, FRI)),
        ("en", "Since the evening the town has been shelled.", (THU, FRI)),
        ("uk", "З 14:00 точаться бої за село.", (FRI, FRI)),
        ("ru", "С 6:30 идут бои за село.", (FRI, FRI)),
        ("de", "Seit 14 Uhr wird um das Dorf gekämpft.", (FRI, FRI)),
        ("en", "Since 2 p.m. fighting has raged for the village.", (FRI, FRI)),
        ("ru", "С самого утра идут бои.", (FRI, FRI)),
    ],
)
def test_since_a_part_of_the_day(lang: str, text: str, expected: tuple[date, date]) -> None:
    assert only_match(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected_start"),
    [
        # A date after "с вечера" is the date, not a stretch from last night.
        ("ru", "с вечера 5 августа", date(2025, 8, 5)),
        ("uk", "з вечора 5 серпня", date(2025, 8, 5)),
    ],
)
def test_since_the_evening_of_a_named_day_is_that_day(lang: str, text: str, expected_start: date) -> None:
    matches = resolve_times(text, FRI, lang)
    assert [m.when.start for m in matches] == [expected_start]


# 3. A clause that opens the sentence with "when" / "als" / "коли" / "когда" tells when the main
#    clause happened: its time dates the claims of the main clause too.
@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        ("en", "When Ukrainian troops attacked last week, the Russians shelled Marinovka.", "strike"),
        ("de", "Als ukrainische Truppen vergangene Woche angriffen, beschossen Russen Mariniwka.", "strike"),
        ("uk", "Коли минулого тижня ЗСУ пішли в наступ, росіяни обстріляли Мар'янівку.", "strike"),
        ("ru", "Когда на прошлой неделе ВСУ пошли в наступление, россияне обстреляли Мариновку.", "strike"),
    ],
)
def test_an_opening_when_clause_dates_the_main_clause(lang: str, text: str, event_type: str) -> None:
    claims = claims_of(lang, text, event_type)
    for claim in claims:
        assert claim.when is not None
        assert claim.when.start <= LAST_WEEK_MON + timedelta(days=6)
        assert claim.when.end >= LAST_WEEK_MON


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        # The time is in a later clause of another verb, not in an opening "when" clause: no frame.
        ("en", "The Russians shelled Marinovka, and Ukrainian troops attacked last week.", "strike"),
        ("uk", "Росіяни обстріляли Мар'янівку, а минулого тижня ЗСУ пішли в наступ.", "strike"),
    ],
)
def test_a_later_clause_of_another_verb_dates_nothing(lang: str, text: str, event_type: str) -> None:
    for claim in claims_of(lang, text, event_type):
        assert claim.when is None
