"""The time of a claim, round 5: month halves and first days, a year told earlier in the sentence, a
time after a conjunction, a relative phrase opening a paragraph, the time a picture was published, a
statement's time before a short tail, a time right after its place, and what a prediction dates.

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

AUG17 = date(2023, 8, 17)  # a Thursday
SEP10 = date(2024, 9, 10)  # a Tuesday

PLACES: dict[str, list[PlaceSpec]] = {
    "de": [("Sinkiwka", "gn:801", "settlement"), ("Petropawliwka", "gn:802", "settlement")],
    "en": [("Synkivka", "gn:801", "settlement"), ("Petropavlivka", "gn:802", "settlement")],
    "uk": [
        ("Синьківку", "gn:801", "settlement"),
        ("Синьківки", "gn:801", "settlement"),
        ("Синьківці", "gn:801", "settlement"),
        ("Петропавлівку", "gn:802", "settlement"),
        ("Петропавлівки", "gn:802", "settlement"),
    ],
    "ru": [
        ("Синьковку", "gn:801", "settlement"),
        ("Синьковки", "gn:801", "settlement"),
        ("Синьковке", "gn:801", "settlement"),
        ("Петропавловку", "gn:802", "settlement"),
        ("Петропавловки", "gn:802", "settlement"),
    ],
}


def claims_of(lang: str, text: str, published: date = AUG17) -> list[Claim]:
    chosen = [spec for spec in PLACES[lang] if spec[0] in text]
    return extract_from(text, lang, chosen, "Testblatt", published)


def when_of(
    lang: str, text: str, event_type: str, place: str = "gn:801", published: date = AUG17
) -> When | None:
    found = [
        c
        for c in claims_of(lang, text, published)
        if c.event_type == event_type and (c.place.place_id if c.place else None) == place
    ]
    assert found, f"no {event_type} at {place} in {claims_of(lang, text, published)}"
    return found[0].when


def days(when: When | None) -> tuple[date, date] | None:
    return None if when is None else (when.start, when.end)


def only_time(lang: str, text: str, published: date = AUG17) -> tuple[date, date]:
    (match,) = resolve_times(text, published, lang)
    return (match.when.start, match.when.end)


# --- The first days, the halves of a month, and "since" a part of yesterday ---


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Во второй половине мая гарнизон покинул позиции.", (date(2023, 5, 16), date(2023, 5, 31))),
        ("uk", "У першій половині квітня бригада зайшла в село.", (date(2023, 4, 1), date(2023, 4, 15))),
        ("de", "In der ersten Aprilhälfte rückten die Einheiten vor.", (date(2023, 4, 1), date(2023, 4, 15))),
        ("de", "In der zweiten Hälfte des Mai wurde gekämpft.", (date(2023, 5, 16), date(2023, 5, 31))),
        ("en", "In the first half of July the brigade moved up.", (date(2023, 7, 1), date(2023, 7, 15))),
        # a "since" stretch from the first days of a month runs up to publication
        ("ru", "Штурмы шли с первых дней апреля.", (date(2023, 4, 1), AUG17)),
        ("uk", "Штурми тривали з перших днів квітня.", (date(2023, 4, 1), AUG17)),
        ("de", "Gestürmt wird seit den ersten Apriltagen.", (date(2023, 4, 1), AUG17)),
        # since a part of yesterday: from yesterday to publication
        ("ru", "Со вчерашнего вечера штурмовые группы атакуют.", (date(2023, 8, 16), AUG17)),
        ("uk", "З учорашнього дня бригада тримає оборону.", (date(2023, 8, 16), AUG17)),
        ("en", "Since yesterday evening the assault groups have attacked.", (date(2023, 8, 16), AUG17)),
        ("de", "Seit gestern Nachmittag greifen die Truppen an.", (date(2023, 8, 16), AUG17)),
    ],
)
def test_month_halves_first_days_and_since_yesterday(
    lang: str, text: str, expected: tuple[date, date]
) -> None:
    assert only_time(lang, text) == expected


def test_the_first_half_of_a_month_without_the_word_half_is_no_half() -> None:
    # "Anfang April" stays the first ten days; only "Hälfte" makes a half.
    assert only_time("de", "Anfang April rückten die Einheiten vor.") == (date(2023, 4, 1), date(2023, 4, 10))


# --- A date with no year takes the year a time before it in the sentence names ---


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Летом 2022 года бригада держала оборону, а в конце августа отошла.",
            (date(2022, 8, 21), date(2022, 8, 31)),
        ),
        (
            "en",
            "In spring 2022 the brigade held the line and in late April pulled back.",
            (date(2022, 4, 21), date(2022, 4, 30)),
        ),
        (
            "uk",
            "Навесні 2022 року бригада тримала оборону, а наприкінці квітня відійшла.",
            (date(2022, 4, 21), date(2022, 4, 30)),
        ),
        # a month that would lie before the year told is in the year after
        (
            "de",
            "Nach Kämpfen im November 2023 und im Januar fiel die Stadt.",
            (date(2024, 1, 1), date(2024, 1, 31)),
        ),
    ],
)
def test_a_yearless_date_takes_the_year_told_before_it(
    lang: str, text: str, expected: tuple[date, date]
) -> None:
    last = resolve_times(text, SEP10, lang)[-1]
    assert (last.when.start, last.when.end) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a "since" range names where a stretch starts: it lends no year
        ("en", "The peninsula, held since 2014, was struck in March."),
        # a year told in an earlier sentence is not the sentence's
        ("en", "In 2022 the town fell. In March it was retaken."),
        ("ru", "С 2014 года полуостров под контролем, в марте по нему ударили."),
    ],
)
def test_no_year_is_lent_by_a_since_range_or_another_sentence(lang: str, text: str) -> None:
    last = resolve_times(text, SEP10, lang)[-1]
    assert last.when.start == date(2024, 3, 1)


# --- A time right after a conjunction dates the verb after it, not the claim before it ---


@pytest.mark.parametrize(
    ("lang", "text", "first_type", "second_type"),
    [
        (
            "ru",
            "Летом 2022 года бригада окружила Синьковку и в конце августа взяла Петропавловку.",
            "encirclement",
            "control_change",
        ),
        (
            "en",
            "In summer 2022 Russian troops encircled Synkivka and in late August captured Petropavlivka.",
            "encirclement",
            "control_change",
        ),
        (
            "uk",
            "Влітку 2022 року окупанти оточили Синьківку і наприкінці серпня захопили Петропавлівку.",
            "encirclement",
            "control_change",
        ),
    ],
)
def test_a_time_after_a_conjunction_dates_only_what_follows(
    lang: str, text: str, first_type: str, second_type: str
) -> None:
    published = SEP10
    first = days(when_of(lang, text, first_type, "gn:801", published))
    second = days(when_of(lang, text, second_type, "gn:802", published))
    assert first == (date(2022, 6, 1), date(2022, 8, 31))
    assert second == (date(2022, 8, 21), date(2022, 8, 31))


def test_a_time_before_the_conjunction_still_dates_both_verbs() -> None:
    # Negative probe: no time follows the conjunction, so the one time dates both claims.
    text = "On Monday Russian troops encircled Synkivka and captured Petropavlivka."
    assert days(when_of("en", text, "encirclement")) == (date(2023, 8, 14), date(2023, 8, 14))
    assert days(when_of("en", text, "control_change", "gn:802")) == (date(2023, 8, 14), date(2023, 8, 14))


# --- A relative phrase opening a paragraph counts from the last happening told before it ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Two missiles hit Synkivka on Monday morning, the governor said on Tuesday.\n\n"
            "Less than an hour later another missile hit Petropavlivka.",
        ),
        (
            "uk",
            "У понеділок вранці дві ракети влучили в Синьківку, повідомив у вівторок губернатор.\n\n"
            "Того ж дня ворог обстріляв Петропавлівку.",
        ),
        (
            "ru",
            "В понедельник утром две ракеты попали в Синьковку, сообщил во вторник губернатор.\n\n"
            "В тот же день противник обстрелял Петропавловку.",
        ),
    ],
)
def test_a_relative_phrase_opening_a_paragraph_counts_from_the_happening_before(lang: str, text: str) -> None:
    monday = date(2023, 8, 14)
    assert days(when_of(lang, text, "strike", "gn:802")) == (monday, monday)


def test_a_relative_phrase_with_nothing_told_before_counts_from_publication() -> None:
    text = "The governor spoke to reporters.\n\nLess than an hour later a missile hit Petropavlivka."
    assert days(when_of("en", text, "strike", "gn:802")) == (AUG17, AUG17)


def test_a_day_after_phrase_does_not_count_from_an_earlier_paragraph() -> None:
    # "The recapture came a day after X": X lies a day before the recapture, which this sentence does
    # not date; a happening of the paragraph before is no anchor for it.
    text = (
        "Russian forces shelled Synkivka on 2 August.\n\n"
        "The recapture came a day after Russian troops withdrew from Petropavlivka."
    )
    assert days(when_of("en", text, "withdrawal", "gn:802")) == (date(2023, 8, 16), date(2023, 8, 16))


# --- The time a picture was published dates the publication, not what it shows ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        ("en", "Footage geolocated on August 15 shows Russian soldiers in Synkivka.", "media_geolocated"),
        (
            "en",
            "A video posted by the brigade last week shows soldiers raising the flag over Synkivka.",
            "control_change",
        ),
        (
            "de",
            "Ein am Dienstag veröffentlichtes Video zeigt ukrainische Soldaten in Sinkiwka.",
            "advance",
        ),
        (
            "ru",
            "Опубликованное во вторник видео показывает украинских военных в Синьковке.",
            "advance",
        ),
    ],
)
def test_the_time_a_picture_was_published_dates_nothing_it_shows(
    lang: str, text: str, event_type: str
) -> None:
    assert when_of(lang, text, event_type) is None


def test_a_happening_dated_before_the_picture_keeps_its_time() -> None:
    # Negative probe: the time is the shelling's, the publishing verb comes later in another clause.
    text = "Russian troops shelled Synkivka on Monday, a video posted by the brigade shows."
    assert days(when_of("en", text, "strike")) == (date(2023, 8, 14), date(2023, 8, 14))


# --- A statement's time before a short tail (a verb particle, a place) still dates the statement ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        ("de", "Sinkiwka sei befreit, teilte die Vizeministerin am Montag mit.", "control_change"),
        (
            "de",
            "Sinkiwka sei zurückerobert, erklärte der Generalstab am Montag in Kiew.",
            "control_change",
        ),
        ("en", "Synkivka has been liberated, the deputy minister said on Monday in Kyiv.", "control_change"),
    ],
)
def test_a_statement_time_before_a_short_tail_dates_the_statement(
    lang: str, text: str, event_type: str
) -> None:
    assert when_of(lang, text, event_type) is None


def test_a_happening_told_after_the_statement_time_keeps_its_own_clause() -> None:
    # Negative probe: the time is the liberation's, told before the verb of saying in its own clause.
    text = "Am Montag wurde Sinkiwka befreit, teilte die Vizeministerin mit."
    assert days(when_of("de", text, "control_change")) == (date(2023, 8, 14), date(2023, 8, 14))


# --- In a list of places each with its own time, a claim takes its place's time ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian forces captured Synkivka in May and Petropavlivka in July."),
        ("de", "Nach der Einnahme von Sinkiwka im Mai und Petropawliwka im Juli rückten die Truppen vor."),
        ("ru", "Российские войска заняли Синьковку в мае и Петропавловку в июле."),
    ],
)
def test_each_place_takes_the_time_right_after_it(lang: str, text: str) -> None:
    assert days(when_of(lang, text, "control_change", "gn:801")) == (date(2023, 5, 1), date(2023, 5, 31))
    assert days(when_of(lang, text, "control_change", "gn:802")) == (date(2023, 7, 1), date(2023, 7, 31))


def test_one_time_after_a_list_of_places_dates_all_of_them() -> None:
    # Negative probe: only the last place is followed by the time, and it is the only time.
    text = "Russian forces captured Synkivka and Petropavlivka in July."
    july = (date(2023, 7, 1), date(2023, 7, 31))
    assert days(when_of("en", text, "control_change", "gn:801")) == july
    assert days(when_of("en", text, "control_change", "gn:802")) == july


# --- A prediction takes no time that ends by publication ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Over the past week, Russian forces tried to cross the river in an effort to encircle Synkivka.",
        ),
        ("ru", "За последнюю неделю противник пытался форсировать реку, стремясь окружить Синьковку."),
    ],
)
def test_a_prediction_takes_no_time_up_to_publication(lang: str, text: str) -> None:
    assert when_of(lang, text, "encirclement") is None


def test_a_prediction_keeps_a_time_ahead() -> None:
    # Negative probe: a time after publication is the prediction's own.
    text = "Russian forces will try to encircle Synkivka on Monday."
    when = when_of("en", text, "encirclement")
    assert when is not None and when.start > AUG17


def test_a_place_named_before_the_event_word_keeps_the_claims_own_time() -> None:
    # Negative probe: the time after the place is the visit's; the withdrawal it tells through "the
    # town" lies four days before the visit.
    text = (
        "The president travelled to Synkivka on Wednesday, four days after Russian troops abandoned the town."
    )
    assert days(when_of("en", text, "withdrawal")) == (date(2023, 8, 12), date(2023, 8, 12))


# --- A clause that opens with its event word goes on the verb before it and takes its time ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ukrainian troops pushed east over the weekend, retaking Synkivka and several villages, "
            "the General Staff said on Monday.",
        ),
        ("ru", "ВСУ продвинулись на восток в выходные, заняв Синьковку."),
    ],
)
def test_a_participle_clause_takes_the_time_of_the_clause_before(lang: str, text: str) -> None:
    weekend = (date(2023, 8, 12), date(2023, 8, 13))
    assert days(when_of(lang, text, "control_change")) == weekend


def test_a_clause_with_a_subject_of_its_own_does_not_go_on_the_verb_before() -> None:
    # Negative probe: ", and Ukrainian units retook" has its own subject; Monday is the strike's.
    text = "Russian artillery hit the bridge on Monday, destroying it, and Ukrainian units retook Synkivka."
    assert when_of("en", text, "control_change") is None
