"""Score a claim extractor against the gold claims of ``gold/claims/*.jsonl`` (format: docs/annotation.md).

For every gold record the report is rebuilt the way the pipeline would see it: a ``text`` record becomes a
Report with ``clean_text = text`` (its ``id`` is the gold id, so misses can be looked up); a record with
``raw`` and ``format`` is written to a temporary file with the format's extension and read with
``frontwatch.ingest.read_file`` (all reports of that file count as the record's prediction). Places are
resolved with ``frontwatch.places.resolve_places`` on a gazetteer loaded once, then the extractor runs.

**Claim as a whole.** Gold and predicted claims are reduced to sets per report on the key
(event_type, place id, actor_side, modality); repeated assertions count once. A predicted key that is in
the gold set is a true positive, one that is not a false positive, a gold key not predicted a false
negative. Precision, recall and F1 are given overall, per language, per event type and per split
(``dev`` / ``heldout``). A record whose file intake fails contributes all its gold claims as misses.

**Fields.** Within a report each gold claim (deduplicated as above) is paired with at most one predicted
claim, greedily in gold order: first a prediction with the same full key, then the same (event_type,
place), then the same event_type only. On the aligned pairs each field is scored:
a value the prediction gives is a true positive when it equals the gold value and a false positive
otherwise; a value gold gives that the prediction misses or gets wrong is a false negative. ``null`` /
missing values are not scored, except that a prediction where gold has ``null`` is a false positive.
Fields: ``place``, ``actor_side``, ``modality``, ``evidence_kind``, ``source_kind``, ``when`` (true when the
two date ranges overlap) and ``quantities`` (each name + value + bound is one item; values within 1 %
are equal). ``event_type`` cannot be scored on pairs aligned by event type, so it is scored as a
multiset per report: for each type min(gold count, predicted count) are true positives.
Unaligned claims only count in the claim-as-whole figures.

**Error kinds.** Each claim-as-whole error is put in one class, so that rule work can aim at the largest:
per report the false negatives and false positives are paired when their keys differ in one part only
(``side``, ``modality``, ``place``, ``type``), then in place and side together (``place+side``); a pair
is one error. What stays unpaired is ``missed`` (a gold claim nothing resembles) or ``spurious`` (a
prediction gold has nothing like). Counted overall and per split.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from frontwatch.model import Claim, PlaceMention, Report

Extractor = Callable[[Report, list[PlaceMention]], list[Claim]]
PlaceResolver = Callable[[Report], list[PlaceMention]]
ClaimKey = tuple[str, str | None, str | None, str]

#: File extension under which each intake format is written for ``read_file``.
FORMAT_EXTENSIONS: dict[str, str] = {
    "text": ".txt",
    "html": ".html",
    "telegram": ".json",
    "jsonl": ".jsonl",
    "rss": ".xml",
    "atom": ".xml",
    "feed": ".xml",
    "media": ".jsonl",
}
FIELDS: tuple[str, ...] = (
    "event_type",
    "place",
    "actor_side",
    "modality",
    "evidence_kind",
    "source_kind",
    "when",
    "quantities",
)
QUANTITY_TOLERANCE = 0.01

#: Error classes in the order they are tried: a false negative and a false positive of one report whose
#: keys agree on every part but the named ones are one error of that class.
ERROR_KINDS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("side", (2,)),
    ("modality", (3,)),
    ("place", (1,)),
    ("type", (0,)),
    ("place+side", (1, 2)),
)
UNPAIRED_KINDS = ("missed", "spurious")


@dataclass
class Score:
    """True positives, false positives and false negatives with the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class ClaimView:
    """The parts of a claim that are scored, the same for gold dicts and predicted Claims."""

    event_type: str
    place: str | None
    actor_side: str | None
    modality: str
    evidence_kind: str | None
    source_kind: str | None
    when: tuple[date, date] | None
    quantities: tuple[tuple[str, float, str], ...]
    evidence: str

    @property
    def key(self) -> ClaimKey:
        return (self.event_type, self.place, self.actor_side, self.modality)


