"""Languages are data: discovered from data/lang/*/claims.yaml; sources come from sources.yaml."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch import datafiles
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


# --- the literal prefilter must never change what a cue list finds ---------------------------------

DEMO_TEXTS = sorted((datafiles.DATA_DIR / "demo" / "text").glob("*.txt"))


def _without_prefilter(cues: lexicon.CueList) -> lexicon.CueList:
    return lexicon.CueList(cues.lemmas, cues.regex, cues.exclude_grammemes)


def _all_cue_lists(lex: lexicon.Lexicon) -> list[lexicon.CueList]:
    found: list[lexicon.CueList] = []
    for value in vars(lex).values():
        if isinstance(value, lexicon.CueList):
            found.append(value)
        elif isinstance(value, dict):
            found.extend(v for v in value.values() if isinstance(v, lexicon.CueList))
    return found


@pytest.mark.parametrize("code", ["de", "en", "ru", "uk"])
def test_shipped_cue_lists_find_the_same_with_and_without_prefilter(code: str) -> None:
    lex = load_lexicon(code)
    assert lex is not None
    texts = [path.read_text("utf-8") for path in DEMO_TEXTS]
    assert texts
    lists = _all_cue_lists(lex)
    assert any(cues.prefilter is not None for cues in lists)
    matched = 0
    for text in texts:
        # Upper-cased too: the prefilter folds case, the regexes ignore it.
        for variant in (text, text.upper()):
            tokens = lex.tokenize(variant)
            for cues in lists:
                spans = cues.find(variant, tokens)
                assert spans == _without_prefilter(cues).find(variant, tokens)
                matched += len(spans)
    assert matched > 0


def test_required_literals() -> None:
    assert lexicon.required_literals(r"zogen\s+sich\s+zurück") == [
        frozenset({"zogen"}),
        frozenset({"sich"}),
        frozenset({"zurück"}),
    ]
    assert lexicon.required_literals(r"\b(?:Fiel|fallen)\s+\w+") == [frozenset({"fiel", "fallen"})]
    # A branch without a literal, an optional part or a too short literal demand nothing.
    assert lexicon.required_literals(r"(?:abc|\d+)") == []
    assert lexicon.required_literals(r"(?:abcdef)?x") == []
    # "ı" matches "i" ignoring case, but does not lower-case to it: it splits the literal.
    assert lexicon.required_literals("sıcaklık") == [frozenset({"cakl"})]


def test_prefilter_skips_lists_whose_literals_are_absent() -> None:
    cues = compile_cues(["~zurückerob", "re:zogen\\s+sich", "=befreit"])
    assert cues.prefilter is not None and cues.regex is not None
    text = "Die Truppen rückten vor."
    scan = lexicon._scan(text)
    assert scan.folded == text.lower()
    assert cues.prefilter.literal_ids.isdisjoint(scan.starts)
    assert cues.prefilter.spans(scan, cues.regex) == []
    assert cues.find(text, []) == []


def test_prefilter_tries_only_where_a_literal_starts() -> None:
    cues = compile_cues(["~zurückerob", "re:\\bzogen\\s+sich", "=befreit"])
    text = "Sie zogen sich zurück; Zurückerobert, unbefreit und befreit."
    assert cues.prefilter is not None and all(p is not None for p in cues.prefilter.prefixes)
    found = [text[s:e] for s, e in cues.find(text, [])]
    assert found == ["zogen sich", "Zurückerobert", "befreit"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Truppen ZOGEN SICH zurück und BEFREIT wurde der Ort",
        "ZOGEN ſICH zurück",  # long s matches "s" ignoring case
        "zogen sıch zurück, ZOGEN SİCH zurück",  # dotless and dotted i
        "Zurückerobert, zurückerobert; befreit-befreit",
    ],
)
def test_prefilter_keeps_case_insensitive_matches(text: str) -> None:
    cues = compile_cues(["~zurückerob", "re:zogen\\s+sich", "=befreit", "*eroberung"])
    expected = _without_prefilter(cues).find(text, [])
    assert expected
    assert cues.find(text, []) == expected


WORDS = [
    "zogen",
    "sich",
    "ZOGEN",
    "ſich",
    "sıch",
    "SİCH",
    "befreit",
    "Befreite",
    "rückerobert",
    "ваг",
    "ᲀзяли",
    "взяли",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, " ", ", ", ". ", "-"]), max_size=30))
def test_prefilter_is_exact_on_arbitrary_texts(parts: list[str]) -> None:
    text = "".join(parts)
    cues = compile_cues(["re:zogen\\s+sich", "=befreit", "~rückerob", "re:\\bвзял[иа]?\\b", "взяли в"])
    assert cues.find(text, []) == _without_prefilter(cues).find(text, [])
