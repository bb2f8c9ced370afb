"""Train the hybrid extractor's model on gold claim files.

    python -m frontwatch.claims.learned.train GOLD_DIR --out FILE [--exclude-ids ID ...]
        [--exclude-pattern REGEX] [--folds 5] [--epochs 100] [--bits 16] [--encoder none|e5]

1. Every gold report (minus the excluded ones) is run through intake, place resolution and the rule
   extractor, and cut into sentences labelled with the gold claims whose evidence starts in them
   (``dataset.py``).
2. The two thresholds (drop a rule claim below ``drop_below``; add a claim at ``add_at``) are chosen by
   k-fold cross-validation over reports: each fold's classifiers are trained on the other folds, and the
   claim-as-a-whole F1 (the key of ``evaluate.py``) of the hybrid on the held-out fold's reports is
   computed for every pair of the grid. The best pair wins; a tie keeps the halves off.
3. The classifiers are trained again on all reports and saved with the chosen thresholds.

With ``--encoder e5`` every sentence is also embedded by the pretrained multilingual encoder
(``encoder.py``, needs ``frontwatch[embed]``) and the embedding is a dense feature of all three
classifiers; the model file records the encoder (``extract_with_model`` embeds at run time). An
experiment, not a shipped model: see docs/learned-extractor.md for what it measured.

Caveat written into the model's metadata: the rules were written on these same reports, so the
cross-validated figure measures the hybrid against rules that already fit the text; on reporting the
rule authors never saw the rules err more often. See docs/learned-extractor.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from frontwatch.claims.evaluate import ClaimKey
from frontwatch.claims.learned.dataset import GoldReport, load_gold_reports
from frontwatch.claims.learned.encoder import (
    E5_SMALL,
    EmbeddingScaler,
    FloatArray,
    SentenceEncoder,
    load_encoder,
)
from frontwatch.claims.learned.features import DEFAULT_BITS, hash_features
from frontwatch.claims.learned.inference import (
    DISABLED,
    NO_SIDE,
    HybridModel,
    field_features,
)
from frontwatch.claims.learned.model import LinearClassifier, SparseBatch, train_classifier
from frontwatch.model import EVENT_TYPES, MODALITIES

SIDE_LABELS = ("UA", "RU", NO_SIDE)
DROP_GRID = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
ADD_GRID = (DISABLED, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)
DEFAULT_EPOCHS = 100
LEARNING_RATE = 0.1
L2 = 1e-4
ENCODER_CHOICES = {"none": None, "e5": E5_SMALL}

#: Raw (unscaled) sentence embeddings per report id, one row per sentence of ``GoldReport.sentences``.
ReportVectors = Mapping[str, FloatArray]


def embed_reports(reports: Sequence[GoldReport], encoder: SentenceEncoder) -> dict[str, FloatArray]:
    """Every sentence of every report embedded by ``encoder`` (one batch per report)."""
    return {
        report.report_id: encoder.encode([sentence.view.text for sentence in report.sentences])
        for report in reports
    }


def _type_examples(reports: Sequence[GoldReport], bits: int) -> tuple[SparseBatch, np.ndarray]:
    rows: list[list[int]] = []
    targets: list[list[float]] = []
    for report in reports:
        for sentence in report.sentences:
            rows.append(hash_features(sentence.features, bits))
            gold_types = {key[0] for key in sentence.gold}
            targets.append([1.0 if event_type in gold_types else 0.0 for event_type in EVENT_TYPES])
    return SparseBatch.from_lists(rows), np.array(targets).reshape(len(rows), len(EVENT_TYPES))


def _field_examples(reports: Sequence[GoldReport], bits: int) -> tuple[SparseBatch, np.ndarray, np.ndarray]:
    rows: list[list[int]] = []
    sides: list[list[float]] = []
    modalities: list[list[float]] = []
    for report in reports:
        for sentence in report.sentences:
            for event_type, _place, side, modality in sentence.gold:
                rows.append(hash_features(field_features(sentence.features, event_type), bits))
                sides.append([1.0 if (side or NO_SIDE) == label else 0.0 for label in SIDE_LABELS])
                modalities.append([1.0 if modality == label else 0.0 for label in MODALITIES])
    return (
        SparseBatch.from_lists(rows),
        np.array(sides).reshape(len(rows), len(SIDE_LABELS)),
        np.array(modalities).reshape(len(rows), len(MODALITIES)),
    )


def _dense_rows(
    reports: Sequence[GoldReport], vectors: ReportVectors, scaler: EmbeddingScaler
) -> tuple[FloatArray, FloatArray]:
    """Scaled embeddings in the row order of ``_type_examples`` and of ``_field_examples``."""
    per_sentence: list[FloatArray] = []
    per_gold_claim: list[FloatArray] = []
    for report in reports:
        scaled = scaler.transform(vectors[report.report_id])
        for number, sentence in enumerate(report.sentences):
            per_sentence.append(scaled[number])
            per_gold_claim += [scaled[number]] * len(sentence.gold)
    dim = scaler.center.size
    return (
        np.array(per_sentence).reshape(len(per_sentence), dim),
        np.array(per_gold_claim).reshape(len(per_gold_claim), dim),
    )


def fit_model(
    reports: Sequence[GoldReport],
    bits: int = DEFAULT_BITS,
    epochs: int = DEFAULT_EPOCHS,
    vectors: ReportVectors | None = None,
    encoder: str | None = None,
) -> HybridModel:
    """The three classifiers trained on ``reports`` (thresholds left off); with ``vectors`` (the raw
    embeddings by ``encoder`` of the reports' sentences) each also gets the embedding as dense input."""
    type_batch, type_targets = _type_examples(reports, bits)
    field_batch, side_targets, modality_targets = _field_examples(reports, bits)
    scaler = None
    type_dense = field_dense = None
    if vectors is not None:
        scaler = EmbeddingScaler.fit(np.concatenate([vectors[r.report_id] for r in reports if r.sentences]))
        type_dense, field_dense = _dense_rows(reports, vectors, scaler)

    def fit(
        batch: SparseBatch, targets: np.ndarray, labels: Sequence[str], dense: FloatArray | None
    ) -> LinearClassifier:
        return train_classifier(
            batch, targets, labels, bits, l2=L2, epochs=epochs, learning_rate=LEARNING_RATE, dense=dense
        )

    return HybridModel(
        types=fit(type_batch, type_targets, EVENT_TYPES, type_dense),
        sides=fit(field_batch, side_targets, SIDE_LABELS, field_dense),
        modalities=fit(field_batch, modality_targets, MODALITIES, field_dense),
        encoder=encoder if vectors is not None else None,
        scaler=scaler,
    )


def scaled_vectors(
    model: HybridModel, report: GoldReport, vectors: ReportVectors | None
) -> FloatArray | None:
    """The model's input embeddings of the report's sentences (None for a model without an encoder)."""
    if model.scaler is None:
        return None
    if vectors is None:
        raise ValueError("a model with an encoder needs the sentence embeddings of the reports")
    return model.scaler.transform(vectors[report.report_id])


def hybrid_keys(
    model: HybridModel, report: GoldReport, vectors: ReportVectors | None = None
) -> set[ClaimKey]:
    """The claim keys the hybrid predicts for a gold report (what ``extract_with_model`` would emit)."""
    keys = set(report.rule_keys)
    if not report.sentences:
        return keys
    placed: set[ClaimKey] = set()
    kept: set[ClaimKey] = set()
    added: set[ClaimKey] = set()
    dense = scaled_vectors(model, report, vectors)
    probabilities = model.type_probabilities([s.view for s in report.sentences], report.lang, dense)
    for number, (sentence, row) in enumerate(zip(report.sentences, probabilities, strict=True)):
        placed |= {
            _key(claim.event_type, claim.place, claim.actor_side, claim.modality)
            for claim in sentence.view.rule_claims
        }
        vector = None if dense is None else dense[number]
        kept_claims, additions = model.decide(sentence.view, row, report.lang, vector)
        kept |= {_key(c.event_type, c.place, c.actor_side, c.modality) for c in kept_claims}
        added |= {
            (a.event_type, a.place.place_id if a.place else None, a.actor_side, a.modality) for a in additions
        }
    return (keys - placed) | kept | added


def _key(event_type: str, place: object, side: str | None, modality: str) -> ClaimKey:
    place_id = getattr(place, "place_id", None)
    return (event_type, place_id, side, modality)


def claim_f1(
    model: HybridModel, reports: Sequence[GoldReport], vectors: ReportVectors | None = None
) -> tuple[float, int, int, int]:
    """Claim-as-a-whole F1 (and tp, fp, fn) of the hybrid over gold reports."""
    tp = fp = fn = 0
    for report in reports:
        predicted = hybrid_keys(model, report, vectors)
        tp += len(predicted & report.gold_keys)
        fp += len(predicted - report.gold_keys)
        fn += len(report.gold_keys - predicted)
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def choose_thresholds(
    reports: Sequence[GoldReport],
    folds: int,
    bits: int,
    epochs: int,
    log: bool = True,
    vectors: ReportVectors | None = None,
    encoder: str | None = None,
) -> tuple[float, float, dict[str, float]]:
    """(drop_below, add_at, figures) chosen by k-fold cross-validation over reports."""
    order = np.random.default_rng(0).permutation(len(reports))
    fold_of = {reports[index].report_id: position % folds for position, index in enumerate(order)}
    counts: dict[tuple[float, float], np.ndarray] = {
        (drop, add): np.zeros(3, dtype=int) for drop in DROP_GRID for add in ADD_GRID
    }
    for fold in range(folds):
        training = [r for r in reports if fold_of[r.report_id] != fold]
        model = fit_model(training, bits, epochs, vectors, encoder)
        held_out = [r for r in reports if fold_of[r.report_id] == fold]
        for drop, add in counts:
            model.drop_below, model.add_at = drop, add
            _, tp, fp, fn = claim_f1(model, held_out, vectors)
            counts[(drop, add)] += (tp, fp, fn)
        if log:
            print(f"fold {fold + 1}/{folds} done", file=sys.stderr, flush=True)

    def f1(pair: tuple[float, float]) -> float:
        tp, fp, fn = counts[pair]
        return float(2 * tp / (2 * tp + fp + fn)) if tp else 0.0

    # Ties go to the pair that changes least (halves off first), so noise never switches a half on.
    best = max(counts, key=lambda pair: (round(f1(pair), 6), -pair[0], pair[1]))
    figures = {"cv_f1_rules": f1((0.0, DISABLED)), "cv_f1_hybrid": f1(best)}
    return best[0], best[1], figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m frontwatch.claims.learned.train", description=__doc__.split("\n")[0]
    )
    parser.add_argument("gold", type=Path, help="gold claims file or folder (docs/annotation.md format)")
    parser.add_argument("--out", type=Path, required=True, help="model file to write (.npz)")
    parser.add_argument("--exclude-ids", nargs="*", default=[], help="report ids to leave out")
    parser.add_argument("--exclude-pattern", default=None, help="leave out report ids matching this regex")
    parser.add_argument(
        "--folds", type=int, default=5, help="cross-validation folds for the thresholds (0: off)"
    )
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    parser.add_argument("--bits", type=int, default=DEFAULT_BITS, help="hash buckets are 2**bits")
    parser.add_argument(
        "--encoder",
        choices=sorted(ENCODER_CHOICES),
        default="none",
        help="add a pretrained sentence embedding to the features (e5: needs frontwatch[embed])",
    )
    args = parser.parse_args(argv)

    reports = load_gold_reports(args.gold, exclude_ids=args.exclude_ids)
    if args.exclude_pattern:
        pattern = re.compile(args.exclude_pattern)
        reports = [r for r in reports if not pattern.search(r.report_id)]
    if not reports:
        parser.error("no gold reports left to train on")
    print(f"{len(reports)} reports, {sum(len(r.sentences) for r in reports)} sentences", file=sys.stderr)
    encoder = ENCODER_CHOICES[args.encoder]
    vectors = embed_reports(reports, load_encoder(encoder)) if encoder else None
    drop_below, add_at = 0.0, DISABLED
    figures: dict[str, float] = {}
    if args.folds > 1:
        drop_below, add_at, figures = choose_thresholds(
            reports, args.folds, args.bits, args.epochs, vectors=vectors, encoder=encoder
        )
    model = fit_model(reports, args.bits, args.epochs, vectors, encoder)
    model.drop_below, model.add_at = drop_below, add_at
    model.meta = {
        "reports": len(reports),
        "report_ids": sorted(r.report_id for r in reports),
        "folds": args.folds,
        "epochs": args.epochs,
        "encoder": encoder,
        **{name: round(value, 4) for name, value in figures.items()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes): drop_below={drop_below} add_at={add_at} "
        + " ".join(f"{name}={value:.4f}" for name, value in figures.items()),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
