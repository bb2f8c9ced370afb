"""The rule-based claim extractor: one report and its place mentions in, claim records out.

Per sentence: triggers from the language's lexicon give event types; quantities (areas, troop
numbers, settlement counts) give their own claim types; places come from the place mentions of
the trigger's clause; then actor side, source, modality, evidence kind, time, quantities and
direction are decided by the rules below.

Places. A trigger takes the places of its clause (a relative clause without a place takes those
of the clause before it; a list "A, B und C" stays together across commas); one claim per place.
A place right after a trigger noun ("die Rückeroberung von A") or inside a trigger's words
belongs to that trigger only. Reference and transit places ("north of A", "via A") count only when
nothing else does; a region that merely locates a settlement is dropped; rivers and banks are not
places; the seat of a speaker ("the ministry in Kyiv") is not where things happen. For an advance,
places after a "toward" word are the objective (``places_to``).

Round-2 structure: a claim at a facility takes the settlement it lies in (``settlement`` in
landmarks.yaml, else the nearest settlement named in the report within ``FACILITY_SETTLEMENT_KM``);
one at a landscape ("region:") or river gets no place; project-added places ("x:" ids of
extra_places.tsv) keep their id like any other settlement. A list "A, B und C" is taken whole even
when the comma puts A in the clause before. A dateline city ("Kiew (dpa) –") is no place, and Kyiv
standing for the government gives way to any other place of the clause. Side words that belong to an
earlier event noun ("nach dem Vorstoß der ukrainischen Armee") or stand in an oblique case (uk/ru)
are not the subject. Civilian reactions take place and side of the claim just before them; a time
heading a bulletin ("За минулу добу:") dates the lines under it.

Round-4 structure: a trigger left with no place of its own shares the one a trigger of another
type governs ("из-за угрозы окружения войска выведены из A"); a holding that only describes a
place ("the Russian-held town of A", ``shares_places``) takes it from nobody; places joined by a
spaced dash are a list ("Сватово — Кременная"). A trigger that names its side ("звільнили",
``trigger_sides``) beats a side word of an earlier clause; a strike in a passive without a named
agent names nobody (gold/README.md), an event noun taking the voice of its clause's predicate
("нанесены удары"); a side word after a target word and up to ``TARGET_HEAD_WORDS`` lower-case
words ("удары по пунктам дислокации ВСУ") is the target; a side named after an agentless
encirclement passive is the encircled one. Two claims of one type and place from triggers in
different clauses that name opposite sides stay two. Only the sentence's speaker has a seat. A
hedge does not reach across a coordinating conjunction (optional claims.yaml key
``coordination``) to another claim's part of the clause. Modality: see ``modality.py`` (threat
words and negators stop at another event word; futures need every reading to be future).

Report-level rules link sentences: a claim with no place continues the same-type claim of the
previous sentence ("... toward Kupiansk. A photo shows the soldiers at the town sign."), or takes
the settlement named last before "the town" / "der Stadt" (also earlier in the same sentence;
"the town" right next to the trigger beats a named place further away, and after a "toward"
word it is an advance's objective); a claim with no time takes the time of a same-type claim
about the same place elsewhere in the report (headline and body say the same thing).

Sources. The speaker of a sentence is a registry name or role noun near a verb of saying; a
registry name or role noun without one still speaks unless it is the subject or object of an
event word right next to it ("Putin signed the annexation"). "nach ukrainischen Angaben" / "по
украинским данным" (a side word right before an attribution word, not the clause's subject)
names that side's military. A speaker stays the source of "..., he said" and reported-speech
sentences up to ``SPEAKER_CARRY_SENTENCES`` on (each such sentence renews it), and of the next
unmarked sentence of the same paragraph (wire style). A time right before or after a verb of
saying ("said on Friday", "am Montag meldete") dates the statement and is not the claim's time.

Round-5 structure (rules that generalise across styles). Speakers: a capital next to a verb of
saying or denying is its government ("Kyiv denied", "hieß es in Kiew", ``capitals`` in
sources.yaml); an outlet the registry does not know that writes "our"/"the enemy" in its own voice
is a milblogger of its side, one that only uses a side's vocabulary (optional key ``writer_side``) or
names a side in its name gets that side; a header line ("Translated from the channel of X:") or a
claim-free first paragraph that presents a speaker makes the post under it theirs; a speaker is not
carried into a sentence with evidence of its own (a picture, an estimate, a self-report, another
party), nor, in a language that marks reported speech, into one without the mark. Denials: a short
reply ("Kyiv denied this.") or a reply part of a sentence negates the claims of the sentence before
it with the denier as source; a denial clause after a claim ("..., was Kiew bestreitet") adds the
negation and leaves the claim as made; a denial does not reach past a new verb of saying nor into
another part's claim; "denied striking" makes the denier the actor. Lists: places after an in-
sentence list marker ("..., darunter A und B", ``list_continuation``) are claims of the event
before it (a count of taken places lists places that changed hands). Places: datelines with an
agency, a slash or capitals; "the town" refers to the place its naming sentence is about (or one
introduced as "the town X"), "these villages" to the whole list; "the region" to the last oblast
(optional key ``region_anaphora``); the country is the place of a strike on it; places listed after
a "toward" objective are objectives too. Sides: the reported clause after a verb of saying has its
own subject; "its forces" belong to the party named before them; an adverbial participle shares its
clause's subject; an adjective on a strike noun names who fired even in a passive; a side word
qualifying an encircled grouping ("Угруповання окупантів оточене") is the encircled one; partisans
hit what follows them; evacuations are organised by the authority that announces them; a logistic
role takes the source's side; places reported lost (optional key ``loss_triggers``) went to the
other side; failed attempts (optional key ``failed_attempt``) are negated advances; a question is a
prediction.

Round-6 structure (modality scope, places, claim shape). A hedge set off by commas right before a
part of the sentence that carries another claim ("..., where the enemy has, probably, advanced";
"... и, предположительно, уже заходит в B") is that claim's, and a modal verb in such a part after
the trigger ("massed 10,000 troops and is preparing an offensive") does not make the trigger a
prediction; nor does a condition after a coordinating conjunction that opens another claim ("A is
half encircled, and if the enemy reaches B, ..."). A place an event word governs ("the capture of A
would open the way to B", "падіння A створює загрозу для B") is its only place, with the list it
heads; not for moves between places or holdings. A short label before a colon ("Geolocated video:
... in A") takes the place of what follows it. A list cut up by commas ("A, B, C — наші!") is taken
whole when the claim borrows the clause before. Every listed destination of an evacuation is no
place of it. A front sector named by its town ("на покровському напрямку") gives way to a settlement
named with it. With the objective set apart, an advance is where it comes from ("до A з боку B": B).
A placeless fight or strike happens at the one place the sentence before (same paragraph) claimed
something at. A placeless troop figure in a sentence reporting a move is the size of what moved. A
holding or a picture that is all its sentence says is kept without a place. Partisans blowing
something up is a partisan attack, not also a demolition (``SUBSUMED_TYPES``). The ends of a road
(optional claims.yaml keys ``route_before``, ``route_joint``: "the road from A to B near C") are not
where it is cut when another place is named. Civilians fleeing (optional key ``civilian_subjects``)
is an evacuation with no organiser, not a withdrawal; without a place it is background and dropped.
"The town" never refers to a facility or landscape, and far down a text that has named one
settlement only, it is that one.

Round-6 sides (who acts). A place told as lost (``loss_triggers``) goes to the other side of the
subject of the trigger's clause or of the source; a side of another clause is the winner ("If the
Russians reach B, A is lost"). A place that "fell" (optional key ``fall_triggers``) is inverted only
when the loser is named in the clause or speaks ("Kyiv denied that A had fallen"); a source that only
reports a fall may report its own gain. Fighting names only its own clause's subject: not the side of
an earlier clause when the event noun is the subject or the clause is passive ("..., де тривають
бої"), not a side word that only reports it ("Die ukrainische Armee meldete Gefechte"). A reported
gain or move without a side of its own is the speaker's ("the ministry said it had withdrawn"). A
holding that describes a place ("in occupied A") names its holder by its own word. An evacuation in
a passive has no organiser; an unmarked local authority that orders one is Ukraine's. A military
unit acting right after a verb of saying is not the sentence's speaker. Forces named without a side
(optional key ``unnamed_forces``: "Soldaten", "they") are those of the side named last before them
in the paragraph.

Round-7 (English generalisation). A reinforcement that is the stated aim of a move ("pulled troops
back from A in order to strengthen the Donetsk front", ``PLANNED_BY_PURPOSE``) is kept as predicted,
at the places after the aim; other aims stay no claims. The denier of a later clause ("..., a claim
Kyiv denied") is not the speaker of the claim it answers, nor is an outlet that was told (optional
key ``addressee_before``: "the governor told Reuters"). A side named after a subordinating word
(optional claims.yaml key ``subordinators``: "A is retaken as Russian troops retreat") is the subject
of the event after it.

Everything language-specific lives in ``data/lang/<code>/claims.yaml`` (see ``lexicon.py``);
the tables in this module are about event types, which are the same in every language.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from frontwatch.claims.lexicon import CueList, Lexicon, Token, compile_cues, compile_regex, load_lexicon
from frontwatch.claims.modality import ModalityCues, decide_modality, find_modality_cues
from frontwatch.claims.quantities import QuantityMatch, find_comparisons, find_quantities
from frontwatch.claims.sentences import Sentence, clause_spans, split_sentences
from frontwatch.claims.sources import (
    SourceMention,
    SourceRegistry,
    find_speakers,
    load_capitals,
    load_registry,
)
from frontwatch.claims.timeexpr import TimeMatch, resolve_times
from frontwatch.datafiles import read_yaml
from frontwatch.model import Claim, ClaimPlace, PlaceMention, Quantity, Report, Source, When

Span = tuple[int, int]


@dataclass(frozen=True)
class TypeRule:
    """How an event type takes its side, places and direction."""

    # Nobody named: the side of a party named in the sentence, else of the one who reports it
    # (sides report their own gains and their own orderly moves).
    gain: bool = False
    invert_passive: bool = False  # "Russian troops were encircled": the side word is the patient
    default_side: str | None = None
    adjacent_side_only: bool = False  # only a side word right at the trigger counts ("pro-Russian partisans")
    movement: bool = False  # direction words apply
    uses_places_to: bool = False  # "toward X" places are the objective
    region_place: bool = False  # the place is the region the figure is for
    one_claim: bool = False  # one claim for the sentence, not one per place
    needs_place: bool = False  # without a place the claim says nothing checkable
    subject_only: bool = False  # only a side word before the trigger (the subject) counts
    patient_after: bool = False  # a side word after the trigger is the one acted upon
    destination_place: bool = False  # "reserves moved from A to B": B is where it happens
    # "evacuated from A to B", "вывезли в Россию": people leave A; the destination B is no place
    # of the claim (docs/annotation.md: the place of an evacuation is where people leave from).
    origin_place: bool = False
    # No side in the trigger's clause: a side word later in the sentence is the one whose supply it
    # is ("the rail hub through which Russian troops ... are supplied"), before an earlier clause's.
    side_after_sentence: bool = False
    party_fallback: bool = False  # nobody named: the side of a party named in the sentence
    # A hub noun describes a place without taking it from the claims around it ("den
    # Eisenbahnknoten Kupjansk-Wuslowyj halten"): its trigger does not own the places next to it.
    owns_places: bool = True
    # Without a place of its own it takes place and side of the claim just before ("Soldiers entered
    # A. Hundreds of residents cheered them."): a reaction to what that claim reports.
    follows_context: bool = False
    # A holding words a background ("the Russian-held town of A", "im besetzten A"): the place
    # next to it is still the place of the sentence's main event, not taken away from it.
    shares_places: bool = False
    # A passive without a named agent names nobody ("positions were shelled", "нанесены удары по
    # ВСУ"): the side words in it are the ones hit, and the one who fired is unknown (gold/README.md).
    passive_names_nobody: bool = False
    # The country itself is the place when nothing smaller is named and it comes after the trigger
    # ("Russian missiles hit cities across Ukraine", "удар по объектам энергетики Украины").
    country_place: bool = False
    # Nobody named: an official who announces it with a side is its organiser ("Закликаю жителів
    # ... евакуюватися", the governor said; "the occupation administration announced").
    speaker_fallback: bool = False
    # Nobody named: the side of the source, as for gains.
    source_side_fallback: bool = False
    # A side word before a verb of saying is who reports it, not who does it ("Die ukrainische Armee
    # meldete Gefechte bei A"); announcing a referendum or an evacuation is the act itself.
    speaker_not_actor: bool = False


TYPE_RULES: dict[str, TypeRule] = {
    "control_change": TypeRule(gain=True, invert_passive=True, needs_place=True),
    "control_held": TypeRule(gain=True, needs_place=True, shares_places=True),
    "advance": TypeRule(gain=True, movement=True, uses_places_to=True),
    "withdrawal": TypeRule(gain=True, movement=True, uses_places_to=True),
    "fighting": TypeRule(movement=True, subject_only=True, speaker_not_actor=True),
    "strike": TypeRule(invert_passive=True, movement=True, passive_names_nobody=True, country_place=True),
    "demolition": TypeRule(),
    # Only a logistic role stated ("A is the key hub for the whole grouping"): the grouping is that
    # of the side the source speaks for, as for gains.
    "supply_line": TypeRule(owns_places=False, side_after_sentence=True, source_side_fallback=True),
    "reinforcement": TypeRule(gain=True, movement=True, uses_places_to=True, destination_place=True),
    "encirclement": TypeRule(invert_passive=True, movement=True, patient_after=True),
    "partisan_attack": TypeRule(default_side="UA", adjacent_side_only=True),
    "civilian_reaction": TypeRule(needs_place=True, follows_context=True),
    # The organiser is the subject; a side named after the trigger belongs to what people flee
    # ("ordered the evacuation of A as Russian troops pushed toward B").
    "evacuation": TypeRule(party_fallback=True, origin_place=True, speaker_fallback=True, subject_only=True),
    "political": TypeRule(party_fallback=True, subject_only=True),
    "force_estimate": TypeRule(one_claim=True),
    "area_claim": TypeRule(gain=True, region_place=True, one_claim=True),
    "settlement_count": TypeRule(gain=True, region_place=True, one_claim=True),
    # "Ein Video, das ... geolokalisiert wurde, zeigt ukrainische Panzer": the side shown is named
    # after the words that place the picture.
    "media_geolocated": TypeRule(needs_place=True, side_after_sentence=True),
}

#: Types that need a place, except when their claim is all a sentence says.
PLACELESS_WHEN_ALONE: frozenset[str] = frozenset({"control_held", "media_geolocated"})

#: Types that exclude each other on the same words: the longer match says more ("wieder unter
#: ukrainischer Kontrolle" is a change, "Russian-occupied" a holding).
EXCLUSIVE_TYPES: frozenset[str] = frozenset({"control_change", "control_held"})

#: Quantities that are claims of their own.
QUANTITY_EVENTS: dict[str, str] = {
    "area_km2": "area_claim",
    "troops": "force_estimate",
    "settlements": "settlement_count",
}

OFFICIAL_KINDS = frozenset(
    {
        "president",
        "government",
        "general_staff",
        "defence_ministry",
        "military",
        "governor",
        "occupation_official",
    }
)
VISUAL_SOURCE_KINDS = frozenset({"osint"})
ANALYSIS_SOURCE_KINDS = frozenset({"think_tank"})
EYEWITNESS_SOURCE_KINDS = frozenset({"local_resident"})
REGION_PRECISIONS = frozenset({"oblast", "raion"})
#: Places that contain settlements: the place of a claim only when no settlement is named.
CONTAINER_PRECISIONS = frozenset({"oblast", "raion", "other", "country"})
#: Gazetteer entries that are never where a happening is (the places stage marks rivers so).
NOT_A_PLACE_ID_PREFIXES = ("river:",)
#: Landscapes without borders ("Donbas", "Slobozhanshchyna"): a claim there has no checkable place.
REGION_ID_PREFIX = "region:"
#: Named installations (a nuclear plant, a dam, a steelworks): a claim there takes the settlement
#: the installation lies in (docs: gold/README.md, "Facilities named after a place").
FACILITY_ID_PREFIX = "facility:"
#: Where facilities are listed (the places stage's data); read for the optional key ``settlement``.
LANDMARKS_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "landmarks.yaml"
#: A settlement named in the report at most this far (km) from a facility is the one it lies in.
FACILITY_SETTLEMENT_KM = 7.0
#: Capitals that stand for their government ("Kiew dementierte"); Moscow is not a place of the
#: gazetteer at all. A geographic fact, the same in every language.
CAPITAL_IDS = frozenset({"gn:703448"})
SIDES = ("UA", "RU")
OTHER_SIDE = {"UA": "RU", "RU": "UA"}

# Between a side adjective and the speaker it describes: at most one short word ("russische Militärblogger",
# "der ukrainische Journalist", "Russian military bloggers").
_ADJACENT_GAP = re.compile(r"\s+(?:[\w-]{1,10}\s+)?")
_WORD_CHAR = re.compile(r"\w")
_NO_CLAUSE_BREAK = re.compile(r"[^,;:.!?\n\"«»„“”]*")
# Between two listed place names: a comma and/or a short conjunction (und, and, та, і, и, or), or
# a spaced dash ("на линии Сватово — Кременная").
_ENUMERATION_GAP = re.compile(r"\s*,?\s*(?:\w{1,4}\s+)?|\s+[–—]\s+")
# After a dateline's city: ", Sept 10" or the like, the agency in brackets, a dash.
_DATELINE_AFTER = re.compile(r"(?:\s*,[^()\n,]{1,25})?\s*\([^()\n]{1,30}\)\s*[-–—]")
# A sentence that asks ("... next?", "Далі — А?"): what it names is expected, not asserted.
_QUESTION_END = re.compile(r"\?[\s\"'“”»«„)\]]*$")
# "Charkiw/Kiew –": more cities after a slash, an optional agency, a spaced dash.
_DATELINE_SLASH = re.compile(r"(?:\s*/\s*[^\W\d_][\w'’-]*)+(?:\s*\([^()\n]{1,30}\))?\s+[-–—]\s")
# The first city of such a dateline, before the slash.
_DATELINE_FIRST_CITY = re.compile(r"\s*[^\W\d_][\w'’-]*\s*/\s*")
# After a dateline city: an optional ", Sept 10", an optional agency, a spaced dash.
_DATELINE_DASH = re.compile(r"(?:\s*,[^()\n,]{1,25})?(?:\s*\([^()\n]{1,30}\))?\s+[-–—]\s")
# Between an event noun and the side word of its actor: short function words only ("Vorstoß der
# ukrainischen", "withdrawal of the Russian", "отступление российских").
_OWNED_SIDE_GAP = re.compile(r"\s+(?:\w{1,4}\s+){0,2}")
# Between two places a trigger governs: a list that may repeat an article or a head noun ("das
# Kraftwerk A und die Brücke B", "A and the village of B").
_GOVERNED_LIST_GAP = re.compile(r"\s*,?\s*(?:[^\W\d_]{1,8}\s+){0,3}")
# Between two listed names across a clause break: a bare comma ("A, B und C").
_LIST_COMMA = re.compile(r"\s*,\s*")

# A lower-case word (and the space after it) at the end of a text: a head noun between a target
# word and the side word ("по пунктам дислокации ВСУ").
_TRAILING_LOWER_WORD = re.compile(r"(?<![\w-])[^\W\d_A-ZА-ЯЁЄІЇҐÄÖÜ][\w-]*\s+$")
#: At most this many lower-case words between a target word ("по", "on") and the side word.
TARGET_HEAD_WORDS = 3
#: Characters before a side word searched for a target word.
TARGET_LOOKBACK = 60
#: How far back (characters) a passive agent marker may stand before the side word ("von den").
AGENT_LOOKBACK = 25
#: How close (characters) a side word must be for types that only take an adjacent one.
ADJACENT_SIDE_CHARS = 20
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
#: At most this many characters between a verb of saying and the time that dates the statement
#: ("said on Friday", "erklärte am Sonntagabend", "заявив у понеділок увечері").
STATEMENT_TIME_GAP = 12
#: At most this many characters between an uncued speaker and an event word it is the subject of.
ACTOR_GAP = 40
#: Kind of the source "nach ukrainischen Angaben" / "according to Russian sources" stands for.
SIDE_ATTRIBUTION_KIND = "military"
#: A speaker introduced this many sentences back still speaks ("..., sagte er").
SPEAKER_CARRY_SENTENCES = 2
#: A civilian reaction without a place reacts to a claim at most this many sentences back.
CONTEXT_CARRY_SENTENCES = 1
#: "the town" refers to a settlement named at most this many characters before the sentence.
ANAPHORA_LOOKBACK = 400
#: "the town of Izium", "die Stadt Kupjansk": a name this close after "the town" is its own.
ANAPHOR_NAME_GAP = 4
#: A place named this close after "the town" (same clause) makes "the town" a word, not a reference.
ANAPHOR_FOLLOW = 30
#: Cases (pymorphy grammemes) in which a side word is not the subject of the clause.
OBLIQUE_CASES = frozenset({"gent", "datv", "ablt", "loct"})
#: pymorphy3 grammemes of a verb form (a trigger with one is a verb, not an event noun).
VERB_GRAMMEMES = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "Impe"})
#: pymorphy3 grammemes of a passive predicate ("нанесены", "завдано"), unlike the attributive
#: passive participle ("нанесённые"), which describes a noun.
PREDICATIVE_PASSIVE = frozenset({"PRTS", "Impe"})
#: At most this many characters between a trigger noun and the place it governs ("Einnahme von").
GOVERNED_GAP = 12
#: Characters before a place name searched for a "toward" marker.
TO_LOOKBACK = 45
#: At most this many words before a colon make a label heading the sentence ("Geolocated video:").
LABEL_WORDS = 3


@dataclass
class _Draft:
    event_type: str
    trigger: Span
    sentence_index: int
    place: PlaceMention | None
    places_to: list[PlaceMention]
    actor_side: str | None
    source: Source
    modality: str
    evidence_kind: str
    evidence: Span
    when: When | None
    quantities: dict[str, Quantity]
    direction: list[str]
    trigger_text: str
    meta: dict[str, object] = field(default_factory=dict)


@dataclass
class _Context:
    """What is computed once per report."""

    report: Report
    text: str
    lexicon: Lexicon
    registry: SourceRegistry
    tokens: list[Token]
    sentences: list[Sentence]
    mentions: list[PlaceMention]
    events: dict[str, list[Span]]
    sides: list[tuple[int, int, str]]  # (start, end, "UA"/"RU"/"OWN"), speaker-adjacent ones removed
    speakers: list[SourceMention]
    attribution: list[Span]
    pronoun_speaker: list[Span]
    reported_speech: list[Span]
    visual: list[Span]
    analysis: list[Span]
    eyewitness: list[Span]
    passive: list[Span]
    self_attribution: list[Span]
    modality: ModalityCues
    trigger_sides: dict[str, list[Span]]
    purpose: list[Span]
    loss: list[Span]  # claims.yaml ``loss_triggers``: "fell", "was lost", "оставили"
    outlet: Source
    published: date | None
    memo: dict[str, tuple[list[Span], list[Span]]] = field(default_factory=dict)  # computed on demand


def extract_claims(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
    """All claims of ``report``; offsets are into ``report.clean_text``.

    Returns an empty list when the report's language has no ``claims.yaml``.
    """
    lexicon = load_lexicon(report.lang) if report.lang else None
    if lexicon is None or not report.clean_text.strip():
        return []
    context = _build_context(report, mentions, lexicon)
    drafts: list[_Draft] = []
    previous: list[_Draft] = []
    last_speaker: tuple[int, int, Source] | None = None  # (sentence index, paragraph, source)
    header_time: tuple[When, int] | None = None  # (time of a bulletin header, last paragraph it covers)
    header_speaker: Source | None = None  # the speaker a header line ("... channel of X:") introduces
    intro: Source | None = None  # the speaker a claim-free first paragraph presents
    intro_claims = False  # whether the first paragraph makes claims of its own
    for index, sentence in enumerate(context.sentences):
        if lexicon.skip_sentence is not None and lexicon.skip_sentence.search(sentence.text):
            previous = []
            continue
        speaker = _named_speaker(context, sentence)
        if speaker is None and last_speaker is not None:
            speaker = _carried_speaker(context, sentence, index, last_speaker)
            if speaker is not None and _continues_speech(context, sentence):
                # A chain of reported-speech sentences keeps the speaker alive ("..., sagte er.
                # X sei ... Y habe ...").
                last_speaker = (index, sentence.paragraph, speaker)
        elif speaker is not None:
            last_speaker = (index, sentence.paragraph, speaker)
        if speaker is None:
            speaker = _side_attributed_speaker(context, sentence)
        if intro is not None and sentence.paragraph > 0 and _paragraph_length(context, 0) >= INTRO_SENTENCES:
            # A first paragraph that only presents what follows ("The following post appeared on a
            # pro-Kremlin military blogger channel") makes the text under it that speaker's.
            header_speaker = header_speaker or intro
            intro = None
        if speaker is None:
            speaker = header_speaker
        elif index <= HEADER_LINES and _is_header(context, sentence) and header_speaker is None:
            # "Translated from the Telegram channel of a Russian war correspondent:", "Зведення
            # Генштабу ЗСУ станом на 18:00:": the post under it is that speaker's.
            header_speaker = speaker
        current = _sentence_drafts(context, sentence, index, speaker, previous)
        if sentence.paragraph == 0:
            if current:
                intro_claims = True
            elif speaker is not None and speaker is not context.outlet and intro is None:
                intro = speaker
            if intro_claims:
                intro = None
        if not current and previous:
            current = _list_continuation(context, sentence, index, previous)
        if previous:
            current += _denied_previous(context, sentence, index, previous, speaker, current)
        _follow_context(current, drafts, index)
        header_time = _bulletin_time(context, sentence, current, header_time)
        # Placeless claims of types that need a place are kept as context for the next sentence
        # ("... liberated several villages. Among them A and B.") but not reported.
        # A holding or a picture that is all the sentence says ("Our troops firmly hold their
        # positions.") is a claim even without a place (gold/README.md keeps them with place null).
        alone = len({d.event_type for d in current}) == 1
        drafts.extend(
            d
            for d in current
            if _has_place(d)
            or not TYPE_RULES[d.event_type].needs_place
            or (alone and d.event_type in PLACELESS_WHEN_ALONE)
        )
        previous = current
    _inherit_times(drafts)
    return _to_claims(context, drafts)


# --------------------------------------------------------------------------- context


def _spans_in(spans: list[Span], start: int, end: int) -> list[Span]:
    low = bisect.bisect_left(spans, (start, -1))
    result: list[Span] = []
    for span in spans[low:]:
        if span[0] >= end:
            break
        if span[1] <= end:
            result.append(span)
    return result


def _build_context(report: Report, mentions: list[PlaceMention], lexicon: Lexicon) -> _Context:
    text = report.clean_text
    tokens = lexicon.tokenize(text)
    registry = load_registry()
    side_spans: dict[str, list[Span]] = {
        side: cues.find(text, tokens) for side, cues in lexicon.side_words.items()
    }
    attribution = lexicon.attribution.find(text, tokens)
    speakers = find_speakers(text, tokens, lexicon, registry, side_spans)
    capital_speakers = _capital_speakers(text, attribution + lexicon.denial.find(text, tokens), speakers)
    if capital_speakers:
        speakers = sorted(speakers + capital_speakers, key=lambda m: m.start)
    sides: list[tuple[int, int, str]] = []
    for side, spans in side_spans.items():
        for start, end in spans:
            if any(_belongs_to_speaker(text, start, end, m) for m in speakers):
                continue
            if side in ("OWN", "ENEMY") and any(a < end and start < b for a, b in attribution):
                continue  # "по нашим оценкам", "nach unseren Informationen": who knows, not who acts
            sides.append((start, end, side))
    sides.sort()
    published = report.published.date() if report.published is not None else None
    sentences = split_sentences(text, lexicon)
    outlet = _channel_voice(
        _outlet_source(registry, lexicon, report.source),
        registry,
        report.source,
        _writer_side(lexicon, text, tokens) or _name_side(lexicon, report.source),
        [(s, e) for s, e, side in sides if side == "OWN"],
        [(s, e) for s, e, side in sides if side == "ENEMY"],
        [s for s in sentences if not _spans_in(attribution, s.start, s.end)],
        lexicon.default_speaker_side,
    )
    return _Context(
        report=report,
        text=text,
        lexicon=lexicon,
        registry=registry,
        tokens=tokens,
        sentences=sentences,
        mentions=sorted(mentions, key=lambda m: m.start),
        events={
            etype: cues.find(text, tokens) for etype, cues in lexicon.events.items() if etype in TYPE_RULES
        },
        sides=sides,
        speakers=speakers,
        attribution=attribution,
        pronoun_speaker=lexicon.pronoun_speaker.find(text, tokens),
        reported_speech=lexicon.reported_speech.find(text, tokens),
        visual=lexicon.visual.find(text, tokens),
        analysis=lexicon.analysis.find(text, tokens),
        eyewitness=lexicon.eyewitness.find(text, tokens),
        passive=lexicon.passive.find(text, tokens),
        self_attribution=lexicon.self_attribution.find(text, tokens),
        modality=find_modality_cues(text, tokens, lexicon),
        trigger_sides={side: cues.find(text, tokens) for side, cues in lexicon.trigger_sides.items()},
        purpose=lexicon.purpose.find(text, tokens),
        loss=_extra_cues(lexicon, "loss_triggers").find(text, tokens),
        outlet=outlet,
        published=published,
    )


def _outlet_source(registry: SourceRegistry, lexicon: Lexicon, outlet: str) -> Source:
    """The report's outlet; an outlet unknown to the registry whose name holds a role noun ("OSINT
    Mapper", "Militärblog Ost", "Канал военкора") is a source of that kind."""
    source = registry.outlet_source(outlet)
    if source.kind != "outlet" or registry.search(outlet) is not None or not outlet:
        return source
    tokens = lexicon.tokenize(outlet)
    for kind, cues in lexicon.roles.items():
        if cues.find(outlet, tokens):
            return Source(name=source.name, kind=kind, side=None)
    return source


