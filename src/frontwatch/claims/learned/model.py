"""One-vs-rest logistic regression over hashed sparse features, in numpy only.

Each example is a list of bucket indices (a feature occurring twice counts twice). The weight matrix is
``(2**bits, labels)``; training is full-batch Adam on the mean log loss plus an L2 penalty. Buckets no
training example uses keep weight zero, which is why the saved file (``numpy.savez_compressed``,
weights in float16) stays small.

A classifier may also have a dense part: one fixed-length vector per example (a sentence embedding,
``encoder.py``) with its own weight matrix ``(dim, labels)``, added to the sparse logits and trained
jointly. Without it (``dense_weights`` None) everything is as before and old files load unchanged.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
FORMAT_VERSION = 1


@dataclass(frozen=True)
class SparseBatch:
    """Examples as a CSR-like pair: ``indices[offsets[i]:offsets[i+1]]`` are example i's buckets."""

    indices: NDArray[np.int64]
    offsets: NDArray[np.int64]

    @classmethod
    def from_lists(cls, rows: Sequence[Sequence[int]]) -> SparseBatch:
        lengths = np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))
        offsets = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        flat = np.fromiter((i for row in rows for i in row), dtype=np.int64, count=int(offsets[-1]))
        return cls(flat, offsets)

    @property
    def rows(self) -> int:
        return len(self.offsets) - 1

    def row_of_entry(self) -> NDArray[np.int64]:
        return np.repeat(np.arange(self.rows), np.diff(self.offsets))

    def scale(self) -> FloatArray:
        """1/sqrt(n) per entry: long and short sentences then give scores of comparable size."""
        lengths = np.maximum(np.diff(self.offsets), 1).astype(np.float64)
        return np.repeat(1.0 / np.sqrt(lengths), np.diff(self.offsets))


@dataclass
class LinearClassifier:
    """Independent sigmoid scores for each label (multi-label), or argmax for a one-of choice."""

    labels: list[str]
    bits: int
    weights: FloatArray  # (2**bits, len(labels))
    bias: FloatArray  # (len(labels),)
    meta: dict[str, Any] = field(default_factory=dict)
    dense_weights: FloatArray | None = None  # (dim, len(labels)) when the classifier has a dense part

    def scores(self, batch: SparseBatch, dense: FloatArray | None = None) -> FloatArray:
        """Probabilities, shape (examples, labels); ``dense`` (examples, dim) iff the model has a dense
        part."""
        logits = _sparse_dot(batch, self.weights) + self.bias
        if self.dense_weights is not None:
            if dense is None:
                raise ValueError("this classifier needs a dense vector per example")
            logits += dense @ self.dense_weights
        return _sigmoid(logits)

    def score_one(self, buckets: Sequence[int], dense: FloatArray | None = None) -> dict[str, float]:
        row = self.scores(SparseBatch.from_lists([buckets]), None if dense is None else dense[None, :])[0]
        return {label: float(p) for label, p in zip(self.labels, row, strict=True)}

    def to_bytes(self) -> bytes:
        used = np.flatnonzero(np.any(self.weights != 0.0, axis=1))
        header = {"format": FORMAT_VERSION, "labels": self.labels, "bits": self.bits, "meta": self.meta}
        dense = {} if self.dense_weights is None else {"dense": self.dense_weights.astype(np.float16)}
        return pack_archive(
            header,
            rows=used.astype(np.int32),
            weights=self.weights[used].astype(np.float16),
            bias=self.bias.astype(np.float32),
            **dense,
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearClassifier:
        header, arrays = unpack_archive(data, FORMAT_VERSION, "model")
        labels = list(header["labels"])
        weights = np.zeros((1 << int(header["bits"]), len(labels)), dtype=np.float64)
        weights[arrays["rows"]] = arrays["weights"].astype(np.float64)
        bias = arrays["bias"].astype(np.float64)
        dense = arrays["dense"].astype(np.float64) if "dense" in arrays else None
        return cls(labels, int(header["bits"]), weights, bias, dict(header.get("meta") or {}), dense)


def pack_archive(header: dict[str, Any], **arrays: np.ndarray) -> bytes:
    """A model file: a JSON header (with its ``format`` version) and numpy arrays, compressed."""
    buffer = io.BytesIO()
    encoded = np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)
    # numpy's stub types **kwds as the allow_pickle flag; the arrays are what it stores.
    save: Any = np.savez_compressed
    save(buffer, header=encoded, **arrays)
    return buffer.getvalue()


