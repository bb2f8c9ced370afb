"""Who says so: the source of a sentence, and the outlet's own voice.

The speaker of a sentence is a registry name or role noun near a verb of saying; a registry name or
role noun without one still speaks unless it is the subject or object of an event word right next
to it ("Putin signed the annexation"). "nach ukrainischen Angaben" / "по украинским данным" (a side
word right before an attribution word, not the clause's subject) names that side's military. A
speaker stays the source of "..., he said" and reported-speech sentences up to
``SPEAKER_CARRY_SENTENCES`` on (each such sentence renews it), and of the next unmarked sentence of
the same paragraph (wire style).

A capital next to a verb of saying or denying is its government ("Kyiv denied", "hieß es in Kiew",
``capitals`` in sources.yaml); an outlet the registry does not know that writes "our"/"the enemy" in
its own voice is a milblogger of its side, one that only uses a side's vocabulary (optional key
``writer_side``) or names a side in its name gets that side; a header line ("Translated from the
channel of X:") or a claim-free first paragraph that presents a speaker makes the post under it
theirs (``extract.py`` keeps that state); a speaker is not carried into a sentence with evidence of
its own (a picture, an estimate, a self-report, another party), nor, in a language that marks
reported speech, into one without the mark. Evacuations are organised by the authority that
announces them, so such an authority still speaks. A military unit acting right after a verb of
saying is not the sentence's speaker. The denier of a later clause ("..., a claim Kyiv denied") is
not the speaker of the claim it answers, nor is an outlet that was told (optional key
``addressee_before``: "the governor told Reuters").

Round 3 (tests/test_claims_sources_r3.py): a bulletin's title line ("Lagebericht des Generalstabs
vom Freitag", optional key ``bulletin_words``) makes the items under it the bulletin's; an outlet's
name can say what it is (``outlet_name_kinds`` in sources.yaml: a think tank, a defence-intelligence
digest) and that it is a channel (``channel_name_words``: with a side's vocabulary, a milblogger);
first-person words in quotation marks or phrases like "its own troops" do not make the outlet a
partisan; those who tell or show (OSINT, analysts, bloggers, journalists) are never the actors of the
event next to them, nor is an authority the source of the act of state it performs ("a decree
signed by Putin"); an outlet that cites someone (``citing_before``) passes on that one's words; a
quotation closed in the next sentence is the speaker's named there; a pronoun ("He estimated",
"За її словами", ``speaker_pronoun_cues``) carries the speaker into a sentence with an estimate of
its own and into the next paragraph; German Konjunktiv I is told by its ending as well
(``reported_speech_inflection``).

The evidence kind of a claim follows from its source and the sentence (a picture, an analysis, an
eyewitness, an official statement): a source's own kind where the registry gives one (``evidence``:
foreign defence intelligence publishes analyses), an OSINT group without a picture gives an
analysis, and an estimate takes the kind of whoever makes it (a milblogger's is a report).

Round 6: a channel's salute outside quotation marks (optional key ``writer_salutes``: "Glory to
Ukraine!") tells whose side it writes for; a line under a bulletin title that tells an event at a
place is the post's first item, not a header that makes the whole post its speaker's.

Round 8 (tests/test_claims_sources_r8.py): a sentence that tells the writer's own background or
estimate (optional key ``background_cues``: "since March 2022", "Напомним", "dürfte", "likely") is
the outlet's; a speaker of an earlier sentence does not carry into it.

Round 10 (tests/test_claims_sources_r10.py): a sentence that opens by pointing back at the one before
(optional key ``source_of_previous``: "Про це повідомив X", "Об этом сообщил X", "Das teilte X mit")
names that sentence's speaker; a line that only names a speaker at the head of a paragraph ("Генштаб
ВСУ.") makes the paragraph that speaker's; a country speaks as its government only as the subject that
opens its clause ("Russland meldet ...", ``exact_names`` of ``capitals`` in sources.yaml).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from frontwatch.claims.clauses import _clause_start
from frontwatch.claims.context import (
    _NO_CLAUSE_BREAK,
    GOVERNED_GAP,
    OFFICIAL_KINDS,
    SIDES,
    Span,
    _Context,
    _extra_cues,
    _extra_regex,
    _report_cues,
    _spans_in,
)
from frontwatch.claims.lexicon import CueList, Lexicon, Token
from frontwatch.claims.sentences import Sentence, clause_spans
from frontwatch.claims.sources import (
    GENRE_TITLE_CHARS,
    SourceMention,
    SourceRegistry,
    load_capitals,
    load_editorial_first_person,
    load_outlet_name_kinds,
    office_side,
    report_genre,
    source_evidence,
)
from frontwatch.model import Source

VISUAL_SOURCE_KINDS = frozenset({"osint"})
ANALYSIS_SOURCE_KINDS = frozenset({"think_tank"})
EYEWITNESS_SOURCE_KINDS = frozenset({"local_resident"})
#: Sources whose own estimates are reports, not analyses (docs/annotation.md, "Evidence kind").
ESTIMATE_AS_REPORT_KINDS = frozenset({"milblogger"})


# Between a side adjective and the speaker it describes: at most one short word ("russische Militärblogger",
# "der ukrainische Journalist", "Russian military bloggers").
_ADJACENT_GAP = re.compile(r"\s+(?:[\w-]{1,10}\s+)?")
#: Between a role noun and the unit it speaks for: a space, or a genitive article ("der", "des").
_ROLE_OWNER_GAP = re.compile(r"\s+(?:(?:der|des|of(?:\s+the)?|for(?:\s+the)?)\s+)?")
_WORD_CHAR = re.compile(r"\w")


#: Speakers that need no verb of saying to be the source of their sentence.
UNCUED_SPEAKER_KINDS = frozenset(
    {
        "milblogger",
        "think_tank",
        "osint",
        "journalist",
        "general_staff",
        "defence_ministry",
        "president",
        "governor",
        "government",
        "occupation_official",
        "military",
        "local_resident",
    }
)


#: Speakers whose part in a sentence is to tell or show, never to act: "a video geolocated by
#: GeoConfirmed", "Analysten geolokalisierten", "von OSINT-Analysten geolokalisierte Videos" -- the
#: event word next to them is their finding, not their deed.
REPORTING_KINDS = frozenset({"osint", "think_tank", "milblogger", "journalist"})


#: At most this many characters between an uncued speaker and an event word it is the subject of.
ACTOR_GAP = 40
#: Kind of the source "nach ukrainischen Angaben" / "according to Russian sources" stands for.
SIDE_ATTRIBUTION_KIND = "military"
#: A speaker introduced this many sentences back still speaks ("..., sagte er").
SPEAKER_CARRY_SENTENCES = 2


def _outlet_source(registry: SourceRegistry, lexicon: Lexicon, outlet: str) -> Source:
    """The report's outlet; an outlet unknown to the registry whose name holds a role noun ("OSINT
    Mapper", "Militärblog Ost", "Канал военкора") is a source of that kind."""
    source = registry.outlet_source(outlet)
    if source.kind != "outlet" or registry.search(outlet) is not None or not outlet:
        return source
    tokens = lexicon.tokenize(outlet)
    for kind, cues in lexicon.roles.items():
        if cues.find(outlet, tokens):
            # "Житомирська ОДА": an office only one side has says whose it is (speakers r12).
            return Source(name=source.name, kind=kind, side=office_side(lexicon, outlet))
    # "Caspian Institute for Conflict Studies", "Allied Defence Intelligence Digest": a think tank's
    # or an intelligence service's own publication (``outlet_name_kinds`` in sources.yaml).
    named = load_outlet_name_kinds().kind_of(outlet)
    if named is not None:
        return Source(name=source.name, kind=named[0], side=None)
    return source


