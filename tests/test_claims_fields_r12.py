"""Fields of a claim, round 12 (R4): who speaks (ministers of any portfolio, presidential aides, council
heads, a side's unnamed "sources", state operators, foreign defence intelligence by its full name), a
role noun inside the reported clause, the newsroom's own "we", outlets whose names say what they are,
bounds with a filler word, the depth of an advance followed by its direction, and the time of a toll
sentence after a dated strike.

Each group names a phenomenon in general terms and probes it with sentences written for this file, with
negative probes where the rule must not fire (docs/annotation.md, Source, Time and Quantities).
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.claims.sources import load_outlet_name_kinds
from frontwatch.model import Claim

FRI = date(2024, 5, 17)  # a Friday: the publication date of the probes

PLACES: list[PlaceSpec] = [
    ("Sorokyne", "gn:8801", "settlement"),
    ("Sorokyno", "gn:8801", "settlement"),
    ("Сорокине", "gn:8801", "settlement"),
    ("Сорокиному", "gn:8801", "settlement"),
    ("Сорокино", "gn:8801", "settlement"),
    ("Сорокина", "gn:8801", "settlement"),
    ("Лозовенька", "gn:8802", "settlement"),
    ("Lozovenka", "gn:8802", "settlement"),
    ("Лозовеньці", "gn:8802", "settlement"),
    ("Лозовеньке", "gn:8802", "settlement"),
]


def claims(text: str, lang: str, source: str = "Testblatt") -> list[Claim]:
    return extract_from(text, lang, [p for p in PLACES if p[0] in text], source, FRI)


def kinds(found: list[Claim], event_type: str) -> set[str]:
    return {c.source.kind for c in found if c.event_type == event_type}


# --- ministers, aides and council heads speak for the government ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Social Policy Minister Oksana Zholnovych said a shell hit a school in Sorokyne.", "en"),
        ("Presidential adviser Dmytro Lytvyn said Russian drones struck Sorokyne overnight.", "en"),
        ("The head of the Sorokyne village council said Russian artillery shelled the village again.", "en"),
        ("Justizministerin Olha Stefanischyna sagte, russische Raketen hätten Sorokyne getroffen.", "de"),
        (
            "Міністерка соціальної політики Оксана Жолнович заявила, що ракета влучила в школу в Сорокиному.",
            "uk",
        ),
        ("Министр здравоохранения Виктор Ляшко сообщил, что удар пришёлся по больнице в Сорокино.", "ru"),
    ],
)
def test_minister_of_any_portfolio_is_government(text: str, lang: str) -> None:
    assert kinds(claims(text, lang), "strike") == {"government"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Defence Minister Rustem Umerov said Russian missiles struck Sorokyne.", "en"),
        (
            "Die stellvertretende Verteidigungsministerin Natalija Kalmykowa sagte, "
            "russische Raketen hätten Sorokyne getroffen.",
            "de",
        ),
        (
            "Vizeverteidigungsministerin Natalija Kalmykowa sagte, "
            "russische Raketen hätten Sorokyne getroffen.",
            "de",
        ),
    ],
)
def test_defence_minister_stays_defence_ministry(text: str, lang: str) -> None:
    assert kinds(claims(text, lang), "strike") == {"defence_ministry"}


# --- a side's unnamed "sources" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pro-Russian sources claimed that Ukrainian troops pulled out of Sorokyne.", "en"),
        (
            "Russische Quellen behaupteten, die ukrainischen Truppen hätten sich aus Sorokyno zurückgezogen.",
            "de",
        ),
        ("Російські джерела писали, що українські підрозділи відійшли з Сорокиного.", "uk"),
        ("Пророссийские источники писали, что украинские подразделения отошли из Сорокино.", "ru"),
    ],
)
def test_side_sources_are_unknown_speakers_of_that_side(text: str, lang: str) -> None:
    found = [c for c in claims(text, lang) if c.event_type == "withdrawal"]
    assert found
    assert {(c.source.kind, c.source.side) for c in found} == {("unknown", "RU")}
    assert {c.evidence_kind for c in found} == {"report"}


# --- state operators and foreign defence intelligence -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Bahn Ukrsalisnyzja teilte mit, eine Rakete habe den Bahnhof von Sorokyno getroffen.", "de"),
        ("Центренерго повідомило, що російська ракета влучила в ТЕС у Сорокиному.", "uk"),
        ("Naftogaz said a Russian missile hit its gas facility in Sorokyne.", "en"),
    ],
)
def test_state_operators_are_government(text: str, lang: str) -> None:
    assert kinds(claims(text, lang), "strike") == {"government"}


def test_foreign_defence_ministry_by_its_full_name() -> None:
    found = claims(
        "Міністерство оборони Великої Британії вважає, що росіяни, ймовірно, обстріляли Сорокине.", "uk"
    )
    strikes = [c for c in found if c.event_type == "strike"]
    assert strikes
    assert {(c.source.kind, c.evidence_kind) for c in strikes} == {("defence_ministry", "analysis")}


# --- a role noun that opens the reported clause is told about ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "The chairwoman of the Sorokyne district council wrote that residents "
            "had come out to meet the troops in Sorokyne.",
            "en",
            "government",
        ),
        (
            "Die Stadtverwaltung teilte mit, dass Anwohner russische Soldaten "
            "in Sorokyno gesehen hätten, die vorgerückt seien.",
            "de",
            "government",
        ),
    ],
)
def test_role_noun_opening_reported_clause_is_not_the_speaker(text: str, lang: str, kind: str) -> None:
    found = claims(text, lang)
    assert found
    assert {c.source.kind for c in found} == {kind}


def test_residents_who_speak_stay_speakers() -> None:
    found = claims("Residents said that Russian artillery shelled Sorokyne through the night.", "en")
    assert kinds(found, "strike") == {"local_resident"}


def test_registry_name_inside_reported_clause_after_another_speaker() -> None:
    text = "Проросійські телеграм-канали писали, що Сорокине перейшло під контроль «Народної міліції ДНР»."
    found = [c for c in claims(text, "uk") if c.event_type == "control_change"]
    assert found
    assert {c.source.kind for c in found} == {"milblogger"}


# --- the newsroom's own "we" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "outlet"),
    [
        (
            "Ракета попала в здание почты в Сорокино. "
            "Мы сравнили кадры со спутниковыми снимками и установили место.",
            "ru",
            "Факты Юга",
        ),
        (
            "A missile hit the post office in Sorokyne. We geolocated the footage to the town centre.",
            "en",
            "Checkpoint Facts",
        ),
        (
            "Eine Rakete traf die Post in Sorokyno. Wir haben die Aufnahmen überprüft und verglichen.",
            "de",
            "Faktenblick",
        ),
        (
            "Ракета влучила в пошту в Сорокиному. Ми поговорили з мешканцями телефоном.",
            "uk",
            "Перевірка фактів",
        ),
    ],
)
def test_editorial_we_keeps_an_outlet(text: str, lang: str, outlet: str) -> None:
    found = [c for c in claims(text, lang, outlet) if c.event_type == "strike"]
    assert found
    assert {c.source.kind for c in found} == {"outlet"}


def test_partisan_we_still_makes_a_milblogger() -> None:
    found = claims("Наши штурмовики зашли в Сорокино, мы держим окраину.", "ru", "Фронтовая сводка")
    assert found
    assert {c.source.kind for c in found} == {"milblogger"}


# --- outlet names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Osteuropa Frontanalyse", "think_tank"),
        ("Zentrum Sicherheitsanalysen", "think_tank"),
        ("Behörde für Militärisches Nachrichtenwesen", "defence_ministry"),
        ("Baltic Military Intelligence Notes", "defence_ministry"),
    ],
)
def test_outlet_names_that_say_what_they_are(name: str, kind: str) -> None:
    found = load_outlet_name_kinds().kind_of(name)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    "name", ["Sächsischer Nachrichtendienst", "Nachrichtendienst West", "Abendzeitung Online"]
)
def test_news_services_stay_outlets(name: str) -> None:
    assert load_outlet_name_kinds().kind_of(name) is None


# --- bounds with a filler word, depth of an advance --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name", "value", "bound"),
    [
        (
            "Ukrainian brigades liberated more than a dozen villages around Sorokyne, the army said.",
            "en",
            "settlements",
            12.0,
            "min",
        ),
        (
            "Die ukrainische Armee hat mehr als ein Dutzend Dörfer bei Sorokyno befreit.",
            "de",
            "settlements",
            12.0,
            "min",
        ),
        (
            "Российские подразделения находятся приблизительно в 6 км от Сорокино.",
            "ru",
            "distance_km",
            6.0,
            "approx",
        ),
        (
            "Ukrainian units advanced up to 8 km west of the river toward Sorokyne.",
            "en",
            "distance_km",
            8.0,
            "max",
        ),
    ],
)
def test_bounds_and_depths(text: str, lang: str, name: str, value: float, bound: str) -> None:
    found = [c.quantities[name] for c in claims(text, lang) if name in c.quantities]
    assert found
    assert {(q.value, q.bound) for q in found} == {(value, bound)}


def test_a_distance_that_locates_is_no_depth() -> None:
    found = claims("Russian troops shelled Sorokyne, a village 8 km west of the border.", "en")
    assert all("distance_km" not in c.quantities for c in found)


# --- a toll sentence after a dated strike -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Wednesday night Russian drones attacked Sorokyne. "
            "In Lozovenka two people were killed and five injured.",
            "en",
        ),
        (
            "У ніч на середу російські дрони атакували Сорокине. "
            "У Лозовеньці загинули двоє людей, п'ятеро поранені.",
            "uk",
        ),
    ],
)
def test_toll_sentence_takes_the_strike_time(text: str, lang: str) -> None:
    found = [
        c
        for c in claims(text, lang)
        if c.event_type == "strike" and c.place and c.place.place_id == "gn:8802"
    ]
    assert found
    assert all(c.when is not None and c.when.end == date(2024, 5, 15) for c in found)


def test_toll_sentence_without_a_dated_strike_has_no_time() -> None:
    found = claims("Russian drones attacked Sorokyne. In Lozovenka two people were killed.", "en")
    assert all(c.when is None for c in found if c.event_type == "strike")
