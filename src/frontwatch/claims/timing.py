"""When: the time of a claim, and the times that are not the claim's.

Words are per language in ``data/lang/<code>/time.yaml`` (key ``timing``); this module knows what
they mean.

The time of a statement is not the time of what it reports (docs/annotation.md, Time):

* a time right before or after a verb of saying ("said on Friday", "am Montag meldete"), unless the
  verb is a participle right behind an event word ("strikes reported on Sunday night");
* a time in the clause of a verb of saying, before it ("hat am Donnerstagabend offiziell gemeldet, dass",
  "В понедельник министр ... доложил", "hat am Samstag den Abzug bekanntgegeben");
* a time after a verb of saying with no event word before it in the clause, that ends the clause or
  is followed by a complementizer ("erklärte der Generalstab am Dienstag.", "claimed during a visit on
  November 20 that ...").

An attribution phrase ("laut", "according to", "за даними", "по их словам"; ``attribution_phrases``) is
no verb of saying and dates nothing. A "since" range is never a statement's date ("заявило с 10 мая о
занятии ..." runs from 10 May), and in a dated statement it ends on the statement's date ("said on
Thursday that since the start of the month ..."). A political act told as an announcement ("announced
the annexation on Friday") keeps the time: the announcement is the act. A date before a colon that
opens a line stamps the post ("Key takeaways, September 9: ..."), and a deadline ("by 10 September",
"bis zum 9. Mai", "к 9 мая"; ``deadline_before``) is no time of a happening.

Which time a claim takes (``_nearest_time``): one in the trigger's clause (a clause that is nothing but
the time, "On Saturday, ...", is one with the clause after it), else the nearest one whose clause holds
no other event word and is no relative clause (``relative_clause_openers``: "In der Stadt, die Russland
seit Mai kontrolliert, sollen Einheiten ... verstärkt haben"), or one that opens the sentence and so
frames all of it ("На прошлой неделе ВС РФ перешли в наступление и ... освободили A"). A relative
clause right after an event word tells that happening ("Partisanen, die im Juli ... gesprengt haben").
A "since" range dates only its own clause. A holding (``control_held``) is a state: only a "since" range
dates it, a day in its sentence dates another verb ("struck the headquarters in occupied Sevastopol on
Friday"). A claim before an "a day after"-phrase takes the time that phrase counts from ("entered on 10
September, a day after the Russians left"). A habit ("fast jede Nacht", "щодня"; ``habitual_markers``)
has no one time, in its clause or, when the sentence names no other time for the claim, in the sentence.

Relative phrases ("a day earlier", "Того ж дня", "Wenige Stunden später", "вранці") count from the
nearest time told before them in the same paragraph, statement dates included, else from the last
happening told in an earlier paragraph (no statement date: "... struck on Saturday afternoon, officials
said on Sunday. || Less than an hour later ..."; not for "a day after X", which counts back from its
own clause), else from the publication date (claims/timeexpr.py, kind ``relative``).

Round 5: a time right after a conjunction ("... и в конце марта отошли"; ``time_coordinators``) dates
the verb after it, not a claim before it; a clause that opens with its event word (", retaking A")
goes on the verb of the clause before and takes its time; in a list of places each followed by its own
time ("Marjinka im Dezember und Awdijiwka im Februar") a claim at a place the event word governs takes
its place's time; a time around a verb that publishes a picture ("footage geolocated on 16 August",
"video posted last week"; ``time_publication_verbs``) dates the publication, not what it shows; a
statement's time followed by a short tail without an event word ("teilte ... am Samstag mit.") still
dates the statement.

A header line with a span ("За минулу добу:", "In the past 24 hours:"), or a digest line that opens with
one ("За минулу добу підрозділи ... звільнили ..."), dates the lines of the bulletin under it that name no
time, up to a blank line, a line with a time of its own or a line told by a speaker ("X said that ...";
an attribution phrase alone keeps the line in the bulletin). A night ("Overnight, ...") is no digest span,
and a numbered item that opens with a span ("1. Минулої доби ...") dates only itself. A date stamp on a
header ("станом на ранок понеділка:", "Translated from a channel, 5 October:") dates the post, not the
happenings, and is not copied.

A claim takes no time from a claim about the same place elsewhere in the report: a headline, a lead or a
later mention is dated only by its own sentence (docs/annotation.md, Time), except a confirmation ("X
bestätigte die Rückeroberung von A", ``confirmation_verbs``), which tells a happening the report tells
elsewhere and takes its time. A sentence that adds to the
one right before it ("Также обстрелу подверглись A и B", "Russian missiles also hit C";
``additive_markers``), with no speaker of its own, takes the time of a same-type claim of that sentence.
A "since" after a superlative ("the first village retaken since the summer", ``comparison_markers``)
measures a record and dates nothing. No time is carried over (from a header or from the sentence before)
to what is still going on ("evacuation continues", "weiterhin"; ``ongoing_markers``), to a holding or to
a habit. What has not happened has no time: a conditional claim never has one, predicted, conditional and
negated claims take none from elsewhere, a prediction takes no time that ends by publication (it
dates the saying), and a denial of a claim told before keeps no time of the claim it denies. An
evacuation, like a political act, happens when it is announced or ordered: the date of the announcement
is its time.

Round 7 (tests/test_claims_time_source_r7.py): a verb of saying with no speaker in its clause, after the
event word it reports ("strikes were reported on Sunday night"), tells the happening, not a statement; an
event word that is the object of a verb of announcing ("announced the capture of A on Monday";
``announcement_verbs``) names what was announced, and the time dates the announcement; verbs of writing
(in ``statement_verbs``) are verbs of saying; a date in brackets before the colon that opens a speaker's
words ("Name, title (Friday, 15 September): ...") and the date of a dateline ("KYIV, Aug 25 (Wire) -") stamp
the statement or dispatch; a dash between two letters ("the Kupiansk–Svatove line") breaks no clause;
event words coordinated in a clause that opens with one go on the verb before it; a digest span
("від початку доби") and a time opening the words after a speaker's colon frame the whole line (a "since"
range too); a conjunction may stand before the comma in front of a time ("A and, on June 26, B"), and a
time right before a place is that place's own.

Round 9 (tests/test_claims_time_r9.py): a habit told over a stated stretch of several days or more ("щодня
упродовж тижня", "every day this week"; ``HABIT_STRETCH_DAYS``) takes the stretch; a night told as a manner
or a habit ("день и ночь", "only at night") is a habit marker, not last night; a post that spreads
("разошлось видео", "розійшлося відео"), a boast and a naming ("nannte die Explosion ...") are verbs of
saying (``statement_verbs``), so their time dates the saying.

Round 10 (tests/test_claims_time_r10.py): a line that tells no claim ("rescuers were at the scene all
night" after a strike) is no happening that a later paragraph's "the same day" counts from; how long a
picture has been going round ("a video reposted since Monday") dates its spread, not what it shows; an
accusation, a ruling-out and an ultimatum are verbs of saying (``statement_verbs``). Whole nights ("за
ніч", "all night"), dawn and the rush hour, "за вихідні" and "yesterday's attack" with adjectives between
are patterns of time.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from frontwatch.claims.context import _NO_CLAUSE_BREAK, Span, _Context, _Draft, _place_key, _spans_in
from frontwatch.claims.numbers import load_lang_yaml
from frontwatch.claims.sentences import Sentence, clause_spans
from frontwatch.claims.sources import SourceMention
from frontwatch.claims.timeexpr import TimeMatch, resolve_times, time_lexicon
from frontwatch.model import When

#: A habit told over a stretch this long or longer ("every day this week", "щодня упродовж тижня") takes
#: the stretch as its time; a shorter one ("every night", one night) names no period of the habit.
HABIT_STRETCH_DAYS = 4

#: At most this many characters between a verb of saying and the time that dates the statement
#: ("said on Friday", "erklärte am Sonntagabend", "заявив у понеділок увечері").
STATEMENT_TIME_GAP = 12

#: How far before a time a conjunction that makes it open a second verb is looked for ("and ", "і ").
COORDINATOR_LOOKBACK = 8

#: How far before a cue word the attribution phrase it closes may start ("nach übereinstimmenden
#: Berichten", ``attribution_nouns`` in time.yaml).
ATTRIBUTION_TAIL_CHARS = 45

#: How far before a time the bulletin noun that covers it is looked for ("у зведенні за 21 січня").
BULLETIN_FOR_LOOKBACK = 30

#: How far before a cue word a determiner that makes it an attributive participle is looked for.
ATTRIBUTIVE_LOOKBACK = 12

#: At most this many characters of white space between a place and a time that is that place's own.
PLACE_TIME_GAP = 2

#: At most this many words after a statement's time that may still close the saying's clause ("teilte
#: ... am Samstag mit", "said on Friday in Kyiv").
STATEMENT_TAIL_WORDS = 3

#: At most this many characters between a verb that publishes a picture and the time that dates the
#: publication ("published by a Ukrainian brigade last week").
PUBLICATION_TIME_GAP = 40

#: How far before a time a deadline word ("by", "bis zum", "к") is looked for.
DEADLINE_LOOKBACK = 20

#: What may stand around a time in a clause that is nothing but the time ("\u201eSeit Montag, ...").
CLAUSE_FILLER = " \t\n-–—•*\"'“”„«»‚‘’"

#: At most this many characters between an event word and a relative clause that tells it.
RELATIVE_HEAD_GAP = 3

#: At most this many words before a date that stamps a post ("Key takeaways, September 9:").
STAMP_LEAD_WORDS = 6

#: At most this many words between a verb of announcing and the event word it announces ("announced
#: the full “liberation” of", "hat ... die Einnahme von A verkündet" counts the words after the noun).
ANNOUNCED_OBJECT_WORDS = 4

#: At most this many words in a speaker header before a colon whose words a time opens.
COLON_HEADER_WORDS = 6

#: How far after a date its bracket, colon or dateline dash is looked for.
STAMP_TAIL_CHARS = 60

#: How far before a bracketed statement date its opening bracket may stand ("(п'ятниця, 15 вересня):").
STAMP_BRACKET_LEAD = 12

#: At most this many words before the date of a dateline ("KYIV, Aug 25 (Wire) -").
DATELINE_LEAD_WORDS = 3

#: What follows a bracketed statement date: the bracket closing, then the colon that opens the words.
_BRACKETED_STAMP_RE = re.compile(r"\s*\)\s*:")

#: What follows the date of a dateline: an agency in brackets, perhaps, then a dash opening the text.
_DATELINE_TAIL_RE = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*[-–—]\s")

#: Modalities of claims about what has not (or not yet) happened: they take no time from elsewhere.
UNHAPPENED_MODALITIES = frozenset({"predicted", "conditional", "negated"})

#: Modalities of claims about what may happen: a bulletin's span does not date them.
HYPOTHETICAL_MODALITIES = frozenset({"predicted", "conditional"})

#: Kinds of time a bulletin header can pass on to the lines under it: spans, not stamps.
BULLETIN_SPAN_KINDS = frozenset({"past_days", "week", "month_rel"})

#: Kinds of time a digest line can open with to date the lines under it: digest spans ("За минулу добу").
OPENER_SPAN_KINDS = frozenset({"past_days"})

#: What stands between a line's start and a numbered item's first sentence ("1. ", "2) ").
NUMBERED_ITEM_RE = re.compile(r"\s*\d{1,2}[.)]\s*")

#: A word of a time phrase, to look its unit up ("добу", "hours").
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

#: Event types that are states: a day in their sentence dates another verb, only "since" dates them.
STATE_TYPES = frozenset({"control_held"})

#: Event types whose act is a statement: an announced annexation or referendum happens when announced,
#: an evacuation when it is ordered ("On 19 August the authorities announced the evacuation of A").
STATEMENT_ACT_TYPES = frozenset({"political", "evacuation"})


@dataclass(frozen=True)
class _TimingWords:
    """Per language (time.yaml ``timing``): attribution phrases that are no verb of saying, the
    complementizers that open what a verb of saying reports, the words that open a relative clause,
    the markers of a habit ("every night", "щодня"), of a deadline ("by 10 September") and of a
    happening still going on ("continues", "weiterhin", "триває")."""

    phrases: re.Pattern[str] | None
    complementizers: re.Pattern[str] | None
    relative_clause: re.Pattern[str] | None
    habitual: re.Pattern[str] | None
    deadline: re.Pattern[str] | None
    ongoing: re.Pattern[str] | None
    comparison: re.Pattern[str] | None
    additive: re.Pattern[str] | None
    statement_verbs: re.Pattern[str] | None
    confirmations: re.Pattern[str] | None
    coordinator_before: re.Pattern[str] | None = None
    publication_verbs: re.Pattern[str] | None = None
    announcement_verbs: re.Pattern[str] | None = None
    temporal_opener: re.Pattern[str] | None = None
    attribution_tail: re.Pattern[str] | None = None
    attributive: re.Pattern[str] | None = None
    bulletin_for: re.Pattern[str] | None = None
    #: A live-ticker entry opening with its clock time ("14:30 —", "+++ 09.15 Uhr:", "О 5:45", "Um 5:45 Uhr").
    ticker_entry: re.Pattern[str] | None = None


@cache
def _timing_words(lang: str) -> _TimingWords:
    whole = load_lang_yaml(lang, "time.yaml")
    config = whole.get("timing") or {}
    coordinators = [str(w) for w in whole.get("time_coordinators") or []]
    publication_verbs = [str(w) for w in whole.get("time_publication_verbs") or []]
    announcement_verbs = [str(w) for w in whole.get("announcement_verbs") or []]

    def compiled(key: str, template: str) -> re.Pattern[str] | None:
        words = [str(w) for w in config.get(key) or []]
        return re.compile(template.format("|".join(words)), re.IGNORECASE) if words else None

    return _TimingWords(
        phrases=compiled("attribution_phrases", r"(?:{})"),
        complementizers=compiled("complementizers", r"^[\s,]*(?:{})(?!\w)"),
        # An opener may follow one preposition: "за який", "in dem", "in which".
        relative_clause=compiled("relative_clause_openers", r"^[\s\-–—]*(?:\w+\s+)?(?:{})(?!\w)"),
        habitual=compiled("habitual_markers", r"(?<!\w)(?:{})(?!\w)"),
        deadline=compiled("deadline_before", r"(?<!\w)(?:{})\s*$"),
        ongoing=compiled("ongoing_markers", r"(?<!\w)(?:{})(?!\w)"),
        comparison=compiled("comparison_markers", r"(?<!\w)(?:{})(?!\w)"),
        additive=compiled("additive_markers", r"(?<!\w)(?:{})(?!\w)"),
        statement_verbs=compiled("statement_verbs", r"(?<!\w)(?:{})(?!\w)"),
        confirmations=compiled("confirmation_verbs", r"(?<!\w)(?:{})(?!\w)"),
        temporal_opener=compiled("temporal_openers", r"^[\s\-–—•*\"'“”„«»]*(?:{})(?!\w)"),
        attribution_tail=compiled("attribution_nouns", r"(?<!\w)(?:{})\s*$"),
        attributive=compiled("attributive_before", r"(?<!\w)(?:{})\s+$"),
        bulletin_for=compiled("bulletin_for", r"(?<!\w)(?:{})\s*$"),
        ticker_entry=compiled(
            "ticker_clock_before", r"^[\s+•*]*(?:(?:{})\s+)?\d{{1,2}}[:.]\d{{2}}(?![.:]?\d)"
        ),
        coordinator_before=(
            re.compile(rf"(?<!\w)(?:{'|'.join(coordinators)})[\s,]*$", re.IGNORECASE)
            if coordinators
            else None
        ),
        publication_verbs=(
            re.compile(rf"(?<!\w)(?:{'|'.join(publication_verbs)})(?!\w)", re.IGNORECASE)
            if publication_verbs
            else None
        ),
        announcement_verbs=(
            re.compile(rf"(?<!\w)(?:{'|'.join(announcement_verbs)})(?!\w)", re.IGNORECASE)
            if announcement_verbs
            else None
        ),
    )


@dataclass(frozen=True)
class _ClaimTime:
    """A time of a sentence (absolute offsets) with what the claim rules need to know about it."""

    match: TimeMatch
    clause: Span
    clause_triggers: tuple[Span, ...]  # event words in the time's clause
    statement: bool  # it dates a statement, not a happening
    stamp: bool = False  # it dates the post or a deadline ("Key takeaways, May 9:", "by 10 May")
    relative_clause: bool = False  # its clause is a relative clause ("..., which Russia has held since May")
    head: Span | None = None  # the event word a relative clause right after it tells ("Partisanen, die ...")
    frame: bool = False  # it opens the sentence ("На прошлой неделе ..."): it frames all its clauses
    conjunct: bool = False  # it follows a conjunction ("... и в конце марта отошли"): it dates what follows

    @property
    def start(self) -> int:
        return self.match.start

    @property
    def end(self) -> int:
        return self.match.end

    @property
    def when(self) -> When:
        return self.match.when


@dataclass
class _SentenceTimes:
    """The times of one sentence, and the event types of its event words."""

    times: list[_ClaimTime] = field(default_factory=list)
    trigger_types: list[tuple[Span, str]] = field(default_factory=list)
    #: Clauses that tell a habit ("beschießen fast jede Nacht", "щодня обстрілює"): no one time.
    habitual_clauses: list[Span] = field(default_factory=list)
    clauses: list[Span] = field(default_factory=list)
    #: The sentence tells something still going on ("evacuation continues"): a period told elsewhere
    #: (a bulletin header, the same place elsewhere) does not date it.
    ongoing: bool = False
    #: Event words that open a clause with no subject of their own (", retaking A", ", waving flags"),
    #: with the clause before them, whose verb they go on.
    continuing: dict[Span, Span] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.times)

    def __iter__(self) -> Iterator[_ClaimTime]:
        return iter(self.times)

    def __len__(self) -> int:
        return len(self.times)

    def habitual(self, trigger: Span) -> bool:
        """Whether the claim at ``trigger`` tells a habit: its clause has a habit marker, or the
        sentence has one and the clause names no time of its own ("erzählt, dass sie fast jede
        Nacht Schüsse hört: die Russen beschießen die Stadt von drüben")."""
        if not self.habitual_clauses:
            return False
        if any(c[0] <= trigger[0] < c[1] for c in self.habitual_clauses):
            return True
        clause = next((c for c in self.clauses if c[0] <= trigger[0] < c[1]), None)
        return clause is not None and not any(clause[0] <= t.start < clause[1] for t in self.times)

    def types_of(self, trigger: Span) -> set[str]:
        """The event types of the event word at ``trigger`` (those of the very span when there is
        one: "in occupied" is a holding even where "occupied" is also a capture word)."""
        exact = {etype for span, etype in self.trigger_types if span == trigger}
        return exact or {
            etype for span, etype in self.trigger_types if span[0] < trigger[1] and trigger[0] < span[1]
        }


#: The last sentence's times: the claim rules and the bulletin pass ask for the same sentence in a row.
_last_times: list[tuple[_Context, Sentence, _SentenceTimes]] = []


def _times(context: _Context, sentence: Sentence) -> _SentenceTimes:
    if _last_times and _last_times[0][0] is context and _last_times[0][1] is sentence:
        return _last_times[0][2]
    times = _sentence_times(context, sentence)
    _last_times[:] = [(context, sentence, times)]
    return times


#: The time of the last happening told in an earlier sentence of the report being read, with its
#: paragraph: a relative phrase opening a paragraph ("Less than an hour later ...", "того ж дня") counts
#: from it. Sentences are read in order, so one entry is enough.
_happening_told: list[tuple[_Context, int, When]] = []


def _sentence_times(context: _Context, sentence: Sentence) -> _SentenceTimes:
    if context.published is None:
        return _SentenceTimes()
    lang = context.lexicon.lang
    matches = resolve_times(sentence.text, context.published, lang)
    offset = sentence.start
    if any(m.kind == "relative" for m in matches):
        # A relative phrase counts from the time told before it in the paragraph, else from the last
        # happening told in a paragraph before ("... struck a store on Saturday afternoon, officials
        # said on Sunday. || Less than an hour later another strike hit ..."), else from publication.
        offset = _paragraph_start(context, sentence)
        told = _happening_told[0] if _happening_told and _happening_told[0][0] is context else None
        earlier = told[2] if told is not None and told[1] < sentence.paragraph else None
        ticker = _ticker(context, lang)
        if sentence.paragraph in ticker[0]:
            # A live-ticker entry ("О 5:45 ...", "Um 5:45 Uhr ...") is its own news item: its clock
            # time is the ticker's day (its heading's, else publication), not an earlier entry's.
            earlier = ticker[1]
        matches = [
            m
            for m in resolve_times(context.text[offset : sentence.end], context.published, lang, earlier)
            if m.start >= sentence.start - offset
        ]
    shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in matches]
    words = _timing_words(lang)
    text = context.text
    habit_told = words.habitual is not None and words.habitual.search(sentence.text) is not None
    ongoing = bool(words.ongoing and words.ongoing.search(sentence.text))
    if not shifted and not habit_told:
        return _SentenceTimes(ongoing=ongoing)
    clauses = _joined_at_name_dashes(text, clause_spans(sentence))
    habitual = (
        [c for c in clauses if words.habitual.search(text, c[0], c[1])]
        if words.habitual is not None and habit_told
        else []
    )
    cues = _spans_in(context.attribution, sentence.start, sentence.end) + _spans_in(
        context.pronoun_speaker, sentence.start, sentence.end
    )
    if words.phrases is not None:
        cues = [c for c in cues if not words.phrases.fullmatch(text[c[0] : c[1]].strip())]
    if words.statement_verbs is not None:
        # Verbs that tell a statement without introducing a speaker ("sprach am Dienstag von Kämpfen",
        # "confirmed on Monday", "натякнув напередодні"): their time dates the statement too.
        cues += [
            (m.start(), m.end()) for m in words.statement_verbs.finditer(text, sentence.start, sentence.end)
        ]
    cues = [c for c in cues if not _no_verb_of_saying(text, c, sentence.start, words)]
    cues.sort()
    trigger_types = [
        (span, etype)
        for etype, spans in context.events.items()
        for span in _spans_in(spans, sentence.start, sentence.end)
    ]
    triggers = sorted({span for span, _ in trigger_types})
    # "Explosions were reported overnight in A", "wurden in der Nacht Drohnenangriffe gemeldet": a verb of
    # saying with no speaker in its clause, after the event word it reports, tells the happening, not a
    # statement; its time is the happening's.
    cues = [c for c in cues if not _agentless_report(c, clauses, triggers, context.speakers)]
    result = _SentenceTimes(
        trigger_types=trigger_types,
        habitual_clauses=habitual,
        clauses=clauses,
        ongoing=ongoing,
        continuing=_continuing_triggers(text, clauses, triggers),
    )
    for match in shifted:
        clause = _clause_of(text, match, clauses, sentence)
        if (
            match.since
            and words.comparison is not None
            and words.comparison.search(text, clause[0], match.start)
        ):
            # "the first village retaken since the summer", "der schwerste Angriff seit Kriegsbeginn":
            # a "since" after a superlative measures a record, it dates no happening.
            continue
        in_clause = tuple(t for t in triggers if clause[0] <= t[0] < clause[1])
        # "у зведенні за 21 січня повідомив, що ...", "in its report for April 27 the General Staff
        # said ...": the day a bulletin covers is the day of what it tells, not of the saying.
        covered = _covered_by_bulletin(text, match, sentence, words)
        statement = (
            not match.since
            and not covered
            and (
                _dates_the_statement(text, match, cues, triggers)
                or _in_statement_clause(text, match, clause, cues, triggers, words)
                or _dates_the_announcement(text, match, clause, triggers, words)
                or _dates_the_publication(text, match, sentence, triggers, words)
                or _frames_the_saying(text, match, sentence, cues, triggers)
            )
        ) or (
            # "a video reposted by channels since Monday": how long a picture has been going
            # round dates the picture's spread, not what it shows.
            match.since and _dates_the_publication(text, match, sentence, triggers, words)
        )
        stamp = _is_stamp(text, match, sentence, triggers) or _is_deadline(text, match, sentence, words)
        relative = bool(
            words.relative_clause
            and clause[0] > sentence.start
            and text[clause[0] - 1] == ","
            and words.relative_clause.match(text[clause[0] : clause[1]])
        )
        # "Partisanen, die im Juli ... gesprengt haben": a relative clause right after an event word
        # tells that happening.
        head = (
            next((t for t in triggers if 0 <= clause[0] - t[1] <= RELATIVE_HEAD_GAP), None)
            if relative
            else None
        )
        # "A day after X, ..." dates X, not the sentence: no frame.
        # A digest span ("від початку доби", "in the past 24 hours") frames the sentence wherever it
        # stands: a bulletin line counts all it tells over that span.
        # So does a time opening the words after a speaker's colon ("Головнокомандувач: з 1 жовтня наші
        # війська ..."): it opens what the speaker tells.
        frame = match.anchor is None and (
            covered
            or not re.search(r"\w", text[sentence.start : match.start])
            or (match.kind in OPENER_SPAN_KINDS and _is_digest_span(match, lang))
            or _opens_the_words_after_a_colon(text[sentence.start : match.start])
            or _in_opening_temporal_clause(text, match, clause, sentence, words)
        )
        # "держали город в полуокружении и в конце марта отошли": a time right after a conjunction
        # opens the second verb and dates it, not the first.
        conjunct = bool(
            words.coordinator_before is not None
            and words.coordinator_before.search(
                # The conjunction may close the clause before: "liberating A, B and, on June 26, C".
                text,
                max(sentence.start, match.start - COORDINATOR_LOOKBACK),
                match.start,
            )
        )
        result.times.append(
            _ClaimTime(
                match, clause, in_clause, statement, stamp, relative and head is None, head, frame, conjunct
            )
        )
    _end_since_at_statement(result.times)
    _count_from_the_statement(result.times, cues, context.published)
    happenings = [
        t
        for t in result.times
        if not (t.statement or t.stamp or t.match.since) and t.when.precision in ("day", "range")
    ]
    if happenings:
        _happening_told[:] = [(context, sentence.paragraph, happenings[-1].when)]
    return result


