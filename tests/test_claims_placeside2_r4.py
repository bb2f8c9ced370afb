"""Probes for the second round-4 place rules (claims/placing.py, claims/anaphora.py).

- a clause headed by a settlement noun right after a settlement name ("A, the last village in the B
  region still under ...") describes that settlement: the region in it is no place of the claim;
- an advance that names how deep it went into the enemy's ground ("pushed 40 km into Russian-held
  territory") has no town of its own: it takes neither a town another event word governs nor one
  from another clause;
- "the town" in a later paragraph that turns to one other settlement is that settlement, not the
  town the report began with.

The sentences are written for these tests, in several languages, with negative probes.
"""

from __future__ import annotations

from claims_helpers import PlaceSpec, extract_checked, oblast, place_side_keys, settlement


def places_of(text: str, lang: str, places: list[PlaceSpec], event_type: str) -> set[str | None]:
    return {
        c.place.place_id if c.place else None
        for c in extract_checked(text, lang, places)
        if c.event_type == event_type
    }


# --- a region inside an apposition to a settlement only locates the settlement


def test_apposition_village_of_a_region_en() -> None:
    text = "Hrabove, the last town in the Kharkiv region under Ukrainian control, lies in ruins."
    found = place_side_keys(text, "en", [settlement("Hrabove", 2), oblast("Kharkiv region", "UA-63")])
    assert ("control_held", "gn:2", "UA") in found
    assert ("control_held", "iso:UA-63", "UA") not in found


def test_apposition_held_by_the_other_side_en() -> None:
    text = (
        "Farther north, Hrabove, the only village of the Kharkiv region still held by Russian troops, "
        "was shelled again."
    )
    found = places_of(
        text, "en", [settlement("Hrabove", 2), oblast("Kharkiv region", "UA-63")], "control_held"
    )
    assert found == {"gn:2"}


def test_apposition_village_of_a_region_de() -> None:
    text = "Hrabove, das letzte Dorf im Gebiet Charkiw unter ukrainischer Kontrolle, liegt in Trümmern."
    found = place_side_keys(text, "de", [settlement("Hrabove", 2), oblast("Gebiet Charkiw", "UA-63")])
    assert ("control_held", "gn:2", "UA") in found
    assert ("control_held", "iso:UA-63", "UA") not in found


def test_apposition_village_of_a_region_uk() -> None:
    text = "Храбове, останнє село Харківської області під контролем ЗСУ, майже зруйноване."
    found = place_side_keys(text, "uk", [settlement("Храбове", 2), oblast("Харківської області", "UA-63")])
    assert ("control_held", "gn:2", "UA") in found
    assert ("control_held", "iso:UA-63", "UA") not in found


def test_apposition_village_of_a_region_ru() -> None:
    text = "Храбово, последнее село Харьковской области под контролем ВСУ, почти разрушено."
    found = place_side_keys(text, "ru", [settlement("Храбово", 2), oblast("Харьковской области", "UA-63")])
    assert ("control_held", "gn:2", "UA") in found
    assert ("control_held", "iso:UA-63", "UA") not in found


def test_a_clause_without_a_settlement_noun_keeps_its_region() -> None:
    # Not an apposition: a clause of its own after a town; the region is where the advance goes.
    text = "After taking Hrabove, Russian troops advanced into the Kharkiv region."
    found = place_side_keys(text, "en", [settlement("Hrabove", 2), oblast("Kharkiv region", "UA-63")])
    assert ("advance", "iso:UA-63", "RU") in found
    assert ("advance", "gn:2", "RU") not in found


# --- a depth advance names its own area


def test_depth_advance_does_not_take_the_objective_of_another_verb_en() -> None:
    text = (
        "Analysts assessed that Ukrainian units had pushed up to 40 kilometres into Russian-held "
        "territory and were likely to reach Hrabove within two days."
    )
    found = place_side_keys(text, "en", [settlement("Hrabove", 2)])
    assert ("advance", None, "UA") in found


def test_depth_advance_borrows_no_town_of_the_sentence_before_de() -> None:
    text = (
        "Russische Truppen nahmen Hrabove ein. Ukrainische Einheiten sollen bis zu 15 Kilometer tief "
        "in die russischen Linien vorgedrungen sein."
    )
    assert places_of(text, "de", [settlement("Hrabove", 2)], "advance") == {None}


def test_depth_advance_borrows_no_town_ru_uk() -> None:
    ru = (
        "Российские войска заняли Храбово. "
        "Украинские подразделения продвинулись на 10 километров вглубь обороны противника."
    )
    uk = (
        "Російські війська зайняли Храбове. "
        "Українські підрозділи просунулися на 12 кілометрів вглиб оборони ворога."
    )
    assert places_of(ru, "ru", [settlement("Храбово", 2)], "advance") == {None}
    assert places_of(uk, "uk", [settlement("Храбове", 2)], "advance") == {None}


def test_depth_advance_keeps_a_place_of_its_own() -> None:
    # Negative probe: a town the advance itself is at stays its place.
    text = "Russian units pushed about ten kilometres into Ukrainian lines near Bilanka, the ministry said."
    assert places_of(text, "en", [settlement("Bilanka", 1)], "advance") == {"gn:1"}


# --- "the town" in a paragraph about one other settlement


