"""The time of a claim, round 3: which time of a sentence is the claim's, what relative phrases count from.

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
MON, TUE, FRI = date(2024, 5, 13), date(2024, 5, 14), date(2024, 5, 10)

PLACES: dict[str, list[PlaceSpec]] = {
    "de": [("Wowtschansk", "gn:901", "settlement"), ("Lipzi", "gn:902", "settlement")],
    "en": [("Vovchansk", "gn:901", "settlement"), ("Lyptsi", "gn:902", "settlement")],
    "uk": [
        ("Вовчанськ", "gn:901", "settlement"),
        ("Вовчанська", "gn:901", "settlement"),
        ("Вовчанську", "gn:901", "settlement"),
        ("Липці", "gn:902", "settlement"),
        ("Липців", "gn:902", "settlement"),
    ],
    "ru": [
        ("Волчанск", "gn:901", "settlement"),
        ("Волчанска", "gn:901", "settlement"),
        ("Волчанске", "gn:901", "settlement"),
        ("Липцы", "gn:902", "settlement"),
        ("Липцах", "gn:902", "settlement"),
    ],
}


def claims_of(lang: str, text: str, published: date = WED) -> list[Claim]:
    places = [p for p in PLACES[lang] if p[0] in text]
    # Longer forms first so that "Вовчанська" is not also found as "Вовчанськ".
    chosen: list[PlaceSpec] = []
    for spec in sorted(places, key=lambda p: -len(p[0])):
        if not any(spec[0] in other[0] for other in chosen):
            chosen.append(spec)
    return extract_from(text, lang, chosen, "Testblatt", published)


def the_claim(lang: str, text: str, event_type: str, place: str = "gn:901", published: date = WED) -> Claim:
    found = [
        c
        for c in claims_of(lang, text, published)
        if c.event_type == event_type and (c.place.place_id if c.place else None) == place
    ]
    assert found, f"no {event_type} at {place} in {claims_of(lang, text, published)}"
    return found[0]


def days(when: When | None) -> tuple[date, date] | None:
    return None if when is None else (when.start, when.end)


# --- A time pattern's word boundaries hold for every alternative ("вночі" is no night in "півночі") ---


@pytest.mark.parametrize(
    "text",
    [
        "Бої тривають на півночі області.",
        "Ворог наступає з півночі та сходу.",
        "Сили оборони просунулися на півночі Харківщини.",
    ],
)
def test_a_word_inside_another_word_is_no_time(text: str) -> None:
    assert resolve_times(text, WED, "uk") == []


def test_the_night_word_itself_is_still_a_time() -> None:
    matches = resolve_times("Вночі ворог атакував місто дронами.", WED, "uk")
    assert [m.text for m in matches] == ["Вночі"]


# --- "since" wins over the bare day or month it contains ---


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("de", "Seit Freitag wurden 300 Menschen aus der Stadt gebracht.", FRI),
        ("uk", "Бої за місто тривають з квітня 2024 року.", date(2024, 4, 1)),
        ("ru", "Бои за город идут с марта.", date(2024, 3, 1)),
        ("uk", "З лютого окупанти тримають село.", date(2024, 2, 1)),
    ],
)
def test_since_a_day_or_month_is_a_range_up_to_publication(lang: str, text: str, start: date) -> None:
    (match,) = resolve_times(text, WED, lang)
    assert (match.when.start, match.when.end, match.when.precision) == (start, WED, "range")
    assert match.since


# --- The time of a statement is not the time of what it reports ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        # the time before the verb of saying, in its clause
        (
            "de",
            "Der Generalstab hat am Montag offiziell gemeldet, dass ukrainische Truppen Wowtschansk "
            "befreit haben.",
            "control_change",
        ),
        ("ru", "В понедельник министр обороны доложил, что войска заняли Волчанск.", "control_change"),
        ("uk", "У понеділок Міноборони оголосило, що ЗСУ звільнили Вовчанськ.", "control_change"),
        # after the verb, closing its clause or followed by a complementizer
        ("de", "Bei Wowtschansk gebe es schwere Kämpfe, erklärte der Generalstab am Dienstag.", "fighting"),
        (
            "en",
            "The ministry claimed during a briefing on Monday that Russian troops had captured Vovchansk.",
            "control_change",
        ),
        ("uk", "Вовчанськ звільнено, повідомив президент у вівторок увечері.", "control_change"),
    ],
)
def test_a_statement_date_is_not_the_claim_time(lang: str, text: str, event_type: str) -> None:
    assert the_claim(lang, text, event_type).when is None


@pytest.mark.parametrize(
    ("lang", "text", "event_type", "day"),
    [
        # an attribution phrase is no verb of saying
        (
            "de",
            "Nach ukrainischen Angaben sprengten russische Einheiten am Montag die Brücke in Wowtschansk.",
            "demolition",
            MON,
        ),
        ("en", "According to the governor, Russian troops shelled Vovchansk on Monday.", "strike", MON),
        ("ru", "По данным штаба, в понедельник российские войска обстреляли Волчанск.", "strike", MON),
        # a participle "reported" after the happening is no statement
        (
            "en",
            "Russian strikes were reported in Vovchansk on Tuesday, the prosecutor's office said.",
            "strike",
            TUE,
        ),
        # the time in the reported clause is the happening's
        (
            "de",
            "Der Gouverneur teilte mit, dass russische Truppen Wowtschansk am Montag beschossen hätten.",
            "strike",
            MON,
        ),
    ],
)
def test_a_time_that_dates_the_happening_is_kept(lang: str, text: str, event_type: str, day: date) -> None:
    when = the_claim(lang, text, event_type).when
    assert when is not None and when.start <= day <= when.end


def test_a_since_range_in_a_dated_statement_stays_the_claims() -> None:
    text = "Seit Freitag wurden nach Angaben des Gouverneurs 300 Menschen aus Wowtschansk evakuiert."
    assert days(the_claim("de", text, "evacuation").when) == (FRI, WED)


# --- A relative phrase counts from the time told before it ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type", "place", "expected"),
    [
        (
            "en",
            "On Monday Russian troops withdrew from Lyptsi. A day earlier, Ukrainian artillery had "
            "shelled Vovchansk.",
            "strike",
            "gn:901",
            date(2024, 5, 12),
        ),
        (
            "ru",
            "В понедельник российские войска отошли из Липцы. Днём ранее ВСУ обстреляли Волчанск.",
            "strike",
            "gn:901",
            date(2024, 5, 12),
        ),
        (
            "uk",
            "У понеділок окупанти відступили з Липців. Того ж дня ЗСУ зайшли у Вовчанськ.",
            "advance",
            "gn:901",
            MON,
        ),
        (
            "de",
            "Am Montag zogen sich die russischen Truppen aus Lipzi zurück. Wenige Stunden später "
            "rückten ukrainische Einheiten in Wowtschansk ein.",
            "advance",
            "gn:901",
            MON,
        ),
        (
            "en",
            "On Monday Russian troops withdrew from Lyptsi. The next day Ukrainian forces entered Vovchansk.",
            "advance",
            "gn:901",
            TUE,
        ),
    ],
)
def test_a_relative_phrase_counts_from_the_time_before_it(
    lang: str, text: str, event_type: str, place: str, expected: date
) -> None:
    assert days(the_claim(lang, text, event_type, place).when) == (expected, expected)


def test_a_relative_phrase_without_a_time_before_it_counts_from_publication() -> None:
    (match,) = resolve_times("A day earlier the bridge was blown up.", WED, "en")
    assert (match.when.start, match.when.end) == (TUE, TUE)
    (match,) = resolve_times("Напередодні окупанти підірвали міст.", WED, "uk")
    assert (match.when.start, match.when.end) == (TUE, TUE)


@pytest.mark.parametrize(
    ("lang", "text", "month"),
    [
        (
            "de",
            "Im September 2022 annektierte Moskau das Gebiet; zwei Monate später zogen die Truppen ab.",
            11,
        ),
        ("ru", "В сентябре 2022 года Москва объявила об аннексии, спустя два месяца войска ушли.", 11),
    ],
)
def test_a_count_of_months_later_counts_from_a_month(lang: str, text: str, month: int) -> None:
    last = resolve_times(text, WED, lang)[-1]
    assert (last.when.start, last.when.precision) == (date(2022, month, 1), "month")


def test_after_phrase_dates_what_follows_and_the_clause_before_keeps_the_anchor() -> None:
    text = "Ukrainian troops entered Vovchansk on 10 May, a day after Russian forces withdrew from Lyptsi."
    claims = claims_of("en", text)
    advance = [
        c
        for c in claims
        if c.event_type == "advance" and c.place is not None and c.place.place_id == "gn:901"
    ]
    withdrawal = [
        c
        for c in claims
        if c.event_type == "withdrawal" and c.place is not None and c.place.place_id == "gn:902"
    ]
    assert advance and days(advance[0].when) == (FRI, FRI)
    assert withdrawal and days(withdrawal[0].when) == (date(2024, 5, 9), date(2024, 5, 9))


def test_after_phrase_without_a_time_before_it_counts_from_publication() -> None:
    (match,) = resolve_times("A day after Russian forces left the town, crowds filled the square.", WED, "en")
    assert (match.when.start, match.anchor) == (TUE, When(WED, WED, "day"))


# --- The night before a date is a range ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В ночь на 12 мая ракета попала в дом."),
        ("uk", "У ніч на 12 травня ракета влучила в будинок."),
        ("de", "In der Nacht zum 12. Mai schlug eine Rakete ein."),
        ("en", "A missile hit the house overnight into Sunday."),
    ],
)
def test_the_night_before_a_day_is_that_night(lang: str, text: str) -> None:
    (match,) = resolve_times(text, WED, lang)
    assert (match.when.start, match.when.end, match.when.precision) == (
        date(2024, 5, 11),
        date(2024, 5, 12),
        "range",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Российские войска вторую ночь подряд атаковали город."),
        ("uk", "Окупанти третю ніч поспіль атакують місто."),
        ("en", "Russia attacked the port for the third night in a row."),
        ("de", "Die dritte Nacht in Folge griff Russland den Hafen an."),
    ],
)
def test_the_nth_night_in_a_row_is_last_night(lang: str, text: str) -> None:
    (match,) = resolve_times(text, WED, lang)
    assert (match.when.start, match.when.end) == (TUE, WED)


@pytest.mark.parametrize(
    ("lang", "text", "span_days"),
    [
        ("uk", "За тиждень із міста вивезли двісті людей.", 7),
        ("uk", "За п'ять днів сили оборони просунулися на 20 км.", 5),
        ("ru", "За месяц войска вернули более ста сёл.", 30),
    ],
)
def test_a_digest_span_counts_back_from_publication(lang: str, text: str, span_days: int) -> None:
    (match,) = resolve_times(text, WED, lang)
    assert (WED - match.when.start).days == span_days and match.when.end == WED


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "За тиждень до виборів місто обстріляли."),
        ("ru", "За месяц до отхода войска заминировали мост."),
    ],
)
def test_a_span_before_an_event_is_no_digest_span(lang: str, text: str) -> None:
    assert all(m.when.precision != "range" for m in resolve_times(text, WED, lang))


# --- A digest line that opens with a span dates the lines under it; a date stamp does not ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "За минулу добу ворог 20 разів атакував позиції біля Липців.\n"
            "Противник обстріляв Вовчанськ з артилерії.",
        ),
        (
            "en",
            "In the past 24 hours the enemy attacked near Lyptsi 20 times.\n"
            "Russian artillery shelled Vovchansk.",
        ),
    ],
)
def test_a_digest_span_dates_the_lines_under_it(lang: str, text: str) -> None:
    assert days(the_claim(lang, text, "strike").when) == (TUE, WED)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Key takeaways, May 14:\nRussian artillery shelled Vovchansk."),
        ("uk", "Головне станом на ранок вівторка:\nПротивник обстріляв Вовчанськ з артилерії."),
    ],
)
def test_a_date_stamp_on_a_header_dates_the_post_not_the_happenings(lang: str, text: str) -> None:
    assert the_claim(lang, text, "strike").when is None


def test_a_line_with_its_own_time_ends_the_digest() -> None:
    text = (
        "За минулу добу ворог обстріляв Липці.\n"
        "Минулого місяця ЗСУ звільнили Вовчанськ.\n"
        "Противник обстріляв Вовчанськ з артилерії."
    )
    assert the_claim("uk", text, "strike").when is None


# --- What has not happened has no time of its own from elsewhere ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        (
            "en",
            "If Russian troops capture Vovchansk on Friday, the road to Lyptsi will be cut.",
            "control_change",
        ),
        (
            "de",
            "Sollten russische Truppen Wowtschansk am Freitag einnehmen, wäre die Straße nach Lipzi "
            "verloren.",
            "control_change",
        ),
    ],
)
def test_a_conditional_claim_has_no_time(lang: str, text: str, event_type: str) -> None:
    assert all(c.when is None for c in claims_of(lang, text) if c.event_type == event_type)


def test_a_predicted_claim_does_not_take_the_time_of_a_dated_claim_elsewhere() -> None:
    text = (
        "On Monday Russian artillery shelled Vovchansk.\n\n"
        "Officials warned that Russian artillery could shell Vovchansk again."
    )
    claims = [c for c in claims_of("en", text) if c.event_type == "strike"]
    assert {c.modality for c in claims} >= {"asserted", "predicted"}
    assert all(c.when is None for c in claims if c.modality == "predicted")
    assert all(days(c.when) == (MON, MON) for c in claims if c.modality == "asserted")


# --- A holding is a state: only "since" dates it ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Monday Ukrainian drones struck a depot in occupied Vovchansk."),
        ("uk", "У понеділок ЗСУ уразили склад в окупованому Вовчанську."),
    ],
)
def test_a_day_in_the_sentence_does_not_date_a_holding(lang: str, text: str) -> None:
    assert all(c.when is None for c in claims_of(lang, text) if c.event_type == "control_held")


def test_since_dates_a_holding() -> None:
    text = "Vovchansk, which Russia has occupied since March, was shelled again."
    held = [c for c in claims_of("en", text) if c.event_type == "control_held"]
    assert held and days(held[0].when) == (date(2024, 3, 1), WED)


# --- A time in a clause that tells another happening is that clause's ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        (
            "de",
            "In Wowtschansk, das Russland seit März kontrolliert, sollen russische Einheiten "
            "Verstärkung erhalten haben.",
            "reinforcement",
        ),
        ("ru", "Российская армия заняла Волчанск — город, за который бои шли с весны.", "control_change"),
    ],
)
def test_a_since_range_of_another_clause_is_not_taken(lang: str, text: str, event_type: str) -> None:
    claims = [c for c in claims_of(lang, text) if c.event_type == event_type]
    assert claims and all(c.when is None for c in claims)


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        (
            "de",
            "In der Stadt, in der seit Montag gekämpft wird, sollen Einheiten Verstärkung erhalten haben.",
            "reinforcement",
        ),
        (
            "ru",
            "В Волчанске, где с понедельника идут бои, российские войска получили подкрепление.",
            "reinforcement",
        ),
    ],
)
def test_a_time_in_a_relative_clause_is_that_clauses(lang: str, text: str, event_type: str) -> None:
    claims = [c for c in claims_of(lang, text) if c.event_type == event_type]
    assert claims and all(c.when is None for c in claims)


def test_a_relative_clause_right_after_the_event_word_tells_that_happening() -> None:
    text = "Die Behörden sprechen von Partisanen, die im April in Wowtschansk eine Brücke gesprengt haben."
    claims = [c for c in claims_of("de", text) if c.event_type == "partisan_attack"]
    assert claims and days(claims[0].when) == (date(2024, 4, 1), date(2024, 4, 30))


# --- A habit has no one time ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Am Montag sagte ein Anwohner: Die Russen beschießen Wowtschansk fast jede Nacht."),
        ("uk", "Російська артилерія щодня обстрілює Вовчанськ з того берега."),
        ("ru", "Российские военные почти каждую ночь обстреливают Волчанск."),
        ("en", "Russian artillery shells Vovchansk almost every night, residents say."),
    ],
)
def test_a_habitual_strike_has_no_time(lang: str, text: str) -> None:
    claims = [c for c in claims_of(lang, text) if c.event_type == "strike"]
    assert claims and all(c.when is None for c in claims)


def test_a_habit_does_not_take_the_time_of_a_dated_strike_elsewhere() -> None:
    text = "Yesterday Russian artillery shelled Vovchansk.\n\nRussian artillery shells Vovchansk every night."
    claims = [c for c in claims_of("en", text) if c.event_type == "strike"]
    assert [days(c.when) for c in claims if c.meta.get("undated") == "habitual"] == [None]


def test_a_dated_happening_next_to_a_habit_keeps_its_time() -> None:
    text = "«Стріляють щодня, а вчора ракета влучила у Вовчанськ», — каже жінка."
    dated = [c for c in claims_of("uk", text) if c.event_type == "strike" and c.when is not None]
    assert [days(c.when) for c in dated] == [(TUE, TUE)]


@pytest.mark.parametrize(
    "word",
    ["in his nightly address", "at the daily briefing"],
)
def test_a_regular_address_is_no_habit(word: str) -> None:
    text = f"The president said {word} on Monday that Ukrainian troops had liberated Vovchansk since Friday."
    claims = [c for c in claims_of("en", text) if c.event_type == "control_change"]
    assert claims and all(c.when is not None for c in claims)


# --- A deadline and a stamp are no times of a happening ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Commanders warned that Moscow wants to capture Vovchansk by 9 June."),
        ("de", "Kiew warnte, Moskau wolle Wowtschansk bis zum 9. Juni einnehmen."),
        ("ru", "Командование требует взять Волчанск к 9 июня."),
    ],
)
def test_a_deadline_does_not_date_the_claim(lang: str, text: str) -> None:
    claims = [c for c in claims_of(lang, text) if c.event_type == "control_change"]
    assert claims and all(c.when is None for c in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Key takeaways, May 14: Russian forces likely captured Vovchansk."),
        ("de", "Lage am 14. Mai: Russische Truppen haben Wowtschansk eingenommen."),
    ],
)
def test_a_date_before_a_colon_that_opens_the_line_stamps_the_post(lang: str, text: str) -> None:
    claims = [c for c in claims_of(lang, text) if c.event_type == "control_change"]
    assert claims and all(c.when is None for c in claims)


def test_a_date_told_with_the_happening_before_a_colon_is_kept() -> None:
    text = "Russian forces shelled Vovchansk on May 14: three people were injured."
    assert days(the_claim("en", text, "strike").when) == (TUE, TUE)


# --- A part of the day with no day named ---


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Вранці російський дрон атакував Вовчанськ.", WED),
        ("ru", "Утром российский дрон атаковал Волчанск.", WED),
        ("uk", "У понеділок окупанти відступили з Липців. Увечері ЗСУ зайшли у Вовчанськ.", MON),
    ],
)
def test_a_part_of_the_day_is_the_day_told_before_or_publication(
    lang: str, text: str, expected: date
) -> None:
    claims = [c for c in claims_of(lang, text) if c.place is not None and c.place.place_id == "gn:901"]
    assert claims and days(claims[0].when) == (expected, expected)


def test_a_part_of_the_day_before_a_date_is_that_date() -> None:
    assert [m.text for m in resolve_times("Вранці 6 травня ворог атакував місто.", WED, "uk")] == ["6 травня"]


# --- "since X" inside a dated statement ends on the statement's date ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In his address on Monday, the president said troops had liberated 300 km² since the "
            "start of May.",
        ),
        ("de", "Der Präsident sagte am Montag, seit Anfang Mai seien 300 Quadratkilometer befreit worden."),
    ],
)
def test_since_in_a_dated_statement_ends_on_its_date(lang: str, text: str) -> None:
    claims = [c for c in claims_of(lang, text) if c.event_type == "area_claim"]
    assert claims and days(claims[0].when) == (date(2024, 5, 1), MON)


# --- A time that opens the sentence frames all its clauses ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "На прошлой неделе ВСУ перешли в наступление и, по данным штаба, освободили Волчанск."),
        (
            "en",
            "Last week Ukrainian forces launched an offensive and, according to the staff, liberated "
            "Vovchansk.",
        ),
    ],
)
def test_a_time_opening_the_sentence_dates_its_later_clauses(lang: str, text: str) -> None:
    when = the_claim(lang, text, "control_change").when
    assert when is not None and when.start == date(2024, 5, 6)


def test_a_time_inside_a_later_clause_does_not_frame_the_sentence() -> None:
    text = "Russian troops entered Vovchansk, and Ukrainian artillery shelled Lyptsi on Monday."
    claims = [c for c in claims_of("en", text) if c.event_type == "advance"]
    assert claims and all(c.when is None for c in claims)


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        # a quote mark is no word: the time still opens the clause of the claim
        ("en", '"Since the start of May, our troops have liberated Vovchansk," he said.', "control_change"),
        # a hedge word and an attribution phrase are no verbs of saying
        ("en", "Ukrainian forces attacked near Vovchansk on Monday and reportedly advanced.", "advance"),
        ("ru", "В понедельник, по их словам, ВСУ заняли Волчанск.", "control_change"),
    ],
)
def test_no_verb_of_saying_no_statement_date(lang: str, text: str, event_type: str) -> None:
    assert the_claim(lang, text, event_type).when is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "После ночной атаки в порту разрушены терминалы."),
        ("uk", "Внаслідок нічної атаки в місті знеструмлено два райони."),
        ("de", "Nach dem nächtlichen Angriff brannte ein Lager im Hafen."),
    ],
)
def test_the_night_attack_of_a_report_is_last_night(lang: str, text: str) -> None:
    (match,) = resolve_times(text, WED, lang)
    assert (match.when.start, match.when.end) == (TUE, WED)


def test_night_strikes_in_general_are_no_time() -> None:
    assert resolve_times("Ночные удары по городу стали привычными.", WED, "ru") == []


# --- What is still going on, and a holding, take no time from a bulletin header or from elsewhere ---


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        (
            "en",
            "Over the past day the enemy shelled Lyptsi.\n"
            "The evacuation of families from Vovchansk continues.",
            "evacuation",
        ),
        (
            "uk",
            "За минулу добу ворог обстріляв Липці.\nРосія продовжує перекидати резерви до Вовчанська.",
            "reinforcement",
        ),
        (
            "uk",
            "За минулу добу ворог обстріляв Липці.\nВовчанськ залишається під контролем Сил оборони.",
            "control_held",
        ),
    ],
)
def test_an_ongoing_happening_or_a_holding_takes_no_bulletin_time(
    lang: str, text: str, event_type: str
) -> None:
    claims = [c for c in claims_of(lang, text) if c.event_type == event_type]
    assert claims and all(c.when is None for c in claims)


def test_an_ongoing_happening_does_not_inherit_a_time() -> None:
    text = (
        "Gestern beschoss russische Artillerie Wowtschansk.\n\n"
        "Russische Artillerie beschießt weiterhin Wowtschansk."
    )
    claims = [c for c in claims_of("de", text) if c.event_type == "strike"]
    assert len(claims) == 2 and [days(c.when) for c in claims] == [(TUE, TUE), None]


def test_an_ongoing_happening_keeps_a_time_of_its_own() -> None:
    text = "Russian shelling of Vovchansk continued, with strikes reported on Monday night."
    when = the_claim("en", text, "strike").when
    assert when is not None and when.start == MON


# --- Ranges and month-only dates ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fighting raged between 5 and 7 May near the town."),
        ("de", "Zwischen dem 5. und 7. Mai wurde um die Stadt gekämpft."),
        ("uk", "Між 5 і 7 травня тривали бої за місто."),
        ("ru", "Между 5 и 7 мая шли бои за город."),
        ("ru", "С 5 по 7 мая шли бои за город."),
    ],
)
def test_a_range_of_days_is_one_range(lang: str, text: str) -> None:
    (match,) = resolve_times(text, WED, lang)
    assert (match.when.start, match.when.end, match.when.precision) == (
        date(2024, 5, 5),
        date(2024, 5, 7),
        "range",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The town fell in March."),
        ("de", "Die Stadt fiel im März."),
        ("uk", "Місто впало у березні."),
        ("ru", "Город пал в марте."),
    ],
)
def test_a_month_alone_is_that_month_of_the_publication_year(lang: str, text: str) -> None:
    (match,) = resolve_times(text, WED, lang)
    assert (match.when.start, match.when.end, match.when.precision) == (
        date(2024, 3, 1),
        date(2024, 3, 31),
        "month",
    )


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("en", "Russian troops shelled Vovchansk on Friday.", FRI),
        ("de", "Russische Truppen beschossen Wowtschansk am Freitag.", FRI),
        ("uk", "У п'ятницю окупанти обстріляли Вовчанськ.", FRI),
        ("ru", "В пятницу российские войска обстреляли Волчанск.", FRI),
        # the weekday of publication itself is that day
        ("en", "Russian troops shelled Vovchansk on Wednesday.", WED),
    ],
)
def test_a_weekday_is_the_last_such_day_on_or_before_publication(lang: str, text: str, day: date) -> None:
    assert days(the_claim(lang, text, "strike").when) == (day, day)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Monday Russian forces shelled Vovchansk and officials reported three wounded."),
        (
            "de",
            "Am Montag beschossen russische Truppen Wowtschansk und die Behörden meldeten drei Verletzte.",
        ),
    ],
)
def test_a_verb_of_saying_after_the_happening_in_mid_clause_leaves_its_time(lang: str, text: str) -> None:
    assert days(the_claim(lang, text, "strike").when) == (MON, MON)


def test_a_verb_of_saying_closing_the_clause_takes_the_time_before_it() -> None:
    text = "Das Ministerium hat am Montag die Befreiung von Wowtschansk offiziell bekanntgegeben."
    claims = [c for c in claims_of("de", text) if c.event_type == "control_change"]
    assert claims and all(c.when is None for c in claims)
