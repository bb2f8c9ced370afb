"""Which place a claim is about (round 3): what "the town" refers to in a report about one town,
where reserves and fire come from, front sectors named after towns, parts of a town named without
it ("the outskirts"), and districts of Kyiv.

Each class is probed in several languages with sentences of our own, with cases where the rule must
not fire. Place mentions are built by hand (the places stage is tested elsewhere), except for the
gazetteer's front-sector phrases.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from claims_helpers import PlaceSpec, make_report, mentions_for
from frontwatch.claims import extract_claims
from frontwatch.model import Claim


def run(text: str, lang: str, places: list[PlaceSpec]) -> list[Claim]:
    report = make_report(text, lang, "Testblatt")
    return extract_claims(report, mentions_for(report, places))


def places_of(claims: list[Claim], event_type: str) -> set[str | None]:
    return {c.place.place_id if c.place else None for c in claims if c.event_type == event_type}


# ----------------------------------------------------------------------------- "the town" of a report


@pytest.mark.parametrize(
    ("text", "lang", "places", "event_type", "expected"),
    [
        # The headline town, named again, is what "the town" means; a town named once in passing
        # in the sentence before is not.
        (
            "Kostiantynivka: the situation this morning. Russian troops shelled Kostiantynivka "
            "with rockets. A drone hit a van at the entrance to Druzhkivka. "
            "Russian artillery shelled the town again overnight.",
            "en",
            [("Kostiantynivka", "gn:1", "settlement"), ("Druzhkivka", "gn:2", "settlement")],
            "strike",
            "gn:1",
        ),
        (
            "Покровськ: ситуація на ранок. Ворог знову обстріляв Покровськ. "
            "Росіяни накопичують піхоту в районі Мирнограда. Ворог знову обстріляв місто з артилерії.",
            "uk",
            [("Покровськ", "gn:1", "settlement"), ("Мирнограда", "gn:2", "settlement")],
            "strike",
            "gn:1",
        ),
        (
            "Купянск: коротко на утро. Наши штурмовики закрепились на окраине Купянска. "
            "Подвоз боеприпасов в Петропавловку парализован. Противник обстреливает город из артиллерии.",
            "ru",
            [("Купянск", "gn:1", "settlement"), ("Петропавловку", "gn:2", "settlement")],
            "strike",
            "gn:1",
        ),
        (
            "Bachmut: die Lage am Morgen. Russische Truppen haben Bachmut erneut beschossen. "
            "Bei Tschassiw Jar sammelt der Gegner Infanterie. "
            "Die Stadt wurde in der Nacht wieder beschossen.",
            "de",
            [("Bachmut", "gn:1", "settlement"), ("Tschassiw Jar", "gn:2", "settlement")],
            "strike",
            "gn:1",
        ),
    ],
)
def test_the_town_is_the_town_the_report_is_about(
    text: str, lang: str, places: list[PlaceSpec], event_type: str, expected: str
) -> None:
    last_sentence = text.rsplit(". ", 1)[-1]
    claims = [c for c in run(text, lang, places) if c.evidence_text.startswith(last_sentence[:20])]
    assert places_of(claims, event_type) == {expected}


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        # The town named in the anaphor's own sentence wins over the report's topic.
        (
            "Izium: the situation this morning. Russian troops shelled Izium again. "
            "The mayor of Kharkiv said Russian missiles hit the city overnight.",
            "en",
            [("Izium", "gn:1", "settlement"), ("Kharkiv", "gn:2", "settlement")],
            "gn:2",
        ),
        (
            "Ізюм: ситуація на ранок. Ворог знову обстріляв Ізюм. "
            "Мешканці Харкова розповідають, що ворог обстріляв місто вночі.",
            "uk",
            [("Ізюм", "gn:1", "settlement"), ("Харкова", "gn:2", "settlement")],
            "gn:2",
        ),
    ],
)
def test_the_town_named_in_its_own_sentence_stays_first(
    text: str, lang: str, places: list[PlaceSpec], expected: str
) -> None:
    claims = [
        c for c in run(text, lang, places) if "overnight" in c.evidence_text or "вночі" in c.evidence_text
    ]
    assert places_of(claims, "strike") == {expected}


@pytest.mark.parametrize(
    ("anaphor", "expected"),
    [("the village", "gn:1"), ("the city", "gn:2")],
)
def test_the_town_takes_the_place_introduced_with_the_same_noun(anaphor: str, expected: str) -> None:
    text = (
        "Ukrainian troops entered the village of Alpha on Monday, a day after Russian forces left "
        f"the city of Beta. Russian artillery shelled {anaphor} overnight."
    )
    claims = [c for c in run(text, "en", [("Alpha", "gn:1", "settlement"), ("Beta", "gn:2", "settlement")])]
    assert places_of([c for c in claims if "overnight" in c.evidence_text], "strike") == {expected}


def test_a_name_after_the_town_and_a_conjunction_is_not_named_by_it() -> None:
    # "the town and Beta", "города и B": Beta is listed with the town, not introduced as "the town";
    # "the town" of the next sentence is still the town of the report.
    en = run(
        "Alpha: the morning report. Russian troops shelled Alpha again. "
        "Our units still hold the eastern part of the town and Beta. "
        "Russian drones struck the town overnight.",
        "en",
        [("Alpha", "gn:1", "settlement"), ("Beta", "gn:2", "settlement")],
    )
    assert places_of([c for c in en if "overnight" in c.evidence_text], "strike") == {"gn:1"}
    ru = run(
        "Купянск: коротко на утро. Противник снова обстрелял Купянск. "
        "Наши подразделения удерживают левобережную часть города и Купянск-Узловой. "
        "Ночью противник обстрелял город из артиллерии.",
        "ru",
        [("Купянск", "gn:1", "settlement"), ("Купянск-Узловой", "gn:2", "settlement")],
    )
    assert places_of([c for c in ru if "Ночью" in c.evidence_text], "strike") == {"gn:1"}


# ------------------------------------------------------------------ where reserves and fire come from


@pytest.mark.parametrize(
    ("text", "lang", "places", "event_type", "origin", "expected"),
    [
        (
            "Росіяни готуються обороняти Лиман, куди перекинули резерви з-під Ізюма.",
            "uk",
            [("Лиман", "gn:1", "settlement"), ("Ізюма", "gn:2", "settlement")],
            "reinforcement",
            "gn:2",
            "gn:1",
        ),
        (
            "Русские готовятся оборонять Лиман, куда перебросили резервы из-под Изюма.",
            "ru",
            [("Лиман", "gn:1", "settlement"), ("Изюма", "gn:2", "settlement")],
            "reinforcement",
            "gn:2",
            "gn:1",
        ),
        (
            "In Bachmut sollen russische Einheiten ihre Stellungen "
            "mit Reserven aus Horliwka verstärkt haben.",
            "de",
            [("Bachmut", "gn:1", "settlement"), ("Horliwka", "gn:2", "settlement")],
            "reinforcement",
            "gn:2",
            "gn:1",
        ),
        (
            "Russian artillery shelled Nikopol from Enerhodar overnight.",
            "en",
            [("Nikopol", "gn:1", "settlement"), ("Enerhodar", "gn:2", "settlement")],
            "strike",
            "gn:2",
            "gn:1",
        ),
        (
            "Ворог обстріляв Нікополь із Енергодара вночі.",
            "uk",
            [("Нікополь", "gn:1", "settlement"), ("Енергодара", "gn:2", "settlement")],
            "strike",
            "gn:2",
            "gn:1",
        ),
    ],
)
def test_where_reserves_or_fire_come_from_is_no_place(
    text: str, lang: str, places: list[PlaceSpec], event_type: str, origin: str, expected: str
) -> None:
    found = places_of(run(text, lang, places), event_type)
    assert expected in found
    assert origin not in found


@pytest.mark.parametrize(
    ("text", "lang", "places", "event_type"),
    [
        # A force leaving a place: where it leaves from is the place.
        (
            "Russian troops withdrew from Izium overnight.",
            "en",
            [("Izium", "gn:1", "settlement")],
            "withdrawal",
        ),
        ("Окупанти відступили з Ізюма.", "uk", [("Ізюма", "gn:1", "settlement")], "withdrawal"),
        (
            "Die russischen Truppen haben sich aus Isjum zurückgezogen.",
            "de",
            [("Isjum", "gn:1", "settlement")],
            "withdrawal",
        ),
    ],
)
def test_a_withdrawal_keeps_the_place_it_leaves(
    text: str, lang: str, places: list[PlaceSpec], event_type: str
) -> None:
    assert places_of(run(text, lang, places), event_type) == {"gn:1"}


# ------------------------------------------------------------------ front sectors named after towns


@pytest.mark.parametrize(
    ("phrase", "place_id"),
    [
        ("вовчанському напрямку", "gn:689304"),
        ("Добропольском направлении", "gn:709900"),
        ("костянтинівський напрямок", "gn:705104"),
        ("Kakhovka hydroelectric dam", "facility:kakhovka-hpp"),
    ],
)
def test_front_sectors_and_facilities_name_their_place(phrase: str, place_id: str) -> None:
    from frontwatch.places.gazetteer import load_gazetteer

    assert place_id in {p.id for p in load_gazetteer().lookup(phrase)}


# ------------------------------------------------------------------ parts of a town named without it


@pytest.mark.parametrize(
    ("text", "lang", "places", "event_type"),
    [
        (
            "Ukrainian troops liberated Balakliia on Friday. "
            "On Wednesday Ukrainian units had already reached the outskirts.",
            "en",
            [("Balakliia", "gn:1", "settlement")],
            "advance",
        ),
        (
            "Die ukrainische Armee hat Balaklija zurückerobert. "
            "Bereits am Mittwoch erreichten ukrainische Einheiten den Stadtrand.",
            "de",
            [("Balaklija", "gn:1", "settlement")],
            "advance",
        ),
        (
            "Українські війська звільнили Балаклію. "
            "Люди вийшли на вулиці, коли до центру в'їхали українські військові.",
            "uk",
            [("Балаклію", "gn:1", "settlement")],
            "advance",
        ),
        (
            "Российские войска вошли в Часов Яр. "
            "Украинские подразделения отошли из микрорайона на подготовленные позиции.",
            "ru",
            [("Часов Яр", "gn:1", "settlement")],
            "withdrawal",
        ),
    ],
)
def test_a_part_of_the_town_is_in_the_town(
    text: str, lang: str, places: list[PlaceSpec], event_type: str
) -> None:
    second = text.split(". ", 1)[1]
    claims = [c for c in run(text, lang, places) if c.evidence_text.startswith(second[:15])]
    assert places_of(claims, event_type) == {"gn:1"}
    # The part is where it happens, not an objective beyond it.
    assert not any(c.places_to for c in claims if c.event_type == event_type)


def test_a_part_of_a_town_with_no_town_before_stays_placeless() -> None:
    claims = run("On Wednesday Ukrainian units reached the outskirts.", "en", [])
    assert places_of(claims, "advance") <= {None}


# ------------------------------------------------------------------ districts of a city


def run_with_admin1(text: str, lang: str, places: list[tuple[str, str, str]]) -> list[Claim]:
    """Like ``run``, with each mention's admin1 set (surface form, place id, admin1)."""
    report = make_report(text, lang, "Testblatt")
    admin1 = {surface: unit for surface, _, unit in places}
    mentions = [
        replace(m, admin1=admin1[m.text])
        for m in mentions_for(report, [(surface, pid, "settlement") for surface, pid, _ in places])
    ]
    return extract_claims(report, mentions)


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("A Russian missile struck a crossroads in the Obolon district overnight.", "en", "Obolon district"),
        ("Російська ракета влучила в багатоповерхівку в Оболонському районі.", "uk", "Оболонському районі"),
        ("Российская ракета попала в жилой дом в Оболонском районе.", "ru", "Оболонском районе"),
    ],
)
def test_a_claim_in_a_district_of_kyiv_is_in_kyiv(text: str, lang: str, surface: str) -> None:
    claims = run_with_admin1(text, lang, [(surface, "gn:8519916", "Kyiv City")])
    assert places_of(claims, "strike") == {"gn:703448"}