#: The live-ticker entries of the report being read (paragraph numbers) and the day its heading names.
_ticker_seen: list[tuple[_Context, frozenset[int], When | None]] = []


def _ticker(context: _Context, lang: str) -> tuple[frozenset[int], When | None]:
    """The paragraphs of a live ticker that open with an entry's clock time, when at least two do, and
    the day a heading before the first entry names ("Live-Ticker am Dienstag", "Хроніка 12 березня")."""
    if _ticker_seen and _ticker_seen[0][0] is context:
        return _ticker_seen[0][1], _ticker_seen[0][2]
    words = _timing_words(lang)
    firsts: dict[int, Sentence] = {}
    for sentence in context.sentences:
        firsts.setdefault(sentence.paragraph, sentence)
    entries = frozenset(
        paragraph
        for paragraph, sentence in firsts.items()
        if words.ticker_entry is not None and words.ticker_entry.match(sentence.text)
    )
    if len(entries) < 2:
        entries = frozenset()
    heading: When | None = None
    if entries and context.published is not None:
        before = [s for p, s in sorted(firsts.items()) if p < min(entries)]
        for sentence in before:
            days = [
                m.when
                for m in resolve_times(sentence.text, context.published, lang)
                if m.when.precision == "day" and not m.since
            ]
            if days and not _spans_in(
                [span for spans in context.events.values() for span in spans], sentence.start, sentence.end
            ):
                heading = days[-1]
    _ticker_seen[:] = [(context, entries, heading)]
    return entries, heading