def test_the_town_in_a_later_paragraph_about_another_town_uk() -> None:
    text = (
        "У Києві ракета влучила в лікарню. Київ знову атакували дрони, повідомив Кличко.\n"
        "На сході українські військові відійшли з мікрорайону у Біланці. За його словами, решта міста "
        "залишається під контролем Сил оборони."
    )
    found = place_side_keys(
        text, "uk", [settlement("Києві", 9), settlement("Київ", 9), settlement("Біланці", 1)]
    )
    assert ("control_held", "gn:1", "UA") in found
    assert ("control_held", "gn:9", "UA") not in found


def test_the_town_in_a_later_paragraph_about_another_town_ru() -> None:
    text = (
        "В Киеве ракета попала в больницу. Киев снова атаковали дроны.\n"
        "На востоке украинские военные отошли из микрорайона в Биланке. По его словам, остальная часть "
        "города остаётся под контролем ВСУ."
    )
    found = place_side_keys(
        text, "ru", [settlement("Киеве", 9), settlement("Киев", 9), settlement("Биланке", 1)]
    )
    assert ("control_held", "gn:1", "UA") in found
    assert ("control_held", "gn:9", "UA") not in found


def test_the_town_in_a_later_paragraph_about_another_town_en() -> None:
    text = (
        "Missiles struck Kyiv overnight. Kyiv's mayor said two people were hurt.\n"
        "In the east, Ukrainian units pulled out of one district of Bilanka. The rest of the town "
        "remains under Ukrainian control, a spokesman said."
    )
    found = place_side_keys(text, "en", [settlement("Kyiv", 9), settlement("Bilanka", 1)])
    assert ("control_held", "gn:1", "UA") in found


def test_the_town_in_one_paragraph_stays_the_topic_town() -> None:
    # Negative probe: without a paragraph break the report's topic town is meant.
    text = (
        "Missiles struck Hrabove overnight. Hrabove's mayor said two people were hurt. "
        "Troops left a district of Bilanka. Later the town was shelled again."
    )
    found = places_of(text, "en", [settlement("Hrabove", 2), settlement("Bilanka", 1)], "strike")
    assert found == {"gn:2"}


def test_the_town_in_a_paragraph_naming_two_towns_stays_the_topic_town() -> None:
    # Negative probe: a paragraph that names two settlements turns to neither alone.
    text = (
        "Missiles struck Hrabove overnight. Hrabove's mayor said two people were hurt.\n"
        "Troops left a district of Bilanka. Residents fled to Zoria. Later the town was shelled again."
    )
    found = places_of(
        text, "en", [settlement("Hrabove", 2), settlement("Bilanka", 1), settlement("Zoria", 3)], "strike"
    )
    assert "gn:2" in found


# --- a supply's hub: the town it passes through, or the town a hub word stands in apposition to


def test_supply_through_a_town_is_at_that_town_not_at_the_supplied_force() -> None:
    cases = [
        (
            "Über Hrabove läuft ein großer Teil des Nachschubs für die ukrainischen Truppen bei Bilanka.",
            "de",
            [settlement("Hrabove", 2), settlement("Bilanka", 1)],
        ),
        (
            "Most of the supplies for the Ukrainian troops at Bilanka run through Hrabove.",
            "en",
            [settlement("Hrabove", 2), settlement("Bilanka", 1)],
        ),
        (
            "Через Храбово идёт большая часть снабжения украинских войск у Биланки.",
            "ru",
            [settlement("Храбово", 2), settlement("Биланки", 1)],
        ),
        (
            "Через Храбове йде більша частина постачання українських військ біля Біланки.",
            "uk",
            [settlement("Храбове", 2), settlement("Біланки", 1)],
        ),
    ]
    for text, lang, places in cases:
        assert places_of(text, lang, places, "supply_line") == {"gn:2"}, text


def test_hub_in_apposition_beats_the_subject_of_the_sentence() -> None:
    en = (
        "Zoria lies 10 km south of Bilanka on the road to Hrabove, a rail hub through which Russian "
        "forces in the area are supplied."
    )
    de = (
        "Zoria liegt an der Straße nach Hrabove, einem Bahnknoten, über den die russischen Truppen in "
        "der Gegend versorgt werden."
    )
    places = [settlement("Hrabove", 2), settlement("Bilanka", 1), settlement("Zoria", 3)]
    assert places_of(en, "en", places, "supply_line") == {"gn:2"}
    assert places_of(de, "de", places[:1] + places[2:], "supply_line") == {"gn:2"}


def test_hub_named_first_stays_the_hub() -> None:
    # Negative probe: without an apposition the sentence's first town is the hub.
    text = "Hrabove ist ein wichtiger Knotenpunkt für die Versorgung der russischen Truppen bei Bilanka."
    assert places_of(text, "de", [settlement("Hrabove", 2), settlement("Bilanka", 1)], "supply_line") == {
        "gn:2"
    }


def test_supply_with_no_transit_town_keeps_its_place() -> None:
    # Negative probe: no town after a transit word, so the supplied place stays.
    text = "The supply of the Ukrainian garrison at Bilanka is under Russian fire control."
    assert places_of(text, "en", [settlement("Bilanka", 1)], "supply_line") == {"gn:1"}
