"""Probes for the round-11 actor-side and speaker rules (claims/sides.py ``_in_according_phrase``,
claims/sources.py ``speaker_persons``, claims/speakers.py ``_person_speaker``, the en residents cue).

- a side word inside an "according to" phrase, or right after it as its teller ("nach ukrainischen
  Angaben", "по украинским данным", "за російськими даними", "laut Angaben des russischen
  Militärs"), names who tells, not who acts: a liberation keeps the verb's side, a capture in an
  agentless passive does not take the other side;
- soldiers and officers with no side word, as the subject of a verb of saying (also past a relative
  clause, a unit or a place phrase), are military speakers who tell what they saw (eyewitness);
  as actors they stay actors;
- "residents are asked not to ..." are addressed, not speaking.

The sentences are written for these tests, in several languages, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_checked, settlement


def _claims(text: str, lang: str, name: str):  # type: ignore[no-untyped-def]
    return extract_checked(text, lang, [settlement(name, 1)])


# --- a side word in an "according to" phrase


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Das Dorf Staromajorske wurde nach ukrainischen Angaben befreit.", "Staromajorske"),
        ("de", "Nach ukrainischen Angaben ist Pjatychatky zurückerobert worden.", "Pjatychatky"),
        ("de", "Laut Angaben des ukrainischen Generalstabs wurde Urozhajne befreit.", "Urozhajne"),
        ("ru", "Село Пятихатки, по украинским данным, освобождено.", "Пятихатки"),
        ("uk", "За українськими даними, Урожайне звільнено.", "Урожайне"),
    ],
)
def test_liberation_keeps_its_side_after_according_phrase(lang: str, text: str, name: str) -> None:
    sides = {c.actor_side for c in _claims(text, lang, name) if c.event_type == "control_change"}
    assert sides == {"UA"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Nach russischen Angaben wurde Nowomychajliwka eingenommen.", "Nowomychajliwka"),
        ("uk", "За російськими даними, Новомихайлівку захоплено.", "Новомихайлівку"),
    ],
)
def test_capture_after_according_phrase_is_not_the_other_side(lang: str, text: str, name: str) -> None:
    sides = {c.actor_side for c in _claims(text, lang, name) if c.event_type == "control_change"}
    assert sides and "UA" not in sides


def test_subject_still_acts_beside_according_phrase() -> None:
    # negative probe: the subject of the clause keeps its side; only the teller's side word is dropped
    text = "Russische Truppen haben nach ukrainischen Angaben Nowomychajliwka eingenommen."
    sides = {c.actor_side for c in _claims(text, "de", "Nowomychajliwka") if c.event_type == "control_change"}
    assert sides == {"RU"}


# --- soldiers and officers as speakers


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "uk",
            "Військові, з якими ми поспілкувалися, розповідають, що бої йдуть за кожен будинок у Торецьку.",
            "Торецьку",
        ),
        (
            "uk",
            "Бійці, які тримають позиції біля Часового Яру, кажуть, що росіяни штурмують щодня.",
            "Часового Яру",
        ),
        (
            "ru",
            "Военные, с которыми мы говорили, рассказывают, что бои идут за каждую улицу Торецка.",
            "Торецка",
        ),
        ("en", "Russian units are pressing toward Siversk, Ukrainian officers in the area say.", "Siversk"),
        ("en", "A drone operator who left the town last week said fighting continued in Toretsk.", "Toretsk"),
        ("de", "Soldaten berichten, dass russische Truppen in Torezk vorgedrungen seien.", "Torezk"),
        ("de", "Ein Soldat der 24. Brigade sagte, die Russen hätten Torezk fast eingekreist.", "Torezk"),
    ],
)
def test_soldiers_who_tell_are_military_eyewitnesses(lang: str, text: str, name: str) -> None:
    claims = _claims(text, lang, name)
    assert claims
    for claim in claims:
        assert claim.source is not None and claim.source.kind == "military"
        assert claim.evidence_kind == "eyewitness"


@pytest.mark.parametrize(
    ("lang", "text", "name", "side"),
    [
        ("uk", "Українські військові звільнили Торецьк.", "Торецьк", "UA"),
        ("de", "Russische Soldaten rückten in Torezk ein.", "Torezk", "RU"),
        ("en", "Ukrainian soldiers entered Toretsk on Monday.", "Toretsk", "UA"),
    ],
)
def test_soldiers_who_act_stay_actors(lang: str, text: str, name: str, side: str) -> None:
    claims = _claims(text, lang, name)
    assert claims
    assert {c.actor_side for c in claims} == {side}
    assert all(c.source is None or c.source.kind == "outlet" for c in claims)


# --- residents addressed


def test_residents_asked_are_no_speakers() -> None:
    text = "Residents of Sumy are urged not to leave shelters after the missile strike."
    claims = _claims(text, "en", "Sumy")
    assert claims
    assert all(c.source is None or c.source.kind != "local_resident" for c in claims)


def test_residents_who_tell_still_speak() -> None:
    # negative probe: residents who describe what happened remain local residents
    text = "Residents said a missile strike hit a school in Sumy overnight."
    claims = _claims(text, "en", "Sumy")
    assert any(c.source is not None and c.source.kind == "local_resident" for c in claims)
