"""The hybrid extractor: the rule claims, filtered and completed by a learned sentence classifier.

Per sentence the type classifier gives a probability for each event type. Then

- a rule claim is dropped when the probability of its type is below ``drop_below``;
- a claim is added for a type whose probability reaches ``add_at`` when the rules emitted no claim of
  that type in the sentence: at the sentence's first resolved place (none when it names none), with
  the side and modality the two field classifiers choose, the source and evidence kind of a rule
  claim of the same sentence when there is one (the outlet's voice otherwise).

Both thresholds are chosen by cross-validation on the training reports (``train.py``) and stored in
the model file; a threshold of ``DISABLED`` (above any probability) turns that half off. The rule
extractor itself is called unchanged, so ``rules`` output never depends on this module.

A model trained with a sentence encoder (``train.py --encoder e5``; ``HybridModel.encoder``,
``encoder.py``) also feeds each sentence's embedding to all three classifiers and needs the optional
extra ``frontwatch[embed]`` at run time. No such model ships: it did not beat the rules on unseen text
(docs/learned-extractor.md), so ``extract_with_model`` is its only entry point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from frontwatch.claims.extract import extract_claims
from frontwatch.claims.learned.encoder import EmbeddingScaler, FloatArray, load_encoder
from frontwatch.claims.learned.features import crossed, hash_features
from frontwatch.claims.learned.model import LinearClassifier, SparseBatch, pack_archive, unpack_archive
from frontwatch.claims.learned.sentences import SentenceView, sentence_views
from frontwatch.claims.output import claim_place, make_claim_id
from frontwatch.model import Claim, PlaceMention, Report, Source

EXTRACTOR_NAME = "hybrid"
MODEL_FILE = "claims-hybrid.npz"
DISABLED = 2.0  # a threshold no probability reaches
BUNDLE_VERSION = 1
NO_SIDE = "none"
#: Feature name prefixes of the words of a sentence; the field classifiers cross only the other
#: features (rule claims, cue lists, place count) with the event type, to stay small.
WORD_PREFIXES = ("L:", "B:", "S:")


@dataclass(frozen=True)
class Addition:
    """A claim the classifier adds: type, place (or None), side (or None), modality."""

    event_type: str
    place: PlaceMention | None
    actor_side: str | None
    modality: str


@dataclass
class HybridModel:
    """The three classifiers and the two thresholds of the hybrid extractor."""

    types: LinearClassifier
    sides: LinearClassifier
    modalities: LinearClassifier
    drop_below: float = 0.0
    add_at: float = DISABLED
    meta: dict[str, Any] = field(default_factory=dict)
    encoder: str | None = None  # sentence encoder whose embeddings the classifiers take (encoder.py)
    scaler: EmbeddingScaler | None = None  # how those embeddings are standardised

    def sentence_vectors(self, views: Sequence[SentenceView]) -> FloatArray | None:
        """The standardised embedding of each sentence, or None for a model without an encoder."""
        if self.encoder is None or self.scaler is None:
            return None
        return self.scaler.transform(load_encoder(self.encoder).encode([view.text for view in views]))

    def type_probabilities(
        self, views: Sequence[SentenceView], lang: str, vectors: FloatArray | None = None
    ) -> np.ndarray:
        """P(type) per sentence; ``vectors`` are the sentences' embeddings (computed when not given)."""
        rows = [hash_features(view.feature_names(lang), self.types.bits) for view in views]
        if vectors is None and self.encoder is not None:
            vectors = self.sentence_vectors(views)
        return self.types.scores(SparseBatch.from_lists(rows), vectors)

    def field_choice(
        self, base_features: list[str], event_type: str, vector: FloatArray | None = None
    ) -> tuple[str | None, str]:
        """(actor side, modality) the field classifiers choose for ``event_type`` in a sentence."""
        names = field_features(base_features, event_type)
        buckets = hash_features(names, self.sides.bits)
        side_scores = self.sides.score_one(buckets, vector)
        modality_scores = self.modalities.score_one(buckets, vector)
        side = max(side_scores, key=lambda label: side_scores[label])
        modality = max(modality_scores, key=lambda label: modality_scores[label])
        return (None if side == NO_SIDE else side), modality

    def decide(
        self, view: SentenceView, probabilities: np.ndarray, lang: str, vector: FloatArray | None = None
    ) -> tuple[list[Claim], list[Addition]]:
        """The rule claims of the sentence that are kept, and the claims to add."""
        by_type = dict(zip(self.types.labels, probabilities, strict=True))
        kept = [c for c in view.rule_claims if by_type.get(c.event_type, 1.0) >= self.drop_below]
        rule_types = {c.event_type for c in view.rule_claims}
        additions: list[Addition] = []
        base: list[str] | None = None
        for event_type, probability in by_type.items():
            if probability < self.add_at or event_type in rule_types:
                continue
            base = base if base is not None else view.feature_names(lang)
            side, modality = self.field_choice(base, event_type, vector)
            place = view.mentions[0] if view.mentions else None
            additions.append(Addition(event_type, place, side, modality))
        return kept, additions

    def to_bytes(self) -> bytes:
        header = {
            "format": BUNDLE_VERSION,
            "drop_below": self.drop_below,
            "add_at": self.add_at,
            "meta": self.meta,
            "encoder": self.encoder,
        }
        scaler = {}
        if self.scaler is not None:
            scaler = {
                "embedding_center": self.scaler.center.astype(np.float32),
                "embedding_spread": self.scaler.spread.astype(np.float32),
            }
        return pack_archive(
            header,
            types=np.frombuffer(self.types.to_bytes(), dtype=np.uint8),
            sides=np.frombuffer(self.sides.to_bytes(), dtype=np.uint8),
            modalities=np.frombuffer(self.modalities.to_bytes(), dtype=np.uint8),
            **scaler,
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> HybridModel:
        header, arrays = unpack_archive(data, BUNDLE_VERSION, "hybrid model")
        scaler = None
        if "embedding_center" in arrays:
            scaler = EmbeddingScaler(
                arrays["embedding_center"].astype(np.float64), arrays["embedding_spread"].astype(np.float64)
            )
        return cls(
            types=LinearClassifier.from_bytes(bytes(arrays["types"])),
            sides=LinearClassifier.from_bytes(bytes(arrays["sides"])),
            modalities=LinearClassifier.from_bytes(bytes(arrays["modalities"])),
            drop_below=float(header["drop_below"]),
            add_at=float(header["add_at"]),
            meta=dict(header.get("meta") or {}),
            encoder=header.get("encoder"),
            scaler=scaler,
        )

    def save(self, path: Path) -> None:
        Path(path).write_bytes(self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> HybridModel:
        return cls.from_bytes(Path(path).read_bytes())


def field_features(base_features: list[str], event_type: str) -> list[str]:
    """Features of the side and modality classifiers: the sentence's, plus its non-word ones per type."""
    structural = [name for name in base_features if not name.startswith(WORD_PREFIXES)]
    return [*base_features, *crossed(structural, event_type), f"T:{event_type}"]


def shipped_model_path() -> Path:
    return Path(str(resources.files("frontwatch").joinpath("data", "models", MODEL_FILE)))


@cache
def default_model() -> HybridModel:
    """The model shipped in the package (read once per process)."""
    return HybridModel.load(shipped_model_path())


def _added_claim(report: Report, view: SentenceView, addition: Addition) -> Claim:
    neighbour = view.rule_claims[0] if view.rule_claims else None
    source = neighbour.source if neighbour else Source(name=report.source, kind="outlet")
    place_key = addition.place.place_id or "" if addition.place else ""
    return Claim(
        claim_id=make_claim_id(report.id, view.start, view.end, addition.event_type, place_key + "|"),
        report_id=report.id,
        event_type=addition.event_type,
        actor_side=addition.actor_side,
        place=claim_place(addition.place),
        source=source,
        modality=addition.modality,
        evidence_kind=neighbour.evidence_kind if neighbour else "report",
        evidence_start=view.start,
        evidence_end=view.end,
        evidence_text=report.clean_text[view.start : view.end],
        language=report.lang,
        extractor=EXTRACTOR_NAME,
        meta={"added_by": EXTRACTOR_NAME},
    )


def extract_with_model(model: HybridModel, report: Report, mentions: list[PlaceMention]) -> list[Claim]:
    """The hybrid claims of ``report`` with ``model``; rule claims outside any sentence are kept."""
    rule_claims = extract_claims(report, mentions)
    if model.drop_below <= 0.0 and model.add_at > 1.0:
        return rule_claims  # both halves off: nothing to compute
    _lexicon, views = sentence_views(report, mentions, rule_claims)
    if not views:
        return rule_claims
    lang = report.lang or ""
    vectors = model.sentence_vectors(views)
    probabilities = model.type_probabilities(views, lang, vectors)
    kept_ids: set[str] = set()
    added: list[Claim] = []
    for number, (view, row) in enumerate(zip(views, probabilities, strict=True)):
        kept, additions = model.decide(view, row, lang, None if vectors is None else vectors[number])
        kept_ids |= {claim.claim_id for claim in kept}
        added += [_added_claim(report, view, addition) for addition in additions]
    placed = {claim.claim_id for view in views for claim in view.rule_claims}
    return [c for c in rule_claims if c.claim_id in kept_ids or c.claim_id not in placed] + added


def extract_hybrid(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
    """The ``hybrid`` extractor with the shipped model (the ``frontwatch.extractors`` signature)."""
    return extract_with_model(default_model(), report, mentions)
