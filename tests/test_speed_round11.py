"""Speed paths of round 11: they must find exactly what the plain regex searches found.

- ``lexicon.compile_regex_cues``: a report-wide claims.yaml regex key (the modality's optional keys)
  run as a cue list, through the report's literal scan, gives the spans of ``finditer``;
- ``sources.report_genre``: only the genres whose literals occur in the head are searched, in order.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.claims import sources
from frontwatch.claims.lexicon import _caret_as_text_start, _parsed, compile_regex_cues, load_lexicon
from frontwatch.claims.modality import _optional_regex_spans

# Patterns written for this test, in the shapes of the claims.yaml keys.
PATTERNS = [
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:Had)\s+(?:it|they)\s+\w+ed\b",
    r"(?:^|(?<=[\s«\"(]))(?:неможлив\w*|не\s+(?:є\s+)?можлив\w*)",
    r"\b(?:after|during)\s+the\b",
    r",\s+(?:über|durch)\s+(?:die|den|das)\b",
    r"[^\w]not\s+as\b",
]
PARTS = [
    *("Had", "had", "it", "they", "pushed", "after", "After", "during", "the", "über", "die"),
    *("неможливо", "не", "є", "можливо", "not", "as", ",", ".", "!", " ", "\n", "«", "("),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=40), st.sampled_from(PATTERNS))
def test_regex_cues_find_what_finditer_finds(parts: list[str], pattern: str) -> None:
    text = "".join(parts)
    cues = compile_regex_cues(pattern)
    assert cues is not None
    expected = [m.span() for m in re.compile(pattern, re.IGNORECASE).finditer(text)]
    assert cues.find(text, []) == expected


def test_regex_cues_refused_where_they_could_differ() -> None:
    assert compile_regex_cues(r"\w*") is None  # may match the empty string
    assert compile_regex_cues(r"town$") is None  # "$" means more under re.MULTILINE
    assert compile_regex_cues(r" town") is None  # compile_cues strips its entries
    assert compile_regex_cues(r"(?i)town") is None  # global flags inside the cue list's group


def test_caret_becomes_text_start_outside_classes_only() -> None:
    for pattern, expected in [
        (r"(?:^|(?<=\s))ab[^x]c", r"(?:\A|(?<=\s))ab[^x]c"),
        (r"^a\^b[]^]c", r"\Aa\^b[]^]c"),
        (r"[^]a]^x", r"[^]a]\Ax"),
        (r"a$|^b", ""),
    ]:
        assert _caret_as_text_start(pattern, _parsed(pattern)) == expected


def test_optional_modality_keys_as_before() -> None:
    text = (
        "Had they not retreated, the town would have fallen. Russian forces tried to advance after the "
        "shelling; they did not comment. Hätten die Truppen Verstärkung erhalten, wäre das Dorf gehalten "
        "worden. Спроби прорватися неможливі, не можливо. Попытки наступления не прекращаются."
    )
    for lang in ("en", "de", "uk", "ru"):
        lexicon = load_lexicon(lang)
        assert lexicon is not None
        for key, raw in lexicon.extra.items():
            if not isinstance(raw, str) or key not in {
                "open_attempt_words",
                "inverted_condition",
                "impossible_after",
                "relative_clause_opener",
                "negated_other_verb",
                "rejected_alternative_before",
                "presupposing_adjunct",
            }:
                continue
            expected = [m.span() for m in re.compile(raw, re.IGNORECASE).finditer(text)]
            assert _optional_regex_spans(text, lexicon, key) == expected, (lang, key)


def test_report_genre_as_searching_every_genre() -> None:
    genres = sources.load_report_genres()
    assert genres
    heads = [
        "Russian Offensive Campaign Update, May 9",
        "Defence Intelligence update on Ukraine",
        "Ukrainian forces said they had taken back Izium.",
        "",
        *(f"Kurz: {genre.words.pattern[12:30]}" for genre in genres),
    ]
    for head in heads:
        expected = next((genre for genre in genres if genre.words.search(head)), None)
        assert sources.report_genre(head) is expected
