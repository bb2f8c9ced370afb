"""The Ukrainian claim lexicon (data/lang/uk/claims.yaml) through the rule extractor.

Each test states one way Ukrainian outlets, officials or channels say something and checks the
claim the extractor makes of it, or that a look-alike phrase makes none. The sentences are written
for these tests; place names are placeholders (Альфа, Бета ...) with hand-built place mentions.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from frontwatch.claims import extract_claims
from frontwatch.claims.lexicon import load_lexicon
from frontwatch.model import Claim, PlaceMention, Report

PlaceSpec = tuple[str, str]  # (surface form in the text, place id); all settlements


def run(text: str, places: list[PlaceSpec], source: str = "Тестовий вісник") -> list[Claim]:
    report = Report(
        id=f"uk-lexicon-{abs(hash(text)) % 10**8}",
        source=source,
        raw_text=text,
        clean_text=text,
        format="text",
        origin="test",
        published=datetime(2022, 9, 14),
        lang="uk",
    )
    mentions: list[PlaceMention] = []
    for surface, place_id in places:
        start = text.find(surface)
        assert start >= 0, f"{surface!r} not in the test text"
        while start >= 0:
            mentions.append(
                PlaceMention(
                    report_id=report.id,
                    start=start,
                    end=start + len(surface),
                    text=surface,
                    place_id=place_id,
                    name_en=surface,
                    precision="settlement",
                )
            )
            start = text.find(surface, start + len(surface))
    return extract_claims(report, sorted(mentions, key=lambda m: m.start))


def of_type(claims: list[Claim], event_type: str) -> list[Claim]:
    return [c for c in claims if c.event_type == event_type]


def keys(claims: list[Claim], event_type: str) -> set[tuple[str | None, str | None, str]]:
    """(place id, actor side, modality) of every claim of one type."""
    return {
        (c.place.place_id if c.place else None, c.actor_side, c.modality) for c in of_type(claims, event_type)
    }


ALPHA = ("Альфа", "gn:10")


# ----------------------------------------------------------------------------- control


@pytest.mark.parametrize(
    "text",
    [
        "Над міськрадою Альфи бійці підняли український прапор.",
        "Сили оборони повернули під контроль Альфу.",
        "🇺🇦 Альфа наша! Хлопці вже в центрі.",
        "Українські бійці відбили у ворога Альфу.",
    ],
)
def test_ways_of_saying_liberated(text: str) -> None:
    surface = "Альфи" if "Альфи" in text else "Альфу" if "Альфу" in text else "Альфа"
    claims = run(text, [(surface, "gn:10")])
    assert ("gn:10", "UA", "asserted") in keys(claims, "control_change")


def test_took_up_defence_is_not_a_capture() -> None:
    claims = run("Окупанти зайняли оборону біля Альфи.", [("Альфи", "gn:10")])
    assert not of_type(claims, "control_change")
    captured = run("Окупанти зайняли Альфу після тижня боїв.", [("Альфу", "gn:10")])
    assert ("gn:10", "RU", "asserted") in keys(captured, "control_change")


def test_a_capture_noun_is_a_change_not_a_holding() -> None:
    claims = run("Генштаб ЗСУ спростував інформацію про захоплення Альфи.", [("Альфи", "gn:10")])
    assert of_type(claims, "control_change") and not of_type(claims, "control_held")
    assert all(c.modality == "negated" for c in of_type(claims, "control_change"))


def test_held_by_the_occupiers() -> None:
    claims = run("Альфа досі залишається під контролем окупантів.", [ALPHA])
    assert keys(claims, "control_held") == {("gn:10", "RU", "asserted")}
    defended = run("Ворог веде оборону в районі Альфи.", [("Альфи", "gn:10")])
    assert ("gn:10", "RU", "asserted") in keys(defended, "control_held")


def test_an_occupied_river_bank_does_not_make_the_towns_held() -> None:
    claims = run("Ворожа артилерія била по Альфі з окупованого лівобережжя.", [("Альфі", "gn:10")])
    assert not of_type(claims, "control_held")
    assert ("gn:10", "RU", "asserted") in keys(claims, "strike")


# ----------------------------------------------------------------------------- movement


def test_entered_a_town_is_where_the_force_is_not_its_objective() -> None:
    entered = of_type(run("Українські підрозділи увійшли до Альфи.", [("Альфи", "gn:10")]), "advance")
    assert entered and entered[0].place is not None and entered[0].place.place_id == "gn:10"
    toward = of_type(run("Українські підрозділи просуваються до Альфи.", [("Альфи", "gn:10")]), "advance")
    assert toward and [p.place_id for p in toward[0].places_to] == ["gn:10"]


def test_telegram_style_on_the_outskirts() -> None:
    claims = run("Альфа: ЗСУ на околицях. Деталі згодом.", [ALPHA])
    assert ("gn:10", "UA", "asserted") in keys(claims, "advance")


def test_next_day_is_not_an_offensive() -> None:
    claims = run("Наступного дня в Альфі відкрили школу.", [("Альфі", "gn:10")])
    assert not of_type(claims, "advance")


def test_troops_driving_away_is_a_withdrawal_civilians_leaving_is_not() -> None:
    troops = run("Російські військові виїжджали з Альфи колонами всю ніч.", [("Альфи", "gn:10")])
    assert ("gn:10", "RU", "asserted") in keys(troops, "withdrawal")
    civilians = run("За тиждень з Альфи виїхали понад дві тисячі людей.", [("Альфи", "gn:10")])
    assert not of_type(civilians, "withdrawal")


def test_left_without_power_is_not_a_withdrawal() -> None:
    claims = run("Після обстрілу Альфа залишилася без світла, а сусідні села залишили без води.", [ALPHA])
    assert not of_type(claims, "withdrawal")
    assert of_type(claims, "strike")


# ----------------------------------------------------------------------------- fire and combat


def test_drone_attack_is_a_strike_not_a_battle() -> None:
    claims = run("Росіяни вночі атакували Альфу ударними дронами.", [("Альфу", "gn:10")])
    assert ("gn:10", "RU", "asserted") in keys(claims, "strike")
    assert not of_type(claims, "fighting")


def test_ticker_explosions_are_a_strike_without_a_side() -> None:
    claims = run("+++ Вибухи в Альфі +++", [("Альфі", "gn:10")])
    assert keys(claims, "strike") == {("gn:10", None, "asserted")}


def test_weapon_names_the_side_that_fires() -> None:
    claims = run("Над Альфою збито вісім шахедів.", [("Альфою", "gn:10")])
    assert ("gn:10", "RU", "asserted") in keys(claims, "strike")


def test_repelled_attacks_by_the_defenders() -> None:
    claims = run("Оборонці відбили дванадцять атак поблизу Альфи.", [("Альфи", "gn:10")])
    assert ("gn:10", "UA", "asserted") in keys(claims, "fighting")


def test_met_with_resistance_is_not_a_welcome() -> None:
    claims = run("Біля Альфи окупанти зустріли запеклий опір.", [("Альфи", "gn:10")])
    assert not of_type(claims, "civilian_reaction")


# ----------------------------------------------------------------------------- infrastructure, supply, forces


def test_blowing_up_a_bridge_is_demolition_a_car_is_not() -> None:
    bridge = run("Відступаючи, окупанти підірвали міст біля Альфи.", [("Альфи", "gn:10")])
    assert ("gn:10", "RU", "asserted") in keys(bridge, "demolition")
    car = run("У Альфі партизани підірвали автомобіль окупаційного чиновника.", [("Альфі", "gn:10")])
    assert not of_type(car, "demolition")
    assert ("gn:10", "UA", "asserted") in keys(car, "partisan_attack")


def test_a_ruined_town_is_not_a_blown_bridge() -> None:
    claims = run("У Альфі тривають бої, місто практично зруйноване.", [("Альфі", "gn:10")])
    assert not of_type(claims, "demolition")


def test_forces_concentrated_but_not_efforts() -> None:
    troops = run("Ворог зосередив біля Альфи до двадцяти батальйонних тактичних груп.", [("Альфи", "gn:10")])
    assert of_type(troops, "reinforcement")
    efforts = run("ЗСУ зосередилися на обороні Альфи.", [("Альфи", "gn:10")])
    assert not of_type(efforts, "reinforcement")


def test_backup_power_is_not_a_reserve() -> None:
    claims = run("Лікарня в Альфі перейшла на резервне живлення.", [("Альфі", "gn:10")])
    assert not of_type(claims, "reinforcement")


def test_boiler_house_is_not_a_pocket() -> None:
    claims = run("Снаряд влучив у котельню в Альфі.", [("Альфі", "gn:10")])
    assert not of_type(claims, "encirclement")
    assert of_type(claims, "strike")


@pytest.mark.parametrize(
    "text",
    [
        "Наступ ЗСУ створює загрозу оточення для російського угруповання в Альфі.",
        "Російському угрупованню в Альфі загрожує оточення.",
        "Російські війська в Альфі перебувають під загрозою оточення.",
    ],
)
def test_threat_of_encirclement_is_a_ukrainian_prediction(text: str) -> None:
    claims = run(text, [("Альфі", "gn:10")])
    assert keys(claims, "encirclement") == {("gn:10", "UA", "predicted")}


# ----------------------------------------------------------------------- civilians, evacuation, politics


def test_welcome_is_toward_ukrainian_troops_protest_against_occupiers() -> None:
    welcome = run("Мешканці Альфи зустрічали військових з квітами.", [("Альфи", "gn:10")])
    assert ("gn:10", "UA", "asserted") in keys(welcome, "civilian_reaction")
    protest = run("У Альфі відбувся мітинг, люди вийшли на площу.", [("Альфі", "gn:10")])
    assert ("gn:10", "RU", "asserted") in keys(protest, "civilian_reaction")


def test_april_is_not_flowers() -> None:
    claims = run("Окупанти зайшли в Альфу ще в середині квітня.", [("Альфу", "gn:10")])
    assert not of_type(claims, "civilian_reaction")


def test_residents_role_does_not_swallow_their_town() -> None:
    claims = run("Мешканці Альфи розповіли, що росіяни підірвали міст.", [("Альфи", "gn:10")])
    demolition = of_type(claims, "demolition")
    assert demolition and demolition[0].place is not None and demolition[0].place.place_id == "gn:10"
    assert demolition[0].source.kind == "local_resident"
    assert demolition[0].evidence_kind == "eyewitness"


def test_evacuation_not_planned_is_negated() -> None:
    claims = run("Евакуація з Альфи поки не планується.", [("Альфи", "gn:10")])
    assert keys(claims, "evacuation") == {("gn:10", None, "negated")}


def test_annexation_to_be_signed_is_predicted() -> None:
    claims = run("У п'ятницю в Москві підпишуть договори про «приєднання» Альфи.", [("Альфи", "gn:10")])
    political = of_type(claims, "political")
    assert political and all(c.modality == "predicted" for c in political)


# ----------------------------------------------------------------------------- modality and sources


@pytest.mark.parametrize(
    "text",
    [
        "За неперевіреною інформацією, ЗСУ вже зайшли в Альфу.",
        "ЗСУ, мовляв, уже зайшли в Альфу.",
        "ЗСУ, найімовірніше, вже зайшли в Альфу.",
    ],
)
def test_hedges(text: str) -> None:
    claims = run(text, [("Альфу", "gn:10")])
    assert keys(claims, "advance") == {("gn:10", "UA", "hedged")}


def test_no_injured_does_not_negate_the_strike() -> None:
    claims = run("Окупанти обстріляли Альфу, постраждалих немає.", [("Альфу", "gn:10")])
    assert keys(claims, "strike") == {("gn:10", "RU", "asserted")}


def test_addressee_of_a_statement_is_not_its_source() -> None:
    claims = run(
        "Командир роти розповів журналістам, що росіяни підірвали міст біля Альфи.", [("Альфи", "gn:10")]
    )
    demolition = of_type(claims, "demolition")
    assert demolition and demolition[0].source.kind == "military"


def test_his_words_carry_the_speaker_on() -> None:
    claims = run(
        "Олег Синєгубов повідомив про обстріл Бети. За його словами, окупанти також обстріляли Альфу.",
        [("Альфу", "gn:10"), ("Бети", "gn:11")],
    )
    strike = [c for c in of_type(claims, "strike") if c.place and c.place.place_id == "gn:10"]
    assert strike and strike[0].source.kind == "governor"


def test_every_uk_cue_list_compiles() -> None:
    lexicon = load_lexicon("uk")
    assert lexicon is not None
    for cues in [*lexicon.events.values(), *lexicon.roles.values(), *lexicon.trigger_sides.values()]:
        assert cues  # a list that compiles to nothing would silently match nothing


def test_channel_question_about_the_next_town_is_predicted() -> None:
    claims = run("Бета наша! Альфа наступна??", [ALPHA, ("Бета", "gn:11")])
    assert keys(claims, "control_change") == {("gn:11", "UA", "asserted"), ("gn:10", "UA", "predicted")}


def test_restored_power_supply_is_not_a_supply_line() -> None:
    claims = run("Після удару по Альфі енергетики відновили постачання електроенергії.", [("Альфі", "gn:10")])
    assert not of_type(claims, "supply_line")
    troops = run("Через Альфу йде постачання російського угруповання.", [("Альфу", "gn:10")])
    assert of_type(troops, "supply_line")


def test_geolocated_video_names_the_side_it_shows() -> None:
    claims = run(
        "Ще одне відео, геолоковане волонтерами в Альфі, показує українську бронетехніку біля школи.",
        [("Альфі", "gn:10")],
    )
    assert ("gn:10", "UA", "asserted") in keys(claims, "media_geolocated")
    assert all(c.evidence_kind == "visual" for c in claims)
