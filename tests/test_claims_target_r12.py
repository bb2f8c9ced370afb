"""The actor side of strikes on positions, round 12 (W3D). The sentences are written for these tests;
places get made-up ids.

- The positions, strongpoints, dugouts and trenches a side holds are what a strike hits (ru/uk
  claims.yaml ``target_heads``): the side word on them ("российские позиции", "позиції ЗСУ") is the
  target, the subject of the clause fires; a side word that is the subject still wins.
- ru/uk: a reported clause with no subject of its own right after "заявили, что" / "заявили, що"
  (key ``speaker_self_pronoun``) is the speaker's act, also when the speaker is a bare side word.
- An indeclinable abbreviation after a target noun ("позиції ЗСУ") is a genitive, unless a finite verb
  follows it.
- de: a verb-final reported clause names what was hit before the verb ("..., sie hätten russische
  Stellungen beschossen"): the military speaker's side fired.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_checked, settlement


def strike_sides(text: str, lang: str, name: str) -> set[str | None]:
    return {
        c.actor_side for c in extract_checked(text, lang, [settlement(name, 1)]) if c.event_type == "strike"
    }


@pytest.mark.parametrize(
    ("lang", "text", "name", "side"),
    [
        # the side word on the positions is the target; the subject fires
        ("ru", "Подразделения ВСУ накрыли российские позиции под Горловкой.", "Горловкой", "UA"),
        ("ru", "Украинские военные накрыли опорный пункт российских войск у Ясиноватой.", "Ясиноватой", "UA"),
        ("uk", "ЗСУ обстріляли російські позиції поблизу Горлівки.", "Горлівки", "UA"),
        # negative probes: a side word that is the subject wins over the target
        ("ru", "Российские войска обстреляли позиции ВСУ у Горловки.", "Горловки", "RU"),
        ("ru", "Российская армия нанесла удар по блиндажам ВСУ у Авдеевки.", "Авдеевки", "RU"),
        ("uk", "Російські війська обстріляли позиції ЗСУ біля Горлівки.", "Горлівки", "RU"),
        ("uk", "Після удару по аеродрому ЗСУ обстріляли російські позиції біля Горлівки.", "Горлівки", "UA"),
    ],
)
def test_side_word_on_positions_is_the_target(lang: str, text: str, name: str, side: str) -> None:
    assert strike_sides(text, lang, name) == {side}


@pytest.mark.parametrize(
    ("lang", "text", "name", "side"),
    [
        ("ru", "Минобороны России сообщило, что обстреляло позиции ВСУ у Горловки.", "Горловки", "RU"),
        ("ru", "ВСУ заявили, что обстреляли российские позиции у Горловки.", "Горловки", "UA"),
        ("uk", "ЗСУ повідомили, що обстріляли російські позиції біля Горлівки.", "Горлівки", "UA"),
        ("uk", "Міноборони РФ заявило, що обстріляло позиції ЗСУ біля Горлівки.", "Горлівки", "RU"),
        (
            "de",
            "Die ukrainischen Streitkräfte teilten mit, sie hätten russische Stellungen bei Horliwka "
            "beschossen.",
            "Horliwka",
            "UA",
        ),
        # negative probes: the reported clause has a subject of its own
        ("ru", "ВСУ заявили, что российские войска обстреляли позиции у Горловки.", "Горловки", "RU"),
        (
            "ru",
            "Минобороны России заявило, что ВСУ обстреляли российские позиции у Горловки.",
            "Горловки",
            "UA",
        ),
        ("uk", "Генштаб ЗСУ повідомив, що росіяни обстріляли позиції біля Горлівки.", "Горлівки", "RU"),
    ],
)
def test_reported_clause_without_subject_is_the_speakers(lang: str, text: str, name: str, side: str) -> None:
    assert strike_sides(text, lang, name) == {side}


def test_hit_on_positions_told_by_nobody_names_no_shooter() -> None:
    # negative probe: no speaker of a side, no subject: the side of the target is not the attacker
    assert strike_sides(
        "Russische Stellungen bei Horliwka wurden von einer Explosion getroffen.", "de", "Horliwka"
    ) == {None}


@pytest.mark.parametrize(
    ("lang", "text", "name", "event_type"),
    [
        # an intransitive verb right after "что" has its subject after it: no dropped speaker subject
        (
            "ru",
            "Глава ДНР Денис Пушилин заявил, что погибли четыре человека при обстреле Горловки.",
            "Горловки",
            "strike",
        ),
        # an event noun right after "що" is the subject itself
        ("uk", "Речник угруповання сказав, що бої біля Горлівки тривають.", "Горлівки", "fighting"),
    ],
)
def test_no_dropped_subject_before_noun_or_intransitive(
    lang: str, text: str, name: str, event_type: str
) -> None:
    claims = extract_checked(text, lang, [settlement(name, 1)])
    assert {c.actor_side for c in claims if c.event_type == event_type} == {None}
