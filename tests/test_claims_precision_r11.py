"""Precision probes of round 11: classes of spurious claims, wrong type and wrong modality, each varied
over words, word orders and languages, with negative probes where the rule must not fire. The
sentences are written for these tests; places get made-up ids.

- A bare attack word ("attacked", "Angriff", "атака") next to a strike of its sentence at the same place
  is that strike, not a fight as well; in a report of strikes with no ground action, an attack word
  without a place or at a struck place is one of the strikes. Attacks told as ground action, and
  attack words in a report about the front, stay fighting.
- A negator in a degree or focus phrase ("not for the first time", "nicht zum ersten Mal", "не
  впервые", "не лише", "nicht weniger als 20", "не менше десяти") negates no event; a plain negator
  next to the verb still does. A German object set aside after a comma ("habe Wohnhäuser getroffen,
  nicht die Kaserne") does not negate the verb before it.
- A troop figure that counts people, not a force: a handful of them ("two men were wounded", "drei
  Kämpfer"), or a figure whose clause goes on to tell casualties in any wording of the number
  ("several hundred servicemen had died"). Force estimates stay.
- A party that has not confirmed or reported an event ("has not confirmed the capture of A", "об
  оставлении А не сообщало", "захоплення А не підтверджує", "bestätigte den Treffer nicht") makes
  no claim of it (docs/annotation.md: "has not confirmed" is no claim at all).
"""

from __future__ import annotations

import pytest

from claims_helpers import settlement_keys as keys

TOWN = "gn:1"
OTHER = "gn:2"


# --------------------------------------------------------------------------- attacks that are strikes


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Russia attacked Bilopillia overnight with a dozen strike drones, the mayor said.",
            "Bilopillia",
        ),
        (
            "en",
            "Ukraine has stepped up its attacks on Dzhankoi, hitting depots with drones and missiles.",
            "Dzhankoi",
        ),
        (
            "de",
            "Russland griff Sumy in der Nacht mit Drohnen an, eine Rakete traf ein Wohnhaus.",
            "Sumy",
        ),
        ("ru", "Ночью противник атаковал Шостку, беспилотник попал в котельную.", "Шостку"),
        ("uk", "Ворог атакував Шостку вночі: дрон влучив у котельню.", "Шостку"),
    ],
)
def test_an_attack_beside_a_strike_is_the_strike(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "strike" and k[1] == TOWN for k in found)
    assert not any(k[0] == "fighting" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "uk",
            "Уночі росіяни обстріляли Шостку ракетами. Місто пережило ще одну атаку. "
            "Комунальники розбирають наслідки атаки.",
            ["Шостку"],
        ),
        (
            "ru",
            "Ночью российские ракеты ударили по Шостке. Город пережил очередную атаку.",
            ["Шостке"],
        ),
        (
            "en",
            "Russian missiles hit Bilopillia overnight. The mayor called the attack an act of terror.",
            ["Bilopillia"],
        ),
    ],
)
def test_an_attack_in_a_report_of_strikes_is_no_fight(lang: str, text: str, names: list[str]) -> None:
    found = keys(text, lang, names)
    assert any(k[0] == "strike" for k in found)
    assert not any(k[0] == "fighting" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # ground action elsewhere in the report: the attack may be a ground attack
        (
            "en",
            "Russian artillery shelled Bilopillia. Russian troops attacked near Krasnopillia.",
            ["Bilopillia", "Krasnopillia"],
        ),
        (
            "ru",
            "Российская артиллерия обстреляла Шостку. Под Глуховом продолжаются бои, противник атакует.",
            ["Шостку", "Глуховом"],
        ),
        # an attack told as ground action stays a fight beside the strike
        (
            "en",
            "Russian infantry attacks on Bilopillia continued while artillery shelled the town.",
            ["Bilopillia"],
        ),
    ],
)
def test_attacks_of_a_front_report_stay_fights(lang: str, text: str, names: list[str]) -> None:
    found = keys(text, lang, names)
    assert any(k[0] == "fighting" for k in found)


