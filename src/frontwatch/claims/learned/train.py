"""Train the hybrid extractor's model on gold claim files.

    python -m frontwatch.claims.learned.train GOLD_DIR --out FILE [--exclude-ids ID ...]
        [--exclude-pattern REGEX] [--folds 5] [--epochs 100] [--bits 16]

1. Every gold report (minus the excluded ones) is run through intake, place resolution and the rule
   extractor, and cut into sentences labelled with the gold claims whose evidence starts in them
   (``dataset.py``).
2. The two thresholds (drop a rule claim below ``drop_below``; add a claim at ``add_at``) are chosen by
   k-fold cross-validation over reports: each fold's classifiers are trained on the other folds, and the
   claim-as-a-whole F1 (the key of ``evaluate.py``) of the hybrid on the held-out fold's reports is
   computed for every pair of the grid. The best pair wins; a tie keeps the halves off.
3. The classifiers are trained again on all reports and saved with the chosen thresholds.

Caveat written into the model's metadata: the rules were written on these same reports, so the
cross-validated figure measures the hybrid against rules that already fit the text; on reporting the
rule authors never saw the rules err more often. See docs/learned-extractor.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from frontwatch.claims.evaluate import ClaimKey
from frontwatch.claims.learned.dataset import GoldReport, load_gold_reports
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


def fit_model(
    reports: Sequence[GoldReport], bits: int = DEFAULT_BITS, epochs: int = DEFAULT_EPOCHS
) -> HybridModel:
    """The three classifiers trained on ``reports`` (thresholds left off)."""
    type_batch, type_targets = _type_examples(reports, bits)
    field_batch, side_targets, modality_targets = _field_examples(reports, bits)

    def fit(batch: SparseBatch, targets: np.ndarray, labels: Sequence[str]) -> LinearClassifier:
        return train_classifier(
            batch, targets, labels, bits, l2=L2, epochs=epochs, learning_rate=LEARNING_RATE
        )

    return HybridModel(
        types=fit(type_batch, type_targets, EVENT_TYPES),
        sides=fit(field_batch, side_targets, SIDE_LABELS),
        modalities=fit(field_batch, modality_targets, MODALITIES),
    )


def hybrid_keys(model: HybridModel, report: GoldReport) -> set[ClaimKey]:
    """The claim keys the hybrid predicts for a gold report (what ``extract_with_model`` would emit)."""
    keys = set(report.rule_keys)
    if not report.sentences:
        return keys
    placed: set[ClaimKey] = set()
    kept: set[ClaimKey] = set()
    added: set[ClaimKey] = set()
    probabilities = model.type_probabilities([s.view for s in report.sentences], report.lang)
    for sentence, row in zip(report.sentences, probabilities, strict=True):
        placed |= {
            _key(claim.event_type, claim.place, claim.actor_side, claim.modality)
            for claim in sentence.view.rule_claims
        }
        kept_claims, additions = model.decide(sentence.view, row, report.lang)
        kept |= {_key(c.event_type, c.place, c.actor_side, c.modality) for c in kept_claims}
        added |= {
            (a.event_type, a.place.place_id if a.place else None, a.actor_side, a.modality) for a in additions
        }
    return (keys - placed) | kept | added


def _key(event_type: str, place: object, side: str | None, modality: str) -> ClaimKey:
    place_id = getattr(place, "place_id", None)
    return (event_type, place_id, side, modality)


def claim_f1(model: HybridModel, reports: Sequence[GoldReport]) -> tuple[float, int, int, int]:
    """Claim-as-a-whole F1 (and tp, fp, fn) of the hybrid over gold reports."""
    tp = fp = fn = 0
    for report in reports:
        predicted = hybrid_keys(model, report)
        tp += len(predicted & report.gold_keys)
        fp += len(predicted - report.gold_keys)
        fn += len(report.gold_keys - predicted)
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def choose_thresholds(
    reports: Sequence[GoldReport], folds: int, bits: int, epochs: int, log: bool = True
) -> tuple[float, float, dict[str, float]]:
    """(drop_below, add_at, figures) chosen by k-fold cross-validation over reports."""
    order = np.random.default_rng(0).permutation(len(reports))
    fold_of = {reports[index].report_id: position % folds for position, index in enumerate(order)}
    counts: dict[tuple[float, float], np.ndarray] = {
        (drop, add): np.zeros(3, dtype=int) for drop in DROP_GRID for add in ADD_GRID
    }
    for fold in range(folds):
        model = fit_model([r for r in reports if fold_of[r.report_id] != fold], bits, epochs)
        held_out = [r for r in reports if fold_of[r.report_id] == fold]
        for drop, add in counts:
            model.drop_below, model.add_at = drop, add
            _, tp, fp, fn = claim_f1(model, held_out)
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
    args = parser.parse_args(argv)

    reports = load_gold_reports(args.gold, exclude_ids=args.exclude_ids)
    if args.exclude_pattern:
        pattern = re.compile(args.exclude_pattern)
        reports = [r for r in reports if not pattern.search(r.report_id)]
    if not reports:
        parser.error("no gold reports left to train on")
    print(f"{len(reports)} reports, {sum(len(r.sentences) for r in reports)} sentences", file=sys.stderr)
    drop_below, add_at = 0.0, DISABLED
    figures: dict[str, float] = {}
    if args.folds > 1:
        drop_below, add_at, figures = choose_thresholds(reports, args.folds, args.bits, args.epochs)
    model = fit_model(reports, args.bits, args.epochs)
    model.drop_below, model.add_at = drop_below, add_at
    model.meta = {
        "reports": len(reports),
        "report_ids": sorted(r.report_id for r in reports),
        "folds": args.folds,
        "epochs": args.epochs,
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