#: A capital right before a verb of saying or denying is its subject ("Kyiv denied", "Kiew wies dies
#: zurück", "Москва заявила"): at most this many characters between them, no clause break.
CAPITAL_SUBJECT_GAP = 15
#: At most this many characters between a capital opening its clause and the verb of saying that
#: closes it ("Moskau hatte die Einnahme von A bereits im November verkündet").
CAPITAL_CLAUSE_GAP = 90
# What may follow a verb of saying that closes its clause: the clause's end.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?\n]|$)")
# Between a verb of saying and the capital that says it: "hieß es in Kiew", "according to Kyiv",
# "по данным Киева", "nach Angaben Kiews" (at most one short word).
_CAPITAL_AFTER_CUE = re.compile(r"\s*(?:\w{1,3}\s+)?")


def _capital_speakers(text: str, cues: list[Span], speakers: list[SourceMention]) -> list[SourceMention]:
    """Capitals that speak for their governments (``capitals`` in sources.yaml): the subject of a
    verb of saying or denying right after it, or named right after an attribution cue. Anywhere
    else a capital is a place (Kyiv) or nothing (Moscow)."""
    found: list[SourceMention] = []
    for start, end, entry in load_capitals().find(text):
        if any(m.start < end and start < m.end for m in speakers):
            continue  # part of a registry name ("Office of the President in Kyiv")
        # The subject of a verb of saying ("Kyiv denied", "В Киеве заявили"), unless somebody else
        # stands between ("In Kyiv officials said": the officials speak, the city is a place).
        subject = any(
            end <= cue_start
            and cue_start - end <= CAPITAL_SUBJECT_GAP
            and _NO_CLAUSE_BREAK.fullmatch(text[end:cue_start]) is not None
            and not any(end <= m.start and m.end <= cue_start for m in speakers)
            for cue_start, _ in cues
        )
        # "Moskau hatte die Einnahme von A bereits im November verkündet": the subject that opens its
        # clause, with the verb of saying closing the same clause (a verb-final perfect).
        subject = subject or (
            _opens_clause(text, start)
            and any(
                end <= cue_start
                and cue_start - end <= CAPITAL_CLAUSE_GAP
                and _NO_CLAUSE_BREAK.fullmatch(text[end:cue_start]) is not None
                and _CLAUSE_END.match(text, cue_end) is not None
                and not any(end <= m.start and m.end <= cue_start for m in speakers)
                for cue_start, cue_end in cues
            )
        )
        named_after_cue = any(
            cue_end <= start and _CAPITAL_AFTER_CUE.fullmatch(text[cue_end:start]) is not None
            for _, cue_end in cues
        )
        # A country ("Russland meldet", "Ukraine says", "Россия заявила") speaks only as the subject that
        # opens its clause: after a verb of saying it is what is told about ("said Russia would ..."),
        # and inside a clause it is a party ("schickte Russland laut Kim ...").
        country = text[start:end].casefold() in {name.casefold() for name in entry.exact_names}
        if country and not (subject and _opens_clause(text, start)):
            continue
        if subject or named_after_cue:
            found.append(SourceMention(start, end, Source(text[start:end], entry.kind, entry.side), entry.id))
    return found + _surname_references(text, cues, speakers)


#: How far back ``_opens_clause`` looks for the punctuation that opens a clause.
CLAUSE_OPENING_LOOKBACK = 40
# Punctuation (or a line break, a dash, a bullet) that ends the text before a clause, then no word.
_CLAUSE_OPENING = re.compile(r"[.!?:;,\n—–•+]\W*$")
_ANY_WORD = re.compile(r"\w")


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but punctuation stands between ``start`` and the text's start or the last clause break."""
    before = text[max(0, start - CLAUSE_OPENING_LOOKBACK) : start]
    if start <= CLAUSE_OPENING_LOOKBACK and _ANY_WORD.search(before) is None:
        return True
    return _CLAUSE_OPENING.search(before) is not None


# A capitalised word: a surname standing for a person named in full before.
_CAPITALISED_WORD = re.compile(r"[^\W\d_a-zа-яёєіїґäöüß][\w'’-]+")
#: A surname and its inflected form share all but this many final letters ("Волошин", "Волошина";
#: "Сирський", "Сирського").
SURNAME_ENDING = 3
#: A surname is at least this long (shorter capitalised words are initials or abbreviations).
SURNAME_MIN = 4


def _surname_references(text: str, cues: list[Span], speakers: list[SourceMention]) -> list[SourceMention]:
    """A person named in full once ("Владислав Волошин заявив") and by the surname alone later, in
    any case ("По словам Волошина", "Voloshyn said", "laut Woloschyn"): the surname right after an
    attribution cue, or as the subject right before one, is the same speaker."""
    found: list[SourceMention] = []
    candidates: list[tuple[int, int]] = []
    for cue_start, cue_end in cues:
        gap = _CAPITAL_AFTER_CUE.match(text, cue_end)
        after_cue = _CAPITALISED_WORD.match(text, gap.end() if gap else cue_end)
        if after_cue is not None:
            candidates.append(after_cue.span())
        before = text[max(0, cue_start - CAPITAL_SUBJECT_GAP - 30) : cue_start]
        words = list(_CAPITALISED_WORD.finditer(before))
        if words:
            last = words[-1]
            offset = cue_start - len(before)
            if (
                cue_start - (offset + last.end()) <= CAPITAL_SUBJECT_GAP
                and _NO_CLAUSE_BREAK.fullmatch(text, offset + last.end(), cue_start) is not None
            ):
                candidates.append((offset + last.start(), offset + last.end()))
    for start, end in sorted(set(candidates)):
        if end - start < SURNAME_MIN or any(m.start < end and start < m.end for m in speakers + found):
            continue
        candidate = text[start:end].lower()
        for mention in reversed(speakers):
            if mention.end > start:
                continue
            named = text[mention.start : mention.end].split()
            if len(named) < 2:
                continue  # a full name first: a lone word may be a title or an institution
            surname = named[-1].lower()
            stem = max(SURNAME_MIN, len(surname) - SURNAME_ENDING)
            if (
                len(surname) >= SURNAME_MIN
                and candidate[:stem] == surname[:stem]
                and abs(len(candidate) - len(surname)) <= SURNAME_ENDING
            ):
                found.append(SourceMention(start, end, mention.source, mention.entry_id))
                break
    return found


# A country code standing alone in a channel's name ("Frontline Pulse UA", "Z-News RU").
_NAME_COUNTRY_CODE = re.compile(r"(?<![\w.])(UA|RU)(?!\w)")
# The letter Z standing alone in a channel's name ("Z Front Chronicle", "Вести Z"): the symbol of
# the Russian war effort, used in the names of pro-Russian war channels (docs/annotation.md: "a Z
# channel"). Capital Latin Z only, never inside a word ("ZNPP", "Zaporizhzhia").
_NAME_Z_SYMBOL = re.compile(r"(?<![\w.-])Z(?![\w.-])")


