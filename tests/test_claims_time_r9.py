"""Time of a claim, round 9: spans, parts of a day, habits over a stretch, and statements that date nothing.

Each group names a phenomenon in general terms and probes it with sentences written for this file, in
the four languages where it is not language-specific, with negative probes where the rule must not
fire (docs/annotation.md, Time). Place ids are made up: only the time is under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import PlaceSpec, claims_at
from frontwatch.claims.quantities import find_quantities
from frontwatch.claims.timeexpr import resolve_times
from frontwatch.model import Claim

FRI = date(2025, 8, 8)  # a Friday: the publication date of every probe
THU = date(2025, 8, 7)
MON = date(2025, 8, 4)
WEEK_AGO = date(2025, 8, 1)

PLACES: list[PlaceSpec] = [
    ("Marinovka", "gn:951", "settlement"),
    ("Mariniwka", "gn:951", "settlement"),
    ("Мариновку", "gn:951", "settlement"),
    ("Мариновки", "gn:951", "settlement"),
    ("Мар'янівку", "gn:951", "settlement"),
    ("Мар'янівки", "gn:951", "settlement"),
]


def claims_of(lang: str, text: str, event_type: str) -> list[Claim]:
    """The claims of ``event_type`` at the probe's settlement; at least one must be found."""
    return claims_at(text, lang, PLACES, event_type, "gn:951", FRI)


def span_of(claim: Claim) -> tuple[date, date] | None:
    return (claim.when.start, claim.when.end) if claim.when is not None else None


def only_match(text: str, lang: str) -> tuple[date, date]:
    matches = resolve_times(text, FRI, lang)
    assert len(matches) == 1, matches
    return matches[0].when.start, matches[0].when.end


# 1. "During the week" is a digest span, like "за тиждень" / "в течение недели": the week up to publication.
#    "During the week before X" counts from X and is no span back from publication.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Протягом тижня ворог штурмував позиції.", (WEEK_AGO, FRI)),
        ("uk", "Упродовж останнього тижня ворог штурмував позиції.", (WEEK_AGO, FRI)),
        ("ru", "На протяжении недели противник штурмовал позиции.", (WEEK_AGO, FRI)),
        ("de", "Im Laufe der Woche griffen die Truppen mehrfach an.", (MON, FRI)),
        ("en", "During the week the brigade fended off several assaults.", (MON, FRI)),
    ],
)
def test_during_the_week_is_a_span_to_publication(lang: str, text: str, expected: tuple[date, date]) -> None:
    assert only_match(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Протягом тижня до штурму ворог накопичував сили."),
        ("en", "During the week before the assault the enemy massed troops."),
    ],
)
def test_a_week_before_something_is_no_span_back_from_publication(lang: str, text: str) -> None:
    assert resolve_times(text, FRI, lang) == []


# 2. A habit told over a stated stretch ("every day this week", "щодня упродовж тижня") is dated by the
#    stretch; a habit with no stretch ("every night") still has no time.
@pytest.mark.parametrize(
    ("lang", "text", "expected_start"),
    [
        ("uk", "Упродовж тижня окупанти щодня обстрілювали Мар'янівку.", WEEK_AGO),
        ("ru", "На протяжении недели армия ежедневно обстреливала Мариновку.", WEEK_AGO),
        ("en", "This week Russian guns shelled Marinovka every day.", MON),
        ("de", "Im Verlauf der Woche haben russische Truppen Mariniwka täglich beschossen.", MON),
    ],
)
def test_a_habit_over_a_stretch_takes_the_stretch(lang: str, text: str, expected_start: date) -> None:
    claims = claims_of(lang, text, "strike")
    assert [span_of(c) for c in claims] == [(expected_start, FRI)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Окупанти щодня обстрілюють Мар'янівку."),
        ("en", "Russian guns shell Marinovka every night."),
        ("de", "Russische Truppen beschießen Mariniwka fast jede Nacht."),
        # A night told as a habit is not the last night.
        ("ru", "Армия обстреливает Мариновку днём и ночью."),
        ("uk", "Окупанти обстрілюють Мар'янівку вдень і вночі."),
        ("en", "Russian guns shell Marinovka day and night."),
        ("de", "Russische Truppen beschießen Mariniwka Tag und Nacht."),
    ],
)
def test_a_habit_with_no_stretch_has_no_time(lang: str, text: str) -> None:
    assert [c.when for c in claims_of(lang, text, "strike")] == [None]


