"""Languages are data: discovered from data/lang/*/claims.yaml; sources come from sources.yaml."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from frontwatch.claims import extract_claims, lexicon
from frontwatch.claims.lexicon import available_languages, compile_cues, load_lexicon
from frontwatch.claims.sources import find_speakers, load_registry
from frontwatch.model import SOURCE_KINDS, PlaceMention, Report

POLISH = """
language: pl
lemmatizer: simplemma
events:
  control_change: [wyzwolić, ~wyzwol]
sides:
  UA: [~ukraiń]
  RU: [~rosyj]
"""


@pytest.fixture
def polish_added(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    lang_dir = tmp_path / "lang"
    for code in available_languages():
        (lang_dir / code).mkdir(parents=True)
        (lang_dir / code / "claims.yaml").write_text(
            (lexicon.LANG_DIR / code / "claims.yaml").read_text("utf-8")
        )
    (lang_dir / "pl").mkdir()
    (lang_dir / "pl" / "claims.yaml").write_text(POLISH, encoding="utf-8")
    monkeypatch.setattr(lexicon, "LANG_DIR", lang_dir)
    load_lexicon.cache_clear()
    yield lang_dir
    load_lexicon.cache_clear()


def test_the_four_languages_are_shipped() -> None:
    assert {"de", "en", "uk", "ru"} <= set(available_languages())
    for code in ("de", "en", "uk", "ru"):
        lex = load_lexicon(code)
        assert lex is not None and lex.events["control_change"]


def test_adding_a_language_is_adding_a_file(polish_added: Path) -> None:
    assert "pl" in available_languages()
    text = "Wojska ukraińskie wyzwoliły Alfę."
    report = Report(
        id="pl-1",
        source="Gazeta",
        raw_text=text,
        clean_text=text,
        format="text",
        origin="t",
        published=datetime(2022, 9, 10),
        lang="pl",
    )
    start = text.index("Alfę")
    mention = PlaceMention("pl-1", start, start + 4, "Alfę", "gn:10", precision="settlement")
    claims = extract_claims(report, [mention])
    assert [(c.event_type, c.actor_side) for c in claims] == [("control_change", "UA")]


def test_cue_syntax() -> None:
    text = "Die Rückeroberung von Isjum; die Truppen zogen sich zurück; Befreit!"
    cues = compile_cues(["*eroberung", "re:zogen\\s+sich\\s+zurück", "=befreit"])
    found = [text[s:e] for s, e in cues.find(text, [])]
    assert found == ["Rückeroberung", "zogen sich zurück", "Befreit"]


def test_lemma_cues_match_inflected_forms() -> None:
    uk = load_lexicon("uk")
    assert uk is not None
    text = "Сили оборони звільнили село, його звільнено."
    found = [text[s:e] for s, e in uk.events["control_change"].find(text, uk.tokenize(text))]
    assert "звільнили" in found and "звільнено" in found


def test_registry_kinds_are_valid_and_names_match_in_all_scripts() -> None:
    registry = load_registry()
    assert all(entry.kind in SOURCE_KINDS for entry in registry.entries)
    for text in ("Зеленського", "Зеленским", "Selenskyjs", "Zelenskyy"):
        found = registry.find(f"Laut {text} ist das so.")
        assert [e.id for _, _, e in found] == ["zelensky"], text
    assert registry.find("за словами Синєгубова")[0][2].kind == "governor"
    assert registry.find("як пише Подоляка")[0][2].kind == "milblogger"


def test_outlets() -> None:
    registry = load_registry()
    assert registry.outlet_source("TASS").side == "RU"
    assert registry.outlet_source("Укрінформ").side == "UA"
    unknown = registry.outlet_source("Lokalblatt Nord")
    assert (unknown.name, unknown.kind, unknown.side) == ("Lokalblatt Nord", "outlet", None)


def test_role_noun_with_name_and_side() -> None:
    de = load_lexicon("de")
    assert de is not None
    text = "Der ukrainische Journalist Max Mustermann schrieb das."
    tokens = de.tokenize(text)
    sides = {side: cues.find(text, tokens) for side, cues in de.side_words.items()}
    speakers = find_speakers(text, tokens, de, load_registry(), sides)
    assert [(m.source.name, m.source.kind, m.source.side) for m in speakers] == [
        ("Max Mustermann", "journalist", "UA")
    ]


def test_registry_kinds_follow_the_annotation_conventions() -> None:
    registry = load_registry()
    # A foreign defence ministry is a defence ministry of no side (gold/README.md).
    british = registry.lookup("British Defence Intelligence")
    assert british is not None and (british.kind, british.side) == ("defence_ministry", None)
    # Separatist spokesmen are occupation officials; the head of Chechnya is a Russian government.
    basurin = registry.search("sagte Eduard Bassurin am Montag")
    assert basurin is not None and (basurin.kind, basurin.side) == ("occupation_official", "RU")
    kadyrov = registry.search("Глава Чечни Рамзан Кадыров")
    assert kadyrov is not None and (kadyrov.kind, kadyrov.side) == ("government", "RU")