#: A capital right before a verb of saying or denying is its subject ("Kyiv denied", "Kiew wies dies
#: zurück", "Москва заявила"): at most this many characters between them, no clause break.
CAPITAL_SUBJECT_GAP = 15
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
        named_after_cue = any(
            cue_end <= start and _CAPITAL_AFTER_CUE.fullmatch(text[cue_end:start]) is not None
            for _, cue_end in cues
        )
        if subject or named_after_cue:
            found.append(SourceMention(start, end, Source(text[start:end], entry.kind, entry.side), entry.id))
    return found


# A country code standing alone in a channel's name ("Frontline Pulse UA", "Z-News RU").
_NAME_COUNTRY_CODE = re.compile(r"(?<![\w.])(UA|RU)(?!\w)")


def _name_side(lexicon: Lexicon, name: str) -> str | None:
    """The one side a channel's name names ("Український фронт", "Frontline Pulse UA"), if any."""
    if not name:
        return None
    tokens = lexicon.tokenize(name)
    found = {side for side, cues in lexicon.side_words.items() if side in SIDES and cues.find(name, tokens)}
    found |= {m.group(1) for m in _NAME_COUNTRY_CODE.finditer(name)}
    return found.pop() if len(found) == 1 else None


def _writer_side(lexicon: Lexicon, text: str, tokens: list[Token]) -> str | None:
    """The side whose writers use the words of the optional claims.yaml key ``writer_side``
    (``{UA: [...], RU: [...]}``: words only one side's own channels use, such as its slurs for the
    other side); None when no such word occurs or both sides' words do."""
    found = {side for side, cues in _writer_side_cues(lexicon).items() if cues.find(text, tokens)}
    return found.pop() if len(found) == 1 else None


_EXTRA_CUES: dict[tuple[str, str, str], CueList] = {}


def _extra_cues(lexicon: Lexicon, key: str, subkey: str = "") -> CueList:
    """An optional cue-list key of claims.yaml that ``lexicon.py`` does not know (or one entry of a
    mapping key, ``writer_side: {UA: [...]}``), compiled once per language; empty if absent."""
    cache_key = (lexicon.lang, key, subkey)
    if cache_key not in _EXTRA_CUES:
        raw = lexicon.extra.get(key)
        if subkey:
            raw = raw.get(subkey) if isinstance(raw, dict) else None
        _EXTRA_CUES[cache_key] = compile_cues([str(x) for x in raw]) if isinstance(raw, list) else CueList()
    return _EXTRA_CUES[cache_key]


def _writer_side_cues(lexicon: Lexicon) -> dict[str, CueList]:
    """Words only one side's own channels use, per side (optional key ``writer_side``)."""
    raw = lexicon.extra.get("writer_side")
    if not isinstance(raw, dict):
        return {}
    sides = [str(side) for side, words in raw.items() if str(side) in SIDES and words]
    return {side: _extra_cues(lexicon, "writer_side", side) for side in sides}


def _channel_voice(
    outlet: Source,
    registry: SourceRegistry,
    outlet_name: str,
    writer_side: str | None,
    own: list[Span],
    enemy: list[Span],
    own_voice: list[Sentence],
    default_side: str | None,
) -> Source:
    """An outlet the registry does not know that writes as one side writes: a channel of that side.

    Only sentences in the outlet's own voice count (no attribution cue: "the General Staff said our
    units ..." is somebody else's "our"). First-person side words ("our units", "наши держатся",
    "Изюм мы оставили") make it a milblogger of the side it writes for; a side's own vocabulary
    alone (``writer_side`` words, "the enemy") gives the outlet that side (gold/README.md: "an openly
    partisan channel as outlet gets its side"). The side: the one its vocabulary names, else the
    language's ``default_speaker_side`` (a Russian-language channel speaking of "наши" writes for
    RU), else unknown.
    """
    if outlet.kind not in ("outlet", "unknown") or outlet.side is not None:
        return outlet
    if outlet_name and registry.search(outlet_name) is not None:
        return outlet

    def in_own_voice(spans: list[Span]) -> bool:
        return any(_spans_in(spans, s.start, s.end) for s in own_voice)

    first_person = in_own_voice(own)
    if not first_person and not in_own_voice(enemy) and writer_side is None:
        return outlet
    side = writer_side or default_side
    if side is None:
        return outlet
    return Source(name=outlet.name, kind="milblogger" if first_person else outlet.kind, side=side)


