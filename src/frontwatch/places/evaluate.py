"""Measure recognition and resolution of place names against gold files (docs/annotation.md).

Gold: a JSON Lines file or a folder of ``*.jsonl``; one report per line with ``text`` (or ``raw`` +
``format``, which goes through the normal intake) and ``place_mentions``. A gold mention is located
by its ``text`` and ``occurrence``; a predicted mention matches it when their spans overlap.

- recognition: precision, recall, F1 over mentions;
- resolution, over the matched mentions: exact (same place id; for gold without an id, within
  3 km) and within 10 km of the gold coordinates; "end to end" divides by all gold mentions.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from frontwatch.model import PlaceMention, Report
from frontwatch.places.gazetteer import Gazetteer
from frontwatch.places.resolve import haversine_km, resolve_places

EXACT_KM_WITHOUT_ID = 3.0
NEAR_KM = 10.0
_RAW_SUFFIX = {
    "html": ".html",
    "telegram": ".json",
    "jsonl": ".jsonl",
    "rss": ".xml",
    "atom": ".xml",
    "media": ".jsonl",
    "text": ".txt",
}


@dataclass
class PlacesCounts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    within_10km: int = 0

    def add(self, other: PlacesCounts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.exact += other.exact
        self.within_10km += other.within_10km

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_accuracy(self) -> float:
        return self.exact / self.matched if self.matched else 0.0

    @property
    def near_accuracy(self) -> float:
        return self.within_10km / self.matched if self.matched else 0.0

    @property
    def end_to_end(self) -> float:
        return self.exact / self.gold if self.gold else 0.0


@dataclass
class PlacesEvaluation:
    by_language: dict[str, PlacesCounts] = field(default_factory=dict)
    #: (language, split) -> counts; split is the record's "split" ("dev", "heldout", "-" when absent).
    by_language_split: dict[tuple[str, str], PlacesCounts] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    #: The split of each entry of ``misses`` (same order), so dev misses can be read without heldout ones.
    miss_splits: list[str] = field(default_factory=list)
    reports: int = 0
    skipped: list[str] = field(default_factory=list)  # records that could not be evaluated, with why

    @property
    def overall(self) -> PlacesCounts:
        total = PlacesCounts()
        for counts in self.by_language.values():
            total.add(counts)
        return total

    @property
    def by_split(self) -> dict[str, PlacesCounts]:
        totals: dict[str, PlacesCounts] = {}
        for (_lang, split), counts in self.by_language_split.items():
            totals.setdefault(split, PlacesCounts()).add(counts)
        return totals

    def misses_of(self, split: str) -> list[str]:
        """The misses of the records of one split (read dev misses without seeing heldout ones)."""
        return [m for m, s in zip(self.misses, self.miss_splits, strict=True) if s == split]

    def format(self, max_misses: int = 50, *, splits: bool = True) -> str:
        header = (
            f"{'lang':<12}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'exact':>8}{'<=10km':>8}{'e2e':>7}"
        )
        lines = [f"places: {self.reports} reports", header]
        rows = [*sorted(self.by_language.items()), ("all", self.overall)]
        for lang, c in rows:
            lines.append(
                f"{lang:<12}{c.gold:>6}{c.predicted:>6}{c.precision:>7.2f}{c.recall:>7.2f}{c.f1:>7.2f}"
                f"{c.exact_accuracy:>8.2f}{c.near_accuracy:>8.2f}{c.end_to_end:>7.2f}"
            )
        if splits and len(self.by_split) > 1:
            split_rows = [
                *(((f"{lang}/{split}"), c) for (lang, split), c in sorted(self.by_language_split.items())),
                *((f"all/{split}", c) for split, c in sorted(self.by_split.items())),
            ]
            for label, c in split_rows:
                lines.append(
                    f"{label:<12}{c.gold:>6}{c.predicted:>6}{c.precision:>7.2f}{c.recall:>7.2f}{c.f1:>7.2f}"
                    f"{c.exact_accuracy:>8.2f}{c.near_accuracy:>8.2f}{c.end_to_end:>7.2f}"
                )
        lines.append("exact / <=10km: resolution accuracy over recognised gold mentions; e2e: exact / gold")
        if self.skipped:
            lines.append(f"skipped records ({len(self.skipped)}):")
            lines.extend(f"  {s}" for s in self.skipped)
        if self.misses:
            lines.append(f"misses ({len(self.misses)}):")
            lines.extend(f"  {m}" for m in self.misses[:max_misses])
            if len(self.misses) > max_misses:
                lines.append(f"  ... {len(self.misses) - max_misses} more")
        return "\n".join(lines)


def _gold_files(gold_path: Path) -> list[Path]:
    if gold_path.is_dir():
        return sorted(gold_path.glob("*.jsonl"))
    return [gold_path]


def _records(gold_path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in _gold_files(gold_path):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield f"{path.name}:{number}", json.loads(line)


def _published(record: dict[str, Any]) -> datetime | None:
    value = record.get("published")
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _report_for(record: dict[str, Any], where: str) -> Report:
    """The report the annotations refer to: the text as given, or ``raw`` through the intake."""
    record_id = str(record.get("id") or where)
    if "raw" in record and record.get("format", "text") != "text":
        from frontwatch.ingest import read_file  # the intake stage; imported only when needed
        from frontwatch.ingest.options import IngestOptions

        suffix = _RAW_SUFFIX.get(str(record["format"]), ".txt")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"gold{suffix}"
            path.write_text(str(record["raw"]), encoding="utf-8")
            reports = read_file(
                path,
                IngestOptions(
                    source=record.get("source"), published=_published(record), lang=record.get("lang")
                ),
            )
        if not reports:
            raise ValueError("intake produced no report")
        report: Report = reports[0]
        if len(reports) > 1:
            # A channel export becomes one report per message; the annotation covers the messages in order,
            # one per line, as in expected_clean_text.
            report = dataclasses.replace(report, clean_text="\n".join(part.clean_text for part in reports))
        return report
    text = str(record.get("text") if "text" in record else record.get("raw", ""))
    return Report(
        id=record_id,
        source=str(record.get("source") or "gold"),
        raw_text=text,
        clean_text=text,
        format="text",
        origin=where,
        lang=record.get("lang"),
        published=_published(record),
    )


def _locate(text: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            return None
    return start, start + len(surface)


def _is_exact(predicted: PlaceMention, gold: dict[str, Any]) -> bool:
    if predicted.place_id is None:
        return False
    if gold.get("place_id"):
        return predicted.place_id == gold["place_id"]
    return (
        _distance(predicted, gold) is not None and (_distance(predicted, gold) or 0.0) <= EXACT_KM_WITHOUT_ID
    )


def _distance(predicted: PlaceMention, gold: dict[str, Any]) -> float | None:
    if predicted.lat is None or predicted.lon is None or gold.get("lat") is None or gold.get("lon") is None:
        return None
    return haversine_km(predicted.lat, predicted.lon, float(gold["lat"]), float(gold["lon"]))


def evaluate_places(gold_path: Path, gazetteer: Gazetteer) -> PlacesEvaluation:
    """Compare :func:`resolve_places` with the gold ``place_mentions``; see the module docstring."""
    evaluation = PlacesEvaluation()
    for where, record in _records(gold_path):
        lang = str(record.get("lang") or "unknown")
        try:
            report = _report_for(record, where)
        except Exception as exc:  # a gold record the intake cannot read is reported, not fatal
            evaluation.skipped.append(f"{where}: {type(exc).__name__}: {exc}")
            continue
        evaluation.reports += 1
        split = str(record.get("split") or "-")
        counts = PlacesCounts()
        misses_before = len(evaluation.misses)
        predicted = resolve_places(report, gazetteer)
        counts.predicted += len(predicted)
        used: set[int] = set()
        for gold in record.get("place_mentions") or []:
            counts.gold += 1
            span = _locate(report.clean_text, str(gold["text"]), int(gold.get("occurrence") or 0))
            label = f"[{record.get('id', where)}] {gold['text']!r}"
            if span is None:
                evaluation.misses.append(f"{label}: gold text not found in the clean text")
                continue
            match_index = next(
                (
                    i
                    for i, p in enumerate(predicted)
                    if i not in used and p.start < span[1] and span[0] < p.end
                ),
                None,
            )
            if match_index is None:
                evaluation.misses.append(f"{label}: not recognised (gold {gold.get('place_id')})")
                continue
            used.add(match_index)
            mention = predicted[match_index]
            counts.matched += 1
            distance = _distance(mention, gold)
            if _is_exact(mention, gold):
                counts.exact += 1
            else:
                where_text = f", {distance:.0f} km off" if distance is not None else ""
                conflict = f", region conflict: {mention.region_conflict}" if mention.region_conflict else ""
                evaluation.misses.append(
                    f"{label}: resolved to {mention.place_id} ({mention.name_en}, {mention.admin1}), "
                    f"gold {gold.get('place_id')} ({gold.get('name')}){where_text}{conflict}"
                )
            if distance is not None and distance <= NEAR_KM:
                counts.within_10km += 1
        for index, mention in enumerate(predicted):
            if index not in used:
                evaluation.misses.append(
                    f"[{record.get('id', where)}] {mention.text!r}: predicted {mention.place_id} "
                    f"({mention.name_en}) but not in gold"
                )
        evaluation.by_language.setdefault(lang, PlacesCounts()).add(counts)
        evaluation.by_language_split.setdefault((lang, split), PlacesCounts()).add(counts)
        evaluation.miss_splits.extend([split] * (len(evaluation.misses) - misses_before))
    return evaluation
