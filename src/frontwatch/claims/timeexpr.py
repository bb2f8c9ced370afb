"""Time expressions: absolute dates and relative phrases, resolved against the publication date.

The words and patterns of each language are in ``data/lang/<code>/time.yaml``; this module only knows
what the ``resolve`` kinds of those patterns mean:

``date``        day (+ month name or number, optional year) -> that day, precision ``day``.
``date_range``  "5. bis 8. September" -> precision ``range``.
``month``       "im September" -> the month, precision ``month`` (ends at publication when it contains it).
``month_part``  "Anfang / Mitte / Ende September" -> 1st-10th / 11th-20th / 21st-last (``part: first_half`` /
                ``second_half``: 1st-15th / 16th-last), precision ``range``
                (ends at publication when that is earlier: "Anfang September" in a 9 September report is
                1-9 September).
``month_rel``   ``offset`` 0 ("in diesem Monat": 1st to publication, ``month``), -1 (last month).
``day_offset``  "heute" / "gestern" / "vorgestern" -> publication + ``offset`` days, ``day``.
``weekday``     "am Samstag" -> the most recent Saturday on or before publication; the next one after
                publication when the pattern says ``direction: future`` or the sentence has a future marker
                (``future_markers``); ``direction: past_strict`` ("letzten Samstag") is strictly before.
                Event time, not report time: "raised the flag on Saturday" in a Monday report is the
                Saturday before.
``week``        ``offset`` 0 / -1 (this / last calendar week, Monday first) and ``part``: ``start`` (Mon-Wed),
                ``middle`` (Tue-Thu), ``end`` (Thu-Sun), ``whole`` (precision ``week``), ``to_date`` (Monday
                to publication, ``week``). Parts of the current week end at publication at the latest.
``weekend``     the last Saturday-Sunday on or before publication, ``range``.
``past_days``   "in den vergangenen 24 Stunden", "over the past week": ``days`` or ``{count} {unit}`` back
                from publication up to it, ``range``.
``ago``         "vor drei Tagen" -> that day (``day``), week (``week``), month (``month``) or year.
``year``        "im Jahr 2014", "seit 2014" -> the year, ``year``.
``year_rel``    ``offset`` 0 ("this year", "с начала года" with ``since``), -1 (last year): the calendar
                year counted from publication, ``year`` (the current one ends at publication).
``fixed``       a named moment of the war that every report means the same way ("since the full-scale
                invasion", "з перших днів вторгнення"): the day in the pattern's ``date`` option
                (ISO), ``day``; with ``since`` a range from it.
``feast``       a named day of the calendar: ``feast: easter`` / ``palm_sunday`` (Orthodox Easter by default:
                the reports are about Ukraine, where Easter follows the Julian reckoning; ``calendar:
                western`` for the Gregorian one), ``new_year`` (1 January), ``new_year_night`` (31 December
                to 1 January, ``range``): the last one on or before publication ("у Вербну неділю",
                "in der Silvesternacht", "в новогоднюю ночь").
``season``      "im Sommer", "since the summer", "влітку" -> the three months from the season's first month
                (``seasons`` in time.yaml: 3 spring, 6 summer, 9 autumn, 12 winter), ``range``.

``vague``       "in recent days", "in den vergangenen Wochen", "в последние дни", "останні тижні": an
                indefinite stretch of the past (a plural unit with no count). It dates nothing: the phrase is
                consumed (no shorter pattern inside it matches) and gives no TimeMatch, so the claim it
                tells has no time (docs/annotation.md, Time: ``null`` when the text gives nothing datable).

A ``night: true`` option on ``date`` and ``weekday`` patterns ("in der Nacht zum Mittwoch", "в ночь на 31
июля", "overnight into Friday") makes the night before that day a range: the day before to the day.

``relative``    "a day earlier", "the next day", "hours later", "zwei Monate später", "напередодні", "днём
                ранее": ``offset`` ``unit``s (``days`` by default; ``hours`` are the same day), or a matched
                ``{count}`` times ``sign``, from the *anchor*: the nearest time before the phrase in the text
                passed (the publication date when there is none); precision of the unit (``day``, ``week``,
                ``month``).
                With ``scope: after`` the phrase introduces the earlier of two happenings ("a day after the
                Russians pulled out", "через день после"): the offset counts back from the anchor and the
                match keeps the anchor's time as ``TimeMatch.anchor``, the time of the clause before the
                phrase ("entered on 10 September, a day after ...").

A matched ``(?P<since>...)`` group ("seit Anfang September", "з початку вересня") makes any of them a range
from its start to the publication date.

Durations are **skipped**: "nach sechs Monaten", "seit sechs Monaten", "for two weeks" give no TimeMatch,
because they say how long something lasted, not when it happened.

A date without a year takes the publication year, unless that puts it more than 31 days after
publication in a sentence without future markers (then the year before: "28 December" in a January report).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from frontwatch.claims.lexicon import PatternGate
from frontwatch.claims.numbers import (
    alternation,
    load_lang_yaml,
    normalise_apostrophes,
    number_lexicon,
    parse_number_words,
)
from frontwatch.model import When

#: How far after publication an undated day may lie before it is taken to be from the year before.
FUTURE_TOLERANCE_DAYS = 31

#: Days of a month part: "Anfang" is 1-10, "Mitte" 11-20, "Ende" 21 to the end of the month.
#: Halves: "in der ersten Junihälfte" is 1-15, "во второй половине июня" 16 to the end.
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "start": (1, 10),
    "middle": (11, 20),
    "end": (21, None),
    "first_half": (1, 15),
    "second_half": (16, None),
}
#: Weekdays (Monday = 0) of a part of a week.
WEEK_PARTS: dict[str, tuple[int, int]] = {
    "start": (0, 2),
    "middle": (1, 3),
    "end": (3, 6),
    "whole": (0, 6),
    "to_date": (0, 6),
}
UNIT_DAYS: dict[str, float] = {"hours": 1 / 24, "days": 1, "weeks": 7, "months": 30, "years": 365}

#: Month offsets (first, last) within a three-month season of a ``season`` pattern's ``part``.
SEASON_PARTS: dict[str, tuple[int, int]] = {"start": (0, 0), "middle": (1, 1), "end": (2, 2)}

#: The resolve kind of an indefinite stretch of the past ("in recent days"): it dates nothing.
VAGUE_KIND = "vague"

SENTENCE_BREAK_RE = re.compile(r"(?<!\d)[.!?…]\s|\n")


@dataclass(frozen=True)
class TimeMatch:
    start: int
    end: int
    text: str
    when: When
    #: The resolve kind of the pattern that matched ("date", "weekday", "relative", ...).
    kind: str = ""
    #: A "since X" range ("seit Freitag", "з квітня"): it runs up to now and never dates a statement.
    since: bool = False
    #: For a ``scope: after`` phrase ("a day after ..."), the time of the happening it is counted from.
    anchor: When | None = None


@dataclass
class TimePattern:
    regex: re.Pattern[str]
    resolve: str
    options: dict[str, Any]


@dataclass
class TimeLexicon:
    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, int]  # form -> first month of the season
    units: dict[str, str]
    count_words: dict[str, int]
    future_re: re.Pattern[str] | None
    patterns: list[TimePattern]
    #: Days of the month as ordinal words ("шостого березня", "тридцатого марта"): form -> day.
    day_words: dict[str, int] = field(default_factory=dict)
    # Which patterns can match a text at all: most sentences hold no time word, and each pattern
    # scan costs a pass over the sentence.
    gate: PatternGate | None = None

    def __post_init__(self) -> None:
        if self.gate is None:
            self.gate = PatternGate(p.regex.pattern for p in self.patterns)


def _forms(raw: Any) -> dict[str, int]:
    """Map every listed form (lower case) to its number: {9: [september, sept.]} -> {"september": 9, ...}."""
    forms: dict[str, int] = {}
    for number, names in (raw or {}).items():
        for name in names or []:
            forms[normalise_apostrophes(str(name).lower())] = int(number)
    return forms


def _expand(pattern: str, placeholders: dict[str, str]) -> str:
    """Replace {name} placeholders by named groups; other braces (regex repetition) stay as they are."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"(?P<{name}>{placeholders[name]})" if name in placeholders else match.group(0)

    return re.sub(r"\{(\w+)\}", substitute, pattern)


