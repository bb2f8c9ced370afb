"""Precision probes of round 12: classes of spurious claims and wrong modality, each varied over words,
word orders and languages, with negative probes where the rule must not fire. The sentences are written
for these tests; places get made-up ids.

- "Nobody was hurt" denies victims, not the fire: no negated strike ("ніхто з пасажирів не
  постраждав", "verletzt wurde dabei niemand", "никто из прохожих не пострадал").
- "The situation is under control" holds no place ("ситуацію тримають під контролем", "die Lage in A
  sei unter Kontrolle"); a place held under a side's control stays a holding.
- Lacking reserves moves none ("lack reserves", "verfügt kaum über Reserven", "бракує резервів",
  "не хватает резервов"); reserves moved to a place stay a reinforcement.
- Utility supply is no supply line ("restoring the power supply", "Stromversorgung",
  "электроснабжение", "водопостачання"); a supply road under fire stays one.
- A wire agency's caveat about "battlefield reports" tells no fight; a party's no-comment after its
  object ("удар по A не комментировала") or a claim it neither confirms nor denies ("weder bestätigen
  noch dementieren") is no claim, and its denial word negates nothing else in the sentence.
- Negation scope: a clause ", пока его не освободили" / ", поки не вибили" is "until", no negation;
  "не планируется" negates an evacuation as "не планується" does; a failure word in an earlier part
  that tells its own event ("the push failed, and the attackers fell back") does not negate the later
  part.
"""

from __future__ import annotations

import pytest

from claims_helpers import settlement_keys as keys

TOWN = "gn:1"
OTHER = "gn:2"


# --------------------------------------------------------------------------- nobody hurt


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Уранці дрон влучив у маршрутку в Сумах. Ніхто з пасажирів не постраждав.", "Сумах"),
        ("ru", "Снаряд попал в остановку в Шебекино, никто из прохожих не пострадал.", "Шебекино"),
        ("de", "Eine Drohne traf ein Lagerhaus in Isjum, verletzt wurde dabei niemand.", "Isjum"),
        ("uk", "Ракета влучила в склад у Сумах, не постраждав ніхто.", "Сумах"),
    ],
)
def test_nobody_hurt_negates_no_strike(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert not any(k[0] == "strike" and k[3] == "negated" for k in found)


def test_a_denied_strike_stays_negated() -> None:
    found = keys("Міноборони заперечило, що росіяни вдарили по Сумах.", "uk", ["Сумах"])
    assert any(k[0] == "strike" and k[3] == "negated" for k in found)


# --------------------------------------------------------------------------- situation under control


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("uk", "Голова громади запевнив, що ситуацію в Ізюмі тримають під контролем.", ["Ізюмі"]),
        ("ru", "Мэр Шебекино заявил, что обстановка в городе под полным контролем.", ["Шебекино"]),
        ("en", "The governor insisted the situation in Sumy was firmly under control.", ["Sumy"]),
        ("de", "Der Bürgermeister erklärte, die Lage in Isjum sei weiterhin unter Kontrolle.", ["Isjum"]),
    ],
)
def test_situation_under_control_holds_nothing(lang: str, text: str, names: list[str]) -> None:
    assert not any(k[0] == "control_held" for k in keys(text, lang, names))


def test_a_place_under_control_stays_held() -> None:
    found = keys("Ізюм повністю під контролем ЗСУ, повідомив речник.", "uk", ["Ізюм"])
    assert any(k[0] == "control_held" and k[1] == TOWN for k in found)


# --------------------------------------------------------------------------- lacking reserves


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Russian command apparently lacks fresh reserves near Kupiansk."),
        ("en", "Ukrainian brigades around Kupiansk have few reserves left."),
        ("de", "Die russische Führung verfügt bei Kupjansk offenbar kaum noch über Reserven."),
        ("ru", "Под Купянском у противника не хватает резервов."),
        ("uk", "Росіянам під Куп'янськом бракує резервів."),
    ],
)
def test_lacking_reserves_is_no_reinforcement(lang: str, text: str) -> None:
    name = {"en": "Kupiansk", "de": "Kupjansk", "ru": "Купянском", "uk": "Куп'янськом"}[lang]
    assert not any(k[0] == "reinforcement" for k in keys(text, lang, [name]))


def test_reserves_moved_stay_a_reinforcement() -> None:
    found = keys("Russia has moved fresh reserves to Kupiansk, the General Staff said.", "en", ["Kupiansk"])
    assert any(k[0] == "reinforcement" for k in found)


# --------------------------------------------------------------------------- utility supply


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Repair crews in Sumy are restoring the power supply.", "Sumy"),
        ("en", "The drones hit substations near Sumy, which supply the local water works.", "Sumy"),
        ("de", "In Isjum ist die Wasserversorgung seit Tagen unterbrochen.", "Isjum"),
        ("ru", "В Шебекино восстановили электроснабжение.", "Шебекино"),
        ("uk", "У Сумах відновили водопостачання.", "Сумах"),
    ],
)
def test_utility_supply_is_no_supply_line(lang: str, text: str, name: str) -> None:
    assert not any(k[0] == "supply_line" for k in keys(text, lang, [name]))


