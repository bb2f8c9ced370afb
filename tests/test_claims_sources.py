"""SourceRegistry.find: the Aho-Corasick prefilter must find exactly what trying every word start finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.claims.sources import (
    _KEY_LENGTH,
    _WORD_START,
    RegistryEntry,
    SourceRegistry,
    _side_before,
    _side_word_ends,
    load_registry,
)

REGISTRY = load_registry()
ALL_NAMES = sorted({name for entry in REGISTRY.entries for name in entry.names})


def find_by_trying_every_word_start(
    registry: SourceRegistry, text: str
) -> list[tuple[int, int, RegistryEntry]]:
    """The registry search without a prefilter: every word start tries the names indexed by its letters."""
    found: list[tuple[int, int, RegistryEntry]] = []
    covered_until = 0
    for word in _WORD_START.finditer(text):
        pos = word.start()
        if pos < covered_until:
            continue
        best: tuple[int, RegistryEntry] | None = None
        for length in range(_KEY_LENGTH, 0, -1):
            for pattern, entry in registry._index.get(text[pos : pos + length].casefold(), ()):
                match = pattern.match(text, pos)
                if match is not None and (best is None or match.end() > best[0]):
                    best = (match.end(), entry)
        if best is not None:
            found.append((pos, best[0], best[1]))
            covered_until = best[0]
    return found


def _variant(name: str, case: int, suffix: str) -> str:
    """A name as a text may spell it: first letter's case changed, upper-cased or inflected."""
    if case == 1:
        name = name[:1].lower() + name[1:]
    elif case == 2:
        name = name.upper()
    elif case == 3:
        name = name.replace(" ", "-")
    return name + suffix


_PIECES = st.one_of(
    st.builds(
        _variant,
        st.sampled_from(ALL_NAMES),
        st.integers(0, 3),
        st.sampled_from(["", "s", "а", "ого", "ом", "en", "ssss", "x1", "’s"]),
    ),
    st.sampled_from(["laut", "sagte", "die", "за словами", "der ukrainische", "Straße", "Maß", "İstanbul"]),
    st.text(alphabet="abcßАБВгдеїЁ -.,«»\n0", max_size=6),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_PIECES, max_size=8),
    st.lists(st.sampled_from([" ", "", "-", ", ", "\n", "x"]), min_size=8, max_size=8),
)
def test_find_equals_trying_every_word_start(pieces: list[str], glue: list[str]) -> None:
    text = "".join(piece + separator for piece, separator in zip(pieces, glue, strict=False))
    assert REGISTRY.find(text) == find_by_trying_every_word_start(REGISTRY, text)


def test_find_on_every_name_in_context() -> None:
    for name in ALL_NAMES:
        for text in (f"Laut {name} ist das so.", f"{name}s", f"x{name}", f"«{name.lower()}»", name.upper()):
            assert REGISTRY.find(text) == find_by_trying_every_word_start(REGISTRY, text), text


def test_names_match_inflected_and_with_either_first_letter_but_not_inside_words() -> None:
    zelensky = REGISTRY.get("zelensky")
    assert zelensky is not None
    text = "Зеленського слова, und selenskyjs Rede"
    assert [(s, e, entry.id) for s, e, entry in REGISTRY.find(text)] == [
        (0, 11, "zelensky"),
        (23, 33, "zelensky"),
    ]
    assert REGISTRY.find("Antiputinismus") == []


def test_longest_name_wins_at_a_position() -> None:
    found = REGISTRY.find("Volodymyr Zelensky said")
    assert [(s, e, entry.id) for s, e, entry in found] == [(0, 18, "zelensky")]


def test_find_result_is_a_fresh_list_each_call() -> None:
    text = "Kremlin und Peskow"
    first = REGISTRY.find(text)
    first.clear()
    second = REGISTRY.find(text)
    assert [entry.id for _, _, entry in second] == ["kremlin", "peskov"]


def test_registry_without_entries_finds_nothing() -> None:
    empty = SourceRegistry([])
    assert empty.find("Putin") == []
    assert empty.lookup("Putin") is None


def test_a_name_starting_with_a_non_letter_is_found_only_at_a_word_start() -> None:
    entry = RegistryEntry(
        id="x", name="3rd Army", names=("3rd Army", "№5 Brigade"), kind="unknown", side=None
    )
    registry = SourceRegistry([entry])
    for text in ("the 3rd Army and №5 Brigade", "a33rd Army", "№5 brigade", "3rd army"):
        assert registry.find(text) == find_by_trying_every_word_start(registry, text), text
    assert [(s, e) for s, e, _ in registry.find("the 3rd Army")] == [(4, 12)]


def side_right_before_by_definition(
    text: str, start: int, side_spans: dict[str, list[tuple[int, int]]]
) -> str | None:
    """The nearest UA/RU side word ending <= 30 characters before ``start``, no clause break between."""
    best: tuple[int, str] | None = None
    for side, spans in side_spans.items():
        if side not in ("UA", "RU"):
            continue
        for _, e in spans:
            if (
                e <= start
                and start - e <= 30
                and not any(ch in text[e:start] for ch in ".,;:!?()\n")
                and (best is None or e > best[0])
            ):
                best = (e, side)
    return best[1] if best else None


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab ,.\n()", min_size=1, max_size=60),
    st.dictionaries(
        st.sampled_from(["UA", "RU", "neutral"]),
        st.lists(st.integers(0, 60).map(lambda e: (max(0, e - 3), e)), max_size=5),
    ),
    st.integers(0, 60),
)
def test_side_before_takes_the_nearest_side_word_in_the_same_clause(
    text: str, side_spans: dict[str, list[tuple[int, int]]], start: int
) -> None:
    expected = side_right_before_by_definition(text, start, side_spans)
    assert _side_before(text, start, _side_word_ends(side_spans)) == expected


def test_side_before_stops_at_a_comma() -> None:
    text = "die ukrainische Armee, Generalstab"
    spans = {"UA": [(4, 15)]}
    assert _side_before(text, 16, _side_word_ends(spans)) == "UA"
    assert _side_before(text, 23, _side_word_ends(spans)) is None