@cache
def time_lexicon(lang: str) -> TimeLexicon:
    """The time patterns of ``lang`` (cached); empty when the language has no time.yaml."""
    config = load_lang_yaml(lang, "time.yaml")
    months = _forms(config.get("months"))
    weekdays = _forms(config.get("weekdays"))
    seasons = _forms(config.get("seasons"))
    units: dict[str, str] = {}
    for unit, names in (config.get("duration_units") or {}).items():
        for name in names or []:
            units[normalise_apostrophes(str(name).lower())] = str(unit)
    count_words = {str(k).lower(): int(v) for k, v in (config.get("count_words") or {}).items()}
    month_alt = alternation(list(months)) or "(?!)"
    # A count is digits or number words of the language ("drei", "двадцять п'ять", "zweiundzwanzig"),
    # never any word, so that "Рівно рік тому" still finds "рік тому".
    numbers = number_lexicon(lang)
    number_word = alternation([*numbers.units, *numbers.multipliers, *numbers.scales]) or "(?!)"
    if numbers.compound_words:
        number_word = rf"(?:{number_word})+(?:{alternation(list(numbers.joiners))}(?:{number_word})+)*"
    count_alt = (
        rf"\d+|{alternation(list(count_words))}|(?:{number_word})(?:[\s-]+(?:{number_word}))*".replace(
            "||", "|"
        )
    )
    # A day is digits or, where the language lists them, an ordinal word ("шостого березня").
    day_words = {
        normalise_apostrophes(re.sub(r"\s+", " ", str(k).lower())): int(v)
        for k, v in (config.get("day_ordinals") or {}).items()
    }
    day_alt = r"0?[1-9]|[12]\d|3[01]"
    if day_words:
        day_alt += "|" + "|".join(
            re.escape(w).replace(r"\ ", " ").replace("'", "['’ʼ]")
            for w in sorted(day_words, key=len, reverse=True)
        )
    placeholders = {
        "day": day_alt,
        "day2": day_alt,
        "monthnum": r"0?[1-9]|1[0-2]",
        "year": r"(?:19|20)\d\d",
        "month": month_alt,
        "month2": month_alt,
        "weekday": alternation(list(weekdays)) or "(?!)",
        "season": alternation(list(seasons)) or "(?!)",
        "count": count_alt,
        "unit": alternation(list(units)) or "(?!)",
    }
    patterns = []
    for entry in config.get("patterns") or []:
        # A space in a pattern is any run of white space; " ?" is optional white space.
        body = (
            _expand(str(entry["pattern"]), placeholders)
            .replace(" ?", "\x00")
            .replace(" ", r"[\s\u00a0]+")
            .replace("\x00", r"[\s\u00a0]*")
        )
        # Digits must not continue a longer number ("118. September" is no date); words end at word ends.
        # The body is grouped: the boundaries hold for every alternative of a pattern ("вночі" is
        # no time inside "на півночі").
        regex = re.compile(rf"(?<![\w.])(?:{body})(?!\w)(?!\.\d)", re.IGNORECASE)
        options = {key: value for key, value in entry.items() if key not in ("pattern", "resolve")}
        patterns.append(TimePattern(regex, str(entry["resolve"]), options))
    markers = [str(m) for m in config.get("future_markers") or []]
    future_re = re.compile(rf"(?<!\w)(?:{alternation(markers)})", re.IGNORECASE) if markers else None
    return TimeLexicon(
        lang, months, weekdays, seasons, units, count_words, future_re, patterns, day_words=day_words
    )


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in SENTENCE_BREAK_RE.finditer(text, 0, start)), default=0)
    right_match = SENTENCE_BREAK_RE.search(text, end)
    right = right_match.start() + 1 if right_match else len(text)
    return text[left:right]


