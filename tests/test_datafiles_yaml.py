"""The shipped YAML is read with YAML 1.2 booleans: words such as "on", "off", "no" stay words."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch import datafiles


def _read(tmp_path: Path, text: str) -> object:
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    return datafiles.read_yaml(path)


@pytest.mark.parametrize("word", ["on", "off", "yes", "no", "On", "No", "y", "n", "Off"])
def test_yaml_1_1_boolean_words_stay_words(tmp_path: Path, word: str) -> None:
    assert _read(tmp_path, f"words: [back, {word}]\n") == {"words": ["back", word]}


@pytest.mark.parametrize(
    ("text", "value"), [("true", True), ("false", False), ("True", True), ("FALSE", False)]
)
def test_true_and_false_are_booleans(tmp_path: Path, text: str, value: bool) -> None:
    assert _read(tmp_path, f"flag: {text}\n") == {"flag": value}


def test_the_english_particles_are_words() -> None:
    data = datafiles.read_yaml_mapping(datafiles.LANG_DIR / "en" / "claims.yaml")
    assert "off" in data["phrasal_particles"]
    assert all(isinstance(word, str) for word in data["phrasal_barriers"])
