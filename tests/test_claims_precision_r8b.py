"""Precision probes of round 8, second wave: denials that dispute only the target of a strike, attacks
that were thrown back, event nouns as the condition of "would", and notes that details are still being
gathered. The sentences are written for these tests (none comes from
a report); places get made-up ids.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey
from claims_helpers import settlement_keys as keys


def negated_strikes(found: set[ClaimKey]) -> set[ClaimKey]:
    return {k for k in found if k[0] == "strike" and k[3] == "negated"}


# --- a denial of what was hit is no denial of the strike (gold/README.md "Round 8 settlement" 6) ---


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # the struck side answers the attacker's account of its own strike, which the report asserts
        (
            "en",
            "A Russian missile hit a school in Izium on Tuesday, killing four teachers. Moscow's defence "
            "ministry said its missiles had struck a command post in Izium. Kyiv called the statement "
            "cynical propaganda.",
            "Izium",
        ),
        (
            "uk",
            "Уранці росіяни вдарили ракетою по Ізюму, загинули четверо вчителів. Міноборони Росії заявило, "
            "що уражено штаб у Ізюмі. Це цинічна брехня, кажуть у ЗСУ.",
            "Ізюм",
        ),
        (
            "de",
            "Eine russische Rakete traf am Dienstag eine Schule in Isjum, vier Lehrer starben. Das russische "
            "Ministerium erklärte, seine Raketen hätten einen Gefechtsstand in Isjum zerstört. Kiew wies "
            "das zurück.",
            "Isjum",
        ),
        # the denial names a kind of target
        ("en", "The port authority denied that military targets in Odesa had been hit.", "Odesa"),
        (
            "de",
            "Der Gouverneur bestritt, dass militärische Objekte in Isjum getroffen worden seien.",
            "Isjum",
        ),
        ("ru", "В районе удара по Харькову не было никаких военных объектов, заявили в ОВА.", "Харькову"),
        ("uk", "У Харкові не було жодних військових об'єктів, удар був по житлових будинках.", "Харкові"),
    ],
)
def test_a_dispute_over_the_target_negates_no_strike(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert negated_strikes(found) == set()


@pytest.mark.parametrize(
    ("lang", "text", "name", "side"),
    [
        # the accused denies the act itself: a negated strike, as before
        ("en", "Russia denied striking the theatre in Mariupol.", "Mariupol", "RU"),
        ("ru", "В Минобороны России отрицают удар по рынку в Херсоне.", "Херсоне", "RU"),
        (
            "en",
            "The Russian-installed mayor claims that Ukrainian drones hit a market in Oleshky. "
            "That is a lie, our forces do not strike civilians, the Ukrainian army said.",
            "Oleshky",
            "UA",
        ),
    ],
)
def test_a_denial_of_the_act_stays_negated(lang: str, text: str, name: str, side: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[1] == "gn:1" and k[2] == side for k in negated_strikes(found))


# --- thrown back after an attack of their own: a failed advance, no retreat (settlement 5) ---


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Утром противник пытался прорваться к Угледару, но его отбросили от окраин.", "Угледару"),
        (
            "ru",
            "Российские войска пытались с ходу взять Изюм, но их колонны были отброшены от города.",
            "Изюм",
        ),
        ("uk", "Окупанти намагалися захопити Часів Яр, але були відкинуті від міста.", "Часів Яр"),
        ("en", "Russian troops attacked Orikhiv on Monday but were beaten back.", "Orikhiv"),
        (
            "de",
            "Russische Einheiten versuchten, Kupjansk einzunehmen, wurden aber zurückgeworfen.",
            "Kupjansk",
        ),
    ],
)
def test_thrown_back_attackers_are_a_failed_advance(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "advance" and k[3] == "negated" for k in found)
    assert not any(k[0] == "withdrawal" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # driven out of a place they held, with no attack of theirs told: a withdrawal
        ("de", "Seit die russischen Truppen aus Isjum zurückgeworfen wurden, ist es ruhig.", "Isjum"),
        ("ru", "Российские войска отошли от Киева.", "Киева"),
        ("en", "Russian troops withdrew from Kherson on Friday.", "Kherson"),
    ],
)
def test_a_retreat_without_an_attack_stays_a_withdrawal(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "withdrawal" and k[3] == "asserted" for k in found)


# --- an event noun as the subject of "would" is the condition ---


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "en",
            "Further Russian gains in the area would threaten the road from Selydove to Kurakhove, one of "
            "the main routes supplying the garrison.",
            ["Selydove", "Kurakhove"],
        ),
        ("en", "Any breakthrough near Siversk would open the road to Sloviansk.", ["Siversk", "Sloviansk"]),
        (
            "de",
            "Weitere russische Geländegewinne würden die Straße nach Kostjantyniwka bedrohen.",
            ["Kostjantyniwka"],
        ),
    ],
)
def test_an_event_noun_before_would_makes_a_condition(lang: str, text: str, names: list[str]) -> None:
    found = keys(text, lang, names)
    assert found and all(k[3] == "conditional" for k in found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russian troops would later capture Bakhmut in May.", "predicted"),
        ("The capture of Bakhmut was confirmed by Wagner.", "asserted"),
    ],
)
def test_would_without_an_event_noun_subject_is_no_condition(text: str, modality: str) -> None:
    found = keys(text, "en", ["Bakhmut"])
    assert any(k[0] == "control_change" and k[3] == modality for k in found)


# --- "details are being gathered" doubts no happening ---


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Днём снова прилетело по Горловке, есть раненые, информация уточняется.", "Горловке"),
        ("uk", "Увечері росіяни обстріляли Нікополь, є поранені, інформація уточнюється.", "Нікополь"),
    ],
)
def test_a_note_that_details_are_pending_does_not_hedge(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "strike" and k[3] == "asserted" for k in found)
    assert not any(k[3] == "hedged" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "По неофициальным данным, днём прилетело по Горловке.", "Горловке"),
        ("uk", "За неофіційними даними, увечері обстріляли Нікополь.", "Нікополь"),
    ],
)
def test_unofficial_information_still_hedges(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "strike" and k[3] == "hedged" for k in found)


# --- clearing mines or rubble is no fight and no retreat ---


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Officials said sappers were still clearing streets and gardens in Trostianets.",
            "Trostianets",
        ),
        ("uk", "У Балаклії сапери досі зачищають поля від мін.", "Балаклії"),
        (
            "de",
            "Zwei Tage nach dem Angriff auf Kramatorsk räumen Bagger noch immer Betonplatten weg.",
            "Kramatorsk",
        ),
        ("ru", "В Изюме сапёры третий день очищают дворы от мин.", "Изюме"),
    ],
)
def test_clearing_work_is_no_fight_and_no_retreat(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert not any(k[0] in ("fighting", "withdrawal") for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "name", "event_type"),
    [
        ("en", "Ukrainian forces continue clearing operations in Kupiansk.", "Kupiansk", "fighting"),
        ("de", "Die russischen Truppen haben Lyman geräumt.", "Lyman", "withdrawal"),
        ("ru", "Российские штурмовые группы зачищают Пески.", "Пески", "fighting"),
    ],
)
def test_clearing_a_town_of_the_enemy_stays_an_event(
    lang: str, text: str, name: str, event_type: str
) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == event_type and k[1] == "gn:1" for k in found)
