"""Probes for round 13b place work (claims/placing.py and the ``# placing r13b`` keys of claims.yaml).

1. A compass reference after unnamed settlements ("three villages east of A", "zwei Dörfer südöstlich
   von A", "три села к востоку от A", "кілька сіл на схід від A") or after a village named by a
   settlement noun that the gazetteer lacks ("the village of B, north-east of A", "das Dorf B
   nordöstlich von A", "село B к западу от A", "село B на захід від A") only locates them
   (``located_by_reference``): A is no place of the claim, which stays without one (gold/README.md,
   round-6 rule 6; the dev gold of de-609 and en-503). A place the gazetteer has keeps its own rules
   ("the village of C, north of A": C), and fighting at the edge of A ("fought north of A") keeps A.
2. "The town" located by a region right after it ("retook the town in the Donetsk region", "hat die
   Kleinstadt im Gebiet Charkiw zurückerobert", "вернули контроль над городом в Донецкой области",
   "звільнили місто в Донецькій області") is the town named before, as "A in the Donetsk region" is A:
   the region neither names "the town" (``_find_anaphors``) nor beats it (``_anaphor_is_nearer``,
   ``_region_locates``). A town named by its noun without a preposition ("міста Ізюм") still names
   itself.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, extract_from, oblast, settlement

Key = tuple[str, str | None, str | None]


def keys(text: str, lang: str, places: list[PlaceSpec]) -> set[Key]:
    return {
        (c.event_type, c.place.place_id if c.place else None, c.actor_side)
        for c in extract_from(text, lang, places, "Testblatt")
    }


@pytest.mark.parametrize(
    ("text", "lang", "places", "event_type"),
    [
        (
            "Ukrainian units liberated three villages east of Izium on Monday.",
            "en",
            [settlement("Izium", 1)],
            "control_change",
        ),
        (
            "Russian forces seized two settlements south-west of Kreminna, the ministry said.",
            "en",
            [settlement("Kreminna", 1)],
            "control_change",
        ),
        (
            "Russian troops captured the village of Shumy, north-east of Toretsk.",
            "en",
            [("Shumy", None, "settlement"), settlement("Toretsk", 1)],
            "control_change",
        ),
        (
            "Die ukrainische Armee hat mehrere Dörfer südlich von Isjum zurückerobert.",
            "de",
            [settlement("Isjum", 1)],
            "control_change",
        ),
        (
            "Die russische Armee hat das Dorf Schumy nordöstlich von Torezk eingenommen.",
            "de",
            [settlement("Torezk", 1)],
            "control_change",
        ),
        ("ВСУ освободили три села к востоку от Изюма.", "ru", [settlement("Изюма", 1)], "control_change"),
        (
            "ВСУ зачистили село Котлино к западу от Покровска.",
            "ru",
            [settlement("Покровска", 1)],
            "control_change",
        ),
        ("ЗСУ звільнили кілька сіл на схід від Ізюма.", "uk", [settlement("Ізюма", 1)], "control_change"),
        (
            "Росіяни захопили село Шуми на північний схід від Торецька.",
            "uk",
            [settlement("Торецька", 1)],
            "control_change",
        ),
    ],
)
def test_reference_point_of_unnamed_or_unknown_settlements_is_no_place(
    text: str, lang: str, places: list[PlaceSpec], event_type: str
) -> None:
    found = keys(text, lang, places)
    typed = {k for k in found if k[0] == event_type}
    assert typed, found
    assert all(k[1] is None for k in typed), found


@pytest.mark.parametrize(
    ("text", "lang", "places", "event_type", "place_id"),
    [
        # a village the gazetteer has is the place, not the town it is located from
        (
            "Russian troops attacked the village of Avdiivka, north of Donetsk.",
            "en",
            [settlement("Avdiivka", 2), settlement("Donetsk", 1)],
            "fighting",
            "gn:2",
        ),
        # fighting at the edge of a town takes the town (round-6 rule 6)
        (
            "Ukrainian forces fought north of Bakhmut on Monday.",
            "en",
            [settlement("Bakhmut", 1)],
            "fighting",
            "gn:1",
        ),
        (
            "Russische Truppen griffen nördlich von Bachmut an.",
            "de",
            [settlement("Bachmut", 1)],
            "fighting",
            "gn:1",
        ),
    ],
)
def test_named_places_keep_their_reference(
    text: str, lang: str, places: list[PlaceSpec], event_type: str, place_id: str
) -> None:
    found = keys(text, lang, places)
    assert any(k[0] == event_type and k[1] == place_id for k in found), found


@pytest.mark.parametrize(
    ("text", "lang", "places", "event_type"),
    [
        (
            "Residents of Lyman have no water. "
            "Ukrainian forces recaptured the town in the Donetsk region on Saturday.",
            "en",
            [settlement("Lyman", 1), oblast("Donetsk region", "UA-14")],
            "control_change",
        ),
        (
            "Residents of Lyman have no water. "
            "Russian artillery shelled the town in the Donetsk region overnight.",
            "en",
            [settlement("Lyman", 1), oblast("Donetsk region", "UA-14")],
            "strike",
        ),
        (
            "Kupjansk liegt am Oskil. "
            "Die ukrainische Armee hat die Kleinstadt im Gebiet Charkiw am Freitag zurückerobert.",
            "de",
            [settlement("Kupjansk", 1), oblast("Gebiet Charkiw", "UA-63")],
            "control_change",
        ),
        (
            "Жители Лимана остались без воды. ВСУ вернули контроль над городом в Донецкой области в субботу.",
            "ru",
            [settlement("Лимана", 1), oblast("Донецкой области", "UA-14")],
            "control_change",
        ),
        (
            "Мешканці Лимана залишилися без води. ЗСУ звільнили місто в Донецькій області в суботу.",
            "uk",
            [settlement("Лимана", 1), oblast("Донецькій області", "UA-14")],
            "control_change",
        ),
    ],
)
def test_region_after_the_town_only_locates_it(
    text: str, lang: str, places: list[PlaceSpec], event_type: str
) -> None:
    found = keys(text, lang, places)
    assert (event_type, "gn:1") in {k[:2] for k in found}, found
    assert not any(k[0] == event_type and k[1] and k[1].startswith("iso:") for k in found), found