def test_a_town_of_the_sevastopol_unit_stays_itself() -> None:
    # Sevastopol's unit also holds separate towns: a strike on Balaklava is at Balaklava.
    claims = run_with_admin1(
        "Ukrainian drones struck a fuel depot in Balaklava overnight.",
        "en",
        [("Balaklava", "gn:712930", "Sevastopol")],
    )
    assert places_of(claims, "strike") == {"gn:712930"}


# ------------------------------------------------------------------ forecasts do not continue events


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Russian missiles hit Kharkiv overnight. "
            "Analysts expect Russia to keep striking energy infrastructure in the coming weeks.",
            "en",
            [("Kharkiv", "gn:1", "settlement")],
        ),
        (
            "Ночью российские ракеты ударили по Харькову. "
            "Аналитики считают, что Россия продолжит удары по энергетике в ближайшие недели.",
            "ru",
            [("Харькову", "gn:1", "settlement")],
        ),
    ],
)
def test_a_forecast_does_not_take_the_place_of_the_event_before(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    forecasts = [c for c in run(text, lang, places) if c.modality == "predicted"]
    assert forecasts
    assert places_of(forecasts, "strike") <= {None}


def test_an_event_still_continues_the_event_before() -> None:
    claims = run(
        "Russian artillery shelled Alpha overnight. The shelling continued in the morning.",
        "en",
        [("Alpha", "gn:1", "settlement")],
    )
    assert places_of([c for c in claims if "morning" in c.evidence_text], "strike") == {"gn:1"}


# ------------------------------------------------------------------ "the town west of B"


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Alpha has fallen, Moscow says. The minister said Russian troops had fully captured "
            "the town west of Beta.",
            "en",
            [("Alpha", "gn:1", "settlement"), ("Beta", "gn:2", "settlement")],
        ),
        (
            "Alpha ist gefallen, meldet Moskau. Russische Truppen hätten die Stadt westlich von Beta "
            "vollständig eingenommen.",
            "de",
            [("Alpha", "gn:1", "settlement"), ("Beta", "gn:2", "settlement")],
        ),
    ],
)
def test_the_town_located_by_a_reference_point_is_the_town(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    second = [c for c in run(text, lang, places) if "west" in c.evidence_text]
    assert places_of(second, "control_change") == {"gn:1"}


def test_a_place_named_right_after_the_town_is_still_its_place() -> None:
    # The negative probe: "the city council building in Beta" names Beta as the place.
    claims = run(
        "Alpha was retaken last week. Soldiers raised the flag over the city council building in Beta.",
        "en",
        [("Alpha", "gn:1", "settlement"), ("Beta", "gn:2", "settlement")],
    )
    assert "gn:2" in places_of([c for c in claims if "flag" in c.evidence_text], "control_change")


# ------------------------------------------------------------------ a capital that speaks is not lent


@pytest.mark.parametrize(
    ("text", "lang", "kyiv"),
    [
        (
            "Der Statthalter rief die Bewohner auf, sich in Sicherheit zu bringen – was Kiew scharf "
            "verurteilt.",
            "de",
            "Kiew",
        ),
        (
            "The occupation authorities ordered the evacuation of residents, which Kyiv condemned.",
            "en",
            "Kyiv",
        ),
    ],
)
def test_a_capital_speaking_in_another_clause_lends_no_place(text: str, lang: str, kyiv: str) -> None:
    claims = run(text, lang, [(kyiv, "gn:703448", "settlement")])
    assert "gn:703448" not in places_of(claims, "evacuation")


def test_a_capital_in_a_list_of_targets_is_a_place() -> None:
    claims = run(
        "Russian missiles struck Kyiv and Kharkiv overnight.",
        "en",
        [("Kyiv", "gn:703448", "settlement"), ("Kharkiv", "gn:2", "settlement")],
    )
    assert places_of(claims, "strike") == {"gn:703448", "gn:2"}


# ---------------------------------------------------- a following list hangs on the nearer event


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Ukrainian forces retook Alpha on Saturday. The recapture came a day after the Kremlin signed "
            "documents to annex four regions, including Beta oblast.",
            "en",
            [("Alpha", "gn:1", "settlement"), ("Beta oblast", "iso:UA-99", "oblast")],
        ),
        (
            "Ukrainische Truppen haben Alpha am Samstag zurückerobert. Die Rückeroberung kam einen Tag, "
            "nachdem der Kreml die Annexion von vier Gebieten unterzeichnet hatte, darunter Beta.",
            "de",
            [("Alpha", "gn:1", "settlement"), ("Beta", "iso:UA-99", "oblast")],
        ),
    ],
)
def test_a_list_after_another_event_word_is_not_borrowed(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    assert "iso:UA-99" not in places_of(run(text, lang, places), "control_change")
