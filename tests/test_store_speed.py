"""The intake's near-duplicate fast paths must give exactly what the plain paths give.

Store: the near-duplicate look-up must link exactly the reports the plain look-up links.
``SQLiteStore._find_original`` reads each stored signature once (an in-memory cache) and compares a
new report with all its candidates in one numpy operation. The plain look-up it replaced fetched every
candidate's row and compared the signatures value by value with ``estimated_jaccard``; it is kept
here as the reference.

MinHash: shingle hashes are remembered across reports, and three-word shingles are built without
slicing; the shingle sets and signatures must be those of the plain computation.

JSON columns: ``codec.to_json`` uses one C encoder built once; it must write what ``json.dumps``
with the store's options writes, and refuse what it refuses.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_id
from frontwatch.ingest import neardup
from frontwatch.ingest.neardup import estimated_jaccard, signature_from_bytes
from frontwatch.model import Report
from frontwatch.store import SQLiteStore, codec
from frontwatch.store.sqlite import equal_positions

# Words for generated texts (written for this test). Few words, so that texts share shingles and
# many stored reports become candidates of a new one, as on a real front where outlets repeat phrases.
WORDS = [
    "troops", "artillery", "village", "river", "bridge", "convoy", "drone", "shelling", "north", "south",
    "east", "west", "morning", "night", "units", "reserves", "road", "checkpoint", "depot", "trench",
    "ridge", "forest", "outskirts", "centre", "station", "crossing", "ministry", "governor", "residents",
    "evacuation", "supplies", "positions", "assault", "defence", "advance", "retreat",
]  # fmt: skip


class PlainLookupStore(SQLiteStore):
    """The look-up as it was before the fast path: every candidate row read, compared one by one."""

    def _find_original(self, signature: list[int], keys: list[str]) -> str | None:
        if not keys:
            return None
        placeholders = ",".join("?" * len(keys))
        rows = self._db.execute(
            "SELECT r.id, r.duplicate_of, r.minhash, r.rowid_seq FROM reports r WHERE r.id IN "
            f"(SELECT DISTINCT report_id FROM report_bands WHERE band_key IN ({placeholders}))",
            keys,
        ).fetchall()
        best: tuple[float, int, str] | None = None
        for candidate_id, duplicate_of, minhash, stored_order in rows:
            if minhash is None:
                continue
            similarity = estimated_jaccard(signature, signature_from_bytes(minhash))
            if similarity < self.near_duplicate_threshold:
                continue
            key = (-similarity, stored_order, duplicate_of or candidate_id)
            if best is None or key < best:
                best = key
        return None if best is None else self._root_of(best[2])


def _text(rng: random.Random, length: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(length)).capitalize() + "."


def _edited(rng: random.Random, text: str, edits: int) -> str:
    words = text.rstrip(".").split()
    for _ in range(edits):
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words) + "."


def _report(text: str, source: str, published: datetime | None) -> Report:
    return Report(
        id=make_id(text, source),
        source=source,
        raw_text=text,
        clean_text=text,
        format="text",
        origin=f"/data/{source}.txt",
        lang="en",
        published=published,
    )


def _batches(seed: int) -> list[list[Report]]:
    """Files of reports: originals, copies edited a little or a lot, exact repeats, undated ones."""
    rng = random.Random(seed)
    start = datetime(2022, 9, 1, tzinfo=UTC)
    originals: list[str] = []
    batches = []
    for _ in range(30):
        batch = []
        for _ in range(rng.randint(1, 6)):
            if originals and rng.random() < 0.6:
                text = _edited(rng, rng.choice(originals), rng.choice([0, 1, 1, 2, 3, 5, 9]))
            else:
                text = _text(rng, rng.randint(12, 40))
                originals.append(text)
            published = None if rng.random() < 0.2 else start + timedelta(hours=rng.randint(0, 500))
            batch.append(_report(text, rng.choice(["agency", "outlet", "channel"]), published))
        batches.append(batch)
    return batches


def _links(store: SQLiteStore) -> list[tuple[str, str | None]]:
    return [(report.id, report.duplicate_of) for report in store.iter_reports()]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_near_duplicate_links_are_those_of_the_plain_look_up(tmp_path: Path, seed: int) -> None:
    fast = SQLiteStore(tmp_path / "fast.db")
    plain = PlainLookupStore(tmp_path / "plain.db")
    try:
        for number, batch in enumerate(_batches(seed)):
            for store in (fast, plain):
                if number % 7 == 3:
                    # A batch stored and then rolled back: nothing of it may be linked to later.
                    with pytest.raises(RuntimeError), store.transaction():
                        store.add_reports(batch)
                        raise RuntimeError("the file failed after its reports were stored")
                else:
                    store.add_reports(batch)
        linked = [pair for pair in _links(plain) if pair[1] is not None]
        assert len(linked) >= 5  # the corpus does exercise linking
        assert _links(fast) == _links(plain)
    finally:
        fast.close()
        plain.close()


def test_a_small_signature_cache_gives_the_same_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cache emptied every few reports must not change what is linked, only how often rows are read.
    monkeypatch.setattr("frontwatch.store.sqlite.SIGNATURE_CACHE_SIZE", 3)
    fast = SQLiteStore(tmp_path / "fast.db")
    plain = PlainLookupStore(tmp_path / "plain.db")
    try:
        for batch in _batches(11):
            fast.add_reports(batch)
            plain.add_reports(batch)
        assert _links(fast) == _links(plain)
    finally:
        fast.close()
        plain.close()


@pytest.mark.parametrize("seed", range(5))
def test_equal_positions_counts_like_a_plain_loop(seed: int) -> None:
    rng = random.Random(seed)
    width = rng.choice([1, 4, 64, 128])
    mine = [rng.getrandbits(64) for _ in range(width)]
    others = []
    for _ in range(rng.randint(1, 20)):
        # Share a random subset of positions, including values with the top bit set and zero.
        unlike = (0, 2**64 - 1, rng.getrandbits(64))
        others.append([value if rng.random() < 0.5 else rng.choice(unlike) for value in mine])
    packed = [b"".join(value.to_bytes(8, "big") for value in signature) for signature in others]
    counts = equal_positions(b"".join(value.to_bytes(8, "big") for value in mine), packed)
    assert counts == [sum(a == b for a, b in zip(mine, other, strict=True)) for other in others]


# --- MinHash: the remembered shingle hashes and the three-word fast path -------------------------

SHINGLE_WORDS_POOL = ["Izium", "обстріл", "обстрел", "Ёлка", "ёлка", "Straße", "ﬁre", "12", "a", "b", "B"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*SHINGLE_WORDS_POOL, " ", ", ", "-", "\n"]), max_size=30))
def test_three_word_shingles_are_the_joined_word_windows(parts: list[str]) -> None:
    text = " ".join(parts)
    words = neardup.normalise_words(text)
    expected = (
        set()
        if not words
        else {" ".join(words)}
        if len(words) <= 3
        else {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    )
    assert neardup.shingles(text) == expected
    assert neardup.shingles(text, size=3) == expected


def test_remembered_shingle_hashes_are_the_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    texts = [_edited(rng, _text(rng, 30), 4) for _ in range(40)]
    # Without memory across calls (emptied before every signature) ...
    monkeypatch.setattr(neardup, "SHINGLE_HASH_CACHE_SIZE", 0)
    fresh = [neardup.minhash_signature(text) for text in texts]
    # ... and with a memory that outlives the calls: the same signatures in any order.
    monkeypatch.setattr(neardup, "SHINGLE_HASH_CACHE_SIZE", 10_000)
    neardup._SHINGLE_HASHES.clear()
    remembered = [neardup.minhash_signature(text) for text in reversed(texts)][::-1]
    assert remembered == fresh
    assert len(neardup._SHINGLE_HASHES) > 100
    assert all(value == neardup._hash64(shingle) for shingle, value in neardup._SHINGLE_HASHES.items())


# --- JSON columns: the encoder built once writes what json.dumps writes --------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(alphabet=st.characters(codec="utf-8"), max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def _plain_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@settings(max_examples=400, deadline=None)
@given(JSON_VALUES)
def test_json_columns_are_what_json_dumps_writes(value: object) -> None:
    assert codec.to_json(value) == _plain_json(value)


def test_json_columns_refuse_what_json_dumps_refuses() -> None:
    circular: list[object] = [1]
    circular.append({"again": circular})
    with pytest.raises(ValueError, match="Circular reference"):
        codec.to_json(circular)
    with pytest.raises(TypeError):
        codec.to_json({"when": object()})
    # After a failed value the next one is encoded as usual.
    assert codec.to_json({"b": [1.5, None], "a": "Ізюм"}) == '{"a":"Ізюм","b":[1.5,null]}'