def _name_side(lexicon: Lexicon, name: str) -> str | None:
    """The one side a channel's name names ("Український фронт", "Frontline Pulse UA"), if any."""
    if not name:
        return None
    tokens = lexicon.tokenize(name)
    found = {side for side, cues in lexicon.side_words.items() if side in SIDES and cues.find(name, tokens)}
    found |= {m.group(1) for m in _NAME_COUNTRY_CODE.finditer(name)}
    if _NAME_Z_SYMBOL.search(name):
        found.add("RU")
    return found.pop() if len(found) == 1 else None


def _writer_side(lexicon: Lexicon, text: str, tokens: list[Token], channel_post: bool = False) -> str | None:
    """The side whose writers use the words of the optional claims.yaml key ``writer_side``
    (``{UA: [...], RU: [...]}``: words only one side's own channels use, such as its slurs for the
    other side); None when no such word occurs or both sides' words do.

    In a channel's post (``channel_post``) the words of the optional key ``channel_side_words`` count
    too: names for the other side that one side's whole press uses ("окупанти", "ворог"), so they do not
    tell a newspaper's side, but a channel that writes so is a channel of that side."""
    found = writer_sides(lexicon, text, tokens, channel_post)
    return found.pop() if len(found) == 1 else None


def writer_sides(lexicon: Lexicon, text: str, tokens: list[Token], channel_post: bool = False) -> set[str]:
    """Every side whose writers' words or salutes ``text`` uses (``_writer_side`` before it picks one;
    also read over a whole channel by ``claims/channels.py``)."""
    keys = ("writer_side", "channel_side_words") if channel_post else ("writer_side",)
    found = {
        side
        for key in keys
        for side, cues in _writer_side_cues(lexicon, key).items()
        if cues.find(text, tokens)
    }
    return found | _saluted_sides(lexicon, text, tokens)


def _saluted_sides(lexicon: Lexicon, text: str, tokens: list[Token]) -> set[str]:
    """The sides a text salutes outside quotation marks (optional claims.yaml key ``writer_salutes``,
    ``{UA: [...], RU: [...]}``: "Glory to Ukraine!", "Слава России!"): a channel's sign-off says whose
    side it writes for; a salute a quoted resident shouts («Слава Україні!») is theirs."""
    raw = lexicon.extra.get("writer_salutes")
    if not isinstance(raw, dict):
        return set()
    return {
        str(side)
        for side in raw
        if str(side) in SIDES
        and any(
            not _inside_quote(text, start)
            for start, _ in _extra_cues(lexicon, "writer_salutes", str(side)).find(text, tokens)
        )
    }


def _writer_side_cues(lexicon: Lexicon, key: str = "writer_side") -> dict[str, CueList]:
    """Words only one side's own channels use, per side (optional key ``writer_side``, or ``key``)."""
    raw = lexicon.extra.get(key)
    if not isinstance(raw, dict):
        return {}
    sides = [str(side) for side, words in raw.items() if str(side) in SIDES and words]
    return {side: _extra_cues(lexicon, key, side) for side in sides}


def _channel_voice(
    outlet: Source,
    registry: SourceRegistry,
    outlet_name: str,
    writer_side: str | None,
    own: list[Span],
    enemy: list[Span],
    own_voice: list[Sentence],
    default_side: str | None,
    title: str = "",
    channel_post: bool = False,
) -> Source:
    """An outlet the registry does not know that writes as one side writes: a channel of that side.

    Only sentences in the outlet's own voice count (no attribution cue: "the General Staff said our
    units ..." is somebody else's "our"). First-person side words ("our units", "наши держатся",
    "Изюм мы оставили") make it a milblogger of the side it writes for; a side's own vocabulary
    alone (``writer_side`` words, "the enemy") gives the outlet that side (gold/README.md: "an openly
    partisan channel as outlet gets its side"). The side: the one its vocabulary names, else the
    language's ``default_speaker_side`` (a Russian-language channel speaking of "наши" writes for
    RU), else unknown.

    The genre is read from ``title`` (the report's first line) as well as from the own-voice
    sentences of the head: a title names the kind of text even when one of its words is an
    attribution cue ("Russian Offensive Campaign Update": "update" attributes in running text).
    A post exported from a messenger channel (``channel_post``) is a channel's like a name that says
    "Telegram": one that writes in a side's vocabulary is that side's partisan channel, a milblogger
    (docs/annotation.md), whatever its name.
    """
    if outlet.kind not in ("outlet", "unknown") or outlet.side is not None:
        return outlet
    if outlet_name and registry.search(outlet_name) is not None:
        return outlet
    # "Russian Offensive Campaign Update, May 9" / "Defence Situation Note – Ukraine": the title
    # says what kind of text it is, and its publisher speaks as that kind of source (a news site
    # that reposts a think tank's update passes on an analysis, not a report of its own).
    head = " ".join(
        [title[:GENRE_TITLE_CHARS]] + [s.text for s in own_voice if s.start < GENRE_TITLE_CHARS]
    ).strip()
    genre = report_genre(head) if head else None
    if genre is not None:
        return Source(name=outlet.name, kind=genre.kind, side=None)

    # A first-person word is one word ("our", "наші", "wir"); the phrase cues of the same list
    # name somebody's own troops in the third person ("its own troops", "свої війська", "die
    # Verteidiger") and say nothing about the writer. Words inside quotation marks are the quoted
    # person's ("«Ми чекали вісім місяців»", a rescuer's "Мы до сих пор разбираем завалы").
    own = _not_editorial(own, own_voice)
    first_person = _in_own_voice(own, own_voice, one_word=True)
    if not first_person and not _in_own_voice(enemy, own_voice, one_word=False) and writer_side is None:
        return outlet
    side = writer_side or default_side
    # A channel (its name says so: "Frontline Pulse (Telegram)") that writes as one side writes is a
    # partisan channel: a milblogger of that side, like one that writes "our"; of no stated side when
    # its words do not tell which (docs/annotation.md: unnamed "Telegram channels").
    if channel_post or load_outlet_name_kinds().is_channel(outlet_name):
        return Source(name=outlet.name, kind="milblogger", side=side)
    if side is None:
        return outlet
    return Source(name=outlet.name, kind="milblogger" if first_person else outlet.kind, side=side)


def _not_editorial(spans: list[Span], own_voice: list[Sentence]) -> list[Span]:
    """``spans`` without the newsroom's own "we" (fields r12, ``load_editorial_first_person``): a
    fact-checker that writes "Мы сопоставили кадры" or a paper that writes "we spoke to residents"
    tells how it knows, and stays an outlet."""
    editorial = load_editorial_first_person()
    if editorial is None or not spans:
        return spans
    covered: list[Span] = []
    for sentence in own_voice:
        if any(sentence.start <= start < sentence.end for start, _ in spans):
            covered.extend(
                (sentence.start + m.start(), sentence.start + m.end())
                for m in editorial.finditer(sentence.text)
            )
    if not covered:
        return spans
    return [(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in covered)]