def _covered_by_bulletin(text: str, match: TimeMatch, sentence: Sentence, words: _TimingWords) -> bool:
    """Whether the time is the period a bulletin covers ("у зведенні за 21 січня", "в сводке за 19
    сентября", "report for April 27", "Lagebericht für Sonntag"; ``bulletin_for`` in time.yaml)."""
    if words.bulletin_for is None or match.since:
        return False
    return bool(
        words.bulletin_for.search(text, max(sentence.start, match.start - BULLETIN_FOR_LOOKBACK), match.start)
    )


def _no_verb_of_saying(text: str, cue: Span, sentence_start: int, words: _TimingWords) -> bool:
    """Whether a cue word is no verb of saying but the noun of an attribution phrase ("nach
    übereinstimmenden Berichten", "according to several local reports"; ``attribution_nouns``) or a
    participle used as an adjective ("keine bestätigten Geländegewinne"; ``attributive_before``):
    neither dates a statement, so a time next to it dates the happening."""
    if words.attribution_tail is not None and words.attribution_tail.search(
        text, max(sentence_start, cue[0] - ATTRIBUTION_TAIL_CHARS), cue[1]
    ):
        return True
    return bool(
        words.attributive is not None
        and words.attributive.search(text, max(sentence_start, cue[0] - ATTRIBUTIVE_LOOKBACK), cue[0])
    )


