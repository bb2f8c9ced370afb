"""Russian grammar of round 12 (W2-RU). The sentences are written for these tests; places get made-up ids.

- The doer of a passive in the instrumental (``russian.instrumental_agent``): a side adjective whose
  first parse is the genitive ("обстреляна российской артиллерией"), a genitive side after an
  instrumental head ("артиллерией ВСУ"), an abbreviation without case after the short participle
  ("обстреляна ВСУ"); not after a preposition ("над российскими позициями"); "со стороны ВСУ" after a
  passive or a strike noun names the doer too.
- Verb-subject order in a subordinate clause whose object leads ("пока её не освободили ВСУ"): the
  subject after the verb, not the side of the main clause (``sides._subject_after_verb``).
- The verbal noun "занятие" with its genitive object is a capture; "занятия" (lessons) are not.
- Reflexive passives of imperfective verbs: "штурмуется", "бомбится", "накапливаются", "отселяются".
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
            "Ночью Берёзовка была обстреляна российской артиллерией.",
            "Берёзовка",
            ("strike", TOWN, "RU", "asserted"),
        ),
        ("Окраины Берёзовки обстреляны вражеской авиацией.", "Берёзовки", ("strike", TOWN, "UA", "asserted")),
        ("Берёзовка обстреляна артиллерией ВСУ.", "Берёзовка", ("strike", TOWN, "UA", "asserted")),
        ("Берёзовка атакована дронами противника.", "Берёзовка", ("strike", TOWN, "UA", "asserted")),
        ("Утром Берёзовка вновь обстреляна ВСУ.", "Берёзовка", ("strike", TOWN, "UA", "asserted")),
        ("Берёзовка подверглась обстрелу со стороны ВСУ.", "Берёзовка", ("strike", TOWN, "UA", "asserted")),
        (
            "Берёзовка была обстреляна со стороны российских войск.",
            "Берёзовка",
            ("strike", TOWN, "RU", "asserted"),
        ),
    ],
)
def test_passive_doer_in_instrumental(text: str, name: str, key: ClaimKey) -> None:
    assert key in keys(text, name)


def test_instrumental_after_preposition_is_no_doer() -> None:
    found = keys("Над российскими позициями у Берёзовки сбит беспилотник.", "Берёзовки")
    assert ("strike", TOWN, "RU", "asserted") not in found


def test_weapon_name_after_instrumental_is_no_owner() -> None:
    # "ракетами HIMARS": the name is the instrument's apposition; a passive names nobody who fired
    found = keys("Сегодня ракетами HIMARS был нанесён удар по Берёзовке.", "Берёзовке")
    assert ("strike", TOWN, None, "asserted") in found


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "Берёзовка два года была под российской оккупацией, пока её не освободили ВСУ.",
            "Берёзовка",
            ("control_change", TOWN, "UA", "asserted"),
        ),
        (
            "Берёзовка оставалась под контролем ВСУ, пока её не заняли российские войска.",
            "Берёзовка",
            ("control_change", TOWN, "RU", "asserted"),
        ),
        (
            "Украинские бойцы держали Берёзовку полгода, пока её не взяли российские штурмовики.",
            "Берёзовку",
            ("control_change", TOWN, "RU", "asserted"),
        ),
    ],
)
def test_subject_after_verb_in_subordinate_clause(text: str, name: str, key: ClaimKey) -> None:
    assert key in keys(text, name)


def test_object_after_verb_is_no_subject() -> None:
    # nothing before the verb of the reported clause: the side after it is its object, not its subject
    found = keys("Российские войска сообщили, что заняли украинские позиции у Берёзовки.", "Берёзовки")
    assert ("control_change", TOWN, "UA", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "Минобороны России сообщило о занятии Берёзовки.",
            "Берёзовки",
            ("control_change", TOWN, "RU", "asserted"),
        ),
        ("Занятие села Берёзовка прошло без боя.", "Берёзовка", ("control_change", TOWN, None, "asserted")),
    ],
)
def test_verbal_noun_zanyatie(text: str, name: str, key: ClaimKey) -> None:
    assert key in keys(text, name)


def test_lessons_are_no_capture() -> None:
    assert not keys("Школа в Берёзовке возобновила занятия после каникул.", "Берёзовке")


@pytest.mark.parametrize(
    ("text", "name", "event_type"),
    [
        ("Берёзовка штурмуется с трёх сторон.", "Берёзовка", "fighting"),
        ("Берёзовка штурмовалась несколько недель.", "Берёзовка", "fighting"),
        ("Берёзовка бомбится каждый день.", "Берёзовка", "strike"),
        ("У Берёзовки накапливаются российские войска.", "Берёзовки", "reinforcement"),
        ("Из Берёзовки отселяются жители.", "Берёзовки", "evacuation"),
    ],
)
def test_reflexive_passive(text: str, name: str, event_type: str) -> None:
    assert any(key[0] == event_type and key[1] == TOWN for key in keys(text, name))
