"""Who says so, round 8: background sentences stop a carried speaker; more speakers in the sentence.

Probes written for the round-8 source rules (claims/speakers.py ``_is_background``, the
``background_cues`` key and the extended speaker lists of the languages' claims.yaml). Each group has
negative probes where the rule must not fire: an unmarked follow-up sentence still carries its
speaker, a unit that acts is not a speaker, a capital hit by a strike stays a place. Places are
hand-built mentions (claims_helpers) with made-up ids; the tests look at the source only.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, claims_with_evidence, extract_from, settlement

OUTLET = "Evening Courier"


def _source_kinds(lang: str, text: str, places: list[PlaceSpec], evidence_start: str) -> set[str]:
    claims = extract_from(text, lang, places, source=OUTLET)
    return {c.source.kind for c in claims_with_evidence(claims, evidence_start)}


# --- a background sentence after a speaker's is the outlet's -------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "places", "background"),
    [
        (
            "en",
            "Governor Ivan Petrenko said on Monday that Russian shelling hit Orikhiv overnight. "
            "The town had been under fire since March 2022.",
            [settlement("Orikhiv", 1)],
            "The town had been",
        ),
        (
            "en",
            "Russian milbloggers wrote that their troops had entered Robotyne. "
            "Russian forces are likely regrouping near Tokmak.",
            [settlement("Robotyne", 1), settlement("Tokmak", 2)],
            "Russian forces are likely",
        ),
        (
            "de",
            "Russische Militärblogger schreiben, ukrainische Einheiten sollen Robotyne erreicht haben. "
            "Die Einnahme von Robotyne dürfte den Weg nach Tokmak öffnen.",
            [settlement("Robotyne", 1), settlement("Tokmak", 2)],
            "Die Einnahme",
        ),
        (
            "ru",
            "Губернатор Иван Петренко сообщил, что российские войска обстреляли Орехов. "
            "Напомним, Орехов находится под обстрелами с весны 2022 года.",
            [settlement("Орехов", 1)],
            "Напомним",
        ),
        (
            "uk",
            "Голова ОВА Іван Петренко повідомив, що росіяни обстріляли Оріхів. "
            "Нагадаємо, Оріхів перебуває під обстрілами з весни 2022 року.",
            [settlement("Оріхів", 1)],
            "Нагадаємо",
        ),
    ],
)
def test_background_sentence_is_the_outlets(
    lang: str, text: str, places: list[PlaceSpec], background: str
) -> None:
    claims = extract_from(text, lang, places, source=OUTLET)
    first = claims[0]
    assert first.source.kind != "outlet", "the speaker's own sentence must keep its speaker"
    assert {c.source.name for c in claims_with_evidence(claims, background)} == {OUTLET}


def test_unmarked_follow_up_still_carries_the_speaker() -> None:
    # Wire style without background words: the next sentence goes on with the governor's account.
    text = (
        "Governor Ivan Petrenko said on Monday that Russian shelling hit Orikhiv overnight. "
        "Russian guns also hit Huliaipole."
    )
    kinds = _source_kinds("en", text, [settlement("Orikhiv", 1), settlement("Huliaipole", 2)], "Russian guns")
    assert kinds == {"governor"}


def test_speaker_named_in_a_background_sentence_still_speaks() -> None:
    # The background words stop a carried speaker only; one named in the sentence itself speaks.
    text = (
        "Russian milbloggers wrote that their troops had entered Robotyne. "
        "The General Staff said Russian guns had shelled Orikhiv since March 2022."
    )
    kinds = _source_kinds(
        "en", text, [settlement("Robotyne", 1), settlement("Orikhiv", 2)], "The General Staff"
    )
    assert kinds == {"general_staff"}


# --- speakers named in the sentence ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "places", "kind"),
    [
        # a named operational group or Truppengruppe that reports
        (
            "en",
            "Near Stepove the enemy attacked three times and was beaten back, "
            "the Tavria operational-tactical group reported.",
            [settlement("Stepove", 1)],
            "military",
        ),
        (
            "de",
            "Die ukrainische Truppengruppe Tawrija teilte mit, "
            "russische Angriffe bei Stepowe seien abgewehrt worden.",
            [settlement("Stepowe", 1)],
            "military",
        ),
        # a side's military bloggers and war channels
        (
            "uk",
            "Російські мілблогери стверджують, що їхні війська вже зайшли до Роботиного.",
            [settlement("Роботиного", 1)],
            "milblogger",
        ),
        (
            "ru",
            "Российские военные каналы утверждают, что их войска вошли в Работино.",
            [settlement("Работино", 1)],
            "milblogger",
        ),
        # the police speaking as a body after the claim
        (
            "uk",
            "Увечері росіяни скинули авіабомбу на Оріхів, повідомили в поліції.",
            [settlement("Оріхів", 1)],
            "government",
        ),
        # locals who tell; the armed forces as the subject of a verb of saying
        (
            "ru",
            "Местные рассказывают, что российские колонны ушли из Работино ночью.",
            [settlement("Работино", 1)],
            "local_resident",
        ),
        (
            "ru",
            "ВСУ заявили об освобождении Работино.",
            [settlement("Работино", 1)],
            "military",
        ),
    ],
)
def test_speaker_in_the_sentence(lang: str, text: str, places: list[PlaceSpec], kind: str) -> None:
    assert _source_kinds(lang, text, places, text[:12]) == {kind}


def test_local_authorities_are_not_locals() -> None:
    text = "Местные власти сообщили, что российские колонны ушли из Работино ночью."
    assert _source_kinds("ru", text, [settlement("Работино", 1)], text[:12]) == {"government"}


def test_armed_forces_that_act_are_not_the_speaker() -> None:
    # "ВСУ заняли ...": the forces are the subject of the event, the outlet tells it; the side stays.
    claims = extract_from(
        "ВСУ заняли Работино после трёх дней боёв.", "ru", [settlement("Работино", 1)], OUTLET
    )
    assert claims
    assert {c.source.name for c in claims} == {OUTLET}
    assert {c.actor_side for c in claims if c.event_type == "control_change"} == {"UA"}


def test_police_that_arrive_are_not_the_speaker() -> None:
    claims = extract_from(
        "Поліцейські прибули до Оріхова після удару.", "uk", [settlement("Оріхова", 1)], OUTLET
    )
    assert claims
    assert {c.source.name for c in claims} == {OUTLET}


def test_capital_that_contradicts_speaks() -> None:
    text = "Ukrainische Einheiten sollen in Robotyne eingedrungen sein. Kiew widerspricht."
    claims = extract_from(text, "de", [settlement("Robotyne", 1)], OUTLET)
    answer = claims_with_evidence(claims, "Kiew widerspricht")
    assert {(c.source.kind, c.source.side) for c in answer} == {("government", "UA")}
    assert {c.modality for c in answer} == {"negated"}


def test_capital_hit_by_a_strike_is_a_place_not_a_speaker() -> None:
    text = "Russische Raketen trafen in der Nacht Kiew, teilte die Stadtverwaltung mit."
    claims = extract_from(text, "de", [settlement("Kiew", 1)], OUTLET)
    strikes = [c for c in claims if c.event_type == "strike"]
    assert strikes
    assert {c.source.kind for c in strikes} == {"government"}
    assert {c.source.name for c in strikes} != {"Kiew"}
    assert {c.place.place_id for c in strikes if c.place} == {"gn:1"}