def _in_own_voice(spans: list[Span], own_voice: list[Sentence], one_word: bool) -> bool:
    """Some span lies in an own-voice sentence outside quotation marks (and is one word if asked)."""
    for sentence in own_voice:
        for start, end in _spans_in(spans, sentence.start, sentence.end):
            words = sentence.text[start - sentence.start : end - sentence.start]
            if one_word and any(c.isspace() for c in words):
                continue
            if not _inside_quote(sentence.text, start - sentence.start):
                return True
    return False


_QUOTE_OPENERS = "«„“‹"
_QUOTE_CLOSERS = "»“”›"


def _inside_quote(text: str, offset: int) -> bool:
    """``offset`` of ``text`` lies inside a quotation opened before it in ``text`` (typographic
    quotes by nesting depth, straight double quotes by count)."""
    depth = 0
    for char in text[:offset]:
        if char in _QUOTE_OPENERS and not (char == "“" and depth > 0):
            depth += 1
        elif char in _QUOTE_CLOSERS and depth > 0:
            depth -= 1
    return depth > 0 or text[:offset].count('"') % 2 == 1


def _belongs_to_speaker(text: str, start: int, end: int, speaker: SourceMention) -> bool:
    """A side word inside a speaker's name, or an adjective right before it ("russische Militärblogger"),
    or the unit a role noun speaks for right after it ("Речник угруповання «Хортиця»", "Sprecher der
    ukrainischen Armee": the owner of the office, not a party of the clause)."""
    if start < speaker.end and speaker.start < end:
        return True
    if (
        speaker.entry_id is None
        and speaker.end <= start
        # a bare role noun ("Речник", "spokesman") is completed by its owner; after a body that names
        # itself ("das ukrainische Militär Russland vorwerfen") a side's name is the one it accuses
        and not any(c.isspace() for c in text[speaker.start : speaker.end])
        and _ROLE_OWNER_GAP.fullmatch(text, speaker.end, start)
    ):
        return True
    if end <= speaker.start:
        return _ADJACENT_GAP.fullmatch(text[end : speaker.start]) is not None
    return False


def _named_speaker(context: _Context, sentence: Sentence) -> Source | None:
    """The registry or role-noun speaker of the sentence, when the sentence attributes something."""
    speakers = [m for m in context.speakers if sentence.start <= m.start and m.end <= sentence.end]
    if not speakers:
        return _quote_closer(context, sentence) or _cataphoric_speaker(context, sentence)
    speakers = _before_pronoun_speech(context, sentence, speakers)
    if not speakers:
        # "He said two residents were detained", "Nach seinen Angaben wurden Nachbarn ...": the
        # pronoun is the speaker; None lets the speaker it stands for carry into the sentence.
        return None
    cues = _spans_in(context.attribution, sentence.start, sentence.end)
    colon_speakers = [m for m in speakers if context.text[m.end : m.end + 2].strip().startswith(":")]
    if colon_speakers:
        return colon_speakers[0].source
    if len(speakers) > 1:
        # "The ministry said its forces took A, a claim Kyiv denied": the denier of a later clause
        # answers the claim (its negation, ``_denials_in_reply``); it does not make it.
        denials = _spans_in(context.modality.denial, sentence.start, sentence.end)
        replies = [
            (start, stop)
            for start, stop in clause_spans(sentence)[1:]
            if _spans_in(denials, start, stop)
            # its verbs of saying are the denial's own words ("a claim Kyiv denied")
            and all(any(d[0] <= a[0] and a[1] <= d[1] for d in denials) for a in _spans_in(cues, start, stop))
        ]
        makers = [m for m in speakers if not any(a <= m.start and m.end <= b for a, b in replies)]
        # "..., the governor told Reuters": the outlet told is who heard it (optional claims.yaml key
        # ``addressee_before``), not who says it.
        addressee = _extra_regex(context.lexicon, "addressee_before")
        if addressee is not None:
            makers = [
                m
                for m in makers
                if not addressee.search(context.text[max(0, m.start - ADDRESSEE_LOOKBACK) : m.start])
            ] or makers
        speakers = makers or speakers
    # "Putin hat die Annexion ... verkündet", "a decree signed by Putin": an act of state is done by
    # proclaiming it; the outlet reports the act, its author is a party to it, not its source.
    speakers = [m for m in speakers if not _performs_act_of_state(context, m, sentence)]
    if not speakers:
        return None
    if not cues:
        # No verb of saying: a registry name or a role noun that speaks by nature ("Russian
        # military bloggers write ...", "Военкоры ... пишут") is still the speaker, unless it is
        # the actor of the sentence's own event ("the governor ordered an evacuation").
        speakers = [
            m
            for m in speakers
            if m.source.kind in UNCUED_SPEAKER_KINDS
            and (m.source.kind in REPORTING_KINDS or not _is_actor(context, m, sentence))
        ]
        if not speakers:
            return None
        return speakers[0].source

    # "RIA Novosti, citing the occupation authorities, reported ...", "со ссылкой на местные
    # власти": the outlet passes on what the one it cites says (optional key ``citing_before``).
    citing = _extra_regex(context.lexicon, "citing_before")
    if citing is not None:
        cited = [
            m for m in speakers if citing.search(context.text[max(0, m.start - CITING_LOOKBACK) : m.start])
        ]
        if cited:
            return cited[0].source

    def rank(mention: SourceMention) -> tuple[int, int]:
        distance = min(min(abs(mention.start - e), abs(s - mention.end)) for s, e in cues)
        return (0 if mention.entry_id is not None else 1, distance)

    # "За словами військових, вагнерівці щодня штурмують A": a unit that acts right after the verb
    # of saying is what is told about, not who tells it.
    speakers = [m for m in speakers if m.source.kind != "military" or not _acts_after_cue(context, m, cues)]
    # fields r12: "wrote that residents had come out", "повідомив, що мешканці ...": a role noun that
    # opens the reported clause is what is told about, not who tells it.
    speakers = [m for m in speakers if not _opens_reported_clause(context, m, cues, sentence, speakers)]
    if not speakers:
        return None

    return min(speakers, key=rank).source


def _before_pronoun_speech(
    context: _Context, sentence: Sentence, speakers: list[SourceMention]
) -> list[SourceMention]:
    """The speakers that may still speak in a sentence whose verb of saying has a pronoun subject.

    "She said Russian soldiers had left", "За його словами, поліцейські ...", "— вспоминает она":
    the pronoun names the speaker, so a name or role noun after the pronoun's cue is what is told
    about. One before it may be the pronoun's own antecedent ("Zelensky said he would ...") and
    stays a candidate.
    """
    pronoun_cues = _spans_in(_pronoun_speech(context), sentence.start, sentence.end)
    if not pronoun_cues:
        return speakers
    first_cue_start = pronoun_cues[0][0]
    return [m for m in speakers if m.end <= first_cue_start]


#: At most this many characters between a subordinating word and the speaker who opens its clause
#: ("после того как Гайдай", "nachdem der Gouverneur").
SUBORDINATE_SPEAKER_GAP = 20


