"""Precision probes of round 10: classes of spurious claims, wrong modality and wrong type, each varied
over words, word orders and languages, with negative probes where the rule must not fire. The
sentences are written for these tests; places get made-up ids.

- A failure word inside a condition ("Sollten die Gespräche scheitern, ...", "if the talks fail")
  supposes a failure to come; it is no reply that denies the claims of the sentence before.
- A passenger vehicle leaving ("evacuation buses leave A every morning", "з А відходить евакуаційний
  автобус", "из А уходят эвакуационные поезда") is how people are moved out: an evacuation with no
  organiser, not a withdrawal of a force. Troops leaving on buses are still troops leaving.
- A bare adverbial participle set off by commas ("Окупанти, відходячи, підірвали греблю") is the
  circumstance of the act it goes with (gold/README.md, round-4 audit 6); one with a complement
  ("Відступаючи з А, ...") tells the retreat, and so does one next to no other act.
- "Next in line: A, B" ("Следующие на очереди — A", "Наступна зупинка — A?") is a predicted advance
  toward A, with no place of its own (gold/README.md, round-8 audit 6), in all its wordings.
- A negator of a verb of effect ("this will not affect the pace of the offensive", "на темпи наступу це
  не вплине") negates that verb, and its tense is not the event's: the offensive is told as going on.
- An event noun governed by a preposition of time ("no sign of a radiation release after the depot
  blast", "keine Strahlung nach der Explosion") is presupposed: a negator before the preposition does
  not reach it.
- A denial that a side attacks a kind of target ("denied that it was attacking civilians") disputes the
  target, not the attack, also when the attack word reads as fighting (round-8 settlement 6).
- An attack from aircraft or on a whole district or community ("атакував з літаків", "атакувати
  Нікопольський район") is fire from afar, a strike (round-8 audit 13); an attack in the area of a
  village ("атакує в районі А") or on positions stays fighting.
- A strike that blows something up ("a missile strike blew up a depot") is one strike, not also a
  demolition; a demolition beside a strike told apart stays.
- Leaving a request with a hotline ("заявку можна залишити") is no withdrawal.
- A cheer to a town ("Держимся, Николаев!") or keeping people away ("держаться подальше от А") holds
  nothing; a force holding out at a place still holds it.
- A need stated for an act ("треба вивезти", "нужно вывезти") is an act still to come (predicted), and
  an evacuation that was tried and failed ("попытки вывезти ... сорвались") is negated.
- Being on a list or part of a district ("входять до переліку", "входить до складу") is no advance.
- A fire or fight word with no place that only dates something else ("снимки, сделанные после атаки")
  names again an event the report tells at a place: no claim of its own.
"""

from __future__ import annotations

import pytest

from claims_helpers import settlement_keys as keys

TOWN = "gn:1"
OTHER = "gn:2"
THIRD = "gn:3"


# --------------------------------------------------------------------------- conditions are no replies


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "Über Konotop könnte Nachschub für die russischen Truppen rollen.\n"
            "Sollten die Gespräche scheitern, drohe der Stadt Beschuss.",
            "Konotop",
        ),
        (
            "de",
            "Beobachter halten Hluchiw für wichtig: Über die Stadt könnte Nachschub für die russischen "
            "Truppen laufen.\nSollten die Verhandlungen scheitern, werde die Stadt beschossen.",
            "Hluchiw",
        ),
        (
            "en",
            "Observers think supplies for the Russian troops could run through Konotop.\n"
            "If the talks fail, the town faces shelling.",
            "Konotop",
        ),
        (
            "uk",
            "Через Конотоп може йти постачання російських військ.\n"
            "Якщо переговори зірвуться, місту загрожує обстріл.",
            "Конотоп",
        ),
    ],
)
def test_a_failure_inside_a_condition_denies_nothing_before(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "supply_line" for k in found)
    assert not any(k[3] == "negated" for k in found)


def test_a_short_denial_still_answers_the_sentence_before() -> None:
    text = "Über Konotop könnte Nachschub für die russischen Truppen rollen.\nKiew wies das zurück."
    assert ("supply_line", TOWN, "RU", "negated") in keys(text, "de", ["Konotop"])


