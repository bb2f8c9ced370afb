"""Round 5, precision: claims the extractor read into sentences that do not make them, and modality
that reached past what it is about. Each class is probed in several languages, with sentences where
the rule must apply and sentences where it must not.

1. What follows a colon after a denial is the denier's own statement ("X called the report a lie:
   A remains under Ukrainian control"): the denial does not reach it.
2. Supplying weapons to a country ("urged allies to supply more air defence") is an arms delivery,
   not a supply line; supplies brought to a force still are.
3. A supply word in a sentence that names no place and no side ("the main problem is logistics") is
   commentary; a line at a place named in the sentence stays a claim.
4. An encirclement or a cut line that is the stated aim ("in an effort to encircle", "задача — взять
   в клещи") has not happened: it is predicted; the same act told as done stays asserted.
5. A troop figure that counts losses or prisoners ("losses amounted to 60 servicemen") is a casualty
   figure, not the strength of a force; a figure of troops massed somewhere stays a force estimate.
6. A hedge in a relative or subordinate clause after the trigger ("..., де нібито проходила нарада")
   doubts that clause, not the trigger; a hedge in the trigger's own clause still hedges it.
7. A move worded as the means of a capture in the same sentence ("в результате наступательных
   действий освободили А") is no advance claim of its own; an advance told beside a capture stays.
8. A retreat or an evacuation governed by "during" ("під час відступу росіяни підірвали міст") dates
   the other act of its sentence and is no claim of its own; alone, or with the place it leaves
   ("beim Rückzug aus A"), it stays a claim.
9. An event that its sentence calls impossible ("эвакуация сейчас невозможна") is negated; a word of
   impossibility after another event word, or inside a hedge ("impossible to verify"), is not its.
10. An attempt still to come ("will likely attempt to push toward A", "спробує атакувати А") is a
   predicted advance toward A, not fighting; an attempt told as past stays fighting, and "will
   attempt to encircle A" is only the predicted encirclement.
11. A present verb of holding with a part as its object ("now occupy most of the town", "вже
   контролюють більшу частину А") is a holding, not a change of control; a capture stays a change.

Place mentions are built by hand (the places stage is tested elsewhere); the sentences are our own.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, claim_keys, extract_checked, settlement

KUPIANSK = "gn:1"
KHARKIV = "gn:2"
AVDIIVKA = "gn:4"
KOSTIANTYNIVKA = "gn:5"
BAKHMUT = "gn:6"


def modalities(text: str, lang: str, places: list[PlaceSpec], event_type: str) -> set[str]:
    return {c.modality for c in extract_checked(text, lang, places) if c.event_type == event_type}


# ------------------------------------------------------- 1. a colon ends the reach of a denial

DENIAL_THEN_STATEMENT: list[tuple[str, str, str]] = [
    (
        "en",
        "The army press office called the report false: Kupiansk remains under Ukrainian control.",
        "Kupiansk",
    ),
    ("de", "Der Generalstab dementierte: Kupjansk bleibt unter ukrainischer Kontrolle.", "Kupjansk"),
    ("de", "Das Kommando wies die Meldung zurück: Kupjansk bleibt unter ukrainischer Kontrolle.", "Kupjansk"),
    ("uk", "Генштаб спростував ці чутки: Куп'янськ і далі під контролем ЗСУ.", "Куп'янськ"),
    ("ru", "В штабе это опровергли: Купянск по-прежнему под контролем ВСУ.", "Купянск"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), DENIAL_THEN_STATEMENT)
def test_statement_after_a_denial_and_colon_is_asserted(lang: str, text: str, surface: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(surface, 1)]))
    assert ("control_held", KUPIANSK, "UA", "asserted") in keys


DENIAL_OF_THE_CLAIM: list[tuple[str, str, str]] = [
    ("en", "The General Staff denied that Russian troops had captured Kupiansk.", "Kupiansk"),
    ("ru", "В штабе опровергли, что Купянск перешёл под контроль российских войск.", "Купянск"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), DENIAL_OF_THE_CLAIM)
def test_denial_without_a_colon_still_negates(lang: str, text: str, surface: str) -> None:
    assert modalities(text, lang, [settlement(surface, 1)], "control_change") == {"negated"}


def test_clock_time_colon_does_not_end_a_denial() -> None:
    text = "12:05 The General Staff denied that Russian troops had captured Kupiansk."
    assert modalities(text, "en", [settlement("Kupiansk", 1)], "control_change") == {"negated"}


# ------------------------------------------------------------ 2. arms deliveries are no supply line

ARMS_DELIVERIES: list[tuple[str, str, str]] = [
    ("en", "Zelensky urged partners in Kharkiv to supply more air defence systems.", "Kharkiv"),
    ("en", "The depot near Kharkiv held missiles supplied by Britain.", "Kharkiv"),
    (
        "de",
        "Selenskyj rief die Partner in Charkiw auf, die Ukraine mit mehr Flugabwehrsystemen zu versorgen.",
        "Charkiw",
    ),
    ("uk", "Зеленський у Харкові закликав партнерів постачати більше ППО.", "Харкові"),
    ("ru", "Глава МИД в Харькове призвал союзников снабжать Украину системами ПВО.", "Харькове"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ARMS_DELIVERIES)
def test_arms_delivery_is_no_supply_line(lang: str, text: str, surface: str) -> None:
    claims = extract_checked(text, lang, [settlement(surface, 2)])
    assert "supply_line" not in {c.event_type for c in claims}


SUPPLIES_OF_A_FORCE: list[tuple[str, str, str, str]] = [
    ("en", "Russian forces cut the road that supplies the garrison of Kupiansk.", "Kupiansk", KUPIANSK),
    ("uk", "Постачання зброї та боєприпасів гарнізону Бахмута ускладнене.", "Бахмута", BAKHMUT),
    ("ru", "Снабжение гарнизона Бахмута боеприпасами нарушено.", "Бахмута", BAKHMUT),
]


@pytest.mark.parametrize(("lang", "text", "surface", "place"), SUPPLIES_OF_A_FORCE)
def test_supplies_brought_to_a_force_stay_a_supply_line(
    lang: str, text: str, surface: str, place: str
) -> None:
    number = int(place.split(":")[1])
    claims = extract_checked(text, lang, [settlement(surface, number)])
    assert place in {c.place.place_id for c in claims if c.event_type == "supply_line" and c.place}


# ---------------------------------------------- 3. logistics with no place and no side: commentary

LOGISTICS_COMMENTARY: list[tuple[str, str]] = [
    ("en", "The main worry now is logistics."),
    ("de", "Das größte Problem bleibt die Logistik."),
    ("uk", "Найбільша проблема зараз — логістика."),
    ("ru", "Главная проблема сейчас — логистика."),
]


@pytest.mark.parametrize(("lang", "text"), LOGISTICS_COMMENTARY)
def test_logistics_without_place_or_side_is_commentary(lang: str, text: str) -> None:
    assert extract_checked(text, lang, []) == []


def test_a_line_at_a_named_place_stays_without_a_side() -> None:
    claims = extract_checked(
        "The road to Kostiantynivka is under fire control.", "en", [settlement("Kostiantynivka", 5)]
    )
    assert ("supply_line", KOSTIANTYNIVKA, None, "asserted") in claim_keys(claims)


# ------------------------------------------------------------ 4. an aimed outcome is predicted

AIMED_OUTCOMES: list[tuple[str, str, str, str]] = [
    ("en", "Their goal is to encircle Avdiivka before winter.", "Avdiivka", "encirclement"),
    (
        "en",
        "Russian units crossed the river in an effort to encircle the garrison of Avdiivka.",
        "Avdiivka",
        "encirclement",
    ),
    ("de", "Ziel der Offensive ist es, Awdijiwka einzukesseln.", "Awdijiwka", "encirclement"),
    ("ru", "Задача наступления — взять Авдеевку в клещи.", "Авдеевку", "encirclement"),
    ("uk", "Мета ворога — перерізати трасу до Костянтинівки.", "Костянтинівки", "supply_line"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "event_type"), AIMED_OUTCOMES)
def test_aimed_encirclement_or_cut_is_predicted(lang: str, text: str, surface: str, event_type: str) -> None:
    assert modalities(text, lang, [settlement(surface, 4)], event_type) == {"predicted"}


DONE_OUTCOMES: list[tuple[str, str, str, str]] = [
    ("en", "Russian forces encircled the garrison of Avdiivka.", "Avdiivka", "encirclement"),
    ("de", "Die russischen Truppen haben Awdijiwka eingekesselt.", "Awdijiwka", "encirclement"),
    ("ru", "Российские войска взяли Авдеевку в клещи.", "Авдеевку", "encirclement"),
    ("uk", "Ворог перерізав трасу до Костянтинівки.", "Костянтинівки", "supply_line"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "event_type"), DONE_OUTCOMES)
def test_encirclement_or_cut_told_as_done_stays_asserted(
    lang: str, text: str, surface: str, event_type: str
) -> None:
    assert modalities(text, lang, [settlement(surface, 4)], event_type) == {"asserted"}


def test_an_aim_word_after_the_trigger_does_not_make_it_predicted() -> None:
    # The aim here is the next clause's, after the encirclement is told as done.
    text = "Russian forces encircled Avdiivka, and their next goal is to reach the river."
    assert modalities(text, "en", [settlement("Avdiivka", 4)], "encirclement") == {"asserted"}


# ------------------------------------------------------ 5. losses and prisoners are no force estimate

CASUALTY_FIGURES: list[tuple[str, str, str]] = [
    ("en", "Enemy losses in the Bakhmut sector amounted to up to 60 servicemen.", "Bakhmut"),
    ("de", "Die Verluste des Gegners bei Bachmut beliefen sich auf bis zu 60 Soldaten.", "Bachmut"),
    ("uk", "Міноборони РФ заявляє про понад 60 знищених військових у Бахмуті.", "Бахмуті"),
    ("ru", "У Бахмута в плен сдались более 2000 боевиков.", "Бахмута"),
    ("en", "Near Bakhmut our soldiers took twelve Russian troops prisoner.", "Bakhmut"),
    ("de", "Bei Bachmut nahmen ukrainische Soldaten zwölf russische Soldaten gefangen.", "Bachmut"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), CASUALTY_FIGURES)
def test_losses_and_prisoners_are_no_force_estimate(lang: str, text: str, surface: str) -> None:
    claims = extract_checked(text, lang, [settlement(surface, 6)])
    assert "force_estimate" not in {c.event_type for c in claims}


FORCE_FIGURES: list[tuple[str, str, str]] = [
    ("en", "Up to 10,000 Russian troops are massed around Bakhmut.", "Bakhmut"),
    ("de", "Bei Bachmut stehen nach Schätzungen bis zu 10.000 russische Soldaten.", "Bachmut"),
    ("uk", "Під Бахмутом зосереджено до 10 тисяч російських військових.", "Бахмутом"),
    ("ru", "У Бахмута сосредоточено до 5000 военнослужащих ВСУ.", "Бахмута"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FORCE_FIGURES)
def test_troops_massed_stay_a_force_estimate(lang: str, text: str, surface: str) -> None:
    claims = extract_checked(text, lang, [settlement(surface, 6)])
    assert BAKHMUT in {c.place.place_id for c in claims if c.event_type == "force_estimate" and c.place}


# -------------------------------------------- 6. a hedge in a later subordinate clause is that clause's

HEDGED_RELATIVE: list[tuple[str, str, str, str]] = [
    ("uk", "Ракети поцілили в склад у Бахмуті, де нібито зберігалися боєприпаси.", "Бахмуті", "asserted"),
    ("uk", "Ракети, ймовірно, поцілили в склад у Бахмуті, де зберігалися боєприпаси.", "Бахмуті", "hedged"),
    ("ru", "Ракеты попали в здание в Бахмуте, где якобы находился штаб.", "Бахмуте", "asserted"),
    ("ru", "Ракеты, вероятно, попали в здание в Бахмуте, где находился штаб.", "Бахмуте", "hedged"),
    ("de", "Raketen trafen ein Lagerhaus in Bachmut, wo angeblich Munition lagerte.", "Bachmut", "asserted"),
    ("de", "Raketen trafen angeblich ein Lagerhaus in Bachmut, wo Munition lagerte.", "Bachmut", "hedged"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "modality"), HEDGED_RELATIVE)
def test_hedge_in_a_later_relative_clause_is_that_clauses(
    lang: str, text: str, surface: str, modality: str
) -> None:
    assert modalities(text, lang, [settlement(surface, 6)], "strike") == {modality}


# ---------------------------------------------------- 7. the means of a capture is no advance of its own

MEANS_OF_CAPTURE: list[tuple[str, str, str]] = [
    (
        "ru",
        "Подразделения группировки «Центр» в результате активных наступательных действий освободили Бахмут.",
        "Бахмут",
    ),
    ("uk", "У результаті наступальних дій підрозділи звільнили Бахмут.", "Бахмут"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), MEANS_OF_CAPTURE)
def test_offensive_as_means_of_a_capture_is_no_advance(lang: str, text: str, surface: str) -> None:
    types = {c.event_type for c in extract_checked(text, lang, [settlement(surface, 6)])}
    assert "control_change" in types
    assert "advance" not in types


ADVANCE_BESIDE_CAPTURE: list[tuple[str, str, str]] = [
    ("uk", "Підрозділи ЗСУ просунулися біля Бахмута і звільнили кілька позицій.", "Бахмута"),
    ("en", "Ukrainian units advanced near Bakhmut and liberated two villages.", "Bakhmut"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ADVANCE_BESIDE_CAPTURE)
def test_advance_told_beside_a_capture_stays(lang: str, text: str, surface: str) -> None:
    claims = extract_checked(text, lang, [settlement(surface, 6)])
    assert ("advance", BAKHMUT) in {(c.event_type, c.place.place_id if c.place else None) for c in claims}


# ---------------------------------------------- 8. "during the retreat" dates another act of the sentence

DATING_MOVES: list[tuple[str, str, str, str]] = [
    ("uk", "Під час відступу росіяни підірвали міст біля Бахмута.", "Бахмута", "demolition"),
    ("ru", "При отходе войска взорвали мост у Бахмута.", "Бахмута", "demolition"),
    ("de", "Beim Rückzug sprengten die Truppen eine Brücke bei Bachmut.", "Bachmut", "demolition"),
    ("en", "During the evacuation of Bakhmut Russian artillery shelled the road.", "Bakhmut", "strike"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "event_type"), DATING_MOVES)
def test_move_during_which_another_act_happened_is_no_claim(
    lang: str, text: str, surface: str, event_type: str
) -> None:
    types = {c.event_type for c in extract_checked(text, lang, [settlement(surface, 6)])}
    assert event_type in types
    assert not types & {"withdrawal", "evacuation"}


MOVES_OF_THEIR_OWN: list[tuple[str, str, str, str]] = [
    ("de", "Beim Rückzug aus Bachmut sprengten die Truppen eine Brücke.", "Bachmut", "withdrawal"),
    ("en", "During the retreat from Bakhmut the troops blew up a bridge.", "Bakhmut", "withdrawal"),
    ("uk", "Росіяни відступили з Бахмута.", "Бахмута", "withdrawal"),
    ("de", "Beim Rückzug aus Bachmut ließen die Truppen viel Technik zurück.", "Bachmut", "withdrawal"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "event_type"), MOVES_OF_THEIR_OWN)
def test_move_with_its_own_place_or_alone_stays(lang: str, text: str, surface: str, event_type: str) -> None:
    claims = extract_checked(text, lang, [settlement(surface, 6)])
    assert (event_type, BAKHMUT) in {(c.event_type, c.place.place_id if c.place else None) for c in claims}


# ----------------------------------------------------------- 9. an event said to be impossible

IMPOSSIBLE_EVENTS: list[tuple[str, str, str]] = [
    ("ru", "Эвакуация из Бахмута, по словам властей, сейчас практически невозможна.", "Бахмута"),
    ("uk", "Евакуація з Бахмута зараз неможлива через постійні обстріли.", "Бахмута"),
    ("en", "Evacuation from Bakhmut is impossible now, the governor said.", "Bakhmut"),
    ("de", "Eine Evakuierung aus Bachmut ist derzeit nicht mehr möglich.", "Bachmut"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), IMPOSSIBLE_EVENTS)
def test_event_said_to_be_impossible_is_negated(lang: str, text: str, surface: str) -> None:
    assert modalities(text, lang, [settlement(surface, 6)], "evacuation") == {"negated"}


def test_impossibility_of_a_later_event_is_not_the_earlier_ones() -> None:
    text = "Russian artillery shelled Bakhmut, which made the evacuation impossible."
    assert modalities(text, "en", [settlement("Bakhmut", 6)], "strike") == {"asserted"}


def test_impossible_to_verify_is_a_hedge_not_a_negation() -> None:
    text = "Russian artillery shelled Bakhmut overnight, but it is impossible to verify the damage."
    assert "negated" not in modalities(text, "en", [settlement("Bakhmut", 6)], "strike")


# ------------------------------------------------- 10. an attempt still to come is a predicted advance

PREDICTED_ATTEMPTS: list[tuple[str, str, str]] = [
    ("en", "Russian forces will likely attempt to push toward Bakhmut in the coming weeks.", "Bakhmut"),
    ("uk", "Противник найближчим часом спробує атакувати Бахмут з півдня.", "Бахмут"),
    ("ru", "В ближайшие дни противник попытается атаковать Бахмут.", "Бахмут"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), PREDICTED_ATTEMPTS)
def test_attempt_to_come_is_a_predicted_advance_toward_its_aim(lang: str, text: str, surface: str) -> None:
    claims = extract_checked(text, lang, [settlement(surface, 6)])
    assert {c.event_type for c in claims} == {"advance"}
    advance = claims[0]
    assert advance.modality == "predicted"
    assert advance.place is None
    assert [p.place_id for p in advance.places_to] == [BAKHMUT]


# An attempt to attack that was repelled names an attack, not a move: fighting only (gold/README.md,
# round-6 audit item 4, "repelled attempts to attack" as in ru-010).
PAST_ATTEMPTS: list[tuple[str, str, str]] = [
    ("uk", "Противник намагався атакувати Бахмут, але був відбитий.", "Бахмут"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), PAST_ATTEMPTS)
def test_attempt_told_as_past_stays_fighting(lang: str, text: str, surface: str) -> None:
    types = {c.event_type for c in extract_checked(text, lang, [settlement(surface, 6)])}
    assert "fighting" in types
    assert "advance" not in types


def test_failed_attempt_to_move_is_a_negated_advance() -> None:
    """Changed in round 7: this sentence used to expect fighting only, but the round-6 audit (item 4)
    settled that a failed attempt to advance is a negated advance of the attempting side, plus the
    fighting of whoever repelled it."""
    text = "Russian forces attempted to push toward Bakhmut but were repelled."
    claims = extract_checked(text, "en", [settlement("Bakhmut", 6)])
    assert {(c.event_type, c.actor_side, c.modality) for c in claims} >= {
        ("advance", "RU", "negated"),
        ("fighting", None, "asserted"),
    }


def test_attempt_to_encircle_is_only_the_encirclement() -> None:
    text = "Russian forces will attempt to encircle Bakhmut in the coming weeks."
    keys = claim_keys(extract_checked(text, "en", [settlement("Bakhmut", 6)]))
    assert keys == {("encirclement", BAKHMUT, "RU", "predicted")}


# ---------------------------------------------- 11. holding most of a town is a holding, not a change

PARTIAL_HOLDINGS: list[tuple[str, str, str]] = [
    ("en", "Russian forces now occupy most of Toretsk.", "Toretsk"),
    ("uk", "Росіяни вже контролюють більшу частину Торецька.", "Торецька"),
    ("ru", "Российские войска уже контролируют большую часть Торецка.", "Торецка"),
    ("de", "Russische Truppen kontrollieren inzwischen den größten Teil von Torezk.", "Torezk"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), PARTIAL_HOLDINGS)
def test_holding_most_of_a_town_is_control_held(lang: str, text: str, surface: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(surface, 8)]))
    assert ("control_held", "gn:8", "RU", "asserted") in keys
    assert not any(key[0] == "control_change" for key in keys)


def test_a_capture_of_a_town_stays_a_change() -> None:
    keys = claim_keys(extract_checked("Russian forces captured Toretsk.", "en", [settlement("Toretsk", 8)]))
    assert ("control_change", "gn:8", "RU", "asserted") in keys
