"""Inflected forms of place names: Ukrainian and Russian cases, German genitive and adjective.

Ukrainian and Russian: pymorphy3 (with its uk and ru dictionaries) puts each word of a name into
the cases listed in ``data/lang/<xx>/places.yaml``; where it cannot (unknown word, a parse that does
not inflect), the ending rules of the same file are used. German: the endings of ``name_suffixes``
(Charkiw -> Charkiws, Charkiwer).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from frontwatch.datafiles import LANG_DIR, read_yaml_mapping

_WORD_SPLIT = re.compile(r"(\s+|-)")


def lang_dir() -> Path:
    return LANG_DIR


@cache
def load_places_lang(lang: str) -> dict[str, Any]:
    """The ``places.yaml`` of one language ({} when the language has none)."""
    path = lang_dir() / lang / "places.yaml"
    if not path.is_file():
        return {}
    return read_yaml_mapping(path)


def places_languages() -> list[str]:
    """Languages that have a ``places.yaml``, discovered by listing ``data/lang``."""
    return sorted(p.parent.name for p in lang_dir().glob("*/places.yaml"))


def words_of_every_language(key: str, normalise: Callable[[str], str]) -> set[str]:
    """The words listed under ``key`` in every language's ``places.yaml``, each normalised."""
    words: set[str] = set()
    for lang in places_languages():
        words.update(normalise(str(word)) for word in load_places_lang(lang).get(key) or [])
    return words