# --------------------------------------------------------------------------- vehicles leaving


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Евакуаційний автобус з Миропілля щодня о 9:00 відходить від селищної ради.", "Миропілля"),
        ("uk", "Автобуси з Краснопілля відходять щоранку.", "Краснопілля"),
        ("uk", "З Краснопілля щодня відходить евакуаційний потяг.", "Краснопілля"),
        ("ru", "Из Николаева продолжают уходить эвакуационные поезда на запад.", "Николаева"),
        ("ru", "Из Херсона ежедневно уходят автобусы с жителями.", "Херсона"),
    ],
)
def test_a_vehicle_leaving_is_an_evacuation(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert ("evacuation", TOWN, None, "asserted") in found
    assert not any(k[0] == "withdrawal" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "Russian troops withdrew from Kupiansk on trucks and buses.", ["Kupiansk"]),
        ("en", "Buses carrying Russian troops left Kupiansk.", ["Kupiansk"]),
        ("ru", "Российские войска ушли из Херсона на левый берег.", ["Херсона"]),
        ("uk", "Окупанти відійшли з Миропілля, автобусів у селі немає.", ["Миропілля"]),
    ],
)
def test_troops_leaving_stay_a_withdrawal(lang: str, text: str, names: list[str]) -> None:
    found = keys(text, lang, names)
    assert ("withdrawal", TOWN, "RU", "asserted") in found
    assert not any(k[0] == "evacuation" for k in found)


def test_a_vehicle_of_an_evacuation_already_told_adds_nothing() -> None:
    text = "Тих, хто хоче виїхати з Нікополя, ми вивозимо безкоштовно, автобуси відходять від міськради."
    found = keys(text, "uk", ["Нікополя"])
    assert {k for k in found if k[0] == "evacuation"} == {("evacuation", TOWN, "UA", "asserted")}
    assert not any(k[0] == "withdrawal" for k in found)


# --------------------------------------------------------------------------- bare participles


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Окупанти, відходячи, підірвали греблю біля Новодарівки.", "Новодарівки"),
        ("uk", "Росіяни, відступаючи, зруйнували міст біля Ківшарівки.", "Ківшарівки"),
        ("ru", "Противник, отступая, взорвал мост у Ивановки.", "Ивановки"),
    ],
)
def test_a_bare_participle_is_the_circumstance_of_the_act(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "demolition" for k in found)
    assert not any(k[0] == "withdrawal" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Відступаючи з Херсона, окупанти підірвали міст.", "Херсона"),
        ("uk", "Відступаючи, рашисти мінують дороги біля Ізюма.", "Ізюма"),
    ],
)
def test_a_participle_that_tells_the_retreat_stays(lang: str, text: str, name: str) -> None:
    assert ("withdrawal", TOWN, "RU", "asserted") in keys(text, lang, [name])


# --------------------------------------------------------------------------- next in line


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("ru", "Бахмут взят. Следующие на очереди — Северск и Курахово.", ["Бахмут", "Северск", "Курахово"]),
        ("ru", "Пески взяты. Следующая остановка — Авдеевка!", ["Пески", "Авдеевка"]),
        ("uk", "Бахмут наш. Наступні на черзі — Сіверськ, Лиман та Бахмут.", ["Сіверськ", "Лиман", "Бахмут"]),
        ("uk", "Левадне звільнено. Наступна зупинка — Старомлинівка? 😉", ["Левадне", "Старомлинівка"]),
    ],
)
def test_next_in_line_is_a_predicted_advance_without_a_place(lang: str, text: str, names: list[str]) -> None:
    found = keys(text, lang, names)
    predicted = {k for k in found if k[3] == "predicted"}
    assert predicted
    assert all(k[0] == "advance" and k[1] is None for k in predicted)


# --------------------------------------------------------------------------- verbs of effect


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Речник Сил оборони запевняє: на темпи наступу біля Оріхова це не вплине.", "Оріхова"),
        ("ru", "Представитель ВСУ уверяет: на темпы наступления под Ореховом это не повлияет.", "Ореховом"),
        (
            "en",
            "A Ukrainian spokesman said the losses would not affect the pace of the advance near Orikhiv.",
            "Orikhiv",
        ),
        (
            "de",
            "Ein Sprecher sagte, das werde das Tempo des Vormarschs bei Orichiw nicht beeinflussen.",
            "Orichiw",
        ),
    ],
)
def test_a_negated_verb_of_effect_leaves_the_event_asserted(lang: str, text: str, name: str) -> None:
    advances = {k for k in keys(text, lang, [name]) if k[0] == "advance"}
    assert advances
    assert all(k[3] == "asserted" for k in advances)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Ворог не просунувся біля Оріхова.", "Оріхова"),
        ("en", "Russian forces did not advance near Orikhiv.", "Orikhiv"),
    ],
)
def test_a_negated_event_verb_stays_negated(lang: str, text: str, name: str) -> None:
    assert ("advance", TOWN, "RU", "negated") in keys(text, lang, [name])