def _joined_at_name_dashes(text: str, clauses: list[Span]) -> list[Span]:
    """Clauses with those split at a dash between two letters joined again: "the Kupiansk–Svatove line
    on August 17" is one clause (a dash inside a compound name breaks no clause)."""
    joined: list[Span] = []
    for start, end in clauses:
        if joined:
            previous = joined[-1]
            gap = previous[1]
            if (
                start == gap + 1
                and text[gap] in "-–—"
                and text[gap - 1 : gap].isalnum()
                and text[start : start + 1].isalnum()
            ):
                joined[-1] = (previous[0], end)
                continue
        joined.append((start, end))
    return joined


def _in_opening_temporal_clause(
    text: str, match: TimeMatch, clause: Span, sentence: Sentence, words: _TimingWords
) -> bool:
    """Whether the time stands in a clause that opens the sentence with a temporal conjunction
    ("When Ukrainian troops attacked last week, the Russians shelled A", "Als die Truppen am Montag
    vorrückten, ...", "Коли в суботу почався штурм, ..."): the subordinate clause tells when the main
    clause happened, so its time frames the whole sentence. Not a "since" range (it dates its clause)."""
    if words.temporal_opener is None or match.since:
        return False
    if text[sentence.start : clause[0]].strip(CLAUSE_FILLER):
        return False
    return words.temporal_opener.match(text[clause[0] : match.start]) is not None


