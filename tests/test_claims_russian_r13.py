"""Russian grammar of round 13 (RU). The sentences are written for these tests; places get made-up ids.

- The perfective future ("начнётся", "продолжатся", "возьмут") is a prediction (``future_grammeme:
  futr``); a verb with a present reading ("атакуют", "эвакуируют") stays present. An event noun takes
  the tense of its verb also across a parenthetical in commas ("Удары по A, вероятно, продолжатся",
  claims.yaml ``parenthetical``).
- "по данным украинских военных, идут бои": the verb has the event noun as its subject, and a forces
  word in no nominative is no subject, so the teller is no fighter (``russian.event_noun_subject``,
  ``russian.never_nominative``).
- Aspect pairs: pymorphy3 lemmatises each aspect to itself, so both members are cues ("поражали",
  "накрывали", "проникают", "углубляются", "перекрывают", "накопил").
- Verbal nouns: "установление контроля над A" (capture), "уход войск из A" (withdrawal), "атака
  вражеского дрона" (strike) with attributes between.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement

TOWN = "gn:1"


def keys(text: str, name: str) -> set[ClaimKey]:
    return claim_keys(extract_checked(text, "ru", [settlement(name, 1)]))


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "Обстрелы Ольховки, скорее всего, усилятся к зиме.",
            "Ольховки",
            ("strike", TOWN, None, "predicted"),
        ),
        (
            "Штурм Ольховки, по прогнозам военных экспертов, начнётся уже весной.",
            "Ольховки",
            ("fighting", TOWN, None, "predicted"),
        ),
        (
            "Бои за Ольховку продолжатся ещё несколько недель.",
            "Ольховку",
            ("fighting", TOWN, None, "predicted"),
        ),
    ],
)
def test_perfective_future_is_predicted(text: str, name: str, key: ClaimKey) -> None:
    assert key in keys(text, name)


def test_present_reading_stays_asserted() -> None:
    # "атакуют" is both a present (impf) and a future (perf): not a prediction
    found = keys("Российские штурмовики атакуют Ольховку с трёх сторон.", "Ольховку")
    assert all(k[3] != "predicted" for k in found)
    assert found


def test_parenthetical_without_future_stays_asserted() -> None:
    found = keys("Обстрелы Ольховки, по словам главы общины, не прекращаются.", "Ольховки")
    assert all(k[3] != "predicted" for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "У Ольховки, по сведениям украинских военных, продолжаются бои.",
        "По информации российских военных, в Ольховке идут ожесточённые бои.",
    ],
)
def test_teller_of_fighting_is_no_fighter(text: str) -> None:
    assert ("fighting", TOWN, None, "asserted") in keys(text, "Ольховк" + text.split("Ольховк")[1][:1])


def test_dropped_subject_after_teller_keeps_the_side() -> None:
    # the verb has no subject of its own: the speaker's side does it
    found = keys("Украинские военные сообщили, что отбили три атаки у Ольховки.", "Ольховки")
    assert ("fighting", TOWN, "UA", "asserted") in found


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Склады в Ольховке поражали уже несколько раз.", "Ольховке", ("strike", TOWN, None, "asserted")),
        ("Всю ночь вражеская артиллерия накрывала Ольховку.", "Ольховку", ("strike", TOWN, "UA", "asserted")),
        ("Российские разведгруппы проникают в Ольховку.", "Ольховку", ("advance", TOWN, "RU", "asserted")),
        ("Украинские подразделения углубляются в Ольховку.", "Ольховку", ("advance", TOWN, "UA", "asserted")),
        ("Противник накопил резервы у Ольховки.", "Ольховки", ("reinforcement", TOWN, "UA", "asserted")),
    ],
)
def test_both_members_of_an_aspect_pair(text: str, name: str, key: ClaimKey) -> None:
    assert key in keys(text, name)


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "Минобороны России отчиталось об установлении контроля над Ольховкой.",
            "Ольховкой",
            ("control_change", TOWN, "RU", "asserted"),
        ),
        (
            "Уход российских войск из Ольховки подтвердили местные жители.",
            "Ольховки",
            ("withdrawal", TOWN, "RU", "asserted"),
        ),
        (
            "При атаке украинского ударного беспилотника в Ольховке повреждён магазин.",
            "Ольховке",
            ("strike", TOWN, "UA", "asserted"),
        ),
    ],
)
def test_verbal_nouns(text: str, name: str, key: ClaimKey) -> None:
    assert key in keys(text, name)


def test_care_is_no_withdrawal() -> None:
    found = keys("Волонтёры в Ольховке обеспечивают уход за ранеными.", "Ольховке")
    assert not any(k[0] == "withdrawal" for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "Z-блогеры пишут, что штурмовики зашли в Ольховку, однако проверить это мы не можем.",
        "Российские паблики сообщали об отходе ВСУ из Ольховки, но подтверждений этому мы так и не нашли.",
        "Мы пока не видим подтверждений того, что российские войска заняли Ольховку.",
    ],
)
def test_unconfirmed_in_free_word_order_is_hedged(text: str) -> None:
    found = keys(text, "Ольховк" + text.split("Ольховк")[1][:1])
    assert found
    assert all(k[3] == "hedged" for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ролик мы сопоставили с картами местности: он снят у школы в Ольховке.",
        "Мы проверили видео — оно снято на окраине Ольховки.",
    ],
)
def test_newsroom_we_takes_no_side(text: str) -> None:
    found = keys(text, "Ольховк" + text.split("Ольховк")[1][:1])
    assert ("media_geolocated", TOWN, None, "asserted") in found


def test_our_forces_we_keeps_the_side() -> None:
    # the speaker's "мы" that fights is still the speaker's side (the channel default: RU)
    found = keys("Сегодня мы выбили противника из Ольховки.", "Ольховки")
    assert ("control_change", TOWN, "RU", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Следующей целью украинских бригад станет Ольховка.",
        "Военкоры уверены, что следующей целью может стать Ольховка.",
    ],
)
def test_next_objective_in_the_instrumental(text: str) -> None:
    # "Next: X": a predicted advance toward X (X in places_to, place null)
    found = keys(text, "Ольховка")
    assert any(k[0] == "advance" and k[1] is None and k[3] == "predicted" for k in found)


def test_fighting_object_first() -> None:
    assert ("fighting", TOWN, None, "asserted") in keys("За Ольховку дрались всю зиму.", "Ольховку")


def test_side_in_participle_apposition_is_no_actor() -> None:
    found = keys(
        "Мэр Ольховки, поставленный оккупационными властями России, заявил, что ночью город обстреляли.",
        "Ольховки",
    )
    assert ("strike", TOWN, None, "asserted") in found


def test_participle_phrase_with_the_trigger_keeps_its_agent() -> None:
    found = keys("Мост у Ольховки, разрушенный российской ракетой, восстановят к лету.", "Ольховки")
    assert not any(k[0] == "strike" and k[2] == "UA" for k in found)
