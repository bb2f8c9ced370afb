"""The gazetteer: embedded default, lookups in every script, installed GeoNames dump, cache."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from frontwatch.places import gazetteer as gazetteer_module
from frontwatch.places.gazetteer import Gazetteer, load_gazetteer
from frontwatch.places.install import GazetteerInstallError, install_geonames

FIXTURES = Path(__file__).parent / "fixtures" / "places"
SHARED_DUMPS = [Path("/work/shared/data/UA.zip"), Path("/work/shared/data/UA.txt")]


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


def test_all_raions_of_the_2020_reform(gazetteer: Gazetteer) -> None:
    raions = [p for p in gazetteer.places.values() if p.feature == "raion"]
    assert len(raions) == 136
    per_oblast: dict[str | None, int] = {}
    for raion in raions:
        per_oblast[raion.admin1] = per_oblast.get(raion.admin1, 0) + 1
    assert (
        per_oblast["Lviv Oblast"] == 7 and per_oblast["Crimea"] == 10 and per_oblast["Ternopil Oblast"] == 3
    )
    for form, raion_id in [
        ("Lviv Raion", "raion:UA-46:lviv"),
        ("Уманський район", "raion:UA-71:uman"),
        ("Уманского района", "raion:UA-71:uman"),
        ("Rajon Uman", "raion:UA-71:uman"),
        ("Бахчисарайського району", "raion:UA-43:bakhchysarai"),
        ("Шептицький район", "raion:UA-46:chervonohrad"),
    ]:
        assert [p.id for p in gazetteer.lookup(form)] == [raion_id], form
    uman = gazetteer.get("raion:UA-71:uman")
    assert uman is not None and uman.admin1 == "Cherkasy Oblast"
    assert abs(uman.lat - 48.75) < 0.1 and abs(uman.lon - 30.22) < 0.1


def test_rivers_regions_and_facilities(gazetteer: Gazetteer) -> None:
    oskil = gazetteer.get("river:oskil")
    assert oskil is not None and oskil.feature == "river"
    assert len(gazetteer.courses["river:oskil"]) >= 5
    # Both readings are returned for a homonym; the resolver decides by context.
    ids = {p.id for p in gazetteer.lookup("Oskil")}
    assert {"river:oskil", "gn:710514"} <= ids
    assert [p.id for p in gazetteer.lookup("Оскола")] == ["river:oskil"]
    assert [p.id for p in gazetteer.lookup("Донбасі")] == ["region:donbas"]
    plant = gazetteer.lookup("Запорожской АЭС")
    assert [p.id for p in plant] == ["facility:zaporizhzhia-npp"] and plant[0].feature == "facility"
    assert "rivers" in gazetteer.describe() and "facilities" in gazetteer.describe()


def test_extra_places_and_derived_russian_names(gazetteer: Gazetteer) -> None:
    for name, place_id in [
        ("Горобьевка", "x:ua63:horobivka"),
        ("Гороб'ївки", "x:ua63:horobivka"),
        ("Robotyne", "x:ua23:robotyne"),
        ("Посад-Покровское", "x:ua65:posad-pokrovske"),
        # GeoNames lists Кругляківка in Ukrainian only; the Russian name is derived.
        ("Кругляковки", "gn:812661"),
    ]:
        assert place_id in [p.id for p in gazetteer.lookup(name)], name
    makiivka = [p for p in gazetteer.lookup("Макеевка") if p.admin1 == "Luhansk Oblast"]
    assert [p.id for p in makiivka] == ["x:ua09:makiivka-svatove"]


def test_old_compiled_indexes_are_pruned(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    for index in range(6):
        path = folder / f"gazetteer-{index}.pickle"
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 + index, 1_000_000 + index))
    (folder / "other.txt").write_text("not an index", encoding="utf-8")
    gazetteer_module._prune_cache(folder, keep=2)
    assert sorted(p.name for p in folder.iterdir()) == [
        "gazetteer-4.pickle",
        "gazetteer-5.pickle",
        "other.txt",
    ]


# -- fast paths of index building: each must agree with the definition it replaces ---------------


def test_fold_text_fast_path_matches_char_by_char_folding() -> None:
    from frontwatch.places.normalize import _fold_by_char, fold_text

    # Every code point alone, then in words where lower() of the whole text could differ
    # (final sigma, Ѐ next to ѐ, Turkish İ that lower() makes two characters).
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates are not text
        ch = chr(code)
        assert fold_text(ch) == _fold_by_char(ch), hex(code)
    for text in ["ΟΔΟΣ Σ", "Ѐ ѐ Ё ё", "İzmir Kup’yansk", "Куп`янськ‐Вузловий", "ABCΣ.", "Σ"]:
        assert fold_text(text) == _fold_by_char(text)
        assert len(fold_text(text)) == len(text)


def test_strip_apostrophes_removes_every_apostrophe_form() -> None:
    from frontwatch.places.normalize import APOSTROPHES, strip_apostrophes

    assert strip_apostrophes("Куп'янськ") == "Купянськ"
    assert strip_apostrophes("Kup’yans`k") == "Kupyansk"
    assert strip_apostrophes("a" + APOSTROPHES + "b") == "ab"


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("Харків", "uk"),
        ("Ізюм", "uk"),
        ("Балаклія", "uk"),
        ("Печеніги", "uk"),
        ("Козача", "uk"),
        ("Лопань", "uk"),
        ("Харьков", "ru"),
        ("Лозовая", "ru"),
        ("Печенеги", "ru"),
        ("Дергачи", "ru"),
        ("Святогорск", "ru"),
        ("Яр", "ru"),
    ],
)
def test_inflect_in_lexeme_matches_pymorphy_inflect(word: str, lang: str) -> None:
    from frontwatch.places import inflect

    analyzer = inflect._analyzer(lang)
    cases = list(inflect.load_places_lang(lang).get("cases", []))
    assert cases
    for parse in analyzer.parse(word):
        lexeme = analyzer.get_lexeme(parse)
        for case in cases:
            for number in (set(), {"sing"}, {"plur"}):
                required = {case, *number}
                expected = parse.inflect(set(required))
                got = inflect.inflect_in_lexeme(analyzer, parse, lexeme, set(required))
                assert (got is None) == (expected is None)
                if expected is not None:
                    assert got.word == expected.word
                    assert got.tag == expected.tag


@pytest.mark.parametrize(
    ("typed", "place_id"),
    [
        ("под Изюмом", "gn:707292"),
        ("у Харкові", "gn:706483"),
        ("з Куп'янська", "gn:703656"),
        ("bei Isjum", "gn:707292"),
    ],
)
def test_lookup_takes_the_name_as_a_text_has_it(typed: str, place_id: str) -> None:
    places = load_gazetteer().lookup(typed)
    assert places and places[0].id == place_id


def test_lookup_of_an_unknown_phrase_finds_nothing() -> None:
    assert load_gazetteer().lookup("unter dem Regenbogen") == []


def test_cache_key_follows_the_data_files_but_not_their_documentation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "gazetteer"
    shutil.copytree(gazetteer_module.gazetteer_data_dir(), data)
    monkeypatch.setattr(gazetteer_module, "gazetteer_data_dir", lambda: data)

    def key() -> str:
        return str(gazetteer_module._code_and_data_digest().hexdigest())

    before = key()
    with (data / "SOURCE.md").open("a", encoding="utf-8") as handle:
        handle.write("\nA corrected source line.\n")
    assert key() == before
    with (data / "extra_places.tsv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert key() != before