def _speaks_in_later_subordinate(context: _Context, speaker: SourceMention, sentence: Sentence) -> bool:
    """The speaker is the subject of a subordinate clause (optional claims.yaml key ``subordinators``,
    at most ``SUBORDINATE_SPEAKER_GAP`` characters before it, within its clause) that follows an event
    word of the sentence: "A fell on Friday, after the governor announced the withdrawal". It speaks
    for its own clause, not for the words of the main clause before it ("противник" there is the
    outlet's enemy, ``sides._own_referent``). A subordinate clause that opens the sentence ("As the
    governor said, ...") still attributes."""
    pattern = _extra_regex(context.lexicon, "subordinators")
    if pattern is None:
        return False
    window_start = max(sentence.start, speaker.start - SUBORDINATE_SPEAKER_GAP)
    opener = None
    for match in pattern.finditer(context.text, window_start, speaker.start):
        # whole words only: the uk/ru/de patterns have no word boundaries of their own
        before = match.start() > 0 and _WORD_CHAR.match(context.text, match.start() - 1)
        if not before and not _WORD_CHAR.match(context.text, match.end()):
            opener = match
    if opener is None or any(ch in context.text[opener.end() : speaker.start] for ch in ',;:()«»"„“'):
        return False
    return any(sentence.start <= start and end <= opener.start() for start, end in _all_event_spans(context))


def _all_event_spans(context: _Context) -> list[Span]:
    """Every event word of the report, in text order."""
    return [(start, end) for start, end, _ in context.event_spans]


def _quote_closer(context: _Context, sentence: Sentence) -> Source | None:
    """A sentence that opens a quotation closed only in the next sentence of its paragraph is the
    quoted speaker's, named after the quote ("\"Our flag flies over A. And it will ...,\" X said")."""
    if not _inside_quote(sentence.text, len(sentence.text)):
        return None
    following = next((s for s in context.sentences if s.start >= sentence.end), None)
    if following is None or following.paragraph != sentence.paragraph:
        return None
    speakers = [m for m in context.speakers if following.start <= m.start and m.end <= following.end]
    closes = next((i for i, c in enumerate(following.text) if c in _QUOTE_CLOSERS + '"'), None)
    if not speakers or closes is None or not any(m.start - following.start > closes for m in speakers):
        return None
    return _named_speaker(context, following)


def _cataphoric_speaker(context: _Context, sentence: Sentence) -> Source | None:
    """The speaker named by the next sentence of the paragraph when that sentence opens by pointing back
    at this one (optional claims.yaml key ``source_of_previous``: "Про це повідомив X", "Об этом сообщил
    X", "Das teilte X mit", "This was reported by X"). Agency style puts the facts first and their
    source after them; the pointer says the facts are that speaker's. Only for a sentence that names no
    speaker of its own (the caller's case)."""
    pattern = _extra_regex(context.lexicon, "source_of_previous")
    if pattern is None:
        return None
    position = bisect_left(context.sentences, sentence.end, key=lambda s: s.start)
    if position >= len(context.sentences):
        return None
    following = context.sentences[position]
    if following.paragraph != sentence.paragraph or pattern.match(following.text) is None:
        return None
    if not any(following.start <= m.start and m.end <= following.end for m in context.speakers):
        return None
    return _named_speaker(context, following)


#: How far before a speaker mention a ``citing_before`` phrase ("citing", "unter Berufung auf") is looked for.
CITING_LOOKBACK = 50
#: How far before a speaker mention an ``addressee_before`` phrase ("told the", "in an interview with")
#: is looked for.
ADDRESSEE_LOOKBACK = 40


# Between an attribution cue and the speaker it governs: an article and a side adjective at most
# ("nach Angaben | des ukrainischen | Militärs", "according to | the | military").
_CITED_AFTER_CUE = re.compile(r"\s+(?:\w{1,4}\s+)?(?:[\w'’]+\s+)?")


def _acts_after_cue(context: _Context, speaker: SourceMention, cues: list[Span]) -> bool:
    """The speaker words come after every verb of saying and are the subject of an event word."""
    if any(start >= speaker.end for start, _ in cues):
        return False
    if any(_CITED_AFTER_CUE.fullmatch(context.text, end, speaker.start) for _, end in cues):
        # "nach Angaben des ukrainischen Militärs", "according to Ukrainian commanders", "за
        # словами військових": the cue governs the speaker words, so they are whose words are cited.
        return False
    for spans in context.events.values():
        for start, _ in spans:
            gap = context.text[speaker.end : start]
            if speaker.end <= start and start - speaker.end <= ACTOR_GAP and not any(c in gap for c in ",;:"):
                return True
    return False


#: At most this many words between a complementizer and the role noun that opens its clause ("that
#: the local residents"; fields r12).
REPORTED_SUBJECT_WORDS = 3


def _opens_reported_clause(
    context: _Context,
    speaker: SourceMention,
    cues: list[Span],
    sentence: Sentence,
    speakers: list[SourceMention],
) -> bool:
    """A speaker word inside the clause a verb of saying reports, after a cue and a complementizer
    (claims.yaml ``complementizers``: "that", "dass", "що", "что") with no clause break in between,
    and with no verb of saying of its own after it in the sentence ("said that residents told him
    ..." keeps the residents): a role noun that opens that clause (at most ``REPORTED_SUBJECT_WORDS``
    words after the complementizer), or any speaker word there when another one stands before the cue
    ("Telegram channels wrote that A came under the control of the people's militia")."""
    if any(start >= speaker.end for start, _ in cues):
        return False
    complementizer = _extra_regex(context.lexicon, "complementizers")
    if complementizer is None:
        return False
    for cue_start, end in cues:
        if not sentence.start <= end <= speaker.start:
            continue
        gap = context.text[end : speaker.start]
        # the last complementizer before the speaker word opens its clause
        found = max(complementizer.finditer(gap), key=lambda m: m.start(), default=None)
        if found is None or any(c in gap[found.end() :] for c in ";:."):
            continue
        tail = gap[found.end() :]
        opens = "," not in tail and len(tail.split()) <= REPORTED_SUBJECT_WORDS
        if speaker.entry_id is None and opens:
            return True
        if "," not in tail and any(other.end <= cue_start for other in speakers if other is not speaker):
            return True
    return False


#: Who can perform an act of state (a ``political`` event: annexation, decree, referendum).
STATE_ACTOR_KINDS = frozenset({"president", "government", "governor", "occupation_official"})


def _performs_act_of_state(context: _Context, speaker: SourceMention, sentence: Sentence) -> bool:
    """The speaker is an authority next to a ``political`` event word of its sentence, in the same
    clause (at most ``ACTOR_GAP`` characters, no ``,;:`` between): its author, not its reporter."""
    if speaker.source.kind not in STATE_ACTOR_KINDS:
        return False
    cues = _spans_in(context.attribution, sentence.start, sentence.end)
    for start, end in _spans_in(context.events.get("political", []), sentence.start, sentence.end):
        low, high = (speaker.end, start) if speaker.end <= start else (end, speaker.start)
        gap = context.text[low:high]
        if len(gap) > ACTOR_GAP or any(c in gap for c in ",;:"):
            continue
        # "Peskov said the annexed territories ...": a verb of saying between them makes the event
        # what the speaker tells, not what the speaker does.
        if not any(low <= cue_start and cue_end <= high for cue_start, cue_end in cues):
            return True
    return False