def unpack_archive(
    data: bytes, expected_format: int, what: str
) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The header and arrays of a ``pack_archive`` file; a file of another ``format`` is refused
    (never unpickled: ``allow_pickle=False``)."""
    with np.load(io.BytesIO(data), allow_pickle=False) as archive:
        header = json.loads(bytes(archive["header"]).decode("utf-8"))
        if header.get("format") != expected_format:
            raise ValueError(f"{what} format {header.get('format')!r}, expected {expected_format}")
        return header, {name: archive[name] for name in archive.files if name != "header"}


def _sigmoid(x: FloatArray) -> FloatArray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))


def _sparse_dot(batch: SparseBatch, weights: FloatArray) -> FloatArray:
    """(examples, labels) = rows of ``batch`` (scaled) times ``weights``.

    Entries are contiguous per row, so one ``reduceat`` sums them (``np.add.at`` is far slower).
    """
    out = np.zeros((batch.rows, weights.shape[1]))
    if not batch.indices.size:
        return out
    contributions = weights[batch.indices] * batch.scale()[:, None]
    lengths = np.diff(batch.offsets)
    filled = lengths > 0
    out[filled] = np.add.reduceat(contributions, batch.offsets[:-1][filled], axis=0)
    return out


def train_classifier(
    batch: SparseBatch,
    targets: FloatArray,
    labels: Sequence[str],
    bits: int,
    l2: float = 1e-4,
    epochs: int = 150,
    learning_rate: float = 0.05,
    dense: FloatArray | None = None,
) -> LinearClassifier:
    """Fit one sigmoid per label (column of ``targets``, 0/1) by full-batch Adam; deterministic.

    Only the buckets the examples use are trained (the others would stay zero anyway), on a compact
    matrix of those rows, so an epoch costs in proportion to the data, not to ``2**bits``. ``dense``
    (examples, dim), when given, adds a dense weight matrix trained jointly with the same penalty.
    """
    n_examples, n_labels = targets.shape
    used, local = np.unique(batch.indices, return_inverse=True)
    # Training works on label-major arrays (labels, buckets) and (labels, examples): numpy's reduceat
    # along the last, contiguous axis is several times faster than along the first.
    weights_t = np.zeros((n_labels, used.size))
    bias = np.zeros(n_labels)
    targets_t = np.ascontiguousarray(targets.T)
    scale = batch.scale()
    filled = np.diff(batch.offsets) > 0
    row_starts = batch.offsets[:-1][filled]
    rows = batch.row_of_entry()
    # The gradient sums over entries per bucket: sort the entries by bucket once, then reduceat.
    order = np.argsort(local, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(local[order]) != 0]) if used.size else order
    entry_rows, entry_scale, entry_buckets = rows[order], scale[order], local
    first, second = np.zeros_like(weights_t), np.zeros_like(weights_t)
    first_b, second_b = np.zeros_like(bias), np.zeros_like(bias)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    dense_t = np.zeros((n_labels, 0 if dense is None else dense.shape[1]))
    first_d, second_d = np.zeros_like(dense_t), np.zeros_like(dense_t)
    for step in range(1, epochs + 1):
        logits = np.zeros((n_labels, n_examples))
        if used.size:
            logits[:, filled] = np.add.reduceat(weights_t[:, entry_buckets] * scale, row_starts, axis=1)
        if dense is not None:
            logits += dense_t @ dense.T
        residual = (_sigmoid(logits + bias[:, None]) - targets_t) / n_examples
        grad = l2 * weights_t
        if used.size:
            grad += np.add.reduceat(residual[:, entry_rows] * entry_scale, starts, axis=1)
        grad_b = residual.sum(axis=1)
        first = beta1 * first + (1 - beta1) * grad
        second = beta2 * second + (1 - beta2) * grad * grad
        first_b = beta1 * first_b + (1 - beta1) * grad_b
        second_b = beta2 * second_b + (1 - beta2) * grad_b * grad_b
        correction1, correction2 = 1 - beta1**step, 1 - beta2**step
        weights_t -= learning_rate * (first / correction1) / (np.sqrt(second / correction2) + eps)
        bias -= learning_rate * (first_b / correction1) / (np.sqrt(second_b / correction2) + eps)
        if dense is not None:
            grad_d = residual @ dense + l2 * dense_t
            first_d = beta1 * first_d + (1 - beta1) * grad_d
            second_d = beta2 * second_d + (1 - beta2) * grad_d * grad_d
            dense_t -= learning_rate * (first_d / correction1) / (np.sqrt(second_d / correction2) + eps)
    weights = weights_t.T
    full = np.zeros((1 << bits, n_labels))
    full[used] = weights
    dense_weights = None if dense is None else np.ascontiguousarray(dense_t.T)
    return LinearClassifier(list(labels), bits, full, bias, dense_weights=dense_weights)


def load_classifier(path: Path) -> LinearClassifier:
    return LinearClassifier.from_bytes(Path(path).read_bytes())
