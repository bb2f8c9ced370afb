"""Where ingest → claims spends its CPU time, by stage, on the benchmark corpus (``bench/run.py``'s).

Wraps the stage functions (intake, language, near-duplicates, store, place resolution, the claim
extractor's context build, its per-sentence drafts and output) in a timer that charges each call's
CPU time (``time.process_time``) to its stage *exclusively*: a stage's figure does not include the
stages it calls. The wrappers cost time of their own (most for ``CueList.find``, called some 75 times
per report), so the total is a few per cent above ``bench/run.py``'s; read the shares, not the rate.

Also counts sentences with and without event words and what each kind costs, and the hits that
reach the modality decision (the costly per-hit analysis) against all hits.

    python bench/stages.py [--reports 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench_run

import frontwatch.claims
import frontwatch.ingest
import frontwatch.places
from frontwatch.claims import extract, lexicon
from frontwatch.ingest import files as ingest_files
from frontwatch.ingest.options import IngestOptions
from frontwatch.pipeline import analyse, ingest_into, settle_for_batch_run
from frontwatch.store import open_store
from frontwatch.store import sqlite as store_sqlite


class StageClock:
    """Exclusive CPU seconds and calls per stage label."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: Counter[str] = Counter()
        # [label, CPU seconds of the stages called from it] of the calls under way
        self._stack: list[list[Any]] = []

    def wrap(self, owner: Any, name: str, label: str) -> None:
        """Replace ``owner.name`` by a timed wrapper charging to ``label``."""
        function: Callable[..., Any] = getattr(owner, name)
        stack, seconds, calls = self._stack, self.seconds, self.calls

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            stack.append([label, 0.0])
            try:
                return function(*args, **kwargs)
            finally:
                _, inner = stack.pop()
                spent = time.process_time() - started
                seconds[label] = seconds.get(label, 0.0) + spent - inner
                calls[label] += 1
                if stack:
                    stack[-1][1] += spent

        setattr(owner, name, timed)


def instrument(clock: StageClock) -> None:
    """Wrap the stage functions where their callers look them up (module attributes)."""
    stages: list[tuple[Any, str, str]] = [
        (frontwatch.ingest, "read_file", "intake: read, decode, parse"),
        (ingest_files, "clean_text", "intake: clean"),
        (ingest_files, "detect_language", "intake: language"),
        (ingest_files, "report_id", "intake: report id"),
        (store_sqlite, "minhash_signature", "near-dup: minhash"),
        (store_sqlite.SQLiteStore, "_find_original", "near-dup: find original"),
        (store_sqlite.SQLiteStore, "add_reports", "store: add reports"),
        (store_sqlite.SQLiteStore, "write_analyses", "store: write analyses"),
        (frontwatch.places, "resolve_places", "places: resolve"),
        (frontwatch.claims, "extract_claims", "claims: report loop"),
        (extract, "_build_context", "claims: context"),
        (lexicon.Lexicon, "tokenize", "claims: context: tokenize"),
        (extract, "find_speakers", "claims: context: speakers"),
        (extract, "find_modality_cues", "claims: context: modality cues"),
        (extract, "split_sentences", "claims: context: sentences"),
        (lexicon.CueList, "find", "claims: cue lists (all callers)"),
        (extract, "_named_speaker", "claims: loop: named speaker"),
        (extract, "_sentence_drafts", "claims: drafts (rules not listed)"),
        (extract, "find_quantities", "claims: drafts: quantities"),
        (extract, "_times", "claims: drafts: times"),
        (extract, "_places_for", "claims: drafts: places"),
        (extract, "_actor_side", "claims: drafts: actor side"),
        (extract, "decide_modality", "claims: drafts: modality"),
        (extract, "_to_claims", "claims: output"),
    ]
    for owner, name, label in stages:
        clock.wrap(owner, name, label)


def count_sentences(sentences: Counter[str], sentence_seconds: dict[str, float]) -> None:
    """Count sentences by whether they hold an event word and whether they give drafts, with cost."""
    drafts_of = extract._sentence_drafts

    def counted(context: Any, sentence: Any, index: int, speaker: Any, previous: Any) -> Any:
        hits = extract._event_hits(context, sentence)
        started = time.process_time()
        drafts = drafts_of(context, sentence, index, speaker, previous)
        kind = ("event words" if hits else "no event word") + (", drafts" if drafts else ", no drafts")
        sentence_seconds[kind] = sentence_seconds.get(kind, 0.0) + time.process_time() - started
        sentences[kind] += 1
        sentences["event hits"] += len(hits)
        return drafts

    extract._sentence_drafts = counted
    modality_of = extract.decide_modality

    def decided(*args: Any, **kwargs: Any) -> Any:
        sentences["hits reaching the modality decision"] += 1
        return modality_of(*args, **kwargs)

    extract.decide_modality = decided


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    settle_for_batch_run()
    work = Path(tempfile.mkdtemp(prefix="frontwatch-stages-"))
    bench_run.generate_corpus(work / "warm-up", 24, seed=args.seed + 2)
    bench_run.generate_corpus(work / "corpus", args.reports, seed=args.seed + 1)
    gazetteer = frontwatch.places.load_gazetteer()
    settle_for_batch_run()
    options = IngestOptions()
    with open_store(work / "warm-up.db") as store:  # language data loaded before measuring
        ingest_into(store, [work / "warm-up"], options)
        analyse(store, gazetteer)

    clock = StageClock()
    sentences: Counter[str] = Counter()
    sentence_seconds: dict[str, float] = {}
    instrument(clock)
    count_sentences(sentences, sentence_seconds)
    gc.collect()
    started = time.process_time()
    with open_store(work / "stages.db") as store:
        ingest_into(store, [work / "corpus"], options)
        summary = analyse(store, gazetteer)
    total = time.process_time() - started
    reports = args.reports

    print(f"{reports:,} reports, {summary.claims:,} claims, {total:.2f} s CPU with the timers")
    print(f"{'CPU s':>7} {'share':>6} {'ms/report':>9} {'calls':>8}  stage (exclusive)")
    for label, seconds in sorted(clock.seconds.items(), key=lambda item: -item[1]):
        print(
            f"{seconds:7.2f} {seconds / total:6.1%} {1e3 * seconds / reports:9.3f} "
            f"{clock.calls[label]:8,}  {label}"
        )
    rest = total - sum(clock.seconds.values())
    print(f"{rest:7.2f} {rest / total:6.1%} {1e3 * rest / reports:9.3f} {'':>8}  pipeline glue, reading back")
    print("sentences:")
    for kind, kind_seconds in sorted(sentence_seconds.items()):
        print(f"  {kind}: {sentences[kind]:,} sentences, {1e6 * kind_seconds / sentences[kind]:.0f} us each")
    print(
        f"  event hits: {sentences['event hits']:,}; hits reaching the modality decision (quantity "
        f"hits included): {sentences['hits reaching the modality decision']:,}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
