"""Time and source of a claim, round 6.

Each group names a phenomenon in general terms and probes it with sentences written for this file, in
at least two languages where it is not language-specific, with negative probes where the rule must not
fire (docs/annotation.md, Time and Source). Place ids are made up: only time and source are under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.claims.lexicon import load_lexicon
from frontwatch.claims.sources import (
    RegistryEntry,
    SourceRegistry,
    find_speakers,
    load_outlet_name_kinds,
    load_registry,
)
from frontwatch.claims.timeexpr import resolve_times
from frontwatch.model import Claim

FRI = date(2025, 8, 8)  # a Friday
THU = date(2025, 8, 7)


def times(lang: str, text: str, published: date = FRI) -> list[tuple[str, date, date]]:
    return [(m.text, m.when.start, m.when.end) for m in resolve_times(text, published, lang)]


# --- a part of a season is one month of it ------------------------------------------------------------
# "early summer" is June, "late summer" August, "mid-summer" July; a bare season stays three months.


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        ("en", "In early summer the brigade lost the ridge.", date(2025, 6, 1), date(2025, 6, 30)),
        ("en", "At the end of the spring the brigade lost the ridge.", date(2025, 5, 1), date(2025, 5, 31)),
        ("de", "Zu Beginn des Sommers verlor die Brigade den Hügel.", date(2025, 6, 1), date(2025, 6, 30)),
        ("de", "Ende des Frühjahrs verlor die Brigade den Hügel.", date(2025, 5, 1), date(2025, 5, 31)),
        ("ru", "В начале лета бригада потеряла высоту.", date(2025, 6, 1), date(2025, 6, 30)),
        ("ru", "В конце весны бригада потеряла высоту.", date(2025, 5, 1), date(2025, 5, 31)),
        ("uk", "На початку літа бригада втратила висоту.", date(2025, 6, 1), date(2025, 6, 30)),
        ("uk", "Наприкінці весни бригада втратила висоту.", date(2025, 5, 1), date(2025, 5, 31)),
        ("uk", "В середині літа бригада втратила висоту.", date(2025, 7, 1), date(2025, 7, 31)),
    ],
)
def test_part_of_a_season_is_one_month(lang: str, text: str, start: date, end: date) -> None:
    found = times(lang, text)
    assert len(found) == 1 and found[0][1:] == (start, end)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "In the summer the brigade lost the ridge."), ("ru", "Летом бригада потеряла высоту.")],
)
def test_a_bare_season_stays_the_whole_season(lang: str, text: str) -> None:
    assert [t[1:] for t in times(lang, text)] == [(date(2025, 6, 1), date(2025, 8, 8))]


# --- a span of hours back from publication ----------------------------------------------------------
# "binnen 24 Stunden abgewehrt" is a daily tally up to publication; "within a day advanced ten km"
# measures a pace and dates nothing.


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Verteidiger wehrten binnen 24 Stunden zwölf Vorstöße ab."),
        ("de", "Innerhalb von 48 Stunden fielen dort vierzig Granaten."),
        ("en", "The defenders beat back twelve assaults within 24 hours."),
        ("en", "Within the past 48 hours forty shells fell there."),
    ],
)
def test_a_span_of_hours_ends_at_publication(lang: str, text: str) -> None:
    found = times(lang, text)
    assert len(found) == 1
    _, start, end = found[0]
    assert end == FRI and start < FRI


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Trupps rückten innerhalb eines Tages zehn Kilometer vor."),
        ("en", "The squads pushed ten kilometres within a day."),
    ],
)
def test_a_pace_dates_nothing(lang: str, text: str) -> None:
    assert times(lang, text) == []


# --- "since the start of the day" is the publication day --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Від початку доби ворог дев'ять разів штурмував позиції."),
        ("ru", "С начала суток противник девять раз штурмовал позиции."),
        ("de", "Seit Beginn des Tages griff der Gegner neunmal an."),
        ("en", "Since the start of the day the enemy has attacked nine times."),
    ],
)
def test_since_the_start_of_the_day_is_the_publication_day(lang: str, text: str) -> None:
    assert [t[1:] for t in times(lang, text)] == [(FRI, FRI)]


# --- "that same night" is the night told just before -----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Drones hit the depot on Tuesday night. That same night a substation burned."),
        ("de", "Drohnen trafen das Depot am Dienstagabend. In derselben Nacht brannte ein Umspannwerk."),
        ("uk", "Дрони влучили в депо у вівторок увечері. Тієї ж ночі горіла підстанція."),
    ],
)
def test_the_same_night_counts_from_the_night_before_it(lang: str, text: str) -> None:
    found = times(lang, text)
    assert len(found) == 2
    tuesday = date(2025, 8, 5)
    assert found[0][1] == tuesday and found[1][1:] == (tuesday, tuesday)


# --- a frame time before a verb of saying dates the saying ------------------------------------------
# "On Monday, the mayor, X, said A had been liberated": Monday is when it was said, not when A was
# liberated; an event word before the verb of saying takes the frame time.

PLACES: dict[str, list[PlaceSpec]] = {
    "en": [("Marinovka", "gn:951", "settlement")],
    "ru": [("Мариновка", "gn:951", "settlement"), ("Мариновку", "gn:951", "settlement")],
}


def claims_at(lang: str, text: str, event_type: str) -> list[Claim]:
    places = [p for p in PLACES[lang] if p[0] in text]
    chosen = [p for p in places if not any(p[0] != o[0] and p[0] in o[0] for o in places)]
    found = [
        c
        for c in extract_from(text, lang, chosen, "Testblatt", FRI)
        if c.event_type == event_type and c.place is not None and c.place.place_id == "gn:951"
    ]
    assert found, f"no {event_type} claim in {text!r}"
    return found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday, the district head, Petro Ivanenko, said Marinovka had been liberated."),
        ("ru", "Во вторник глава района, Пётр Иваненко, заявил, что Мариновка освобождена."),
    ],
)
def test_a_frame_time_before_the_saying_dates_the_saying(lang: str, text: str) -> None:
    assert all(c.when is None for c in claims_at(lang, text, "control_change"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday, Russian artillery shelled Marinovka, the district head said."),
        ("ru", "Во вторник российская артиллерия обстреляла Мариновку, заявил глава района."),
    ],
)
def test_a_frame_time_before_the_event_word_dates_the_event(lang: str, text: str) -> None:
    claims = claims_at(lang, text, "strike")
    tuesday = date(2025, 8, 5)
    assert any(c.when is not None and c.when.start == tuesday for c in claims)


# --- registry names: Ukrainian і/ї and Russian и/ы spell the same name ---------------------------------


# A registry made up for these probes, so that they do not depend on which spellings sources.yaml lists.
PROBE_REGISTRY = SourceRegistry(
    [
        RegistryEntry(
            id="hrytsiv",
            name="Petro Hrytsiv",
            names=("Petro Hrytsiv", "Петро Гриців"),
            kind="governor",
            side="UA",
        )
    ]
)


@pytest.mark.parametrize(
    "written",
    [
        "Петро Грицив",  # Russian и for the Ukrainian і
        "Петро Грицыв",
        "Петром Грицивим",  # an inflected form of the mixed spelling
    ],
)
def test_a_name_matches_across_i_spellings(written: str) -> None:
    found = PROBE_REGISTRY.find("Сьогодні " + written)
    assert [entry.id for _, _, entry in found] == ["hrytsiv"]


@pytest.mark.parametrize("written", ["Петро Грицак", "Петро Гарців", "Петро Гроців"])
def test_other_letters_still_tell_names_apart(written: str) -> None:
    assert PROBE_REGISTRY.find("Сьогодні " + written) == []


def test_the_sources_registry_finds_a_mixed_spelling() -> None:
    entry = load_registry().search("Вадим Філашкин")  # Ukrainian first name, surname with a Russian и
    assert entry is not None and entry.name == "Vadym Filashkin"


def test_a_publisher_named_as_an_official_is_that_official() -> None:
    """A governor's own channel that spells his surname the Russian way is still the governor."""
    source = load_registry().outlet_source("Вадим Філашкин")
    assert (source.kind, source.side) == ("governor", "UA")


