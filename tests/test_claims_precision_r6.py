"""Round 6, precision: claims the extractor made twice, of the wrong type, or where the report makes
none, and a negation that reached past a colon. Each class is probed in several languages, with
sentences where the rule must apply and sentences where it must not.

1. A strike word with neither place nor side in a report that places a strike ("the mayor called
   the strike an act of terror", "Міноборони РФ удар не коментувало") names that strike again: no
   placeless claim of its own. A lone placeless strike, or one with a side of its own, stays.
2. A negator before a colon that opens the speaker's own statement ("Не вірте: А під контролем ЗСУ",
   "Do not believe the rumours: A remains ...") does not negate or hedge the statement; a negator
   after the colon still negates.
3. A fire word inside the longer words of another act of its sentence ("der Staudamm wurde
   zerstört", "під постійними атаками FPV-дронів") is that act, no strike or fight of its own.
4. Fire on a road or supply route ("the road from A to B is under constant drone fire") is a
   supply-line claim, not a strike on the towns that name the road; fire on a town stays a strike.
5. A control word worded as an attribute ("an airfield in the occupied port city of A") presupposes
   who holds A: a holding, not a change; the same word as a verb ("Russian forces occupied A") stays
   a change.
6. A sentence-level prediction phrase ("in the coming days") does not reach a relative clause opened
   after it (", through which the supplies pass"): that clause says what the place is.

Place mentions are built by hand (the places stage is tested elsewhere); the sentences are our own.
"""

from __future__ import annotations

import pytest

from claims_helpers import claim_keys, extract_checked, settlement

TOWN = "gn:1"
OTHER_TOWN = "gn:2"


def event_types(text: str, lang: str, names: list[str]) -> set[str]:
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    return {c.event_type for c in extract_checked(text, lang, places)}


# ---------------------------------------------------- 1. a placeless strike echoes a placed one

STRIKE_ECHOES: list[tuple[str, str, str]] = [
    (
        "en",
        "Russian missiles hit a school in Kharkiv on Monday.\n\n"
        "Later the mayor called the strike an act of terror.",
        "Kharkiv",
    ),
    (
        "de",
        "Russische Drohnen haben den Hafen von Odesa angegriffen.\n\n"
        "Es war der bisher schwerste Drohnenangriff des Sommers.",
        "Odesa",
    ),
    ("uk", "Російська ракета влучила в будинок у Дніпрі.\n\nМіноборони РФ удар не коментувало.", "Дніпрі"),
    (
        "ru",
        "Российская ракета попала в здание университета в Сумах.\n\n"
        "Соседи рассказывают, что после удара многие уехали.",
        "Сумах",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), STRIKE_ECHOES)
def test_placeless_strike_word_echoes_the_placed_strike(lang: str, text: str, surface: str) -> None:
    claims = [c for c in extract_checked(text, lang, [settlement(surface, 1)]) if c.event_type == "strike"]
    assert claims, "the placed strike is a claim"
    assert all(c.place is not None and c.place.place_id == TOWN for c in claims)


LONE_PLACELESS_STRIKES: list[tuple[str, str]] = [
    ("en", "The mayor called the strike an act of terror."),
    ("de", "Es war der bisher schwerste Drohnenangriff des Sommers."),
]


@pytest.mark.parametrize(("lang", "text"), LONE_PLACELESS_STRIKES)
def test_placeless_strike_alone_in_its_report_stays(lang: str, text: str) -> None:
    assert ("strike", None, None, "asserted") in claim_keys(extract_checked(text, lang, []))


def test_placeless_strike_of_another_side_stays_beside_a_placed_one() -> None:
    text = (
        "Russian missiles hit a school in Kharkiv on Monday.\n\n"
        "Ukrainian drones struck an oil depot overnight, the General Staff said."
    )
    keys = claim_keys(extract_checked(text, "en", [settlement("Kharkiv", 1)]))
    assert ("strike", TOWN, "RU", "asserted") in keys
    assert ("strike", None, "UA", "asserted") in keys


# ---------------------------------------------- 2. a negator before a statement colon stays there

REJECTION_THEN_STATEMENT: list[tuple[str, str, str]] = [
    ("uk", "Не вірте: Ямпіль під контролем ЗСУ.", "Ямпіль"),
    ("uk", "Не вірте фейкам: Куп'янськ під контролем ЗСУ.", "Куп'янськ"),
    ("ru", "Не верьте слухам: Купянск под контролем ВСУ.", "Купянск"),
    ("en", "Do not believe the rumours: Kupiansk remains under Ukrainian control.", "Kupiansk"),
    ("de", "Glauben Sie den Gerüchten nicht: Kupjansk bleibt unter ukrainischer Kontrolle.", "Kupjansk"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), REJECTION_THEN_STATEMENT)
def test_statement_after_a_rejecting_colon_is_asserted(lang: str, text: str, surface: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(surface, 1)]))
    assert keys == {("control_held", TOWN, "UA", "asserted")}


NEGATION_AFTER_A_COLON: list[tuple[str, str, str]] = [
    ("en", "Kupiansk: no shelling was reported overnight.", "Kupiansk"),
    ("uk", "Ізюм: обстрілів за добу не було.", "Ізюм"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NEGATION_AFTER_A_COLON)
def test_negator_after_the_colon_still_negates(lang: str, text: str, surface: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(surface, 1)]))
    assert ("strike", TOWN, None, "negated") in keys


