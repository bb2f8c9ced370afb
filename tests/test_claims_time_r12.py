"""Time, round 12: relative days inside a dated statement, and live-ticker entries.

1. "yesterday", "today", "last night" inside the words a speaker said on a stated earlier day count
   from that day ("On Monday the governor said ... yesterday" is the Sunday), not from publication;
   not when the relative day stands before the verb of saying, nor when the statement is not dated.
2. In a live ticker (two or more paragraphs opening with an entry's clock time), an entry's own clock
   time ("О 9:45 ...", "Um 9:45 Uhr ...") is the ticker's day (the heading's, else publication), not
   the day an earlier entry told; outside a ticker a clock time still counts from the day told before.
   A bare entry stamp ("14:30 —") dates nothing (gold/README.md, live-ticker lines).
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import PlaceSpec, extract_from

PUB = date(2024, 3, 14)  # a Thursday

PLACES: list[PlaceSpec] = [
    ("Krasnivka", "gn:971", "settlement"),
    ("Краснівку", "gn:971", "settlement"),
    ("Красновку", "gn:971", "settlement"),
    ("Sloboda", "gn:972", "settlement"),
    ("Слободу", "gn:972", "settlement"),
]


def times_at(text: str, lang: str, place_id: str) -> list[tuple[date, date] | None]:
    places = [p for p in PLACES if p[0] in text]
    claims = extract_from(text, lang, places, "Testblatt", PUB)
    return [
        (c.when.start, c.when.end) if c.when else None
        for c in claims
        if c.place is not None and c.place.place_id == place_id
    ]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("en", "On Monday the governor said Russian troops shelled Krasnivka yesterday.", date(2024, 3, 10)),
        (
            "en",
            "The governor said on Tuesday that Krasnivka had come under fire yesterday.",
            date(2024, 3, 11),
        ),
        (
            "de",
            "Am Dienstag erklärte der Gouverneur, gestern seien in Krasnivka Häuser beschossen worden.",
            date(2024, 3, 11),
        ),
        (
            "de",
            "Am Montag sagte der Bürgermeister, Krasnivka sei gestern von Artillerie beschossen worden.",
            date(2024, 3, 10),
        ),
        ("uk", "У вівторок губернатор заявив, що вчора росіяни обстріляли Краснівку.", date(2024, 3, 11)),
        (
            "ru",
            "Во вторник губернатор заявил, что вчера российские войска обстреляли Красновку.",
            date(2024, 3, 11),
        ),
    ],
)
def test_yesterday_in_a_dated_statement_counts_from_the_statement(lang: str, text: str, day: date) -> None:
    assert times_at(text, lang, "gn:971") == [(day, day)]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        # the relative day before the verb of saying: the newsroom's, not the speaker's
        ("en", "Russian troops shelled Krasnivka yesterday, the governor said on Monday.", date(2024, 3, 13)),
        # an undated statement: publication
        ("uk", "Губернатор заявив, що вчора росіяни обстріляли Краснівку.", date(2024, 3, 13)),
        # a statement of the day of publication changes nothing
        (
            "de",
            "Der Gouverneur erklärte am Donnerstag, gestern sei Krasnivka beschossen worden.",
            date(2024, 3, 13),
        ),
    ],
)
def test_yesterday_outside_a_dated_statement_counts_from_publication(lang: str, text: str, day: date) -> None:
    assert times_at(text, lang, "gn:971") == [(day, day)]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        (
            "uk",
            "08:20 Російські війська 9 березня обстріляли Слободу.\n\n"
            "О 9:45 російські дрони атакували Краснівку.",
            PUB,
        ),
        (
            "ru",
            "08:20 Российские войска 9 марта обстреляли Слободу.\n\n"
            "В 9:45 российские дроны атаковали Красновку.",
            PUB,
        ),
        (
            "de",
            "+++ 08.20 Uhr: Am 9. März wurde Sloboda beschossen +++\n\n"
            "Um 9:45 Uhr hat die russische Armee Krasnivka beschossen.",
            PUB,
        ),
        (
            "en",
            "08:20 — Russian troops shelled Sloboda on March 9, officials said.\n\n"
            "At 9:45 Russian drones struck Krasnivka.",
            PUB,
        ),
        # the ticker's heading names its day
        (
            "uk",
            "Хроніка 12 березня\n\n"
            "08:20 Російські війська обстріляли Слободу.\n\n"
            "О 9:45 російські дрони атакували Краснівку.",
            date(2024, 3, 12),
        ),
    ],
)
def test_a_ticker_entry_clock_time_is_the_ticker_day(lang: str, text: str, day: date) -> None:
    assert times_at(text, lang, "gn:971") == [(day, day)]


def test_a_clock_time_outside_a_ticker_counts_from_the_day_told_before() -> None:
    text = "9 березня росіяни обстріляли Слободу.\n\nО 5:45 російські війська обстріляли Краснівку."
    assert times_at(text, "uk", "gn:971") == [(date(2024, 3, 9), date(2024, 3, 9))]


def test_a_bare_entry_stamp_dates_nothing() -> None:
    text = (
        "08:20 — Russian troops shelled Sloboda.\n\n"
        "14:30 — Russian artillery shelled Krasnivka, the governor said."
    )
    assert times_at(text, "en", "gn:971") == [None]
