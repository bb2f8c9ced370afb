"""Output identity check for speed work: the same inputs must give byte-identical outputs.

Dumps, as sorted JSON lines, what the pipeline makes of three inputs:

- the demo corpus (``src/frontwatch/data/demo``) through ``ingest_into`` + ``analyse`` into a
  fresh database: the stored reports, place mentions and claims (the claims as ``export claims``
  writes them);
- every gold text (``gold/claims/*.jsonl``), built into reports the way ``claims/evaluate.py``
  does, then ``resolve_places`` + ``extract_claims`` directly (no store);
- a synthetic benchmark corpus (``bench/run.py``'s generator, ``--bench-reports`` reports) through
  the store, like the demo corpus.

    python bench/identity.py dump REF_DIR          # once, with the code before a change
    python bench/identity.py check REF_DIR         # after it: dumps again and compares

``check`` exits 1 and names the first differing line of each file when anything differs.
Nothing in these outputs is random or time-dependent (``ingested_at`` is left out).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench_run

from frontwatch.claims.evaluate import build_reports, iter_gold_records
from frontwatch.claims.export import claim_to_dict
from frontwatch.cli import demo_files
from frontwatch.ingest.options import IngestOptions
from frontwatch.model import Claim, PlaceMention, Report
from frontwatch.pipeline import analyse, ingest_into
from frontwatch.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "gold" / "claims"
#: Report fields that legitimately differ between runs.
VOLATILE_REPORT_FIELDS = frozenset({"ingested_at"})


def _line(record: Any) -> str:
    # Paths name the checkout (gold and demo origins): compare two checkouts of the same data.
    return json.dumps(record, ensure_ascii=False, sort_keys=True, default=str).replace(str(ROOT), "<root>")


def report_record(report: Report) -> dict[str, Any]:
    record = dataclasses.asdict(report)
    for name in VOLATILE_REPORT_FIELDS:
        record.pop(name, None)
    return record


def mention_record(mention: PlaceMention) -> dict[str, Any]:
    return dataclasses.asdict(mention)


def claim_record(claim: Claim) -> dict[str, Any]:
    return claim_to_dict(claim)


#: Outputs whose order matters (the order of ``iter_reports`` and ``export claims``): not sorted.
ORDERED_KINDS = frozenset({"report_order", "claim_order"})


def _write(path: Path, lines: Iterable[str]) -> int:
    ordered = list(lines) if path.stem.split("_", 1)[-1] in ORDERED_KINDS else sorted(lines)
    path.write_text("".join(line + "\n" for line in ordered), encoding="utf-8")
    return len(ordered)


def _store_outputs(store: Store, work: Path) -> Iterator[tuple[str, str]]:
    """("reports"|"mentions"|"claims", line) for everything the store holds.

    Origins name files under the temporary ``work`` folder, whose name changes from run to run.
    """
    for report in store.iter_reports():
        record = report_record(report)
        record["origin"] = report.origin.replace(str(work), "<work>")
        yield "reports", _line(record)
        yield "report_order", report.id
        for mention in store.mentions_for(report.id):
            yield "mentions", _line(mention_record(mention))
    for claim in store.iter_claims():
        yield "claims", _line(claim_record(claim))
        yield "claim_order", f"{claim.report_id} {claim.claim_id}"


def dump_store_run(paths: list[Path], folder: Path, prefix: str, work: Path) -> dict[str, int]:
    database = work / f"{prefix}.db"
    with open_store(database) as store:
        ingest_into(store, paths, IngestOptions())
        analyse(store)
        lines: dict[str, list[str]] = {kind: [] for kind in ("reports", "mentions", "claims", *ORDERED_KINDS)}
        for kind, line in _store_outputs(store, work):
            lines[kind].append(line)
    return {
        f"{prefix}_{kind}": _write(folder / f"{prefix}_{kind}.jsonl", found) for kind, found in lines.items()
    }


def dump_gold(folder: Path) -> dict[str, int]:
    from frontwatch.claims.extract import extract_claims
    from frontwatch.places import load_gazetteer, resolve_places

    gazetteer = load_gazetteer()
    lines: dict[str, list[str]] = {"reports": [], "mentions": [], "claims": []}
    for origin, record in iter_gold_records(GOLD_DIR):
        try:
            reports = build_reports(record, origin)
        except Exception as error:  # the intake's verdict on a record is an output too
            lines["reports"].append(_line({"origin": origin, "error": f"{type(error).__name__}: {error}"}))
            continue
        for report in reports:
            # The origin names a temporary file for raw records: keep only the record's place.
            lines["reports"].append(_line({**report_record(report), "origin": origin}))
            mentions = resolve_places(report, gazetteer)
            lines["mentions"] += [_line({**mention_record(m), "origin": origin}) for m in mentions]
            lines["claims"] += [
                _line({**claim_record(c), "origin": origin}) for c in extract_claims(report, mentions)
            ]
    return {f"gold_{kind}": _write(folder / f"gold_{kind}.jsonl", found) for kind, found in lines.items()}


def dump(folder: Path, bench_reports: int, seed: int) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="frontwatch-identity-") as raw_work:
        work = Path(raw_work)
        counts.update(dump_store_run(demo_files(), folder, "demo", work))
        counts.update(dump_gold(folder))
        corpus = work / "corpus"
        bench_run.generate_corpus(corpus, bench_reports, seed)
        counts.update(dump_store_run([corpus], folder, "bench", work))
    return counts


def compare(reference: Path, candidate: Path) -> list[str]:
    """One message per differing file (empty: identical)."""
    problems = []
    names = sorted({p.name for p in reference.glob("*.jsonl")} | {p.name for p in candidate.glob("*.jsonl")})
    for name in names:
        old, new = reference / name, candidate / name
        if not old.exists() or not new.exists():
            problems.append(f"{name}: only in {'candidate' if new.exists() else 'reference'}")
            continue
        old_lines = old.read_text(encoding="utf-8").splitlines()
        new_lines = new.read_text(encoding="utf-8").splitlines()
        if old_lines == new_lines:
            continue
        first = next(
            (i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)) if a != b),
            min(len(old_lines), len(new_lines)),
        )
        detail = (
            f"line {first + 1}:\n  - {old_lines[first] if first < len(old_lines) else '<none>'}"
            f"\n  + {new_lines[first] if first < len(new_lines) else '<none>'}"
        )
        problems.append(f"{name}: {len(old_lines)} vs {len(new_lines)} lines, first difference at {detail}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["dump", "check"])
    parser.add_argument("reference", type=Path, help="folder of the reference dump")
    parser.add_argument("--bench-reports", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--keep", type=Path, help="check: write the new dump here instead of a temporary folder"
    )
    args = parser.parse_args(argv)
    if args.action == "dump":
        counts = dump(args.reference, args.bench_reports, args.seed)
        print(", ".join(f"{name} {count}" for name, count in counts.items()))
        return 0
    with tempfile.TemporaryDirectory(prefix="frontwatch-identity-new-") as raw:
        candidate = args.keep or Path(raw)
        counts = dump(candidate, args.bench_reports, args.seed)
        problems = compare(args.reference, candidate)
    print(", ".join(f"{name} {count}" for name, count in counts.items()))
    if problems:
        print("DIFFERENT:\n" + "\n".join(problems))
        return 1
    print("identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