def _continues_speech(context: _Context, sentence: Sentence) -> bool:
    """The sentence marks itself as reported speech ("sagte er", Konjunktiv I, "по его словам")."""
    return any(
        _spans_in(cues, sentence.start, sentence.end)
        for cues in (_pronoun_speech(context), context.reported_speech, _reported_speech_forms(context))
    )


def _pronoun_speech(context: _Context) -> list[Span]:
    """``pronoun_speaker`` cues plus those of the optional claims.yaml key ``speaker_pronoun_cues``
    ("nach seinen Worten", "er schätzt", "по его оценке"): the sentence names its speaker by a
    pronoun, so it goes on with the speaker named before."""
    cached = context.memo.get("speaker_pronoun_cues")
    if cached is None:
        extra = _extra_cues(context.lexicon, "speaker_pronoun_cues").find(context.text, context.tokens)
        cached = (sorted(set(context.pronoun_speaker) | set(extra)) if extra else context.pronoun_speaker, [])
        context.memo["speaker_pronoun_cues"] = cached
    return cached[0]


def _reported_speech_forms(context: _Context) -> list[Span]:
    """Verb forms that mark reported speech by their ending (optional claims.yaml key
    ``reported_speech_inflection: {form: e, lemma: en}``): a lower-case word ending in ``form``
    whose lemma is the word with ``lemma`` for that ending -- German Konjunktiv I "beschieße",
    "bleibe", "liege" (lemmas "beschießen", "bleiben", "liegen"), which no word list can hold."""
    cached = context.memo.get("reported_speech_forms")
    if cached is None:
        spans: list[Span] = []
        rule = context.lexicon.extra.get("reported_speech_inflection")
        if isinstance(rule, dict) and rule.get("form") and rule.get("lemma"):
            form, lemma = str(rule["form"]), str(rule["lemma"])
            spans = [
                (token.start, token.end)
                for token in context.tokens
                if token.lower.endswith(form)
                and token.text[:1].islower()
                and token.lemma == token.lower[: -len(form)] + lemma
            ]
        cached = (spans, [])
        context.memo["reported_speech_forms"] = cached
    return cached[0]


def _is_actor(context: _Context, speaker: SourceMention, sentence: Sentence) -> bool:
    """The speaker's words are the object of an event word ("evakuierte die Bewohner", "вывезли
    жителей"): then it is a party of the happening, not the one who tells it."""
    # An authority that orders an evacuation makes the order by saying it: "the governor ordered
    # the evacuation of A" rests on the governor's statement (gold/README.md: evacuations are
    # organised by the authority that announces them).
    orders = speaker.source.kind in EVACUATION_ORDERING_KINDS
    for event_type, spans in context.events.items():
        for start, end in _spans_in(spans, sentence.start, sentence.end):
            if end <= speaker.start and speaker.start - end <= GOVERNED_GAP:
                return True
            if orders and event_type == "evacuation":
                continue
            if speaker.end <= start and _inside_quote(sentence.text, start - sentence.start):
                # "Кадыров назвал «перегруппировку» ошибкой": a word in quotation marks after the
                # speaker is what the speaker calls it, not what the speaker does.
                continue
            # The subject of the event: "Putin signed the annexation", "Selenskyj besuchte das
            # befreite Isjum", "окупаційна влада провела «референдуми»" (no verb of saying between).
            gap = context.text[speaker.end : start]
            if speaker.end <= start and start - speaker.end <= ACTOR_GAP and not any(c in gap for c in ",;:"):
                return True
    return False


#: Speakers whose evacuation order is their statement (see ``_is_actor``).
EVACUATION_ORDERING_KINDS = frozenset({"government", "governor", "occupation_official"})


def _carried_speaker(
    context: _Context, sentence: Sentence, index: int, last: tuple[int, int, Source]
) -> Source | None:
    """ "..., sagte er" / Konjunktiv I continuation: the speaker of a recent sentence.

    A sentence that marks itself as reported speech continues a speaker up to
    ``SPEAKER_CARRY_SENTENCES`` back; an unmarked sentence right after the speaker's sentence, in
    the same paragraph, continues it too (wire style: "X said on Friday ... . He estimated ...",
    "Кроме того, ..."), unless it is attributed to someone else (then ``_named_speaker`` found it)
    or carries an attribution cue of its own without a speaker ("according to reports").
    """
    last_index, last_paragraph, source = last
    if _authors_we(context, sentence, last_index, source):
        return None  # bugs r13: "Міноборони РФ заявило, що ... . Наші воїни відбили ..."
    if _named_in_rumour(context, last_index, source):
        # "Щодо чуток у пабліках, нібито ..., — це неправда. Місто під контролем наших сил.": whose
        # rumour the writer answers does not speak on after it (speakers r12).
        return None
    if last_paragraph == sentence.paragraph and _is_speaker_label(context, last_index):
        # "Министерство обороны России." / "Глава ЛНР Леонид Пасечник." heading a paragraph of a
        # round-up of statements: the whole paragraph is that speaker's, whatever its own cues say
        # ("в сводке говорится") or show ("опубликовал видео").
        return source
    if last_paragraph != sentence.paragraph:
        # "Selenskyj sagte am Morgen:" / "„Wir werden ...“" on the next line: the quote is his.
        introduced = index - last_index == 1 and _is_quote_after_colon(context, sentence)
        # "За її словами, ...", "— вспоминает она.", "..., she says." opening the next paragraph:
        # features give each of a witness's remarks a paragraph of its own.
        named_by_pronoun = (
            index - last_index <= SPEAKER_CARRY_SENTENCES
            and bool(_spans_in(_pronoun_speech(context), sentence.start, sentence.end))
            and not _other_party(context, sentence, source)
        )
        return source if introduced or named_by_pronoun else None
    if _spans_in(_pronoun_speech(context), sentence.start, sentence.end) and not _other_party(
        context, sentence, source
    ):
        # "He estimated that ...", "За його оцінкою, ...", "Er schätzt ...": the sentence says whose
        # estimate or picture it is, so a figure or a video in it does not make it the outlet's.
        return source if index - last_index <= SPEAKER_CARRY_SENTENCES else None
    if _own_evidence(context, sentence, source):
        return None
    if _continues_speech(context, sentence):
        return source if index - last_index <= SPEAKER_CARRY_SENTENCES else None
    if _is_background(context, sentence):
        # "Fighting for the town had continued since mid-March.", "Напомним: ...", "Die Einnahme
        # dürfte ...": the writer's own background or estimate, not the earlier speaker's words.
        return None
    if context.lexicon.reported_speech:
        # A language that marks reported speech (German Konjunktiv I: "sei", "habe", "beschieße")
        # puts a sentence without the mark in the outlet's own voice ("..., so der Präsident.
        # Bereits am Mittwoch hatten ukrainische Einheiten ... eingenommen."); hearsay ("sollen
        # ... erreicht haben") still passes on what the speaker said.
        hearsay = _spans_in(context.modality.hedge, sentence.start, sentence.end)
        return source if hearsay and index - last_index <= SPEAKER_CARRY_SENTENCES else None
    if index - last_index == 1 and not _spans_in(context.attribution, sentence.start, sentence.end):
        return source
    return None