# --------------------------------------------------------------------------- time adjuncts


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Fact check: no sign of a radiation leak after the Khmelnytskyi depot blast", "Khmelnytskyi"),
        ("en", "No evacuation was announced after the shelling of Kupiansk.", "Kupiansk"),
        ("de", "Keine erhöhte Strahlung nach der Explosion in Chmelnyzkyj.", "Chmelnyzkyj"),
    ],
)
def test_an_event_in_a_time_adjunct_is_presupposed(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert ("strike", TOWN, None, "asserted") in found
    assert ("strike", TOWN, None, "negated") not in found


@pytest.mark.parametrize(
    ("lang", "text", "name", "etype"),
    [
        ("en", "There was no explosion in Khmelnytskyi, the mayor said.", "Khmelnytskyi", "strike"),
        ("en", "Russian troops did not withdraw from Kherson after the battle.", "Kherson", "withdrawal"),
        ("en", "No evacuation was announced after the shelling of Kupiansk.", "Kupiansk", "evacuation"),
    ],
)
def test_a_negator_of_the_event_itself_still_negates(lang: str, text: str, name: str, etype: str) -> None:
    assert any(k[0] == etype and k[3] == "negated" for k in keys(text, lang, [name]))


# --------------------------------------------------------------------------- disputed targets


def test_a_denial_of_attacking_civilians_disputes_the_target() -> None:
    text = (
        "Russia's defence ministry said its missiles hit only military targets in Chuhuiv and denied "
        "that it was attacking civilians."
    )
    found = keys(text, "en", ["Chuhuiv"])
    assert ("strike", TOWN, "RU", "asserted") in found
    assert not any(k[3] == "negated" for k in found)


def test_a_denial_of_the_fighting_itself_stays() -> None:
    found = keys("The ministry denied that fighting took place near Chuhuiv.", "en", ["Chuhuiv"])
    assert ("fighting", TOWN, None, "negated") in found


# --------------------------------------------------------------------------- attacks by fire


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "uk",
            "Протягом ночі ворог шість разів атакував з літаків села Бериславського району.",
            "Бериславського району",
        ),
        ("uk", "Зранку російські війська почали атакувати Нікопольський район.", "Нікопольський район"),
        ("uk", "Уночі ворог атакував Сумську громаду.", "Сумську громаду"),
        ("ru", "Утром российские войска начали атаковать Никопольский район.", "Никопольский район"),
    ],
)
def test_an_attack_on_a_district_or_from_aircraft_is_a_strike(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert ("strike", TOWN, "RU", "asserted") in found
    assert not any(k[0] == "fighting" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Ворог атакує в районі Кліщіївки.", "Кліщіївки"),
        ("uk", "Російські штурмовики атакували позиції ЗСУ біля Кліщіївки.", "Кліщіївки"),
        ("ru", "Противник атакует в районе Клещеевки.", "Клещеевки"),
    ],
)
def test_an_attack_in_the_area_of_a_village_stays_fighting(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "fighting" and k[1] == TOWN for k in found)
    assert not any(k[0] == "strike" for k in found)


# --------------------------------------------------------------------------- destroyed by fire


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "A Russian missile strike blew up an ammunition depot in Khmelnytskyi.", "Khmelnytskyi"),
        ("de", "Ein russischer Raketenangriff sprengte ein Munitionslager in Chmelnyzkyj.", "Chmelnyzkyj"),
        ("uk", "Російський ракетний удар підірвав склад боєприпасів у Хмельницькому.", "Хмельницькому"),
    ],
)
def test_a_strike_that_blows_something_up_is_one_strike(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert ("strike", TOWN, "RU", "asserted") in found
    assert not any(k[0] == "demolition" for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "Russian sappers blew up the bridge near Kherson after the shelling.",
        "After heavy shelling, Russian sappers blew up the bridge near Kherson.",
    ],
)
def test_a_demolition_beside_a_strike_stays(text: str) -> None:
    assert ("demolition", TOWN, "RU", "asserted") in keys(text, "en", ["Kherson"])


def test_a_shelling_and_a_demolition_by_one_subject_are_two_acts() -> None:
    found = keys("Russian artillery shelled Kherson and blew up the Antonivskyi bridge.", "en", ["Kherson"])
    assert {k[0] for k in found} == {"strike", "demolition"}


# --------------------------------------------------------------------------- leaving a request


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "uk",
            "Людей вивозимо до Сум; заявку можна залишити на гарячій лінії ОВА в Краснопіллі.",
            "Краснопіллі",
        ),
        ("uk", "Мешканці Краснопілля можуть залишити заявку через гарячу лінію.", "Краснопілля"),
        ("ru", "Жители Краснополья могут оставить заявку по телефону.", "Краснополья"),
    ],
)
def test_leaving_a_request_is_no_withdrawal(lang: str, text: str, name: str) -> None:
    assert not any(k[0] == "withdrawal" for k in keys(text, lang, [name]))


