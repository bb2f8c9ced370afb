"""Round 4, precision: sentences the extractor read as claims although they assert nothing checkable,
and modality cues that reached past what they are about. Each class is probed in several languages,
with sentences where the rule must apply and sentences where it must not.

1. A move or a political act with neither a place, an actor side nor a figure is commentary.
2. A question opened by an interrogative word asserts nothing; one without ("A next?") is a prediction.
3. A verb whose clause holds an area figure took an area: the settlement there is no place taken.
4. An event negated inside a condition ("if reserves do not arrive") is claimed in no modality.
5. A negator that is part of a hedge ("could not be independently verified") does not negate.
6. A denial after the trigger that opens its own complement clause denies that clause, not the trigger.
7. An event word that is an attribute of a unit ("assault teams", "диверсійні групи") names the unit.
8. A relative clause in which someone labels what was told ("what Kyiv calls a deportation") is no
   event of its own, and the speaker's capital named there is no place.
9. A hedge in a subordinate clause after the trigger ("..., as Russian forces reportedly pushed") is
   about that clause, not the trigger.

Place mentions are built by hand (the places stage is tested elsewhere); the sentences are our own.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, PlaceSpec, claim_keys, extract_checked, settlement
from frontwatch.model import Claim


def types(claims: list[Claim]) -> set[str]:
    return {c.event_type for c in claims}


# ----------------------------------------------------------- 1. no place and no side: background

UNANCHORED: list[tuple[str, str, str]] = [
    ("uk", "Темп наступу останніми тижнями дещо сповільнився.", "advance"),
    ("ru", "Темп наступления в последние недели замедлился.", "advance"),
    ("en", "The retreat was orderly, the officer said.", "withdrawal"),
    ("ru", "Отход, по словам военных, прошёл организованно.", "withdrawal"),
    ("en", "The referendum was widely dismissed as a sham.", "political"),
]

ANCHORED: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "uk",
        "Темп наступу на Покровськ останніми тижнями дещо сповільнився.",
        [settlement("Покровськ", 1)],
        ("advance", None, None, "asserted"),
    ),
    (
        "en",
        "The Russian retreat was orderly, the officer said.",
        [],
        ("withdrawal", None, "RU", "asserted"),
    ),
    (
        "en",
        "The referendum in Kherson was widely dismissed as a sham.",
        [settlement("Kherson", 1)],
        ("political", "gn:1", None, "asserted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), UNANCHORED)
def test_move_without_place_or_side_is_commentary(lang: str, text: str, event_type: str) -> None:
    assert event_type not in types(extract_checked(text, lang, []))


@pytest.mark.parametrize(("lang", "text", "places", "expected"), ANCHORED)
def test_move_with_a_place_or_side_stays(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    claims = extract_checked(text, lang, places)
    if expected[1] is None and places:
        # "toward A": the place is the objective, the claim has no place of its own
        assert any(c.event_type == expected[0] and c.places_to for c in claims)
    else:
        assert expected in claim_keys(claims)


def test_agentless_strike_and_evacuation_stay_without_place() -> None:
    # The guidelines keep them agentless ("positions were shelled", "the evacuation continues").
    claims = extract_checked("Volunteers say the evacuation continues despite the shelling.", "en", [])
    assert "evacuation" in types(claims)


def test_withdrawal_with_a_figure_and_no_place_stays() -> None:
    claims = extract_checked(
        "About 12,000 troops were withdrawn across the river, the ministry said.", "en", []
    )
    assert "withdrawal" in types(claims)


# ----------------------------------------------------------------------------- 2. questions

QUESTIONS: list[tuple[str, str, PlaceSpec]] = [
    ("de", "Wer kontrolliert Pokrowsk inzwischen?", settlement("Pokrowsk", 1)),
    ("en", "Who actually holds Kupiansk now?", settlement("Kupiansk", 1)),
    ("uk", "Хто насправді контролює Покровськ?", settlement("Покровськ", 1)),
    ("ru", "А кто сейчас удерживает Купянск?", settlement("Купянск", 1)),
    ("de", "Wie werden die Truppen in Pokrowsk versorgt?", settlement("Pokrowsk", 1)),
]


@pytest.mark.parametrize(("lang", "text", "place"), QUESTIONS)
def test_question_with_interrogative_word_asserts_nothing(lang: str, text: str, place: PlaceSpec) -> None:
    assert extract_checked(text, lang, [place]) == []


def test_question_without_interrogative_word_stays_a_prediction() -> None:
    claims = extract_checked(
        "Ukrainian troops liberated Balakliia. Izium next?",
        "en",
        [
            settlement("Balakliia", 1),
            settlement("Izium", 2),
        ],
    )
    assert any(
        c.place is not None and c.place.place_id == "gn:2" and c.modality == "predicted" for c in claims
    )


def test_statement_with_interrogative_word_is_no_question() -> None:
    claims = extract_checked(
        "Where the road to Kupiansk crosses the river, Russian troops shelled the bridge.",
        "en",
        [settlement("Kupiansk", 1)],
    )
    assert "strike" in types(claims)


# ------------------------------------------------------------ 3. an area figure in the clause

AREA_CLAUSES: list[tuple[str, str, PlaceSpec]] = [
    ("de", "Im Raum Bachmut wurden seit Juni rund 40 Quadratkilometer befreit.", settlement("Bachmut", 1)),
    (
        "en",
        "Ukrainian troops have liberated about 40 square kilometres around Bakhmut.",
        settlement("Bakhmut", 1),
    ),
    ("uk", "Під Бахмутом Сили оборони звільнили понад 30 квадратних кілометрів.", settlement("Бахмутом", 1)),
    ("ru", "В районе Бахмута ВСУ заняли около 30 квадратных километров.", settlement("Бахмута", 1)),
]


@pytest.mark.parametrize(("lang", "text", "place"), AREA_CLAUSES)
def test_area_figure_takes_the_verb(lang: str, text: str, place: PlaceSpec) -> None:
    claims = extract_checked(text, lang, [place])
    assert "area_claim" in types(claims)
    assert "control_change" not in types(claims)


def test_settlement_taken_in_another_clause_than_the_area_stays() -> None:
    claims = extract_checked(
        "Ukrainian troops liberated Klishchiivka on Sunday, and since June they have retaken about 40 "
        "square kilometres in the area.",
        "en",
        [settlement("Klishchiivka", 1)],
    )
    assert ("control_change", "gn:1", "UA", "asserted") in claim_keys(claims)


# ------------------------------------------------------------- 4. a negated condition

NEGATED_CONDITIONS: list[tuple[str, str, PlaceSpec, str, ClaimKey]] = [
    (
        "en",
        "If the command does not bring up reserves, the garrison of Lyman could be encircled.",
        settlement("Lyman", 1),
        "reinforcement",
        ("encirclement", "gn:1", None, "conditional"),
    ),
    (
        "ru",
        "Если резервы не подойдут, гарнизон Лимана может оказаться в окружении.",
        settlement("Лимана", 1),
        "reinforcement",
        ("encirclement", "gn:1", None, "conditional"),
    ),
    (
        "en",
        "A blogger warned that if the garrison did not pull out, Lyman would be lost within days.",
        settlement("Lyman", 1),
        "withdrawal",
        ("control_change", "gn:1", None, "conditional"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "place", "absent", "kept"), NEGATED_CONDITIONS)
def test_event_negated_in_a_condition_is_no_claim(
    lang: str, text: str, place: PlaceSpec, absent: str, kept: ClaimKey
) -> None:
    claims = extract_checked(text, lang, [place])
    assert absent not in types(claims)
    assert kept[0] in types(claims)


def test_leaving_a_named_place_on_a_negated_condition_stays_conditional() -> None:
    claims = extract_checked(
        "If the garrison does not withdraw from Lyman, it will be encircled.", "en", [settlement("Lyman", 1)]
    )
    assert any(c.event_type == "withdrawal" and c.modality == "conditional" for c in claims)


def test_event_in_a_positive_condition_stays_conditional() -> None:
    claims = extract_checked(
        "If the garrison pulls out of Lyman, the town would be lost within days.",
        "en",
        [settlement("Lyman", 1)],
    )
    assert any(c.event_type == "withdrawal" and c.modality == "conditional" for c in claims)


# ------------------------------------------------------------- 5. a negator inside a hedge

UNVERIFIED: list[tuple[str, str, PlaceSpec]] = [
    (
        "uk",
        "Російські блогери пишуть, що їхні війська вже зайшли до Гродівки, проте ці дані не вдалося "
        "незалежно перевірити.",
        settlement("Гродівки", 1),
    ),
    (
        "ru",
        "Российские блогеры утверждают, что их войска вошли в Гродовку, однако эти данные не удалось "
        "независимо проверить.",
        settlement("Гродовку", 1),
    ),
    (
        "en",
        "Russian bloggers claim their troops entered Hrodivka, but this could not be independently verified.",
        settlement("Hrodivka", 1),
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), UNVERIFIED)
def test_unverified_is_a_hedge_not_a_negation(lang: str, text: str, place: PlaceSpec) -> None:
    claims = extract_checked(text, lang, [place])
    assert ("advance", "gn:1", "RU", "hedged") in claim_keys(claims)


def test_plain_negation_next_to_the_trigger_still_negates() -> None:
    claims = extract_checked(
        "Ukrainian troops did not enter Hrodivka, the spokesman said.", "en", [settlement("Hrodivka", 1)]
    )
    assert any(c.event_type == "advance" and c.modality == "negated" for c in claims)


# ------------------------------------------------- 6. a denial with a complement of its own

LATER_DENIALS: list[tuple[str, str, PlaceSpec]] = [
    (
        "en",
        "The official said fighting was continuing on the southern edge of Robotyne and denied that the "
        "village had been lost.",
        settlement("Robotyne", 1),
    ),
    (
        "de",
        "Der Sprecher sagte, bei Robotyne werde weiter gekämpft, und bestritt, dass das Dorf verloren "
        "gegangen sei.",
        settlement("Robotyne", 1),
    ),
    (
        "ru",
        "Рогов сообщил, что бои у Работино продолжаются, и опроверг, что село было потеряно.",
        settlement("Работино", 1),
    ),
]


@pytest.mark.parametrize(("lang", "text", "place"), LATER_DENIALS)
def test_denial_of_a_later_complement_leaves_the_earlier_claim(
    lang: str, text: str, place: PlaceSpec
) -> None:
    claims = extract_checked(text, lang, [place])
    fights = [c for c in claims if c.event_type == "fighting"]
    assert fights
    assert all(c.modality == "asserted" for c in fights)


def test_denial_before_the_trigger_still_negates() -> None:
    claims = extract_checked(
        "Kyiv denied that Russian troops had entered Hrodivka overnight.", "en", [settlement("Hrodivka", 1)]
    )
    assert any(c.event_type == "advance" and c.modality == "negated" for c in claims)


def test_reply_denial_after_the_trigger_still_answers_it() -> None:
    claims = extract_checked(
        "Kyiv said fighting was continuing near Robotyne, which Moscow denied.",
        "en",
        [settlement("Robotyne", 1)],
    )
    assert {c.modality for c in claims if c.event_type == "fighting"} == {"asserted", "negated"}


# ------------------------------------------------------------- 7. an event word naming a unit

UNIT_ATTRIBUTES: list[tuple[str, str, PlaceSpec, str, ClaimKey]] = [
    (
        "en",
        "Small Russian assault teams have advanced into the eastern district of Avdiivka.",
        settlement("Avdiivka", 1),
        "fighting",
        ("advance", "gn:1", "RU", "asserted"),
    ),
    (
        "ru",
        "Российские диверсионные группы просочились на окраины Кучерова Яра.",
        settlement("Кучерова Яра", 1),
        "partisan_attack",
        ("advance", "gn:1", "RU", "asserted"),
    ),
    (
        "uk",
        "Російські диверсійні групи просочилися на околиці Кучерового Яру.",
        settlement("Кучерового Яру", 1),
        "partisan_attack",
        ("advance", "gn:1", "RU", "asserted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "place", "absent", "kept"), UNIT_ATTRIBUTES)
def test_event_word_naming_a_unit_is_no_event(
    lang: str, text: str, place: PlaceSpec, absent: str, kept: ClaimKey
) -> None:
    claims = extract_checked(text, lang, [place])
    assert absent not in types(claims)
    assert kept in claim_keys(claims)


def test_event_noun_of_its_own_stays() -> None:
    claims = extract_checked(
        "A Russian assault on Terny was repelled overnight.", "en", [settlement("Terny", 1)]
    )
    assert "fighting" in types(claims)


# ------------------------------------------------------------- 8. a label in a relative clause

LABELS: list[tuple[str, str, list[PlaceSpec]]] = [
    (
        "de",
        "Die Besatzer brachten die Bewohner von Oleschky auf die Krim – was Kyjiw als Deportation "
        "bezeichnet.",
        [settlement("Oleschky", 1), settlement("Kyjiw", 2)],
    ),
    (
        "uk",
        "Окупаційна влада вивезла дітей з Олешок до Криму, що в Києві називають примусовою депортацією.",
        [settlement("Олешок", 1), settlement("Києві", 2)],
    ),
    (
        "ru",
        "Оккупационные власти вывезли жителей Алешек в Крым, что в Киеве называют депортацией.",
        [settlement("Алешек", 1), settlement("Киеве", 2)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "places"), LABELS)
def test_label_in_a_relative_clause_is_no_event(lang: str, text: str, places: list[PlaceSpec]) -> None:
    claims = extract_checked(text, lang, places)
    assert all(c.place is None or c.place.place_id != "gn:2" for c in claims)
    assert len([c for c in claims if c.event_type == "evacuation"]) <= 1


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Die Besatzer begannen mit der Deportation der Bewohner von Oleschky.",
            settlement("Oleschky", 1),
        ),
        ("uk", "Окупанти почали депортацію мешканців Олешок до Криму.", settlement("Олешок", 1)),
    ],
)
def test_event_noun_outside_a_label_stays(lang: str, text: str, place: PlaceSpec) -> None:
    assert ("evacuation", "gn:1", "RU", "asserted") in claim_keys(extract_checked(text, lang, [place]))


# ------------------------------------------------------- 9. a hedge in a later subordinate clause


def test_hedge_in_a_later_subordinate_clause_is_not_the_triggers() -> None:
    claims = extract_checked(
        "The governor ordered the evacuation of Kupiansk on Monday, as Russian troops reportedly "
        "pushed to the river further south.",
        "en",
        [settlement("Kupiansk", 1)],
    )
    assert {c.modality for c in claims if c.event_type == "evacuation"} == {"asserted"}


def test_hedge_before_the_subordinator_still_hedges() -> None:
    claims = extract_checked(
        "The governor reportedly ordered the evacuation of Kupiansk, as Russian troops pushed south.",
        "en",
        [settlement("Kupiansk", 1)],
    )
    assert {c.modality for c in claims if c.event_type == "evacuation"} == {"hedged"}


def test_hedge_of_a_subordinate_event_stays_with_it() -> None:
    claims = extract_checked(
        "Ukrainian forces withdrew from Kupiansk after the town was reportedly encircled.",
        "en",
        [settlement("Kupiansk", 1)],
    )
    assert ("withdrawal", "gn:1", "UA", "asserted") in claim_keys(claims)
    assert any(c.event_type == "encirclement" and c.modality == "hedged" for c in claims)
