"""Probes for the round-11 place rules (claims/placing.py, route and apposition keys of claims.yaml).

- a road named by its two ends joined by a dash ("на трасі A — B", "на трассе A — B", "the A–B
  highway") only names the road: a fight or strike placed near a settlement on it is at that
  settlement, not at the road's ends (as "the road from A to B near C" already was);
- a clause that borrows its place from an apposition before it ("A, a small town 50 km south of B on
  the road to C, has been occupied") takes the settlement the apposition describes, not the places
  that only locate it.

The sentences are written for these tests, in several languages, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, place_side_keys, settlement

Keys = set[tuple[str, str | None, str | None]]


def places_of(keys: Keys, event_type: str) -> set[str | None]:
    return {k[1] for k in keys if k[0] == event_type}


# --- a road named by its two ends


@pytest.mark.parametrize(
    ("lang", "text", "places", "event_type"),
    [
        (
            "uk",
            "Запеклі бої точаться біля Новоселівки на трасі Харків — Куп'янськ.",
            [settlement("Новоселівки", 1), settlement("Харків", 2), settlement("Куп'янськ", 3)],
            "fighting",
        ),
        (
            "ru",
            "Тяжёлые бои продолжаются у Ивановского на трассе Бахмут — Константиновка.",
            [settlement("Ивановского", 1), settlement("Бахмут", 2), settlement("Константиновка", 3)],
            "fighting",
        ),
        (
            "en",
            "Fierce fighting went on near Ivanivske on the Bakhmut–Kostiantynivka highway.",
            [settlement("Ivanivske", 1), settlement("Bakhmut", 2), settlement("Kostiantynivka", 3)],
            "fighting",
        ),
        (
            "de",
            "Bei Kurachowe an der Fernstraße Donezk – Saporischschja wurde weiter gekämpft.",
            [settlement("Kurachowe", 1), settlement("Donezk", 2), settlement("Saporischschja", 3)],
            "fighting",
        ),
    ],
)
def test_the_ends_of_a_named_road_are_not_the_place(
    lang: str, text: str, places: list[PlaceSpec], event_type: str
) -> None:
    assert places_of(place_side_keys(text, lang, places), event_type) == {"gn:1"}


def test_a_road_named_only_by_its_ends_still_places_the_claim() -> None:
    # Nothing else is named: the ends stay the place (round-6 rule 5 keeps them for a road alone).
    keys = place_side_keys(
        "Окупанти знову обстріляли трасу Костянтинівка — Краматорськ.",
        "uk",
        [settlement("Костянтинівка", 2), settlement("Краматорськ", 3)],
    )
    assert places_of(keys, "strike") and places_of(keys, "strike") <= {"gn:2", "gn:3"}


def test_a_dash_between_towns_without_a_road_word_is_no_road() -> None:
    # "A — B" in a list of places hit is no road: both are struck.
    keys = place_side_keys(
        "Russian drones struck Sumy and Okhtyrka overnight.",
        "en",
        [settlement("Sumy", 1), settlement("Okhtyrka", 2)],
    )
    assert places_of(keys, "strike") == {"gn:1", "gn:2"}


# --- an apposition describes the settlement before it


@pytest.mark.parametrize(
    ("lang", "text", "places", "event_type"),
    [
        (
            "en",
            "Polohy, a small town some 40 km east of Orikhiv on the road to Tokmak, has been occupied by "
            "Russian forces since early March.",
            [settlement("Polohy", 1), settlement("Orikhiv", 2), settlement("Tokmak", 3)],
            "control_held",
        ),
        (
            "ru",
            "Горловка, город к северу от Донецка, с 2014 года находится под контролем пророссийских сил.",
            [settlement("Горловка", 1), settlement("Донецка", 2)],
            "control_held",
        ),
        (
            "uk",
            "Вугледар, місто на південний захід від Донецька, обстріляли з артилерії.",
            [settlement("Вугледар", 1), settlement("Донецька", 2)],
            "strike",
        ),
        (
            "de",
            "Wuhledar, eine Kleinstadt südwestlich von Donezk, wurde erneut beschossen.",
            [settlement("Wuhledar", 1), settlement("Donezk", 2)],
            "strike",
        ),
    ],
)
def test_a_clause_after_an_apposition_takes_the_described_settlement(
    lang: str, text: str, places: list[PlaceSpec], event_type: str
) -> None:
    assert places_of(place_side_keys(text, lang, places), event_type) == {"gn:1"}


def test_a_clause_with_a_place_of_its_own_keeps_it_after_an_apposition() -> None:
    keys = place_side_keys(
        "Vasylivka, a town south of Zaporizhzhia, was quiet, and Russian troops captured Polohy.",
        "en",
        [settlement("Vasylivka", 1), settlement("Zaporizhzhia", 2), settlement("Polohy", 3)],
    )
    assert places_of(keys, "control_change") == {"gn:3"}


def test_the_far_end_of_a_dashed_road_is_no_cut_point() -> None:
    # The dash cuts the road's name into two clauses; the first end must not come back as the point
    # where the line is acted on (the claim stays at the end the clause names).
    keys = place_side_keys(
        "Трасу Бахмут – Костянтинівка наша артилерія тримає під вогневим контролем.",
        "uk",
        [settlement("Бахмут", 1), settlement("Костянтинівка", 2)],
    )
    assert "gn:1" not in places_of(keys, "supply_line")