def _belongs_to_speaker(text: str, start: int, end: int, speaker: SourceMention) -> bool:
    """A side word inside a speaker's name, or an adjective right before it ("russische Militärblogger")."""
    if start < speaker.end and speaker.start < end:
        return True
    if end <= speaker.start:
        return _ADJACENT_GAP.fullmatch(text[end : speaker.start]) is not None
    return False


# --------------------------------------------------------------------------- source


def _named_speaker(context: _Context, sentence: Sentence) -> Source | None:
    """The registry or role-noun speaker of the sentence, when the sentence attributes something."""
    speakers = [m for m in context.speakers if sentence.start <= m.start and m.end <= sentence.end]
    if not speakers:
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
    if not cues:
        # No verb of saying: a registry name or a role noun that speaks by nature ("Russian
        # military bloggers write ...", "Военкоры ... пишут") is still the speaker, unless it is
        # the actor of the sentence's own event ("the governor ordered an evacuation").
        speakers = [
            m
            for m in speakers
            if m.source.kind in UNCUED_SPEAKER_KINDS and not _is_actor(context, m, sentence)
        ]
        if not speakers:
            return None
        return speakers[0].source

    def rank(mention: SourceMention) -> tuple[int, int]:
        distance = min(min(abs(mention.start - e), abs(s - mention.end)) for s, e in cues)
        return (0 if mention.entry_id is not None else 1, distance)

    # "За словами військових, вагнерівці щодня штурмують A": a unit that acts right after the verb
    # of saying is what is told about, not who tells it.
    speakers = [m for m in speakers if m.source.kind != "military" or not _acts_after_cue(context, m, cues)]
    if not speakers:
        return None

    return min(speakers, key=rank).source


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


def _clause_start(sentence: Sentence, offset: int) -> int:
    starts = [c[0] for c in clause_spans(sentence) if c[0] <= offset]
    return max(starts) if starts else sentence.start


def _continues_speech(context: _Context, sentence: Sentence) -> bool:
    """The sentence marks itself as reported speech ("sagte er", Konjunktiv I, "по его словам")."""
    return any(
        _spans_in(cues, sentence.start, sentence.end)
        for cues in (context.pronoun_speaker, context.reported_speech)
    )


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
    if last_paragraph != sentence.paragraph:
        # "Selenskyj sagte am Morgen:" / "„Wir werden ...“" on the next line: the quote is his.
        introduced = index - last_index == 1 and _is_quote_after_colon(context, sentence)
        return source if introduced else None
    if _own_evidence(context, sentence, source):
        return None
    if _continues_speech(context, sentence):
        return source if index - last_index <= SPEAKER_CARRY_SENTENCES else None
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


_OPENING_QUOTE = re.compile(r"\s*[„“\"«‚‹»]")


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
    return any(
        sentence.start <= m.start
        and m.end <= sentence.end
        and m.entry_id is not None
        and (m.source.name, m.source.kind) != (carried.name, carried.kind)
        for m in context.speakers
    )


#: A header that introduces a whole post stands among the first lines of the report (a title may
#: come first); a colon line further down introduces a quote or a ticker entry, not the report.
HEADER_LINES = 1


#: A first paragraph presents what follows only when it is more than a headline: at least this
#: many sentences ("Translated from Russian. The following post appeared on ... channel.").
INTRO_SENTENCES = 2


def _paragraph_length(context: _Context, paragraph: int) -> int:
    return sum(1 for s in context.sentences if s.paragraph == paragraph)


def _is_header(context: _Context, sentence: Sentence) -> bool:
    """A line that introduces what follows: it ends with a colon and names its source without a verb
    of saying ("Translated from the channel of X:", "Зведення Генштабу:"); "X said:" only opens a quote."""
    return sentence.text.rstrip().endswith(":") and not _spans_in(
        context.attribution, sentence.start, sentence.end
    )


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
    cues = _spans_in(context.attribution, sentence.start, sentence.end)
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


# --------------------------------------------------------------------------- per sentence


def _sentence_drafts(
    context: _Context, sentence: Sentence, index: int, speaker: Source | None, previous: list[_Draft]
) -> list[_Draft]:
    text = context.text
    lang = context.lexicon.lang
    hits: list[tuple[str, Span]] = []
    for event_type, spans in context.events.items():
        for span in _merge_overlapping(_spans_in(spans, sentence.start, sentence.end)):
            hits.append((event_type, span))
    hits = _drop_superseded(hits)
    # A distance that only says where a place lies ("25 km north-east of A") is not a claimed figure.
    quantity_matches = [
        _shift_quantity(q, sentence.start) for q in find_quantities(sentence.text, lang) if not q.locates
    ]
    for match in quantity_matches:
        if match.name in QUANTITY_EVENTS:
            hits.append((QUANTITY_EVENTS[match.name], (match.start, match.end)))
    comparisons = _comparisons(context, sentence)
    if not hits:
        _attach_comparisons([], previous, comparisons, context, sentence)
        return []

    clauses = clause_spans(sentence)
    source = speaker or context.outlet
    sentence_mentions = [
        m
        for m in context.mentions
        if sentence.start <= m.start
        and m.end <= sentence.end
        # The country is a place only where a type allows it ("missiles hit cities across
        # Ukraine"), never as a speaker ("according to Ukraine's air force").
        and (m.precision != "country" or not _after_attribution(context, m))
        and not any(s <= m.start < e for s, e, _ in comparisons)
        and not any(
            sp.start <= m.start < sp.end
            # Only the one who speaks has a seat ("the ministry in Kyiv said"; "the governor of
            # A, B, said" names one speaker twice); "a flag over the city council in A" is in A.
            or (
                speaker is not None
                and sp.source.kind == speaker.kind
                and _seat_of(text, sp, m, context.lexicon.seat_gap)
            )
            for sp in context.speakers
        )
        # Not places of the happening: rivers and banks ("am Ostufer des Oskil").
        and not _before_matches(context, context.lexicon.not_place_before, m)
        and not (m.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES)
        and not _is_dateline(text, sentence, m)
    ]
    party_side = _party_side(context, sentence)
    has_figure = any(
        QUANTITY_EVENTS.get(q.name) in ("area_claim", "settlement_count") for q in quantity_matches
    )
    times = _times(context, sentence)
    directions = _directions(context, sentence)
    sides = [s for s in context.sides if sentence.start <= s[0] and s[1] <= sentence.end]
    other_quantities = {q.name: q.quantity for q in quantity_matches if q.name not in QUANTITY_EVENTS}

    drafts: list[_Draft] = []
    purposes = _spans_in(context.purpose, sentence.start, sentence.end)
    for event_type, trigger in hits:
        rule = TYPE_RULES[event_type]
        aims = [
            p for p in purposes for c in clauses if c[0] <= p[0] < trigger[0] and c[0] <= trigger[0] < c[1]
        ]
        planned = bool(aims)
        if planned and event_type not in PLANNED_BY_PURPOSE:
            continue  # "..., um den Vormarsch zu stoppen": the aim of an act, not a claim
        trigger_clauses = [c for c in clauses if c[0] < trigger[1] and trigger[0] < c[1]] or [
            (sentence.start, sentence.end)
        ]
        competing = [
            span
            for other, span in hits
            if other != event_type and span != trigger and TYPE_RULES[other].owns_places
        ]
        sharing = [span for other, span in hits if TYPE_RULES[other].shares_places]
        at_places, to_places, borrowed = _places_for(
            context,
            rule,
            trigger,
            trigger_clauses,
            clauses,
            # A planned reinforcement is at the front its aim names, not where the forces come from
            # ("pulled back from A and B to strengthen the Donetsk front").
            [m for m in sentence_mentions if m.start >= aims[-1][1]] if planned else sentence_mentions,
            competing,
            sharing,
        )
        if (at_places or to_places) and _anaphor_is_nearer(
            context, trigger, trigger_clauses, at_places + to_places
        ):
            # "took A, B and C and encircled the town": "the town" is the place of the encirclement.
            at_places, to_places = [], []
        if (
            event_type == "control_change"
            and has_figure
            and (borrowed or not any(m.precision == "settlement" for m in at_places))
        ):
            continue  # "1000 km² liberated": the verb belongs to the area claim
        quantities = dict(other_quantities)
        if event_type in QUANTITY_EVENTS.values():
            own = [q for q in quantity_matches if (q.start, q.end) == trigger]
            if own:
                quantities[own[0].name] = own[0].quantity
        side = _actor_side(context, event_type, rule, trigger, trigger_clauses, sentence, sides, source)
        # "A is held by the Wagner group, which Kyiv denies": a denial in a clause after the
        # trigger's answers the claim as made; both go out (the claim, and its negation by the denier).
        reply = _trailing_denial(context, sentence, trigger_clauses)
        cues = context.modality
        if reply is not None:
            cues = replace(cues, denial=[d for d in cues.denial if d[0] < reply[0] or d[0] >= reply[1]])
        modality = decide_modality(
            cues,
            (sentence.start, sentence.end),
            (trigger_clauses[0][0], trigger_clauses[-1][1]),
            trigger,
            context.tokens,
            context.lexicon,
            foreign_clauses=[
                c
                for c in _coordinated_parts(context, clauses)
                if not (c[0] < trigger[1] and trigger[0] < c[1])
                and any(c[0] <= o[0] < c[1] for _, o in hits if o != trigger)
            ],
            other_triggers=[o for _, o in hits if o != trigger],
            speech_cues=_coordinated_speech(context, sentence),
            hedge_clauses=_hedge_parts(context, clauses, trigger, [o for _, o in hits]),
            later_conjunct=_later_conjunct(context, sentence, trigger, [o for _, o in hits]),
        )
        if modality in ("asserted", "hedged") and _QUESTION_END.search(sentence.text):
            modality = "predicted"  # "Izyum next??", "Далі — Старомлинівка?" (gold/README.md)
        if planned and modality in ("asserted", "hedged"):
            modality = "predicted"  # "pulled back from A in order to strengthen the Donetsk front"
        if (
            event_type == "advance"
            and modality in ("asserted", "hedged")
            and _failed_attempt(context, trigger, sentence)
        ):
            modality = "negated"  # "attempts to break through near A were repelled"
        if modality == "negated" and source.side in SIDES and _denies_own_act(context, trigger):
            side = source.side  # "Russia's defence ministry denied striking the theatre"
        evidence_kind = _evidence_kind(context, event_type, sentence, source)
        when = _nearest_time(times, trigger, trigger_clauses)
        direction = directions if rule.movement else []
        place_choices: list[PlaceMention | None] = list(at_places) if at_places else [None]
        if rule.one_claim:
            place_choices = place_choices[:1]
        for place in place_choices:
            drafts.append(
                _Draft(
                    event_type=event_type,
                    trigger=trigger,
                    sentence_index=index,
                    place=place,
                    places_to=list(to_places),
                    actor_side=side,
                    source=source,
                    modality=modality,
                    evidence_kind=evidence_kind,
                    evidence=(sentence.start, sentence.end),
                    when=when,
                    quantities=quantities,
                    direction=list(direction),
                    trigger_text=text[trigger[0] : trigger[1]],
                    meta={"party_side": party_side} if party_side else {},
                )
            )
            if reply is not None:
                drafts[-1].meta["denied_by"] = reply
    drafts = _fold_troop_figures(context, drafts, clauses, previous, sentence)
    _continue_previous(drafts, previous, context, sentence)
    drafts += _resolve_anaphora(drafts, context, sentence)
    _continue_local_place(drafts, previous, context, sentence)
    _settle_landmarks(context, drafts)
    for draft in drafts:
        # Who lost a place told as lost or fallen: the subject of the trigger's own clause ("Kyiv denied
        # that A had fallen"), or for "lost" the source speaking of its own ("A would be lost", a
        # blogger warned); a side of another clause is the winner ("If the Russians reach B, A is lost").
        named_in_clause = draft.actor_side is not None and _side_in_clause(context, draft)
        from_other_clause = draft.actor_side is not None and not named_in_clause
        side_from_fallback = draft.actor_side is None
        if draft.actor_side is None:
            draft.actor_side = _fallback_side(context, draft)
        draft.meta.pop("party_side", None)
        # "Ukraine's military denied that A had fallen": a party denying a fall denies its own loss.
        denied_own_fall = (
            side_from_fallback
            and draft.modality == "negated"
            and draft.actor_side is not None
            and draft.actor_side == draft.source.side
        )
        if draft.event_type == "control_change" and (
            (_reports_loss(context, draft.trigger) and not from_other_clause)
            or ((named_in_clause or denied_own_fall) and _reports_fall(context, draft.trigger))
        ):
            # "Lyman would be lost", "Werbiwka sei gefallen", "наши оставили Изюм": the side found
            # (the subject, or the source speaking of its own) is the one that lost the place.
            draft.actor_side = OTHER_SIDE.get(draft.actor_side or "")
            draft.meta["loss"] = True
    for draft in drafts:
        if draft.event_type == "encirclement" and draft.actor_side is None:
            _encircler_from_context(context, draft, drafts)
    drafts = _hub_role(context, sentence, drafts, sentence_mentions)
    for draft in drafts:
        if draft.event_type == "evacuation" and draft.place is None:
            _evacuation_by_town_authority(context, sentence, draft)
        if draft.event_type == "supply_line":
            _fire_controller(context, sentence, draft)
    drafts = _listed_in_sentence(context, sentence, drafts, sentence_mentions, clauses)
    drafts = _drop_subsumed(_civilian_flight(context, drafts))
    drafts += _denials_in_reply(context, sentence, drafts)
    _attach_comparisons(drafts, previous, comparisons, context, sentence)
    return _dedupe(drafts, context.text)


#: Types that a type of the same sentence already covers: partisans blowing up a railway line or a
#: bridge is a partisan attack, not also a demolition by a side (gold/README.md; the act's purpose
#: is sabotage of the occupier, not a side destroying its own or the other's infrastructure).
#: Event types whose stated aim is itself a claim: forces moved "in order to strengthen the Donetsk
#: front" / "um die Kräfte in Richtung Donezk zu verstärken" announce a reinforcement there
#: (predicted); other aims ("um den Vormarsch zu stoppen") are no claims.
PLANNED_BY_PURPOSE: frozenset[str] = frozenset({"reinforcement"})

SUBSUMED_TYPES: dict[str, str] = {"demolition": "partisan_attack"}


#: Characters before a withdrawal word searched for the civilians who are its subject.
CIVILIAN_SUBJECT_LOOKBACK = 60


