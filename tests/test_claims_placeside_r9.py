"""Probes for the round-9 place and side rules (claims/sides.py, placing.py, anaphora.py).

- a gain or an encirclement that a side's speaker denies with no side named is the other side's
  (the dev gold: every such negated control change; "Гайдай: місто не оточене" → RU);
- a passive or state passive of encirclement with the encircled force before the participle ("Bei A
  seien 2000 ukrainische Soldaten eingeschlossen", "Russian units were not encircled") names the
  encircled, not the encircler;
- people moved out of damaged buildings with no place of their own, after a strike, are moved out of
  where it hit (round-6 rule 7, round-8 settlement 1);
- the side of a supply line under fire is the side that fires on it (round-9 audit rule 12);
- a direction named after a town ("на сватовском направлении") gives place null (round-9 audit rule 14).

The sentences are written for these tests, in several languages, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_from, place_side_keys, settlement

Keys = set[tuple[str, str | None, str | None]]


def keys_for(text: str, lang: str, towns: list[str]) -> Keys:
    return place_side_keys(text, lang, [settlement(town, number) for number, town in enumerate(towns, 1)])


def types_of(keys: Keys, event_type: str) -> Keys:
    return {k for k in keys if k[0] == event_type}


# --- the denier vs the denied: a side's denial of a gain or a ring is about the other side's act


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("ru", "Генштаб ВСУ пишет, что Бахмут полностью не захвачен.", "Бахмут"),
        ("uk", "Генштаб ЗСУ заявив, що Покровськ не захоплено.", "Покровськ"),
        ("en", "The Ukrainian General Staff said Avdiivka had not been captured.", "Avdiivka"),
        ("de", "Der ukrainische Generalstab erklärte, Kupjansk sei nicht eingenommen worden.", "Kupjansk"),
    ],
)
def test_a_side_denying_a_capture_denies_the_other_sides_gain(lang: str, text: str, town: str) -> None:
    assert types_of(keys_for(text, lang, [town]), "control_change") == {("control_change", "gn:1", "RU")}


@pytest.mark.parametrize(
    ("lang", "text", "town", "side"),
    [
        ("de", "Die Stadt Sjewjerodonezk ist laut Hajdaj nicht eingekesselt.", "Sjewjerodonezk", "RU"),
        ("uk", "Гайдай наголосив, що Лисичанськ не оточений.", "Лисичанськ", "RU"),
        # the denier names the encircled force: the encircler is the other side of that force
        ("en", "Russia's defence ministry said Russian units near Izium were not encircled.", "Izium", "UA"),
    ],
)
def test_a_denied_encirclement_is_the_other_sides_ring(lang: str, text: str, town: str, side: str) -> None:
    keys = types_of(keys_for(text, lang, [town]), "encirclement")
    assert keys == {("encirclement", "gn:1", side)}


def test_own_side_named_in_a_denied_gain_keeps_that_side() -> None:
    # negative probe: the side named by the clause is the one whose gain is denied
    keys = keys_for("Ukrainian troops have not captured Robotyne, Russian bloggers said.", "en", ["Robotyne"])
    assert types_of(keys, "control_change") == {("control_change", "gn:1", "UA")}


# --- the encircled named between the auxiliary and the participle is not the encircler


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Bei Hirske seien bis zu 2000 ukrainische Soldaten eingeschlossen, meldete Moskau.", "RU"),
        ("In Hirske sind nach russischen Angaben mehrere tausend ukrainische Soldaten eingekesselt.", "RU"),
        ("Bei Hirske waren nach Kiewer Darstellung zwei russische Bataillone umzingelt.", "UA"),
        ("Bei Hirske seien bis zu 900 ukrainische Soldaten und ausländische Freiwillige eingekesselt.", "RU"),
    ],
)
def test_german_state_passive_with_the_encircled_force_between(text: str, side: str) -> None:
    keys = types_of(keys_for(text, "de", ["Hirske"]), "encirclement")
    assert keys == {("encirclement", "gn:1", side)}


# --- people moved out of damaged buildings after a strike: the strike's place


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        (
            "uk",
            "Уночі російська ракета влучила в житловий будинок у Харкові. "
            "Рятувальники евакуювали з пошкодженого будинку 30 мешканців.",
            "Харкові",
        ),
        (
            "en",
            "A Russian missile hit an apartment block in Odesa overnight. "
            "Rescuers evacuated forty residents from the damaged building.",
            "Odesa",
        ),
        (
            "ru",
            "Ночью ракета попала в жилой дом в Днепре. "
            "Спасатели эвакуировали из повреждённого здания двадцать человек.",
            "Днепре",
        ),
        (
            "de",
            "Eine russische Drohne traf am Abend ein Wohnhaus in Saporischschja. "
            "Danach wurden Bewohner aus den beschädigten Nachbarhäusern evakuiert.",
            "Saporischschja",
        ),
    ],
)
def test_rescue_evacuation_after_a_strike_takes_its_place(lang: str, text: str, town: str) -> None:
    evacuations = types_of(keys_for(text, lang, [town]), "evacuation")
    assert evacuations and {k[1] for k in evacuations} == {"gn:1"}


def test_evacuation_after_a_movement_is_no_strike_consequence() -> None:
    # negative probe: an advance is not a strike, so the evacuation does not take its place
    keys = keys_for(
        "Russian troops advanced near Bakhmut. Rescuers evacuated forty residents from the damaged building.",
        "en",
        ["Bakhmut"],
    )
    assert {k[1] for k in types_of(keys, "evacuation")} == {None}


# --- the side of a supply line under fire is the side that fires


@pytest.mark.parametrize(
    ("lang", "text", "town", "side"),
    [
        ("en", "The last supply road into Bakhmut is under fire from Russian artillery.", "Bakhmut", "RU"),
        (
            "de",
            "Die letzte Nachschubroute nach Bachmut liegt unter Beschuss der russischen Artillerie.",
            "Bachmut",
            "RU",
        ),
        ("uk", "Остання дорога постачання на Бахмут під вогнем російської артилерії.", "Бахмут", "RU"),
        ("ru", "Последняя дорога снабжения на Лисичанск под огнём украинской артиллерии.", "Лисичанск", "UA"),
    ],
)
def test_supply_line_under_fire_takes_the_firing_side(lang: str, text: str, town: str, side: str) -> None:
    keys = types_of(keys_for(text, lang, [town]), "supply_line")
    assert keys and {k[2] for k in keys} == {side}


def test_supply_line_role_without_fire_keeps_the_user() -> None:
    # negative probe: a road that only serves one side is that side's line
    keys = keys_for("The last supply road into Bakhmut is used by Ukrainian forces.", "en", ["Bakhmut"])
    assert {k[2] for k in types_of(keys, "supply_line")} == {"UA"}


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("ru", "Дорога снабжения ВСУ на Лисичанск под огнём нашей артиллерии.", "Лисичанск"),
        ("uk", "Дорога постачання ЗСУ на Бахмут під вогнем нашої артилерії.", "Бахмут"),
    ],
)
def test_own_forces_in_the_oblique_singular_name_the_channels_side(lang: str, text: str, town: str) -> None:
    # "под огнём нашей арты" in a Russian war blogger's post: the singular oblique "нашей" before a
    # force is the channel's own side, which fires on the other side's road
    claims = extract_from(text, lang, [settlement(town, 1)], "Военкор Z")
    assert {c.actor_side for c in claims if c.event_type == "supply_line"} == {"RU"}


def test_our_editorial_office_is_no_side() -> None:
    # negative probe: "нашей редакции" is who was told, not a force of the channel
    claims = extract_from(
        "Бои у Авдеевки продолжаются, сообщил нашей редакции источник в армии.",
        "ru",
        [settlement("Авдеевки", 1)],
        "Военкор Z",
    )
    assert {
        (c.place.place_id if c.place else None, c.actor_side) for c in claims if c.event_type == "fighting"
    } == {("gn:1", None)}


# --- a direction named after a town is no place


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("ru", "На сватовском направлении противник дважды атаковал позиции ВСУ.", "сватовском"),
        ("uk", "На Лиманському напрямку ворог провів шість атак.", "Лиманському"),
        ("de", "Im Abschnitt Lyman wurden drei russische Angriffe abgewehrt.", "Lyman"),
        # en too since the round-10 audit settled the en dev gold (round-10 audit rule 3)
        ("en", "In the Vovchansk direction, Ukrainian forces repelled five assaults.", "Vovchansk"),
    ],
)
def test_direction_named_after_a_town_gives_no_place(lang: str, text: str, town: str) -> None:
    fights = types_of(keys_for(text, lang, [town]), "fighting")
    assert fights and {k[1] for k in fights} == {None}


def test_this_sector_after_a_direction_is_no_place() -> None:
    keys = keys_for(
        "Лиманський напрямок залишається найгарячішим. Ворог перекидає на цю ділянку додаткові резерви.",
        "uk",
        ["Лиманський"],
    )
    assert {k[1] for k in types_of(keys, "reinforcement")} == {None}


@pytest.mark.parametrize(
    ("lang", "text", "towns"),
    [
        # negative probes: a village named in the same sentence is still the place
        ("uk", "Ворог атакував поблизу Торського на Лиманському напрямку.", ["Торського", "Лиманському"]),
        ("ru", "Бои идут у Сватово, сообщили военные.", ["Сватово"]),
        ("en", "Fighting raged near Torske in the Lyman direction.", ["Torske", "Lyman"]),
    ],
)
def test_a_village_beside_a_direction_keeps_its_place(lang: str, text: str, towns: list[str]) -> None:
    fights = types_of(keys_for(text, lang, towns), "fighting")
    assert fights and {k[1] for k in fights} == {"gn:1"}
