"""The gazetteer: embedded default, lookups in every script, installed GeoNames dump, cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from frontwatch.places import gazetteer as gazetteer_module
from frontwatch.places.gazetteer import Gazetteer, load_gazetteer
from frontwatch.places.install import GazetteerInstallError, install_geonames

FIXTURES = Path(__file__).parent / "fixtures" / "places"
SHARED_DUMPS = [Path("/work/shared/data/UA.zip"), Path("/work/shared/data/UA.txt")]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Charkiw", "gn:706483"),
        ("Kharkiv", "gn:706483"),
        ("Харків", "gn:706483"),
        ("Харьков", "gn:706483"),
        ("Isjum", "gn:707292"),
        ("Izium", "gn:707292"),
        ("Izyum", "gn:707292"),
        ("Ізюм", "gn:707292"),
        ("Изюм", "gn:707292"),
        ("Kupjansk", "gn:703656"),
        ("Kupiansk", "gn:703656"),
        ("Kupyansk", "gn:703656"),
        ("Куп'янськ", "gn:703656"),
        ("Куп’янськ", "gn:703656"),
        ("Купянск", "gn:703656"),
        ("Balaklija", "gn:712926"),
        ("Balakliya", "gn:712926"),
        ("Balakliia", "gn:712926"),
        ("Балаклія", "gn:712926"),
        ("Балаклея", "gn:712926"),
        ("Horochowatka", "x:ua63:horokhuvatka"),
        ("Horokhuvatka", "x:ua63:horokhuvatka"),
        ("Гороховатка", "x:ua63:horokhuvatka"),
    ],
)
def test_lookup_every_spelling(gazetteer: Gazetteer, name: str, place_id: str) -> None:
    found = gazetteer.lookup(name)
    assert found, name
    assert found[0].id == place_id


@pytest.mark.parametrize(
    ("form", "place_id"),
    [
        ("Charkiws", "gn:706483"),
        ("Charkiwer", "gn:706483"),
        ("Харкові", "gn:706483"),
        ("Изюмом", "gn:707292"),
        ("Ізюмі", "gn:707292"),
        ("Куп'янська", "gn:703656"),
        ("Купянске", "gn:703656"),
        ("Балаклеи", "gn:712926"),
        ("Гороховатці", "x:ua63:horokhuvatka"),
    ],
)
def test_lookup_inflected_forms(gazetteer: Gazetteer, form: str, place_id: str) -> None:
    assert gazetteer.lookup(form)[0].id == place_id


@pytest.mark.parametrize(
    "form",
    [
        "Oblast Charkiw",
        "Region Charkiw",
        "Gebiet Charkiw",
        "Kharkiv region",
        "Kharkiv Oblast",
        "Харківська область",
        "Харківській області",
        "Харківщина",
        "Харківщині",
        "Харьковская область",
        "Харьковской области",
        "Харьковщина",
        "Харьковщине",
    ],
)
def test_region_words_name_the_oblast(gazetteer: Gazetteer, form: str) -> None:
    found = gazetteer.lookup(form)
    assert [p.id for p in found] == ["iso:UA-63"]


def test_raion_forms(gazetteer: Gazetteer) -> None:
    for form in ["Izium Raion", "Rajon Isjum", "Ізюмський район", "Ізюмського району", "Изюмском районе"]:
        assert [p.id for p in gazetteer.lookup(form)] == ["raion:UA-63:izium"], form
    raion = gazetteer.get("raion:UA-63:izium")
    assert raion is not None and raion.feature == "raion" and raion.admin1 == "Kharkiv Oblast"


def test_country_and_units(gazetteer: Gazetteer) -> None:
    assert [p.id for p in gazetteer.lookup("України")] == ["iso:UA"]
    units = [p for p in gazetteer.places.values() if p.feature == "oblast"]
    assert len(units) == 27
    assert {p.id for p in units} >= {
        "iso:UA-63",
        "iso:UA-14",
        "iso:UA-09",
        "iso:UA-43",
        "iso:UA-30",
        "iso:UA-40",
    }
    kharkiv = gazetteer.get("gn:706483")
    assert kharkiv is not None and kharkiv.admin1 == "Kharkiv Oblast" and kharkiv.population
    assert gazetteer.admin1_code(kharkiv) == "UA-63"


def test_homonyms_are_all_returned(gazetteer: Gazetteer) -> None:
    ids = [p.id for p in gazetteer.lookup("Shevchenkove")]
    assert "gn:694137" in ids and len(ids) >= 5


def test_foreign_and_unknown_names_are_not_places(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Moskau") == []
    assert gazetteer.lookup("Белгород") == []
    assert gazetteer.lookup("Nowhereville") == []


def test_describe(gazetteer: Gazetteer) -> None:
    text = gazetteer.describe()
    assert "embedded" in text and "cities500" in text
    assert f"{len(gazetteer.places):,} places" in text
    assert len(gazetteer.places) > 5000


# ------------------------------------------------------------------------------------------
# Installed GeoNames dump


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FRONTWATCH_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.mark.parametrize("dump", ["UA_sample.txt", "UA_sample.zip"])
def test_install_from_fixture_dump(home: Path, dump: str) -> None:
    installed = install_geonames(str(FIXTURES / dump))
    assert installed.parent == home / "gazetteer"
    meta = yaml.safe_load((installed.parent / "meta.yaml").read_text(encoding="utf-8"))
    # 5 Ukrainian populated places; the admin row and the Russian row are skipped, the broken row too.
    assert meta["settlements"] == 5
    assert meta["skipped_other_rows"] == 2
    assert meta["skipped_malformed_rows"] == 1

    gazetteer = load_gazetteer()  # the installed index is now the default
    assert "installed GeoNames" in gazetteer.describe()
    assert gazetteer.lookup("Testove")[0].id == "gn:99999901"
    assert gazetteer.lookup("Тестовому")[0].id == "gn:99999901"
    assert gazetteer.lookup("Charkiw")[0].id == "gn:706483"
    assert gazetteer.lookup("Белгород") == []  # a Russian row of the dump is not a Ukrainian place
    assert gazetteer.get("gn:706482") is None  # admin rows are not settlements
    # Oblasts and raions come from the embedded data files either way.
    assert gazetteer.lookup("Oblast Charkiw")[0].id == "iso:UA-63"


def test_install_into_explicit_folder_and_load_by_path(tmp_path: Path, home: Path) -> None:
    target = tmp_path / "elsewhere"
    installed = install_geonames(str(FIXTURES / "UA_sample.txt"), target)
    assert installed.is_file() and installed.parent == target
    assert not (home / "gazetteer").exists()
    gazetteer = load_gazetteer(target)
    assert gazetteer.lookup("Testove")[0].id == "gn:99999901"
    assert load_gazetteer().lookup("Testove") == []  # the default is still the embedded one


def test_install_rejects_bad_sources(tmp_path: Path, home: Path) -> None:
    with pytest.raises(GazetteerInstallError):
        install_geonames(str(tmp_path / "missing.zip"))
    not_ukraine = tmp_path / "RU.txt"
    not_ukraine.write_text(
        (FIXTURES / "UA_sample.txt").read_text(encoding="utf-8").splitlines()[6] + "\n", encoding="utf-8"
    )
    with pytest.raises(GazetteerInstallError):
        install_geonames(str(not_ukraine))
    assert not (home / "gazetteer" / gazetteer_module.INSTALLED_PLACES_FILE).exists()


def test_compiled_index_is_cached_on_disk(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_geonames(str(FIXTURES / "UA_sample.txt"))
    cache_files = list((home / "cache").glob("gazetteer-*.pickle"))
    assert len(cache_files) == 1
    first = load_gazetteer()

    # A second load must come from the cache: building is made impossible.
    def no_build(*args: object, **kwargs: object) -> Gazetteer:
        raise AssertionError("index rebuilt although it was cached")

    monkeypatch.setattr(gazetteer_module, "build_gazetteer", no_build)
    second = load_gazetteer()
    assert second.places.keys() == first.places.keys()
    assert second.forms == first.forms


def test_cache_key_changes_with_the_installed_file(home: Path) -> None:
    installed = install_geonames(str(FIXTURES / "UA_sample.txt"))
    before = set((home / "cache").glob("*.pickle"))
    with installed.open("a", encoding="utf-8") as handle:
        cols = [
            "99999902",
            "Probne",
            "Probne",
            "Пробне",
            "49.6",
            "37.1",
            "P",
            "PPL",
            "UA",
            "",
            "07",
            "",
            "",
            "",
            "50",
            "",
            "100",
            "Europe/Kyiv",
            "2024-01-10",
        ]
        handle.write("\t".join(cols) + "\n")
    os.utime(installed, ns=(installed.stat().st_atime_ns, installed.stat().st_mtime_ns + 10_000_000))
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Пробне")[0].id == "gn:99999902"
    assert set((home / "cache").glob("*.pickle")) - before


def test_broken_cache_file_is_rebuilt(home: Path) -> None:
    install_geonames(str(FIXTURES / "UA_sample.txt"))
    (cache_file,) = (home / "cache").glob("gazetteer-*.pickle")
    cache_file.write_bytes(b"not a pickle")
    assert load_gazetteer().lookup("Testove")[0].id == "gn:99999901"


@pytest.mark.skipif(
    not any(p.is_file() for p in SHARED_DUMPS), reason="no GeoNames UA dump in /work/shared/data"
)
def test_install_real_geonames_dump(home: Path) -> None:
    dump = next(p for p in SHARED_DUMPS if p.is_file())
    install_geonames(str(dump))
    gazetteer = load_gazetteer()
    settlements = [p for p in gazetteer.places.values() if p.feature == "settlement"]
    assert len(settlements) > 20_000
    assert gazetteer.lookup("Isjum")[0].id == "gn:707292"
    assert gazetteer.lookup("Гракове")