def _civilian_flight(context: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """ "Tausende Menschen flohen aus A", "residents fled A": civilians leaving is an evacuation with
    no organiser named, not a withdrawal of a force (optional claims.yaml key ``civilian_subjects``);
    without a place it is background ("families who fled in spring want to return") and is dropped.
    A side word or a verb of saying between the civilians and the verb makes them bystanders
    ("residents said Russian soldiers fled")."""
    pattern = _extra_regex(context.lexicon, "civilian_subjects")
    if pattern is None:
        return drafts
    kept: list[_Draft] = []
    for draft in drafts:
        if draft.event_type == "withdrawal":
            start = max(0, draft.trigger[0] - CIVILIAN_SUBJECT_LOOKBACK)
            subjects = list(pattern.finditer(context.text, start, draft.trigger[0]))
            if subjects:
                after = subjects[-1].end()
                between = _spans_in(context.attribution, after, draft.trigger[0]) + [
                    (s[0], s[1]) for s in context.sides if after <= s[0] and s[1] <= draft.trigger[0]
                ]
                if not between:
                    if draft.place is None:
                        continue
                    draft.event_type = "evacuation"
                    draft.actor_side = None
                    draft.places_to = []
                    draft.meta["civilian_flight"] = True
        kept.append(draft)
    return kept


def _drop_subsumed(drafts: list[_Draft]) -> list[_Draft]:
    """Drafts without those whose type another draft of the sentence subsumes (``SUBSUMED_TYPES``)."""
    present = {draft.event_type for draft in drafts}
    return [d for d in drafts if SUBSUMED_TYPES.get(d.event_type) not in present]


#: Events that move a force: a troop figure in their clause is the size of what moved.
MOVING_FORCE_TYPES = frozenset({"advance", "withdrawal", "reinforcement"})


def _fold_troop_figures(
    context: _Context, drafts: list[_Draft], clauses: list[Span], previous: list[_Draft], sentence: Sentence
) -> list[_Draft]:
    """A troop figure that belongs to another event of its clause is no force estimate of its own.

    "about 30,000 troops had been moved across the river": the figure is the size of the
    withdrawal, so it goes onto that claim. "up to 5,000 soldiers were in the pocket": the figure
    estimates the forces in an encirclement reported before; "the pocket" is where they are, not
    a new encirclement, and the place is that of the encirclement in the sentence before.
    An estimate with a place of its own ("up to 10,000 troops around A") stays as it is.
    """
    estimates = [d for d in drafts if d.event_type == "force_estimate" and d.place is None]
    if not estimates:
        return drafts
    dropped: list[_Draft] = []

    def clause_of(span: Span) -> Span | None:
        return next((c for c in clauses if c[0] <= span[0] < c[1]), None)

    for estimate in estimates:
        clause = clause_of(estimate.trigger)
        same_clause = [d for d in drafts if d is not estimate and clause_of(d.trigger) == clause]
        movers = [d for d in same_clause if d.event_type in MOVING_FORCE_TYPES]
        if not movers and not any(d.event_type == "encirclement" for d in same_clause):
            # "завершили отход с правого берега: на левый берег переправлено более 30 тысяч": a
            # placeless figure in a sentence that reports a move is the size of what moved.
            movers = [d for d in drafts if d.event_type in MOVING_FORCE_TYPES]
        if movers:
            for mover in movers:
                for name, quantity in estimate.quantities.items():
                    mover.quantities.setdefault(name, quantity)
            dropped.append(estimate)
            continue
        encirclements = [d for d in same_clause if d.event_type == "encirclement"]
        if clause is None or not any(
            _patient_state(context, d.trigger) or _is_passive(context, d.trigger, clause[0], clause[1])
            for d in encirclements
        ):
            continue  # "encircled up to 3,000 soldiers near A": an act, reported as such
        pockets = encirclements
        dropped.extend(pockets)
        earlier = [
            p
            for p in previous
            if p.event_type == "encirclement"
            and p.place is not None
            and context.sentences[p.sentence_index].paragraph == sentence.paragraph
        ]
        if earlier:
            estimate.place = earlier[-1].place
    return [d for d in drafts if not any(d is x for x in dropped)]


# Where a list of examples may start inside a sentence: after a comma, a dash, a colon or a bracket.
_LIST_MARKER_BEFORE = re.compile(r"[,;:(–—]\s*")


#: A denial this close before a trigger governs it directly ("denied striking", "bestritt einen
#: Angriff", "заперечили обстріл"): the act denied is the denier's own.
DENIED_ACT_GAP = 12


def _trailing_denial(context: _Context, sentence: Sentence, trigger_clauses: list[Span]) -> Span | None:
    """The clause after the trigger's clauses that holds a denial ("..., хотя украинская сторона
    это отрицает", "..., was Kiew bestreitet", "..., which Moscow denied"), if any."""
    end = trigger_clauses[-1][1]
    for start, stop in clause_spans(sentence):
        if start < end:
            continue
        if not _spans_in(context.modality.denial, start, stop):
            continue
        # Only a clause that names who denies is a reply ("..., успіху не мали": no denier, the
        # attempt simply failed, and the denial holds for the whole sentence).
        if any(start <= m.start and m.end <= stop for m in context.speakers) or any(
            start <= x[0] and x[1] <= stop and x[2] in SIDES for x in context.sides
        ):
            text = context.text[start:stop]
            return (start + len(text) - len(text.lstrip()), stop)
    return None


def _denials_in_reply(context: _Context, sentence: Sentence, drafts: list[_Draft]) -> list[_Draft]:
    """The negations that a trailing denial clause makes of the claims before it, with the denier as
    source: the speaker named in that clause, else the side named there ("украинская сторона")."""
    denied: list[_Draft] = []
    for draft in drafts:
        reply = draft.meta.pop("denied_by", None)
        if not isinstance(reply, tuple) or draft.modality not in ("asserted", "hedged"):
            continue
        start, end = reply
        named = [m for m in context.speakers if start <= m.start and m.end <= end]
        sides = [x for x in context.sides if start <= x[0] and x[1] <= end and x[2] in SIDES]
        if named:
            denier = named[0].source
        elif sides:
            denier = Source(context.text[sides[0][0] : sides[0][1]], SIDE_ATTRIBUTION_KIND, sides[0][2])
        else:
            continue  # "..., which was denied": nobody to attribute the denial to
        if (draft.source.name, draft.source.kind) == (denier.name, denier.kind):
            # The denier was taken for the speaker of the whole sentence; the claim itself is
            # the outlet's report ("Russische Truppen haben A eingenommen, was Kiew bestreitet").
            draft.source = context.outlet
            draft.evidence_kind = _evidence_kind(context, draft.event_type, sentence, context.outlet)
        elif denier.side is not None and denier.side == draft.source.side:
            continue
        denied.append(
            replace(
                draft,
                modality="negated",
                source=denier,
                evidence=(start, end),
                evidence_kind=_evidence_kind(context, draft.event_type, sentence, denier),
                quantities=dict(draft.quantities),
                meta={**draft.meta, "denied_in_clause": context.text[start:end]},
            )
        )
    return denied


# Punctuation after which a verb of saying opens a new part of the sentence ("опровергла заявление:
# по её словам, ...").
_CLAUSE_OPENERS = frozenset(",;:–—")


def _coordinated_speech(context: _Context, sentence: Sentence) -> list[Span]:
    """Verbs of saying that open a new part of the sentence, after a coordinating conjunction ("...
    and claimed that", "... und behauptete") or a clause break ("опровергла заявление: по её
    словам, ..."): a denial before them does not reach past them (``modality.py``)."""
    pattern = _extra_regex(context.lexicon, "coordination")
    if pattern is None:
        return []
    found: list[Span] = []
    for start, end in sorted(
        _spans_in(context.attribution, sentence.start, sentence.end)
        + _spans_in(context.pronoun_speaker, sentence.start, sentence.end)
    ):
        # The pattern may look ahead at the verb itself ("and claimed"): search up to the cue's end.
        window = pattern.finditer(context.text, max(sentence.start, start - 12), end)
        opens_clause = context.text[sentence.start : start].rstrip()[-1:] in _CLAUSE_OPENERS
        if opens_clause or any(m.end() == start for m in window):
            found.append((start, end))
    return found


def _denies_own_act(context: _Context, trigger: Span) -> bool:
    """The trigger is the object of a denial right before it, with at most an article between."""
    return any(
        end <= trigger[0]
        and trigger[0] - end <= DENIED_ACT_GAP
        and _NO_CLAUSE_BREAK.fullmatch(context.text[end : trigger[0]]) is not None
        and len(context.text[end : trigger[0]].split()) <= 1
        for _, end in context.modality.denial
    )


def _listed_in_sentence(
    context: _Context,
    sentence: Sentence,
    drafts: list[_Draft],
    mentions: list[PlaceMention],
    clauses: list[Span],
) -> list[_Draft]:
    """ "... 29 Ortschaften befreit, darunter A und B", "retook more than 40 settlements, among them
    A", "struck several towns, including A and B": each place listed after the marker (the words of
    claims.yaml ``list_continuation``, here inside the sentence) is a claim of the event before the
    marker; a count of settlements or an area lists places that changed hands (``control_change``).
    The list ends at a clause with an event word of its own. A claim before the marker whose only
    place is a reference point ("territory east of Kharkiv, including the town of Kupiansk") gives
    way to the listed places."""
    pattern = context.lexicon.list_continuation
    if pattern is None or not drafts:
        return drafts
    marker: int | None = None
    for match in _LIST_MARKER_BEFORE.finditer(sentence.text):
        if pattern.match(sentence.text[match.end() :]) is not None:
            marker = sentence.start + match.end()
            break
    if marker is None:
        return drafts
    # The listed event stands in the part of the sentence the list hangs on ("... warned that its
    # destruction would flood dozens of villages, including A": not the "mining" before "and warned").
    part = next((p for p in _coordinated_parts(context, clauses) if p[0] < marker <= p[1] + 2), None)
    models = [d for d in drafts if d.trigger[1] <= marker and (part is None or d.trigger[0] >= part[0])]
    if not models:
        return drafts
    model = max(models, key=lambda d: d.trigger[1])  # the event right before the list
    own_events = [d.trigger for d in drafts if d.trigger[0] >= marker]
    listed: list[PlaceMention] = []
    for mention in mentions:
        if mention.start < marker or mention.precision in CONTAINER_PRECISIONS:
            continue
        clause = next((c for c in clauses if c[0] <= mention.start < c[1]), None)
        if clause is not None and any(clause[0] <= t[0] < clause[1] for t in own_events):
            break  # "..., among them A, where soldiers raised the flag": a new event, the list is over
        listed.append(mention)
    if not listed:
        return drafts
    event_type = model.event_type
    if event_type in ("settlement_count", "area_claim"):
        # Only a count of places that were taken lists places that changed hands ("would flood
        # dozens of villages, including ..." lists no gains).
        taken = _spans_in(context.events.get("control_change", []), sentence.start, marker)
        if not taken:
            return drafts
        event_type = "control_change"
    added = [
        replace(
            model,
            event_type=event_type,
            place=mention,
            places_to=[],
            quantities={} if event_type != model.event_type else dict(model.quantities),
            meta={**model.meta, "listed_after": model.trigger_text},
        )
        for mention in listed
    ]
    kept = [
        d
        for d in drafts
        if not (
            d.event_type == event_type
            and d.trigger == model.trigger
            and d.place is not None
            and d.place not in listed
            and _is_secondary(context, d.place, sentence.start)
        )
    ]
    return kept + added


def _coordinated_parts(context: _Context, clauses: list[Span]) -> list[Span]:
    """The clauses, each further split at a coordinating conjunction (optional claims.yaml key
    ``coordination``, a regex such as ``\\s+(?:and|und)\\s+``): "likely captured A and are
    advancing toward B" -- the hedge of the first part is not the second part's."""
    pattern = _extra_regex(context.lexicon, "coordination")
    if pattern is None:
        return clauses
    parts: list[Span] = []
    for start, end in clauses:
        for match in pattern.finditer(context.text, start, end):
            parts.append((start, match.start()))
            start = match.end()
        parts.append((start, end))
    return parts


def _hedge_parts(context: _Context, clauses: list[Span], trigger: Span, triggers: list[Span]) -> list[Span]:
    """The parts of the sentence (``_coordinated_parts``) that carry a claim other than the one at
    ``trigger``, a part without any event word after the first one joined to the part after it: a
    hedge set off by commas ("..., where the enemy, probably, advanced", "... и, предположительно,
    уже заходит в B") qualifies what follows it, not the claim before it."""
    parts = _coordinated_parts(context, clauses)
    merged: list[Span] = []
    pending: int | None = None  # start of a run of event-less parts waiting for the next part
    for index, (start, end) in enumerate(parts):
        has_event = any(start <= t[0] < end for t in triggers)
        if not has_event and 0 < index < len(parts) - 1:
            pending = start if pending is None else pending
            continue
        merged.append((start if pending is None else pending, end))
        pending = None
    return [
        part
        for part in merged
        if not (part[0] < trigger[1] and trigger[0] < part[1])
        and any(part[0] <= t[0] < part[1] for t in triggers if t != trigger)
    ]


def _later_conjunct(
    context: _Context, sentence: Sentence, trigger: Span, triggers: list[Span]
) -> Span | None:
    """The rest of the sentence after the first coordinating conjunction (claims.yaml key
    ``coordination``) behind the trigger that is followed by another event word: "Лиман в
    полуокружении, и если противник выйдет к B, то ...": the condition is the second part's."""
    pattern = _extra_regex(context.lexicon, "coordination")
    if pattern is None:
        return None
    for match in pattern.finditer(context.text, trigger[1], sentence.end):
        if any(t[0] >= match.end() for t in triggers if t != trigger):
            return (match.end(), sentence.end)
    return None


def _drop_superseded(hits: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    def beaten(etype: str, span: Span) -> bool:
        return etype in EXCLUSIVE_TYPES and any(
            other in EXCLUSIVE_TYPES
            and other != etype
            and o[0] < span[1]
            and span[0] < o[1]
            and (o[1] - o[0], other) > (span[1] - span[0], etype)
            for other, o in hits
        )

    return [(etype, span) for etype, span in hits if not beaten(etype, span)]


def _merge_overlapping(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _shift_quantity(match: QuantityMatch, offset: int) -> QuantityMatch:
    return replace(match, start=match.start + offset, end=match.end + offset)


# --------------------------------------------------------------------------- places


def _after_attribution(context: _Context, mention: PlaceMention) -> bool:
    """The name right after an attribution cue ("according to Ukraine's", "по данным Украины")."""
    return any(
        end <= mention.start and _CAPITAL_AFTER_CUE.fullmatch(context.text[end : mention.start]) is not None
        for _, end in _spans_in(context.attribution, max(0, mention.start - 40), mention.start)
    )


def _is_dateline(text: str, sentence: Sentence, mention: PlaceMention) -> bool:
    """ "Kiew (dpa) –", "KYIV, Sept 10 (Reuters) -", "Charkiw/Kiew –", "KYIV –": where the story was
    filed, not where it happened. A name at the start of the sentence followed by a dash counts only
    with a sign of a dateline (an agency in brackets, a second city after a slash, capitals), so that
    an apposition ("Lyman – the Donetsk town – is ...") stays a place."""
    before = text[sentence.start : mention.start]
    if before.strip():
        # The second city of "Charkiw/Kiew –".
        return _DATELINE_FIRST_CITY.fullmatch(before) is not None and _dateline_follows(text, mention)
    if _DATELINE_AFTER.match(text, mention.end) is not None:
        return True
    if _DATELINE_SLASH.match(text, mention.end) is not None:
        return True
    return mention.text.isupper() and len(mention.text) > 2 and _dateline_follows(text, mention)


def _dateline_follows(text: str, mention: PlaceMention) -> bool:
    return _DATELINE_DASH.match(text, mention.end) is not None


def _is_seat_of_government(context: _Context, mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """ "nach Angaben Kiews", "Kyiv said", "Moskau bestritt": a capital stands for its government.

    A capital counts as a place of the happening only after a locative word (optional claims.yaml
    key ``locative_before``, e.g. "in|bei|near|в|у") or inside a list of places ("Raketen auf
    Kiew und Charkiw"); otherwise it is used only when the clause has no other place.
    """
    if mention.place_id not in CAPITAL_IDS:
        return False
    locative = _extra_regex(context.lexicon, "locative_before")
    if locative is not None and locative.search(
        context.text[max(0, mention.start - TO_LOOKBACK) : mention.start]
    ):
        return False
    for other in mentions:
        if other is mention:
            continue
        gap = (
            context.text[other.end : mention.start]
            if other.end <= mention.start
            else context.text[mention.end : other.start]
        )
        if _ENUMERATION_GAP.fullmatch(gap) is not None:
            return False
    return True


def _in_span(mention: PlaceMention, span: Span) -> bool:
    return span[0] <= mention.start and mention.end <= span[1]


def _regions(candidates: list[PlaceMention]) -> list[PlaceMention]:
    """The oblasts and raions among the candidates: the place an area or settlement figure is for."""
    return [m for m in candidates if m.precision in REGION_PRECISIONS]


def _is_objective(context: _Context, mention: PlaceMention, clause_start: int) -> bool:
    pattern = context.lexicon.to_before
    if pattern is None:
        return False
    before = context.text[max(clause_start, mention.start - TO_LOOKBACK) : mention.start]
    return pattern.search(before) is not None


def _distance(mention: PlaceMention, span: Span) -> int:
    if span[0] <= mention.start and mention.end <= span[1]:
        return 0
    return min(abs(mention.start - span[1]), abs(span[0] - mention.end))


def _before_matches(context: _Context, pattern: re.Pattern[str] | None, mention: PlaceMention) -> bool:
    if pattern is None:
        return False
    return pattern.search(context.text[max(0, mention.start - TO_LOOKBACK) : mention.start]) is not None


def _is_region_named(context: _Context, mention: PlaceMention) -> bool:
    """ "im Gebiet Charkiw", "in the Kharkiv oblast": a region whatever the resolver made of it."""
    if mention.precision in REGION_PRECISIONS:
        return False
    lexicon = context.lexicon
    after = context.text[mention.end : mention.end + 12]
    # The region word may be part of the mention itself ("покровському напрямку" resolved as one name).
    _, _, inner = mention.text.partition(" ")
    return _before_matches(context, lexicon.region_before, mention) or (
        lexicon.region_after is not None
        and any(lexicon.region_after.match(tail) is not None for tail in (after, " " + inner))
    )


def _is_secondary(context: _Context, mention: PlaceMention, clause_start: int) -> bool:
    """A reference point or a transit place ("north of X", "via X"): used only when nothing else is."""
    pattern = context.lexicon.secondary_before
    if pattern is None:
        return False
    before = context.text[max(clause_start, mention.start - TO_LOOKBACK) : mention.start]
    return pattern.search(before) is not None


def _is_reference_point(context: _Context, mention: PlaceMention, settlements: list[PlaceMention]) -> bool:
    """ "das Dorf A bei B", "A near B", "А під Б": right after a named place, a "near" word makes
    the next name a reference point (optional claims.yaml key ``near_between``: a regex matching
    the whole gap between the two names, e.g. ``\\s+(?:bei|nahe)\\s+``)."""
    near = _extra_regex(context.lexicon, "near_between")
    if near is None:
        return False
    return any(
        other.end <= mention.start and near.fullmatch(context.text[other.end : mention.start]) is not None
        for other in settlements
    )


def _with_enumeration(
    context: _Context, chosen: list[PlaceMention], mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """Add places listed right after chosen ones ("Kupjansk, Isjum und Welykyj Burluk").

    Commas split clauses, but not enumerations of place names.
    """
    if not chosen:
        return chosen
    result = list(chosen)
    # Backwards too: "die Dörfer A, B und C eingenommen" puts A in the clause before the comma.
    for mention in reversed(mentions):
        if mention in result or mention.end > result[0].start:
            continue
        if _LIST_COMMA.fullmatch(context.text[mention.end : result[0].start]) is None:
            break
        result.insert(0, mention)
    for mention in mentions:
        if mention in result or mention.start < result[-1].end:
            continue
        gap = context.text[result[-1].end : mention.start]
        if _ENUMERATION_GAP.fullmatch(gap) is None:
            break
        result.append(mention)
    return result


def _route_ends(context: _Context, settlements: list[PlaceMention]) -> list[PlaceMention]:
    """Places named as the ends of a road or line (optional claims.yaml keys ``route_before``, a
    road word with its preposition before the first end, and ``route_joint``, the word between the
    two ends): "the road from A to B", "дорога между A и B"."""
    before = _extra_regex(context.lexicon, "route_before")
    if before is None:
        return []
    joint = _extra_regex(context.lexicon, "route_joint")
    ends: list[PlaceMention] = []
    for m in settlements:
        window = context.text[max(0, m.start - TO_LOOKBACK) : m.start]
        # The first end follows the road word; the second follows the first ("from A to B").
        if before.search(window) is not None or (
            ends
            and ends[-1].end <= m.start
            and joint is not None
            and joint.fullmatch(context.text, ends[-1].end, m.start) is not None
        ):
            ends.append(m)
    return ends


def _governs(context: _Context, trigger: Span, mention: PlaceMention) -> bool:
    """A place inside a trigger's words ("rücken ... auf Kupjansk vor") or right after a trigger noun
    ("die Rückeroberung von Swjatohirsk") belongs to that trigger."""
    if trigger[0] <= mention.start and mention.end <= trigger[1]:
        return True
    gap = context.text[trigger[1] : mention.start]
    return 0 <= mention.start - trigger[1] <= GOVERNED_GAP and not any(ch in gap for ch in ",;:()")


def _anaphors(context: _Context, start: int, end: int) -> list[Span]:
    """ "the town", "die Stadt", "місто" between ``start`` and ``end`` that do not name the place
    themselves ("the town of Izium", "die Stadt Kupjansk")."""
    pattern = context.lexicon.anaphora
    if pattern is None:
        return []
    found: list[Span] = []
    for match in pattern.finditer(context.text, start, end):
        word_start = match.start() + len(match.group()) - len(match.group().lstrip())
        if any(0 <= m.start - match.end() <= ANAPHOR_NAME_GAP for m in context.mentions):
            continue
        found.append((word_start, match.end()))
    return found


def _anaphor_is_nearer(
    context: _Context, trigger: Span, clauses: list[Span], places: list[PlaceMention]
) -> bool:
    """An unnamed "the town" in the trigger's clause stands closer to the trigger than any named place."""
    # "in front of the city council building in Kupiansk": a place named right after "the city"
    # in the same clause is what the clause is about.
    anaphors = [
        a
        for c in clauses
        for a in _anaphors(context, c[0], c[1])
        if not any(
            a[1] <= m.start <= a[1] + ANAPHOR_FOLLOW
            and _NO_CLAUSE_BREAK.fullmatch(context.text[a[1] : m.start])
            for m in context.mentions
        )
    ]
    if not anaphors:
        return False

    def gap(span: Span) -> int:
        if span[1] <= trigger[0]:
            return trigger[0] - span[1]
        return max(0, span[0] - trigger[1])

    nearest_anaphor = min(gap(a) for a in anaphors)
    return all(gap((m.start, m.end)) > nearest_anaphor for m in places)


def _has_anaphor(context: _Context, spans: list[Span]) -> bool:
    """ "Sollte die Stadt fallen, wäre ... Isjum": the clause names its place by "the town"; it must
    not borrow the place of the clause after it (``_resolve_anaphora`` links it to the town named
    before)."""
    pattern = context.lexicon.anaphora
    if pattern is None:
        return False
    return any(pattern.search(context.text, start, end) is not None for start, end in spans)


def _places_for(
    context: _Context,
    rule: TypeRule,
    trigger: Span,
    trigger_clauses: list[Span],
    clauses: list[Span],
    mentions: list[PlaceMention],
    competing: list[Span],
    sharing: tuple[Span, ...] | list[Span] = (),
) -> tuple[list[PlaceMention], list[PlaceMention], bool]:
    """(places where it happens, objectives, whether they were borrowed from another clause).

    Within a clause with several triggers ("after the recapture of A, troops advance toward B")
    a place right after one trigger belongs to that trigger only -- unless that trigger only
    describes the place (``sharing``: "encircled the Russian-held town of A").
    """
    borrowed = False
    # "Im Osten der Ukraine", "Ukraine's forces": the country is no place of most happenings.
    mentions = [
        m for m in mentions if m.precision != "country" or (rule.country_place and m.start >= trigger[1])
    ]
    in_clause = _with_enumeration(
        context, [m for m in mentions if any(_in_span(m, c) for c in trigger_clauses)], mentions
    )
    owners = [o for o in competing if o not in sharing]
    if in_clause and competing:
        own = [
            m
            for m in in_clause
            if _distance(m, trigger) == 0 or not any(_governs(context, o, m) for o in owners)
        ]
        # A trigger left with no place of its own shares the governed one ("из-за угрозы окружения
        # войска выведены из A": the threat is A's too).
        in_clause = own or in_clause
    # "Die Einnahme von A würde den Weg nach B öffnen", "падіння A створює загрозу для B": a place
    # the trigger governs is its place; the others of the clause are what that place leads to.
    # Not for moves between places ("reserves from A to B") nor holdings ("holds A and parts of B").
    governed = [m for m in in_clause if m.start >= trigger[1] and _governs(context, trigger, m)]
    if governed and not (rule.destination_place or rule.origin_place or rule.shares_places):
        own_list = [governed[0]]
        for m in in_clause:
            # "beschossen das Kraftwerk A und die Brücke B": a list may repeat the article.
            gap_start = own_list[-1].end
            if m.start >= gap_start and _GOVERNED_LIST_GAP.fullmatch(context.text, gap_start, m.start):
                own_list.append(m)
        in_clause = _with_enumeration(context, own_list, in_clause)
    if not in_clause and mentions and not _has_anaphor(context, trigger_clauses):
        # A relative clause ("..., die von den Ukrainern befreit wurde") speaks of the place
        # named in the nearest clause before it.
        before = [c for c in clauses if c[1] <= trigger[0] and any(_in_span(m, c) for m in mentions)]
        # Prefer a settlement to the region that only locates it ("near A, in Kharkiv oblast, which ...").
        with_settlement = [
            c
            for c in before
            if any(
                _in_span(m, c)
                and m.precision not in REGION_PRECISIONS
                and not _is_region_named(context, m)
                # "A, north of B, which was retaken": B is only a reference point.
                and not _is_secondary(context, m, c[0])
                for m in mentions
            )
        ]
        antecedent = (with_settlement or before)[-1:]
        # Failing that, the clause right after, when no trigger of its own claims it
        # ("... über die Umgruppierung der Truppen, die bei A und B stehen").
        following = [c for c in clauses if c[0] >= trigger[1]][:1]
        # A label heading the sentence ("Geolocated video: soldiers raise the flag in A") names
        # what the rest shows: it takes the place of what follows even when that is another claim.
        label = (
            trigger_clauses == clauses[:1]
            and context.text[clauses[0][1] : clauses[0][1] + 1] == ":"
            and len(context.text[clauses[0][0] : clauses[0][1]].split()) <= LABEL_WORDS
        )
        if (
            not antecedent
            and following
            and (label or not any(following[0][0] <= o[0] < following[0][1] for o in competing))
            and not _has_anaphor(context, trigger_clauses)
        ):
            antecedent = following
        if antecedent:
            # "A, B, C — наши!": the clause before is the end of a list the commas cut up.
            in_antecedent = [m for m in mentions if _in_span(m, antecedent[0])]
            in_clause = _with_enumeration(context, in_antecedent, mentions)
            borrowed = True
    if rule.region_place:
        return _regions(in_clause or mentions)[:1], [], borrowed
    clause_start = trigger_clauses[0][0]
    # Regions (oblasts, raions, "Donbas") and names that a region word marks as a region even if
    # the resolver took them for a town ("der Gebiete Cherson und Saporischschja").
    containers: list[PlaceMention] = []
    for m in in_clause:
        listed = bool(containers) and (
            _ENUMERATION_GAP.fullmatch(context.text[containers[-1].end : m.start]) is not None
        )
        if (
            m.precision in CONTAINER_PRECISIONS
            or _is_region_named(context, m)
            or _is_seat_of_government(context, m, in_clause)
            or (listed and containers[-1].precision not in CONTAINER_PRECISIONS)
        ):
            containers.append(m)
    settlements = [m for m in in_clause if m not in containers]
    # Reference and transit places ("north of A", "via A", and the rest of their list).
    secondary: list[PlaceMention] = []
    for m in settlements:
        after_secondary = bool(secondary) and (
            _ENUMERATION_GAP.fullmatch(context.text[secondary[-1].end : m.start]) is not None
        )
        if (
            after_secondary
            or _is_secondary(context, m, clause_start)
            or _is_reference_point(context, m, settlements)
        ):
            secondary.append(m)
    primary = [m for m in settlements if m not in secondary]
    # A region only locates the settlements named with it ("auf die Stadt Lyman im Gebiet Donezk").
    picked = primary or settlements or containers
    # "Kiew kontrolliert den Kreis A": the capital is the government when another place is named.
    if len(picked) > 1 or (picked and picked is containers and len(in_clause) > 1):
        places_of_happening = [m for m in picked if not _is_seat_of_government(context, m, in_clause)]
        picked = places_of_happening or picked
    # "перерізали дорогу з A до B біля C", "cut the road between A and B at C": the ends of a road
    # only name it; where it is cut is the place (the ends stay the place when nothing else is named).
    ends = _route_ends(context, settlements)
    if ends and any(m in ends for m in picked):
        cut_points = [m for m in primary if m not in ends] or [m for m in secondary if m not in ends]
        if not cut_points:
            # "Біля C ЗСУ, ймовірно, вже перерізали дорогу з A до B": the cut point may head the
            # sentence in a clause of its own that no other event word claims.
            cut_points = [
                m
                for m in mentions
                if m not in in_clause
                and m.precision not in CONTAINER_PRECISIONS
                and not any(
                    c[0] <= m.start < c[1] and any(c[0] <= o[0] < c[1] for o in competing) for c in clauses
                )
            ][:1]
        picked = cut_points or picked
    to_places: list[PlaceMention] = []
    at_places = picked
    if rule.uses_places_to:
        to_places = [m for m in picked if _is_objective(context, m, clause_start)]
        # "toward Kreminna and Svatove": the places listed after an objective are objectives too.
        for previous_place, m in itertools.pairwise(picked):
            if (
                previous_place in to_places
                and m not in to_places
                and _ENUMERATION_GAP.fullmatch(context.text[previous_place.end : m.start]) is not None
            ):
                to_places.append(m)
        at_places = [m for m in picked if m not in to_places]
        if not at_places and to_places and secondary and picked is primary:
            # "прорватися до A з боку B": with the objective set apart, the side the force comes
            # from is where it is.
            at_places = [m for m in secondary if m not in to_places]
        if rule.destination_place and to_places:
            return to_places, [], borrowed
    if rule.origin_place:
        # "вивезли до Дніпра та Краматорська": every place of the destination list is a destination.
        destinations: list[PlaceMention] = []
        for m in picked:
            listed = bool(destinations) and (
                _ENUMERATION_GAP.fullmatch(context.text[destinations[-1].end : m.start]) is not None
            )
            if listed or _is_objective(context, m, clause_start):
                destinations.append(m)
        at_places = [m for m in picked if m not in destinations]
    return at_places, to_places, borrowed


# --------------------------------------------------------------------------- side


def _actor_side(
    context: _Context,
    event_type: str,
    rule: TypeRule,
    trigger: Span,
    trigger_clauses: list[Span],
    sentence: Sentence,
    sides: list[tuple[int, int, str]],
    source: Source,
) -> str | None:
    default_side = context.lexicon.default_speaker_side
    resolved = [
        (s, e, _resolve_own(side, _own_referent(context, sentence, s, source), context.outlet, default_side))
        for s, e, side in sides
    ]
    usable = [(s, e, side) for s, e, side in resolved if side in SIDES]
    if not usable:
        return None
    if rule.adjacent_side_only:
        # Only a side word right before the trigger describes the actor ("pro-Russian partisans",
        # "проросійські партизани"); one after it is what they hit ("підпалили склад окупантів").
        near = [x for x in usable if x[1] <= trigger[0] and trigger[0] - x[1] <= ADJACENT_SIDE_CHARS]
        return near[-1][2] if near else None
    clause_start = trigger_clauses[0][0]
    clause_end = trigger_clauses[-1][1]
    passive = _is_passive(context, trigger, clause_start, clause_end)
    in_clause = [x for x in usable if clause_start <= x[0] and x[1] <= clause_end]
    if passive:
        for start, end, side in in_clause:
            if _is_agent(context, start, end, clause_start):
                return side
            # "bei einem russischen Raketenangriff ... getötet worden": an adjective on the event
            # noun itself names who fired, whatever the voice of the clause.
            if rule.passive_names_nobody and end <= trigger[0] and not context.text[end : trigger[0]].strip():
                return side
        if rule.passive_names_nobody and in_clause:
            return None
    if event_type == "force_estimate":
        closest = min(usable, key=lambda x: min(abs(x[0] - trigger[1]), abs(trigger[0] - x[1])))
        if min(abs(closest[0] - trigger[1]), abs(trigger[0] - closest[1])) <= ADJACENT_SIDE_CHARS:
            return closest[2]
    inside = [x for x in in_clause if trigger[0] <= x[0] and x[1] <= trigger[1]]
    if not inside and not rule.patient_after:
        # "the withdrawal of its forces", "отвод своих войск": an own-forces word right after the
        # event noun names its actor, whatever stands before it as the subject of another verb.
        own_spans = {(s, e) for s, e, label in sides if label == "OWN"}
        inside = [
            x
            for x in in_clause
            if (x[0], x[1]) in own_spans
            and _owned_by_event(context, x, [trigger])
            and _possessed_by_noun(context, trigger, x[0])
        ][:1]
    # "Russian propagandists claim that Ukrainian troops have withdrawn": a verb of saying between
    # them makes the side words before it the speaker's; the reported clause has its own subject.
    said = [e for s, e in _spans_in(context.attribution, clause_start, trigger[0])]
    # "Ukraine retakes A as Russian troops retreat": a subordinate clause (optional claims.yaml key
    # ``subordinators``) has its own subject too.
    subordinator = _extra_regex(context.lexicon, "subordinators")
    cuts = said + (
        [m.end() for m in subordinator.finditer(context.text, clause_start, trigger[0])]
        if subordinator
        else []
    )
    reported = [x for x in in_clause if x[1] <= trigger[0] and (not cuts or x[0] >= max(cuts))]
    before_in_clause = _subject_candidates(
        context, trigger, reported or [x for x in in_clause if x[1] <= trigger[0]]
    )[:1]
    after_in_clause = [] if rule.subject_only else [x for x in in_clause if x[0] >= trigger[1]][:1]
    if rule.subject_only and len({x[2] for x in in_clause if x[1] <= trigger[0]}) > 1:
        return None  # "ukrainische und russische Truppen liefern sich Gefechte": both sides
    if rule.speaker_not_actor and said and not reported and not inside:
        # "Die ukrainische Armee meldete Gefechte bei A": the side word is who reports the event,
        # the event has no subject of its own (gold/README.md: fighting without a subject is null).
        return None
    if rule.shares_places and not inside:
        # "the Defence Forces struck the HQ in occupied Sevastopol": a holding that describes a place
        # names its holder by the word itself; the clause's subject acts in another event.
        described_by = _trigger_side(context, trigger)
        if described_by is not None:
            return described_by
    if inside or before_in_clause:
        start, _, side = (inside or before_in_clause)[0]
        if rule.invert_passive and _is_target(context, start):
            return OTHER_SIDE[side]  # "удари по противнику", "Beschuss auf russische Stellungen"
        # "Russian troops were encircled": in a passive clause without agent the side is the patient;
        # "den russischen Truppen droht die Einkesselung", "Soldaten im Kessel": so it is in a state.
        if rule.invert_passive and (passive or _patient_state(context, trigger)):
            return OTHER_SIDE[side]
        if (
            rule.patient_after
            and not inside
            and _oblique(context, start)
            and _after_head_noun(context, start)
        ):
            # "Угруповання окупантів ... оточене", "группировка ВСУ окружена": the side word only
            # qualifies the grouping that is encircled (uk/ru mark its case).
            return OTHER_SIDE[side]
        return side
    # "Відступаючи на лівий берег, окупанти підірвали міст": an adverbial participle shares the
    # subject of the clause it hangs on.
    if _is_gerund(context, trigger):
        following = [x for x in usable if x[0] >= clause_end and x[0] < sentence.end]
        if following:
            return following[0][2]
    # A trigger that names its side ("під окупацією", "liberated") beats a side word of an
    # earlier clause ("A, який залишався під окупацією": not the side of the main clause).
    own_side = _trigger_side(context, trigger)
    if own_side is not None:
        return own_side
    if rule.side_after_sentence and not after_in_clause:
        later = [x for x in usable if x[0] >= clause_end]
        if later:
            return later[0][2]
    # The subject of an earlier clause ("Sollten die Ukrainer ..., würden sie ..."). Not for a type
    # whose side is only its own clause's subject when that clause has a subject of its own or none
    # at all: "росіяни обстрілюють A, де тривають бої" (the event noun is the subject), "räumte ein,
    # dass in A gekämpft werde" (a passive) name nobody who fights (gold/README.md).
    own_subject = rule.subject_only and (passive or _nominative_noun(context, trigger))
    # "A fell, hours after Russia's defence ministry said it had withdrawn from B": a reported gain or
    # move with no side of its own ("its troops" is the speaker's own) is the speaker's, not that of
    # an earlier clause.
    if (
        rule.gain
        and said
        and not passive
        and source.side in SIDES
        and all(x[2] == source.side for x in after_in_clause)
        and any(
            clause_start <= m.start and m.end <= min(said) for m in context.speakers if m.source == source
        )
    ):
        return source.side
    before = [] if own_subject else [x for x in usable if x[1] <= trigger[0]][-1:]
    if before:
        return before[0][2]
    if after_in_clause:
        start, _, side = after_in_clause[0]
        if rule.invert_passive and _is_target(context, start, TARGET_HEAD_WORDS):
            return OTHER_SIDE[side]  # "нанесли удары по противнику": the side after is the target
        # "the threat of encirclement of the Russian group", "оточено групу російських військових"
        # (an agent was returned above): the side after the word is acted upon.
        return OTHER_SIDE[side] if rule.patient_after else side
    return None


def _subject_candidates(
    context: _Context, trigger: Span, candidates: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The side words before a trigger that can be its subject, in text order.

    Not a subject: a side word that belongs to an earlier event word ("Nach dem Vorstoß der
    ukrainischen Armee haben sich die russischen Truppen zurückgezogen", "after the withdrawal of
    Russian troops, ...") and, where the analyser marks case (uk, ru), one in an oblique case
    ("После отступления российских войск украинские подразделения вошли ..."). When that rules
    out every side word, all of them stay candidates.
    """
    if len(candidates) < 2:
        return candidates
    other_events = [
        span
        for spans in context.events.values()
        for span in spans
        if span[1] <= trigger[0] and not (span[0] < trigger[1] and trigger[0] < span[1])
    ]
    not_subject = _extra_regex(context.lexicon, "side_not_subject_before")
    kept = [
        x
        for x in candidates
        if not _owned_by_event(context, x, other_events)
        and not _oblique(context, x[0])
        and not (
            not_subject is not None
            and not_subject.search(context.text[max(0, x[0] - TO_LOOKBACK) : x[1]]) is not None
        )
    ]
    return kept or candidates


_EXTRA_REGEXES: dict[tuple[str, str], re.Pattern[str] | None] = {}


def _extra_regex(lexicon: Lexicon, key: str) -> re.Pattern[str] | None:
    """An optional regex key of claims.yaml that ``lexicon.py`` does not know (yet); None if absent."""
    cache_key = (lexicon.lang, key)
    if cache_key not in _EXTRA_REGEXES:
        raw = lexicon.extra.get(key)
        _EXTRA_REGEXES[cache_key] = compile_regex(str(raw)) if raw else None
    return _EXTRA_REGEXES[cache_key]


def _owned_by_event(context: _Context, side: tuple[int, int, str], events: list[Span]) -> bool:
    """A side word right after another event word is its actor ("der Vorstoß der ukrainischen ...")."""
    for _, end in events:
        if end <= side[0] and _OWNED_SIDE_GAP.fullmatch(context.text[end : side[0]]) is not None:
            return True
    return False


def _oblique(context: _Context, start: int) -> bool:
    index = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
    if index >= len(context.tokens) or context.tokens[index].start != start:
        return False
    grammemes = context.tokens[index].grammemes
    return bool(grammemes & OBLIQUE_CASES) and "nomn" not in grammemes


def _possessed_by_noun(context: _Context, trigger: Span, start: int) -> bool:
    """The words from ``trigger`` to ``start`` make ``start`` the possessor of an event noun: a
    preposition or article between ("withdrawal of its forces"), or a trigger that the analyser
    reads as a noun ("відхід своїх військ"); right after a verb ("to supply their troops",
    "потіснити наших захисників") it is the object."""
    if context.text[trigger[1] : start].strip():
        return True
    index = bisect.bisect_left(context.tokens, trigger[1], key=lambda t: t.end)
    if index >= len(context.tokens):
        return False
    return "NOUN" in context.tokens[index].grammemes


def _nominative_noun(context: _Context, trigger: Span) -> bool:
    """The trigger is a noun in the nominative (uk/ru: "тривають бої", "идут бои"): it is the subject
    of its own clause, so no other side word of the sentence is the subject of the event."""
    index = bisect.bisect_left(context.tokens, trigger[0], key=lambda t: t.start)
    if index >= len(context.tokens) or context.tokens[index].start != trigger[0]:
        return False
    grammemes = context.tokens[index].grammemes
    if "NOUN" not in grammemes:
        return False
    if "nomn" in grammemes:
        return True
    # The analyser's first reading of "бої" is the locative singular; a locative needs a preposition
    # before it, so without one the plural nominative is meant.
    return "loct" in grammemes and (index == 0 or "PREP" not in context.tokens[index - 1].grammemes)


def _is_gerund(context: _Context, trigger: Span) -> bool:
    """The trigger is an adverbial participle (pymorphy ``GRND``: "відступаючи", "отступая")."""
    index = bisect.bisect_left(context.tokens, trigger[0], key=lambda t: t.start)
    return index < len(context.tokens) and "GRND" in context.tokens[index].grammemes


def _after_head_noun(context: _Context, start: int) -> bool:
    """The word before ``start`` is a noun in the nominative ("Угруповання окупантів"): the word at
    ``start`` qualifies it."""
    index = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
    if index == 0 or index >= len(context.tokens) or context.tokens[index].start != start:
        return False
    head = context.tokens[index - 1].grammemes
    return "NOUN" in head and "nomn" in head


def _is_target(context: _Context, start: int, head_words: int = 0) -> bool:
    """The side word is what is fired at: right after a target word ("удары по противнику",
    "Beschuss auf russische Stellungen"), or after one and up to ``head_words`` lower-case words
    ("удары по пунктам временной дислокации ВСУ", "strikes on positions of the Russian"). The
    latter only after the trigger: before it, "в ночь на субботу российские войска" is a time."""
    pattern = context.lexicon.target_before
    if pattern is None:
        return False
    before = context.text[max(0, start - TARGET_LOOKBACK) : start]
    for _ in range(head_words + 1):
        if pattern.search(before[-20:]) is not None:
            return True
        head = _TRAILING_LOWER_WORD.search(before)
        if head is None:
            return False
        before = before[: head.start()]
    return False


def _patient_state(context: _Context, trigger: Span) -> bool:
    """ "im Kessel", "threat of encirclement", "... eine Einkesselung droht": the side is acted upon."""
    if any(0 <= s - trigger[1] <= 12 for s, _ in context.modality.threat):
        return True
    pattern = context.lexicon.patient_before
    if pattern is None:
        return False
    before = context.text[max(0, trigger[0] - 40) : trigger[0]]
    return pattern.search(before) is not None


def _own_referent(context: _Context, sentence: Sentence, start: int, source: Source) -> Source:
    """Whose "its troops" / "seine Truppen" / "свои войска": the nearest party with a side named
    before it in the sentence ("Russia's defence ministry said it had withdrawn its troops"), else
    the one who speaks."""
    before = [
        m for m in context.speakers if sentence.start <= m.start and m.end <= start and m.source.side in SIDES
    ]
    return before[-1].source if before else source


def _resolve_own(side: str, source: Source, outlet: Source, default_side: str | None = None) -> str | None:
    """ "our troops" / "наші" are the speaker's side; "the enemy" / "противник" the other one.

    A speaker of unknown side quoted by an outlet of known side speaks from the outlet's side; when
    neither is known, the language's default (``default_speaker_side`` in claims.yaml) applies.
    """
    speaker_side = source.side or outlet.side or default_side
    if side == "OWN":
        return speaker_side
    if side == "ENEMY":
        return OTHER_SIDE.get(speaker_side or "")
    return side


def _is_agent(context: _Context, start: int, end: int, clause_start: int) -> bool:
    lexicon = context.lexicon
    if lexicon.agent_before is not None:
        before = context.text[max(clause_start, start - AGENT_LOOKBACK) : start]
        if lexicon.agent_before.search(before):
            return True
    if lexicon.agent_grammeme:
        index = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
        if index < len(context.tokens) and context.tokens[index].start == start:
            return lexicon.agent_grammeme in context.tokens[index].grammemes
    return False


def _is_passive(context: _Context, trigger: Span, clause_start: int, clause_end: int) -> bool:
    if _spans_in(context.passive, clause_start, clause_end):
        return True
    grammemes = context.lexicon.passive_grammemes
    if not grammemes:
        return False
    first = bisect.bisect_right(context.tokens, trigger[0], key=lambda t: t.end)
    last = bisect.bisect_left(context.tokens, trigger[1], key=lambda t: t.start)
    own = context.tokens[first:last]
    if any(t.grammemes & grammemes for t in own):
        return True
    if any(t.grammemes & VERB_GRAMMEMES for t in own):
        return False
    if any(t.grammemes & OBLIQUE_CASES and "nomn" not in t.grammemes for t in own[:1]):
        return False  # "из-за угрозы окружения войска выведены": the noun is not the subject
    # An event noun takes the voice of its clause's predicate ("нанесены удары", "удари завдано").
    predicative = grammemes & PREDICATIVE_PASSIVE
    c_first = bisect.bisect_right(context.tokens, clause_start, key=lambda t: t.end)
    c_last = bisect.bisect_left(context.tokens, clause_end, key=lambda t: t.start)
    return any(t.grammemes & predicative for t in context.tokens[c_first:c_last])


def _trigger_clause(context: _Context, draft: _Draft) -> Span:
    """The clause of the draft's sentence that holds its trigger (the evidence when none does)."""
    trigger = draft.trigger
    for clause in clause_spans(context.sentences[draft.sentence_index]):
        if clause[0] <= trigger[0] < clause[1]:
            return clause
    return draft.evidence


def _predicative_passive(context: _Context, start: int, end: int) -> bool:
    """The span's predicate is a passive ("wurden evakuiert", "вывезены"); an attributive participle
    ("об организованном выезде") is not."""
    if _spans_in(context.passive, start, end):
        return True
    predicative = context.lexicon.passive_grammemes & PREDICATIVE_PASSIVE
    if not predicative:
        return False
    first = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
    last = bisect.bisect_left(context.tokens, end, key=lambda t: t.start)
    return any(t.grammemes & predicative for t in context.tokens[first:last])


def _fallback_side(context: _Context, draft: _Draft) -> str | None:
    """No side word: a party named in the sentence, the speaker, the trigger word, the type default."""
    rule = TYPE_RULES[draft.event_type]
    if rule.speaker_fallback and _predicative_passive(context, *_trigger_clause(context, draft)):
        # "seit Freitag wurden 1800 Menschen evakuiert, so der Gouverneur": a passive names no
        # organiser; whoever is named only reports it (gold/README.md).
        return rule.default_side
    if rule.gain or rule.party_fallback:
        party_side = draft.meta.get("party_side")
        if party_side in SIDES:
            return str(party_side)
    if (rule.gain or rule.source_side_fallback) and draft.source.side in SIDES:
        return draft.source.side
    if rule.speaker_fallback:
        organiser = _authority_side(context, draft)
        if organiser is not None:
            return organiser
    # A figure ("1000 km²") has its verb elsewhere in the sentence: look at the whole evidence.
    named = _trigger_side(context, draft.evidence if rule.region_place else draft.trigger)
    if named is None and (rule.gain or rule.patient_after):
        named = _carried_actor_side(context, draft)
    return named or rule.default_side


def _evacuation_by_town_authority(context: _Context, sentence: Sentence, draft: _Draft) -> None:
    """ "Die Stadtverwaltung bietet die Evakuierung nach B an", "Міська влада продовжує евакуацію"
    (optional claims.yaml key ``town_authority``): a town's own administration evacuates its town,
    the one the report is about (named most often before, the first of equals), not a destination;
    an unmarked local authority is the Ukrainian one (see ``_authority_side``)."""
    pattern = _extra_regex(context.lexicon, "town_authority")
    if pattern is None:
        return
    # The authority may head the sentence and the trigger follow in a later clause ("Міська влада
    # продовжує евакуацію: за тиждень вивезли ...").
    if pattern.search(context.text, sentence.start, draft.trigger[0]) is None:
        return
    counts: dict[str, int] = {}
    first: dict[str, PlaceMention] = {}
    for mention in context.mentions:
        if mention.end > sentence.start or mention.precision != "settlement" or mention.place_id is None:
            continue
        counts[mention.place_id] = counts.get(mention.place_id, 0) + 1
        first.setdefault(mention.place_id, mention)
    if not counts:
        return
    town = max(first, key=lambda place_id: (counts[place_id], -first[place_id].start))
    draft.place = first[town]
    if draft.actor_side is None:
        draft.actor_side = UNMARKED_AUTHORITY_SIDE


#: A side word this close after "under fire control of" is who holds the fire control.
FIRE_CONTROLLER_GAP = 3


def _fire_controller(context: _Context, sentence: Sentence, draft: _Draft) -> None:
    """ "the logistics of A are under fire control of the enemy", "под огневым контролем ВСУ"
    (optional claims.yaml key ``line_controller_before``): the side that holds a line under fire
    acts on it, not the side whose line it is (annotation.md). "The enemy" here is the enemy of the
    line's owner when one is named before, else of the speaker."""
    pattern = _extra_regex(context.lexicon, "line_controller_before")
    if pattern is None:
        return
    for match in pattern.finditer(context.text, sentence.start, sentence.end):
        controller = next((x for x in context.sides if 0 <= x[0] - match.end() <= FIRE_CONTROLLER_GAP), None)
        if controller is None:
            continue
        if controller[2] == "ENEMY":
            owners = [
                x for x in context.sides if sentence.start <= x[0] and x[1] <= match.start() and x[2] in SIDES
            ]
            if owners:
                draft.actor_side = OTHER_SIDE[owners[-1][2]]
                return
        default_side = context.lexicon.default_speaker_side
        resolved = _resolve_own(controller[2], draft.source, context.outlet, default_side)
        if resolved in SIDES:
            draft.actor_side = resolved
        return


def _hub_role(
    context: _Context, sentence: Sentence, drafts: list[_Draft], sentence_mentions: list[PlaceMention]
) -> list[_Draft]:
    """A stated logistic role ("A, the rail hub through which Russian troops in B are supplied",
    "A ist ein wichtiger Knotenpunkt", "A є залізничним вузлом"; optional claims.yaml key
    ``hub_role``): the claim is about the hub A, the first settlement of the sentence before the hub
    word, not about the places it supplies; its side is whose supply it is, the side named after
    the hub word (annotation.md), else the one found before."""
    pattern = _extra_regex(context.lexicon, "hub_role")
    if pattern is None:
        return drafts
    kept: list[_Draft] = []
    done: set[Span] = set()
    for draft in drafts:
        if draft.event_type != "supply_line":
            kept.append(draft)
            continue
        if draft.trigger in done:
            continue  # the hub's claim is made once; the places it supplies are no claims of their own
        hub_word = next(
            (
                m
                for m in pattern.finditer(context.text, sentence.start, sentence.end)
                if m.start() <= draft.trigger[1] and draft.trigger[0] - m.end() <= HUB_TRIGGER_GAP
            ),
            None,
        )
        hub = next(
            (
                m
                for m in sentence_mentions
                if hub_word is not None and m.end <= hub_word.start() and m.precision == "settlement"
            ),
            None,
        )
        if hub_word is None or hub is None:
            kept.append(draft)
            continue
        done.add(draft.trigger)
        draft.place = hub
        default_side = context.lexicon.default_speaker_side
        for start, _, side in context.sides:
            if hub_word.end() <= start < sentence.end:
                resolved = _resolve_own(side, draft.source, context.outlet, default_side)
                if resolved in SIDES and not _is_target(context, start):
                    draft.actor_side = resolved
                    break
        kept.append(draft)
    return kept


#: A hub word this far before a supply trigger is the role it states ("Knotenpunkt: Über die
#: Bahnlinie ... läuft der Nachschub").
HUB_TRIGGER_GAP = 80


def _encircler_from_context(context: _Context, draft: _Draft, drafts: list[_Draft]) -> None:
    """An encirclement with no side word: who encircles follows from who is threatened.

    A withdrawal of the same sentence is the move away from it ("wegen der Gefahr einer
    Einkesselung wurden die Truppen aus A verlegt", "щоб уникнути оточення"): the encircler is the
    other side, and the place is the one left when the threat names none. Without one, a threat or
    state the source reports with nobody named ("the garrison may end up in a pocket", "находится
    в полуокружении") is about the source's own forces: sides warn of threats to their own troops,
    and a boast about the enemy names the enemy.
    """
    withdrawals = [
        d
        for d in drafts
        if d.event_type == "withdrawal" and d.sentence_index == draft.sentence_index and d.actor_side in SIDES
    ]
    if withdrawals:
        draft.actor_side = OTHER_SIDE[str(withdrawals[0].actor_side)]
        if draft.place is None:
            draft.place = withdrawals[0].place
        return
    clause_start, _ = _trigger_clause(context, draft)
    patient = (
        _patient_state(context, draft.trigger)
        or _predicative_passive(context, *_trigger_clause(context, draft))
        # "der Garnison von A droht die Einkesselung": a threat word heading the clause
        or any(clause_start <= s and e <= draft.trigger[0] for s, e in context.modality.threat)
    )
    if patient:
        # "A droht die Einkesselung, falls die Ukrainer weiter vorrücken": the party of a later
        # clause is the one that threatens to close the ring.
        _, clause_end = _trigger_clause(context, draft)
        sentence_end = context.sentences[draft.sentence_index].end
        default_side = context.lexicon.default_speaker_side
        for start, _, side in context.sides:
            if not clause_end <= start < sentence_end:
                continue
            resolved = _resolve_own(side, draft.source, context.outlet, default_side)
            if resolved in SIDES and not _is_target(context, start) and not _oblique(context, start):
                draft.actor_side = resolved
                return
    if draft.source.side not in SIDES or draft.modality == "negated":
        return
    # A side speaks of a ring around its own troops as a threat and of one around the enemy as its
    # own act ("the cauldron around A is closing!").
    draft.actor_side = OTHER_SIDE[draft.source.side] if patient else draft.source.side


def _carried_actor_side(context: _Context, draft: _Draft) -> str | None:
    """ "Ukrainische Einheiten rücken auf A vor. Laut ISW könnten sie die Stadt einkreisen.": forces
    named without a side (optional claims.yaml key ``unnamed_forces``: "Soldaten", "they") as the
    subject of the trigger are those of the last side named before in the paragraph."""
    spans = context.memo.get("unnamed_forces")
    if spans is None:
        spans = (_extra_cues(context.lexicon, "unnamed_forces").find(context.text, context.tokens), [])
        context.memo["unnamed_forces"] = spans
    clause_start, _ = _trigger_clause(context, draft)
    if not any(clause_start <= s and e <= draft.trigger[0] for s, e in spans[0]):
        return None
    sentence = context.sentences[draft.sentence_index]
    paragraph_start = min(s.start for s in context.sentences if s.paragraph == sentence.paragraph)
    default_side = context.lexicon.default_speaker_side
    for start, end, side in reversed(context.sides):
        if end > sentence.start or start < paragraph_start:
            continue
        resolved = _resolve_own(side, draft.source, context.outlet, default_side)
        if resolved in SIDES and not _is_target(context, start) and not _oblique(context, start):
            return resolved
    return None


#: An attempt word this close before an advance word is its own ("attempted to cross", "попытки
#: противника прорваться", "намагаються прорватися").
ATTEMPT_GAP = 30


def _failed_attempt(context: _Context, trigger: Span, sentence: Sentence) -> bool:
    """An advance that was only tried and failed (optional claims.yaml key ``failed_attempt`` with
    cue lists ``attempt`` and ``failure``): an attempt word right before the trigger and a failure
    word after it in the sentence ("... попытку форсировать Донец, но был остановлен", "attempts to
    break through near A were repelled") -- the advance is ``negated`` (gold/README.md)."""
    attempts, failures = _attempt_cues(context)
    if not attempts:
        return False
    tried = any(
        end <= trigger[1] and trigger[0] - end <= ATTEMPT_GAP and start >= sentence.start
        for start, end in attempts
    )
    return tried and any(start >= trigger[1] and end <= sentence.end for start, end in failures)


def _attempt_cues(context: _Context) -> tuple[list[Span], list[Span]]:
    """The attempt and failure cue spans of the report (computed once per report)."""
    cached = context.memo.get("failed_attempt")
    if cached is None:
        attempt_cues = _extra_cues(context.lexicon, "failed_attempt", "attempt")
        failure_cues = _extra_cues(context.lexicon, "failed_attempt", "failure")
        if attempt_cues and failure_cues:
            cached = (
                attempt_cues.find(context.text, context.tokens),
                failure_cues.find(context.text, context.tokens),
            )
        else:
            cached = ([], [])
        context.memo["failed_attempt"] = cached
    return cached



def _reports_loss(context: _Context, trigger: Span) -> bool:
    """The trigger words say a place was lost (claims.yaml ``loss_triggers``), not taken."""
    return any(s < trigger[1] and trigger[0] < e for s, e in context.loss)


def _side_in_clause(context: _Context, draft: _Draft) -> bool:
    """A side word of the draft's side stands in the clause of its trigger, or before a verb of saying
    that introduces it ("Russian blogger X warned that A would be lost": the speaker's own loss).
    "our"/"the enemy" count as any side: they were resolved against the speaker."""
    start, end = _trigger_clause(context, draft)
    attribution = _spans_in(context.attribution, draft.evidence[0], draft.evidence[1])
    said = [s for s, _ in attribution if s < draft.trigger[0]]
    for s, e, side in context.sides:
        if side not in (draft.actor_side, "OWN", "ENEMY") or not draft.evidence[0] <= s < draft.evidence[1]:
            continue
        if any(0 <= a - e <= 2 for a, _ in attribution):
            continue  # "nach russischen Angaben gefallen": who says so, not who lost it
        if (start <= s and e <= end) or any(e <= a for a in said):
            return True
    return False


def _reports_fall(context: _Context, trigger: Span) -> bool:
    """The trigger words say a place fell (optional claims.yaml key ``fall_triggers``). A side named in
    the sentence is then the loser ("Kyiv denied that A had fallen"); a source that only announces the
    fall may be announcing its own gain ("A ist gefallen, so Moskau"), so only a named side inverts."""
    spans = context.memo.get("fall_triggers")
    if spans is None:
        spans = (_extra_cues(context.lexicon, "fall_triggers").find(context.text, context.tokens), [])
        context.memo["fall_triggers"] = spans
    return any(s < trigger[1] and trigger[0] < e for s, e in spans[0])


#: Authorities that run a place: an evacuation they order without a side word is Ukraine's (see below).
LOCAL_AUTHORITY_KINDS = frozenset({"government", "governor"})
UNMARKED_AUTHORITY_SIDE = "UA"


def _authority_side(context: _Context, draft: _Draft) -> str | None:
    """Who organises an evacuation nobody is named for: the official who announces it (the source),
    else an authority named in the sentence ("Влада оголосила евакуацію", "the Moscow-installed
    administration called on residents to leave") by its side; an authority without a side word is
    the outlet's own side's ("влада" in a Ukrainian outlet), else Ukraine's: reporting marks an
    occupation authority as such ("Russian-installed", "von Moskau eingesetzte", "окупаційна"), so an
    unmarked local authority ("Областные власти призывают жителей A выехать", "поліція вивозить
    мешканців") is the Ukrainian one."""
    start, end = draft.evidence
    if draft.source.kind in OFFICIAL_KINDS and draft.source.side in SIDES:
        return draft.source.side
    authorities = [
        m for m in context.speakers if start <= m.start and m.end <= end and m.source.kind in OFFICIAL_KINDS
    ]
    if not authorities:
        return None
    side = authorities[0].source.side or context.outlet.side
    if (
        side is None
        and authorities[0].source.kind in LOCAL_AUTHORITY_KINDS
        and authorities[0].end <= draft.trigger[0]
    ):
        # Only an authority before the event is its subject ("police are evacuating"); one after it
        # reports what happened ("a convoy left A, officials said").
        side = UNMARKED_AUTHORITY_SIDE
    return side if side in SIDES else None


def _trigger_side(context: _Context, scope: Span) -> str | None:
    """The side a trigger word names by itself (claims.yaml ``trigger_sides``)."""
    for side, spans in context.trigger_sides.items():
        if any(s < scope[1] and scope[0] < e for s, e in spans):
            return side
    return None


def _party_side(context: _Context, sentence: Sentence) -> str | None:
    """The one side of all parties (registry names with a side) mentioned in the sentence."""
    sides = {
        m.source.side
        for m in context.speakers
        if sentence.start <= m.start and m.end <= sentence.end and m.source.side in SIDES
    }
    return sides.pop() if len(sides) == 1 else None


def _seat_of(
    text: str, speaker: SourceMention, mention: PlaceMention, seat_gap: re.Pattern[str] | None
) -> bool:
    """ "the ministry in Kyiv", "hieß es in Moskau": the seat of a speaker is not where things happen."""
    gap = text[speaker.end : mention.start]
    return 0 < len(gap) <= 24 and seat_gap is not None and seat_gap.fullmatch(gap) is not None


# --------------------------------------------------------------------------- evidence, time, direction


def _evidence_kind(context: _Context, event_type: str, sentence: Sentence, source: Source) -> str:
    def present(spans: list[Span]) -> bool:
        return bool(_spans_in(spans, sentence.start, sentence.end))

    if source.kind in OFFICIAL_KINDS and not (source.side is None and present(context.analysis)):
        # A third party's ministry that estimates or assesses ("British defence intelligence
        # estimates") gives an analysis; a party's own officials make statements whatever the verb.
        return "official_statement"
    if event_type == "media_geolocated" or source.kind in VISUAL_SOURCE_KINDS or present(context.visual):
        return "visual"
    if source.kind in ANALYSIS_SOURCE_KINDS or present(context.analysis):
        return "analysis"
    if source.kind in EYEWITNESS_SOURCE_KINDS or present(context.eyewitness):
        return "eyewitness"
    return "report"


def _times(context: _Context, sentence: Sentence) -> list[TimeMatch]:
    if context.published is None:
        return []
    matches = resolve_times(sentence.text, context.published, context.lexicon.lang)
    shifted = [replace(m, start=m.start + sentence.start, end=m.end + sentence.start) for m in matches]
    cues = _spans_in(context.attribution, sentence.start, sentence.end) + _spans_in(
        context.pronoun_speaker, sentence.start, sentence.end
    )
    return [m for m in shifted if not _dates_the_statement(context.text, m, cues)]


def _dates_the_statement(text: str, match: TimeMatch, cues: list[Span]) -> bool:
    """ "said on Friday", "sagte am Sonntag", "заявил в пятницу", "повідомив у неділю": a time right
    after a verb of saying dates the statement, not the happening (docs/annotation.md, Time)."""
    for cue_start, cue_end in cues:
        gap = text[cue_end : match.start]
        if cue_end <= match.start and len(gap) <= STATEMENT_TIME_GAP and _NO_CLAUSE_BREAK.fullmatch(gap):
            return True
        # "on Friday confirmed that ...", "Am Montag meldete der Generalstab ...".
        if match.end <= cue_start and not text[match.end : cue_start].strip():
            return True
    return False


def _nearest_time(times: list[TimeMatch], trigger: Span, trigger_clauses: list[Span]) -> When | None:
    if not times:
        return None
    in_clause = [t for t in times if any(c[0] <= t.start and t.end <= c[1] for c in trigger_clauses)]
    pool = in_clause or times
    best = min(pool, key=lambda t: min(abs(t.start - trigger[1]), abs(trigger[0] - t.end)))
    return best.when


def _directions(context: _Context, sentence: Sentence) -> list[str]:
    pattern = context.lexicon.direction
    if pattern is None:
        return []
    found: list[str] = []
    words = context.lexicon.direction_words
    for match in pattern.finditer(sentence.text):
        group = match.group("dirs").lower()
        for piece in _split_direction_group(group, words):
            if piece not in found:
                found.append(piece)
    return found


def _split_direction_group(group: str, words: dict[str, str]) -> list[str]:
    """Compass codes of "osten und südosten" in the order written."""
    codes: list[tuple[int, str]] = []
    taken: list[Span] = []
    for word in sorted(words, key=len, reverse=True):
        start = group.find(word)
        while start >= 0:
            end = start + len(word)
            boundary_ok = (start == 0 or not group[start - 1].isalnum()) and (
                end == len(group) or not group[end].isalnum()
            )
            if boundary_ok and not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                codes.append((start, words[word]))
            start = group.find(word, end)
    return [code for _, code in sorted(codes)]


# --------------------------------------------------------------------------- comparisons


def _comparisons(context: _Context, sentence: Sentence) -> list[tuple[int, int, str]]:
    """Comparisons ("größer als ganz Berlin") as absolute spans with their phrase."""
    return [
        (match.start + sentence.start, match.end + sentence.start, match.text.strip())
        for match in find_comparisons(sentence.text, context.lexicon.lang)
    ]


def _attach_comparisons(
    drafts: list[_Draft],
    previous: list[_Draft],
    comparisons: list[tuple[int, int, str]],
    context: _Context,
    sentence: Sentence,
) -> None:
    """A comparison belongs to the figure of this sentence, or of the one before ("Das ist ...")."""
    if not comparisons:
        return
    targets = [d for d in drafts if d.event_type in QUANTITY_EVENTS.values()]
    if not targets:
        targets = [
            d
            for d in previous
            if d.event_type in QUANTITY_EVENTS.values()
            and context.sentences[d.sentence_index].paragraph == sentence.paragraph
        ]
    for target in targets:
        for name, quantity in list(target.quantities.items()):
            if (
                name in QUANTITY_EVENTS
                and QUANTITY_EVENTS[name] == target.event_type
                and not quantity.comparison
            ):
                target.quantities[name] = replace(quantity, comparison=comparisons[0][2])


# --------------------------------------------------------------------------- report-level rules


#: Local events that, with no place of their own and no same-type claim before, happen at the one
#: place the previous sentence of the paragraph claimed something at.
CONTINUES_ANY_TYPE = frozenset({"fighting", "strike"})


def _continue_local_place(
    drafts: list[_Draft], previous: list[_Draft], context: _Context, sentence: Sentence
) -> None:
    """ "Attacks near A were repelled. Heavy fighting continues.": a local event left without a
    place (after same-type continuation and "the town") happens where the sentence before put
    everything it claimed, when that is one place; several places leave it open."""
    located = [
        p
        for p in previous
        if p.place is not None and context.sentences[p.sentence_index].paragraph == sentence.paragraph
    ]
    if not located or len({_place_key(p.place) for p in located}) != 1:
        return
    for draft in drafts:
        if draft.event_type in CONTINUES_ANY_TYPE and draft.place is None and not draft.places_to:
            draft.place = located[-1].place
            draft.meta["continues"] = True


def _continue_previous(
    drafts: list[_Draft], previous: list[_Draft], context: _Context, sentence: Sentence
) -> None:
    """A placeless claim continues the same-type claim of the previous sentence of the paragraph."""
    for draft in drafts:
        if draft.place is not None or draft.places_to:
            continue
        same = [
            p
            for p in previous
            if p.event_type == draft.event_type
            and (p.place is not None or p.places_to)
            and context.sentences[p.sentence_index].paragraph == sentence.paragraph
        ]
        if not same:
            continue
        antecedent = same[-1]
        draft.place = antecedent.place
        draft.places_to = list(antecedent.places_to)
        if not draft.direction:
            draft.direction = list(antecedent.direction)
        if draft.actor_side is None:
            draft.actor_side = antecedent.actor_side
        draft.meta["continues"] = True


def _bulletin_time(
    context: _Context, sentence: Sentence, current: list[_Draft], header: tuple[When, int] | None
) -> tuple[When, int] | None:
    """ "За минулу добу:", "In the past 24 hours:": a header line with a time dates the lines of
    the bulletin under it (the following lines without a blank line between) that name no time."""
    if sentence.text.rstrip().endswith(":") and not current:
        times = _times(context, sentence)
        return (times[0].when, sentence.paragraph) if times else None
    if header is None or sentence.paragraph > header[1] + 1:
        return None
    for draft in current:
        if draft.when is None:
            draft.when = header[0]
            draft.meta["when_from"] = "bulletin header"
    return (header[0], sentence.paragraph)


def _follow_context(current: list[_Draft], earlier: list[_Draft], index: int) -> None:
    """Placeless claims of ``follows_context`` types take place (and side, if they have none) of
    the latest claim with a place in this sentence or the ``CONTEXT_CARRY_SENTENCES`` before it."""
    for draft in current:
        if _has_place(draft) or not TYPE_RULES[draft.event_type].follows_context:
            continue
        pool = [
            d
            for d in earlier + current
            if d is not draft
            and d.place is not None
            and not TYPE_RULES[d.event_type].follows_context
            and index - d.sentence_index <= CONTEXT_CARRY_SENTENCES
        ]
        if not pool:
            continue
        model = pool[-1]
        draft.place = model.place
        if draft.actor_side is None:
            draft.actor_side = model.actor_side
        draft.meta["place_from"] = "context"


def _has_place(draft: _Draft) -> bool:
    return draft.place is not None or bool(draft.places_to)


def _list_continuation(
    context: _Context, sentence: Sentence, index: int, previous: list[_Draft]
) -> list[_Draft]:
    """ "Darunter Alpha, Beta und Gamma." / "Серед них — ...": the previous claim, for each listed place."""
    pattern = context.lexicon.list_continuation
    if pattern is None or not pattern.match(sentence.text):
        return []
    if context.sentences[previous[-1].sentence_index].paragraph != sentence.paragraph:
        return []
    model = previous[-1]
    # "30 settlements were liberated. Among them A and B.": each listed place changed hands.
    event_type = (
        "control_change" if model.event_type in ("settlement_count", "area_claim") else model.event_type
    )
    listed = [
        m
        for m in context.mentions
        if sentence.start <= m.start
        and m.end <= sentence.end
        and m.precision not in CONTAINER_PRECISIONS
        and not (m.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES)
    ]
    return [
        replace(
            model,
            event_type=event_type,
            sentence_index=index,
            place=mention,
            places_to=[],
            evidence=(sentence.start, sentence.end),
            quantities={} if event_type != model.event_type else dict(model.quantities),
            meta={**model.meta, "listed_after": model.trigger_text},
        )
        for mention in listed
    ]


#: A denial without an event word of its own ("Kyiv denied this.") is about the claims of the
#: sentence right before it when it is at most this long (characters): a reply, not a new story.
DENIAL_REPLY_CHARS = 120


def _denied_previous(
    context: _Context,
    sentence: Sentence,
    index: int,
    previous: list[_Draft],
    speaker: Source | None,
    current: list[_Draft],
) -> list[_Draft]:
    """ "Kiew wies dies zurück.", "Moscow denied this.", "В Киеве это опровергли.": a short sentence
    whose only content is a denial negates the claims of the sentence before it; the denier is the
    source (docs/annotation.md: a denial is a ``negated`` claim with the denier as source). Claims
    the denier made itself are not denied by it, and a condition ("if A falls, ...") is no
    assertion a denial could answer."""
    reply = _reply_part(context, sentence, current)
    if reply is None or reply[1] - reply[0] > DENIAL_REPLY_CHARS:
        return []
    if not previous or previous[-1].sentence_index != index - 1:
        return []
    denier = speaker or context.outlet
    denied: list[_Draft] = []
    for draft in previous:
        if draft.modality not in ("asserted", "hedged", "predicted") or (
            draft.source.name,
            draft.source.kind,
        ) == (
            denier.name,
            denier.kind,
        ):
            continue
        if denier.side is not None and draft.source.side == denier.side:
            continue  # a side does not deny what its own people said
        denied.append(
            replace(
                draft,
                sentence_index=index,
                modality="negated",
                source=denier,
                evidence_kind=_evidence_kind(context, draft.event_type, sentence, denier),
                evidence=reply,
                quantities=dict(draft.quantities),
                meta={**draft.meta, "denies": draft.trigger_text},
            )
        )
    return denied


def _reply_part(context: _Context, sentence: Sentence, current: list[_Draft]) -> Span | None:
    """The part of the sentence that only denies: the whole sentence when it has no event word of
    its own ("Kiew wies dies zurück."), else its first coordinated part when that holds the denial
    and no event word ("У Силах оборони це спростовують і кажуть, що бої тривають")."""
    denials = _spans_in(context.modality.denial, sentence.start, sentence.end)
    if not denials:
        return None
    if not current:
        return (sentence.start, sentence.end)
    parts = _coordinated_parts(context, clause_spans(sentence))
    if not parts:
        return None
    first = parts[0]
    if not _spans_in(denials, first[0], first[1]):
        return None
    if any(first[0] <= d.trigger[0] < first[1] for d in current):
        return None
    return first


def _resolve_anaphora(drafts: list[_Draft], context: _Context, sentence: Sentence) -> list[_Draft]:
    """ "the town", "der Stadt", "міста": the settlement named most recently before it."""
    placeless = [d for d in drafts if d.place is None and not d.places_to]
    if placeless:
        _resolve_region_anaphora(placeless, context, sentence)
        placeless = [d for d in placeless if d.place is None]
    if not placeless or context.lexicon.anaphora is None:
        return []
    for match in context.lexicon.anaphora.finditer(sentence.text):
        end = sentence.start + match.end()
        if any(0 <= m.start - end <= ANAPHOR_NAME_GAP for m in context.mentions):
            continue  # "die Stadt Kupjansk", "the city of Kharkiv" names the place itself
        # The settlement named last before "the town" (earlier in the same sentence, too:
        # "In Izium, residents said the columns had left the town").
        anaphor_start = sentence.start + match.start()
        earlier = [
            m
            for m in context.mentions
            if m.end <= anaphor_start
            and anaphor_start - m.end <= ANAPHORA_LOOKBACK
            and m.precision not in REGION_PRECISIONS
            and m.precision != "country"
            and not (m.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES)
            # "the town" is no bridge, plant or landscape ("der Antoniwka-Brücke ... die Stadt").
            and not (m.place_id or "").startswith((FACILITY_ID_PREFIX, REGION_ID_PREFIX))
        ]
        if not earlier:
            # A feature about one town ("Kherson after the occupation"): "the city" far down the
            # text still means it when it is the only settlement the text has named so far.
            named_before = [
                m
                for m in context.mentions
                if m.end <= anaphor_start and m.precision not in CONTAINER_PRECISIONS
            ]
            if named_before and len({_place_key(m) for m in named_before}) == 1:
                earlier = named_before[-1:]
        # "A, north of B. The town ...": a reference point is not what "the town" refers to.
        earlier = [m for m in earlier if not _is_secondary(context, m, 0)] or earlier
        word_start = sentence.start + match.start() + len(match.group()) - len(match.group().lstrip())
        plural = _plural_anaphor(context, word_start)
        if not plural:
            # "took the villages A, B and C and encircled the town": one town is not a member
            # of a list of places named in this sentence ("these villages" may be).
            in_sentence = [m for m in earlier if m.start >= sentence.start]
            listed = {
                id(m)
                for a, b in itertools.pairwise(in_sentence)
                if _ENUMERATION_GAP.fullmatch(context.text[a.end : b.start]) is not None
                for m in (a, b)
            }
            earlier = [m for m in earlier if id(m) not in listed]
        if not earlier:
            return []
        antecedent = _salient(context, earlier)
        # "продвигаются к городу", "advancing on the town": the town is the objective of an advance.
        to_before = context.lexicon.to_before
        objective = (
            to_before is not None
            and to_before.search(context.text[max(sentence.start, word_start - TO_LOOKBACK) : word_start])
            is not None
        )
        # "these villages", "ці села": every place of the list the antecedent stands in.
        group = _listed_with(context, antecedent, earlier) if plural else [antecedent]
        more: list[_Draft] = []
        for draft in placeless:
            rule = TYPE_RULES[draft.event_type]
            if objective and rule.uses_places_to and not rule.destination_place:
                draft.places_to = list(group)
            else:
                draft.place = group[0]
                more += [replace(draft, place=m, meta=dict(draft.meta)) for m in group[1:]]
            draft.meta["place_from"] = "anaphora"
        for extra in more:
            extra.meta["place_from"] = "anaphora"
        return more
    return []


#: "the region" refers to an oblast named at most this many characters before it.
REGION_ANAPHORA_LOOKBACK = 1500


def _resolve_region_anaphora(placeless: list[_Draft], context: _Context, sentence: Sentence) -> None:
    """ "the occupied parts of the region", "в регионе", "der Region" (optional claims.yaml key
    ``region_anaphora``, a regex): the oblast named most recently before it."""
    pattern = _extra_regex(context.lexicon, "region_anaphora")
    if pattern is None:
        return
    match = pattern.search(context.text, sentence.start, sentence.end)
    if match is None:
        return
    regions = [
        m
        for m in context.mentions
        if m.end <= match.start()
        and match.start() - m.end <= REGION_ANAPHORA_LOOKBACK
        and (m.precision == "oblast" or _is_region_named(context, m))
    ]
    if not regions:
        return
    for draft in placeless:
        draft.place = regions[-1]
        draft.meta["place_from"] = "region anaphora"


def _listed_with(
    context: _Context, anchor: PlaceMention, candidates: list[PlaceMention]
) -> list[PlaceMention]:
    """The places listed together with ``anchor`` ("Lyptsi and Ternova"), in text order."""
    index = next(i for i, m in enumerate(candidates) if m is anchor)
    group = [anchor]
    for m in candidates[index + 1 :]:
        if _ENUMERATION_GAP.fullmatch(context.text[group[-1].end : m.start]) is None:
            break
        group.append(m)
    for m in reversed(candidates[:index]):
        if _ENUMERATION_GAP.fullmatch(context.text[m.end : group[0].start]) is None:
            break
        group.insert(0, m)
    return group


def _salient(context: _Context, candidates: list[PlaceMention]) -> PlaceMention:
    """Of the settlements named before "the town", the one the latest naming sentence is about: its
    first settlement ("Kupjansk gilt als Knoten, über den die Truppen bei Isjum versorgt werden.
    Sollte die Stadt fallen, ...": Kupjansk; "Angriffe bei Bachmut und Soledar ... Die Stadt werde
    beschossen": Bachmut) -- unless one of them was itself introduced as "the town" ("rücken auf
    die Stadt Lyman vor"), then the latest of those."""
    named_as_town = [m for m in candidates if _named_by_anaphor(context, m)]
    if named_as_town:
        return named_as_town[-1]  # "rücken auf die Stadt Lyman vor. ... die Stadt einkreisen"
    last = candidates[-1]
    sentence = next((s for s in context.sentences if s.start <= last.start < s.end), None)
    if sentence is None:
        return last
    same = [m for m in candidates if sentence.start <= m.start]
    return same[0] if same else last


def _named_by_anaphor(context: _Context, mention: PlaceMention) -> bool:
    """ "die Stadt Lyman", "the town of Izium": the name right after an anaphor noun."""
    pattern = context.lexicon.anaphora
    if pattern is None:
        return False
    window_start = max(0, mention.start - 40)
    return any(
        0 <= mention.start - m.end() <= ANAPHOR_NAME_GAP
        for m in pattern.finditer(context.text, window_start, mention.start)
    )


def _plural_anaphor(context: _Context, word_start: int) -> bool:
    """ "ці села", "эти сёла": the analyser (uk, ru) marks the anaphor or the word before it plural.
    The anaphora patterns of de and en name singular nouns only."""
    index = bisect.bisect_left(context.tokens, word_start, key=lambda t: t.start)
    if index >= len(context.tokens) or context.tokens[index].start != word_start:
        return False
    own = context.tokens[index].grammemes
    before = context.tokens[index - 1].grammemes if index > 0 else frozenset()
    return ("plur" in own and "sing" not in own) or "plur" in before


def _settle_landmarks(context: _Context, drafts: list[_Draft]) -> None:
    """A claim at a facility takes the settlement it lies in; one in a landscape without borders
    ("Donbas") or on a river has no place of its own (gold/README.md)."""
    for draft in drafts:
        place_id = draft.place.place_id if draft.place is not None else None
        if draft.place is None or not place_id:
            continue
        if place_id.startswith(FACILITY_ID_PREFIX):
            draft.meta["facility"] = draft.place.text
            draft.place = _facility_settlement(context, draft.place)
        elif place_id.startswith((REGION_ID_PREFIX, *NOT_A_PLACE_ID_PREFIXES)):
            draft.meta["area"] = draft.place.text
            draft.place = None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on a flat approximation, good to a few per cent at these distances."""
    return math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians(lat1))) * 111.2


@lru_cache(maxsize=1)
def _facility_settlements() -> dict[str, str | None]:
    """Facility id -> the settlement id it lies in, for facilities of ``landmarks.yaml`` that carry
    the optional key ``settlement`` (a GeoNames id, or null for a bridge between two banks)."""
    if not LANDMARKS_FILE.is_file():
        return {}
    data = read_yaml(LANDMARKS_FILE) or {}
    return {
        str(item["id"]): (str(item["settlement"]) if item["settlement"] else None)
        for item in data.get("facilities") or []
        if isinstance(item, dict) and "id" in item and "settlement" in item
    }


def _facility_settlement(context: _Context, facility: PlaceMention) -> PlaceMention | None:
    """The settlement the facility lies in: the one ``landmarks.yaml`` names for it, else the
    settlement named in the report that lies nearest the facility, within ``FACILITY_SETTLEMENT_KM``
    ("das AKW Saporischschja ... Enerhodar"); else none."""
    known = _facility_settlements()
    if facility.place_id in known:
        settlement_id = known[facility.place_id or ""]
        if settlement_id is None:
            return None
        named = [m for m in context.mentions if m.place_id == settlement_id]
        if named:
            return named[0]
        # Not named in the report: the facility's own words stand for its settlement.
        return replace(facility, place_id=settlement_id, precision="settlement")
    if facility.lat is None or facility.lon is None:
        return None
    best: tuple[float, PlaceMention] | None = None
    for mention in context.mentions:
        if mention.precision != "settlement" or mention.lat is None or mention.lon is None:
            continue
        distance = _km(facility.lat, facility.lon, mention.lat, mention.lon)
        if distance <= FACILITY_SETTLEMENT_KM and (best is None or distance < best[0]):
            best = (distance, mention)
    return best[1] if best is not None else None


def _place_key(mention: PlaceMention | None) -> str:
    if mention is None:
        return ""
    return mention.place_id or f"text:{mention.text.casefold()}"


def _inherit_times(drafts: list[_Draft]) -> None:
    """A claim without a time takes the time of a same-type claim about the same place."""
    dated: dict[tuple[str, str], When] = {}
    for draft in drafts:
        key = (draft.event_type, _place_key(draft.place))
        if draft.when is not None and key[1] and key not in dated:
            dated[key] = draft.when
    for draft in drafts:
        if draft.when is None:
            inherited = dated.get((draft.event_type, _place_key(draft.place)))
            if inherited is not None:
                draft.when = inherited
                draft.meta["when_from"] = "same place and type elsewhere in the report"


def _information(draft: _Draft) -> tuple[int, int, int, int]:
    """How much a draft says beyond its key: a side, a time, figures, directions."""
    return (
        int(draft.actor_side is not None),
        int(draft.when is not None),
        len(draft.quantities),
        len(draft.direction),
    )


def _dedupe(drafts: list[_Draft], text: str) -> list[_Draft]:
    """One draft per (type, place, objectives, evidence); of colliding ones the one that says most
    (two triggers of one type in a sentence, only one of them next to its side word). Drafts that
    name opposite sides from triggers in different clauses are two claims ("Ukrainian forces
    control the west of A, while Russian troops still hold the east")."""

    def two_claims(first: _Draft, second: _Draft) -> bool:
        if first.actor_side is None or second.actor_side is None or first.actor_side == second.actor_side:
            return False
        low, high = sorted((first.trigger, second.trigger))
        return low[1] <= high[0] and _NO_CLAUSE_BREAK.fullmatch(text[low[1] : high[0]]) is None

    position: dict[tuple[str, str, tuple[str, ...], Span], list[int]] = {}
    unique: list[_Draft] = []
    for draft in drafts:
        key = (
            draft.event_type,
            _place_key(draft.place),
            tuple(_place_key(p) for p in draft.places_to),
            draft.evidence,
        )
        same = [i for i in position.get(key, []) if not two_claims(unique[i], draft)]
        if same:
            index = same[0]
            if _information(draft) > _information(unique[index]):
                unique[index] = draft
            continue
        position.setdefault(key, []).append(len(unique))
        unique.append(draft)
    return unique


# --------------------------------------------------------------------------- output


def _claim_place(mention: PlaceMention | None) -> ClaimPlace | None:
    if mention is None:
        return None
    return ClaimPlace(
        text=mention.text,
        place_id=mention.place_id,
        name_en=mention.name_en,
        lat=mention.lat,
        lon=mention.lon,
        admin1=mention.admin1,
        admin2=mention.admin2,
        precision=mention.precision,
    )


def make_claim_id(report_id: str, start: int, end: int, event_type: str, place_key: str) -> str:
    """Deterministic id: the same report, evidence, type and place give the same id."""
    digest = hashlib.sha256(f"{report_id}|{start}|{end}|{event_type}|{place_key}".encode()).hexdigest()
    return digest[:32]


def _to_claims(context: _Context, drafts: list[_Draft]) -> list[Claim]:
    claims: list[Claim] = []
    for draft in drafts:
        place_key = _place_key(draft.place) + "|" + ",".join(_place_key(p) for p in draft.places_to)
        meta: dict[str, object] = {"trigger": draft.trigger_text, "trigger_start": draft.trigger[0]}
        meta.update(draft.meta)
        if draft.place is not None and draft.place.region_conflict:
            meta["place_region_conflict"] = draft.place.region_conflict
        claims.append(
            Claim(
                claim_id=make_claim_id(
                    context.report.id, draft.evidence[0], draft.evidence[1], draft.event_type, place_key
                ),
                report_id=context.report.id,
                event_type=draft.event_type,
                actor_side=draft.actor_side,
                place=_claim_place(draft.place),
                source=draft.source,
                modality=draft.modality,
                evidence_kind=draft.evidence_kind,
                evidence_start=draft.evidence[0],
                evidence_end=draft.evidence[1],
                evidence_text=context.text[draft.evidence[0] : draft.evidence[1]],
                language=context.lexicon.lang,
                places_to=[p for p in (_claim_place(m) for m in draft.places_to) if p is not None],
                when=draft.when,
                quantities=dict(draft.quantities),
                direction=list(draft.direction),
                extractor="rules",
                meta=meta,
            )
        )
    return claims
