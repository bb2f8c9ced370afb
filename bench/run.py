"""Benchmarks: intake, gazetteer, place resolution and ingest → claims on a synthetic corpus.

Run with ``make bench`` (not part of ``make test``). The corpus is generated in a temporary folder:
reports in four languages built from templates with real place names of Kharkiv oblast, as a mix of
JSON Lines files and plain text files. A stage that is not importable yet is reported as skipped.

How the figures are defined (everything runs in this one process, one thread):

- wall: elapsed time (``time.perf_counter``); depends on what else the machine is doing.
- CPU: CPU seconds of this process (``time.process_time``, user + system).
- "reports/s per core" = reports / CPU seconds: what one core does. Far less dependent on machine
  load than wall time, but not independent of it: on a busy (virtual) machine shared caches and
  stolen time inflate CPU seconds too, so compare figures measured under similar load.
- ingest → claims: a fresh database, ``ingest_into`` then ``analyse`` over the whole corpus, with the
  gazetteer already loaded. The one-time loading of the language data (lexicons, lemmatiser
  dictionaries, compiled patterns) is measured first on a few reports and reported apart; the
  steady-state figure excludes it, the "first run" figure includes it.
- garbage collector: set up as the command line does for ``ingest`` (``settle_for_batch_run``: a
  higher young-generation threshold from the start, and everything alive frozen once the gazetteer
  is loaded), so that the figures are those of ``frontwatch ingest``.

    python bench/run.py [--reports 10000] [--analysis-reports 10000] [--seed 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from frontwatch.pipeline import StageUnavailableError, analyse, ingest_into, require, settle_for_batch_run
from frontwatch.store import Store, open_store

# -- corpus --------------------------------------------------------------------------------------

# Settlements of Kharkiv oblast as each language writes them (nominative).
PLACES: dict[str, list[str]] = {
    "en": [
        "Kharkiv", "Izium", "Kupiansk", "Balakliia", "Chuhuiv", "Vovchansk", "Lozova", "Zolochiv",
        "Shevchenkove", "Borova", "Pechenihy", "Zmiiv", "Merefa", "Derhachi", "Lyptsi", "Dvorichna",
    ],
    "de": [
        "Charkiw", "Isjum", "Kupjansk", "Balaklija", "Tschuhujiw", "Wowtschansk", "Losowa", "Solotschiw",
        "Schewtschenkowe", "Borowa", "Petschenihy", "Smijiw", "Merefa", "Derhatschi", "Lypzi", "Dworitschna",
    ],
    "uk": [
        "Харків", "Ізюм", "Куп'янськ", "Балаклія", "Чугуїв", "Вовчанськ", "Лозова", "Золочів",
        "Шевченкове", "Борова", "Печеніги", "Зміїв", "Мерефа", "Дергачі", "Липці", "Дворічна",
    ],
    "ru": [
        "Харьков", "Изюм", "Купянск", "Балаклея", "Чугуев", "Волчанск", "Лозовая", "Золочев",
        "Шевченково", "Боровая", "Печенеги", "Змиёв", "Мерефа", "Дергачи", "Липцы", "Двуречная",
    ],
}  # fmt: skip

# Sentence templates (written for this benchmark): {p}/{q} places, {n} a number, {k} kilometres.
TEMPLATES: dict[str, list[str]] = {
    "en": [
        "Ukrainian forces said they had taken back {p} after two days of fighting.",
        "The General Staff reported heavy shelling of {p} overnight, with {n} buildings damaged.",
        "Russian units were seen withdrawing from {p} toward {q}, according to local residents.",
        "A video geolocated to the centre of {p} shows soldiers raising a flag over the council building.",
        "Analysts estimate that up to {n} troops are defending the road between {p} and {q}.",
        "The governor urged residents of {p} to evacuate before the bridge to {q} is closed.",
        "Fighting continued on the outskirts of {p}, about {k} kilometres from {q}.",
        "Officials said more than {n} square kilometres around {p} had been liberated this week.",
        "Supplies for the garrison in {p} now have to pass through {q}, the ministry said.",
        "A drone strike hit a fuel depot near {p} on Tuesday, the regional administration said.",
        "Reinforcements were sent from {q} to hold the line near {p}.",
        "Residents of {p} said the occupation authorities had left the town in a hurry.",
    ],
    "de": [
        "Ukrainische Truppen haben nach eigenen Angaben {p} nach zweitägigen Kämpfen zurückerobert.",
        "Der Generalstab meldete in der Nacht schweren Beschuss von {p}, {n} Gebäude wurden beschädigt.",
        "Anwohner berichten, russische Einheiten hätten sich aus {p} in Richtung {q} zurückgezogen.",
        "Ein Video aus dem Zentrum von {p} zeigt Soldaten, die eine Fahne über dem Rathaus hissen.",
        "Fachleute schätzen, dass bis zu {n} Soldaten die Straße zwischen {p} und {q} verteidigen.",
        "Der Gouverneur rief die Bewohner von {p} auf, den Ort vor der Sperrung der Brücke zu verlassen.",
        "Am Stadtrand von {p}, etwa {k} Kilometer von {q} entfernt, wird weiter gekämpft.",
        "Nach offiziellen Angaben wurden rund um {p} mehr als {n} Quadratkilometer befreit.",
        "Der Nachschub für die Garnison in {p} muss nun über {q} laufen, teilte das Ministerium mit.",
        "Ein Drohnenangriff traf am Dienstag ein Treibstofflager bei {p}.",
        "Aus {q} wurden Verstärkungen geschickt, um die Linie bei {p} zu halten.",
        "Bewohner von {p} sagen, die Besatzungsverwaltung habe den Ort überstürzt verlassen.",
    ],
    "uk": [
        "Сили оборони повідомили, що після дводенних боїв населений пункт {p} знову під контролем ЗСУ.",
        "Генштаб повідомив про нічний обстріл: {p} зазнав ударів, пошкоджено {n} будинків.",
        "За словами місцевих жителів, російські підрозділи відходять, залишаючи {p}, у напрямку {q}.",
        "На відео з центру видно, як військові піднімають прапор; місце зйомки — {p}.",
        "Аналітики оцінюють, що дорогу між пунктами {p} і {q} обороняють до {n} військових.",
        "Голова обласної адміністрації закликав жителів евакуюватися; йдеться про {p} та околиці.",
        "Бої тривають на околицях, до міста {q} близько {k} кілометрів; напрямок — {p}.",
        "За офіційними даними, звільнено понад {n} квадратних кілометрів; серед населених пунктів — {p}.",
        "Постачання гарнізону тепер іде через {q}, повідомили в міністерстві; {p} відрізаний від траси.",
        "У вівторок дрон уразив склад пального; район удару — {p}.",
        "Резерви перекинули з напрямку {q}, щоб утримати лінію; ключова точка — {p}.",
        "Жителі кажуть, що окупаційна адміністрація поспіхом залишила населений пункт {p}.",
    ],
    "ru": [
        "ВСУ заявили, что после двухдневных боёв населённый пункт {p} снова под их контролем.",
        "Генштаб сообщил о ночном обстреле: {p} подвергся ударам, повреждено {n} зданий.",
        "По словам местных жителей, российские подразделения отходят, оставляя {p}, в направлении {q}.",
        "На видео военные поднимают флаг над зданием администрации; место съёмки — {p}.",
        "Аналитики оценивают, что дорогу между пунктами {p} и {q} обороняют до {n} военных.",
        "Губернатор призвал жителей эвакуироваться; речь идёт о {p} и окрестностях.",
        "Бои продолжаются на окраинах, до города {q} около {k} километров; направление — {p}.",
        "По официальным данным, освобождено более {n} квадратных километров; среди пунктов — {p}.",
        "Снабжение гарнизона теперь идёт через {q}, сообщили в министерстве; {p} отрезан от трассы.",
        "Во вторник беспилотник поразил склад горючего; район удара — {p}.",
        "Резервы перебросили с направления {q}, чтобы удержать линию; ключевая точка — {p}.",
        "Жители говорят, что оккупационная администрация спешно покинула населённый пункт {p}.",
    ],
}

SOURCES = {
    "en": ["Frontline Wire", "Kharkiv Observer", "Eastern Desk"],
    "de": ["Ostblick", "Frontbericht", "Morgenpost Ost"],
    "uk": ["Слобідські новини", "Харківський вісник", "Фронтова стрічка"],
    "ru": ["Восточная лента", "Сводка дня", "Фронтовой обзор"],
}

JSONL_SHARE = 0.6  # the rest are single .txt files
JSONL_RECORDS_PER_FILE = 200


def synthetic_report(rng: random.Random, lang: str) -> str:
    places = PLACES[lang]
    sentences = []
    for template in rng.sample(TEMPLATES[lang], rng.randint(4, 8)):
        p, q = rng.sample(places, 2)
        sentences.append(
            template.format(p=p, q=q, n=rng.choice([12, 30, 45, 300, 1000, 2500, 6000]), k=rng.randint(3, 60))
        )
    return " ".join(sentences)


def generate_corpus(folder: Path, count: int, seed: int) -> tuple[int, int]:
    """Write ``count`` reports into ``folder``; return (files, bytes)."""
    rng = random.Random(seed)
    languages = list(TEMPLATES)
    jsonl_count = int(count * JSONL_SHARE)
    start = date(2022, 9, 1)
    files = 0
    (folder / "jsonl").mkdir(parents=True)
    (folder / "text").mkdir(parents=True)
    for first in range(0, jsonl_count, JSONL_RECORDS_PER_FILE):
        lines = []
        for _ in range(min(JSONL_RECORDS_PER_FILE, jsonl_count - first)):
            lang = rng.choice(languages)
            record = {
                "text": synthetic_report(rng, lang),
                "source": rng.choice(SOURCES[lang]),
                "published": (start + timedelta(days=rng.randint(0, 20))).isoformat(),
                "lang": lang,
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        (folder / "jsonl" / f"batch-{files:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        files += 1
    for number in range(count - jsonl_count):
        lang = languages[number % len(languages)]
        (folder / "text" / f"{lang}-{number:05d}.txt").write_text(
            synthetic_report(rng, lang), encoding="utf-8"
        )
        files += 1
    size = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    return files, size


# -- measuring -----------------------------------------------------------------------------------


@dataclass
class Row:
    what: str
    value: str
    detail: str = ""


def max_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    result, wall, _ = timed_cpu(function)
    return result, wall


def timed_cpu(function: Callable[[], Any]) -> tuple[Any, float, float]:
    """``function()``, its wall seconds and the CPU seconds this process spent on it."""
    gc.collect()
    started, started_cpu = time.perf_counter(), time.process_time()
    result = function()
    return result, time.perf_counter() - started, time.process_time() - started_cpu


def bench_intake(corpus: Path, work: Path, corpus_bytes: int) -> tuple[list[Row], Path]:
    options = require("frontwatch.ingest.options", "IngestOptions")()
    db = work / "intake.db"
    with open_store(db) as store:
        summary, seconds, cpu = timed_cpu(lambda: ingest_into(store, [corpus], options))
    reports = summary.added + summary.near_duplicates + summary.duplicates
    rows = [
        Row(
            "intake",
            f"{reports / cpu:,.0f} reports/s per core",
            f"{corpus_bytes / 1e6 / cpu:.2f} MB/s per core; {reports:,} reports from {summary.files:,} files "
            f"in {cpu:.1f} s CPU, {seconds:.1f} s wall ({reports / seconds:,.0f} reports/s, "
            f"{corpus_bytes / 1e6 / seconds:.2f} MB/s wall); {summary.near_duplicates} near-duplicates, "
            f"{len(summary.failures)} failures",
        )
    ]
    # A second, traced run on a fresh database: tracemalloc slows Python down, so it is not timed.
    traced_db = work / "intake-traced.db"
    tracemalloc.start()
    with open_store(traced_db) as store:
        ingest_into(store, [corpus], options)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows.append(
        Row(
            "intake memory",
            f"{peak / 1e6:.1f} MB peak (tracemalloc)",
            f"process max RSS so far {max_rss_mb():.0f} MB; database {db.stat().st_size / 1e6:.1f} MB",
        )
    )
    return rows, db


def bench_gazetteer() -> tuple[list[Row], Any]:
    try:
        load_gazetteer = require("frontwatch.places", "load_gazetteer")
    except StageUnavailableError as error:
        return [Row("gazetteer load", "skipped", str(error))], None
    cold = cold_gazetteer_load()
    gazetteer, warm, warm_cpu = timed_cpu(load_gazetteer)
    settle_for_batch_run()  # as frontwatch ingest does once the gazetteer is loaded
    return [
        Row(
            "gazetteer load",
            f"{warm:.2f} s",
            f"from the on-disk cache ({warm_cpu:.2f} s CPU); cold (empty cache, new process): {cold}; "
            f"{gazetteer.describe()}",
        ),
    ], gazetteer


def cold_gazetteer_load() -> str:
    """Seconds to load the gazetteer in a fresh process with an empty cache (compiles the index):
    wall and CPU (the CPU figure depends far less on what else the machine is doing)."""
    code = (
        "import time; started = time.perf_counter(); started_cpu = time.process_time(); "
        "from frontwatch.places import load_gazetteer; load_gazetteer(); "
        "print(time.perf_counter() - started, time.process_time() - started_cpu)"
    )
    with tempfile.TemporaryDirectory(prefix="frontwatch-home-") as home:
        env = {**os.environ, "FRONTWATCH_HOME": home}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        return "failed: " + (done.stderr.strip().splitlines() or ["?"])[-1]
    wall, cpu = (float(value) for value in done.stdout.split())
    return f"{wall:.2f} s ({cpu:.2f} s CPU)"


def bench_places(store: Store, gazetteer: Any, sample: int) -> list[Row]:
    if gazetteer is None:
        return [Row("place resolution", "skipped", "no gazetteer")]
    try:
        resolve_places = require("frontwatch.places", "resolve_places")
    except StageUnavailableError as error:
        return [Row("place resolution", "skipped", str(error))]
    reports = list(store.iter_reports(limit=sample))
    size = sum(len(report.clean_text.encode("utf-8")) for report in reports)
    mentions, seconds, cpu = timed_cpu(
        lambda: sum(len(resolve_places(report, gazetteer)) for report in reports)
    )
    return [
        Row(
            "place resolution",
            f"{size / 1e6 / cpu:.3f} MB/s per core",
            f"{len(reports) / cpu:,.0f} reports/s per core; {size / 1e6 / seconds:.3f} MB/s wall; "
            f"{mentions:,} mentions in {len(reports):,} reports",
        )
    ]


def bench_end_to_end(
    work: Path, corpus: Path, corpus_reports: int, gazetteer: Any, sample: int, corpus_seed: int
) -> list[Row]:
    try:
        require("frontwatch.places", "resolve_places")
        require("frontwatch.claims", "extract_claims")
    except StageUnavailableError as error:
        return [Row("ingest → claims", "skipped", str(error))]
    if gazetteer is None:
        return [Row("ingest → claims", "skipped", "no gazetteer")]
    options = require("frontwatch.ingest.options", "IngestOptions")()

    def ingest_and_analyse(corpus: Path, database: Path) -> tuple[int, int]:
        with open_store(database) as store:
            intake = ingest_into(store, [corpus], options)
            analysis = analyse(store, gazetteer)
        return intake.added + intake.near_duplicates, analysis.claims

    # Warm-up on a few reports of every language: loads lexicons, lemmatiser dictionaries and
    # patterns once. A long-running process pays this once; it is reported, not hidden.
    warm_corpus = work / "corpus-warm-up"
    if warm_corpus.exists():
        shutil.rmtree(warm_corpus)
    generate_corpus(warm_corpus, 24, seed=corpus_seed + 2)
    (warm_reports, _), warm_wall, warm_cpu = timed_cpu(
        lambda: ingest_and_analyse(warm_corpus, work / "warm-up.db")
    )

    if sample < corpus_reports:
        corpus = work / "corpus-end-to-end"
        if corpus.exists():
            shutil.rmtree(corpus)
        generate_corpus(corpus, sample, seed=corpus_seed + 1)
    (reports, claims), seconds, cpu = timed_cpu(lambda: ingest_and_analyse(corpus, work / "end-to-end.db"))
    first_run = (reports + warm_reports) / (cpu + warm_cpu)
    return [
        Row(
            "ingest → claims",
            f"{reports / cpu:,.0f} reports/s per core",
            f"{reports:,} reports, {claims:,} claims in {cpu:.1f} s CPU ({seconds:.1f} s wall, "
            f"{reports / seconds:,.0f} reports/s wall); one process, one thread, gazetteer and language "
            f"data loaded",
        ),
        Row(
            "language data warm-up",
            f"{warm_cpu:.1f} s CPU",
            f"{warm_wall:.1f} s wall, once per process (lexicons, lemmatisers, patterns; measured on "
            f"{warm_reports} reports); including it: {first_run:,.0f} reports/s per core",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=10_000, help="corpus size")
    parser.add_argument(
        "--analysis-reports",
        type=int,
        default=10_000,
        help="reports for ingest → claims (the corpus itself when as large, else a smaller one)",
    )
    parser.add_argument("--place-reports", type=int, default=2_000, help="reports for place resolution")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the corpus and databases in this folder")
    args = parser.parse_args(argv)

    settle_for_batch_run()  # as frontwatch ingest does at its start
    # Piped into a file (CI logs), keep the table wide enough to stay readable.
    console = Console() if sys.stdout.isatty() else Console(width=140)
    work = args.keep or Path(tempfile.mkdtemp(prefix="frontwatch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    for db in work.glob("*.db*"):
        db.unlink()
    rows: list[Row] = []
    try:
        (files, size), seconds = timed(lambda: generate_corpus(corpus, args.reports, args.seed))
        detail = f"{files:,} files, {size / 1e6:.1f} MB, generated in {seconds:.1f} s"
        rows.append(Row("corpus", f"{args.reports:,} reports", detail))
        console.print(f"corpus ready in {work}; measuring ...")
        try:
            intake_rows, db = bench_intake(corpus, work, size)
            rows += intake_rows
        except StageUnavailableError as error:
            rows.append(Row("intake", "skipped", str(error)))
            db = None
        gazetteer_rows, gazetteer = bench_gazetteer()
        rows += gazetteer_rows
        if db is not None:
            with open_store(db) as store:
                rows += bench_places(store, gazetteer, args.place_reports)
        rows += bench_end_to_end(work, corpus, args.reports, gazetteer, args.analysis_reports, args.seed)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    table = Table(title=f"frontwatch benchmarks (Python {sys.version.split()[0]})")
    table.add_column("measure")
    table.add_column("result", justify="right")
    table.add_column("detail", overflow="fold")
    for row in rows:
        table.add_row(row.what, row.value, row.detail)
    table.add_row("peak memory", f"{max_rss_mb():.0f} MB", "process max RSS (ru_maxrss) over the whole run")
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
