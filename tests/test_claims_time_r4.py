"""The time of a claim, round 4: what dates nothing, what a bulletin passes on, what has not happened.

Each group names a phenomenon in general terms and probes it with sentences written for this file, in
at least two languages where it is not language-specific, with negative probes where the rule must not
fire (docs/annotation.md, Time). Place ids are made up: only the time is under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.claims.timeexpr import resolve_times
from frontwatch.model import Claim, When

WED = date(2024, 5, 15)  # a Wednesday: Monday is 13 May, last Friday 10 May
TUE = date(2024, 5, 14)
INVASION = date(2022, 2, 24)

PLACES: dict[str, list[PlaceSpec]] = {
    "de": [("Kosjatyn", "gn:801", "settlement"), ("Hryniwka", "gn:802", "settlement")],
    "en": [("Kozyatyn", "gn:801", "settlement"), ("Hrynivka", "gn:802", "settlement")],
    "uk": [
        ("Козятин", "gn:801", "settlement"),
        ("Козятина", "gn:801", "settlement"),
        ("Козятині", "gn:801", "settlement"),
        ("Гринівка", "gn:802", "settlement"),
        ("Гринівку", "gn:802", "settlement"),
        ("Гринівки", "gn:802", "settlement"),
    ],
    "ru": [
        ("Казатин", "gn:801", "settlement"),
        ("Казатина", "gn:801", "settlement"),
        ("Казатине", "gn:801", "settlement"),
        ("Гриновка", "gn:802", "settlement"),
        ("Гриновку", "gn:802", "settlement"),
        ("Гриновки", "gn:802", "settlement"),
    ],
}


def claims_of(lang: str, text: str, published: date = WED) -> list[Claim]:
    # Longer forms first so that "Козятина" is not also found as "Козятин".
    chosen: list[PlaceSpec] = []
    for spec in sorted((p for p in PLACES[lang] if p[0] in text), key=lambda p: -len(p[0])):
        if not any(spec[0] in other[0] for other in chosen):
            chosen.append(spec)
    return extract_from(text, lang, chosen, "Testblatt", published)


def claims_at(lang: str, text: str, event_type: str, place: str = "gn:801") -> list[Claim]:
    found = [
        c
        for c in claims_of(lang, text)
        if c.event_type == event_type and (c.place.place_id if c.place else None) == place
    ]
    assert found, f"no {event_type} at {place} in {claims_of(lang, text)}"
    return found


def days(when: When | None) -> tuple[date, date] | None:
    return None if when is None else (when.start, when.end)


# --- An indefinite stretch of the past ("in recent days", a plural unit with no count) dates nothing ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "In den vergangenen Tagen haben ukrainische Truppen Kosjatyn befreit."),
        ("de", "Die Armee hat Kosjatyn in den letzten Wochen mehrfach beschossen."),
        ("en", "Ukrainian troops have liberated Kozyatyn in recent days."),
        ("en", "Over the past few weeks Russian artillery shelled Kozyatyn."),
        ("ru", "В последние дни российские войска обстреливали Казатин."),
        ("ru", "На днях ВСУ освободили Казатин."),
        ("uk", "Останніми днями ЗСУ звільнили Козятин."),
        ("uk", "За останні тижні ворог обстріляв Козятин."),
    ],
)
def test_an_indefinite_stretch_dates_nothing(lang: str, text: str) -> None:
    assert resolve_times(text, WED, lang) == []
    assert all(c.when is None for c in claims_of(lang, text) if c.place)


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("de", "In den vergangenen 24 Stunden wurde Kosjatyn beschossen.", TUE),
        ("en", "Over the past two days Russian artillery shelled Kozyatyn.", date(2024, 5, 13)),
        ("ru", "За последние сутки противник обстрелял Казатин.", TUE),
        ("uk", "Упродовж доби ворог обстріляв Козятин.", TUE),
    ],
)
def test_a_counted_span_still_dates_the_claim(lang: str, text: str, start: date) -> None:
    (claim,) = claims_at(lang, text, "strike")
    assert days(claim.when) == (start, WED)


def test_the_last_days_before_an_event_are_not_counted_from_publication() -> None:
    text = "В последние дни перед отходом российские войска вывозили технику из Казатина."
    assert resolve_times(text, WED, "ru") == []


# --- "since" a year, the start of the year or the full-scale invasion runs up to publication ---


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("de", "Die Stadt, die Russland seit 2014 kontrolliert, liegt im Osten.", date(2014, 1, 1)),
        ("ru", "Город под контролем России с 2015 г.", date(2015, 1, 1)),
        ("en", "Since the start of the year the army has lost ground.", date(2024, 1, 1)),
        ("ru", "С начала года войска продвинулись на запад.", date(2024, 1, 1)),
        ("uk", "З початку року армія втратила кілька сіл.", date(2024, 1, 1)),
        ("en", "The town has been occupied since the full-scale invasion.", INVASION),
        ("de", "Seit Beginn der russischen Invasion ist die Stadt besetzt.", INVASION),
        ("ru", "С первых дней вторжения город находится под оккупацией.", INVASION),
        ("uk", "Місто окуповане з перших днів повномасштабного вторгнення.", INVASION),
    ],
)
def test_since_a_year_or_a_moment_of_the_war_is_a_range_up_to_publication(
    lang: str, text: str, start: date
) -> None:
    (match,) = resolve_times(text, WED, lang)
    assert match.since and (match.when.start, match.when.end) == (start, WED)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Російські війська, які контролюють Козятин з перших днів вторгнення, відступили на схід."),
        ("en", "Kozyatyn, which Russia has held since 2014, remains under Russian control."),
    ],
)
def test_since_the_invasion_dates_a_holding(lang: str, text: str) -> None:
    claims = claims_at(lang, text, "control_held")
    assert any(c.when is not None and c.when.end == WED and c.when.start.year in (2014, 2022) for c in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Упродовж січня російські підрозділи просувалися до Козятина."),
        ("ru", "В течение января российские подразделения продвигались к Казатину."),
        ("en", "Throughout January Russian units advanced toward Kozyatyn."),
    ],
)
def test_a_month_told_as_a_stretch_is_that_month(lang: str, text: str) -> None:
    (match,) = resolve_times(text, WED, lang)
    assert (match.when.start, match.when.end) == (date(2024, 1, 1), date(2024, 1, 31))


# --- A "since" after a superlative or "first" measures a record: it dates no happening ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        ("en", "Hrynivka is the first village to be recaptured since the summer.", "control_change"),
        (
            "en",
            "Analysts called the strike on Kozyatyn the heaviest since the full-scale invasion.",
            "strike",
        ),
        ("de", "Es war der schwerste Angriff auf Kosjatyn seit Kriegsbeginn.", "strike"),
        ("ru", "Это самый массированный обстрел Казатина с начала года.", "strike"),
        ("uk", "Це наймасованіший обстріл Козятина з початку року.", "strike"),
    ],
)
def test_a_since_after_a_superlative_dates_nothing(lang: str, text: str, event_type: str) -> None:
    place = "gn:802" if "Hrynivka" in text else "gn:801"
    assert all(c.when is None for c in claims_at(lang, text, event_type, place))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia has held Kozyatyn since the summer."),
        ("uk", "Росія контролює Козятин з літа."),
    ],
)
def test_a_since_without_a_superlative_still_dates_the_holding(lang: str, text: str) -> None:
    assert any(c.when is not None for c in claims_at(lang, text, "control_held"))


# --- A claim takes no time from a claim about the same place in another sentence ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Missile strike on Kozyatyn\n\nRussian missiles hit Kozyatyn on Tuesday evening.\n\n"
            "Moscow said its strike on Kozyatyn had targeted a depot.",
        ),
        (
            "uk",
            "Ракетний удар по Козятину\n\nУ вівторок увечері російські ракети влучили в Козятин.\n\n"
            "Місцеві жителі розповіли, що після удару по Козятину зникло світло.",
        ),
    ],
)
def test_a_claim_takes_no_time_from_the_same_place_elsewhere(lang: str, text: str) -> None:
    strikes = claims_at(lang, text, "strike")
    dated = [c for c in strikes if c.when is not None]
    assert dated and all(days(c.when) == (TUE, TUE) for c in dated)
    assert any(c.when is None for c in strikes)


# --- A bulletin: nights, numbered items and speakers' lines do not pass a span on ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Overnight, Russian drones attacked Hrynivka.\n"
            "The defenders repelled three assaults near Kozyatyn.",
        ),
        ("uk", "Вночі російські дрони атакували Гринівку.\nСили оборони відбили три атаки біля Козятина."),
    ],
)
def test_a_night_opening_a_line_dates_only_that_line(lang: str, text: str) -> None:
    assert all(c.when is None for c in claims_at(lang, text, "fighting"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Зведення на ранок\n1. Минулої доби ворог обстріляв Гринівку.\n"
            "2. Російська авіація завдала удару по Козятину.",
        ),
        (
            "en",
            "Morning summary\n1. Over the past day the enemy shelled Hrynivka.\n"
            "2. Russian aircraft struck Kozyatyn with glide bombs.",
        ),
    ],
)
def test_a_numbered_item_opening_with_a_span_dates_only_itself(lang: str, text: str) -> None:
    assert days(claims_at(lang, text, "strike", "gn:802")[0].when) == (TUE, WED)
    assert all(c.when is None for c in claims_at(lang, text, "strike"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "За минулу добу:\n1. Ворог обстріляв Гринівку.\n2. Російська авіація завдала удару по Козятину.",
        ),
        ("en", "In the past 24 hours:\n1. The enemy shelled Hrynivka.\n2. Russian aircraft struck Kozyatyn."),
    ],
)
def test_a_header_line_still_dates_its_numbered_items(lang: str, text: str) -> None:
    assert all(days(c.when) == (TUE, WED) for c in claims_at(lang, text, "strike"))


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        (
            "uk",
            "За минулу добу ворог 30 разів атакував позиції біля Гринівки.\n"
            "Заступниця міністра повідомила, що Сили оборони звільнили Козятин.",
            "control_change",
        ),
        (
            "en",
            "In the past 24 hours the enemy attacked near Hrynivka 30 times.\n"
            "The deputy minister said Ukrainian forces had liberated Kozyatyn.",
            "control_change",
        ),
    ],
)
def test_a_line_told_by_a_speaker_is_no_bulletin_item(lang: str, text: str, event_type: str) -> None:
    assert all(c.when is None for c in claims_at(lang, text, event_type))


def test_a_line_with_only_an_attribution_phrase_stays_in_the_bulletin() -> None:
    text = (
        "За минулу добу ворог 30 разів атакував позиції біля Гринівки.\n"
        "За даними Генштабу, ворог обстріляв Козятин."
    )
    assert all(days(c.when) == (TUE, WED) for c in claims_at("uk", text, "strike"))


# --- What has not happened: a prediction takes no past time, a denial of a claim told before none ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        (
            "uk",
            "Командувач напередодні натякнув на складні рішення, що може означати відхід з Козятина.",
            "withdrawal",
        ),
        ("en", "Experts expect Russia to keep striking Kozyatyn throughout the winter.", "strike"),
        ("ru", "Вчера командующий намекнул, что войска могут оставить Казатин.", "withdrawal"),
    ],
)
def test_a_prediction_takes_no_time_that_is_already_past(lang: str, text: str, event_type: str) -> None:
    claims = claims_at(lang, text, event_type)
    assert all(c.modality == "predicted" and c.when is None for c in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Пригожин пообещал 25 мая вывести своих бойцов из Казатина."),
        ("en", "Wagner will withdraw its fighters from Kozyatyn on 25 May, its chief said."),
    ],
)
def test_a_prediction_keeps_a_time_still_ahead(lang: str, text: str) -> None:
    claims = claims_at(lang, text, "withdrawal")
    assert any(c.modality == "predicted" and days(c.when) == (date(2024, 5, 25),) * 2 for c in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Russian missiles hit Kozyatyn.\nMoscow denied it."),
        ("uk", "У вівторок російські ракети влучили в Козятин.\nУ Кремлі це заперечують."),
    ],
)
def test_a_denial_of_a_claim_told_before_has_no_time(lang: str, text: str) -> None:
    strikes = claims_at(lang, text, "strike")
    assert {(c.modality, days(c.when)) for c in strikes} >= {("asserted", (TUE, TUE))}
    denials = [c for c in strikes if c.modality == "negated"]
    assert denials and all(c.when is None for c in denials)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Мобілізовані можуть з'явитися біля Козятина не раніше середини червня."),
        ("en", "Fresh Russian units can reach Kozyatyn not before mid-June, analysts say."),
    ],
)
def test_a_not_before_bound_is_no_time(lang: str, text: str) -> None:
    assert all(c.when is None for c in claims_of(lang, text))


# --- An evacuation happens when it is ordered ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Тим часом 14 травня влада оголосила примусову евакуацію родин із Козятина."),
        ("en", "On 14 May the regional governor announced the mandatory evacuation of Kozyatyn."),
        ("de", "Am Dienstag ordnete die Gebietsverwaltung die Evakuierung von Kosjatyn an."),
    ],
)
def test_an_announced_evacuation_takes_the_time_of_the_announcement(lang: str, text: str) -> None:
    assert all(days(c.when) == (TUE, TUE) for c in claims_at(lang, text, "evacuation"))


def test_a_statement_time_still_does_not_date_a_strike() -> None:
    text = "The governor said on Tuesday that Russian artillery had shelled Kozyatyn."
    assert all(c.when is None for c in claims_at("en", text, "strike"))


# --- A sentence that adds to the one before ("also") tells more of the same happening ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Сегодня утром ракеты попали в Гриновку.\nТакже обстрелу подвергся Казатин."),
        ("en", "On Tuesday Russian missiles hit Hrynivka.\nRussian drones also struck Kozyatyn."),
        ("uk", "У вівторок ракети влучили в Гринівку.\nТакож під обстріл потрапив Козятин."),
    ],
)
def test_an_also_sentence_takes_the_time_of_the_sentence_before(lang: str, text: str) -> None:
    before = claims_at(lang, text, "strike", "gn:802")[0].when
    assert before is not None
    assert all(days(c.when) == days(before) for c in claims_at(lang, text, "strike"))


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        # a speaker's own addition is a story of the speaker's
        (
            "uk",
            "У вівторок ракети влучили в Гринівку.\nГубернатор додав, що окупанти також обстріляли Козятин.",
            "strike",
        ),
        # another kind of happening is no more of the same
        (
            "en",
            "On Tuesday Russian missiles hit Hrynivka.\n"
            "Ukrainian troops also repelled an assault near Kozyatyn.",
            "fighting",
        ),
    ],
)
def test_an_also_sentence_of_another_story_takes_no_time(lang: str, text: str, event_type: str) -> None:
    assert all(c.when is None for c in claims_at(lang, text, event_type))


# --- A verb that tells a statement without an attribution cue still dates only the statement ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        (
            "de",
            "Der Generalstab sprach am Dienstag lediglich von anhaltenden Kämpfen bei Kosjatyn.",
            "fighting",
        ),
        ("en", "The army confirmed on Tuesday that Russian troops had shelled Kozyatyn.", "strike"),
        ("uk", "Командування у вівторок підтвердило, що росіяни обстріляли Козятин.", "strike"),
    ],
)
def test_a_time_next_to_a_verb_of_telling_dates_the_statement(lang: str, text: str, event_type: str) -> None:
    assert all(c.when is None for c in claims_at(lang, text, event_type))


def test_a_time_of_the_happening_after_a_verb_of_telling_is_kept() -> None:
    text = "The army confirmed that Russian troops shelled Kozyatyn on Tuesday night."
    assert all(c.when is not None and c.when.start == TUE for c in claims_at("en", text, "strike"))


# --- A relative clause right after a figure tells the happening the figure counts ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Der Präsident sprach am Dienstagabend von rund 500 Quadratkilometern, "
            "die seit Monatsbeginn befreit worden seien.",
        ),
        (
            "en",
            "The minister spoke on Tuesday of some 500 square kilometres, which had been liberated "
            "since the start of the month.",
        ),
    ],
)
def test_a_since_range_after_a_figure_dates_it_up_to_the_statement(lang: str, text: str) -> None:
    claims = [c for c in claims_of(lang, text) if c.event_type == "area_claim"]
    assert claims and all(days(c.when) == (date(2024, 5, 1), TUE) for c in claims)


# --- A clock time with no day named is the day told before, else the day of publication ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Близько п'ятої ранку противник пішов у наступ на Козятин."),
        ("ru", "Около пяти утра противник пошёл в наступление на Казатин."),
        ("en", "At around 5 a.m. Russian troops advanced toward Kozyatyn."),
        ("de", "Gegen 5 Uhr morgens rückten russische Truppen auf Kosjatyn vor."),
    ],
)
def test_a_clock_time_is_the_day_of_publication(lang: str, text: str) -> None:
    claims = [c for c in claims_of(lang, text) if c.event_type == "advance"]
    assert claims and all(days(c.when) == (WED, WED) for c in claims)


def test_a_clock_time_after_a_dated_sentence_is_that_day() -> None:
    text = "On Tuesday Russia launched an offensive. At around 5 a.m. its troops advanced toward Kozyatyn."
    claims = [c for c in claims_of("en", text) if c.event_type == "advance"]
    assert claims and all(days(c.when) == (TUE, TUE) for c in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "14:05 Генштаб ЗСУ: ворог обстріляв Козятин."),
        ("en", "14:05 — Russian artillery shelled Kozyatyn."),
    ],
)
def test_a_ticker_stamp_is_no_clock_time_of_the_happening(lang: str, text: str) -> None:
    assert resolve_times(text, WED, lang) == []


# --- A habit has no one day, but a "since" stretch of its own still dates it ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Residents said glide bombs have hit Kozyatyn almost daily since the summer."),
        ("uk", "Місцеві кажуть, що ворог майже щодня обстрілює Козятин з літа."),
    ],
)
def test_a_habit_since_a_season_is_dated_by_the_since_range(lang: str, text: str) -> None:
    # "since the summer" in a May report is last summer, up to publication
    claims = claims_at(lang, text, "strike")
    assert all(days(c.when) == (date(2023, 6, 1), WED) for c in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Buses leave Kozyatyn daily at 10:00 as the evacuation continues."),
        ("en", "On Tuesday Russian artillery shelled Hrynivka; it hits Kozyatyn daily."),
    ],
)
def test_a_daily_habit_takes_no_clock_time_or_day(lang: str, text: str) -> None:
    dated = [c for c in claims_of(lang, text) if (c.place.place_id if c.place else None) == "gn:801"]
    assert all(c.when is None for c in dated)


# --- A confirmation tells a happening told elsewhere: it takes that happening's time ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Am Dienstag haben ukrainische Truppen Kosjatyn zurückerobert.\n\n"
            "Der Präsident bestätigte die Rückeroberung von Kosjatyn.",
        ),
        (
            "en",
            "Ukrainian troops recaptured Kozyatyn on Tuesday.\n\n"
            "The president confirmed the recapture of Kozyatyn.",
        ),
    ],
)
def test_a_confirmation_takes_the_time_of_the_happening_it_confirms(lang: str, text: str) -> None:
    claims = claims_at(lang, text, "control_change")
    assert len(claims) >= 2 and all(days(c.when) == (TUE, TUE) for c in claims)


def test_a_later_mention_that_confirms_nothing_takes_no_time() -> None:
    text = (
        "Ukrainian troops recaptured Kozyatyn on Tuesday.\n\n"
        "The recapture of Kozyatyn opens the road to the east, analysts say."
    )
    claims = claims_at("en", text, "control_change")
    assert any(c.when is None for c in claims) and any(days(c.when) == (TUE, TUE) for c in claims)
