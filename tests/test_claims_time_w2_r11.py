"""Time, round 11 (second wave): anaphoric days and nights, days of the month as ordinal words, and
the first days of the full-scale invasion.

1. "that day", "that night", "an diesem Tag", "тієї ночі", "в ту ночь" count from the time told just
   before, like "the same day" (docs/annotation.md, Time: relative expressions).
2. A day of the month written as an ordinal word ("Шостого березня", "двадцать четвёртого февраля") is
   a date, so that a "next day" after it counts from it.
3. "in the first days of the invasion" is 24-28 February 2022; "the first day of the invasion" is the 24th.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.claims.timeexpr import resolve_times
from frontwatch.model import When

PUB = date(2024, 5, 17)  # a Friday

PLACES: list[PlaceSpec] = [
    ("Ternivka", "gn:961", "settlement"),
    ("Terniwka", "gn:961", "settlement"),
    ("Тернівку", "gn:961", "settlement"),
    ("Тернівці", "gn:961", "settlement"),
    ("Терновку", "gn:961", "settlement"),
    ("Терновке", "gn:961", "settlement"),
    ("Sloboda", "gn:962", "settlement"),
    ("Слободу", "gn:962", "settlement"),
    ("Слободі", "gn:962", "settlement"),
    ("Слободе", "gn:962", "settlement"),
]


def times_of(text: str, lang: str) -> list[tuple[date, date]]:
    places = [p for p in PLACES if p[0] in text]
    claims = extract_from(text, lang, places, "Testblatt", PUB)
    return [(c.when.start, c.when.end) for c in claims if c.when is not None]


def day(d: date) -> When:
    return When(d, d, "day")


# 1. An anaphoric day or night takes the time told just before it.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian drones struck Ternivka on May 9. That night artillery also shelled Sloboda."),
        ("en", "Missiles hit Ternivka on May 9. Later that day Russian shells landed in Sloboda."),
        ("de", "Russische Drohnen griffen am 9. Mai Terniwka an. An diesem Tag beschossen sie auch Sloboda."),
        ("de", "Am 9. Mai wurde Terniwka beschossen. Am selben Abend beschossen russische Truppen Sloboda."),
        ("uk", "9 травня російські дрони атакували Тернівку. Того дня ворог обстріляв і Слободу."),
        ("uk", "9 травня російські дрони атакували Тернівку. Тієї ночі ворог обстріляв і Слободу."),
        ("ru", "9 мая российские дроны атаковали Терновку. В тот день противник обстрелял и Слободу."),
        ("ru", "9 мая российские дроны атаковали Терновку. В ту ночь противник обстрелял и Слободу."),
    ],
)
def test_that_day_counts_from_the_time_before(lang: str, text: str) -> None:
    times = times_of(text, lang)
    assert len(times) == 2
    assert all(start <= date(2024, 5, 9) <= end for start, end in times)


# 2. Ordinal-word days of the month.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Шостого березня росіяни почали обстріл", date(2024, 3, 6)),
        ("uk", "двадцять п'ятого квітня", date(2024, 4, 25)),
        ("uk", "тридцятого квітня", date(2024, 4, 30)),
        ("ru", "двадцать четвёртого февраля", date(2024, 2, 24)),
        ("ru", "Двенадцатого апреля колонна вошла в город", date(2024, 4, 12)),
    ],
)
def test_ordinal_word_days(lang: str, text: str, expected: date) -> None:
    assert [m.when for m in resolve_times(text, PUB, lang)] == [day(expected)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Шостого березня росіяни атакували Тернівку. Наступного дня бої йшли біля Слободи."),
        ("ru", "Шестого марта россияне атаковали Терновку. На следующий день бои шли у Слободы."),
    ],
)
def test_next_day_after_an_ordinal_word_date(lang: str, text: str) -> None:
    matches = resolve_times(text, PUB, lang)
    assert [m.when for m in matches] == [day(date(2024, 3, 6)), day(date(2024, 3, 7))]


# Words that look like ordinal dates and are none: an ordinal with no month after it.
@pytest.mark.parametrize(
    ("lang", "text"),
    [("uk", "Другого такого удару місто не пам'ятає."), ("ru", "Третьего штурма защитники ждали.")],
)
def test_ordinal_without_month_is_no_date(lang: str, text: str) -> None:
    assert resolve_times(text, PUB, lang) == []


# 3. The first days, and the first day, of the full-scale invasion.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "in the first days of the invasion", When(date(2022, 2, 24), date(2022, 2, 28), "range")),
        ("de", "in den ersten Tagen der Invasion", When(date(2022, 2, 24), date(2022, 2, 28), "range")),
        ("uk", "у перші дні вторгнення", When(date(2022, 2, 24), date(2022, 2, 28), "range")),
        ("ru", "в первые дни вторжения", When(date(2022, 2, 24), date(2022, 2, 28), "range")),
        ("en", "on the first day of the invasion", day(date(2022, 2, 24))),
        ("uk", "в перший день вторгнення", day(date(2022, 2, 24))),
        ("ru", "в первое утро вторжения", day(date(2022, 2, 24))),
    ],
)
def test_first_days_of_the_invasion(lang: str, text: str, expected: When) -> None:
    assert [m.when for m in resolve_times(text, PUB, lang)] == [expected]
