"""Round 7, precision: claims the extractor made where the report makes none, of the wrong type or with
the wrong modality, found on the audited round-6 reports and probed here with sentences of our own.
Each class is probed in several languages, with sentences where the rule must apply and sentences
where it must not.

1. An attempt to advance or to take a place whose outcome the sentence leaves open ("намагаються
   малими групами просочитися в А", "versuchen seit Tagen, bei A überzusetzen", "are trying in small
   groups to infiltrate A") is a fight at A, not an advance or a capture (round-6 audit item 4). A
   failed attempt stays a negated advance, a future one a prediction, and an attempt word of another
   clause does not reach the move.
2. A negator inside the words of another event ("A sei nicht gefallen, die Kämpfe gingen weiter")
   belongs to that event and does not negate the fight next to it; a negator of the fight still does.
3. The failure of an attempt to advance ("tried to break through, but were repelled", "але безуспішно",
   "однак були відкинуті") is the attempt's: the fight took place and is asserted. A fight the text
   calls untrue stays negated.
4. Being thrown back in a failed attempt is how the attempt ended, not a retreat of its own; "thrown
   back" without a failed attempt in the sentence stays a withdrawal.
5. Two words of one withdrawal in a sentence ("отходил к А, бросая технику"): the second does not
   put the move at A, which the first named as where it goes.
6. A negator of a verb of telling ("did not say when", "не уточнил") or of giving up attempts ("не
   полишають спроб", "have not abandoned their attempts") negates that verb, not the event; and
   giving up or keeping up attempts is no withdrawal. "did not withdraw", "не оставляли А" stay
   negated withdrawals.
7. A holding with no place is a claim of the front only when it names what is held, positions, lines
   or bridgeheads ("Our troops firmly hold their positions"); "темп держим", "Тримаємо кулаки" hold
   nothing.
8. A geolocated picture with neither place nor side ("геолокация подтверждена") checks nothing and
   is no claim; with a place it stays.
9. A condition told by inversion at the start of a sentence ("Had it succeeded, ... could have",
   "Hätte die Offensive Erfolg gehabt, ...") is a condition like "if"; a pluperfect that opens no
   condition ("Russian troops had reached A") stays asserted.
10. An alternative the sentence sets aside ("a withdrawal, not a regrouping", "rather than attempt
    to retake", "а не перегруппировка", "замість наступу") is no claim, and its negator does not
    negate the claim before it; a plain negation still negates.
11. A participle that describes the actors of another act ("Відступаючі окупанти підірвали міст",
    "the retreating troops blew up the bridge") is a circumstance of that act, no withdrawal of its
    own; an adverbial participle ("Відступаючи, окупанти підірвали міст") tells the retreat.

Place mentions are built by hand (the places stage is tested elsewhere).
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey
from claims_helpers import settlement_keys as keys

TOWN = "gn:1"
OTHER_TOWN = "gn:2"


def of_type(found: set[ClaimKey], event_type: str) -> set[ClaimKey]:
    return {k for k in found if k[0] == event_type}


# ------------------------------------------------- 1. an attempt with no stated outcome is a fight

OPEN_ATTEMPTS: list[tuple[str, str, str]] = [
    ("uk", "Росіяни намагаються малими групами просочитися в Торецьк.", "Торецьк"),
    ("uk", "Ворог уже тиждень намагається зайти в Часів Яр з півдня.", "Часів Яр"),
    ("ru", "Российские штурмовики пытаются мелкими группами войти в Торецк.", "Торецк"),
    ("de", "Russische Einheiten versuchen seit Wochen, in Kurachowe einzudringen.", "Kurachowe"),
    (
        "de",
        "Die Fernstraße führt nach Bachmut, das russische Truppen seit dem Frühjahr einzunehmen versuchen.",
        "Bachmut",
    ),
    ("en", "Russian troops are trying in small groups to infiltrate Toretsk.", "Toretsk"),
]


@pytest.mark.parametrize(("lang", "text", "name"), OPEN_ATTEMPTS)
def test_an_attempt_with_no_stated_outcome_is_a_fight_there(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert ("fighting", TOWN, "RU", "asserted") in found
    assert not of_type(found, "advance") and not of_type(found, "control_change")


FUTURE_OR_FAILED_ATTEMPTS: list[tuple[str, str, str, str]] = [
    # a future attempt is still to come: the extractor keeps what it expects
    ("uk", "Ворог спробує просочитися в Торецьк.", "Торецьк", "predicted"),
    ("de", "Die russischen Truppen werden versuchen, bei Kurachowe einzudringen.", "Kurachowe", "predicted"),
    (
        "de",
        "Beobachter erwarten, dass Moskau versuchen wird, in Kurachowe einzudringen.",
        "Kurachowe",
        "predicted",
    ),
    # a failed attempt is a negated advance
    ("uk", "Росіяни намагалися прорватися до Курахового, але безуспішно.", "Курахового", "negated"),
    ("ru", "Противник пытался прорваться у Работино, но был отброшен.", "Работино", "negated"),
]


@pytest.mark.parametrize(("lang", "text", "name", "modality"), FUTURE_OR_FAILED_ATTEMPTS)
def test_a_future_or_failed_attempt_is_no_asserted_fight(
    lang: str, text: str, name: str, modality: str
) -> None:
    found = keys(text, lang, [name])
    moves = of_type(found, "advance") | of_type(found, "control_change")
    assert moves and {k[3] for k in moves} == {modality}
    assert ("fighting", TOWN, "RU", "asserted") not in found


def test_an_attempt_word_of_another_clause_does_not_reach_the_move() -> None:
    found = keys(
        "Die Ukrainer versuchten, ihre Stellungen zu halten, doch russische Truppen drangen in Bachmut ein.",
        "de",
        ["Bachmut"],
    )
    assert ("advance", TOWN, "RU", "asserted") in found
    found = keys(
        "The defenders tried to hold the line, but Russian troops entered Toretsk.", "en", ["Toretsk"]
    )
    assert ("advance", TOWN, "RU", "asserted") in found


def test_an_attempt_inside_a_fight_the_sentence_tells_adds_no_second_side() -> None:
    # the fight is told by "бої"; the attempt names who tries, the fight stays the sentence's
    found = keys(
        "На околицях Торецька тривають бої з невеликими групами противника, які намагаються "
        "просочитися в Торецьк.",
        "uk",
        ["Торецьк"],
    )
    assert not of_type(found, "advance")
    assert of_type(found, "fighting")


# ------------------------------------------------- 2. a negator inside another event's words


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "Kupjansk sei nicht gefallen, die Gefechte in der Stadt dauerten an, sagte ein Sprecher.",
            "Kupjansk",
        ),
        ("de", "Lyman ist nicht gefallen, die Kämpfe dort gehen weiter.", "Lyman"),
        ("en", "Lyman has not fallen, the fighting there goes on.", "Lyman"),
    ],
)
def test_a_negated_fall_does_not_negate_the_fighting_beside_it(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert {k[3] for k in of_type(found, "control_change")} == {"negated"}
    assert {k[3] for k in of_type(found, "fighting")} == {"asserted"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "In Kupjansk gibt es keine Kämpfe, die Stadt ist ruhig.", "Kupjansk"),
        ("en", "There was no fighting in Kupiansk on Monday.", "Kupiansk"),
    ],
)
def test_a_negator_of_the_fight_still_negates_it(lang: str, text: str, name: str) -> None:
    assert {k[3] for k in of_type(keys(text, lang, [name]), "fighting")} == {"negated"}


# ------------------------------------------------- 3. the failure of an attack does not negate the fight


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "uk",
            "Наші захисники відбили сім атак біля Синьківки, ворог намагався прорватися до залізниці, "
            "але безуспішно.",
            "Синьківки",
        ),
        (
            "uk",
            "Окупанти намагалися контратакувати біля Кремінної, однак були відкинуті на вихідні позиції.",
            "Кремінної",
        ),
        (
            "en",
            "Russian troops attacked near Bakhmut and tried to break through, but were repelled.",
            "Bakhmut",
        ),
    ],
)
def test_a_failed_attack_is_an_asserted_fight(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    fights = of_type(found, "fighting")
    assert fights and {k[3] for k in fights} == {"asserted"}


def test_a_fight_called_untrue_stays_negated() -> None:
    found = keys(
        "Вражеские паблики пишут про «отражённые атаки» под Очеретино, но это неправда.", "ru", ["Очеретино"]
    )
    assert {k[3] for k in of_type(found, "fighting")} == {"negated"}


# ------------------------------------------------- 4. thrown back in a failed attempt is no retreat


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "uk",
            "Окупанти намагалися контратакувати біля Кремінної, однак були відкинуті на вихідні позиції.",
            "Кремінної",
        ),
        ("ru", "Противник пытался прорваться у Работино, но был отброшен.", "Работино"),
    ],
)
def test_being_thrown_back_in_a_failed_attempt_is_no_withdrawal(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert {k[3] for k in of_type(found, "advance")} == {"negated"}
    assert not of_type(found, "withdrawal")


def test_thrown_back_without_a_failed_attempt_stays_a_withdrawal() -> None:
    found = keys("Под ударами нашей артиллерии противник отброшен от Работино.", "ru", ["Работино"])
    assert of_type(found, "withdrawal")


# ------------------------------------------------- 5. a withdrawal is not at the place it goes to


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Противник отходил к Северску и Лиману, бросая технику.", ["Северску", "Лиману"]),
        ("Части ВСУ отступают к Дружковке, на ходу бросают технику.", ["Дружковке"]),
    ],
)
def test_a_second_word_of_a_withdrawal_does_not_take_its_objective(text: str, names: list[str]) -> None:
    found = keys(text, "ru", names)
    withdrawals = of_type(found, "withdrawal")
    assert withdrawals
    assert all(k[1] is None for k in withdrawals)


def test_a_second_move_at_another_place_keeps_its_place() -> None:
    found = keys("Ukrainian troops advanced toward Lyman and entered Torske.", "en", ["Lyman", "Torske"])
    assert ("advance", OTHER_TOWN, "UA", "asserted") in found


# ------------------------------------------------- 6. a negator of telling or of giving up


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "ru",
            "Когда именно войска получили приказ на отход из Попасной, губернатор не уточнил.",
            "Попасной",
        ),
        ("uk", "Коли саме почався відступ з Лимана, речник не уточнив.", "Лимана"),
        ("en", "The governor did not say when the troops withdrew from Lyman.", "Lyman"),
    ],
)
def test_a_negated_verb_of_telling_does_not_negate_the_event(lang: str, text: str, name: str) -> None:
    withdrawals = of_type(keys(text, lang, [name]), "withdrawal")
    assert withdrawals and {k[3] for k in withdrawals} == {"asserted"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Окупанти не полишають спроб висадитися на острови біля Херсона.", "Херсона"),
        ("ru", "Российские войска не оставляют попыток переправиться через реку у Херсона.", "Херсона"),
        ("de", "Die Russen geben ihre Versuche nicht auf, bei Cherson überzusetzen.", "Cherson"),
        ("en", "Russian forces have not abandoned their attempts to land near Kherson.", "Kherson"),
    ],
)
def test_attempts_kept_up_are_a_fight_and_no_withdrawal(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert not of_type(found, "withdrawal")
    fights = of_type(found, "fighting")
    assert fights and {k[3] for k in fights} == {"asserted"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Войска не оставляли Лиман.", "Лиман"),
        ("uk", "Наші війська не залишали Лиман.", "Лиман"),
        ("en", "The troops did not withdraw from Lyman.", "Lyman"),
    ],
)
def test_a_withdrawal_that_did_not_happen_stays_negated(lang: str, text: str, name: str) -> None:
    withdrawals = of_type(keys(text, lang, [name]), "withdrawal")
    assert withdrawals and {k[3] for k in withdrawals} == {"negated"}


# ------------------------------------------------- 7. a placeless holding holds positions


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Жарко, но темп наступления держим."),
        ("uk", "Тримаємо кулаки за наших хлопців!"),
        ("ru", "Сначала нужно удержать фланги, потом думать о штурме."),
    ],
)
def test_a_placeless_hold_of_no_position_is_no_claim(lang: str, text: str) -> None:
    assert not of_type(keys(text, lang, []), "control_held")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our troops firmly hold their positions."),
        ("uk", "Наші підрозділи й далі утримують два плацдарми на лівому березі."),
        ("de", "Unsere Soldaten halten weiterhin ihre Stellungen."),
    ],
)
def test_a_placeless_hold_of_positions_stays(lang: str, text: str) -> None:
    assert of_type(keys(text, lang, []), "control_held")


# ------------------------------------------------- 8. a geolocated picture needs a place or an owner


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Видео уже разошлось по сети, геолокация подтверждена."),
        ("ru", "Кадры проверены, геолокация подтверждена."),
    ],
)
def test_a_picture_without_place_or_side_is_no_claim(lang: str, text: str) -> None:
    assert not of_type(keys(text, lang, []), "media_geolocated")


def test_a_picture_with_a_place_stays() -> None:
    found = keys(
        "Ми перевірили відео: геолокація підтверджує, що його знято в Куп'янську.", "uk", ["Куп'янську"]
    )
    assert of_type(found, "media_geolocated")


# ------------------------------------------------- 9. an inverted condition


@pytest.mark.parametrize(
    ("lang", "text", "event_type"),
    [
        ("en", "Had the offensive worked, Russian troops would have reached Alpha.", "advance"),
        (
            "en",
            "Had it succeeded, Russian guns could have covered the road from Alpha to Beta.",
            "supply_line",
        ),
        ("de", "Hätte die Offensive Erfolg gehabt, wären russische Truppen bis Alpha vorgerückt.", "advance"),
        ("de", "Wäre die Brücke gefallen, hätten die Russen Alpha eingekesselt.", "encirclement"),
    ],
)
def test_an_inverted_condition_is_conditional(lang: str, text: str, event_type: str) -> None:
    claims = of_type(keys(text, lang, ["Alpha", "Beta"] if "Beta" in text else ["Alpha"]), event_type)
    assert claims and {k[3] for k in claims} == {"conditional"}


def test_a_pluperfect_that_opens_no_condition_stays_asserted() -> None:
    found = keys("Russian troops had reached Alpha by Monday.", "en", ["Alpha"])
    assert ("advance", TOWN, "RU", "asserted") in found


# ------------------------------------------------- 10. a rejected alternative


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "de",
            "Wir bewerten die Bewegungen bei Alpha als vollständigen Rückzug, nicht als Umgruppierung.",
            ["Alpha"],
        ),
        ("en", "Analysts read the movement near Alpha as a withdrawal, not as a regrouping.", ["Alpha"]),
        ("ru", "Это был отход из Альфы, а не перегруппировка.", ["Альфы"]),
    ],
)
def test_the_claim_before_a_rejected_alternative_is_asserted(lang: str, text: str, names: list[str]) -> None:
    withdrawals = of_type(keys(text, lang, names), "withdrawal")
    assert withdrawals and {k[3] for k in withdrawals} == {"asserted"}


@pytest.mark.parametrize(
    ("lang", "text", "names", "event_type"),
    [
        (
            "en",
            "Russia will likely try to hold Alpha rather than attempt to retake Beta.",
            ["Alpha", "Beta"],
            "advance",
        ),
        ("uk", "Росіяни вирішили обороняти Альфу замість наступу на Бету.", ["Альфу", "Бету"], "advance"),
    ],
)
def test_a_rejected_alternative_is_no_claim(lang: str, text: str, names: list[str], event_type: str) -> None:
    assert not of_type(keys(text, lang, names), event_type)


# ------------------------------------------------- 11. a retreat that only describes the actors


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Відступаючі окупанти підірвали міст біля Альфи.", "Альфи"),
        ("de", "Die abziehenden Russen sprengten die Brücke bei Alpha.", "Alpha"),
        ("ru", "Отступающие части взорвали мост у Альфы.", "Альфы"),
        ("en", "The retreating troops blew up the bridge at Alpha.", "Alpha"),
    ],
)
def test_a_retreating_actor_of_another_act_is_no_withdrawal(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert of_type(found, "demolition")
    assert not of_type(found, "withdrawal")


def test_an_adverbial_participle_tells_the_retreat() -> None:
    found = keys("Відступаючи, окупанти підірвали міст біля Альфи.", "uk", ["Альфи"])
    assert of_type(found, "demolition") and of_type(found, "withdrawal")