@dataclass(frozen=True)
class Miss:
    """A gold claim nobody predicted, or a predicted claim gold does not have."""

    report_id: str
    lang: str
    event_type: str
    place: str | None
    actor_side: str | None
    modality: str
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "lang": self.lang,
            "event_type": self.event_type,
            "place": self.place,
            "actor_side": self.actor_side,
            "modality": self.modality,
            "evidence": self.evidence,
        }


@dataclass
class ClaimsEvaluation:
    """All figures of one evaluation run; ``format()`` for people, ``to_dict()`` for JSON."""

    reports: int = 0
    gold_claims: int = 0
    predicted_claims: int = 0
    overall: Score = field(default_factory=Score)
    by_language: dict[str, Score] = field(default_factory=dict)
    by_event_type: dict[str, Score] = field(default_factory=dict)
    by_split: dict[str, Score] = field(default_factory=dict)
    fields: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in FIELDS})
    aligned_pairs: int = 0
    missed: list[Miss] = field(default_factory=list)
    spurious: list[Miss] = field(default_factory=list)
    error_kinds: dict[str, Counter[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "reports": self.reports,
            "gold_claims": self.gold_claims,
            "predicted_claims": self.predicted_claims,
            "overall": self.overall.to_dict(),
            "by_language": {k: v.to_dict() for k, v in sorted(self.by_language.items())},
            "by_event_type": {k: v.to_dict() for k, v in sorted(self.by_event_type.items())},
            "by_split": {k: v.to_dict() for k, v in sorted(self.by_split.items())},
            "fields": {k: v.to_dict() for k, v in self.fields.items()},
            "aligned_pairs": self.aligned_pairs,
            "missed": [m.to_dict() for m in self.missed],
            "spurious": [m.to_dict() for m in self.spurious],
            "error_kinds": {k: dict(v) for k, v in sorted(self.error_kinds.items())},
            "errors": list(self.errors),
        }

    def format(self, max_misses: int | None = 100) -> str:
        """Readable tables, then the missed gold claims and spurious predictions (``None``: all of them)."""
        lines = [
            f"Claims: {self.reports} reports, {self.gold_claims} gold claims, "
            f"{self.predicted_claims} predicted (deduplicated per report)",
            "",
        ]
        lines += _table("Claim as a whole", {"overall": self.overall})
        lines += _table("By split", self.by_split)
        lines += _table("By language", self.by_language)
        lines += _table("By event type", self.by_event_type)
        lines += _table(f"Fields on {self.aligned_pairs} aligned pairs", self.fields, sort=False)
        lines += _error_kind_table(self.error_kinds)
        for title, misses in (("Missed gold claims", self.missed), ("Spurious predictions", self.spurious)):
            lines.append(f"{title} ({len(misses)}):")
            shown = misses if max_misses is None else misses[:max_misses]
            for miss in shown:
                place = miss.place or "-"
                side = miss.actor_side or "-"
                lines.append(
                    f"  [{miss.report_id}] {miss.event_type} place={place} side={side} {miss.modality}: "
                    f"{_shorten(miss.evidence)}"
                )
            if len(shown) < len(misses):
                lines.append(f"  ... {len(misses) - len(shown)} more")
            lines.append("")
        if self.errors:
            lines.append(f"Records that could not be read ({len(self.errors)}):")
            lines += [f"  {error}" for error in self.errors]
        return "\n".join(lines).rstrip() + "\n"


def _shorten(text: str, width: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _error_kind_table(error_kinds: dict[str, Counter[str]]) -> list[str]:
    if not error_kinds:
        return []
    kinds = [name for name, _ in ERROR_KINDS] + list(UNPAIRED_KINDS)
    groups = sorted(error_kinds)
    width = max(len("Errors by kind"), *(len(kind) for kind in kinds))
    lines = [f"{'Errors by kind':<{width}}" + "".join(f" {group:>8}" for group in groups)]
    for kind in kinds:
        lines.append(f"{kind:<{width}}" + "".join(f" {error_kinds[group][kind]:8d}" for group in groups))
    return [*lines, ""]


def _table(title: str, rows: dict[str, Score], sort: bool = True) -> list[str]:
    if not rows:
        return []
    names = sorted(rows) if sort else list(rows)
    width = max(len(title), *(len(name) for name in names))
    lines = [f"{title:<{width}}  {'P':>6} {'R':>6} {'F1':>6}  {'TP':>5} {'FP':>5} {'FN':>5}"]
    for name in names:
        s = rows[name]
        lines.append(
            f"{name:<{width}}  {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {s.tp:5d} {s.fp:5d} {s.fn:5d}"
        )
    return [*lines, ""]


# --- reading gold -----------------------------------------------------------------------------------


def iter_gold_records(gold_path: Path) -> Iterable[tuple[str, dict[str, Any]]]:
    """(origin, record) for every record of a gold file or of every *.jsonl under a folder, in order."""
    files = sorted(gold_path.rglob("*.jsonl")) if gold_path.is_dir() else [gold_path]
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not valid JSON: {error}") from error
                if not isinstance(record, dict) or "id" not in record:
                    raise ValueError(f"{path}:{number}: a gold record is an object with an 'id'")
                yield f"{path}:{number}", record


def _parse_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())


def _parse_date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def build_reports(record: dict[str, Any], origin: str) -> list[Report]:
    """The report(s) a gold record stands for: ``text`` directly, ``raw`` through the normal intake."""
    published = _parse_datetime(record.get("published"))
    source = str(record.get("source") or "unknown")
    lang = record.get("lang")
    if "raw" not in record:
        text = str(record.get("text", ""))
        return [
            Report(
                id=str(record["id"]),
                source=source,
                raw_text=text,
                clean_text=text,
                format="text",
                origin=origin,
                title=record.get("title"),
                published=published,
                lang=lang,
                meta={"gold_id": record["id"]},
            )
        ]
    from frontwatch.claims.channels import mark_channel_sides
    from frontwatch.ingest import IngestOptions, read_file

    fmt = str(record.get("format") or "text")
    suffix = FORMAT_EXTENSIONS.get(fmt, ".txt")
    with tempfile.TemporaryDirectory(prefix="frontwatch-eval-") as folder:
        name = "result.json" if fmt == "telegram" else f"{record['id']}{suffix}"
        path = Path(folder) / name
        raw = record["raw"]
        path.write_text(
            raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False), encoding="utf-8"
        )
        reports = read_file(path, IngestOptions(published=published, source=source, lang=lang))
    mark_channel_sides(reports)  # as the pipeline does after reading a file
    for report in reports:
        report.meta = {**report.meta, "gold_id": record["id"]}
    return reports