def _authors_we(context: _Context, sentence: Sentence, last_index: int, carried: Source) -> bool:
    """The sentence speaks as "we" ("наші воїни", "наши бойцы", "our soldiers", "unsere Einheiten":
    an ``OWN`` side word) outside quotation marks, after a speaker of the other side than the
    report's author (the outlet's or channel's side, else the language's ``default_speaker_side``):
    the writer's "our" is the author's side, so the other side's speaker does not speak on into it
    (bugs r13: "our" resolved to the carried speaker's side in long reports). Inside a quotation
    opened in or after the speaker's sentence ("Our units are holding Soledar." in his quote) the
    speaker still speaks."""
    author = context.outlet.side or context.lexicon.default_speaker_side
    if author is None or carried.side is None or carried.side == author:
        return False
    if not any(sentence.start <= s < sentence.end and side == "OWN" for s, _e, side in context.sides):
        return False
    before = context.text[context.sentences[last_index].start : sentence.start]
    return not _inside_quote(before, len(before))


#: At most this many characters of the sentence before a speaker are searched for a rumour word.
RUMOUR_LOOKBACK = 60


def _named_in_rumour(context: _Context, index: int, source: Source) -> bool:
    """``source`` is named in sentence ``index`` inside a "rumours that ..." phrase (optional
    claims.yaml regex ``rumour_before``, matched on the text before it: "чутки у пабліках", "rumours
    on Russian channels", "Gerüchte in russischen Kanälen"): it spreads what is told, it is not a
    speaker the writer passes on (speakers r12)."""
    pattern = _extra_regex(context.lexicon, "rumour_before")
    if pattern is None:
        return False
    sentence = context.sentences[index]
    for mention in context.speakers:
        if mention.source is source and sentence.start <= mention.start < sentence.end:
            before = context.text[max(sentence.start, mention.start - RUMOUR_LOOKBACK) : mention.start]
            if pattern.search(before) is not None:
                return True
    return False


#: A speaker label is at most this long, and names its speaker with at most this many other words
#: (a title, an office, a date in brackets: "Министр обороны Великобритании Бен Уоллес (в четверг).").
SPEAKER_LABEL_CHARS = 120
SPEAKER_LABEL_OTHER_WORDS = 6
_LABEL_WORD = re.compile(r"\w+")


def _is_speaker_label(context: _Context, index: int) -> bool:
    """Sentence ``index`` opens a paragraph of two or more sentences and only names a speaker: no
    event word, no verb of saying, a registry or role speaker and a few words of title besides
    ("Генштаб ВСУ.", "Глава ЛНР Леонид Пасечник.", "Russian military bloggers:")."""
    sentence = context.sentences[index]
    if len(sentence.text) > SPEAKER_LABEL_CHARS:
        return False
    if index > 0 and context.sentences[index - 1].paragraph == sentence.paragraph:
        return False
    following = (
        index + 1 < len(context.sentences) and context.sentences[index + 1].paragraph == sentence.paragraph
    )
    if not following:
        return False
    if _spans_in(context.attribution, sentence.start, sentence.end):
        return False
    if any(_spans_in(spans, sentence.start, sentence.end) for spans in context.events.values()):
        return False
    named = [m for m in context.speakers if sentence.start <= m.start and m.end <= sentence.end]
    if not named:
        return False
    rest = context.text[sentence.start : sentence.end]
    for mention in reversed(named):
        rest = rest[: mention.start - sentence.start] + " " + rest[mention.end - sentence.start :]
    return len(_LABEL_WORD.findall(rest)) <= SPEAKER_LABEL_OTHER_WORDS


#: A list item's mark at the start of a line: a bullet, a dash or a number ("•", "–", "1.").
_LIST_ITEM = re.compile(r"\s*(?:[•▪●◦‣∙·*—–-]|\d{1,2}[.)])\s")
_OPENING_QUOTE = re.compile(r"\s*[„“\"«‚‹»]")


def _in_background_clause(context: _Context, sentence: Sentence, trigger: Span, source: Source) -> bool:
    """The trigger lies in a relative or appositive clause that tells the writer's background inside a
    speaker's sentence ("Kiper said drones hit Izmail, a port (which) Russia has attacked since July"):
    a clause opener (claims.yaml ``relative_clause_opener``, optional ``background_clause_opener``)
    before the trigger, a background cue (``background_cues``) after the opener in the sentence, and no
    speaker or attribution cue between the opener and the trigger. Such a clause is the outlet's."""
    if source is context.outlet:
        return False
    openers = [
        match
        for key in ("relative_clause_opener", "background_clause_opener")
        if (pattern := _extra_regex(context.lexicon, key)) is not None
        for match in pattern.finditer(context.text, sentence.start, trigger[0])
    ]
    if not openers:
        return False
    opened = max(match.end() for match in openers)
    if not _spans_in(_report_cues(context, "background_cues"), opened, sentence.end):
        return False
    if _spans_in(context.attribution, opened, trigger[0]):
        return False
    return not any(opened <= m.start < trigger[0] for m in context.speakers)


def _is_background(context: _Context, sentence: Sentence) -> bool:
    """The sentence tells the writer's own background or estimate (optional claims.yaml key
    ``background_cues``: a state "since March" / "seit Mai" / "з початку березня", an earlier year,
    "напомним", the writer's "likely" / "dürfte" / "предположительно"): measured on gold, such a
    sentence after a speaker's is the outlet's, so an earlier speaker does not carry into it."""
    return bool(_spans_in(_report_cues(context, "background_cues"), sentence.start, sentence.end))


def _is_quote_after_colon(context: _Context, sentence: Sentence) -> bool:
    """The sentence opens with a quotation mark right after a line ending in a colon."""
    before = context.text[: sentence.start].rstrip()
    return before.endswith(":") and _OPENING_QUOTE.match(sentence.text) is not None


def _own_evidence(context: _Context, sentence: Sentence, carried: Source) -> bool:
    """The sentence rests on something of its own, so an earlier speaker does not carry into it:
    a picture or an estimate ("satellite images showed", "на видео видно": the outlet reports what
    it shows), a self-report ("nach eigenen Angaben": the actor's side), or another party named in
    it that is not the carried speaker ("Putin signed ...")."""
    if any(
        _spans_in(cues, sentence.start, sentence.end)
        for cues in (context.visual, context.analysis, context.self_attribution)
    ):
        return True
    return _other_party(context, sentence, carried)


def _other_party(context: _Context, sentence: Sentence, carried: Source) -> bool:
    """A registry party other than the carried speaker is named in the sentence ("Putin signed ...")."""
    return any(
        sentence.start <= m.start
        and m.end <= sentence.end
        and m.entry_id is not None
        and (m.source.name, m.source.kind) != (carried.name, carried.kind)
        for m in context.speakers
    )


def _paragraph_length(context: _Context, paragraph: int) -> int:
    return sum(1 for s in context.sentences if s.paragraph == paragraph)