# 3. A whole season ("all summer", "всё лето") is that season, as "im Sommer" is.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "All summer the defenders held the line."),
        ("ru", "Всё лето защитники держали оборону."),
        ("uk", "Усе літо оборонці тримали позиції."),
        ("de", "Den ganzen Sommer hielten die Verteidiger stand."),
    ],
)
def test_a_whole_season(lang: str, text: str) -> None:
    assert only_match(text, lang) == (date(2025, 6, 1), FRI)


# 4. Midnight and the day as parts of a day: the day told before, else the publication day, like a clock
#    time or "in the morning". "A day before X" counts from X and is no part of a day.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Shortly after midnight the drones came."),
        ("de", "Kurz nach Mitternacht kamen die Drohnen."),
        ("uk", "Одразу після опівночі прилетіли дрони."),
        ("ru", "Вскоре после полуночи прилетели дроны."),
        ("ru", "Весь день артиллерия работала по окраинам."),
        ("uk", "За день бійцям довелося відійти."),
        ("en", "The guns fired all day."),
        ("de", "Tagsüber blieb es ruhig."),
    ],
)
def test_midnight_and_the_day_are_the_day_told(lang: str, text: str) -> None:
    assert only_match(text, lang) == (FRI, FRI)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "За день до штурму бійці відійшли."),
        ("en", "All day before the assault the guns fell silent."),
    ],
)
def test_a_day_before_something_is_no_part_of_a_day(lang: str, text: str) -> None:
    assert resolve_times(text, FRI, lang) == []


def test_a_part_of_a_named_day_is_that_day() -> None:
    # "Накануне днём": the day before, not publication.
    assert {(m.when.start, m.when.end) for m in resolve_times("Накануне днём ударили.", FRI, "ru")} == {
        (THU, THU)
    }


def test_midnight_dates_the_strike_not_the_statement_after_it() -> None:
    text = "Kurz nach Mitternacht wurde Mariniwka beschossen, teilte der Gouverneur am Morgen mit."
    assert [span_of(c) for c in claims_of("de", text, "strike")] == [(FRI, FRI)]


# 5. A month after "vom" / "aus dem" dates a picture or a report as "im" does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Satellitenaufnahmen vom Juli zeigen zerstörte Häuser.", (date(2025, 7, 1), date(2025, 7, 31))),
        ("Bilder aus dem Mai zeigen den Damm.", (date(2025, 5, 1), date(2025, 5, 31))),
        # A full date after "vom" stays a date.
        ("Bilder vom 3. Juli zeigen den Damm.", (date(2025, 7, 3), date(2025, 7, 3))),
    ],
)
def test_a_month_after_vom(text: str, expected: tuple[date, date]) -> None:
    assert only_match(text, "de") == expected


# 6. A day on a post that spreads, or on a boast, dates the post, not what it claims; the happening keeps
#    a time of its own.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В четверг в сети разошлось видео, будто армия взяла Мариновку."),
        ("uk", "У четвер у мережі розійшлося відео, нібито росіяни захопили Мар'янівку."),
        ("en", "On Thursday the ministry boasted that its troops had captured Marinovka."),
        ("de", "Am Donnerstag gab der Gouverneur bekannt, russische Truppen hätten Mariniwka eingenommen."),
    ],
)
def test_a_spreading_post_or_boast_dates_only_itself(lang: str, text: str) -> None:
    assert [c.when for c in claims_of(lang, text, "control_change")] == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The ministry boasted that its troops had captured Marinovka on Thursday."),
        ("ru", "В сети разошлось видео, будто армия взяла Мариновку в четверг."),
    ],
)
def test_the_claimed_happenings_own_time_is_kept(lang: str, text: str) -> None:
    assert [span_of(c) for c in claims_of(lang, text, "control_change")] == [(THU, THU)]


