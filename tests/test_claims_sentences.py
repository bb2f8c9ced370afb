"""Sentence splitting keeps offsets and respects abbreviations, ordinals, initials and quotes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from frontwatch.claims.lexicon import load_lexicon
from frontwatch.claims.sentences import clause_spans, split_sentences


def texts(text: str, lang: str | None = None) -> list[str]:
    lexicon = load_lexicon(lang) if lang else None
    return [s.text for s in split_sentences(text, lexicon)]


def test_simple_split_and_offsets() -> None:
    text = "Erster Satz. Zweiter Satz!  Dritter?"
    sentences = split_sentences(text, load_lexicon("de"))
    assert [s.text for s in sentences] == ["Erster Satz.", "Zweiter Satz!", "Dritter?"]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_abbreviations_do_not_end_a_sentence() -> None:
    assert texts("Es kamen ca. 300 Soldaten, u.a. aus Charkiw. Dann Ruhe.", "de") == [
        "Es kamen ca. 300 Soldaten, u.a. aus Charkiw.",
        "Dann Ruhe.",
    ]
    assert texts("Gen. Zaluzhnyi spoke. Mr. Smith agreed.", "en") == [
        "Gen. Zaluzhnyi spoke.",
        "Mr. Smith agreed.",
    ]


def test_german_ordinal_dates_do_not_end_a_sentence() -> None:
    assert texts("Am 5. September begann die Offensive. Sie dauert an.", "de") == [
        "Am 5. September begann die Offensive.",
        "Sie dauert an.",
    ]


def test_initials_do_not_end_a_sentence() -> None:
    assert texts("Laut V. Selenskyj ist das so. Gut.", "de") == ["Laut V. Selenskyj ist das so.", "Gut."]


def test_quotes_keep_their_inner_stops() -> None:
    text = "Eine Frau rief: „Wir sind frei! Endlich!“ Dann gingen alle."
    assert texts(text, "de") == ["Eine Frau rief: „Wir sind frei! Endlich!“", "Dann gingen alle."]
    text_uk = "Він сказав: «Ми повернулися. Назавжди». Люди плакали."
    assert texts(text_uk, "uk") == ["Він сказав: «Ми повернулися. Назавжди».", "Люди плакали."]


def test_line_breaks_end_headlines() -> None:
    assert texts("Schlagzeile ohne Punkt\nDer Text beginnt hier.", "de") == [
        "Schlagzeile ohne Punkt",
        "Der Text beginnt hier.",
    ]


def test_lowercase_continuation_is_not_a_new_sentence() -> None:
    assert texts("Das Ziel ist z. b. der Ort. weiter geht es.", "de") == [
        "Das Ziel ist z. b. der Ort. weiter geht es."
    ]


def test_clauses_split_at_commas_but_not_inside_numbers() -> None:
    sentence = split_sentences("Es waren 1,5 Tausend, sagte er.", load_lexicon("de"))[0]
    spans = clause_spans(sentence)
    assert [sentence.text[s - sentence.start : e - sentence.start] for s, e in spans] == [
        "Es waren 1,5 Tausend",
        " sagte er.",
    ]


@given(st.text(alphabet="abc ABC.!?\n„“«»,", max_size=80))
def test_sentences_are_ordered_disjoint_and_point_into_the_text(text: str) -> None:
    sentences = split_sentences(text, load_lexicon("de"))
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        previous_end = sentence.end
    # Nothing but whitespace is left out.
    covered = set()
    for sentence in sentences:
        covered.update(range(sentence.start, sentence.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
