"""MinHash near-duplicate detection (pure functions)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ARTICLE, OTHER_ARTICLE, SYNDICATED_VARIANTS
from frontwatch.ingest.neardup import (
    NEAR_DUPLICATE_THRESHOLD,
    band_keys,
    estimated_jaccard,
    jaccard,
    minhash_signature,
    shingles,
    signature_from_bytes,
    signature_to_bytes,
)

RUSSIAN = (
    "Минобороны России сообщило о перегруппировке войск в районе Балаклеи и Изюма.\n"
    "По словам официального представителя ведомства, решение принято для усиления донецкого направления.\n"
    "Военные корреспонденты пишут, что части отходят к реке Оскол, а мост у Купянска ещё под обстрелом.\n"
    "Жители сёл сообщают о колоннах техники, которые ночью двигались на восток."
)


def test_shingles_are_word_triples_of_normalised_text() -> None:
    assert shingles("Troops ENTERED Balakliia, on Tuesday.") == {
        "troops entered balakliia",
        "entered balakliia on",
        "balakliia on tuesday",
    }
    assert shingles("Izium") == {"izium"}
    assert shingles(" ... ") == set()
    # ё and е are interchangeable in Russian copies.
    assert shingles("отошли от Лёзовой") == shingles("отошли от Лезовой")


def test_signature_has_the_requested_length_and_is_stable() -> None:
    signature = minhash_signature(ARTICLE, num_perm=32)
    assert len(signature) == 32
    assert signature == minhash_signature(ARTICLE, num_perm=32)
    assert minhash_signature("") == []
    assert band_keys([]) == []


def test_signature_does_not_depend_on_python_hash_seed() -> None:
    # Python's str hash is salted per process; the signature must not be.
    code = (
        "import sys; from frontwatch.ingest.neardup import minhash_signature; "
        "print(minhash_signature(sys.stdin.read()))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        src = str(Path(__file__).resolve().parents[1] / "src")
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
        done = subprocess.run(
            [sys.executable, "-c", code], input=ARTICLE, capture_output=True, text=True, env=env, check=True
        )
        outputs.add(done.stdout)
    assert outputs == {str(minhash_signature(ARTICLE)) + "\n"}


@pytest.mark.parametrize("variant", sorted(SYNDICATED_VARIANTS))
def test_syndicated_copies_reach_the_threshold_and_share_a_band(variant: str) -> None:
    a, b = minhash_signature(ARTICLE), minhash_signature(SYNDICATED_VARIANTS[variant])
    assert estimated_jaccard(a, b) >= NEAR_DUPLICATE_THRESHOLD
    assert set(band_keys(a)) & set(band_keys(b))


def test_different_article_on_the_same_topic_stays_apart() -> None:
    a, b = minhash_signature(ARTICLE), minhash_signature(OTHER_ARTICLE)
    assert estimated_jaccard(a, b) < 0.2
    assert not set(band_keys(a)) & set(band_keys(b))


def test_cyrillic_repost_with_headline_and_footer() -> None:
    repost = "⚡️ Срочно: Балаклея\n" + RUSSIAN.replace("ещё", "еще") + "\nПодписывайтесь на наш канал"
    assert (
        estimated_jaccard(minhash_signature(RUSSIAN), minhash_signature(repost)) >= NEAR_DUPLICATE_THRESHOLD
    )
    assert estimated_jaccard(minhash_signature(RUSSIAN), minhash_signature(ARTICLE)) == 0.0


def test_short_text_with_a_quarter_rewritten_is_not_a_near_duplicate() -> None:
    # Jaccard of 3-word shingles is about 0.65 here: a new text, not a copy with small edits.
    rest = RUSSIAN.split("\n", 1)[1]
    rewritten = "Российские войска покидают позиции под Балаклеей, утверждает ведомство.\n" + rest
    assert estimated_jaccard(minhash_signature(RUSSIAN), minhash_signature(rewritten)) < 0.75


def test_estimate_follows_the_exact_jaccard_index() -> None:
    sentences = (ARTICLE + "\n" + OTHER_ARTICLE).split("\n")
    base = " ".join(sentences[:7])
    for keep in range(1, 7):
        other = " ".join(sentences[7 - keep : 7 + (7 - keep)])
        exact = jaccard(shingles(base), shingles(other))
        estimate = estimated_jaccard(minhash_signature(base, 256), minhash_signature(other, 256))
        assert abs(estimate - exact) < 0.12, (keep, exact, estimate)


def test_band_keys_name_their_band() -> None:
    keys = band_keys(minhash_signature(ARTICLE), bands=16)
    assert len(keys) == 16
    assert [key.split(":")[0] for key in keys] == [str(i) for i in range(16)]
    with pytest.raises(ValueError):
        band_keys(minhash_signature(ARTICLE, num_perm=64), bands=5)


def test_signature_bytes_round_trip() -> None:
    signature = minhash_signature(OTHER_ARTICLE)
    assert signature_from_bytes(signature_to_bytes(signature)) == signature


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300), st.text(max_size=300))
def test_estimate_is_a_symmetric_similarity(a: str, b: str) -> None:
    sig_a, sig_b = minhash_signature(a), minhash_signature(b)
    similarity = estimated_jaccard(sig_a, sig_b)
    assert 0.0 <= similarity <= 1.0
    assert similarity == estimated_jaccard(sig_b, sig_a)
    if sig_a:
        assert estimated_jaccard(sig_a, minhash_signature(a)) == 1.0
        assert band_keys(sig_a) == band_keys(minhash_signature(a))