def _opens_the_words_after_a_colon(lead: str) -> bool:
    """Whether ``lead`` (the sentence before a time) is a short speaker header ending in a colon
    ("🔹 Головнокомандувач Валерій Залужний:", "General Staff:")."""
    stripped = lead.rstrip(CLAUSE_FILLER)
    return stripped.endswith(":") and len(stripped.split()) <= COLON_HEADER_WORDS


def _agentless_report(
    cue: Span, clauses: list[Span], triggers: list[Span], speakers: list[SourceMention]
) -> bool:
    """Whether ``cue`` reports a happening without a speaker: its clause names nobody who speaks and
    an event word stands before it ("strikes were reported on Sunday night", "wurden in der Nacht
    Angriffe gemeldet", "повідомлялося про вибухи вночі" has the event word after and is not one)."""
    clause = next((c for c in clauses if c[0] <= cue[0] < c[1]), None)
    if clause is None:
        return False
    if any(clause[0] <= m.start < clause[1] for m in speakers):
        return False
    return any(clause[0] <= t[0] and t[1] <= cue[0] for t in triggers)


def _continuing_triggers(text: str, clauses: list[Span], triggers: list[Span]) -> dict[Span, Span]:
    """Event words that open their clause (nothing but a comma or a dash before them: "pushed north
    over the weekend, retaking A"), each with the clause right before it."""
    continuing: dict[Span, Span] = {}
    for index in range(1, len(clauses)):
        start, end = clauses[index]
        in_clause = [t for t in triggers if start <= t[0] < end]
        if in_clause and not text[start : in_clause[0][0]].strip(CLAUSE_FILLER + ",;"):
            # ", waving flags and singing the anthem": the event words coordinated with the first one
            # have no subject of their own either.
            for trigger in in_clause:
                continuing[trigger] = clauses[index - 1]
    return continuing


def _is_stamp(text: str, match: TimeMatch, sentence: Sentence, triggers: list[Span]) -> bool:
    """ "Key takeaways, September 9: ...", "Update, 5 May: ...": a date before a colon that opens
    the sentence, with no event word before it, stamps the post. So does the date of a statement in
    brackets before the colon that opens its words ("Name, deputy minister (Friday, 15 September): ...",
    however long the speaker's title) and the date of a dateline ("KYIV, Aug 25 (Wire) - ...")."""
    if match.when.precision != "day":
        return False
    lead = text[sentence.start : match.start]
    after = text[match.end : match.end + STAMP_TAIL_CHARS]
    if _BRACKETED_STAMP_RE.match(after) and "(" in lead[-STAMP_BRACKET_LEAD:]:
        # The title before the bracket may hold an event word ("3rd Assault Brigade (15 September):").
        return True
    if any(sentence.start <= t[0] < match.start for t in triggers):
        return False
    if text[match.end : match.end + 3].lstrip().startswith(":"):
        return len(lead.split()) <= STAMP_LEAD_WORDS
    line_start = text.rfind("\n", 0, match.start) + 1
    return (
        line_start >= sentence.start - 1
        and len(text[line_start : match.start].split()) <= DATELINE_LEAD_WORDS
        and _DATELINE_TAIL_RE.match(after) is not None
    )


def _is_deadline(text: str, match: TimeMatch, sentence: Sentence, words: _TimingWords) -> bool:
    """ "must leave by 10 September", "bis zum 9. Mai erobern", "к 9 мая": a deadline is no time of
    a happening (the word may be part of the match: "by Friday")."""
    if words.deadline is None:
        return False
    before = text[max(sentence.start, match.start - DEADLINE_LOOKBACK) : match.start]
    first_word = match.text.split(maxsplit=1)[0] if match.text.split() else ""
    return bool(words.deadline.search(before) or words.deadline.search(first_word))


def _end_since_at_statement(times: list[_ClaimTime]) -> None:
    """ "said on Thursday that since the start of the month ...": a "since" range ends on the date of
    the statement it is told in, not at publication (docs/annotation.md, Time)."""
    said = [t.when for t in times if t.statement and t.when.precision == "day"]
    if not said:
        return
    for index, time in enumerate(times):
        if time.match.since and time.when.start <= said[0].end < time.when.end:
            ended = When(time.when.start, said[0].end, time.when.precision)
            times[index] = replace(time, match=replace(time.match, when=ended))


#: Kinds counted from publication that a reported statement counts from its own day instead.
_DEICTIC_KINDS = ("day_offset", "past_days")


def _count_from_the_statement(times: list[_ClaimTime], cues: list[Span], published: date) -> None:
    """ "On Monday the governor said A was shelled yesterday", "Am Dienstag erklärte X, gestern seien
    ...", "У понеділок губернатор заявив, що вчора ...": "yesterday", "today" or "last night" inside the
    words a speaker said on a stated earlier day count from that day, not from publication (the speaker's
    "yesterday" is the day before the statement). Only a deictic time after a verb of saying (inside the
    reported clause) and after the dated statement; a statement dated to publication changes nothing."""
    said = next((t for t in times if t.statement and t.when.precision == "day"), None)
    if said is None or said.when.start >= published:
        return
    shift = said.when.start - published
    for index, time in enumerate(times):
        if (
            time.match.kind not in _DEICTIC_KINDS
            or time.statement
            or time.match.since
            or time.start < said.end
            or time.when.end > published
            or (time.match.kind == "past_days" and (time.when.end - time.when.start).days > 1)
            or not any(cue[1] <= time.start for cue in cues)
        ):
            continue
        moved = When(time.when.start + shift, time.when.end + shift, time.when.precision)
        times[index] = replace(time, match=replace(time.match, when=moved))


