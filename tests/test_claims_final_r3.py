"""Final round 3: structural side and denial rules, each class probed in several languages with
sentences where the rule must apply and sentences where it must not.

1. A denial that governs its own complement clause negates that clause's claim, not the claims of
   the sentence before it.
2. A denial does not reach past a contrastive conjunction into a new predicate; the side named after a
   verb of blaming is the author of the blamed act.
3. A side that failed at an act (as the subject or in the dative) is its actor, not the source.
4. The side word that owns the defences an advance goes into is the other side.
5. A verb that drives a force into a pocket makes its subject the encircler.
6. A passive verb of saying with its agent leaves the event noun's own side word as the actor.
7. A side named as the winner of a fall is the taker: no loss inversion.

Place mentions are built by hand (the places stage is tested elsewhere); the sentences are our own.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.model import Claim

UA_OUTLET = "Ukrinform"
NEUTRAL_OUTLET = "Testblatt"

# (lang, outlet, text, places)
Probe = tuple[str, str, str, list[PlaceSpec]]


def claims_at(claims: list[Claim], event_type: str, place_id: str) -> list[Claim]:
    return [
        c
        for c in claims
        if c.event_type == event_type and c.place is not None and c.place.place_id == place_id
    ]


def views(claims: list[Claim], event_type: str, place_id: str = "gn:1") -> set[tuple[str | None, str]]:
    """(actor side, modality) of the claims of one type at one place."""
    return {(c.actor_side, c.modality) for c in claims_at(claims, event_type, place_id)}


def run(probe: Probe) -> list[Claim]:
    lang, outlet, text, places = probe
    return extract_from(text, lang, places, outlet)


def alpha(surface: str) -> list[PlaceSpec]:
    return [(surface, "gn:1", "settlement")]


def alpha_beta(first: str, second: str) -> list[PlaceSpec]:
    return [(first, "gn:1", "settlement"), (second, "gn:2", "settlement")]


# ------------------------------------------------------------- 1. a denial with its own complement

COMPLEMENT_DENIALS: list[Probe] = [
    (
        "uk",
        UA_OUTLET,
        "Окупанти заявили про захоплення Альфи. Командування ЗСУ спростувало заяви, що українські "
        "сили нібито обстріляли Бету.",
        alpha_beta("Альфи", "Бету"),
    ),
    (
        "ru",
        NEUTRAL_OUTLET,
        "Армия России заявила о взятии Альфы. Минобороны Украины опровергло сообщения, что ВСУ "
        "обстреляли Бету.",
        alpha_beta("Альфы", "Бету"),
    ),
    (
        "de",
        NEUTRAL_OUTLET,
        "Russland meldete die Einnahme von Alpha. Kiew wies Berichte zurück, ukrainische Truppen "
        "hätten Beta beschossen.",
        alpha_beta("Alpha", "Beta"),
    ),
    (
        "en",
        NEUTRAL_OUTLET,
        "Russian forces said they captured Alpha. Kyiv denied claims that Ukrainian troops had shelled Beta.",
        alpha_beta("Alpha", "Beta"),
    ),
]


@pytest.mark.parametrize("probe", COMPLEMENT_DENIALS)
def test_a_denial_of_its_own_complement_leaves_the_previous_sentence_alone(probe: Probe) -> None:
    claims = run(probe)
    assert views(claims, "control_change") == {("RU", "asserted")}
    assert ("UA", "negated") in views(claims, "strike", "gn:2")


SHORT_REPLIES: list[Probe] = [
    ("en", NEUTRAL_OUTLET, "Russian forces said they captured Alpha. Kyiv denied this.", alpha("Alpha")),
    ("uk", UA_OUTLET, "Росіяни заявили про захоплення Альфи. У ЗСУ це спростували.", alpha("Альфи")),
]


@pytest.mark.parametrize("probe", SHORT_REPLIES)
def test_a_short_denial_without_complement_still_answers_the_previous_sentence(probe: Probe) -> None:
    assert ("RU", "negated") in views(run(probe), "control_change")


# ------------------------------------------------------- 2. a denial stops at a contrastive conjunction

DENIED_THEN_BLAMED: list[Probe] = [
    (
        "en",
        NEUTRAL_OUTLET,
        "The plant near Alpha was shelled on Monday. Moscow first denied it, but later blamed "
        "Ukrainian troops for the strike.",
        alpha("Alpha"),
    ),
    (
        "uk",
        UA_OUTLET,
        "У понеділок обстріляли Альфу. Москва спершу заперечувала це, а згодом звинуватила ЗСУ в ударі.",
        alpha("Альфу"),
    ),
    (
        "ru",
        NEUTRAL_OUTLET,
        "В понедельник обстреляли Альфу. Москва сначала отрицала это, а затем обвинила ВСУ в обстреле.",
        alpha("Альфу"),
    ),
    (
        "de",
        NEUTRAL_OUTLET,
        "Am Montag wurde Alpha beschossen. Moskau bestritt das zunächst, machte aber später "
        "ukrainische Truppen für den Angriff verantwortlich.",
        alpha("Alpha"),
    ),
]


@pytest.mark.parametrize("probe", DENIED_THEN_BLAMED)
def test_the_blamed_act_after_a_contrastive_conjunction_is_asserted(probe: Probe) -> None:
    found = views(run(probe), "strike")
    assert ("UA", "asserted") in found
    assert ("UA", "negated") not in found


def test_en_a_plain_and_does_not_stop_a_denial() -> None:
    claims = run(
        ("en", NEUTRAL_OUTLET, "Moscow denied shelling Alpha and Beta.", alpha_beta("Alpha", "Beta"))
    )
    assert views(claims, "strike") == {("RU", "negated")}
    assert views(claims, "strike", "gn:2") == {("RU", "negated")}


def test_en_a_contrastive_part_with_a_new_verb_is_not_denied() -> None:
    claims = run(
        (
            "en",
            NEUTRAL_OUTLET,
            "Moscow denied shelling Alpha, but admitted strikes on Beta.",
            alpha_beta("Alpha", "Beta"),
        )
    )
    assert views(claims, "strike") == {("RU", "negated")}
    assert {m for _, m in views(claims, "strike", "gn:2")} == {"asserted"}


# ------------------------------------------------------------------- 3. the side that failed acts

FAILED_BY_A_SIDE: list[Probe] = [
    ("uk", UA_OUTLET, "Ворогу не вдалося захопити Альфу.", alpha("Альфу")),
    ("ru", UA_OUTLET, "Российским войскам не удалось взять Альфу.", alpha("Альфу")),
    ("de", UA_OUTLET, "Dem Feind gelang es nicht, Alpha einzunehmen.", alpha("Alpha")),
    ("en", UA_OUTLET, "The enemy failed to take Alpha.", alpha("Alpha")),
]


@pytest.mark.parametrize("probe", FAILED_BY_A_SIDE)
def test_a_failed_capture_is_the_failing_sides_negated_act(probe: Probe) -> None:
    assert views(run(probe), "control_change") == {("RU", "negated")}


DENIED_OWN_ACTS: list[Probe] = [
    ("en", NEUTRAL_OUTLET, "Russia's defence ministry denied striking the theatre in Alpha.", alpha("Alpha")),
    ("uk", UA_OUTLET, "У Міноборони РФ заперечили обстріл Альфи.", alpha("Альфи")),
]


@pytest.mark.parametrize("probe", DENIED_OWN_ACTS)
def test_a_speaker_denying_an_act_is_still_its_actor(probe: Probe) -> None:
    assert views(run(probe), "strike") == {("RU", "negated")}


# --------------------------------------------------------- 4. the owner of the defences is the other side

INTO_DEFENCES: list[Probe] = [
    (
        "ru",
        UA_OUTLET,
        "Под Альфой наши подразделения продвинулись в глубину обороны противника.",
        alpha("Альфой"),
    ),
    (
        "ru",
        NEUTRAL_OUTLET,
        "Под Альфой подразделения продвинулись в глубину российской обороны.",
        alpha("Альфой"),
    ),
    ("en", NEUTRAL_OUTLET, "Near Alpha, the troops advanced deep into Russian defences.", alpha("Alpha")),
    (
        "en",
        NEUTRAL_OUTLET,
        "Near Alpha, the troops pushed into the defensive lines of the Russian army.",
        alpha("Alpha"),
    ),
    (
        "de",
        NEUTRAL_OUTLET,
        "Bei Alpha stießen die Einheiten tief in die russische Verteidigung vor.",
        alpha("Alpha"),
    ),
]


@pytest.mark.parametrize("probe", INTO_DEFENCES)
def test_the_side_that_owns_the_defences_does_not_advance(probe: Probe) -> None:
    assert views(run(probe), "advance") == {("UA", "asserted")}


NOT_DEFENCES: list[Probe] = [
    ("en", NEUTRAL_OUTLET, "Near Alpha, the troops advanced alongside Russian armour.", alpha("Alpha")),
    ("de", NEUTRAL_OUTLET, "Bei Alpha rückten russische Truppen vor.", alpha("Alpha")),
]


@pytest.mark.parametrize("probe", NOT_DEFENCES)
def test_a_side_word_without_defences_is_the_advancing_side(probe: Probe) -> None:
    assert views(run(probe), "advance") == {("RU", "asserted")}


# ------------------------------------------------- 5. driven into a pocket: the subject encircles

DRIVEN_INTO_POCKETS: list[Probe] = [
    ("uk", UA_OUTLET, "Біля Альфи наші підрозділи загнали в оточення російських окупантів.", alpha("Альфи")),
    ("ru", NEUTRAL_OUTLET, "Возле Альфы ВСУ загнали в окружение российскую группировку.", alpha("Альфы")),
    (
        "de",
        NEUTRAL_OUTLET,
        "Bei Alpha trieben ukrainische Einheiten die russischen Truppen in einen Kessel.",
        alpha("Alpha"),
    ),
    (
        "en",
        NEUTRAL_OUTLET,
        "Near Alpha, Ukrainian forces drove the enemy into an encirclement.",
        alpha("Alpha"),
    ),
]


@pytest.mark.parametrize("probe", DRIVEN_INTO_POCKETS)
def test_the_side_that_drives_a_force_into_a_pocket_encircles(probe: Probe) -> None:
    assert views(run(probe), "encirclement") == {("UA", "asserted")}


IN_POCKETS: list[Probe] = [
    ("ru", NEUTRAL_OUTLET, "Возле Альфы российская группировка попала в окружение.", alpha("Альфы")),
    ("uk", UA_OUTLET, "Біля Альфи російські війська опинилися в оточенні.", alpha("Альфи")),
    ("de", NEUTRAL_OUTLET, "Bei Alpha sind russische Truppen im Kessel.", alpha("Alpha")),
    ("en", NEUTRAL_OUTLET, "Near Alpha, Russian troops were driven into an encirclement.", alpha("Alpha")),
]


@pytest.mark.parametrize("probe", IN_POCKETS)
def test_a_side_in_a_pocket_is_still_the_encircled_one(probe: Probe) -> None:
    assert views(run(probe), "encirclement") == {("UA", "asserted")}


# ----------------------------------------------------- 6. a passive verb of saying keeps the event's side

CONFIRMED_BY_OTHERS: list[Probe] = [
    (
        "en",
        NEUTRAL_OUTLET,
        "The Russian seizure of Alpha was confirmed by Ukrainian officials.",
        alpha("Alpha"),
    ),
    ("de", NEUTRAL_OUTLET, "Die russische Einnahme von Alpha wurde von Kiew bestätigt.", alpha("Alpha")),
    (
        "de",
        NEUTRAL_OUTLET,
        "Die Einnahme von Alpha durch russische Truppen wurde von Kiew bestätigt.",
        alpha("Alpha"),
    ),
    (
        "en",
        NEUTRAL_OUTLET,
        "Alpha was captured by Russian troops, Ukrainian officials confirmed.",
        alpha("Alpha"),
    ),
]


@pytest.mark.parametrize("probe", CONFIRMED_BY_OTHERS)
def test_the_confirmer_of_a_capture_is_not_its_actor(probe: Probe) -> None:
    assert views(run(probe), "control_change") == {("RU", "asserted")}


def test_de_a_side_word_on_a_phrase_that_starts_at_its_patient_is_not_an_adjective_of_the_event() -> None:
    claims = run(
        (
            "de",
            NEUTRAL_OUTLET,
            "Experten halten es für möglich, dass die russische Garnison in Alpha abgeschnitten "
            "werden könnte.",
            alpha("Alpha"),
        )
    )
    assert {side for side, _ in views(claims, "encirclement")} == {"UA"}


# ------------------------------------------------------------------ 7. a named winner of a fall takes it

WINNERS_OF_FALLS: list[Probe] = [
    ("en", NEUTRAL_OUTLET, "The fall of Alpha marks Russia's biggest gain in months.", alpha("Alpha")),
    ("en", NEUTRAL_OUTLET, "The fall of Alpha was a victory for the Russian army.", alpha("Alpha")),
    ("uk", UA_OUTLET, "Падіння Альфи стало найбільшим успіхом Росії за літо.", alpha("Альфи")),
]


@pytest.mark.parametrize("probe", WINNERS_OF_FALLS)
def test_the_side_named_as_winner_of_a_fall_takes_the_place(probe: Probe) -> None:
    assert views(run(probe), "control_change") == {("RU", "asserted")}


def test_en_the_side_named_as_loser_of_a_fall_still_loses_it() -> None:
    claims = run(
        ("en", NEUTRAL_OUTLET, "The fall of Alpha is Ukraine's biggest loss in months.", alpha("Alpha"))
    )
    assert views(claims, "control_change") == {("RU", "asserted")}