# --- a word for an official text points back to the body named before ------------------------------


def _speakers(lang: str, text: str) -> list[tuple[str, str, str | None, str]]:
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    tokens = lexicon.tokenize(text)
    side_spans = {side: cues.find(text, tokens) for side, cues in lexicon.side_words.items()}
    return [
        (text[m.start : m.end], m.source.kind, m.source.side, m.source.name)
        for m in find_speakers(text, tokens, lexicon, load_registry(), side_spans)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "Минобороны России отчиталось об ударах. Склады поражены, говорится в сводке.", "в сводке"),
        ("uk", "Генштаб ЗСУ оприлюднив дані. Склади уражено, йдеться у зведенні.", "у зведенні"),
        (
            "en",
            "The Russian Ministry of Defence issued figures. Depots were hit, the bulletin says.",
            "the bulletin",
        ),
    ],
)
def test_an_official_text_speaks_for_the_body_named_before(lang: str, text: str, word: str) -> None:
    found = [s for s in _speakers(lang, text) if s[0] == word]
    assert found and found[0][1] in ("defence_ministry", "general_staff")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # nobody named before: the word names nobody
        ("ru", "Склады поражены, говорится в сводке.", "в сводке"),
        # a person named before is no body that issues bulletins
        ("ru", "Александр Сырский дал интервью. Склады поражены, говорится в сводке.", "в сводке"),
    ],
)
def test_an_official_text_without_a_body_before_names_nobody(lang: str, text: str, word: str) -> None:
    assert not [s for s in _speakers(lang, text) if s[0] == word]


@pytest.mark.parametrize(
    ("lang", "text", "side"),
    [
        ("en", "Ukraine's special operations forces said two boats were sunk.", "UA"),
        ("ru", "Российские Силы специальных операций заявили о захвате высоты.", "RU"),
    ],
)
def test_special_operations_forces_are_military_of_the_side_named(lang: str, text: str, side: str) -> None:
    found = [s for s in _speakers(lang, text) if s[1] == "military"]
    assert found and found[0][2] == side


# --- a publisher named as an analysis centre is a think tank ------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Центр анализа военных конфликтов «Рубеж»", "think_tank"),
        ("Центр аналізу оборони «Степ»", "think_tank"),
        ("Вечерние новости Прикамья", None),  # a newspaper's name says nothing of the kind
    ],
)
def test_an_analysis_centre_by_its_name(name: str, kind: str | None) -> None:
    found = load_outlet_name_kinds().kind_of(name)
    assert (found[0] if found else None) == kind