# --------------------------------------------------------------------------- negators that negate nothing


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Нефтебазу у Шостки обстреливают не впервые.", "Шостки"),
        ("ru", "Шостку уже не раз обстреливали ракетами.", "Шостку"),
        ("uk", "Росіяни обстріляли Шостку не вперше.", "Шостку"),
        ("uk", "Шостку обстрілювали не лише ракетами, а й дронами.", "Шостку"),
        ("uk", "Не менше шести ракет влучили по Шостці.", "Шостці"),
        ("de", "Russische Artillerie hat Sumy nicht zum ersten Mal beschossen.", "Sumy"),
        ("de", "Die russische Armee hat Sumy nicht erstmals beschossen.", "Sumy"),
        ("de", "Nicht weniger als zwölf Raketen trafen Sumy.", "Sumy"),
        ("de", "Die russische Luftwaffe habe Wohnhäuser in Sumy getroffen, nicht die Kaserne.", "Sumy"),
        ("en", "Russian artillery shelled Sumy, and not for the first time.", "Sumy"),
    ],
)
def test_a_degree_or_focus_negator_negates_no_strike(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "strike" and k[1] == TOWN for k in found)
    assert not any(k[3] == "negated" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Российская армия не обстреливала Шостку.", "Шостку"),
        ("uk", "Росіяни не обстрілювали Шостку.", "Шостку"),
        ("de", "Die russische Armee hat Sumy nicht beschossen.", "Sumy"),
    ],
)
def test_a_plain_negator_still_negates(lang: str, text: str, name: str) -> None:
    assert any(k[0] == "strike" and k[3] == "negated" for k in keys(text, lang, [name]))


# --------------------------------------------------------------------------- people counted, not a force


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "In Bilopillia, two men were wounded when a shell hit a private house.", ["Bilopillia"]),
        (
            "en",
            "Russian bloggers claimed that several hundred servicemen had died in Bilopillia.",
            ["Bilopillia"],
        ),
        ("en", "One pit near Bilopillia holds the bodies of 17 soldiers.", ["Bilopillia"]),
        ("de", "Ein Foto zeigt drei Kämpfer, die eine Fahne auf dem Dach in Sumy befestigen.", ["Sumy"]),
        ("uk", "На жаль, є загиблі: двоє військовослужбовців.", []),
    ],
)
def test_people_counted_are_no_force_estimate(lang: str, text: str, names: list[str]) -> None:
    assert not any(k[0] == "force_estimate" for k in keys(text, lang, names))


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Ukrainian commanders estimate that Russia has massed up to 30,000 troops around Bilopillia.",
            "Bilopillia",
        ),
        ("ru", "По нашим оценкам, в Шостке у противника осталось не больше 800 человек.", "Шостке"),
        ("de", "Bei Sumy seien bis zu 3000 russische Soldaten zusammengezogen worden.", "Sumy"),
    ],
)
def test_a_force_estimate_stays(lang: str, text: str, name: str) -> None:
    assert any(k[0] == "force_estimate" for k in keys(text, lang, [name]))


# --------------------------------------------------------------------------- not confirmed, not reported


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Russia's defence ministry has not confirmed the capture of Bilopillia.", "Bilopillia"),
        ("en", "Kyiv did not report the withdrawal from Bilopillia.", "Bilopillia"),
        ("ru", "Российское Минобороны об оставлении Шостки не сообщало.", "Шостки"),
        ("ru", "Украинская сторона захват Шостки не подтвердила.", "Шостки"),
        ("uk", "Генштаб ЗСУ захоплення Шостки не підтверджує.", "Шостки"),
        ("uk", "Про відступ із Шостки росіяни не повідомляли.", "Шостки"),
        ("de", "Die ukrainische Militärführung bestätigte den Treffer in Sumy nicht ausdrücklich.", "Sumy"),
        ("de", "Kiew hat die Einnahme von Sumy bislang nicht bestätigt.", "Sumy"),
    ],
)
def test_an_event_not_confirmed_or_reported_is_no_claim(lang: str, text: str, name: str) -> None:
    assert keys(text, lang, [name]) == set()


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a verb of telling negated before a clause of its own: the event is told
        ("ru", "Генштаб не сообщил, когда войска отошли из Шостки.", "Шостки"),
        ("uk", "Генштаб не повідомив, коли війська відійшли з Шостки.", "Шостки"),
    ],
)
def test_a_claim_beside_a_non_confirmation_stays(lang: str, text: str, name: str) -> None:
    assert any(k[1] == TOWN and k[3] == "asserted" for k in keys(text, lang, [name]))