@pytest.mark.parametrize(
    ("lang", "text", "name", "side"),
    [
        ("uk", "Окупанти залишили Краснопілля.", "Краснопілля", "RU"),
        ("ru", "ВСУ оставили Краснополье.", "Краснополье", "UA"),
    ],
)
def test_leaving_a_place_stays_a_withdrawal(lang: str, text: str, name: str, side: str) -> None:
    assert ("withdrawal", TOWN, side, "asserted") in keys(text, lang, [name])


# --------------------------------------------------------------------------- cheers and keeping away


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Держимся, Николаев!", "Николаев"),
        ("uk", "Харків, тримайся! 💪", "Харків"),
        ("en", "Hold on, Kharkiv!", "Kharkiv"),
        ("ru", "Ким просит жителей держаться подальше от аэродрома в Кульбакино.", "Кульбакино"),
        ("uk", "Мешканців просять триматися подалі від аеродрому в Кульбакиному.", "Кульбакиному"),
    ],
)
def test_a_cheer_to_a_town_or_keeping_away_holds_nothing(lang: str, text: str, name: str) -> None:
    assert not any(k[0] == "control_held" for k in keys(text, lang, [name]))


@pytest.mark.parametrize(
    ("lang", "text", "name", "side"),
    [
        ("uk", "Захисники Бахмута тримаються.", "Бахмута", "UA"),
        ("ru", "Наши подразделения держатся в Кульбакино.", "Кульбакино", "RU"),
    ],
)
def test_a_force_holding_out_at_a_place_still_holds(lang: str, text: str, name: str, side: str) -> None:
    assert ("control_held", TOWN, side, "asserted") in keys(text, lang, [name])


# --------------------------------------------------------------------------- needs and failed evacuations


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Із Миропілля загалом треба вивезти 543 людини.", "Миропілля"),
        ("ru", "Из Мирополья нужно вывезти ещё около пятисот человек.", "Мирополья"),
    ],
)
def test_a_needed_evacuation_is_to_come(lang: str, text: str, name: str) -> None:
    assert ("evacuation", TOWN, None, "predicted") in keys(text, lang, [name])


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "ru",
            "Несколько попыток вывезти мирных жителей из Волновахи на этой неделе сорвались.",
            "Волновахи",
        ),
        ("uk", "Спроби евакуювати людей з Волновахи зірвалися.", "Волновахи"),
        ("en", "Attempts to evacuate civilians from Volnovakha failed again.", "Volnovakha"),
    ],
)
def test_a_failed_evacuation_attempt_is_negated(lang: str, text: str, name: str) -> None:
    found = {k for k in keys(text, lang, [name]) if k[0] == "evacuation"}
    assert found == {("evacuation", TOWN, None, "negated")}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Эвакуация жителей Волновахи продолжается.", "Волновахи"),
        (
            "en",
            "Police evacuated civilians from Volnovakha after attempts to storm the town were repelled.",
            "Volnovakha",
        ),
    ],
)
def test_an_evacuation_under_way_stays_asserted(lang: str, text: str, name: str) -> None:
    assert any(k[0] == "evacuation" and k[3] == "asserted" for k in keys(text, lang, [name]))


# --------------------------------------------------------------------------- membership


def test_being_on_a_list_is_no_advance() -> None:
    found = keys(
        "Населені пункти Хотінської громади входять до переліку на евакуацію.", "uk", ["Хотінської громади"]
    )
    assert not any(k[0] == "advance" for k in found)
    assert not keys("Село Хотінь входить до складу Сумського району.", "uk", ["Хотінь"])


def test_entering_a_town_is_still_an_advance() -> None:
    assert ("advance", TOWN, "UA", "asserted") in keys(
        "Українські війська входять у Херсон.", "uk", ["Херсон"]
    )


# --------------------------------------------------------------------------- events that only date


def test_an_attack_that_only_dates_something_is_no_new_claim() -> None:
    text = (
        "Российские дроны атаковали Миргород. Облачность долго мешала съёмке. "
        "Мы изучили спутниковые снимки, сделанные уже после атаки."
    )
    assert keys(text, "ru", ["Миргород"]) == {("strike", TOWN, "RU", "asserted")}


def test_an_attack_that_dates_something_with_a_place_of_its_own_stays() -> None:
    text = "Russian missiles hit Chuhuiv. After the shelling, Russian troops attacked near Kupiansk."
    assert ("fighting", OTHER, "RU", "asserted") in keys(text, "en", ["Chuhuiv", "Kupiansk"])
