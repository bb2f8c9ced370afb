"""Time of a claim, round 7: which times date the happening and which date a statement or the post.

Each group names a phenomenon in general terms and probes it with sentences written for this file, in
at least two languages where it is not language-specific, with negative probes where the rule must not
fire (docs/annotation.md, Time). Place ids are made up: only the time is under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.claims.timeexpr import resolve_times
from frontwatch.model import Claim

FRI = date(2025, 8, 8)  # a Friday: the publication date of every probe
THU = date(2025, 8, 7)
SAT = date(2025, 8, 2)  # the Saturday before
MON = date(2025, 8, 4)

#: Made-up settlements, with the inflected forms the probes use.
PLACES: list[PlaceSpec] = [
    ("Marinovka", "gn:951", "settlement"),
    ("Mariniwka", "gn:951", "settlement"),
    ("Мариновку", "gn:951", "settlement"),
    ("Мариновки", "gn:951", "settlement"),
    ("Мариновка", "gn:951", "settlement"),
    ("Мар'янівку", "gn:951", "settlement"),
    ("Мар'янівка", "gn:951", "settlement"),
    ("Мар'янівки", "gn:951", "settlement"),
    ("Sosnivka", "gn:952", "settlement"),
    ("Sosniwka", "gn:952", "settlement"),
    ("Соснівки", "gn:952", "settlement"),
    ("Сосновки", "gn:952", "settlement"),
]


def claims_of(lang: str, text: str, event_type: str, place_id: str = "gn:951") -> list[Claim]:
    """The claims of ``event_type`` at ``place_id``; at least one must be found."""
    present = [p for p in PLACES if p[0] in text]
    # A form inside a longer listed form is left to the longer one ("Мариновка" in "Мариновки" is not).
    chosen = [p for p in present if not any(p[0] != o[0] and p[0] in o[0] for o in present)]
    found = [
        c
        for c in extract_from(text, lang, chosen, "Testblatt", FRI)
        if c.event_type == event_type and c.place is not None and c.place.place_id == place_id
    ]
    assert found, f"no {event_type} claim at {place_id} in {text!r}"
    return found


def dated_on(claims: list[Claim], day: date) -> bool:
    return bool(claims) and all(c.when is not None and c.when.start <= day <= c.when.end for c in claims)


def undated(claims: list[Claim]) -> bool:
    return bool(claims) and all(c.when is None for c in claims)


# --- a verb of saying with no speaker, after the event word it reports, tells the happening --------------
# "Explosions were reported overnight in A": nobody speaks; the night is when the explosions happened,
# not the date of a statement. With a speaker in the clause the time after the verb dates the saying.


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        ("en", "Heavy shelling was reported in Marinovka on Thursday.", "strike"),
        ("en", "Explosions and drone strikes were reported in Marinovka on Thursday.", "strike"),
        ("de", "In Mariniwka wurden am Donnerstag schwere Drohnenangriffe gemeldet.", "strike"),
    ],
)
def test_an_agentless_report_dates_the_happening(lang: str, text: str, event_type: str) -> None:
    assert dated_on(claims_of(lang, text, event_type), THU)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian artillery shelled Marinovka, the district governor reported on Thursday."),
        ("de", "Russische Artillerie beschoss Mariniwka, teilte der Gouverneur am Donnerstag mit."),
    ],
)
def test_a_speaker_s_time_still_dates_the_saying(lang: str, text: str) -> None:
    assert undated(claims_of(lang, text, "strike"))


# --- the date of a statement in brackets before its words, and a dateline, stamp -----------------------
# "Name, title (Friday, 8 August): ..." dates the statement however long the title; "CITY, Aug 8 (Wire) -"
# dates the dispatch. Neither dates what is told after them.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Петро Іваненко, речник угруповання військ на південному напрямку (четвер, 7 серпня): "
            "Сили оборони звільнили Мар'янівку.",
        ),
        (
            "en",
            "Petro Ivanenko, spokesman of the southern group of forces (Thursday, 7 August): "
            "Ukrainian forces liberated Marinovka.",
        ),
        ("en", "SLOVIANSK, Aug 7 (Eastline Wire) - Ukrainian forces liberated Marinovka, officials said."),
        # The speaker's title may hold an event word ("assault").
        ("en", "The 3rd Assault Brigade (7 August): our units liberated Marinovka after a week of fighting."),
    ],
)
def test_a_statement_or_dispatch_date_is_no_time_of_the_happening(lang: str, text: str) -> None:
    assert undated(claims_of(lang, text, "control_change"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukrainian forces liberated Marinovka on Aug 7 - the first gain in the area this month."),
        ("uk", "Сили оборони звільнили Мар'янівку (у четвер, 7 серпня), повідомили у штабі."),
    ],
)
def test_a_date_after_the_event_word_still_dates_it(lang: str, text: str) -> None:
    assert dated_on(claims_of(lang, text, "control_change"), THU)


# --- verbs of writing are verbs of saying -----------------------------------------------------------
# "the channels wrote on Saturday that A had fallen": Saturday is when it was written.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Провоенные каналы ещё в субботу писали, что российские войска взяли Мариновку."),
        ("uk", "Проросійські канали ще в суботу писали, що російські війська захопили Мар'янівку."),
        ("de", "Russische Kanäle schrieben am Samstag, russische Truppen hätten Mariniwka eingenommen."),
    ],
)
def test_a_time_of_writing_dates_the_writing(lang: str, text: str) -> None:
    assert undated(claims_of(lang, text, "control_change"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В субботу российские войска взяли Мариновку."),
        ("uk", "У суботу російські війська захопили Мар'янівку."),
    ],
)
def test_without_a_verb_of_saying_the_time_dates_the_capture(lang: str, text: str) -> None:
    assert dated_on(claims_of(lang, text, "control_change"), SAT)


# --- an event word that is the object of a verb of announcing names what was announced ----------------
# "announced the capture of A on Monday": Monday is the announcement; the capture has no time told.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia's defence ministry announced the capture of Marinovka on Monday."),
        ("de", "Das russische Verteidigungsministerium hat am Montag die Einnahme von Mariniwka verkündet."),
        ("ru", "Министерство обороны России в понедельник объявило о взятии Мариновки."),
        ("uk", "Міністерство оборони Росії в понеділок заявило про захоплення Мар'янівки."),
    ],
)
def test_an_announced_capture_takes_no_time_from_the_announcement(lang: str, text: str) -> None:
    assert undated(claims_of(lang, text, "control_change"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia's defence ministry announced that its troops had captured Marinovka on Monday."),
        ("en", "On Monday Russian troops captured Marinovka, and the ministry announced the capture."),
        ("ru", "В понедельник российские войска взяли Мариновку, и министерство объявило об этом."),
    ],
)
def test_a_capture_told_in_its_own_clause_keeps_its_time(lang: str, text: str) -> None:
    assert dated_on(claims_of(lang, text, "control_change"), MON)


# --- a dash between two names breaks no clause ---------------------------------------------------------
# "along the A–B road on 7 August": the date is in the clause of the event word before the compound.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russian forces kept up offensive operations along the Marinovka–Sosnivka line on 7 August "
            "but made no confirmed gains.",
        ),
        ("uk", "Ворог продовжував наступальні дії на лінії Мар'янівка–Соснівка 7 серпня, але не мав успіху."),
    ],
)
def test_a_dash_inside_a_compound_name_keeps_the_clause(lang: str, text: str) -> None:
    claims = extract_from(text, lang, [p for p in PLACES if p[0] in text], "Testblatt", FRI)
    assert claims and dated_on(claims, THU)


# --- coordinated event words opening a clause go on the verb before them --------------------------------
# ", waving flags and singing the anthem": both have no subject of their own; they happen when the
# clause before them does.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Residents poured into the square of Marinovka on Saturday, cheering and waving flags."),
        ("de", "Bewohner strömten am Samstag auf den Platz von Mariniwka, jubelten und schwenkten Fahnen."),
    ],
)
def test_coordinated_event_words_take_the_time_of_the_clause_before(lang: str, text: str) -> None:
    claims = claims_of(lang, text, "civilian_reaction")
    assert dated_on(claims, SAT)


# --- a digest span frames its line wherever it stands ----------------------------------------------------
# "General Staff: near A over the past day our defenders repelled five attacks, the enemy tried to break
# through to B": every claim of the line is counted over that day.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Генштаб ЗСУ: біля Мар'янівки за минулу добу наші захисники відбили п'ять атак, ворог "
            "намагався прорватися до Соснівки.",
        ),
        (
            "uk",
            "Генштаб ЗСУ: на південному напрямку від початку доби наші захисники відбили п'ять атак біля "
            "Мар'янівки, ворог намагався прорватися до Соснівки, але безуспішно.",
        ),
        (
            "en",
            "General Staff: on the southern axis since the start of the day our defenders repelled five "
            "attacks near Marinovka, the enemy tried to break through to Sosnivka, without success.",
        ),
    ],
)
def test_a_digest_span_dates_every_claim_of_its_line(lang: str, text: str) -> None:
    claims = extract_from(text, lang, [p for p in PLACES if p[0] in text], "Testblatt", FRI)
    assert len(claims) >= 2
    assert all(c.when is not None and c.when.end == FRI for c in claims)


def test_a_span_of_a_later_clause_does_not_frame_the_line() -> None:
    # "since March" is no digest span: it dates only its own clause (the holding), not the capture.
    text = "Russian troops captured Sosnivka on Monday, while Marinovka has stayed Ukrainian since March."
    captured = claims_of("en", text, "control_change", "gn:952")
    assert dated_on(captured, MON)


# --- words that look like a time and are none -----------------------------------------------------------
# "відкинуті на вихідні позиції" (thrown back to their starting positions) names no weekend.


def test_starting_positions_are_no_weekend() -> None:
    text = "Біля Мар'янівки окупанти намагалися контратакувати, але були відкинуті на вихідні позиції."
    assert resolve_times(text, FRI, "uk") == []
    assert undated(claims_of("uk", text, "fighting"))


def test_a_weekend_is_still_a_weekend() -> None:
    found = resolve_times("На вихідних окупанти обстріляли Мар'янівку.", FRI, "uk")
    assert [(m.when.start, m.when.end) for m in found] == [(SAT, date(2025, 8, 3))]


# --- a time around a verb that releases a picture dates the release ----------------------------------
# "Satellite images released on 7 August show ...": the images may be older; the release date is no time
# of what they show.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Satellite images released on 7 August show dozens of burnt Russian vehicles near Marinovka."),
        (
            "de",
            "Am 7. August freigegebene Satellitenbilder zeigen Dutzende zerstörte russische Fahrzeuge "
            "bei Mariniwka.",
        ),
    ],
)
def test_a_release_date_is_no_time_of_what_the_picture_shows(lang: str, text: str) -> None:
    claims = extract_from(text, lang, [p for p in PLACES if p[0] in text], "Testblatt", FRI)
    assert claims and all(c.when is None for c in claims)


# --- a time opening a speaker's words after a colon frames all they tell ----------------------------------
# "Commander: since 1 August our troops advanced 20 km and liberated 12 settlements": the span dates every
# claim of the line, as it would opening the sentence.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Командувач угруповання: з 1 серпня наші війська просунулися на 20 км, повернули 300 кв. км "
            "території і звільнили Мар'янівку.",
        ),
        (
            "en",
            "Group commander: since 1 August our troops have advanced 20 km, retaken 300 square kilometres "
            "and liberated Marinovka.",
        ),
    ],
)
def test_a_span_opening_the_words_after_a_colon_frames_the_line(lang: str, text: str) -> None:
    claims = extract_from(text, lang, [p for p in PLACES if p[0] in text], "Testblatt", FRI)
    assert len(claims) >= 2
    assert all(c.when is not None and c.when.start == date(2025, 8, 1) for c in claims)


def test_a_since_inside_a_later_clause_frames_nothing() -> None:
    text = "Ukrainian forces liberated Marinovka, which Russia had held since March."
    assert undated(claims_of("en", text, "control_change"))


# --- a time after a conjunction dates the list member after it, also across a comma ------------------------
# "liberated A and, on 7 August, B": 7 August is B's; A, told before the conjunction, has no time told.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukrainian forces liberated Marinovka and, on 7 August, Sosnivka."),
        ("de", "Die ukrainischen Truppen befreiten Mariniwka und, am 7. August, Sosniwka."),
    ],
)
def test_a_time_after_a_conjunction_does_not_date_the_place_before_it(lang: str, text: str) -> None:
    assert undated(claims_of(lang, text, "control_change"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukrainian forces liberated Marinovka on 7 August and moved on towards the river."),
        ("de", "Die ukrainischen Truppen befreiten Mariniwka am 7. August und rückten weiter vor."),
    ],
)
def test_a_time_before_the_conjunction_still_dates_the_place(lang: str, text: str) -> None:
    assert dated_on(claims_of(lang, text, "control_change"), THU)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Сили оборони звільнили Мар'янівку, а 7 серпня — Соснівку."),
        ("ru", "ВСУ освободили Мариновку, а 7 августа — Сосновку."),
        ("en", "Ukrainian forces liberated Marinovka, then on 7 August Sosnivka."),
    ],
)
def test_a_time_after_a_contrastive_or_sequential_conjunction_is_not_the_first_place_s(
    lang: str, text: str
) -> None:
    assert undated(claims_of(lang, text, "control_change"))