def _is_header(context: _Context, sentence: Sentence) -> bool:
    """A line that introduces what follows: it ends with a colon and names its source without a verb
    of saying ("Translated from the channel of X:", "Зведення Генштабу:"); "X said:" only opens a quote.

    A bulletin's title line is one too ("Lagebericht des Generalstabs vom Freitag", "Kharkiv
    Regional Military Administration, morning summary of 7 June"), and so is the line right under
    a title that names no speaker ("Оперативна інформація станом на 08:00" / "..., повідомляє
    Генштаб ЗСУ."): the numbered items under it are the bulletin's, not the outlet's.
    """
    cues = _spans_in(context.attribution, sentence.start, sentence.end)
    if sentence.text.rstrip().endswith(":") and not cues:
        return True
    title = _bulletin_title(context, sentence)
    if title:
        # The bulletin word may itself be a verb-of-saying cue ("сводка": "по сводке"); any other
        # cue makes it a sentence that reports ("X said in its summary").
        return not any(not any(s < e2 and s2 < e for s2, e2 in title) for s, e in cues)
    index = next((i for i, s in enumerate(context.sentences) if s.start == sentence.start), 0)
    return (
        index == 1
        and bool(_bulletin_title(context, context.sentences[0]))
        and not _tells_its_own_event(context, sentence)
        # "Lagebild Ukraine, 18. März: Kursk und Sumy" / "• Das Verteidigungsministerium meldete ...":
        # the first item of a list under a title is one entry, not the line that presents the post.
        and _LIST_ITEM.match(sentence.text) is None
    )


def _tells_its_own_event(context: _Context, sentence: Sentence) -> bool:
    """ "🟡 TORETSK: evening update" / "Moscow's defence ministry announced the 'liberation' of A.":
    a line under a title that tells an event at a place is the first item of the post, what its
    speaker says is that sentence's; only a line that introduces the bulletin, perhaps with a total
    ("За добу відбулося 70 бойових зіткнень, повідомляє Генштаб ЗСУ."), makes the post under it the
    speaker's."""
    if not any(sentence.start <= m.start < sentence.end for m in context.mentions):
        return False
    return any(_spans_in(spans, sentence.start, sentence.end) for spans in context.events.values())


# A final stop, perhaps inside closing quotes; not an abbreviation's dot inside brackets ("(... 2024 г.)").
_SENTENCE_STOP = re.compile(r"[.!?…][\"'»”’]*\s*$")


def _bulletin_title(context: _Context, sentence: Sentence) -> list[Span]:
    """The bulletin words (optional claims.yaml key ``bulletin_words``: "summary", "Lagebericht",
    "зведення", "сводка") of a title line that names a bulletin: the report's first line, a paragraph
    of its own, without a final stop, asserting nothing (no event word). Empty for any other line."""
    if sentence.paragraph != context.sentences[0].paragraph or _SENTENCE_STOP.search(sentence.text):
        return []
    if any(s.paragraph == sentence.paragraph and s.start != sentence.start for s in context.sentences[:3]):
        return []
    if any(_spans_in(spans, sentence.start, sentence.end) for spans in context.events.values()):
        return []
    bulletin_words = _extra_cues(context.lexicon, "bulletin_words")
    found = bulletin_words.find(sentence.text, context.lexicon.tokenize(sentence.text))
    return [(sentence.start + s, sentence.start + e) for s, e in found]


def _side_attributed_speaker(context: _Context, sentence: Sentence) -> Source | None:
    """ "nach ukrainischen Angaben", "according to Russian sources", "по украинским данным":
    an attribution cue with a side word right before it names that side's military as the source."""
    own_cues = _spans_in(context.self_attribution, sentence.start, sentence.end)
    if own_cues:
        # "Ukrainische Truppen sind nach eigenen Angaben ...": the side named before the cue.
        subject = [x for x in context.sides if sentence.start <= x[0] and x[1] <= own_cues[0][0]]
        if subject and subject[0][2] in SIDES:
            name = context.text[subject[0][0] : subject[0][1]]
            return Source(name=name, kind=SIDE_ATTRIBUTION_KIND, side=subject[0][2])
    # "nach ukrainischen Schätzungen", "by Russian estimates", "за українськими оцінками": an
    # estimate attributed to a side is that side's statement too.
    cues = sorted(
        _spans_in(context.attribution, sentence.start, sentence.end)
        + _spans_in(context.analysis, sentence.start, sentence.end)
    )
    if not cues:
        return None
    for start, end, side in context.sides:
        if not sentence.start <= start < sentence.end:
            continue
        if side not in SIDES or not _WORD_CHAR.search(context.text[_clause_start(sentence, start) : start]):
            continue  # "Ukrainian troops reportedly ...": a side at the clause start is its subject
        for cue_start, cue_end in cues:
            if end <= cue_start and _ADJACENT_GAP.fullmatch(context.text[end:cue_start]) is not None:
                return Source(name=context.text[start:cue_end], kind=SIDE_ATTRIBUTION_KIND, side=side)
    return None


def _evidence_kind(context: _Context, event_type: str, sentence: Sentence, source: Source) -> str:
    def present(spans: list[Span]) -> bool:
        return bool(_spans_in(spans, sentence.start, sentence.end))

    visual = event_type == "media_geolocated" or present(context.visual)
    # A source whose words are of one kind by what it is (``evidence`` in sources.yaml: a foreign
    # defence intelligence's updates are assessments), unless the sentence shows a picture.
    own_kind = source_evidence(context.registry, source.name)
    if own_kind is None and source is context.outlet:
        # A think tank's update or a defence intelligence note (``report_genre``): an assessment.
        genre = context.head_genre
        own_kind = genre.evidence if genre is not None and genre.kind == source.kind else None
    if own_kind is not None and not visual:
        return own_kind
    if not visual and _person_speaker(context, source):
        # "Військові, з якими ми говорили, кажуть", "a drone operator told us": soldiers met by the
        # reporter tell what they saw, not their command's statement (the dev gold: eyewitness).
        return "eyewitness"
    if source.kind in OFFICIAL_KINDS and not (source.side is None and present(context.analysis)):
        # A third party's ministry that estimates or assesses ("British defence intelligence
        # estimates") gives an analysis; a party's own officials make statements whatever the verb.
        return "official_statement"
    if visual:
        return "visual"
    if source.kind in VISUAL_SOURCE_KINDS:
        # An OSINT group named in the text that shows no picture in the sentence reports its map or
        # its assessment ("DeepState analysts assess that ...", "wie die Analysegruppe DeepState
        # berichtet"); an OSINT account that publishes the report posts pictures and tells what
        # they show ("The road bridge behind it is destroyed.").
        return "visual" if source is context.outlet else "analysis"
    if source.kind in ANALYSIS_SOURCE_KINDS:
        return "analysis"
    if present(context.analysis) and source.kind not in ESTIMATE_AS_REPORT_KINDS:
        # An estimate takes the kind of whoever makes it (docs/annotation.md): a military blogger's
        # "по нашим оценкам" is a report, an analyst's an analysis.
        return "analysis"
    if source.kind in EYEWITNESS_SOURCE_KINDS or present(context.eyewitness):
        return "eyewitness"
    return "report"


def _person_speaker(context: _Context, source: Source) -> bool:
    """Whether ``source`` is a soldier or officer named only by that noun, with no side word or unit
    of its own (optional claims.yaml key ``speaker_person_nouns``, matched against the whole name;
    the speakers of ``speaker_persons``): "Soldaten", "officers", "Військові"."""
    if source.kind != "military":
        return False
    nouns = _extra_regex(context.lexicon, "speaker_person_nouns")
    return nouns is not None and nouns.fullmatch(source.name) is not None
