"""Near-duplicate detection for syndicated copies of the same report.

Agencies' texts are republished by many outlets with small edits: another headline, a teaser line,
a rewritten first sentence. Such copies are not new sources, so the store links them to the
original (``Report.duplicate_of``) instead of counting them twice.

The method is MinHash over word shingles, banded for locality-sensitive lookup:

- ``shingles(text)``: the set of overlapping word n-grams of the normalised text;
- ``minhash_signature(text)``: a fixed-length signature whose per-position agreement between two
  texts estimates the Jaccard similarity of their shingle sets;
- ``band_keys(signature)``: the signature cut into bands; two texts that share any band key are
  candidates, and ``estimated_jaccard`` decides.

The signature is computed with *one-permutation hashing* with optimal densification
(Li, Owen & Zhang 2012; Shrivastava 2017): every shingle is hashed once, the hash picks one of
``num_perm`` bins and each bin keeps its minimum. This has the statistics of classic MinHash but costs
one hash per shingle instead of ``num_perm``, which matters in pure Python at intake speed. Empty bins
(short texts) borrow the value of another bin along a fixed pseudo-random probe sequence, so two texts
fill their empty bins the same way.

Everything is deterministic across processes and machines: hashes come from BLAKE2b, never from
Python's salted ``hash()``.
"""

from __future__ import annotations

import hashlib
import operator
import random
import re
import struct
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

#: Words per shingle. Three-word shingles keep texts on the same topic (which share many single words
#: and common pairs such as "Kharkiv region") apart, while a changed sentence only touches the
#: shingles that overlap it.
SHINGLE_WORDS = 3

#: Signature length and banding used by the store. 16 bands of 4 rows: a pair with Jaccard 0.7 shares
#: at least one band with probability 1 - (1 - 0.7**4)**16 ≈ 0.99, a pair with Jaccard 0.3 with ≈ 0.12.
DEFAULT_NUM_PERM = 64
DEFAULT_BANDS = 16

#: Estimated Jaccard from which a report is linked to a stored one as a near-duplicate.
NEAR_DUPLICATE_THRESHOLD = 0.7

#: Shingle hashes remembered at most (about 0.2 KB each); the memory is emptied when full.
SHINGLE_HASH_CACHE_SIZE = 100_000

_WORD = re.compile(r"\w+", re.UNICODE)
_HASH_BITS = 64
_EMPTY = (1 << _HASH_BITS) - 1  # larger than every real hash: marks a bin no shingle fell into
_PROBE_SEED = 0x6E656172  # fixed seed: the probe sequences must be the same everywhere


def normalise_words(text: str) -> list[str]:
    """Words of ``text`` in a comparable form: NFKC, case-folded, apostrophes and accents kept."""
    normalised = unicodedata.normalize("NFKC", text).casefold()
    # "ё" and "е" are used interchangeably in Russian copies of the same text.
    normalised = normalised.replace("ё", "е")
    return _WORD.findall(normalised)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of overlapping ``size``-word sequences of ``text``.

    A text shorter than ``size`` words is one shingle; a text without words has none.
    """
    words = normalise_words(text)
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    if size == 3:
        # The default size without slicing and joining per shingle (this runs for every report).
        return {f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


#: shingle -> _hash64(shingle), see minhash_signature.
_SHINGLE_HASHES: dict[str, int] = {}


def _hash64(data: str) -> int:
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8"), digest_size=8).digest(), "big")


@lru_cache(maxsize=8)
def _probe_orders(num_perm: int) -> tuple[tuple[int, ...], ...]:
    """For each bin, the fixed order in which an empty bin looks at the other bins."""
    rng = random.Random(_PROBE_SEED + num_perm)
    orders = []
    for _ in range(num_perm):
        order = list(range(num_perm))
        rng.shuffle(order)
        orders.append(tuple(order))
    return tuple(orders)


def minhash_signature(text: str, num_perm: int = DEFAULT_NUM_PERM) -> list[int]:
    """The MinHash signature of ``text`` (``num_perm`` unsigned 64-bit integers).

    Returns an empty list for a text without words: it is similar to nothing.
    """
    if num_perm < 1:
        raise ValueError("num_perm must be at least 1")
    shingle_set = shingles(text)
    if not shingle_set:
        return []
    bins = [_EMPTY] * num_perm
    # _hash64 inlined, and remembered per shingle: this loop runs once per shingle of every
    # ingested report, and reports of one front repeat their phrases.
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    known = _SHINGLE_HASHES
    if len(known) + len(shingle_set) > SHINGLE_HASH_CACHE_SIZE:
        known.clear()
    for shingle in shingle_set:
        value = known.get(shingle)
        if value is None:
            digest = blake2b(shingle.encode("utf-8"), digest_size=8).digest()
            value = known[shingle] = from_bytes(digest, "big")
        # The low bits choose the bin, the whole value competes for its minimum.
        index = value % num_perm
        if value < bins[index]:
            bins[index] = value
    if _EMPTY in bins:
        filled = list(bins)
        for index, value in enumerate(bins):
            if value != _EMPTY:
                continue
            for attempt, donor in enumerate(_probe_orders(num_perm)[index]):
                if bins[donor] != _EMPTY:
                    # Mix in the attempt number so that borrowed values differ from their donor's.
                    filled[index] = (bins[donor] + attempt + 1) & _EMPTY
                    if filled[index] == _EMPTY:
                        filled[index] = 0
                    break
        bins = filled
    return bins


def band_keys(signature: Sequence[int], bands: int = DEFAULT_BANDS) -> list[str]:
    """Locality-sensitive keys: one per band of ``signature``, "<band>:<hash of the band's rows>".

    Two signatures share the key of band *b* exactly when they agree on all rows of band *b*.
    """
    if not signature:
        return []
    if bands < 1 or len(signature) % bands:
        raise ValueError(f"a signature of {len(signature)} values cannot be cut into {bands} bands")
    width = len(signature) // bands * 8  # bytes per band
    packed = signature_to_bytes(signature)  # packed once; a band's bytes are a slice of it
    return [
        f"{band}:{hashlib.blake2b(packed[band * width : (band + 1) * width], digest_size=10).hexdigest()}"
        for band in range(bands)
    ]


def estimated_jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """Share of positions on which two signatures agree: an estimate of the shingles' Jaccard index."""
    if not a or not b:
        return 0.0
    if len(a) != len(b):
        raise ValueError(f"signatures differ in length ({len(a)} vs {len(b)})")
    return sum(map(operator.eq, a, b)) / len(a)


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard index of two shingle sets (used to check the estimate)."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def signature_to_bytes(signature: Sequence[int]) -> bytes:
    """Compact storage form of a signature (8 bytes per value, big-endian)."""
    return struct.pack(f">{len(signature)}Q", *signature)


def signature_from_bytes(data: bytes) -> list[int]:
    """Inverse of ``signature_to_bytes``."""
    if len(data) % 8:
        raise ValueError("a stored signature must be a multiple of 8 bytes long")
    return list(struct.unpack(f">{len(data) // 8}Q", data))
