"""Whose side acts, round 3: who organises an evacuation (the subject of the act, not whoever tells of
it), fighting whose only side word belongs to another event noun, the side acting on a supply at stake
in a condition, and who wins a place that falls in a condition. Each class in several languages, with
sentences where the rule must apply and sentences where it must not.

Place mentions are built by hand (the places stage is tested elsewhere); the sentences are our own.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.model import Claim


def sides_of(claims: list[Claim], event_type: str, place_id: str | None = "gn:1") -> set[str | None]:
    """The actor sides of the claims of one type at one place."""
    return {
        c.actor_side
        for c in claims
        if c.event_type == event_type and (c.place.place_id if c.place else None) == place_id
    }


ALPHA = [("Alpha", "gn:1", "settlement")]


# ------------------------------------------------------------------------ who organises an evacuation

EVACUATION_ORGANISERS = [
    # An official who tells in a reported clause what is being done organises nothing ...
    (
        "uk",
        "Голова ОВА повідомив, що з Альфи вже вивозять поранених.",
        [("Альфи", "gn:1", "settlement")],
        None,
    ),
    (
        "ru",
        "Губернатор сообщил, что из Альфы за сутки вывезли двести человек.",
        [("Альфы", "gn:1", "settlement")],
        None,
    ),
    (
        "en",
        "The regional governor said that about 300 people had been brought out of Alpha.",
        ALPHA,
        None,
    ),
    # ... nor one who tells of it after the event ...
    (
        "de",
        "Eine Evakuierung von Alpha sei nicht vorgesehen, sagte der Gouverneur.",
        ALPHA,
        None,
    ),
    (
        "en",
        "An evacuation of Alpha is not planned, the governor of the region said.",
        ALPHA,
        None,
    ),
    # ... nor a speaker heading the sentence with a colon ...
    (
        "en",
        "Russian-installed governor of the region: an evacuation of Alpha is not planned.",
        ALPHA,
        None,
    ),
    # ... but one who orders or calls for it is its organiser ...
    (
        "en",
        "The Ukrainian governor of the region ordered the evacuation of Alpha on Tuesday.",
        ALPHA,
        "UA",
    ),
    (
        "de",
        "Der von Moskau eingesetzte Verwaltungschef rief die Bewohner von Alpha zur Evakuierung auf.",
        ALPHA,
        "RU",
    ),
    # ... also when it names itself as the doer in the first person ...
    (
        "uk",
        "Закликаю мешканців Альфи та сусідніх сіл евакуюватися, заявив голова ОВА.",
        [("Альфи", "gn:1", "settlement")],
        "UA",
    ),
    # ... or when it tells a call to leave ...
    (
        "en",
        "Residents of Alpha must leave the town by Friday, the Russian-installed governor said.",
        ALPHA,
        "RU",
    ),
    # ... or stands after the act as its subject, with nobody's words told.
    (
        "ru",
        "Эвакуацию жителей Альфы проводят областные власти и полиция.",
        [("Альфы", "gn:1", "settlement")],
        "UA",
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "side"), EVACUATION_ORGANISERS)
def test_an_evacuation_is_organised_only_by_the_subject_of_the_act(
    lang: str, text: str, places: list[PlaceSpec], side: str | None
) -> None:
    assert sides_of(extract_from(text, lang, places, "Testblatt"), "evacuation") == {side}


def test_en_a_side_of_an_earlier_clause_with_its_own_verb_does_not_organise() -> None:
    claims = extract_from(
        "Beta has been shelled by Russian artillery for weeks, and a column of buses left Alpha on Friday.",
        "en",
        [*ALPHA, ("Beta", "gn:2", "settlement")],
        "Testblatt",
    )
    assert sides_of(claims, "evacuation") == {None}


# ------------------------------------------------------------- fighting and another event's possessor

POSSESSED_FIGHTING = [
    # The side word belongs to the attempts/attacks that were repelled: nobody is the subject.
    (
        "ru",
        "Под Альфой отражены попытки противника атаковать позиции.",
        [("Альфой", "gn:1", "settlement")],
        None,
    ),
    (
        "uk",
        "Біля Альфи відбито спроби ворога атакувати наші позиції.",
        [("Альфи", "gn:1", "settlement")],
        None,
    ),
    # Must keep: a side that is the subject of the fighting verb.
    (
        "ru",
        "Под Альфой российские подразделения атаковали позиции противника.",
        [("Альфой", "gn:1", "settlement")],
        "RU",
    ),
    (
        "uk",
        "Біля Альфи українські бійці відбили три атаки.",
        [("Альфи", "gn:1", "settlement")],
        "UA",
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "side"), POSSESSED_FIGHTING)
def test_fighting_does_not_take_the_possessor_of_another_event_noun(
    lang: str, text: str, places: list[PlaceSpec], side: str | None
) -> None:
    assert sides_of(extract_from(text, lang, places, "Testblatt"), "fighting") == {side}


# ------------------------------------------------------------------ a supply at stake in a condition

SUPPLY_AT_STAKE = [
    # The condition names who acts ...
    (
        "en",
        "If Ukrainian troops take Beta, the Russian garrison in Alpha would keep only one supply road.",
        [*ALPHA, ("Beta", "gn:2", "settlement")],
        "UA",
    ),
    (
        "de",
        "Sollten die Ukrainer Beta erobern, wäre die russische Garnison in Alpha "
        "nur noch schwer zu versorgen.",
        [*ALPHA, ("Beta", "gn:2", "settlement")],
        "UA",
    ),
    # ... or nobody: the side whose supply is at stake is not the one acting on it.
    (
        "ru",
        "Если Бета будет взята, противник в Альфе лишится снабжения.",
        [("Альфе", "gn:1", "settlement"), ("Бета", "gn:2", "settlement")],
        "RU",
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "side"), SUPPLY_AT_STAKE)
def test_a_supply_at_stake_in_a_condition_is_acted_on_by_the_other_side(
    lang: str, text: str, places: list[PlaceSpec], side: str
) -> None:
    claims = extract_from(text, lang, places, "Testblatt")
    supply = [c for c in claims if c.event_type == "supply_line"]
    assert supply, "no supply claim"
    assert {c.actor_side for c in supply} == {side}
    assert {c.modality for c in supply} == {"conditional"}


def test_en_an_asserted_supply_role_keeps_the_side_whose_supply_it_is() -> None:
    # Must not invert: no condition, only the logistic role ("the side whose supply it is").
    claims = extract_from(
        "Alpha is the rail hub through which Russian troops further south receive their supplies.",
        "en",
        ALPHA,
        "Testblatt",
    )
    assert {c.actor_side for c in claims if c.event_type == "supply_line"} == {"RU"}


# ----------------------------------------------------------- who wins a place that falls in a condition

FALL_IN_CONDITION = [
    # The consequence names who gains from the fall ...
    (
        "uk",
        "Якщо Альфа впаде, росіяни зможуть обстрілювати дороги на Бету.",
        [("Альфа", "gn:1", "settlement"), ("Бету", "gn:2", "settlement")],
        "RU",
    ),
    (
        "de",
        "Sollte Alpha fallen, könnten russische Einheiten weiter auf Beta vorrücken.",
        [*ALPHA, ("Beta", "gn:2", "settlement")],
        "RU",
    ),
    (
        "en",
        "Should Alpha fall, Ukrainian units could push on toward Beta.",
        [*ALPHA, ("Beta", "gn:2", "settlement")],
        "UA",
    ),
    # ... and a consequence that is a withdrawal names the loser.
    (
        "de",
        "Sollte Alpha fallen, müssten sich die ukrainischen Truppen aus Beta zurückziehen.",
        [*ALPHA, ("Beta", "gn:2", "settlement")],
        "RU",
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "side"), FALL_IN_CONDITION)
def test_a_place_falling_in_a_condition_goes_to_the_side_that_gains_from_it(
    lang: str, text: str, places: list[PlaceSpec], side: str
) -> None:
    assert sides_of(extract_from(text, lang, places, "Testblatt"), "control_change") == {side}


# ----------------------------------------------------------------- sides of another clause than the trigger's

OTHER_CLAUSE_SIDES = [
    # A side after a subordinating word is the subject of the subordinate clause ...
    (
        "en",
        "The bridge at Alpha had been blown up before the Ukrainians arrived.",
        ALPHA,
        "demolition",
        None,
    ),
    # ... but the subject before the trigger still acts.
    (
        "en",
        "Russian sappers blew up the bridge at Alpha before the Ukrainians arrived.",
        ALPHA,
        "demolition",
        "RU",
    ),
    # A semicolon opens a clause with a subject of its own.
    (
        "de",
        "Bei Beta griff der Feind zweimal an; die Kämpfe um Alpha dauern an.",
        [*ALPHA, ("Beta", "gn:2", "settlement")],
        "fighting",
        None,
    ),
    (
        "en",
        "The enemy attacked twice near Beta; fighting for Alpha goes on.",
        [*ALPHA, ("Beta", "gn:2", "settlement")],
        "fighting",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "event_type", "side"), OTHER_CLAUSE_SIDES)
def test_a_side_word_of_another_clause_is_not_the_actor(
    lang: str, text: str, places: list[PlaceSpec], event_type: str, side: str | None
) -> None:
    assert sides_of(extract_from(text, lang, places, "Testblatt"), event_type) == {side}


WITHDRAWAL_IN_CONDITION = [
    # Only the condition names a side: the one that falls back is the other ...
    ("ru", "Если противник прорвёт оборону у Беты, то линия обороны сместится к Альфе.", "RU"),
    ("en", "If the Russians break through at Beta, a withdrawal from Alpha would follow.", "UA"),
    # ... but a withdrawal with a subject of its own keeps it.
    ("ru", "Если противник прорвёт оборону у Беты, наши войска отступят к Альфе.", "RU"),
    ("uk", "Якщо ворог прорве оборону біля Бети, то наші війська відступлять до Альфи.", "UA"),
]


@pytest.mark.parametrize(("lang", "text", "side"), WITHDRAWAL_IN_CONDITION)
def test_a_withdrawal_is_not_by_the_side_that_acts_in_its_condition(lang: str, text: str, side: str) -> None:
    if lang == "en":
        places: list[PlaceSpec] = [*ALPHA, ("Beta", "gn:2", "settlement")]
    else:
        places = [("Альф", "gn:1", "settlement"), ("Бет", "gn:2", "settlement")]
    claims = extract_from(text, lang, places, "Testblatt")
    assert {c.actor_side for c in claims if c.event_type == "withdrawal"} == {side}


def test_ru_a_reflexive_strike_verb_is_a_passive_that_names_nobody() -> None:
    places = [("Альф", "gn:1", "settlement"), ("Бет", "gn:2", "settlement")]
    passive = extract_from(
        "Украинские войска стоят у Беты, Альфа обстреливается из артиллерии.", "ru", places, "Testblatt"
    )
    assert sides_of(passive, "strike") == {None}
    # Must keep: the active verb with its subject.
    active = extract_from(
        "Украинские войска обстреливают Альфу из артиллерии.", "ru", places[:1], "Testblatt"
    )
    assert sides_of(active, "strike") == {"UA"}


def test_uk_unnamed_fighters_of_a_sides_channel_are_its_own() -> None:
    claims = extract_from(
        "Наші захисники тримають оборону.\n\nЗа даними нашої бригади, біля Альфи бійці відбили два штурми.",
        "uk",
        [("Альф", "gn:1", "settlement")],
        "Фронт Схід (Telegram)",
    )
    assert sides_of(claims, "fighting") == {"UA"}
    # Must not fire for an outlet without a side.
    neutral = extract_from(
        "Біля Альфи бійці відбили два штурми, повідомляють журналісти.",
        "uk",
        [("Альф", "gn:1", "settlement")],
        "Testblatt",
    )
    assert sides_of(neutral, "fighting") == {None}


def test_uk_a_forces_word_inside_the_speakers_name_is_not_a_subject() -> None:
    claims = extract_from(
        "Російські військові блогери пишуть про важкі бої біля Альфи.",
        "uk",
        [("Альф", "gn:1", "settlement")],
        "Testblatt",
    )
    assert sides_of(claims, "fighting") == {None}


SHARED_SUBJECT_AFTER_CONJUNCTION = [
    # A verb right after ", and" / ", и" shares the subject before it ...
    (
        "en",
        "Ukrainian troops crossed the river near Beta, and fought for Alpha all day.",
        [*ALPHA, ("Beta", "gn:2", "settlement")],
        "UA",
    ),
    (
        "ru",
        "Российские подразделения вошли в Бету, и атаковали Альфу весь день.",
        [("Альф", "gn:1", "settlement"), ("Бет", "gn:2", "settlement")],
        "RU",
    ),
    # ... a new subject after it does not.
    (
        "ru",
        "Российские подразделения вошли в Бету, а бои у Альфы продолжаются.",
        [("Альф", "gn:1", "settlement"), ("Бет", "gn:2", "settlement")],
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "side"), SHARED_SUBJECT_AFTER_CONJUNCTION)
def test_fighting_after_a_conjunction_keeps_a_shared_subject(
    lang: str, text: str, places: list[PlaceSpec], side: str | None
) -> None:
    assert sides_of(extract_from(text, lang, places, "Testblatt"), "fighting") == {side}


SPEAKER_DROPS_SUBJECT = [
    # A verb without a subject, told by a side's speaker named before it, is the speaker's act ...
    ("ru", "Генштаб ВСУ сообщил, что за сутки отбили пять атак у Альфы.", "UA"),
    ("uk", "Генштаб ЗСУ повідомив, що за добу відбили п'ять атак біля Альфи.", "UA"),
    ("ru", "Минобороны России сообщило, что за сутки отбили пять атак у Альфы.", "RU"),
    # ... not a passive, which names nobody ...
    ("ru", "Минобороны России сообщило, что у Альфы отбиты пять атак.", None),
    # ... and not a speaker without a side.
    ("ru", "Журналисты сообщили, что у Альфы отбили пять атак.", None),
]


@pytest.mark.parametrize(("lang", "text", "side"), SPEAKER_DROPS_SUBJECT)
def test_fighting_without_a_subject_in_reported_speech_is_the_speakers(
    lang: str, text: str, side: str | None
) -> None:
    claims = extract_from(text, lang, [("Альф", "gn:1", "settlement")], "Testblatt")
    assert sides_of(claims, "fighting") == {side}


FALL_WITH_A_SUBORDINATE_CLAUSE = [
    # The subject of a subordinate clause after a fall: a withdrawal names the loser ...
    ("en", "Alpha fell after Ukrainian troops withdrew.", "RU"),
    ("de", "Alpha ist gefallen, nachdem sich die ukrainischen Truppen zurückgezogen hatten.", "RU"),
    # ... an advance the winner.
    ("en", "Alpha fell after Russian troops broke through its northern defences.", "RU"),
]


@pytest.mark.parametrize(("lang", "text", "side"), FALL_WITH_A_SUBORDINATE_CLAUSE)
def test_a_fall_goes_to_the_winner_a_subordinate_clause_names(lang: str, text: str, side: str) -> None:
    assert sides_of(extract_from(text, lang, ALPHA, "Testblatt"), "control_change") == {side}