def _month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


class _Resolver:
    """Turns one regex match of one pattern into a When, or None when the match makes no date."""

    def __init__(
        self,
        lexicon: TimeLexicon,
        published: date,
        future: bool,
        anchor: When | None = None,
        year_told: int | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.published = published
        self.future = future
        # The time a ``relative`` phrase counts from (None: the publication date).
        self.anchor = anchor
        # The year a time told before in the sentence names ("Весной 2022 года ... в конце марта").
        self.year_told = year_told

    def _group(self, match: re.Match[str], name: str) -> str | None:
        return match.groupdict().get(name)

    def _month(self, match: re.Match[str], name: str = "month") -> int | None:
        raw = self._group(match, name)
        if raw is None:
            return None
        return self.lexicon.months.get(normalise_apostrophes(re.sub(r"\s+", " ", raw.lower())))

    def _day(self, match: re.Match[str], name: str = "day") -> int:
        raw = match.group(name)
        if raw.isdigit():
            return int(raw)
        return self.lexicon.day_words.get(normalise_apostrophes(re.sub(r"\s+", " ", raw.lower())), 0)

    def _year_for(self, month: int, day: int, match: re.Match[str]) -> int:
        """The explicit year, or the publication year moved back (or forward in future sentences)."""
        explicit = self._group(match, "year")
        if explicit:
            return int(explicit)
        if self.year_told is not None:
            return self.year_told
        year = self.published.year
        day = min(day, _month_days(year, month))
        candidate = date(year, month, day)
        if not self.future and candidate > self.published + timedelta(days=FUTURE_TOLERANCE_DAYS):
            return year - 1
        if self.future and candidate < self.published - timedelta(days=FUTURE_TOLERANCE_DAYS):
            return year + 1
        return year

    def _cap(self, start: date, end: date) -> date:
        """Past happenings end at publication at the latest."""
        if self.future or end <= self.published:
            return end
        return max(start, self.published)

    def _count_days(self, match: re.Match[str], default_days: float | None) -> float | None:
        unit_raw = self._group(match, "unit")
        if unit_raw is None:
            return default_days
        unit = self.lexicon.units.get(normalise_apostrophes(unit_raw.lower()))
        if unit is None:
            return None
        count_raw = self._group(match, "count")
        count: float | None = 1.0
        if count_raw is not None:
            lowered = count_raw.lower()
            count = (
                float(self.lexicon.count_words[lowered])
                if lowered in self.lexicon.count_words
                else parse_number_words(count_raw, self.lexicon.lang)
            )
        if count is None or count <= 0:
            return None
        return count * UNIT_DAYS[unit]

    def resolve(self, pattern: TimePattern, match: re.Match[str]) -> When | None:
        handler = getattr(self, f"_resolve_{pattern.resolve}", None)
        if handler is None:
            raise ValueError(f"unknown resolve kind {pattern.resolve!r} in {self.lexicon.lang}/time.yaml")
        if self.future and self._group(match, "since"):
            # "seit dem Sommer" looks back whatever the verb of the sentence says.
            return _Resolver(self.lexicon, self.published, future=False).resolve(pattern, match)
        try:
            when: When | None = handler(match, pattern.options)
        except ValueError:  # impossible dates such as 31 February
            return None
        if when is not None and self._group(match, "since") and when.start <= self.published:
            return When(when.start, self.published, "range")
        return when

    def _resolve_date(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        month = self._month(match) or (
            int(match.group("monthnum")) if self._group(match, "monthnum") else None
        )
        if month is None:
            return None
        day = self._day(match)
        if not day:
            return None
        day_date = date(self._year_for(month, day, match), month, day)
        return self._day_or_night(day_date, options)

    @staticmethod
    def _day_or_night(day: date, options: dict[str, Any]) -> When:
        """The day, or with ``night: true`` the night before it ("в ночь на 31 июля": 30-31 July)."""
        if options.get("night"):
            return When(day - timedelta(days=1), day, "range")
        return When(day, day, "day")

    def _resolve_date_range(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        # "5. bis 8. September" names the month once, at the end; "September 5 to 8" at the start.
        end_month = self._month(match, "month2") or self._month(match)
        if end_month is None:
            return None
        start_month = self._month(match) or end_month
        end_day = self._day(match, "day2")
        if not end_day or not self._day(match):
            return None
        end_year = self._year_for(end_month, end_day, match)
        start_year = end_year if start_month <= end_month else end_year - 1
        start, end = (
            date(start_year, start_month, self._day(match)),
            date(end_year, end_month, end_day),
        )
        return When(start, end, "range") if start <= end else None

    def _resolve_month(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        month = self._month(match)
        if month is None:
            return None
        year = self._year_for(month, 1, match)
        start, end = date(year, month, 1), date(year, month, _month_days(year, month))
        return When(start, self._cap(start, end), "month")

    def _resolve_month_part(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        month = self._month(match)
        if month is None:
            return None
        first, last = MONTH_PARTS[str(options.get("part", "start"))]
        year = self._year_for(month, first, match)
        start = date(year, month, first)
        end = date(year, month, last or _month_days(year, month))
        return When(start, self._cap(start, end), "range")

    def _resolve_month_rel(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        year, month = _shift_month(self.published.year, self.published.month, int(options.get("offset", 0)))
        start, end = date(year, month, 1), date(year, month, _month_days(year, month))
        # "earlier this month" is always up to publication, whatever the rest of the sentence says.
        return When(start, min(end, max(start, self.published)), "month")

    def _resolve_day_offset(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        day = self.published + timedelta(days=int(options.get("offset", 0)))
        return When(day, day, "day")

    def _resolve_weekday(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        raw = self._group(match, "weekday")
        weekday = self.lexicon.weekdays.get(normalise_apostrophes(raw.lower())) if raw else None
        if weekday is None:
            return None
        direction = str(options.get("direction", "auto"))
        if direction == "future" or (direction == "auto" and self.future and not self._group(match, "since")):
            ahead = (weekday - self.published.weekday()) % 7 or 7
            day = self.published + timedelta(days=ahead)
        else:
            back = (self.published.weekday() - weekday) % 7
            # "letzten Samstag" in a Saturday report is a week ago, "am Samstag" is that day.
            if direction == "past_strict" and back == 0:
                back = 7
            day = self.published - timedelta(days=back)
        return self._day_or_night(day, options)

    def _resolve_week(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        monday = self.published - timedelta(days=self.published.weekday())
        monday += timedelta(weeks=int(options.get("offset", 0)))
        part = str(options.get("part", "whole"))
        first, last = WEEK_PARTS[part]
        start, end = monday + timedelta(days=first), monday + timedelta(days=last)
        precision = "week" if part in ("whole", "to_date") else "range"
        if part == "to_date":
            return When(start, max(start, min(end, self.published)), precision)
        return When(start, self._cap(start, end), precision)

    def _resolve_weekend(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        sunday_offset = (self.published.weekday() - 6) % 7
        if self.published.weekday() == 5:  # a Saturday report: this weekend has begun
            start = self.published
            return When(start, start, "range")
        sunday = self.published - timedelta(days=sunday_offset)
        return When(sunday - timedelta(days=1), sunday, "range")

    def _resolve_past_days(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        default = float(options["days"]) if "days" in options else None
        days = self._count_days(match, default)
        if days is None:
            return None
        if days == 0:
            # "since the start of the day" / "від початку доби": the publication day itself.
            return When(self.published, self.published, "day")
        try:
            start = self.published - timedelta(days=max(1, round(days)))
        except OverflowError:
            return None
        return When(start, self.published, "range")

    def _resolve_ago(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        days = self._count_days(match, None)
        unit = self.lexicon.units.get(normalise_apostrophes((self._group(match, "unit") or "").lower()))
        if days is None or unit is None:
            return None
        try:
            day = self.published - timedelta(days=round(days))
        except OverflowError:  # "2022 года назад": a year read as a count reaches before year 1
            return None
        if unit in ("hours", "days"):
            return When(day, day, "day")
        if unit == "weeks":
            return When(day - timedelta(days=3), day + timedelta(days=3), "week")
        if unit == "months":
            start = day.replace(day=1)
            return When(start, day.replace(day=_month_days(day.year, day.month)), "month")
        return When(date(day.year, 1, 1), date(day.year, 12, 31), "year")

    def _resolve_relative(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        """ "a day earlier", "zwei Monate später", "напередодні": counted from the anchor."""
        unit_raw = self._group(match, "unit")
        unit = (
            self.lexicon.units.get(normalise_apostrophes(unit_raw.lower()))
            if unit_raw
            else str(options.get("unit", "days"))
        )
        if unit not in UNIT_DAYS:
            return None
        # A fixed ``offset`` ("a day earlier": -1), or a matched count with the pattern's ``sign``
        # ("{count} days later": +1, "{count} days earlier": -1).
        steps = int(options.get("offset", 0))
        if self._group(match, "count") is not None:
            days = self._count_days(match, None)
            if days is None:
                return None
            steps = round(days / UNIT_DAYS[unit]) * int(options.get("sign", 1))
        if options.get("scope") == "after":
            steps = -abs(steps)  # "a day after X": X lies before the anchor
        anchor = self.anchor or When(self.published, self.published, "day")
        if unit == "months" or unit == "years":
            months = steps * (12 if unit == "years" else 1)
            year, month = _shift_month(anchor.start.year, anchor.start.month, months)
            if unit == "years":
                return When(date(year, 1, 1), date(year, 12, 31), "year")
            return When(date(year, month, 1), date(year, month, _month_days(year, month)), "month")
        # Hours later or earlier are the same day; a range anchor ("overnight") counts from its end.
        reference = anchor.start if anchor.precision == "day" else anchor.end
        if unit == "hours":
            return When(reference, reference, "day")
        day = reference + timedelta(days=steps * UNIT_DAYS[unit])
        if unit == "weeks":
            return When(day - timedelta(days=3), day + timedelta(days=3), "week")
        return When(day, day, "day")

    def _resolve_season(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        raw = self._group(match, "season")
        first_month = self.lexicon.seasons.get(normalise_apostrophes(raw.lower())) if raw else None
        if first_month is None:
            return None
        year = self._year_for(first_month, 1, match)
        if self._group(match, "since") and date(year, first_month, 1) > self.published:
            year -= 1  # "since the summer" in a May report: last summer (a day ahead is a start ahead)
        # ``part`` (optional): "early summer" is the season's first month, "late summer" its last,
        # "mid-summer" its middle one; without it the whole season.
        first_offset, last_offset = SEASON_PARTS.get(str(options.get("part", "")), (0, 2))
        start_year, start_month = _shift_month(year, first_month, first_offset)
        start = date(start_year, start_month, 1)
        end_year, end_month = _shift_month(year, first_month, last_offset)
        end = date(end_year, end_month, _month_days(end_year, end_month))
        return When(start, self._cap(start, end), "range")

    def _resolve_year_rel(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        year = self.published.year + int(options.get("offset", 0))
        start, end = date(year, 1, 1), date(year, 12, 31)
        return When(start, self._cap(start, end), "year")

    def _resolve_fixed(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        day = date.fromisoformat(str(options["date"]))
        if day > self.published:
            return None
        if "end" in options:  # a stretch of fixed dates: "in the first days of the invasion"
            return When(day, min(date.fromisoformat(str(options["end"])), self.published), "range")
        return When(day, day, "day")

    def _resolve_feast(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        feast = str(options.get("feast", "easter"))
        western = str(options.get("calendar", "orthodox")) == "western"
        for year in (self.published.year, self.published.year - 1):
            if feast in ("easter", "palm_sunday"):
                easter = _western_easter(year) if western else _orthodox_easter(year)
                day = easter - timedelta(days=7) if feast == "palm_sunday" else easter
                when = When(day, day, "day")
            elif feast == "new_year":
                when = When(date(year, 1, 1), date(year, 1, 1), "day")
            elif feast == "new_year_night":
                when = When(date(year - 1, 12, 31), date(year, 1, 1), "range")
            else:
                raise ValueError(f"unknown feast {feast!r} in {self.lexicon.lang}/time.yaml")
            if when.start <= self.published:
                return when
        return None

    def _resolve_vague(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        """ "in recent days": no time (``resolve_times`` consumes the phrase before resolving)."""
        return None

    def _resolve_year(self, match: re.Match[str], options: dict[str, Any]) -> When | None:
        year = int(match.group("year"))
        start, end = date(year, 1, 1), date(year, 12, 31)
        return When(start, self._cap(start, end), "year")


#: Scans kept per process: the extractor looks at a sentence twice in a row (quantities skip dates,
#: then the claim's time), so only the last few sentences need to be remembered. Kept small on purpose:
#: a large cache would mostly pay off on repetitive (templated, syndicated) input.
CANDIDATE_CACHE_SIZE = 16

Candidate = tuple[int, int, TimePattern, re.Match[str]]


@lru_cache(maxsize=CANDIDATE_CACHE_SIZE)
def _scan(text: str, lang: str) -> tuple[TimeLexicon, tuple[Candidate, ...]]:
    """Every non-empty match of every pattern of ``lang`` in ``text``, longest first, then by offset.

    The scan does not depend on the publication date, so all calls on the same text share it. The
    lexicon it was made with is returned too, so that a reloaded lexicon is never mixed with old scans.
    """
    lexicon = time_lexicon(lang)
    candidates: list[Candidate] = []
    patterns = lexicon.patterns
    possible = lexicon.gate.possible(text) if lexicon.gate is not None else range(len(patterns))
    for index in possible:
        pattern = patterns[index]
        for match in pattern.regex.finditer(text):
            if match.end() > match.start():
                candidates.append((match.start(), match.end(), pattern, match))
    # Of two equally long matches a vague stretch wins ("in den vergangenen Tagen" is no span of days),
    # then the one that reads "since" ("seit Freitag" is a range, not a day).
    candidates.sort(
        key=lambda c: (
            -(c[1] - c[0]),
            c[0],
            c[2].resolve != VAGUE_KIND,
            not c[3].groupdict().get("since"),
        )
    )
    return lexicon, tuple(candidates)


def resolve_times(text: str, published: date, lang: str, told_before: When | None = None) -> list[TimeMatch]:
    """All time expressions of ``text`` resolved against ``published``, by offset, never overlapping.

    ``told_before``: the time of a happening told before ``text`` (in an earlier paragraph); a relative
    phrase with no time before it in ``text`` counts from it instead of from publication.

    Of overlapping candidates the longest wins ("seit Anfang September" over "September"). A
    ``relative`` phrase ("a day earlier") counts from the nearest time before it in ``text`` that can
    anchor it (``_can_anchor``), else from the publication date.
    """
    lexicon = time_lexicon(lang)
    if isinstance(published, date) and hasattr(published, "date"):
        published = published.date()  # a datetime was passed
    scanned_with, candidates = _scan(text, lang)
    if scanned_with is not lexicon:  # time_lexicon's cache was cleared since: scan again
        _scan.cache_clear()
        _, candidates = _scan(text, lang)
    taken: list[tuple[int, int]] = []
    chosen: list[Chosen] = []
    for start, end, pattern, match in candidates:
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        if pattern.resolve == VAGUE_KIND:
            taken.append((start, end))  # "in recent days": no time, and none inside it either
            continue
        future = bool(lexicon.future_re and lexicon.future_re.search(_sentence_around(text, start, end)))
        when = _Resolver(lexicon, published, future).resolve(pattern, match)
        if when is None:
            continue
        taken.append((start, end))
        chosen.append((start, end, pattern, match, future, when))
    chosen.sort(key=lambda c: c[0])
    _take_year_told(chosen, text, lexicon, published)
    results: list[TimeMatch] = []
    for start, end, pattern, match, future, when in chosen:
        anchor: When | None = None
        if pattern.resolve == "relative":
            months = (_relative_unit(lexicon, pattern, match) or "days") in ("months", "years")
            # "a day after X" counts back from the clause it follows: a happening of an earlier
            # paragraph is no anchor for it.
            fallback = told_before if pattern.options.get("scope") != "after" else None
            anchor = next((r.when for r in reversed(results) if _can_anchor(r, months)), fallback)
            when = _Resolver(lexicon, published, future, anchor).resolve(pattern, match) or when
            if pattern.options.get("scope") != "after":
                anchor = None
            elif anchor is None:
                anchor = When(published, published, "day")
        results.append(
            TimeMatch(
                start,
                end,
                text[start:end],
                when,
                kind=pattern.resolve,
                since=bool(match.groupdict().get("since")),
                anchor=anchor,
            )
        )
    return results


#: Kinds whose year, when they name none, is that of a time told before them in the sentence.
def _western_easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_skips, leap_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (19 * golden + century - leap_skips - (century - correction + 1) // 3 + 15) % 30
    rest_quarter, rest_rest = divmod(rest, 4)
    weekday_shift = (32 + 2 * leap_rest + 2 * rest_quarter - moon - rest_rest) % 7
    offset = (golden + 11 * moon + 22 * weekday_shift) // 451
    month, day = divmod(moon + weekday_shift - 7 * offset + 114, 31)
    return date(year, month, day + 1)


def _orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday (the Julian computus, Meeus), as a Gregorian date (valid 1900-2099)."""
    moon = (19 * (year % 19) + 15) % 30
    weekday_shift = (2 * (year % 4) + 4 * (year % 7) - moon + 34) % 7
    month, day = divmod(moon + weekday_shift + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


YEAR_TAKING_KINDS = frozenset({"date", "date_range", "month", "month_part", "season"})

Chosen = tuple[int, int, TimePattern, re.Match[str], bool, When]


def _take_year_told(chosen: list[Chosen], text: str, lexicon: TimeLexicon, published: date) -> None:
    """ "Весной 2022 года ... держали город и в конце марта отошли", "im Dezember 2023 ... im Februar":
    a date without a year takes the year a time before it in the same sentence names, not the
    publication year; a month that would then lie before that time is in the year after, when that is
    not after publication ("im Dezember 2023 ... im Februar" is February 2024). A "since" range ("seit
    2014") names where a stretch starts and lends no year."""
    told: When | None = None
    told_end = 0
    for index, (start, end, pattern, match, future, when) in enumerate(chosen):
        groups = match.groupdict()
        if groups.get("year"):
            if not groups.get("since"):
                told, told_end = when, end
            continue
        if told is None or pattern.resolve not in YEAR_TAKING_KINDS:
            continue
        if SENTENCE_BREAK_RE.search(text, told_end, start):
            told = None
            continue
        year = told.start.year
        again = _Resolver(lexicon, published, future, year_told=year).resolve(pattern, match)
        if again is not None and again.start < told.start:
            later = _Resolver(lexicon, published, future, year_told=year + 1).resolve(pattern, match)
            again = later if later is not None and later.start <= published else again
        if again is not None:
            chosen[index] = (start, end, pattern, match, future, again)


def _relative_unit(lexicon: TimeLexicon, pattern: TimePattern, match: re.Match[str]) -> str | None:
    raw = match.groupdict().get("unit")
    if raw:
        return lexicon.units.get(normalise_apostrophes(raw.lower()))
    return str(pattern.options.get("unit", "days"))


def _can_anchor(match: TimeMatch, months: bool) -> bool:
    """Whether a time can anchor a relative phrase: a day or a short span; a month only for a count
    of months or years ("im September ... zwei Monate später"). A "since" range runs up to now and
    anchors nothing."""
    if match.since:
        return False
    return match.when.precision in ("day", "range") or (months and match.when.precision == "month")