# ------------------------------------------- 3. a fire word inside another act's words is that act

FIRE_WORDS_INSIDE_OTHER_ACTS: list[tuple[str, str, str, str]] = [
    ("de", "Der Staudamm bei Nowa Kachowka wurde in der Nacht zerstört.", "Nowa Kachowka", "demolition"),
    (
        "uk",
        "Траса з Сіверська до Лисичанська перебуває під постійними атаками FPV-дронів.",
        "Лисичанська",
        "supply_line",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "act"), FIRE_WORDS_INSIDE_OTHER_ACTS)
def test_fire_word_inside_another_act_is_no_claim_of_its_own(
    lang: str, text: str, surface: str, act: str
) -> None:
    assert event_types(text, lang, [surface]) == {act}


def test_strike_beside_a_demolition_stays() -> None:
    text = "Russian artillery shelled Kherson and blew up the Antonivskyi bridge."
    assert event_types(text, "en", ["Kherson"]) == {"strike", "demolition"}


# ------------------------------------------------------- 4. fire on a route is a supply-line claim

ROUTES_UNDER_FIRE: list[tuple[str, str, list[str]]] = [
    ("de", "Die Straße nach Wuhledar liegt seit Tagen unter ukrainischem Artilleriebeschuss.", ["Wuhledar"]),
    (
        "uk",
        "Траса з Сіверська до Лисичанська перебуває під постійними ударами дронів.",
        ["Сіверська", "Лисичанська"],
    ),
    ("ru", "Дорога от Лимана до Северска находится под постоянными ударами дронов.", ["Лимана", "Северска"]),
    ("en", "Ukrainian artillery keeps the road to Lyman under fire.", ["Lyman"]),
]


@pytest.mark.parametrize(("lang", "text", "names"), ROUTES_UNDER_FIRE)
def test_fire_on_a_route_is_a_supply_line(lang: str, text: str, names: list[str]) -> None:
    assert event_types(text, lang, names) == {"supply_line"}


FIRE_ON_TOWNS: list[tuple[str, str, str]] = [
    ("de", "Russische Truppen beschossen Isjum unter dem Schutz der Dunkelheit.", "Isjum"),
    ("uk", "Ворог обстріляв Сіверськ з артилерії.", "Сіверськ"),
    ("ru", "Противник нанёс удар по Лиману.", "Лиману"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FIRE_ON_TOWNS)
def test_fire_on_a_town_stays_a_strike(lang: str, text: str, surface: str) -> None:
    assert event_types(text, lang, [surface]) == {"strike"}


# ------------------------------------------------- 5. an attributive control word is a holding


def test_attributive_occupation_is_a_holding() -> None:
    text = "Ukrainian drones struck an airfield in the occupied port city of Berdiansk."
    keys = claim_keys(extract_checked(text, "en", [settlement("Berdiansk", 1)]))
    assert ("control_held", TOWN, "RU", "asserted") in keys
    assert not any(key[0] == "control_change" for key in keys)


OCCUPATION_AS_A_VERB: list[str] = [
    "Russian forces occupied Berdiansk in late February.",
    "Berdiansk was occupied by Russian troops on the fourth day of the war.",
]


@pytest.mark.parametrize("text", OCCUPATION_AS_A_VERB)
def test_occupation_told_by_a_verb_stays_a_change(text: str) -> None:
    keys = claim_keys(extract_checked(text, "en", [settlement("Berdiansk", 1)]))
    assert ("control_change", TOWN, "RU", "asserted") in keys


# ----------------------------- 6. a sentence-level prediction stays out of a relative clause after it

RELATIVE_CLAUSE_AFTER_A_PREDICTION: list[tuple[str, str, str]] = [
    (
        "de",
        "In den kommenden Tagen wird die Offensive auf Tokmak zielen, über das der Nachschub der russischen "
        "Truppen läuft.",
        "Tokmak",
    ),
    (
        "en",
        "In the coming days the offensive will aim at Tokmak, through which the supplies of the Russian "
        "troops pass.",
        "Tokmak",
    ),
    (
        "uk",
        "Найближчими днями наступ буде спрямований на Токмак, через який іде постачання військ.",
        "Токмак",
    ),
    (
        "ru",
        "В ближайшие дни наступление будет направлено на Токмак, через который идёт снабжение войск.",
        "Токмак",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), RELATIVE_CLAUSE_AFTER_A_PREDICTION)
def test_prediction_phrase_does_not_reach_a_later_relative_clause(lang: str, text: str, surface: str) -> None:
    claims = extract_checked(text, lang, [settlement(surface, 1)])
    assert {c.modality for c in claims if c.event_type == "supply_line"} == {"asserted"}


def test_prediction_phrase_still_reaches_its_own_clause() -> None:
    text = "In the coming days Russian forces will cut the road to Tokmak."
    claims = extract_checked(text, "en", [settlement("Tokmak", 1)])
    assert {c.modality for c in claims if c.event_type == "supply_line"} == {"predicted"}