def test_a_supply_road_under_fire_stays_a_supply_line() -> None:
    found = keys("The main supply road to Sumy is under constant Russian drone fire.", "en", ["Sumy"])
    assert any(k[0] == "supply_line" for k in found)


# --------------------------------------------------------------------------- boilerplate, no comment


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Редакция не может независимо проверить сообщения сторон о ситуации на поле боя."),
        ("uk", "Редакція не може перевірити заяви сторін щодо ситуації на полі бою."),
        ("en", "The agency was unable to verify battlefield claims by either side."),
    ],
)
def test_battlefield_caveat_is_no_fight(lang: str, text: str) -> None:
    assert not any(k[0] == "fighting" for k in keys(text, lang, []))


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Российская сторона официально удар по Шебекино не комментировала.", "Шебекино"),
        ("uk", "Командування атаку на Суми поки не коментує.", "Суми"),
        ("de", "Die Armee wollte den Rückzug aus Isjum weder bestätigen noch dementieren.", "Isjum"),
        ("en", "The Pentagon would neither confirm nor deny the withdrawal from Sumy.", "Sumy"),
        ("uk", "Штаб не може ні підтвердити, ні спростувати відхід із Сум.", "Сум"),
    ],
)
def test_no_comment_and_undecided_give_no_claim(lang: str, text: str, name: str) -> None:
    assert keys(text, lang, [name]) == set()


def test_undecided_words_negate_nothing_else() -> None:
    found = keys(
        "Штаб не може ні підтвердити, ні спростувати цей відхід; бої за Суми тривають.", "uk", ["Суми"]
    )
    assert not any(k[3] == "negated" for k in found)


def test_a_strike_told_before_a_no_comment_of_another_party_stays() -> None:
    found = keys("ВСУ нанесли удар по Шебекино, Киев это не комментировал.", "ru", ["Шебекино"])
    assert any(k[0] == "strike" and k[1] == TOWN for k in found)


# --------------------------------------------------------------------------- negation scope


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Шебекино оставалось под оккупацией полгода, пока его не освободила армия.", "Шебекино"),
        ("uk", "Ізюм був окупований пів року, доки його не звільнили українські війська.", "Ізюм"),
    ],
)
def test_until_clause_is_no_negation(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert any(k[0] == "control_change" and k[3] == "asserted" for k in found)
    assert not any(k[3] == "negated" for k in found)


def test_not_yet_liberated_stays_negated() -> None:
    found = keys("Армия пока не освободила Шебекино.", "ru", ["Шебекино"])
    assert any(k[0] == "control_change" and k[3] == "negated" for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "Эвакуация жителей Шебекино пока не планируется.",
        "Эвакуацию из Шебекино, как сообщил губернатор, не планируют.",
    ],
)
def test_evacuation_not_planned_is_negated(text: str) -> None:
    found = keys(text, "ru", ["Шебекино"])
    assert any(k[0] == "evacuation" and k[3] == "negated" for k in found)
    assert not any(k[0] == "evacuation" and k[3] == "asserted" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "Der Angriff auf Isjum sei gescheitert, die Angreifer hätten sich danach zurückgezogen.",
            "Isjum",
        ),
        ("en", "The Russian push on Izium failed, and the attackers fell back with losses.", "Izium"),
    ],
)
def test_failure_of_an_earlier_part_does_not_negate_the_retreat(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert not any(k[0] == "withdrawal" and k[3] == "negated" for k in found)


# --------------------------------------------------------------------------- civilians holding on


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("uk", "Мешканці Оріхова тримаються, хоча світла немає вже тиждень.", "Оріхова"),
        ("ru", "Люди в Купянске держатся из последних сил.", "Купянске"),
        ("en", "The people of Orikhiv keep holding on, the volunteer said.", "Orikhiv"),
        ("de", "Die Bewohner von Orichiw halten weiter durch.", "Orichiw"),
    ],
)
def test_civilians_holding_on_hold_no_place(lang: str, text: str, name: str) -> None:
    assert not any(k[0] == "control_held" for k in keys(text, lang, [name]))


def test_soldiers_holding_on_at_a_place_stay_a_holding() -> None:
    found = keys("Наші бійці в Оріхові тримаються.", "uk", ["Оріхові"])
    assert any(k[0] == "control_held" and k[1] == TOWN for k in found)


# --------------------------------------------------------------------------- a departure that dates


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The governor said the pumping station in Sumy was mined before the Russians left.", "Sumy"),
        ("de", "Kurz vor ihrem Abzug sollen die Besatzer in Isjum die Brücke gesprengt haben.", "Isjum"),
        ("ru", "Перед своим отступлением оккупанты взорвали мост в Шебекино.", "Шебекино"),
        ("uk", "Перед своїм відступом окупанти замінували школу в Ізюмі.", "Ізюмі"),
    ],
)
def test_a_departure_that_dates_another_act_is_no_claim(lang: str, text: str, name: str) -> None:
    assert not any(k[0] == "withdrawal" for k in keys(text, lang, [name]))


def test_a_departure_told_as_such_stays() -> None:
    found = keys("The Russians left Sumy on Friday, the governor said.", "en", ["Sumy"])
    assert any(k[0] == "withdrawal" and k[1] == TOWN for k in found)
