"""Speed paths of cue lists (round 3, final): alternatives that need several literals are indexed by
their rarest clause only, and give exactly the matches of the plain regex; the skip_sentences
patterns, gated by their literals and searched alone, decide as their alternation does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims_helpers import without_prefilter
from frontwatch.claims import lexicon
from frontwatch.claims.lexicon import compile_cues
from test_speed_paths_claims import _demo_texts

# Alternatives with two or three clauses, one of them a frequent short word ("the", "den", "sich").
SEVERAL_CLAUSE_CUES = [
    "re:zogen\\s+sich\\s+(?:\\w+\\s+)?zurück",  # clauses "zogen", "sich", "zurück"
    "re:the\\s+(?:town|city)\\s+of",  # "the", "town"|"city"
    "re:(?:truppen|einheiten)\\W+\\w+\\W+den",  # "truppen"|"einheiten", "den"
    "re:(?:pulled|drew)\\s+back\\s+from",  # "pulled"|"drew", "back", "from"
    "re:back",  # one clause: a literal that is also a non-trigger clause above
    "~verteid",
]
SEVERAL_CLAUSE_PARTS = [
    *("zogen", "sich", "zurück", "Zogen", "SICH", "aus", "the", "The", "town", "city", "of", "Town"),
    *("Truppen", "einheiten", "den", "Den", "pulled", "drew", "back", "from", "Back", "verteidigen"),
    *(" ", "  ", ",", ".", "\n", "-", "x"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SEVERAL_CLAUSE_PARTS), max_size=30), st.booleans())
def test_alternatives_with_several_clauses_find_what_the_regex_finds(parts: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(parts)
    cues = compile_cues(SEVERAL_CLAUSE_CUES)
    assert cues.find(text, []) == without_prefilter(cues).find(text, [])


def test_a_frequent_short_literal_does_not_wake_a_list_whose_rarer_clause_is_absent() -> None:
    cues = compile_cues(["re:the\\s+(?:town|city)\\s+of", "re:zogen\\s+sich\\s+zurück"])
    assert cues.prefilter is not None
    text = "The army of the north held the line, and they said so to the press."
    scan = lexicon._scan(text)
    the_literal = lexicon._literal_ids["the"]
    assert the_literal in scan.starts
    # Only the trigger literals ("town", "city", "zogen" or "zurück") register the list.
    assert cues.prefilter.number not in scan.touched
    assert cues.find(text, []) == [] == without_prefilter(cues).find(text, [])
    found = "They reached the town of Lyman; Einheiten zogen sich zurück."
    assert cues.find(found, []) == without_prefilter(cues).find(found, [])
    assert len(cues.find(found, [])) == 2


# --- skip_sentences: gated patterns searched alone ---------------------------------------------------

SKIP_PATTERNS = [
    "(?:^\\s*(?:read more|see also)\\b)",
    "(?:\\b(?:compared?|likened)\\b[^.!?\\n]*\\b1[89]\\d\\d\\b)",
    "(?:\\b(?:в|у)\\s+(?:19\\d\\d)\\s+(?:році|р\\.))",  # no literal of three characters: always searched
    '(?:\\?[\\s"»]*$)',
]
SKIP_PARTS = [
    *("Read more", "see also", "SEE ALSO", "compared", "likened", "to", "1944", "2022", "у", "в", "1999"),
    *("році", "р.", "town", "?", "»", ".", "\n", " ", "  ", ":", "x"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SKIP_PARTS), max_size=20), st.booleans())
def test_gated_skip_patterns_find_what_their_alternation_finds(parts: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(parts)
    search = lexicon.AnyPatternSearch.for_alternation(SKIP_PATTERNS)
    assert search is not None
    alternation = re.compile("|".join(SKIP_PATTERNS), re.IGNORECASE)
    assert search.search(text) == (alternation.search(text) is not None)


def test_skip_patterns_with_group_references_are_searched_whole() -> None:
    assert lexicon.AnyPatternSearch.for_alternation(["(?:(a)b\\1)", "(?:c)"]) is None
    assert lexicon.AnyPatternSearch.for_alternation([]) is None


@pytest.mark.parametrize("lang", lexicon.available_languages())
def test_shipped_skip_sentences_are_decided_as_the_alternation_decides(lang: str) -> None:
    lexicon_of_lang = lexicon.load_lexicon(lang)
    assert lexicon_of_lang is not None and lexicon_of_lang.skip_sentence is not None
    assert lexicon_of_lang.skip_sentence_search is not None
    sentences = [s for text in _demo_texts() for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]
    sentences += [s.upper() for s in sentences[:50]] + [
        "Read more: ...",
        "Читайте также:",
        "Was kommt als Nächstes?",
    ]
    for sentence in sentences:
        expected = lexicon_of_lang.skip_sentence.search(sentence) is not None
        assert lexicon_of_lang.skips(sentence) == expected, sentence
    assert len(sentences) > 200


# --- tokens made as plain tuples ------------------------------------------------------------------


@pytest.mark.parametrize("lang", lexicon.available_languages())
def test_tokens_equal_named_tuples_built_field_by_field(lang: str) -> None:
    lexicon_of_lang = lexicon.load_lexicon(lang)
    assert lexicon_of_lang is not None
    for text in [*_demo_texts()[:20], "", "  ", "pro-russische м'ясо обʼєкт 1.000 X"]:
        tokens = lexicon_of_lang.tokenize(text)
        expected = []
        for match in lexicon.TOKEN_RE.finditer(text):
            lemma, grammemes = lexicon_of_lang.analyze_word(match.group())
            expected.append(
                lexicon.Token(*match.span(), match.group(), match.group().lower(), lemma, grammemes)
            )
        assert tokens == expected
        assert all(type(token) is lexicon.Token for token in tokens)
        by_form: dict[str, list[lexicon.Token]] = {}
        for token in expected:
            for form in dict.fromkeys((token.lemma, token.lower)):
                by_form.setdefault(form, []).append(token)
        # German separable and English phrasal verbs (claims/german.py, claims/english.py) add joined forms
        # after the plain ones ("pull+back"): the plain index is each list's head
        assert {form: tokens.by_form[form][: len(toks)] for form, toks in by_form.items()} == by_form
        assert all(token in tokens for toks in tokens.by_form.values() for token in toks)


# --- number words: the gate searched word by word --------------------------------------------------

NUMBER_PARTS = [
    *("zwei", "Zweihundert", "hundert", "Dutzende", "tausend", "drei", "ein", "eine", "x", "5", "_"),
    *("two", "Thousand", "dozens", "hundred", "one", "someone", "often", "ten", "tens"),
    *("дві", "тисячі", "десятки", "сотні", "три", "тысяч", "несколько", "сотен", "человек"),
    *(" ", "-", ",", ".", "’", "'", "\n"),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_PARTS), max_size=16), st.booleans())
def test_number_word_search_answers_as_the_word_gate(parts: list[str], spaced: bool) -> None:
    from frontwatch.claims import numbers

    text = (" " if spaced else "").join(parts)
    for lang in lexicon.available_languages():
        number_lexicon = numbers.number_lexicon(lang)
        if number_lexicon.word_gate is None:
            continue
        assert number_lexicon.word_search is not None
        assert number_lexicon.word_search.search(text) == (number_lexicon.word_gate.search(text) is not None)


# --- a sentence's clauses computed once per sentence object ---------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["word", " ", ",", "1", "5", "—", ":", "(", ")", "-", "x"]), max_size=25))
def test_clauses_kept_on_the_sentence_equal_fresh_ones_and_cannot_be_changed_by_a_caller(
    parts: list[str],
) -> None:
    from frontwatch.claims.sentences import Sentence, _clause_spans, clause_spans

    text = "".join(parts)
    sentence = Sentence(7, 7 + len(text), text, 0)
    first = clause_spans(sentence)
    assert first == _clause_spans(sentence)
    first.append((-1, -1))  # a caller's own list
    assert clause_spans(sentence) == _clause_spans(sentence)
    # An equal sentence object (another report) computes its own.
    assert clause_spans(Sentence(7, 7 + len(text), text, 0)) == _clause_spans(sentence)


# --- pattern gates sharing one literal pass -------------------------------------------------------

GATE_PATTERNS_A = ["zogen\\s+sich", "\\d+\\s+km", "(?:tausend|hundert)\\w*", "seit\\s+\\w+"]
GATE_PATTERNS_B = ["(?:größer|kleiner)\\s+als", "km²", "[0-9]+", "sich\\s+zurück"]
GATE_PARTS = [
    *("zogen", "sich", "zurück", "km", "km²", "12", "Tausend", "hundert", "seit", "größer", "ALS", "als"),
    *("kleiner", " ", ",", "x", "İ", "\n"),
]


def _plain_possible(patterns: list[str], text: str) -> list[int]:
    """The patterns whose every clause has a literal in the lower-cased text (all on unsafe text)."""
    if lexicon._TEXT_UNSAFE_RE.search(text):
        return list(range(len(patterns)))
    folded = text.lower()
    return [
        index
        for index, pattern in enumerate(patterns)
        if all(any(literal in folded for literal in clause) for clause in lexicon.required_literals(pattern))
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(GATE_PARTS), max_size=16), st.booleans())
def test_gates_asked_in_turn_about_one_text_answer_as_each_alone(parts: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(parts)
    first, second = lexicon.PatternGate(GATE_PATTERNS_A), lexicon.PatternGate(GATE_PATTERNS_B)
    for gate, patterns in ((first, GATE_PATTERNS_A), (second, GATE_PATTERNS_B), (first, GATE_PATTERNS_A)):
        assert gate.possible(text) == _plain_possible(patterns, text)
        assert gate.may_match_any(text) == bool(_plain_possible(patterns, text))
    # A gate made after the text was looked at adds literals: the text is looked at again.
    third = lexicon.PatternGate(["brandneu\\w+", "(?:ohne)"])
    assert third.possible(text) == _plain_possible(["brandneu\\w+", "(?:ohne)"], text)
    assert third.possible(text + " Brandneue ohne") == [0, 1]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(GATE_PARTS), max_size=16), st.lists(st.sampled_from(GATE_PARTS), max_size=8))
def test_gates_asked_again_about_an_equal_text_answer_as_the_first_time(
    parts: list[str], other: list[str]
) -> None:
    # The literals found are remembered per text: an equal text (another object, a slice made again)
    # asked about after other texts, and after a new gate added literals, is answered as a fresh one.
    text, between = " ".join(parts), " ".join(other)
    gate = lexicon.PatternGate(GATE_PATTERNS_A)
    for asked in (text, between, "".join(list(text)), between):
        assert gate.possible(asked) == _plain_possible(GATE_PATTERNS_A, asked)
    later = lexicon.PatternGate(["spätneu\\w+", "(?:ohne)"])
    again = " ".join(parts)
    assert later.possible(again) == _plain_possible(["spätneu\\w+", "(?:ohne)"], again)
    assert gate.possible(again) == _plain_possible(GATE_PATTERNS_A, again)
