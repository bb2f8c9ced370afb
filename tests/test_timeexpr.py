"""Time expressions resolved against the publication date, per language."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.claims import timeexpr
from frontwatch.claims.timeexpr import TimeMatch, resolve_times, time_lexicon
from frontwatch.model import When

FRI = date(2022, 9, 9)  # a Friday
MON = date(2022, 9, 12)  # a Monday
WED = date(2022, 9, 14)  # a Wednesday
JAN = date(2023, 1, 10)  # a Tuesday, early in the year


def d(text: str) -> date:
    return date.fromisoformat(text)


def only_match(text: str, published: date, lang: str, phrase: str) -> TimeMatch:
    """The single match whose text is ``phrase``; fails when there is none."""
    matches = resolve_times(text, published, lang)
    found = [m for m in matches if m.text == phrase]
    assert found, f"{phrase!r} not found in {[m.text for m in matches]}"
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == phrase
    return found[0]


# (text, published, phrase that must be matched exactly, start, end, precision)
Case = tuple[str, date, str, str, str, str]

DE_CASES: list[Case] = [
    (
        "Die Brücke wurde am 8. September gesprengt.",
        FRI,
        "am 8. September",
        "2022-09-08",
        "2022-09-08",
        "day",
    ),
    ("Das Dorf fiel am 8.9.2022 an die Armee.", FRI, "am 8.9.2022", "2022-09-08", "2022-09-08", "day"),
    ("Der Angriff begann am 6. Sept. 2022 früh.", FRI, "am 6. Sept. 2022", "2022-09-06", "2022-09-06", "day"),
    ("Heute meldet das Ministerium neue Erfolge.", FRI, "Heute", "2022-09-09", "2022-09-09", "day"),
    ("Gestern wurde die Stadt beschossen.", FRI, "Gestern", "2022-09-08", "2022-09-08", "day"),
    ("Vorgestern kam es zu Kämpfen.", FRI, "Vorgestern", "2022-09-07", "2022-09-07", "day"),
    ("Am Samstag wurde die Fahne gehisst.", MON, "Am Samstag", "2022-09-10", "2022-09-10", "day"),
    ("Am Freitag zogen die Truppen ab.", FRI, "Am Freitag", "2022-09-09", "2022-09-09", "day"),
    (
        "Der Ort wurde zu Beginn der Woche befreit.",
        FRI,
        "zu Beginn der Woche",
        "2022-09-05",
        "2022-09-07",
        "range",
    ),
    (
        "Seit Anfang September rücken sie vor.",
        FRI,
        "Seit Anfang September",
        "2022-09-01",
        "2022-09-09",
        "range",
    ),
    ("Anfang September begann der Vorstoß.", FRI, "Anfang September", "2022-09-01", "2022-09-09", "range"),
    ("Ende August wurde es ruhiger.", FRI, "Ende August", "2022-08-21", "2022-08-31", "range"),
    (
        "In diesem Monat wurden viele Orte befreit.",
        FRI,
        "In diesem Monat",
        "2022-09-01",
        "2022-09-09",
        "month",
    ),
    ("Letzte Woche fielen mehrere Dörfer.", FRI, "Letzte Woche", "2022-08-29", "2022-09-04", "week"),
    (
        "In den vergangenen 24 Stunden gab es Gefechte.",
        FRI,
        "In den vergangenen 24 Stunden",
        "2022-09-08",
        "2022-09-09",
        "range",
    ),
    ("Vor drei Tagen meldete der Stab den Erfolg.", FRI, "Vor drei Tagen", "2022-09-06", "2022-09-06", "day"),
    (
        "Am kommenden Sonntag soll abgestimmt werden.",
        FRI,
        "Am kommenden Sonntag",
        "2022-09-11",
        "2022-09-11",
        "day",
    ),
    ("Am Sonntag wird abgestimmt.", FRI, "Am Sonntag", "2022-09-11", "2022-09-11", "day"),
    ("Im März 2022 wurde die Stadt besetzt.", FRI, "Im März 2022", "2022-03-01", "2022-03-31", "month"),
    (
        "Vom 6. bis 8. September dauerten die Kämpfe.",
        FRI,
        "Vom 6. bis 8. September",
        "2022-09-06",
        "2022-09-08",
        "range",
    ),
    ("Am 28. Dezember wurde der Ort beschossen.", JAN, "Am 28. Dezember", "2022-12-28", "2022-12-28", "day"),
    (
        "Der Stab meldete am 2022-09-08 einen Durchbruch.",
        FRI,
        "2022-09-08",
        "2022-09-08",
        "2022-09-08",
        "day",
    ),
    ("In der Nacht wurde Charkiw beschossen.", MON, "In der Nacht", "2022-09-11", "2022-09-12", "range"),
    ("Am Vortag war die Brücke gesprengt worden.", MON, "Am Vortag", "2022-09-11", "2022-09-11", "day"),
    ("Am Wochenende wurde die Straße gesperrt.", MON, "Am Wochenende", "2022-09-10", "2022-09-11", "range"),
]

EN_CASES: list[Case] = [
    ("Troops entered the town on September 8.", FRI, "on September 8", "2022-09-08", "2022-09-08", "day"),
    ("The bridge was hit on Sept. 8.", FRI, "on Sept. 8", "2022-09-08", "2022-09-08", "day"),
    (
        "The village was retaken on 6 September 2022.",
        FRI,
        "on 6 September 2022",
        "2022-09-06",
        "2022-09-06",
        "day",
    ),
    (
        "The ministry said on September 7th, 2022 that the road was cut.",
        FRI,
        "on September 7th, 2022",
        "2022-09-07",
        "2022-09-07",
        "day",
    ),
    ("Today the general staff confirmed it.", FRI, "Today", "2022-09-09", "2022-09-09", "day"),
    ("Yesterday the town was shelled.", FRI, "Yesterday", "2022-09-08", "2022-09-08", "day"),
    ("The flag was raised on Saturday.", MON, "on Saturday", "2022-09-10", "2022-09-10", "day"),
    ("The flag was raised on Saturday.", WED, "on Saturday", "2022-09-10", "2022-09-10", "day"),
    ("The referendum will be held on Sunday.", FRI, "on Sunday", "2022-09-11", "2022-09-11", "day"),
    ("Several villages fell last week.", FRI, "last week", "2022-08-29", "2022-09-04", "week"),
    (
        "Earlier this month the offensive began.",
        FRI,
        "Earlier this month",
        "2022-09-01",
        "2022-09-09",
        "month",
    ),
    (
        "Over the past week the front moved east.",
        FRI,
        "Over the past week",
        "2022-09-02",
        "2022-09-09",
        "range",
    ),
    (
        "In the last 24 hours the army advanced.",
        FRI,
        "In the last 24 hours",
        "2022-09-08",
        "2022-09-09",
        "range",
    ),
    (
        "Since early September Ukrainian forces have advanced.",
        FRI,
        "Since early September",
        "2022-09-01",
        "2022-09-09",
        "range",
    ),
    ("Three days ago the bridge was destroyed.", FRI, "Three days ago", "2022-09-06", "2022-09-06", "day"),
    ("The town was occupied in March 2022.", FRI, "in March 2022", "2022-03-01", "2022-03-31", "month"),
    (
        "At the beginning of the week the town was freed.",
        FRI,
        "At the beginning of the week",
        "2022-09-05",
        "2022-09-07",
        "range",
    ),
    ("Crimea was annexed in 2014.", FRI, "in 2014", "2014-01-01", "2014-12-31", "year"),
    (
        "Fighting raged from September 6 to 8.",
        FRI,
        "from September 6 to 8",
        "2022-09-06",
        "2022-09-08",
        "range",
    ),
    ("The town had been a supply hub since May.", FRI, "since May", "2022-05-01", "2022-09-09", "range"),
    ("Overnight the city was shelled again.", MON, "Overnight", "2022-09-11", "2022-09-12", "range"),
    (
        "Residents said the soldiers fled two days earlier.",
        FRI,
        "two days earlier",
        "2022-09-07",
        "2022-09-07",
        "day",
    ),
    ("The strike came on 2022-09-08 at dawn.", FRI, "2022-09-08", "2022-09-08", "2022-09-08", "day"),
]

UK_CASES: list[Case] = [
    ("Вчора окупанти обстріляли місто.", FRI, "Вчора", "2022-09-08", "2022-09-08", "day"),
    ("Сьогодні ЗСУ звільнили село.", FRI, "Сьогодні", "2022-09-09", "2022-09-09", "day"),
    ("Позавчора тривали бої.", FRI, "Позавчора", "2022-09-07", "2022-09-07", "day"),
    ("У суботу над селищем підняли прапор.", MON, "У суботу", "2022-09-10", "2022-09-10", "day"),
    ("У п'ятницю ворог відступив.", MON, "У п'ятницю", "2022-09-09", "2022-09-09", "day"),
    ("У п’ятницю ворог відступив.", MON, "У п’ятницю", "2022-09-09", "2022-09-09", "day"),
    ("Минулого тижня звільнили кілька сіл.", FRI, "Минулого тижня", "2022-08-29", "2022-09-04", "week"),
    (
        "З початку вересня звільнено багато громад.",
        FRI,
        "З початку вересня",
        "2022-09-01",
        "2022-09-09",
        "range",
    ),
    ("Наступ почався 6 вересня.", FRI, "6 вересня", "2022-09-06", "2022-09-06", "day"),
    ("Місто звільнили 8 вересня 2022 року.", FRI, "8 вересня 2022 року", "2022-09-08", "2022-09-08", "day"),
    ("Село окупували 24.02.2022.", FRI, "24.02.2022", "2022-02-24", "2022-02-24", "day"),
    ("За останню добу відбито шість атак.", FRI, "За останню добу", "2022-09-08", "2022-09-09", "range"),
    ("Три дні тому міст підірвали.", FRI, "Три дні тому", "2022-09-06", "2022-09-06", "day"),
    ("У березні місто окупували.", FRI, "У березні", "2022-03-01", "2022-03-31", "month"),
    ("На початку тижня звільнили Балаклію.", FRI, "На початку тижня", "2022-09-05", "2022-09-07", "range"),
    ("Цього місяця звільнено понад 30 сіл.", FRI, "Цього місяця", "2022-09-01", "2022-09-09", "month"),
    ("Наприкінці серпня почалися бої.", FRI, "Наприкінці серпня", "2022-08-21", "2022-08-31", "range"),
    ("За добу відбито шість атак.", MON, "За добу", "2022-09-11", "2022-09-12", "range"),
    ("Напередодні ЗСУ звільнили село.", MON, "Напередодні", "2022-09-11", "2022-09-11", "day"),
    ("У п'ятницю в Москві відбудеться підписання.", WED, "У п'ятницю", "2022-09-16", "2022-09-16", "day"),
    ("У неділю буде голосування.", FRI, "У неділю", "2022-09-11", "2022-09-11", "day"),
]

RU_CASES: list[Case] = [
    ("Вчера ВСУ вошли в город.", FRI, "Вчера", "2022-09-08", "2022-09-08", "day"),
    ("Сегодня Минобороны сообщило о перегруппировке.", FRI, "Сегодня", "2022-09-09", "2022-09-09", "day"),
    ("В субботу над зданием подняли флаг.", MON, "В субботу", "2022-09-10", "2022-09-10", "day"),
    ("Во вторник начался обстрел.", FRI, "Во вторник", "2022-09-06", "2022-09-06", "day"),
    ("На прошлой неделе бои шли у Изюма.", FRI, "На прошлой неделе", "2022-08-29", "2022-09-04", "week"),
    (
        "С начала сентября освобождены десятки сёл.",
        FRI,
        "С начала сентября",
        "2022-09-01",
        "2022-09-09",
        "range",
    ),
    (
        "За последние сутки отражено пять атак.",
        FRI,
        "За последние сутки",
        "2022-09-08",
        "2022-09-09",
        "range",
    ),
    ("Город заняли 8 сентября 2022 года.", FRI, "8 сентября 2022 года", "2022-09-08", "2022-09-08", "day"),
    ("Посёлок оставили 7 сентября.", FRI, "7 сентября", "2022-09-07", "2022-09-07", "day"),
    ("Штаб сообщил 08.09.2022 о прорыве.", FRI, "08.09.2022", "2022-09-08", "2022-09-08", "day"),
    ("Два дня назад мост был взорван.", FRI, "Два дня назад", "2022-09-07", "2022-09-07", "day"),
    ("В марте город был занят.", FRI, "В марте", "2022-03-01", "2022-03-31", "month"),
    ("В начале недели войска отошли.", FRI, "В начале недели", "2022-09-05", "2022-09-07", "range"),
    ("В этом месяце освобождены сёла.", FRI, "В этом месяце", "2022-09-01", "2022-09-09", "month"),
    ("В конце августа начались бои.", FRI, "В конце августа", "2022-08-21", "2022-08-31", "range"),
    ("Позавчера шли бои.", FRI, "Позавчера", "2022-09-07", "2022-09-07", "day"),
    ("Накануне ВСУ заняли посёлок.", MON, "Накануне", "2022-09-11", "2022-09-11", "day"),
    ("За сутки отражено пять атак.", MON, "За сутки", "2022-09-11", "2022-09-12", "range"),
    ("В воскресенье будет референдум.", FRI, "В воскресенье", "2022-09-11", "2022-09-11", "day"),
    ("В ночь на субботу город обстреляли.", MON, "В ночь на субботу", "2022-09-10", "2022-09-10", "day"),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "phrase", "start", "end", "precision"),
    [("de", *c) for c in DE_CASES]
    + [("en", *c) for c in EN_CASES]
    + [("uk", *c) for c in UK_CASES]
    + [("ru", *c) for c in RU_CASES],
)
def test_phrase_resolves(
    lang: str, text: str, published: date, phrase: str, start: str, end: str, precision: str
) -> None:
    match = only_match(text, published, lang, phrase)
    assert match.when == When(d(start), d(end), precision)


def test_weekday_is_the_last_one_before_publication_for_every_weekday() -> None:
    # Publication on each day of one week: "am Samstag" is always the latest Saturday on or before it.
    for offset in range(7):
        published = date(2022, 9, 10) + timedelta(days=offset)  # Sat .. Fri
        match = only_match("Am Samstag wurde gekämpft.", published, "de", "Am Samstag")
        assert match.when.start <= published
        assert match.when.start.weekday() == 5
        assert (published - match.when.start).days < 7


SAT = date(2022, 9, 10)


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("de", "Letzten Samstag fiel die Stadt.", "Letzten Samstag"),
        ("en", "The town fell last Saturday.", "last Saturday"),
        ("uk", "Місто впало минулої суботи.", "минулої суботи"),
        ("ru", "Город пал в прошлую субботу.", "в прошлую субботу"),
    ],
)
def test_last_weekday_in_a_report_of_that_weekday_is_a_week_ago(lang: str, text: str, phrase: str) -> None:
    assert only_match(text, SAT, lang, phrase).when.start == date(2022, 9, 3)
    assert only_match(text, MON, lang, phrase).when.start == date(2022, 9, 10)


DEC = date(2022, 12, 21)


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "start", "end"),
    [
        ("de", "Seit dem Sommer wird um die Stadt gekämpft.", "Seit dem Sommer", "2022-06-01", "2022-12-21"),
        ("de", "Im Frühjahr 2022 fiel die Stadt.", "Im Frühjahr 2022", "2022-03-01", "2022-05-31"),
        (
            "en",
            "They have tried to take it since the summer.",
            "since the summer",
            "2022-06-01",
            "2022-12-21",
        ),
        ("uk", "Влітку почався наступ.", "Влітку", "2022-06-01", "2022-08-31"),
        ("uk", "З весни тривають бої.", "З весни", "2022-03-01", "2022-12-21"),
        ("ru", "Летом начались бои.", "Летом", "2022-06-01", "2022-08-31"),
        ("ru", "С весны идут бои.", "С весны", "2022-03-01", "2022-12-21"),
    ],
)
def test_seasons(lang: str, text: str, phrase: str, start: str, end: str) -> None:
    assert only_match(text, DEC, lang, phrase).when == When(d(start), d(end), "range")


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "day"),
    [
        ("de", "Vor zweiundzwanzig Tagen begann es.", "Vor zweiundzwanzig Tagen", "2022-08-23"),
        ("de", "Vor einigen Tagen begann es.", "Vor einigen Tagen", "2022-09-11"),
        ("en", "It began twenty-five days ago.", "twenty-five days ago", "2022-08-20"),
        ("uk", "Двадцять п'ять днів тому почалося.", "Двадцять п'ять днів тому", "2022-08-20"),
        ("ru", "Три дня назад всё началось.", "Три дня назад", "2022-09-11"),
    ],
)
def test_ago_with_number_words(lang: str, text: str, phrase: str, day: str) -> None:
    when = only_match(text, WED, lang, phrase).when
    assert (when.start, when.precision) == (d(day), "day")


def test_a_word_before_ago_that_is_no_number_does_not_hide_the_phrase() -> None:
    match = only_match("Рівно тиждень тому почався наступ.", WED, "uk", "тиждень тому")
    assert match.when.precision == "week"
    assert match.when.start <= date(2022, 9, 7) <= match.when.end


def test_a_bare_month_name_is_not_a_date() -> None:
    assert resolve_times("August Hanning sprach von einer Wende.", WED, "de") == []


def test_a_bare_season_noun_is_not_a_date() -> None:
    assert resolve_times("Der Winter wird hart.", DEC, "de") == []
    assert resolve_times("Зима буде важкою.", DEC, "uk") == []


def test_same_weekday_as_publication_is_that_day() -> None:
    match = only_match("Am Montag wurde die Brücke gesprengt.", MON, "de", "Am Montag")
    assert match.when.start == MON


def test_duration_is_not_a_date() -> None:
    for lang, text in [
        ("de", "Nach sechs Monaten Besatzung jubeln die Menschen."),
        ("en", "After six months of occupation people cheered."),
        ("uk", "Після шести місяців окупації люди радіють."),
        ("ru", "После шести месяцев оккупации люди радуются."),
    ]:
        assert resolve_times(text, FRI, lang) == [], lang


def test_longest_match_wins_and_matches_do_not_overlap() -> None:
    text = "Seit Anfang September und am 8. September 2022 wurde gekämpft."
    matches = resolve_times(text, FRI, "de")
    assert [m.text for m in matches] == ["Seit Anfang September", "am 8. September 2022"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))


def test_offsets_point_into_the_text() -> None:
    text = "Вчора і сьогодні тривали бої, а у суботу підняли прапор."
    for match in resolve_times(text, MON, "uk"):
        assert text[match.start : match.end] == match.text


def test_month_without_year_after_publication_is_last_year() -> None:
    match = only_match("Im November wurde die Stadt befreit.", FRI, "de", "Im November")
    assert match.when.start == date(2021, 11, 1)


def test_datetime_publication_is_accepted() -> None:
    matches = resolve_times("Gestern fiel das Dorf.", datetime(2022, 9, 9, 14, 30), "de")
    assert matches[0].when == When(date(2022, 9, 8), date(2022, 9, 8), "day")


def test_unknown_language_gives_nothing() -> None:
    assert resolve_times("Wczoraj wyzwolono wieś.", FRI, "pl") == []
    assert resolve_times("Heute", FRI, "../de") == []


def test_every_language_file_has_months_and_weekdays() -> None:
    for lang in ("de", "en", "uk", "ru"):
        lexicon = time_lexicon(lang)
        assert set(lexicon.months.values()) == set(range(1, 13)), lang
        assert set(lexicon.weekdays.values()) == set(range(7)), lang


def test_words_that_only_look_like_dates_are_ignored() -> None:
    assert resolve_times("Die Truppen könnten vorrücken, sagte er.", FRI, "de") == []
    assert [m.text for m in resolve_times("They may advance toward 118 villages.", FRI, "en")] == []


TOKENS = {
    "de": [
        "am",
        "seit",
        "Anfang",
        "Ende",
        "September",
        "8.",
        "8.9.",
        "2022",
        "Samstag",
        "heute",
        "gestern",
        "vor",
        "drei",
        "Tagen",
        "der",
        "Woche",
        "in",
        "den",
        "vergangenen",
        "24",
        "Stunden",
        ",",
        ".",
    ],
    "en": [
        "on",
        "since",
        "early",
        "September",
        "8",
        "8th",
        "2022",
        "Saturday",
        "today",
        "the",
        "past",
        "week",
        "three",
        "days",
        "ago",
        "last",
        "will",
        "in",
        "-",
        "to",
        ",",
        ".",
    ],
    "uk": [
        "з",
        "початку",
        "вересня",
        "8",
        "у",
        "суботу",
        "вчора",
        "минулого",
        "тижня",
        "три",
        "дні",
        "тому",
        "за",
        "добу",
        "буде",
        "2022",
        "року",
        ".",
    ],
    "ru": [
        "с",
        "начала",
        "сентября",
        "8",
        "в",
        "субботу",
        "вчера",
        "на",
        "прошлой",
        "неделе",
        "два",
        "дня",
        "назад",
        "за",
        "сутки",
        "будет",
        "2022",
        "года",
        ".",
    ],
}


@given(
    lang=st.sampled_from(sorted(TOKENS)),
    picks=st.lists(st.integers(min_value=0, max_value=100), max_size=25),
    published=st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)),
)
@settings(max_examples=200, deadline=None)
def test_any_mix_of_time_words_resolves_consistently(lang: str, picks: list[int], published: date) -> None:
    words = TOKENS[lang]
    text = " ".join(words[i % len(words)] for i in picks)
    matches = resolve_times(text, published, lang)
    for match in matches:
        assert text[match.start : match.end] == match.text
        assert match.when.start <= match.when.end
        assert match.when.precision in ("day", "week", "month", "range", "year")
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))


def test_a_year_read_as_a_count_of_years_ago_is_no_date() -> None:
    # Found by the property test above: "2022 года назад" published in 2000 would reach before year 1.
    assert all(m.when.start.year > 1 for m in resolve_times("2022 года назад .", date(2000, 1, 1), "ru"))
    assert all(m.when.start.year > 1 for m in resolve_times("2022 years ago", date(2000, 1, 1), "en"))


def test_the_same_text_resolves_against_each_publication_date() -> None:
    # Scans are shared between calls on the same text; what they resolve to must not be.
    text = "Die Flagge wurde am Samstag gehisst."
    first = only_match(text, FRI, "de", "am Samstag").when
    second = only_match(text, WED, "de", "am Samstag").when
    assert first == When(d("2022-09-03"), d("2022-09-03"), "day")
    assert second == When(d("2022-09-10"), d("2022-09-10"), "day")
    assert only_match(text, FRI, "de", "am Samstag").when == first


def test_a_reloaded_lexicon_is_not_mixed_with_earlier_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Gestern wurde gekämpft."
    assert [m.text for m in resolve_times(text, FRI, "de")] == ["Gestern"]
    # Reload the lexicon from a time.yaml without patterns: the earlier scan must not be reused.
    monkeypatch.setattr(timeexpr, "load_lang_yaml", lambda lang, name: {})
    time_lexicon.cache_clear()
    try:
        assert resolve_times(text, FRI, "de") == []
    finally:
        monkeypatch.undo()
        time_lexicon.cache_clear()
    assert [m.text for m in resolve_times(text, FRI, "de")] == ["Gestern"]
