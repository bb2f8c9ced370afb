"""Training examples from gold claim files: every sentence of every gold report, with its gold claims.

A gold claim belongs to the sentence its evidence starts in (the evidence is an exact substring of the
clean text, docs/annotation.md); a claim whose evidence cannot be found in the text is counted in
``unplaced`` and left out. The rule extractor runs over each report, so the sentence features include
what the rules emitted, exactly as at inference time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from frontwatch.claims.evaluate import ClaimKey, build_reports, dedupe, iter_gold_records, view_of
from frontwatch.claims.extract import extract_claims
from frontwatch.claims.learned.sentences import SentenceView, sentence_at, sentence_views
from frontwatch.model import PlaceMention, Report

PlaceResolver = Callable[[Report], list[PlaceMention]]


@dataclass
class LabelledSentence:
    """One sentence of a gold report: its features and the gold claim keys whose evidence starts in it."""

    report_id: str
    lang: str
    view: SentenceView
    features: list[str]
    gold: list[ClaimKey] = field(default_factory=list)


@dataclass
class GoldReport:
    """A gold record as the classifiers see it: sentences, all gold claim keys, the rule claim keys."""

    report_id: str
    lang: str
    sentences: list[LabelledSentence]
    gold_keys: set[ClaimKey]
    rule_keys: set[ClaimKey]
    unplaced: int = 0


def _default_resolver() -> PlaceResolver:
    from frontwatch.places.gazetteer import load_gazetteer
    from frontwatch.places.resolve import resolve_places

    gazetteer = load_gazetteer()
    return lambda report: list(resolve_places(report, gazetteer))


def load_gold_reports(
    gold_path: Path, exclude_ids: Iterable[str] = (), resolver: PlaceResolver | None = None
) -> list[GoldReport]:
    """Every gold record under ``gold_path`` whose id is not in ``exclude_ids``, made into examples."""
    excluded = set(exclude_ids)
    resolve = resolver
    reports: list[GoldReport] = []
    for origin, record in iter_gold_records(Path(gold_path)):
        report_id = str(record["id"])
        if report_id in excluded:
            continue
        gold_views = dedupe([view_of(claim) for claim in record.get("claims") or []])
        lang = str(record.get("lang") or "unknown")
        sentences: list[LabelledSentence] = []
        rule_keys: set[ClaimKey] = set()
        found: set[int] = set()
        try:
            built = build_reports(record, origin)
        except Exception:  # an intake failure leaves the record without sentences, as in evaluation
            built = []
        for report in built:
            if resolve is None:
                resolve = _default_resolver()
            mentions = resolve(report)
            rule_claims = extract_claims(report, mentions)
            rule_keys |= {view_of(claim).key for claim in rule_claims}
            _lexicon, views = sentence_views(report, mentions, rule_claims)
            labelled = [
                LabelledSentence(report_id, lang, view, view.feature_names(report.lang or lang))
                for view in views
            ]
            for number, gold in enumerate(gold_views):
                if number in found or not gold.evidence:
                    continue
                offset = report.clean_text.find(gold.evidence)
                if offset < 0:
                    continue
                view = sentence_at(views, offset)
                if view is not None:
                    labelled[view.index].gold.append(gold.key)
                    found.add(number)
            sentences += labelled
        reports.append(
            GoldReport(
                report_id=report_id,
                lang=lang,
                sentences=sentences,
                gold_keys={gold.key for gold in gold_views},
                rule_keys=rule_keys,
                unplaced=len(gold_views) - len(found),
            )
        )
    return reports