# --- turning claims into comparable views -----------------------------------------------------------


def _place_id(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        found = value.get("place_id", value.get("id"))
        return str(found) if found else None
    found = getattr(value, "place_id", None)
    return str(found) if found else None


def _quantity_items(raw: Any) -> tuple[tuple[str, float, str], ...]:
    items = []
    for name, quantity in (raw or {}).items():
        if isinstance(quantity, dict):
            value, bound = quantity.get("value"), quantity.get("bound", "exact")
        elif isinstance(quantity, (int, float)):
            value, bound = quantity, "exact"
        else:
            value, bound = getattr(quantity, "value", None), getattr(quantity, "bound", "exact")
        if value is not None:
            items.append((str(name), float(value), str(bound or "exact")))
    return tuple(sorted(items))


def _when_range(raw: Any) -> tuple[date, date] | None:
    if raw is None:
        return None
    if isinstance(raw, dict):
        start, end = _parse_date(raw.get("start")), _parse_date(raw.get("end") or raw.get("start"))
    else:
        start, end = getattr(raw, "start", None), getattr(raw, "end", None)
    if start is None or end is None:
        return None
    return (start, end)


def view_of(claim: Claim | dict[str, Any]) -> ClaimView:
    """A predicted Claim or a gold / exported claim dict as a ClaimView."""
    if isinstance(claim, dict):
        source = claim.get("source") or {}
        evidence = claim.get("evidence") or ""
        return ClaimView(
            event_type=str(claim["event_type"]),
            place=_place_id(claim.get("place")),
            actor_side=claim.get("actor_side"),
            modality=str(claim.get("modality") or "asserted"),
            evidence_kind=claim.get("evidence_kind"),
            source_kind=source.get("kind") if isinstance(source, dict) else None,
            when=_when_range(claim.get("when")),
            quantities=_quantity_items(claim.get("quantities")),
            evidence=str(evidence.get("text", "") if isinstance(evidence, dict) else evidence),
        )
    return ClaimView(
        event_type=claim.event_type,
        place=_place_id(claim.place),
        actor_side=claim.actor_side,
        modality=claim.modality,
        evidence_kind=claim.evidence_kind,
        source_kind=claim.source.kind if claim.source else None,
        when=_when_range(claim.when),
        quantities=_quantity_items(claim.quantities),
        evidence=claim.evidence_text,
    )


def dedupe(views: Sequence[ClaimView]) -> list[ClaimView]:
    """One view per claim key, the first one kept."""
    seen: set[ClaimKey] = set()
    unique = []
    for view in views:
        if view.key not in seen:
            seen.add(view.key)
            unique.append(view)
    return unique


# --- scoring ----------------------------------------------------------------------------------------


def align(gold: Sequence[ClaimView], predicted: Sequence[ClaimView]) -> list[tuple[ClaimView, ClaimView]]:
    """Pair gold with predicted claims: same key, then same (event_type, place), then same event_type."""
    pairs: list[tuple[ClaimView, ClaimView]] = []
    free_gold = list(range(len(gold)))
    free_pred = list(range(len(predicted)))
    matchers: list[Callable[[ClaimView, ClaimView], bool]] = [
        lambda g, p: g.key == p.key,
        lambda g, p: (g.event_type, g.place) == (p.event_type, p.place),
        lambda g, p: g.event_type == p.event_type,
    ]
    for same in matchers:
        for g_index in list(free_gold):
            for p_index in free_pred:
                if same(gold[g_index], predicted[p_index]):
                    pairs.append((gold[g_index], predicted[p_index]))
                    free_gold.remove(g_index)
                    free_pred.remove(p_index)
                    break
    return pairs


def _score_value(gold_value: Any, predicted_value: Any, equal: Callable[[Any, Any], bool]) -> Score:
    score = Score()
    if predicted_value is not None:
        if gold_value is not None and equal(gold_value, predicted_value):
            score.tp += 1
        else:
            score.fp += 1
    if gold_value is not None and (predicted_value is None or not equal(gold_value, predicted_value)):
        score.fn += 1
    return score


def _ranges_overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _same_quantity(a: tuple[str, float, str], b: tuple[str, float, str]) -> bool:
    return (
        a[0] == b[0]
        and a[2] == b[2]
        and math.isclose(a[1], b[1], rel_tol=QUANTITY_TOLERANCE, abs_tol=QUANTITY_TOLERANCE)
    )


def score_quantities(
    gold: tuple[tuple[str, float, str], ...], predicted: tuple[tuple[str, float, str], ...]
) -> Score:
    """Each (name, value, bound) item is one unit; a predicted item matches at most one gold item."""
    unmatched = list(gold)
    score = Score()
    for item in predicted:
        hit = next((g for g in unmatched if _same_quantity(g, item)), None)
        if hit is None:
            score.fp += 1
        else:
            score.tp += 1
            unmatched.remove(hit)
    score.fn += len(unmatched)
    return score


def classify_errors(gold: Sequence[ClaimView], predicted: Sequence[ClaimView]) -> Counter[str]:
    """One report's claim-as-whole errors by kind (see the module docstring), each error counted once."""
    predicted_keys = {view.key for view in predicted}
    gold_keys = {view.key for view in gold}
    unmatched_gold = [view.key for view in gold if view.key not in predicted_keys]
    unmatched_predicted = [view.key for view in predicted if view.key not in gold_keys]
    kinds: Counter[str] = Counter()
    for kind, differing in ERROR_KINDS:
        kept = [index for index in range(4) if index not in differing]
        for gold_key in list(unmatched_gold):
            for predicted_key in unmatched_predicted:
                if all(gold_key[index] == predicted_key[index] for index in kept):
                    kinds[kind] += 1
                    unmatched_gold.remove(gold_key)
                    unmatched_predicted.remove(predicted_key)
                    break
    kinds["missed"] += len(unmatched_gold)
    kinds["spurious"] += len(unmatched_predicted)
    return kinds


def score_fields(pairs: Sequence[tuple[ClaimView, ClaimView]]) -> dict[str, Score]:
    """Per-field scores on aligned pairs (``event_type`` is scored separately, see the module docstring)."""
    scores = {name: Score() for name in FIELDS if name != "event_type"}

    def equal(a: Any, b: Any) -> bool:
        return bool(a == b)

    for gold, predicted in pairs:
        scores["place"].add(_score_value(gold.place, predicted.place, equal))
        scores["actor_side"].add(_score_value(gold.actor_side, predicted.actor_side, equal))
        scores["modality"].add(_score_value(gold.modality, predicted.modality, equal))
        scores["evidence_kind"].add(_score_value(gold.evidence_kind, predicted.evidence_kind, equal))
        scores["source_kind"].add(_score_value(gold.source_kind, predicted.source_kind, equal))
        scores["when"].add(_score_value(gold.when, predicted.when, _ranges_overlap))
        scores["quantities"].add(score_quantities(gold.quantities, predicted.quantities))
    return scores


def score_event_types(gold: Sequence[ClaimView], predicted: Sequence[ClaimView]) -> Score:
    """Event types as a multiset per report."""
    gold_counts = Counter(view.event_type for view in gold)
    predicted_counts = Counter(view.event_type for view in predicted)
    tp = sum(min(count, predicted_counts[event_type]) for event_type, count in gold_counts.items())
    return Score(tp=tp, fp=sum(predicted_counts.values()) - tp, fn=sum(gold_counts.values()) - tp)


def score_report(
    evaluation: ClaimsEvaluation,
    report_id: str,
    lang: str,
    split: str,
    gold: Sequence[ClaimView],
    predicted: Sequence[ClaimView],
) -> None:
    """Add one report's gold and predicted claims (already deduplicated) to ``evaluation``."""
    evaluation.reports += 1
    evaluation.gold_claims += len(gold)
    evaluation.predicted_claims += len(predicted)
    gold_keys = {view.key for view in gold}
    predicted_keys = {view.key for view in predicted}
    groups = (
        evaluation.overall,
        evaluation.by_language.setdefault(lang, Score()),
        evaluation.by_split.setdefault(split, Score()),
    )
    for view in predicted:
        by_type = evaluation.by_event_type.setdefault(view.event_type, Score())
        hit = view.key in gold_keys
        for score in (*groups, by_type):
            if hit:
                score.tp += 1
            else:
                score.fp += 1
        if not hit:
            evaluation.spurious.append(Miss(report_id, lang, *view.key, evidence=view.evidence))
    for view in gold:
        if view.key in predicted_keys:
            continue
        for score in (*groups, evaluation.by_event_type.setdefault(view.event_type, Score())):
            score.fn += 1
        evaluation.missed.append(Miss(report_id, lang, *view.key, evidence=view.evidence))

    kinds = classify_errors(gold, predicted)
    for group in ("all", split):
        evaluation.error_kinds.setdefault(group, Counter()).update(kinds)

    pairs = align(gold, predicted)
    evaluation.aligned_pairs += len(pairs)
    for name, score in score_fields(pairs).items():
        evaluation.fields[name].add(score)
    evaluation.fields["event_type"].add(score_event_types(gold, predicted))


# --- running ----------------------------------------------------------------------------------------


def _default_place_resolver() -> PlaceResolver:
    from frontwatch.places.gazetteer import load_gazetteer
    from frontwatch.places.resolve import resolve_places

    gazetteer = load_gazetteer()

    def resolve(report: Report) -> list[PlaceMention]:
        return list(resolve_places(report, gazetteer))

    return resolve


def _default_extractor() -> Extractor:
    from frontwatch.claims.extract import extract_claims

    return extract_claims


def annotations_by_report(path: Path) -> dict[str, list[ClaimView]]:
    """The claims of every record of a gold-format file or folder, by report id.

    A second annotation of the same reports, read this way, stands in for the extractor's output when two
    annotators are compared (inter-annotator agreement) or when an outside extractor's output is scored.
    """
    claims: dict[str, list[ClaimView]] = {}
    for origin, record in iter_gold_records(Path(path)):
        report_id = str(record["id"])
        if report_id in claims:
            raise ValueError(f"{origin}: report {report_id} is annotated twice")
        try:
            claims[report_id] = dedupe([view_of(claim) for claim in record.get("claims") or []])
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{origin}: malformed claim: {error}") from error
    return claims


def compare_annotations(gold_path: Path, against_path: Path) -> ClaimsEvaluation:
    """Score the annotation ``against_path`` on the reports it shares with ``gold_path``.

    Reports annotated in only one of the two are left out, so a partial second
    annotation measures agreement on what both annotators read, not the share the second one skipped.
    """
    other = annotations_by_report(against_path)
    evaluation = ClaimsEvaluation()
    for _origin, record in iter_gold_records(Path(gold_path)):
        report_id = str(record["id"])
        if report_id not in other:
            continue
        gold = dedupe([view_of(claim) for claim in record.get("claims") or []])
        lang = str(record.get("lang") or "unknown")
        score_report(evaluation, report_id, lang, str(record.get("split") or "dev"), gold, other[report_id])
    return evaluation


def evaluate_claims(
    gold_path: Path,
    extractor: Extractor | None = None,
    place_resolver: PlaceResolver | None = None,
) -> ClaimsEvaluation:
    """Run ``extractor`` (default ``extract_claims``) over the gold reports of ``gold_path`` and score it.

    ``place_resolver`` turns a report into place mentions; by default the gazetteer is loaded once and
    ``resolve_places`` is used. Malformed gold raises ValueError; a record whose raw file the intake
    rejects is listed in ``errors`` and its gold claims count as missed.
    """
    extract = extractor or _default_extractor()
    resolve = place_resolver
    evaluation = ClaimsEvaluation()
    for origin, record in iter_gold_records(Path(gold_path)):
        report_id = str(record["id"])
        lang = str(record.get("lang") or "unknown")
        split = str(record.get("split") or "dev")
        gold = dedupe([view_of(claim) for claim in record.get("claims") or []])
        predicted_views: list[ClaimView] = []
        try:
            reports = build_reports(record, origin)
        except Exception as error:  # any intake failure is the pipeline's failure on this record
            evaluation.errors.append(f"{report_id} ({origin}): {type(error).__name__}: {error}")
            reports = []
        for report in reports:
            if resolve is None:
                resolve = _default_place_resolver()
            mentions = resolve(report)
            predicted_views += [view_of(claim) for claim in extract(report, mentions)]
        score_report(evaluation, report_id, lang, split, gold, dedupe(predicted_views))
    return evaluation