def _clause_of(text: str, match: TimeMatch, clauses: list[Span], sentence: Sentence) -> Span:
    """The clause of a time; a clause that is nothing but the time ("On Saturday, ...", "Hours later,
    the ministry said ...") is one with the clause after it, whose verb it dates."""
    for index, (start, end) in enumerate(clauses):
        if start <= match.start < end:
            alone = not (text[start : match.start] + text[match.end : end]).strip(CLAUSE_FILLER)
            if alone and index + 1 < len(clauses):
                return (start, clauses[index + 1][1])
            return (start, end)
    return (sentence.start, sentence.end)


def _paragraph_start(context: _Context, sentence: Sentence) -> int:
    return min(s.start for s in context.sentences if s.paragraph == sentence.paragraph)


def _dates_the_statement(text: str, match: TimeMatch, cues: list[Span], triggers: list[Span]) -> bool:
    """ "said on Friday", "sagte am Sonntag", "заявил в пятницу", "повідомив у неділю": a time right
    after a verb of saying dates the statement, not the happening (docs/annotation.md, Time); not
    after a participle right behind an event word ("strikes reported on Monday night")."""
    for cue_start, cue_end in cues:
        gap = text[cue_end : match.start]
        participle = any(t[1] <= cue_start and not text[t[1] : cue_start].strip() for t in triggers)
        if (
            cue_end <= match.start
            and len(gap) <= STATEMENT_TIME_GAP
            and _NO_CLAUSE_BREAK.fullmatch(gap)
            and not participle
        ):
            return True
        # "on Friday confirmed that ...", "Am Montag meldete der Generalstab ...".
        if match.end <= cue_start and not text[match.end : cue_start].strip():
            return True
    return False


def _frames_the_saying(
    text: str, match: TimeMatch, sentence: Sentence, cues: list[Span], triggers: list[Span]
) -> bool:
    """ "On Monday, the town's mayor, X, said A had been liberated", "У понеділок голова ОВА, X,
    повідомив, що ...": a time opening the sentence whose first verb of saying comes before any event
    word dates the saying, however many commas (an apposition) stand between them; the happening
    told after the verb is not dated by it (docs/annotation.md, Time). Not "On Monday Russian forces
    shelled A, officials said": there the event word comes first."""
    if match.anchor is not None or re.search(r"\w", text[sentence.start : match.start]):
        return False  # not the sentence's opening frame
    cue = next((c for c in cues if match.end <= c[0] < sentence.end), None)
    if cue is None:
        return False
    return not any(match.end <= t[0] < cue[1] for t in triggers)


def _dates_the_publication(
    text: str, match: TimeMatch, sentence: Sentence, triggers: list[Span], words: _TimingWords
) -> bool:
    """ "Footage geolocated on August 16 shows ...", "Video published by a brigade last week", "ein am
    Mittwoch geteiltes Video": a time right around a verb that publishes a picture or a post, with no
    event word or clause break between them, dates the publication, not what it shows."""
    if words.publication_verbs is None:
        return False
    for verb in words.publication_verbs.finditer(text, sentence.start, sentence.end):
        if verb.end() <= match.start:
            gap = text[verb.end() : match.start]
            limit = PUBLICATION_TIME_GAP
        elif match.end <= verb.start():
            gap = text[match.end : verb.start()]
            limit = STATEMENT_TIME_GAP
        else:
            continue
        low, high = min(verb.start(), match.start), max(verb.end(), match.end)
        if (
            len(gap) <= limit
            and _NO_CLAUSE_BREAK.fullmatch(gap)
            # the verb itself may be an event word ("geolocated" tells a geolocated picture)
            and not any(low <= t[0] < high and not t[0] < verb.end() <= t[1] for t in triggers)
        ):
            return True
    return False


def _dates_the_announcement(
    text: str, match: TimeMatch, clause: Span, triggers: list[Span], words: _TimingWords
) -> bool:
    """ "announced the liberation of A today", "hat am Samstag die Einnahme von A verkündet", "в
    понедельник объявило о взятии A": an event word that is the object of a verb of announcing
    (``announcement_verbs`` in time.yaml) names what was announced; a time in that clause dates the
    announcement, not the happening (docs/annotation.md, Time). Only when every event word of the
    clause is such an object: "announced that its troops took A on Monday" is a clause of its own."""
    if words.announcement_verbs is None:
        return False
    verbs = list(words.announcement_verbs.finditer(text, clause[0], clause[1]))
    in_clause = [t for t in triggers if clause[0] <= t[0] < clause[1]]
    if not verbs or not in_clause:
        return False

    def is_object(trigger: Span) -> bool:
        for verb in verbs:
            if verb.end() <= trigger[0]:
                between = text[verb.end() : trigger[0]]
            elif trigger[1] <= verb.start():
                # Verb-final: "die Einnahme von A verkündet" -- the verb must close the clause.
                if text[verb.end() : clause[1]].strip(CLAUSE_FILLER + ".!?"):
                    continue
                between = text[trigger[1] : verb.start()]
            else:
                continue
            if len(between.split()) <= ANNOUNCED_OBJECT_WORDS and not (
                words.complementizers is not None and words.complementizers.search(between)
            ):
                return True
        return False

    return all(is_object(t) for t in in_clause) and not any(
        match.start < t[1] and t[0] < match.end for t in in_clause
    )


def _in_statement_clause(
    text: str,
    match: TimeMatch,
    clause: Span,
    cues: list[Span],
    triggers: list[Span],
    words: _TimingWords,
) -> bool:
    """A time in the clause of a verb of saying that dates the saying: before the verb ("В
    понедельник министр доложил, что ...", "hat am Samstag den Abzug bekanntgegeben"), or after it
    with no event word between them, closing the clause or followed by a complementizer ("erklärte
    der Generalstab am Dienstag.", "claimed during a visit on November 20 that ...")."""
    for cue_start, cue_end in cues:
        if not (clause[0] <= cue_start < clause[1]):
            continue
        if match.end <= cue_start:
            # With an event word between them the verb of saying must close the clause ("hat am
            # Samstag den Abzug bekanntgegeben"): "On Monday Russian forces shelled A and officials
            # reported three dead" dates the shelling.
            told_between = any(match.end <= t[0] < cue_start for t in triggers)
            if not told_between or not text[cue_end : clause[1]].strip(CLAUSE_FILLER + ".!?"):
                return True
        # After the verb: only when the clause tells no happening before the time ("strikes reported in
        # A on Sunday night" dates the strikes).
        if cue_end <= match.start and not any(clause[0] <= t[0] < match.start for t in triggers):
            rest = text[match.end : clause[1]]
            if not rest.strip(' .!?\n"»“”') or (
                words.complementizers is not None and words.complementizers.match(rest)
            ):
                return True
            # "teilte die Ministerin am Samstag mit.", "said on Saturday in Kyiv.": a short tail (a
            # verb particle, a place) with no event word still closes the saying's clause.
            if len(rest.split()) <= STATEMENT_TAIL_WORDS and not any(
                match.end <= t[0] < clause[1] for t in triggers
            ):
                return True
    return False


def _is_stretch(when: When) -> bool:
    """A period ("this week", "протягом тижня", "im Juni") over which a habit can be told."""
    return when.precision in ("week", "month") or (when.end - when.start).days >= HABIT_STRETCH_DAYS


