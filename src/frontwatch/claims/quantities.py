"""Quantities in report text: areas, troops, settlements, distances, casualties, equipment.

A quantity is a number (see ``claims/numbers.py``) followed by a unit phrase of one of the names
``area_km2``, ``troops``, ``settlements``, ``distance_km``, ``casualties``, ``equipment``; up to two words
(adjectives such as "russische", "Ukrainian"; no function words, in German no capitalised nouns) may
stand between number and unit. Some units come before the number ("killing at least 13 people",
"загинули двоє цивільних"); a loss verb before the number ("уничтожив более 200 военнослужащих",
"втратив 50 військових") makes counted soldiers ``casualties`` instead of ``troops``. Around it:

- a **bound** word right before the number ("mehr als" -> ``min``, "bis zu" -> ``max``, "etwa" -> ``approx``,
  "genau" -> ``exact``) or right after it / the unit ("oder mehr" -> ``min``). Without one the bound is
  ``exact``, or the vague word's own bound ("Dutzende" -> ``min``). A figure without a bound word that
  is joined by "and" / "und" / "і" / "и" to an ``approx`` figure is ``approx`` too ("about 30,000 troops
  and 5,000 vehicles"); ``min`` / ``max`` do not carry over.
- a **scope**: the region phrase of the same sentence the figure is for ("Region Charkiw", "Kharkiv region",
  "Харківщині"); the literal phrase without its preposition, nearest to the quantity.
- a **comparison** ("größer als ganz Berlin", "larger than Luxembourg") in the same or the next sentence;
  it goes to the nearest preceding quantity, an area if there is one.

Square miles and miles are converted to km² and km. Numbers inside a date ("8. September 2022") are never
quantities, nor are ages ("a 64-year-old man", ``numbers.age_suffixes``). All words and patterns come
from ``data/lang/<code>/quantities.yaml``.

Round 10 (tests/test_claims_time_r10.py):

- **Casualties**: a sentence that gives the dead and the wounded carries the number killed (gold/README.md,
  the dev majority; ``wounded_words``). A casualty told only by the persons it names counts them
  (``casualty_words``, ``casualty_persons``): one for a singular noun, the number right before a plural, the
  sum over a list ("killing a farmer, his two sons and a neighbour" is 4); a plural with no number, a
  clause that says nobody was hurt (``casualty_negations``) or a clause whose figure already counts people
  counts nothing.
- **Munitions** (drones, missiles launched or shot down) are no ``equipment``: the equipment units name
  vehicles, guns and aircraft only.
- **Bounds**: a limit before a rounding word gives the limit ("no more than about 60" is ``max``); a postfix
  bound that is the next number's prefix ("12 населённых пунктов и более 300 км²") stays with that number.
- A distance from a border or front line, "further east" or the width of a front ("5 km wide") is no depth
  of an advance (``locates_after``); two adjectives joined by "and" may stand between number and noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from frontwatch.claims.lexicon import PatternGate
from frontwatch.claims.numbers import NumberMatch, alternation, find_numbers, load_lang_yaml
from frontwatch.claims.timeexpr import resolve_times
from frontwatch.model import Quantity

QUANTITY_NAMES: tuple[str, ...] = (
    "area_km2",
    "troops",
    "settlements",
    "distance_km",
    "casualties",
    "equipment",
)

#: How many words (adjectives: "10.000 russische Soldaten") may stand between a number and its unit.
MAX_WORDS_BETWEEN = 2
#: How far back (characters) a verb of advancing may start before a distance (fields r12).
ADVANCE_WINDOW = 40
#: How far back (characters) a bound word may start before the number.
BOUND_WINDOW = 40
#: How far (characters) either side of a figure a word may stand that says whom a vague noun counts
#: ("300 человек" are troops next to "личного состава", evacuees next to "эвакуированы").
CONTEXT_WINDOW = 120
#: How far back (characters) a unit said before the number may start: a toll phrase names what it counts
#: and then the place or the attack ("the death toll from Friday's missile strike on X has risen to 21").
LEADING_UNIT_WINDOW = 200
#: Quantities that measure (an area, a depth) rather than count: "about" on a measure says nothing
#: about a count joined to it ("rund 500 km² und 29 Ortschaften": the 29 is exact).
MEASURE_NAMES = frozenset({"area_km2", "distance_km"})
#: Quantities that count people: a figure of either in a clause leaves its persons uncounted.
PEOPLE_NAMES = frozenset({"casualties", "troops"})
#: At most this many words between a count and the person noun it counts ("two small children").
PERSON_COUNT_WORDS = 3
SPACE = r"[\s\u00a0\u202f\u2009]"

#: A sentence ends at . ! ? … or a line break; a dot after a digit ("8. September") does not end one.
SENTENCE_END_RE = re.compile(
    r"(?<!\d)(?<!\b\w)[.!?…]+[\"»“”']?(?=\s+[\"„«“(]?[^\W\d_]*[A-ZÄÖÜА-ЯЁІЇЄҐ0-9])|\n+"
)


#: What may follow a figure that ends its clause: punctuation or the end of the text.
CLAUSE_END_RE = re.compile(rf"{SPACE}*(?:[.,;:!?)\]»“”\"–—]|$)")


@dataclass(frozen=True)
class QuantityMatch:
    start: int
    end: int
    text: str
    name: str
    quantity: Quantity
    #: True for a distance that says where a place lies ("about 25 km north-east of Balakliia", "12,5 km
    #: östlich der Stadt", "30 km from the border") or how wide a front is ("5 km wide"), not how far
    #: someone went ("pushed 50 km into"); a claim may leave it out.
    locates: bool = False


@dataclass(frozen=True)
class ComparisonMatch:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class UnitPattern:
    name: str
    unit: str | None
    factor: float
    #: Smallest value that is a figure of this name: "один склад", "ein Stützpunkt" count no troops.
    min_value: float = 0.0
    #: The context the unit needs to count this name: "military" for "человек", "людей" (see
    #: ``_context_allows``); None: the unit word alone says it.
    context: str | None = None


@dataclass(frozen=True)
class LeadingUnit:
    """A unit said before the number: "killing 13 people", "загинули двоє цивільних"."""

    lead_re: re.Pattern[str]  # must end where the number (or its bound word) begins
    noun_re: re.Pattern[str] | None  # an optional noun right after the number, part of the match
    name: str
    unit: str | None
    overrides: tuple[str, ...]  # unit names after the number this reading replaces ("troops")


@dataclass
class QuantityLexicon:
    unit_patterns: list[UnitPattern]
    unit_re: re.Pattern[str] | None
    leading_units: list[LeadingUnit]
    bound_re: re.Pattern[str] | None
    postfix_re: re.Pattern[str] | None
    coordinator_re: re.Pattern[str] | None  # what may join two figures that share a bound
    scope_res: list[re.Pattern[str]]
    comparison_res: list[re.Pattern[str]]
    #: Words that make the following number a label: "Nr. 5", "No. 5", "№ 5".
    label_re: re.Pattern[str] | None = None
    #: What joins the two ends of a range, "2.000 bis 3.000", "2-3 тисячі" (between two numbers).
    range_re: re.Pattern[str] | None = None
    #: Compass words after a distance that make it a location ("25 km north-east of"); see QuantityMatch.
    locates_re: re.Pattern[str] | None = None
    #: A verb of advancing right before a distance (fields r12, ``advance_before``): a compass word
    #: after it is the advance's direction ("advanced up to 20 km south"), not a location.
    advance_re: re.Pattern[str] | None = None
    #: Named contexts a unit may need ("military"), and what rules each out ("civilian").
    context_res: dict[str, re.Pattern[str]] | None = None
    blocking_context_res: dict[str, re.Pattern[str]] | None = None
    #: Which ``comparison_res`` can match a text at all (most sentences compare nothing).
    comparison_gate: PatternGate | None = None
    #: Words of injury ("wounded", "verletzt", "поранен"): a wounded count gives way to a death toll of
    #: the same sentence (gold/README.md: the number killed when both are given).
    wounded_re: re.Pattern[str] | None = None
    #: Words of being killed or injured, and person nouns in the singular and the plural: a casualty
    #: told by the persons it names ("a pensioner was hurt", "загинула пенсіонерка") counts them.
    casualty_word_re: re.Pattern[str] | None = None
    person_one_re: re.Pattern[str] | None = None
    person_many_re: re.Pattern[str] | None = None
    #: "nobody was hurt", "обійшлося без постраждалих": a clause that counts no one.
    casualty_negation_re: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        if self.comparison_gate is None and self.comparison_res:
            self.comparison_gate = PatternGate((p.pattern for p in self.comparison_res), re.IGNORECASE)


def _bound_regex(
    spec: dict[str, list[str]], anchored_end: bool, fillers: list[str] | None = None
) -> re.Pattern[str] | None:
    """The bound words of ``spec``; anchored at the end (a prefix bound), ``fillers`` may stand between
    the bound word and the number (fields r12, ``bound_fillers``: "more than a dozen", "примерно в 10
    км")."""
    groups = [
        rf"(?P<{bound}>{alternation([str(p) for p in phrases])})"
        for bound, phrases in spec.items()
        if phrases and bound in ("exact", "approx", "min", "max")
    ]
    if not groups:
        return None
    if anchored_end:
        filler = rf"(?:(?:{alternation(fillers)}){SPACE}+)?" if fillers else ""
        return re.compile(rf"(?<!\w)(?:{'|'.join(groups)}){SPACE}*{filler}$", re.IGNORECASE)
    return re.compile(rf"{SPACE}*(?:{'|'.join(groups)})(?!\w)", re.IGNORECASE)


@cache
def quantity_lexicon(lang: str) -> QuantityLexicon:
    """The quantity patterns of ``lang`` (cached); empty when the language has no quantities.yaml."""
    config = load_lang_yaml(lang, "quantities.yaml")
    patterns: list[UnitPattern] = []
    alternatives: list[str] = []
    for name, entries in (config.get("units") or {}).items():
        for entry in entries or []:
            alternatives.append(f"(?P<u{len(patterns)}>{entry['pattern']})")
            patterns.append(
                UnitPattern(
                    str(name),
                    entry.get("unit"),
                    float(entry.get("factor", 1.0)),
                    min_value=float(entry.get("min_value", 0.0)),
                    context=str(entry["context"]) if entry.get("context") else None,
                )
            )
    # Words that may stand between number and unit: adjectives ("russische", "Ukrainian"); the language
    # can restrict their shape (German nouns are capitalised) and exclude function words.
    word_shape = str(config.get("between_word") or r"[^\W\d_]+")
    stopwords = [str(w) for w in config.get("between_stopwords") or []]
    excluded = rf"(?!(?:{alternation(stopwords)}){SPACE})" if stopwords else ""
    adjective = rf"{excluded}{word_shape}{SPACE}+"
    # Two adjectives joined by "and" count as one: "2000 Ukrainian and foreign fighters", "более двух
    # тысяч украинских и иностранных боевиков" (the number joiners of quantities.yaml).
    adjective_joiners = [str(w) for w in (config.get("numbers") or {}).get("joiners") or []]
    if adjective_joiners:
        adjective = rf"{adjective}(?:(?:{alternation(adjective_joiners)}){SPACE}+{adjective})?"
    between = rf"(?:{adjective}){{0,{MAX_WORDS_BETWEEN}}}?"
    unit_re = (
        re.compile(rf"{SPACE}*-?{between}(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
        if alternatives
        else None
    )
    leading_units = [
        LeadingUnit(
            lead_re=re.compile(rf"(?<!\w)(?:{entry['pattern']}){SPACE}+$", re.IGNORECASE),
            noun_re=re.compile(rf"{SPACE}+(?:{entry['noun']})(?!\w)", re.IGNORECASE)
            if entry.get("noun")
            else None,
            name=str(entry["name"]),
            unit=entry.get("unit"),
            overrides=tuple(str(name) for name in entry.get("overrides") or []),
        )
        for entry in config.get("units_before") or []
    ]
    return QuantityLexicon(
        unit_patterns=patterns,
        unit_re=unit_re,
        leading_units=leading_units,
        bound_re=_bound_regex(
            config.get("bounds") or {},
            anchored_end=True,
            fillers=[str(w) for w in config.get("bound_fillers") or []],
        ),
        postfix_re=_bound_regex(config.get("postfix_bounds") or {}, anchored_end=False),
        coordinator_re=(
            re.compile(rf"{SPACE}*(?:{alternation([str(c) for c in coordinators])}){SPACE}*", re.IGNORECASE)
            if (coordinators := config.get("coordinators"))
            else None
        ),
        scope_res=[re.compile(str(p), re.IGNORECASE) for p in config.get("scope") or []],
        comparison_res=[
            re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for p in config.get("comparisons") or []
        ],
        label_re=(
            re.compile(rf"(?<!\w)(?:{alternation([str(w) for w in labels])}){SPACE}*$", re.IGNORECASE)
            if (labels := config.get("labels"))
            else None
        ),
        range_re=(
            re.compile(rf"{SPACE}*(?:{alternation([str(w) for w in joiners])}){SPACE}*", re.IGNORECASE)
            if (joiners := config.get("range_joiners"))
            else None
        ),
        locates_re=(
            re.compile(rf"{SPACE}*,?{SPACE}*(?:{'|'.join(str(p) for p in locating)})(?!\w)", re.IGNORECASE)
            if (locating := config.get("locates_after"))
            else None
        ),
        advance_re=(
            re.compile(rf"(?<!\w)(?:{advancing}){SPACE}+(?:[\w-]+{SPACE}+)?$", re.IGNORECASE)
            if (advancing := config.get("advance_before"))
            else None
        ),
        context_res=_context_regexes(config.get("contexts") or {}, "needs"),
        blocking_context_res=_context_regexes(config.get("contexts") or {}, "not_with"),
        wounded_re=_word_regex(config.get("wounded_words"), stems=True),
        casualty_word_re=_word_regex(config.get("casualty_words"), stems=True),
        person_one_re=_word_regex((config.get("casualty_persons") or {}).get("one"), stems=False),
        person_many_re=_word_regex((config.get("casualty_persons") or {}).get("many"), stems=False),
        casualty_negation_re=_word_regex(config.get("casualty_negations"), stems=True),
    )


def _word_regex(words: list[str] | None, stems: bool) -> re.Pattern[str] | None:
    """Regex alternatives (word stems when ``stems``, else whole words), case-insensitive; None if empty."""
    if not words:
        return None
    end = "" if stems else r"(?!\w)"
    return re.compile(rf"(?<!\w)(?:{'|'.join(str(w) for w in words)}){end}", re.IGNORECASE)


def _context_regexes(spec: dict[str, dict[str, list[str]]], key: str) -> dict[str, re.Pattern[str]]:
    """One regex per named context ("military") of its ``needs`` or ``not_with`` word stems."""
    regexes: dict[str, re.Pattern[str]] = {}
    for name, entry in spec.items():
        stems = [str(stem) for stem in (entry or {}).get(key) or []]
        if stems:
            regexes[str(name)] = re.compile(rf"(?<!\w)(?:{'|'.join(stems)})", re.IGNORECASE)
    return regexes


def _context_allows(pattern: UnitPattern, text: str, start: int, end: int, lexicon: QuantityLexicon) -> bool:
    """Whether the words around a figure let ``pattern`` count it: "300 человек" are troops only with a
    military word nearby and no word for civilians or evacuees ("жителей", "эвакуированы")."""
    if pattern.context is None:
        return True
    window = text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
    blocking = (lexicon.blocking_context_res or {}).get(pattern.context)
    if blocking is not None and blocking.search(window):
        return False
    needed = (lexicon.context_res or {}).get(pattern.context)
    return needed is None or needed.search(window) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence boundaries, good enough to keep a scope or comparison near its figure."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END_RE.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()] or [(0, len(text))]


def _sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    for index, (start, end) in enumerate(spans):
        if start <= offset < end:
            return index
    return len(spans) - 1


def _matched_bound(match: re.Match[str]) -> str:
    return next(bound for bound in ("exact", "approx", "min", "max") if match.groupdict().get(bound))


def find_comparisons(text: str, lang: str) -> list[ComparisonMatch]:
    """Size comparisons such as "größer als ganz Berlin" or "larger than Luxembourg", by offset."""
    found: list[ComparisonMatch] = []
    lexicon = quantity_lexicon(lang)
    patterns = lexicon.comparison_res
    gate = lexicon.comparison_gate
    for index in gate.possible(text) if gate is not None else range(len(patterns)):
        for match in patterns[index].finditer(text):
            found.append(ComparisonMatch(match.start(), match.end(), match.group(0)))
    # Keep the longest of overlapping matches.
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[ComparisonMatch] = []
    for comparison in found:
        if kept and comparison.start < kept[-1].end:
            continue
        kept.append(comparison)
    return kept


def _find_scope(
    text: str, sentence: tuple[int, int], near: tuple[int, int], lexicon: QuantityLexicon
) -> str | None:
    """The scope phrase of the sentence nearest to the quantity span ``near``."""
    best: tuple[int, str] | None = None
    segment = text[sentence[0] : sentence[1]]
    for pattern in lexicon.scope_res:
        for match in pattern.finditer(segment):
            start, end = sentence[0] + match.start(), sentence[0] + match.end()
            distance = max(near[0] - end, start - near[1], 0)
            if best is None or distance < best[0]:
                best = (distance, match.group("scope") if "scope" in pattern.groupindex else match.group(0))
    return best[1] if best else None


def _quantity_after(
    number: NumberMatch, text: str, lexicon: QuantityLexicon, next_number: NumberMatch | None = None
) -> tuple[QuantityMatch, bool] | None:
    """Read a bound, unit and postfix bound around ``number``; None when it has no unit.

    The flag says whether a bound word was found (as opposed to the default ``exact``). A postfix bound
    that is the bound word of the next number ("12 населённых пунктов и более 300 км²", "8 villages
    and more than 90 km²") is that number's, not this one's.
    """
    if lexicon.unit_re is None:
        return None
    bound = number.bound
    explicit = number.kind == "vague"
    prefix = _bound_before(number, text, lexicon)
    unit_from = number.end
    if lexicon.postfix_re is not None:
        postfix = lexicon.postfix_re.match(text, number.end)
        if postfix:
            bound, explicit = _matched_bound(postfix), True
            unit_from = postfix.end()
    unit_match = lexicon.unit_re.match(text, unit_from)
    pattern = None
    if unit_match is not None:
        index = next(int(key[1:]) for key, value in unit_match.groupdict().items() if value is not None)
        pattern = lexicon.unit_patterns[index]
        if number.value < pattern.min_value or not _context_allows(
            pattern, text, number.start, unit_match.end(), lexicon
        ):
            unit_match, pattern = None, None
    leading = _leading_unit(number, text, lexicon, prefix)
    if leading is not None and prefix is not None and leading[1].end() > prefix.start():
        # "кількість загиблих зросла до 21": the toll phrase's own preposition, no "up to" bound.
        prefix = None
    # A verb before the number decides what people are counted: "уничтожив 200 военнослужащих" are losses.
    if leading is not None and (pattern is None or pattern.name in leading[0].overrides):
        entry, lead = leading
        start, end = lead.start(), unit_match.end() if unit_match else number.end
        if unit_match is None:
            noun = entry.noun_re.match(text, end) if entry.noun_re is not None else None
            if noun is not None:
                end = noun.end()
            elif not CLAUSE_END_RE.match(text, end):
                # "Знищено один склад БК": the verb counts the noun that follows, and that noun is no
                # person; only a figure that ends its clause ("втрати склали 400.") stands for people.
                return None
        name, unit, factor = entry.name, entry.unit, 1.0
    elif pattern is not None and unit_match is not None:
        start, end = number.start, unit_match.end()
        name, unit, factor = pattern.name, pattern.unit, pattern.factor
    else:
        return None
    if lexicon.postfix_re is not None:
        postfix = lexicon.postfix_re.match(text, end)
        if postfix and not _opens_next_figure(postfix, next_number, text, lexicon):
            bound, explicit = _matched_bound(postfix), True
            end = postfix.end()
    if prefix:
        bound, explicit = _prefix_bound(prefix, text, lexicon), True
        start = min(start, prefix.start())
    quantity = Quantity(value=round(number.value * factor, 2), bound=bound, unit=unit)
    locates = (
        name == "distance_km"
        and lexicon.locates_re is not None
        and lexicon.locates_re.match(text, end) is not None
        and not (
            lexicon.advance_re is not None
            and lexicon.advance_re.search(text, max(0, start - ADVANCE_WINDOW), start) is not None
        )
    )
    return QuantityMatch(start, end, text[start:end], name, quantity, locates), explicit


def _opens_next_figure(
    postfix: re.Match[str], next_number: NumberMatch | None, text: str, lexicon: QuantityLexicon
) -> bool:
    """Whether the words read as a postfix bound begin the bound word of the next number."""
    if next_number is None or next_number.start < postfix.end():
        return False
    before_next = _bound_before(next_number, text, lexicon)
    return before_next is not None and before_next.start() < postfix.end()


def _bound_before(number: NumberMatch, text: str, lexicon: QuantityLexicon) -> re.Match[str] | None:
    if lexicon.bound_re is None:
        return None
    return lexicon.bound_re.search(text, max(0, number.start - BOUND_WINDOW), number.start)


def _prefix_bound(prefix: re.Match[str], text: str, lexicon: QuantityLexicon) -> str:
    """The bound a prefix gives. A limit right before a rounding word is the bound: "no more than about
    60", "bis zu etwa 60", "до примерно 60" -> ``max``, not ``approx`` (the figure's span still starts
    at the rounding word)."""
    bound = _matched_bound(prefix)
    if bound != "approx" or lexicon.bound_re is None:
        return bound
    limit = lexicon.bound_re.search(text, max(0, prefix.start() - BOUND_WINDOW), prefix.start())
    return _matched_bound(limit) if limit is not None and _matched_bound(limit) in ("min", "max") else bound


def _leading_unit(
    number: NumberMatch, text: str, lexicon: QuantityLexicon, prefix: re.Match[str] | None
) -> tuple[LeadingUnit, re.Match[str]] | None:
    """The unit said before the number ("killing at least 13 people"), with its match, or None.

    It ends before the bound word, else right before the number, taking in a word that reads as a bound
    elsewhere ("зросла до 21", "возросло до 12": "до" is the verb's preposition there)."""
    ends = (prefix.start(), number.start) if prefix else (number.start,)
    for lead_end in ends:
        for leading in lexicon.leading_units:
            lead = leading.lead_re.search(text, max(0, lead_end - LEADING_UNIT_WINDOW), lead_end)
            if lead is not None:
                return leading, lead
    return None


def _as_range_end(
    low: NumberMatch, found: tuple[QuantityMatch, bool], text: str, lexicon: QuantityLexicon
) -> tuple[QuantityMatch, bool]:
    """ "2.000 bis 3.000 Soldaten", "2-3 тисячі": the figure is the upper end, so ``max`` unless a bound
    word stands before the lower end ("etwa 2.000 bis 3.000"); the match then starts at the lower end."""
    match, explicit = found
    if explicit or lexicon.range_re is None or low.end > match.start or low.kind == "vague":
        return found
    if low.value >= match.quantity.value:
        return found  # "2022 – 300 Soldaten" is no range: a range rises
    if not lexicon.range_re.fullmatch(text, low.end, match.start):
        return found
    prefix = _bound_before(low, text, lexicon)
    bound = _matched_bound(prefix) if prefix else "max"
    start = prefix.start() if prefix else low.start
    quantity = replace(match.quantity, bound=bound)
    return replace(match, start=start, text=text[start : match.end], quantity=quantity), True


def _inherit_coordinated_bounds(
    text: str, found: list[tuple[QuantityMatch, bool]], lexicon: QuantityLexicon
) -> list[QuantityMatch]:
    """ "about 30,000 troops and 5,000 vehicles": a figure without a bound word shares the ``approx`` of the
    figure it is coordinated with."""
    result = [match for match, _ in found]
    if lexicon.coordinator_re is None:
        return result
    for index in range(1, len(result)):
        previous, current = result[index - 1], result[index]
        has_own_bound = found[index][1]
        # Only "about" carries over: "more than 200 soldiers and 17 vehicles" says nothing about the 17.
        if has_own_bound or previous.quantity.bound != "approx":
            continue
        # A rounded measure does not make a count joined to it approximate ("about 500 km² and 29 villages").
        if (previous.name in MEASURE_NAMES) != (current.name in MEASURE_NAMES):
            continue
        if lexicon.coordinator_re.fullmatch(text[previous.end : current.start]):
            result[index] = replace(
                current, quantity=replace(current.quantity, bound=previous.quantity.bound)
            )
    return result


def find_quantities(text: str, lang: str) -> list[QuantityMatch]:
    """All quantities of ``text`` in language ``lang``, by offset, with bound, scope and comparison."""
    lexicon = quantity_lexicon(lang)
    if lexicon.unit_re is None:
        return []
    numbers = find_numbers(text, lang)
    counted = _counted_casualties(text, lexicon, numbers)
    if not numbers and not counted:
        return []  # no figure, no quantity: spares the scans for dates, scopes and comparisons
    date_spans: list[tuple[int, int]] | None = None
    found: list[tuple[QuantityMatch, bool]] = []
    for position, number in enumerate(numbers):
        if found and number.start < found[-1][0].end:
            continue
        if lexicon.label_re is not None and lexicon.label_re.search(
            text, max(0, number.start - BOUND_WINDOW), number.start
        ):
            continue  # "Nr. 5", "№ 3": a label, not a count
        following = numbers[position + 1] if position + 1 < len(numbers) else None
        quantity = _quantity_after(number, text, lexicon, following)
        if quantity is None:
            continue
        if position > 0:
            quantity = _as_range_end(numbers[position - 1], quantity, text, lexicon)
        # Numbers inside a date are no quantities. The dates are only looked for once a number with
        # a unit needs the check; the publication date does not change where dates are.
        if date_spans is None:
            date_spans = [(t.start, t.end) for t in resolve_times(text, date(2000, 1, 1), lang)]
        if any(number.start < end and start < number.end for start, end in date_spans):
            continue
        found.append(quantity)
    if not found and not counted:
        return []
    matches = _inherit_coordinated_bounds(text, found, lexicon)
    # A casualty told by the persons it names counts them, unless a figure of its clause counts people.
    matches += [
        count
        for count in counted
        if not any(m.name in PEOPLE_NAMES and m.start < count.end and count.start < m.end for m in matches)
    ]
    matches = _deaths_before_injuries(sorted(matches, key=lambda m: m.start), lexicon)

    sentences = sentence_spans(text)
    with_scope = []
    for match in matches:
        sentence = sentences[_sentence_index(sentences, match.start)]
        scope = _find_scope(text, sentence, (match.start, match.end), lexicon)
        with_scope.append(replace(match, quantity=replace(match.quantity, scope=scope)) if scope else match)
    return _attach_comparisons(text, lang, with_scope, sentences)


#: Where a clause ends for counting the persons a casualty names: punctuation or a dash between words.
_CASUALTY_CLAUSE_BREAK_RE = re.compile(rf"[,;:!?()\n]|\.(?={SPACE}|$)|{SPACE}[—–-]{SPACE}")


def _person_counts(
    part: tuple[int, int], text: str, lexicon: QuantityLexicon, numbers: list[NumberMatch]
) -> list[tuple[int, int, int | None]]:
    """The person nouns of ``part`` as (start, end, how many): the number right before the noun ("двоє
    людей", "two small children", "21 людина"), else one for a singular noun and None for a plural
    ("children"). A number joined to the noun by "and" or a comma is another's: an age ("водій 50 років і
    пасажир 30 років")."""
    persons: list[tuple[int, int, int | None]] = []
    start, end = part
    for person_re, default in ((lexicon.person_one_re, 1), (lexicon.person_many_re, None)):
        if person_re is None:
            continue
        for match in person_re.finditer(text, start, end):
            count: int | None = default
            for number in numbers:
                if not (start <= number.start and number.end <= match.start()):
                    continue
                gap = text[number.end : match.start()]
                if len(gap.split()) > PERSON_COUNT_WORDS or _CASUALTY_CLAUSE_BREAK_RE.search(gap):
                    continue
                if lexicon.coordinator_re is not None and any(
                    lexicon.coordinator_re.fullmatch(word) for word in gap.split()
                ):
                    continue
                count = int(number.value) if number.value == int(number.value) else None
            persons.append((match.start(), match.end(), count))
    return sorted(persons)


def _counted_casualties(
    text: str, lexicon: QuantityLexicon, numbers: list[NumberMatch]
) -> list[QuantityMatch]:
    """Casualties told by the persons they name, with no figure: "a 64-year-old man was injured" (1),
    "ein Fahrer und eine Passantin wurden verwundet" (2), "при обстреле ранен водитель" (1), "поранено
    трьох працівників" (3). Counted per clause that holds a word of being killed or injured; a clause of
    persons with no such word goes with the next clause that has one and names no one ("Троє
    рятувальників, які гасили пожежу, дістали травми"), else with the clause before ("killing a farmer,
    his two sons and a neighbour"). A plural with no number, or a clause that says nobody was hurt, counts
    nothing."""
    if lexicon.casualty_word_re is None or not lexicon.casualty_word_re.search(text):
        return []
    parts: list[tuple[int, int]] = []
    start = 0
    for brk in _CASUALTY_CLAUSE_BREAK_RE.finditer(text):
        if text[start : brk.start()].strip():
            parts.append((start, brk.start()))
        start = brk.end()
    if text[start:].strip():
        parts.append((start, len(text)))
    persons = [_person_counts(part, text, lexicon, numbers) for part in parts]
    hurt = [lexicon.casualty_word_re.search(text, s, e) is not None for s, e in parts]
    groups: list[list[int]] = []
    for index in range(len(parts)):
        if not persons[index]:
            continue
        if hurt[index]:
            groups.append([index])
            continue
        following = next(
            (j for j in range(index + 1, min(len(parts), index + 3)) if hurt[j] or persons[j]), None
        )
        if following is not None and hurt[following] and not persons[following]:
            groups.append([index, following])
        elif groups and groups[-1][-1] == index - 1 and hurt[groups[-1][0]]:
            groups[-1].append(index)
    counted: list[QuantityMatch] = []
    for group in groups:
        group_persons = [p for index in group for p in persons[index]]
        span_start, span_end = parts[group[0]][0], parts[group[-1]][1]
        if any(count is None for _, _, count in group_persons):
            continue
        if lexicon.casualty_negation_re is not None and lexicon.casualty_negation_re.search(
            text, span_start, span_end
        ):
            continue
        total = sum(count or 0 for _, _, count in group_persons)
        # The match is the whole clause, so that its word of injury (or death) is part of it.
        span_start += len(text[span_start:span_end]) - len(text[span_start:span_end].lstrip())
        counted.append(
            QuantityMatch(
                span_start,
                span_end,
                text[span_start:span_end],
                "casualties",
                Quantity(value=float(total), bound="exact", unit="people"),
            )
        )
    return counted


def _deaths_before_injuries(matches: list[QuantityMatch], lexicon: QuantityLexicon) -> list[QuantityMatch]:
    """The casualty figure of a sentence that gives the dead and the wounded is the number killed
    (gold/README.md, the dev majority): "killed 9 people and injured 40" is 9. Only a sentence that
    gives the wounded alone keeps them ("more than 30 were injured")."""
    if lexicon.wounded_re is None:
        return matches
    casualties = [m for m in matches if m.name == "casualties"]
    if len(casualties) < 2:
        return matches
    wounded = [m for m in casualties if lexicon.wounded_re.search(m.text)]
    if not wounded or len(wounded) == len(casualties):
        return matches
    return [m for m in matches if m not in wounded]


def _attach_comparisons(
    text: str, lang: str, matches: list[QuantityMatch], sentences: list[tuple[int, int]]
) -> list[QuantityMatch]:
    """Give each comparison to the nearest quantity before it in its own or the previous sentence."""
    result = list(matches)
    for comparison in find_comparisons(text, lang):
        sentence = _sentence_index(sentences, comparison.start)
        candidates = [
            index
            for index, match in enumerate(result)
            if match.end <= comparison.start
            and sentence - 1 <= _sentence_index(sentences, match.start) <= sentence
            and match.quantity.comparison is None
        ]
        if not candidates:
            continue
        areas = [index for index in candidates if result[index].name == "area_km2"]
        chosen = max(areas or candidates, key=lambda index: result[index].end)
        result[chosen] = replace(
            result[chosen], quantity=replace(result[chosen].quantity, comparison=comparison.text)
        )
    return result
