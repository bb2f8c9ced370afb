"""Round-4 probes for the weakest event types (strike, demolition, encirclement, evacuation, supply).

Each test names a general phenomenon and varies it (verbs, word orders, places, several languages),
with negative probes where the rule must not fire. The sentences are written for these tests; place
mentions are built by hand and their ids are arbitrary.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import ClaimKey, PlaceSpec, claim_keys, extract_from, settlement
from frontwatch.model import Claim

KUPIANSK_EN = settlement("Kupiansk", 901)
KUPIANSK_DE = settlement("Kupjansk", 901)
BALAKLIIA_UK = settlement("Балаклії", 902)
KUPIANSK_UK_GEN = settlement("Куп'янська", 901)
KUPIANSK_UK_LOC = settlement("Куп'янську", 901)
KUPIANSK_RU_GEN = settlement("Купянска", 901)


def run(text: str, lang: str, places: list[PlaceSpec], source: str = "Testblatt") -> list[Claim]:
    return extract_from(text, lang, places, source, date(2024, 6, 12))


def types_of(claims: list[Claim]) -> list[str]:
    return [claim.event_type for claim in claims]


# --------------------------------------------------------------------------------------------------
# Explosions heard in a sentence that tells a demolition are the blast of that demolition, not a
# separate strike on the place; alone, explosions at a place are the strike report itself.


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Уночі мешканці Балаклії чули кілька гучних вибухів: окупанти під час відступу підірвали міст.",
            "uk",
            [BALAKLIIA_UK],
        ),
        (
            "Жители слышали несколько мощных взрывов — отступавшие войска взорвали мост у Купянска.",
            "ru",
            [KUPIANSK_RU_GEN],
        ),
        (
            "Residents of Kupiansk heard several explosions as retreating Russian troops blew up the "
            "railway bridge.",
            "en",
            [KUPIANSK_EN],
        ),
        (
            "Anwohner in Kupjansk hörten in der Nacht mehrere Explosionen: Russische Truppen hatten die "
            "Brücke gesprengt.",
            "de",
            [KUPIANSK_DE],
        ),
    ],
)
def test_explosions_heard_at_a_demolition_are_its_blast(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    found = types_of(run(text, lang, places))
    assert "demolition" in found
    assert "strike" not in found


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        ("Уночі в Балаклії лунали вибухи.", "uk", [BALAKLIIA_UK], ("strike", "gn:902", None, "asserted")),
        (
            "Explosions were heard in Kupiansk overnight.",
            "en",
            [KUPIANSK_EN],
            ("strike", "gn:901", None, "asserted"),
        ),
    ],
)
def test_explosions_without_a_demolition_stay_a_strike(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(run(text, lang, places))


# --------------------------------------------------------------------------------------------------
# Shelling named as the cause of another act of the sentence ("because of constant shelling the
# authorities evacuate ...") is the background of that act, not a placeless strike of its own.


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        ("Через постійні обстріли влада евакуює родини з дітьми з Куп'янська.", "uk", [KUPIANSK_UK_GEN]),
        ("Из-за постоянных обстрелов власти вывозят семьи с детьми из Купянска.", "ru", [KUPIANSK_RU_GEN]),
        (
            "Because of constant shelling, authorities are evacuating families from Kupiansk.",
            "en",
            [KUPIANSK_EN],
        ),
        (
            "Wegen des ständigen Beschusses ließen die Behörden Familien aus Kupjansk evakuieren.",
            "de",
            [KUPIANSK_DE],
        ),
    ],
)
def test_shelling_as_the_cause_of_an_evacuation_is_no_strike(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    found = types_of(run(text, lang, places))
    assert "evacuation" in found
    assert "strike" not in found


def test_shelling_as_a_cause_with_no_other_event_stays_a_strike() -> None:
    # "Because of the shelling there is no power in A": nothing else happens, the shelling is the news.
    assert ("strike", "gn:901", None, "asserted") in claim_keys(
        run("Через обстріли в Куп'янську немає світла.", "uk", [KUPIANSK_UK_LOC])
    )


def test_shelling_told_as_its_own_act_next_to_an_evacuation_stays_a_strike() -> None:
    keys = claim_keys(
        run(
            "Russian artillery shelled Kupiansk, and authorities evacuated families from the town.",
            "en",
            [KUPIANSK_EN],
        )
    )
    assert ("strike", "gn:901", "RU", "asserted") in keys


# --------------------------------------------------------------------------------------------------
# Sabotage pinned on a side's state or army ("deliberate sabotage by Ukraine", "диверсія української
# сторони") blames that side for a destruction: a demolition by it, not a partisan attack. Partisans'
# sabotage and the army's sabotage-and-reconnaissance groups stay what they were.


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        (
            "У Москві назвали руйнування мосту біля Куп'янська українською диверсією.",
            "uk",
            [KUPIANSK_UK_GEN],
            ("demolition", "gn:901", "UA", "asserted"),
        ),
        (
            "В Киеве назвали подрыв плотины у Купянска российской диверсией.",
            "ru",
            [KUPIANSK_RU_GEN],
            ("demolition", "gn:901", "RU", "asserted"),
        ),
        (
            "Moskau spricht von ukrainischer Sabotage an der Brücke bei Kupjansk.",
            "de",
            [KUPIANSK_DE],
            ("demolition", "gn:901", "UA", "asserted"),
        ),
        (
            "Moscow blamed Ukrainian sabotage for the collapse of the dam near Kupiansk.",
            "en",
            [KUPIANSK_EN],
            ("demolition", "gn:901", "UA", "asserted"),
        ),
    ],
)
def test_sabotage_blamed_on_a_side_is_its_demolition(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    claims = run(text, lang, places)
    assert expected in claim_keys(claims)
    assert "partisan_attack" not in types_of(claims)


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        ("Партизани здійснили диверсію на залізниці біля Куп'янська.", "uk", [KUPIANSK_UK_GEN]),
        ("Partisanen verübten in Kupjansk einen Sabotageakt an der Bahnlinie.", "de", [KUPIANSK_DE]),
        ("Partisans claimed an act of sabotage on the railway near Kupiansk.", "en", [KUPIANSK_EN]),
    ],
)
def test_partisan_sabotage_stays_a_partisan_attack(text: str, lang: str, places: list[PlaceSpec]) -> None:
    found = types_of(run(text, lang, places))
    assert "partisan_attack" in found
    assert "demolition" not in found


def test_sabotage_groups_of_an_army_are_no_demolition() -> None:
    found = types_of(
        run("Russian sabotage and reconnaissance groups tried to enter Kupiansk.", "en", [KUPIANSK_EN])
    )
    assert "demolition" not in found


# --------------------------------------------------------------------------------------------------
# "Our units advance on the flanks and the enemy in A may end up encircled": the side word before
# another event word is that event's subject; the encirclement's own conjunct names the encircled
# force after it, so the encircler is the other side (the speaker's).


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Сирський заявив, що українські підрозділи просуваються на флангах і противник у Куп'янську "
            "може опинитися в оточенні.",
            "uk",
            [KUPIANSK_UK_LOC],
        ),
        (
            "По словам Сырского, украинские войска наступают на флангах, а противник в Купянске может "
            "оказаться в окружении.",
            "ru",
            [settlement("Купянске", 901)],
        ),
    ],
)
def test_encircled_force_of_its_own_conjunct_is_not_the_earlier_subject(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    assert ("encirclement", "gn:901", "UA", "predicted") in claim_keys(run(text, lang, places))


def test_one_subject_for_both_conjuncts_is_the_encircled_force() -> None:
    # Nobody new after the withdrawal: the units that fell back are the ones threatened.
    keys = claim_keys(
        run(
            "Сирський заявив, що українські підрозділи відступили з флангів і можуть опинитися в оточенні "
            "в Куп'янську.",
            "uk",
            [KUPIANSK_UK_LOC],
        )
    )
    assert ("encirclement", "gn:901", "RU", "predicted") in keys


# --------------------------------------------------------------------------------------------------
# A line "under OUR / Russian fire control" with the controller's word before "fire control" (uk, ru
# put the possessive there): the controller acts on the line, not the side whose logistics it is.


@pytest.mark.parametrize(
    ("text", "lang", "places", "source", "expected"),
    [
        (
            "Логистика ВСУ у Купянска находится под нашим огневым контролем.",
            "ru",
            [KUPIANSK_RU_GEN],
            "Фронтовой канал Z",
            ("supply_line", "gn:901", "RU", "asserted"),
        ),
        (
            "Дорога снабжения противника у Купянска под нашим огневым контролем.",
            "ru",
            [KUPIANSK_RU_GEN],
            "Фронтовой канал Z",
            ("supply_line", "gn:901", "RU", "asserted"),
        ),
        (
            "Логістика окупантів біля Куп'янська під нашим вогневим контролем.",
            "uk",
            [KUPIANSK_UK_GEN],
            "Testblatt",
            ("supply_line", "gn:901", "UA", "asserted"),
        ),
    ],
)
def test_own_fire_control_named_before_the_words_is_the_actor(
    text: str, lang: str, places: list[PlaceSpec], source: str, expected: ClaimKey
) -> None:
    assert expected in claim_keys(run(text, lang, places, source))


def test_fire_control_with_the_controller_after_still_works() -> None:
    keys = claim_keys(run("Дорога на Купянск под огневым контролем ВСУ.", "ru", [settlement("Купянск", 901)]))
    assert any(key[0] == "supply_line" and key[2] == "UA" for key in keys)


# --------------------------------------------------------------------------------------------------
# An agent phrase set off after a passive clause (", offenbar von den abziehenden Russen",
# ", apparently by Russian artillery") still names who acted; a side word that opens a clause of
# its own after the passive (", and Russian troops entered", ", während russische Truppen abzogen")
# does not.


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        (
            "In der Nacht wurde die Brücke bei Kupjansk gesprengt, offenbar von den abziehenden Russen.",
            "de",
            [KUPIANSK_DE],
            ("demolition", "gn:901", "RU", "hedged"),
        ),
        (
            "Kupiansk was shelled overnight, apparently by Russian artillery.",
            "en",
            [KUPIANSK_EN],
            ("strike", "gn:901", "RU", "hedged"),
        ),
    ],
)
def test_agent_phrase_after_a_passive_clause_names_the_actor(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(run(text, lang, places))


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "The bridge near Kupiansk was blown up, and Russian troops later entered the town.",
            "en",
            [KUPIANSK_EN],
        ),
        ("Die Brücke bei Kupjansk wurde gesprengt, während russische Truppen abzogen.", "de", [KUPIANSK_DE]),
    ],
)
def test_a_side_opening_a_clause_after_a_passive_is_no_agent(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    assert ("demolition", "gn:901", None, "asserted") in claim_keys(run(text, lang, places))