def _nearest_time(times: _SentenceTimes, trigger: Span, trigger_clauses: list[Span]) -> When | None:
    if not times:
        return None
    types = times.types_of(trigger)
    candidates = [t for t in times if not t.stamp and (not t.statement or types & STATEMENT_ACT_TYPES)]
    if types and types <= STATE_TYPES:
        # A holding: no one day, only a "since" stretch.
        candidates = [t for t in candidates if t.match.since]
    elif times.habitual(trigger):
        # A habit ("almost daily since the summer", "щодня упродовж тижня", "every night this week"):
        # no one day, but the stretch it is told over (a "since" range, a week or longer) dates it.
        candidates = [t for t in candidates if t.match.since or _is_stretch(t.when)]
    in_clause = [
        t
        for t in candidates
        if any(c[0] <= t.start and t.end <= c[1] for c in trigger_clauses)
        or t.clause[0] <= trigger[0] < t.clause[1]
        or (t.head is not None and t.head[0] < trigger[1] and trigger[0] < t.head[1])
        # "3000 km², die seit Monatsbeginn befreit worden seien": a relative clause right after the
        # claim's own trigger (an event word or a figure) tells that happening.
        or (t.relative_clause and 0 <= t.clause[0] - trigger[1] <= RELATIVE_HEAD_GAP)
    ]
    # Out of the trigger's clause, a time whose clause holds another event word, or is a relative
    # clause, belongs to that clause, unless it opens the sentence and so frames all of it ("На
    # прошлой неделе ВС РФ перешли в наступление и освободили A"); a "since" range dates only the
    # state its own clause tells.
    free = [
        t
        for t in candidates
        if (not t.match.since or t.frame)
        and not t.relative_clause
        and (t.frame or not any(not (s[0] < trigger[1] and trigger[0] < s[1]) for s in t.clause_triggers))
    ]
    pool = in_clause or free
    before = times.continuing.get(trigger)
    if not pool and before is not None:
        # ", retaking A": a clause that opens with its event word goes on the verb of the clause
        # before it and happens when that one does.
        pool = [t for t in candidates if before[0] <= t.start < before[1] and not t.match.since]
    # A time after a conjunction dates the verb after it: not a claim told before it in the sentence.
    pool = [t for t in pool if not (t.conjunct and trigger[1] <= t.start)]
    if not pool:
        return None
    best = min(pool, key=lambda t: min(abs(t.start - trigger[1]), abs(trigger[0] - t.end)))
    if best.match.anchor is not None and trigger[1] <= best.start:
        # "entered on 10 September, a day after the Russians left": the phrase dates what follows it.
        return best.match.anchor
    return best.when


def _bulletin_time(
    context: _Context, sentence: Sentence, current: list[_Draft], header: tuple[When, int] | None
) -> tuple[When, int] | None:
    """ "За минулу добу:", "In the past 24 hours:": a header line with a span dates the lines of the
    bulletin under it (the following lines without a blank line between) that name no time; so does a
    digest line that opens with a span ("За минулу добу підрозділи ... звільнили ..."). A line with a
    time of its own ends the bulletin; a date stamp on a header dates the post, not what it tells.

    A night ("Overnight, ...", "Вночі ...") is no digest span: it dates its own line only. A numbered
    item that opens with a span ("1. Минулої доби ...") dates only itself: the items after it are
    siblings, not lines under it. A line told by a speaker ("X повідомила, що ...", "Y said ...") is a
    report of its own, not an item of the bulletin: it ends it."""
    if context.published is None:
        return None
    _drop_unhappened_times(current, context.published)
    words = _timing_words(context.lexicon.lang)
    if current and words.confirmations is not None and words.confirmations.search(sentence.text):
        # "Selenskyj bestätigte die Rückeroberung von A": it confirms a happening told elsewhere.
        for draft in current:
            draft.meta["confirms"] = True
    if (
        current
        and words.additive is not None
        and words.additive.search(sentence.text)
        and not _told_by_speaker(context, sentence)
    ):
        # "Также обстрелу подверглись A и B": more of what the sentence before told (_inherit_times);
        # "X added that the occupiers also shelled A" is X's own addition, to a story of X's.
        for draft in current:
            draft.meta["additive"] = True
    # Most lines without claims name no time: the (cached) scan says so before ``_times`` works.
    lang = context.lexicon.lang
    if current or resolve_times(sentence.text, context.published, lang):
        told_before = list(_happening_told)
        times = _times(context, sentence)
        if not current:
            # A time in a line that tells no claim ("rescuers were at the scene all night" after a
            # strike) dates no happening that a later "the same day" counts from: the strike does.
            _happening_told[:] = told_before
    else:
        times = _SentenceTimes()
    if times.habitual_clauses:
        # A habit has no one time: its claims take none from a header or from elsewhere.
        for draft in current:
            if times.habitual(draft.trigger):
                # A habit keeps only a stretch of its own ("since", a week or longer; ``_nearest_time``).
                if not any((t.match.since or _is_stretch(t.when)) and t.when == draft.when for t in times):
                    draft.when = None
                draft.meta["undated"] = "habitual"
    for draft in current:
        if draft.when is None and (times.ongoing or draft.event_type in STATE_TYPES):
            # Still going on, or a holding: no time carried over from a header or from elsewhere.
            draft.meta["undated"] = "ongoing"
    current = [d for d in current if "undated" not in d.meta]
    own = [t for t in times if not t.statement and not t.stamp]
    if len(own) > 1:
        _time_after_place(context.text, current, own)
    if own:
        _time_before_place(context.text, current, own)
    if sentence.text.rstrip().endswith(":") and not current:
        spans = [t for t in own if _is_digest_span(t.match, lang)]
        return (spans[0].when, sentence.paragraph) if spans else None
    opener = _opening_span(sentence, own, lang)
    if opener is not None:
        return None if _numbered_item(context.text, sentence) else (opener, sentence.paragraph)
    if header is None or sentence.paragraph > header[1] + 1 or own:
        return None
    if current and _told_by_speaker(context, sentence):
        return None
    for draft in current:
        if draft.when is None and draft.modality not in HYPOTHETICAL_MODALITIES:
            draft.when = header[0]
            draft.meta["when_from"] = "bulletin header"
    return (header[0], sentence.paragraph)


def _time_after_place(text: str, drafts: list[_Draft], own: list[_ClaimTime]) -> None:
    """ "nach der Einnahme von Marjinka im Dezember und Awdijiwka im Februar", "took A on Monday and B
    on Tuesday": in a list of places each with its own time, a claim at a place takes the time that
    follows that place right away, not the one nearest the event word."""
    for draft in drafts:
        # Only a place the event word governs, after it: a place named before it may be another
        # verb's, the claim's through a pronoun ("travelled to A on Wednesday, days after the
        # Russians abandoned the city").
        if draft.place is None or draft.when is None or draft.place.start < draft.trigger[1]:
            continue
        after = next(
            (
                t
                for t in own
                if 0 <= t.start - draft.place.end <= PLACE_TIME_GAP
                and not text[draft.place.end : t.start].strip()
                and not t.match.since
            ),
            None,
        )
        if after is not None and after.when != draft.when:
            draft.when = after.when
            draft.meta["when_from"] = "the time right after its place"