# 7. Quantities. A toll phrase ("the death toll from X has risen to N", "die Zahl der Toten ... auf N
#    gestiegen", "кількість загиблих ... зросла до N") counts people, with the attack or the place between
#    the phrase and the figure; its own preposition ("до") is no "up to" bound. A real "up to" stays max.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The death toll from Tuesday's missile strike on the market has risen to nine.",
            (9.0, "exact"),
        ),
        (
            "de",
            "Nach dem Angriff auf den Bahnhof ist die Zahl der Toten auf mindestens 14 gestiegen.",
            (14.0, "min"),
        ),
        ("uk", "Кількість загиблих унаслідок удару по вокзалу зросла до 14.", (14.0, "exact")),
        ("ru", "Число погибших после удара по рынку возросло до 9.", (9.0, "exact")),
        ("uk", "Поранення дістали шестеро мирних жителів.", (6.0, "exact")),
        ("ru", "Ранения получили шестеро мирных жителей.", (6.0, "exact")),
        ("ru", "По данным врачей, было ранено до 30 человек.", (30.0, "max")),
    ],
)
def test_a_toll_counts_people(lang: str, text: str, expected: tuple[float, str]) -> None:
    found = [
        (q.quantity.value, q.quantity.bound) for q in find_quantities(text, lang) if q.name == "casualties"
    ]
    assert found == [expected]


def test_a_toll_phrase_does_not_reach_into_the_next_sentence() -> None:
    found = find_quantities("The death toll is not known. Officials said 5 tanks were destroyed.", "en")
    assert [(q.name, q.quantity.value) for q in found] == [("equipment", 5.0)]


# 8. "About" on a measure (an area, a depth) does not make a count joined to it approximate; between two
#    counts it still carries over.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kyiv says about 400 square kilometres and 17 villages were retaken."),
        ("de", "Rund 400 Quadratkilometer und 17 Ortschaften seien befreit worden."),
        ("uk", "Звільнено близько 400 квадратних кілометрів і 17 населених пунктів."),
        ("ru", "Освобождено около 400 квадратных километров и 17 населённых пунктов."),
    ],
)
def test_about_on_an_area_leaves_the_count_exact(lang: str, text: str) -> None:
    bounds = {q.name: q.quantity.bound for q in find_quantities(text, lang)}
    assert bounds == {"area_km2": "approx", "settlements": "exact"}


def test_about_still_carries_between_two_counts() -> None:
    found = find_quantities("The force numbers about 30,000 troops and 5,000 vehicles.", "en")
    assert [q.quantity.bound for q in found] == ["approx", "approx"]


# 9. Feasts name a day: Palm Sunday and Easter (the Orthodox reckoning, which the reports about Ukraine
#    follow), New Year's night; the last one on or before publication.
@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        ("uk", "У Вербну неділю ракета влучила в центр міста.", date(2024, 4, 30), (date(2024, 4, 28),) * 2),
        ("ru", "В Вербное воскресенье ракета попала в центр.", date(2024, 4, 30), (date(2024, 4, 28),) * 2),
        ("en", "A missile hit the centre on Palm Sunday.", date(2024, 4, 30), (date(2024, 4, 28),) * 2),
        ("de", "Am Palmsonntag traf eine Rakete das Zentrum.", date(2024, 4, 30), (date(2024, 4, 28),) * 2),
        # Published before this year's feast: last year's.
        ("uk", "На Великдень окупанти обстріляли село.", date(2024, 3, 1), (date(2023, 4, 16),) * 2),
        (
            "ru",
            "В новогоднюю ночь беспилотники атаковали город.",
            date(2024, 1, 3),
            (date(2023, 12, 31), date(2024, 1, 1)),
        ),
        (
            "de",
            "In der Silvesternacht griffen Drohnen die Stadt an.",
            date(2024, 1, 3),
            (date(2023, 12, 31), date(2024, 1, 1)),
        ),
        (
            "en",
            "Drones attacked the city on New Year's Eve.",
            date(2024, 1, 3),
            (date(2023, 12, 31), date(2024, 1, 1)),
        ),
    ],
)
def test_a_feast_names_a_day(lang: str, text: str, published: date, expected: tuple[date, date]) -> None:
    matches = resolve_times(text, published, lang)
    assert [(m.when.start, m.when.end) for m in matches] == [expected]


def test_a_feast_is_no_date_in_a_word_that_only_starts_like_it() -> None:
    assert resolve_times("Пасхальные куличи подорожали.", date(2024, 4, 30), "ru") == []