def regex_alternation(words: Iterable[str]) -> str:
    """``words`` as one regular-expression alternation, longest first (so that the longest phrase
    wins where one word begins another); an empty list never matches."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)"


def places_lang_files() -> list[Path]:
    return sorted(lang_dir().glob("*/places.yaml"))


@lru_cache(maxsize=2)
def _analyzer(lang: str) -> Any:
    import pymorphy3  # imported lazily: only index building needs it

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def _word_cases(word: str, lang: str, modifier: bool = False) -> tuple[tuple[str, ...], ...]:
    """One tuple of forms per case of ``cases`` (empty tuples when the word does not inflect).

    The dictionary form (pymorphy3) where it can inflect the word, plus the forms of the ending
    rules. Capitalisation follows the input word. ``modifier``: the word stands before the head
    noun of a name (Гола Пристань, Кривой Рог), so its adjective reading is taken when the
    dictionary has one, even when a noun reading ranks first (гола: "of the goal"; кривой: "of
    the curve").
    """
    config = load_places_lang(lang)
    cases: list[str] = list(config.get("cases", []))
    if not cases or not any(ch.isalpha() for ch in word) or word.endswith("."):
        return ()
    rule_forms = _suffix_forms(word.lower(), config.get("inflection_suffixes") or {}, len(cases))
    try:
        parses = _analyzer(lang).parse(word)
    except Exception:  # pymorphy3 dictionaries missing: the ending rules alone
        parses = []
    parse = None
    if modifier:
        parse = next((p for p in parses if "nomn" in p.tag and p.tag.POS == "ADJF"), None)
    if parse is None:
        parse = next((p for p in parses if "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF")), None)
    # The lexeme once per word: Parse.inflect would rebuild it for every case.
    lexeme = _analyzer(lang).get_lexeme(parse) if parse is not None else []
    result: list[tuple[str, ...]] = []
    for index, case in enumerate(cases):
        forms: list[str] = []
        if parse is not None:
            grammemes = {case}
            if "plur" in parse.tag:
                grammemes.add("plur")
            elif "sing" in parse.tag:
                grammemes.add("sing")
            inflected = inflect_in_lexeme(_analyzer(lang), parse, lexeme, grammemes)
            if inflected is not None:
                forms.append(inflected.word)
        if rule_forms:
            # The dictionary gives one form per case; the rules add the variants reporting also
            # uses (Харкову / Харкові, Бурлуку / Бурлукові).
            forms.extend(f for f in rule_forms[index] if f not in forms)
        result.append(tuple(_match_case(word, f) for f in forms if f))
    if not any(result):
        return ()
    return tuple(result)


def inflect_in_lexeme(analyzer: Any, parse: Any, lexeme: list[Any], required: set[str]) -> Any:
    """``parse.inflect(required)`` of pymorphy3, choosing from a lexeme computed beforehand.

    The same choice as ``MorphAnalyzer._inflect`` (pymorphy3 2.0): the forms carrying the
    required grammemes (after ``fix_rare_cases`` when none does), the one most similar to the
    parse's own tag, the first of equals. A test compares it with ``Parse.inflect``.
    """
    possible = [form for form in lexeme if required <= form.tag.grammemes]
    if not possible:
        required = analyzer.TagClass.fix_rare_cases(required)
        possible = [form for form in lexeme if required <= form.tag.grammemes]
    grammemes = parse.tag.updated_grammemes(required)

    def similarity(form: Any) -> float:
        tag_grammemes = form.tag.grammemes
        return len(grammemes & tag_grammemes) - 0.1 * len(grammemes ^ tag_grammemes)

    best = heapq.nlargest(1, possible, key=similarity)
    return best[0] if best else None


_VOWELS = set("аеєиіїоуюяыэё")


def _suffix_forms(word: str, rules: dict[str, list[str]], n_cases: int) -> list[list[str]]:
    """Per case, the forms the ending rules give ([] when no rule applies)."""
    for ending in sorted(rules, key=len, reverse=True):
        replacements = rules[ending]
        if len(replacements) != n_cases:
            continue
        if ending == "":
            if not (word[-1:].isalpha() and word[-1] not in _VOWELS and word[-1] not in "ьй'"):
                continue
            stem = word
        elif word.endswith(ending):
            stem = word[: -len(ending)]
        else:
            continue
        return [[stem + alt for alt in str(repl or "").split("|")] for repl in replacements]
    return []


def _match_case(model: str, word: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def case_forms(name: str, lang: str) -> set[str]:
    """All case forms of a (possibly multi-word) Cyrillic name in ``lang`` ("uk" or "ru").

    Every word that inflects is put into the same case (Козача Лопань -> Козачої Лопані); a word
    before the last that is not in the nominative (Волохів in Волохів Яр) stays as it is. In
    hyphenated words only the last part inflects (Ивано-Франковск -> Ивано-Франковска).
    """
    words = name.split()
    if not words:
        return set()
    per_word: list[tuple[tuple[str, ...], ...]] = []
    for index, word in enumerate(words):
        head, _, last = word.rpartition("-")
        possessive = _possessive_cases(word, lang) if index < len(words) - 1 else ()
        if possessive:
            per_word.append(possessive)
        elif index < len(words) - 1 and _is_genitive_word(word, lang):
            per_word.append(())
        elif head and last:
            per_word.append(_hyphenated_cases(word, lang))
        else:
            per_word.append(_word_cases(word, lang, index < len(words) - 1))
    n_cases = max((len(w) for w in per_word), default=0)
    forms: set[str] = set()
    for case_index in range(n_cases):
        combos: list[str] = [""]
        for word, word_forms in zip(words, per_word, strict=True):
            options = word_forms[case_index] if word_forms and word_forms[case_index] else (word,)
            combos = [f"{c} {o}".strip() for c in combos for o in options]
        forms.update(combos)
    forms.discard(name)
    return forms


def vocative_forms(name: str, lang: str) -> set[str]:
    """The vocative of a one-word region noun (Сумщина -> Сумщино), from ``vocative_suffixes`` in
    places.yaml (ending -> vocative ending, longest first); empty for other names and languages."""
    rules = load_places_lang(lang).get("vocative_suffixes") or {}
    if " " in name:
        return set()
    for ending in sorted(rules, key=len, reverse=True):
        if name.endswith(str(ending)):
            return {name[: len(name) - len(str(ending))] + str(rules[ending])}
    return set()


def _possessive_cases(word: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """Case forms of a possessive adjective before a noun (Волохов Яр -> Волохова Яра, Давыдов Брод
    -> Давыдова Брода), from ``possessive_suffixes`` in places.yaml; the word unchanged stays an
    option (Волохів Яру). Empty when the word has no such ending."""
    rules = load_places_lang(lang).get("possessive_suffixes") or {}
    lower = word.lower()
    for ending in sorted(rules, key=len, reverse=True):
        if lower.endswith(str(ending)) and len(lower) > len(str(ending)) + 2:
            stem = word[: -len(str(ending))]
            return tuple((stem + str(replacement), word) for replacement in rules[ending])
    return ()


def _hyphenated_cases(word: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """Case forms of a hyphenated word: the last part alone (Ивано-Франковска) and every part
    together (Купянска-Узлового, Кам'янки-Дніпровської)."""
    parts = word.split("-")
    part_cases = [_word_cases(part, lang) for part in parts]
    n_cases = len(part_cases[-1])
    if n_cases == 0:
        return ()
    result: list[tuple[str, ...]] = []
    head = "-".join(parts[:-1])
    for case_index in range(n_cases):
        forms = {f"{head}-{f}" for f in part_cases[-1][case_index]}
        combos = [""]
        for part, cases in zip(parts, part_cases, strict=True):
            options = cases[case_index] if len(cases) > case_index and cases[case_index] else (part,)
            combos = [f"{c}-{o}" if c else o for c in combos for o in options]
        forms.update(combos)
        result.append(tuple(sorted(forms)))
    return tuple(result)


@lru_cache(maxsize=50_000)
def _is_genitive_word(word: str, lang: str) -> bool:
    """True when a word before the head noun is a fixed genitive (Волохів in Волохів Яр): its
    first reading is a genitive and no reading is a nominative adjective (Гола in Гола Пристань is
    first read as "of the goal", but it is the adjective "bare")."""
    try:
        parses = _analyzer(lang).parse(word)
    except Exception:
        return False
    if not parses or "gent" not in parses[0].tag or "nomn" in parses[0].tag:
        return False
    return not any(p.tag.POS == "ADJF" and "nomn" in p.tag for p in parses)


def german_forms(name: str) -> set[str]:
    """Charkiw -> {Charkiws, Charkiwer}: the endings of ``data/lang/de/places.yaml`` name_suffixes."""
    suffixes = load_places_lang("de").get("name_suffixes") or []
    forms = set()
    for suffix in suffixes:
        if suffix == "s" and name[-1:] in ("s", "z", "x", "ß"):
            continue
        forms.add(name + str(suffix))
    return forms


def agreeing_phrase_forms(adjective: str, noun: str, lang: str) -> set[str]:
    """Every case form of "adjective noun" with the adjective agreeing with the noun.

    "Купянский" + "направление" -> Купянское направление, Купянском направлении, ...;
    "Краматорський" + "напрямок" -> Краматорському напрямку, Краматорському напрямкові, ...
    Each case takes every form the dictionary lists for it (напрямку and напрямкові are both
    locative). Empty when the dictionary knows neither word.
    """
    return {
        f"{adjective_form} {noun_form}"
        for adjective_form, noun_form in agreeing_phrase_pairs(adjective, noun, lang)
    }


def agreeing_phrase_pairs(adjective: str, noun: str, lang: str) -> set[tuple[str, str]]:
    """:func:`agreeing_phrase_forms` as (adjective form, noun form) pairs: the index keeps the two
    words of a town's phrases apart (``gazetteer.Gazetteer.phrase_heads``)."""
    cases = _phrase_cases(lang)
    if not cases:
        return set()
    noun_forms = _noun_case_forms(noun, lang)
    adjective_lexeme = _adjective_lexeme(adjective.lower(), lang)
    if noun_forms is None or adjective_lexeme is None:
        return set()
    gender, nouns_by_case = noun_forms
    forms: set[tuple[str, str]] = set()
    for case in cases:
        adjectives = {
            word
            for word, grammemes in adjective_lexeme
            if case in grammemes and "plur" not in grammemes and (gender is None or gender in grammemes)
        }
        for adjective_form in adjectives:
            for noun_form in nouns_by_case[case]:
                forms.add((_match_case(adjective, adjective_form), noun_form))
    return forms


def _phrase_cases(lang: str) -> tuple[str, ...]:
    """The nominative and the ``cases`` of places.yaml, or nothing when the language has none."""
    cases: list[str] = list(load_places_lang(lang).get("cases", []))
    return ("nomn", *cases) if cases else ()


#: A word form with its grammemes, as the analyser's lexeme lists it.
_LexemeForm = tuple[str, frozenset[str]]


@lru_cache(maxsize=1_000)
def _noun_case_forms(noun: str, lang: str) -> tuple[str | None, dict[str, frozenset[str]]] | None:
    """The gender of ``noun`` and its singular forms by case (the same few direction and community
    nouns head every town's phrases, so they are analysed once). None when the dictionary lacks it.
    An abbreviation listed in ``indeclinable_nouns`` of places.yaml (ТЕС, ГЕС: feminine, never
    inflected) has its gender from there and one form in every case: the dictionary would read it
    as another word (тес)."""
    indeclinable: dict[str, str] = load_places_lang(lang).get("indeclinable_nouns") or {}
    if noun in indeclinable:
        return str(indeclinable[noun]), {case: frozenset({noun}) for case in _phrase_cases(lang)}
    try:
        analyzer = _analyzer(lang)
        parse = next((p for p in analyzer.parse(noun) if p.tag.POS == "NOUN" and "nomn" in p.tag), None)
        if parse is None:
            return None
        lexeme = [(f.word, frozenset(f.tag.grammemes)) for f in parse.lexeme]
    except Exception:
        return None
    by_case: dict[str, frozenset[str]] = {}
    for case in _phrase_cases(lang):
        # The Ukrainian dictionary marks no number on singular forms: "not plural" is singular. The
        # Russian second locative (в порту) is a locative too, with the adjective's locative.
        by_case[case] = frozenset(
            word
            for word, grammemes in lexeme
            if (case in grammemes or (case == "loct" and "loc2" in grammemes)) and "plur" not in grammemes
        )
    return parse.tag.gender, by_case


@lru_cache(maxsize=20_000)
def _adjective_lexeme(adjective: str, lang: str) -> tuple[_LexemeForm, ...] | None:
    """The forms of ``adjective`` (lower case) read as a nominative adjective, or None."""
    try:
        parse = next(
            (p for p in _analyzer(lang).parse(adjective) if p.tag.POS == "ADJF" and "nomn" in p.tag), None
        )
        if parse is None:
            return None
        return tuple((f.word, frozenset(f.tag.grammemes)) for f in parse.lexeme)
    except Exception:
        return None


@lru_cache(maxsize=200_000)
def is_dictionary_word(word: str, lang: str) -> bool:
    """True when the morphological dictionary of ``lang`` knows ``word`` (сили, Орлова)."""
    try:
        return bool(_analyzer(lang).word_is_known(word.lower()))
    except Exception:
        return False


@lru_cache(maxsize=50_000)
def parses_as_adjective(word: str, lang: str) -> bool:
    """True when the best reading the analyser of ``lang`` gives ``word`` is an adjective, known or
    guessed from its ending: Приморское, Каменское. A name of that shape inflects like an adjective,
    so its case forms (Каменского, Каменском) are the name's even where the dictionary also knows
    them as a surname or another town's case."""
    try:
        parses = _analyzer(lang).parse(word.lower())
    except Exception:
        return False
    return bool(parses) and parses[0].tag.POS == "ADJF"


@cache
def _common_word_tags(lang: str) -> tuple[frozenset[str], ...]:
    """``common_word_tags`` of places.yaml: grammeme sets that make a dictionary word an ordinary word."""
    tags = load_places_lang(lang).get("common_word_tags") or []
    return tuple(frozenset(str(tag).replace(",", " ").split()) for tag in tags)


@lru_cache(maxsize=200_000)
def is_common_word(word: str, lang: str) -> bool:
    """True when the dictionary of ``lang`` knows ``word`` as an ordinary word that is no noun:
    an adverb, pronoun, conjunction or qualitative adjective (Головне "the main thing", Чому "why",
    Українське "Ukrainian"), per ``common_word_tags`` in places.yaml, and never as a place name.

    Relational adjectives that name places (Покровське, Шахтарське) and nouns (Лиман, Ізюм) are not
    common words in this sense: capitalised, they are names wherever they stand.
    """
    wanted = _common_word_tags(lang)
    if not wanted:
        return False
    try:
        analyzer = _analyzer(lang)
        # Only a dictionary reading makes a common word (below), and the dictionary's readings are
        # those of a known word: an unknown one (most place forms) is no common word, without the
        # costly guessing from its ending that ``parse`` would do (most of a cold index build).
        if not analyzer.word_is_known(word):
            return False
        parses = analyzer.parse(word.lower())
    except Exception:
        return False
    common = False
    for parse in parses:
        grammemes = parse.tag.grammemes
        if "Geox" in grammemes:
            return False
        if len(parse.methods_stack) != 1 or type(parse.methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
            continue  # a guess (from the word's ending or a made-up prefix) says nothing
        if any(tag <= grammemes for tag in wanted):
            common = True
    return common


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
_GENDERS_AND_PLURAL = frozenset({"masc", "femn", "neut", "plur"})


def _agreement_slots(word: str, lang: str, pos: str) -> frozenset[tuple[str, str]]:
    """(case, gender or plural) pairs of the dictionary readings of ``word`` with part of speech ``pos``."""
    try:
        parses = _analyzer(lang).parse(word)
    except Exception:
        return frozenset()
    slots: set[tuple[str, str]] = set()
    for parse in parses:
        if pos != parse.tag.POS or len(parse.methods_stack) != 1:
            continue
        if type(parse.methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
            continue
        grammemes = parse.tag.grammemes
        if "Fixd" in grammemes or "Abbr" in grammemes:
            continue  # indeclinable readings ("и" as a letter) agree with anything
        for case in grammemes & _CASES:
            for kind in grammemes & _GENDERS_AND_PLURAL:
                slots.add((case, kind))
    return frozenset(slots)


@lru_cache(maxsize=50_000)
def adjective_agrees_with_noun(adjective: str, noun: str, lang: str) -> bool:
    """True when the dictionary reads ``adjective noun`` as an agreeing phrase (головне управління,
    українська сторона): same case and gender (or both plural)."""
    return bool(_agreement_slots(adjective.lower(), lang, "ADJF") & _agreement_slots(noun, lang, "NOUN"))


def town_adjectives(name: str, lang: str) -> list[str]:
    """The relational adjectives (masculine nominative) a one-word town name forms by the ending
    rules ``town_adjective_suffixes`` of places.yaml: Юнаківка -> Юнаківський, Краснопілля ->
    Краснопільський, Дергачі -> Дергачівський, Новопавловка -> Новопавловский. Longest ending
    first; "" stands for any final consonant. A two-word name gets its compound adjective
    (:func:`_compound_town_adjectives`). Empty for hyphenated names and where no rule
    applies; a rule may guess wrong for an irregular name (Липці, Липецька громада), which then
    only adds a form that reporting never writes."""
    rules: dict[str, str] = load_places_lang(lang).get("town_adjective_suffixes") or {}
    if " " in name:
        return _compound_town_adjectives(name, lang)
    if not rules or "-" in name or len(name) < 4:
        return []
    lowered = name.lower()
    for ending in sorted(rules, key=len, reverse=True):
        if ending == "":
            if lowered[-1] in _VOWELS or not lowered[-1].isalpha() or lowered[-1] in "ьй'":
                continue
            stem = name
        elif lowered.endswith(ending):
            stem = name[: -len(ending)]
        else:
            continue
        return [stem + str(adjective_ending) for adjective_ending in str(rules[ending]).split("|")]
    return []


def _compound_town_adjectives(name: str, lang: str) -> list[str]:
    """The adjective of a two-word name whose first word is an adjective (Велика Писарівка ->
    Великописарівський, Нова Каховка -> Новокаховський, Великая Писаревка -> Великописаревский): the
    first word's stem with its linking vowel (``compound_adjective_first_endings`` of places.yaml),
    then the second word's adjective in lower case. Empty for other names."""
    first_endings: dict[str, str] = load_places_lang(lang).get("compound_adjective_first_endings") or {}
    words = name.split(" ")
    if len(words) != 2 or not first_endings or not words[0][:1].isupper() or not words[1][:1].isupper():
        return []
    first, second = words
    lowered = first.lower()
    for ending in sorted(first_endings, key=len, reverse=True):
        if ending and lowered.endswith(ending) and len(first) > len(ending) + 2:
            stem = first[: -len(ending)] + str(first_endings[ending])
            return [stem + adjective.lower() for adjective in town_adjectives(second, lang)]
    return []


def town_region_nouns(adjective: str, lang: str) -> list[str]:
    """The noun that names a town's or raion's surroundings, built on its adjective by
    ``town_region_noun_suffixes`` of places.yaml (Краснопільський -> Краснопільщина, Бахмутський ->
    Бахмутщина); empty where the language forms none."""
    rules: dict[str, str] = load_places_lang(lang).get("town_region_noun_suffixes") or {}
    for ending in sorted(rules, key=len, reverse=True):
        if ending and adjective.endswith(ending):
            return [adjective[: -len(ending)] + str(rules[ending])]
    return []


@lru_cache(maxsize=50_000)
def adjective_case_forms(adjective: str, lang: str) -> frozenset[str]:
    """Every full form of an adjective in every gender and number (Юнаківський -> Юнаківська,
    Юнаківській, Юнаківських, ...), capitalised like the input; the dictionary's lexeme, or its
    guess from the ending for an adjective it does not know. Empty when it reads no adjective."""
    try:
        analyzer = _analyzer(lang)
        parse = next(
            (p for p in analyzer.parse(adjective.lower()) if p.tag.POS == "ADJF" and "nomn" in p.tag), None
        )
        lexeme = analyzer.get_lexeme(parse) if parse is not None else []
    except Exception:
        return frozenset()
    return frozenset(
        _match_case(adjective, form.word)
        for form in lexeme
        # Full forms only: no comparatives or short forms, which the name never takes.
        if form.tag.POS == "ADJF" and not ({"COMP", "Cmp2", "Supr"} & form.tag.grammemes)
    )