def _time_before_place(text: str, drafts: list[_Draft], own: list[_ClaimTime]) -> None:
    """ "liberating A, B and, on June 26, C": a time that stands right before a place the event word
    governs (nothing but a comma or spaces between) is that place's own; it dates the claim at that
    place, while a time after a conjunction dates none of the places before it (``_nearest_time``)."""
    for draft in drafts:
        if (
            draft.place is None
            or draft.place.start < draft.trigger[1]
            or draft.event_type in STATE_TYPES
            or draft.modality in HYPOTHETICAL_MODALITIES
        ):
            continue
        before = next(
            (
                t
                for t in own
                if draft.trigger[1] <= t.start
                and 0 <= draft.place.start - t.end <= PLACE_TIME_GAP + 1
                and not text[t.end : draft.place.start].strip(" ,")
                and not t.match.since
            ),
            None,
        )
        if before is not None and before.when != draft.when:
            draft.when = before.when
            draft.meta["when_from"] = "the time right before its place"


def _drop_unhappened_times(drafts: list[_Draft], published: date) -> None:
    """What has not happened has no time of its own: a prediction takes no time that ends by
    publication (it dates the saying: "hinted the day before that the town may be given up", or a
    past season), and a denial of a claim told before ("Це не відповідає дійсності", "Kyiv rejected
    the claim") is no happening, so it keeps no time copied from the claim it denies."""
    for draft in drafts:
        if draft.when is None:
            continue
        # A prediction's own time lies ahead: a time up to publication ("over the past week, Russian
        # forces tried to cross the river in an effort to encircle ...") dates the attempt or the saying.
        if (draft.modality == "predicted" and draft.when.end <= published) or (
            draft.modality == "negated" and "denies" in draft.meta
        ):
            draft.when = None
            draft.meta["undated"] = "unhappened"


def _is_digest_span(match: TimeMatch, lang: str) -> bool:
    """A span a digest counts back ("За минулу добу", "in the past 24 hours", "за тиждень"): a span
    kind whose words name a unit of time. "In der Nacht", "overnight" is a night, no digest span."""
    if match.kind not in BULLETIN_SPAN_KINDS:
        return False
    units = time_lexicon(lang).units
    return any(word in units for word in _WORD_RE.findall(match.text.lower()))


def _numbered_item(text: str, sentence: Sentence) -> bool:
    """Whether the sentence opens a numbered list item ("1. ...", "2) ...")."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return bool(NUMBERED_ITEM_RE.fullmatch(text[line_start : sentence.start]))


def _told_by_speaker(context: _Context, sentence: Sentence) -> bool:
    """Whether the sentence has a verb of saying ("повідомила, що", "said"), not just an attribution
    phrase ("за даними Генштабу", "according to")."""
    words = _timing_words(context.lexicon.lang)
    cues = _spans_in(context.attribution, sentence.start, sentence.end) + _spans_in(
        context.pronoun_speaker, sentence.start, sentence.end
    )
    return any(
        words.phrases is None or not words.phrases.fullmatch(context.text[c[0] : c[1]].strip()) for c in cues
    )


def _opening_span(sentence: Sentence, own: list[_ClaimTime], lang: str) -> When | None:
    """The span a digest line opens with ("За минулу добу ...", "In the past day ..."), if any."""
    if not own:
        return None
    first = min(own, key=lambda t: t.start)
    lead = sentence.text[: first.start - sentence.start]
    if (
        first.match.kind in OPENER_SPAN_KINDS
        and _is_digest_span(first.match, lang)
        and not lead.strip(" \t-–—•*⚡️🔻")
    ):
        return first.when
    return None


def _inherit_times(drafts: list[_Draft], context: _Context | None = None) -> None:
    """A conditional claim has no time. A claim without a time of its own takes none from a claim
    about the same place elsewhere in the report: a headline, a lead or a later mention ("Moscow
    blamed Kyiv for the attack", "the attack on A killed ten") is dated only by what its own sentence
    (or its bulletin header) says (docs/annotation.md, Time: ``null`` when the text gives nothing).

    A sentence that adds to the one right before it ("Также обстрелу подверглись A и B", "Russian
    missiles also hit C"; ``additive_markers``) tells more of the same happening: a claim of it with
    no time takes the time of a same-type claim of that sentence."""
    dated: dict[tuple[int, str], When] = {}
    for draft in drafts:
        if draft.modality == "conditional":
            draft.when = None
        if draft.when is not None and draft.modality not in UNHAPPENED_MODALITIES:
            dated.setdefault((draft.sentence_index, draft.event_type), draft.when)
    for draft in drafts:
        if (
            draft.when is None
            and draft.meta.get("additive")
            and draft.modality not in UNHAPPENED_MODALITIES
            and "undated" not in draft.meta
        ):
            before = dated.get((draft.sentence_index - 1, draft.event_type))
            if before is not None:
                draft.when = before
                draft.meta["when_from"] = "the sentence before (additive)"
    if context is not None:
        _toll_times(drafts, context)
    _confirmed_times(drafts)


#: How many sentences back a toll sentence looks for the strike it counts (fields r12).
TOLL_LOOKBACK = 2


def _toll_times(drafts: list[_Draft], context: _Context) -> None:
    """fields r12: a strike told only by its toll ("Загинули двоє людей, 12 поранені", "In B two people
    were injured", "Постраждали близько 20 людей") right after a dated strike counts that strike's
    victims: with no time of its own it takes the time of the nearest strike dated in the
    ``TOLL_LOOKBACK`` sentences before it (processed in order, so a chain of such sentences shares it).
    Not a toll in a sentence of its own speaker ("the governor said 19 people had been killed"): that
    is a statement with its own, untold time (the older dev gold leaves it undated)."""
    strikes: list[_Draft] = [d for d in drafts if d.event_type == "strike"]
    for draft in strikes:
        if (
            draft.when is not None
            or "casualties" not in draft.quantities
            or draft.modality not in ("asserted", "hedged")
            or "undated" in draft.meta
        ):
            continue
        sentence = context.sentences[draft.sentence_index]
        if _spans_in(context.attribution, sentence.start, sentence.end):
            continue
        earlier = [
            d
            for d in strikes
            if d.when is not None
            and d.modality not in UNHAPPENED_MODALITIES
            and draft.sentence_index - TOLL_LOOKBACK <= d.sentence_index < draft.sentence_index
        ]
        if earlier:
            draft.when = max(earlier, key=lambda d: (d.sentence_index, d.trigger[0])).when
            draft.meta["when_from"] = "the strike whose toll it tells"


def _confirmed_times(drafts: list[_Draft]) -> None:
    """A confirmation ("Selenskyj bestätigte die Rückeroberung von A", "the army confirmed the
    capture of A") tells no new happening: it confirms one the report tells elsewhere, so a claim of
    it with no time takes the time of a same-type claim about the same place told with one."""
    told: dict[tuple[str, str], When] = {}
    for draft in drafts:
        key = (draft.event_type, _place_key(draft.place))
        if draft.when is not None and key[1] and draft.modality not in UNHAPPENED_MODALITIES:
            told.setdefault(key, draft.when)
    for draft in drafts:
        if (
            draft.when is None
            and draft.meta.get("confirms")
            and draft.modality == "asserted"
            and "undated" not in draft.meta
        ):
            confirmed = told.get((draft.event_type, _place_key(draft.place)))
            if confirmed is not None:
                draft.when = confirmed
                draft.meta["when_from"] = "the happening it confirms, told elsewhere"
