"""Recall probes, round 6: claims the extractor missed on reporting its rules had not seen, as general
phenomena checked across languages, each with probes where the rule must not fire.

1. A verdict on the claim just made, whose object is that claim or nothing ("this is simply untrue",
   "Kyiv widerspricht", "Не вірте", "Враньё", "Это не так"), negates the claims of the sentence before
   it with the denier as source; what follows its comma or colon is the denier's own version, asserted.
   A denial whose object is a report ("wies Berichte zurück, ...") still governs the clause after it.
2. Forces that turn up in a place ("columns appeared in A", "slipped into A", "aufgetaucht",
   "з'явилися", "появились") have advanced there; refugees or a video that appear have not.
3. A move that was tried and failed is a negated advance, also when the failure stands before the
   attempt ("безуспішно намагався просунутися") or is told as "got nowhere".
4. A blame in the part of the sentence that names the act ("blamed the shelling on Russian troops",
   "возлагают ответственность за обстрелы на российских военных") makes the blamed side its actor.
5. An official's imperative or request to leave ("виїжджайте!", "прошу виїхати", "уезжайте",
   "Verlassen Sie die Stadt", "ordered out of A") is an evacuation of the place; "ordered out of the
   courtroom" is none.
6. Fire told by its weapon: a place destroyed "with glide bombs" / "керованими авіабомбами", weapons
   "used against" targets, "застосував балістичну ракету", "начнет бить по"; a doctor applying new
   methods is none.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import claim_keys, extract_checked, settlement

PlaceSpec = tuple[str, str | None, str]
ClaimKey = tuple[str, str | None, str | None, str]

# --- 1. verdicts on the claim before ----------------------------------------------------------------

VERDICTS: list[tuple[str, str, list[PlaceSpec], list[ClaimKey], list[ClaimKey]]] = [
    (
        "en",
        "The Russian defence ministry announced the capture of Hrakove. "
        "Our men there say this is simply untrue: the village is still held by Ukrainian troops.",
        [settlement("Hrakove", 601)],
        [("control_change", "gn:601", "RU", "negated"), ("control_held", "gn:601", "UA", "asserted")],
        [("control_held", "gn:601", "UA", "negated")],
    ),
    (
        "de",
        "Das russische Verteidigungsministerium meldete die Einnahme von Hrakowe. Kiew widerspricht.",
        [settlement("Hrakowe", 602)],
        [("control_change", "gn:602", "RU", "asserted"), ("control_change", "gn:602", "RU", "negated")],
        [],
    ),
    (
        "de",
        "Das russische Verteidigungsministerium meldete die Einnahme von Hrakowe. "
        "Der Sprecher der Brigade weist das zurück, die Kämpfe um den Ort gingen weiter.",
        [settlement("Hrakowe", 603)],
        [("control_change", "gn:603", "RU", "negated")],
        [("fighting", "gn:603", None, "negated")],
    ),
    (
        "uk",
        "Російські військкори заявили про захоплення Гракового. Не вірте: село під контролем ЗСУ.",
        [settlement("Гракового", 604), settlement("Граков", 604)],
        [("control_change", "gn:604", "RU", "negated"), ("control_held", None, "UA", "asserted")],
        [("control_held", None, "UA", "negated")],
    ),
    (
        "ru",
        "Украинские паблики пишут, что Граково полностью под контролем ВСУ. "
        "Это не так: бои идут на восточной окраине.",
        [settlement("Граково", 605)],
        [("control_held", "gn:605", "UA", "negated")],
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "present", "absent"), VERDICTS)
def test_a_verdict_negates_the_claim_before_and_not_the_version_after_it(
    lang: str, text: str, places: list[PlaceSpec], present: list[ClaimKey], absent: list[ClaimKey]
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    for key in present:
        if key[1] is None:
            assert any(k[0] == key[0] and k[2:] == key[2:] for k in keys), (key, keys)
        else:
            assert key in keys, (key, keys)
    for key in absent:
        assert not any(k[0] == key[0] and k[2:] == key[2:] for k in keys), (key, keys)


def test_a_denial_of_reports_still_governs_the_clause_after_it() -> None:
    # "Berichte" is what is denied, and the clause after the comma says what those reports claim.
    keys = claim_keys(
        extract_checked(
            "Kiew wies Berichte zurück, ukrainische Truppen hätten Hrakowe beschossen.",
            "de",
            [settlement("Hrakowe", 606)],
        )
    )
    assert ("strike", "gn:606", "UA", "negated") in keys
    assert ("strike", "gn:606", "UA", "asserted") not in keys


def test_a_verdict_with_nothing_before_it_negates_nothing() -> None:
    keys = claim_keys(
        extract_checked("Враньё, наши стоят в центре Гракова.", "ru", [settlement("Гракова", 607)])
    )
    assert not any(k[3] == "negated" for k in keys)


# --- 2. forces that turn up in a place ---------------------------------------------------------------

APPEARANCES: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "en",
        "Russian armoured columns appeared in Hrakove on Friday.",
        [settlement("Hrakove", 611)],
        ("advance", "gn:611", "RU", "asserted"),
    ),
    (
        "en",
        "Small Russian groups slipped into Hrakove overnight.",
        [settlement("Hrakove", 612)],
        ("advance", "gn:612", "RU", "asserted"),
    ),
    (
        "de",
        "Am Ortsrand von Hrakowe tauchten am Morgen ukrainische Soldaten auf.",
        [settlement("Hrakowe", 613)],
        ("advance", "gn:613", "UA", "asserted"),
    ),
    (
        "de",
        "In Hrakowe sind russische Panzer aufgetaucht.",
        [settlement("Hrakowe", 614)],
        ("advance", "gn:614", "RU", "asserted"),
    ),
    (
        "uk",
        "У Граковому з'явилися російські танки.",
        [settlement("Граковому", 615)],
        ("advance", "gn:615", "RU", "asserted"),
    ),
    (
        "ru",
        "В Гракове появились российские танки.",
        [settlement("Гракове", 616)],
        ("advance", "gn:616", "RU", "asserted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), APPEARANCES)
def test_forces_that_turn_up_in_a_place_advanced_there(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(extract_checked(text, lang, places))


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("en", "Long columns of refugees appeared near Hrakove.", [settlement("Hrakove", 617)]),
        ("uk", "На дорогах біля Гракового з'явилися колони біженців.", [settlement("Гракового", 618)]),
        ("en", "A new video of Hrakove appeared on Telegram.", [settlement("Hrakove", 619)]),
    ],
)
def test_refugees_or_a_video_that_appear_are_no_advance(
    lang: str, text: str, places: list[PlaceSpec]
) -> None:
    assert not any(k[0] == "advance" for k in claim_keys(extract_checked(text, lang, places)))


# --- 3. failed attempts ------------------------------------------------------------------------------

FAILED: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "en",
        "The enemy tried to advance near Hrakove three times; every attempt was beaten back.",
        [settlement("Hrakove", 621)],
        ("advance", "gn:621", "RU", "negated"),
    ),
    (
        "uk",
        "Ворог двічі безуспішно намагався просунутися поблизу Гракового.",
        [settlement("Гракового", 622)],
        ("advance", "gn:622", "RU", "negated"),
    ),
    (
        "ru",
        "Противник безуспешно пытался прорваться у Гракова.",
        [settlement("Гракова", 623)],
        ("advance", "gn:623", "UA", "negated"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), FAILED)
def test_a_failed_attempt_to_move_is_a_negated_advance(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    # Russian-side outlet for ru ("противник" is the Ukrainian side), Ukrainian-side for the others.
    source = "Рыбарь" if lang == "ru" else "Генштаб ЗСУ"
    assert expected in claim_keys(extract_checked(text, lang, places, source=source))


def test_an_attempt_without_a_failure_is_no_advance() -> None:
    keys = claim_keys(
        extract_checked(
            "The enemy tried to advance near Hrakove overnight.", "en", [settlement("Hrakove", 624)]
        )
    )
    assert not any(k[0] == "advance" for k in keys)


# --- 4. blame in the part that names the act ----------------------------------------------------------

BLAMES: list[tuple[str, str, list[PlaceSpec]]] = [
    (
        "ru",
        "В Москве утверждают, что ВСУ снова обстреляли Граково, а в «Энергоатоме» возлагают "
        "ответственность за обстрелы на российских военных.",
        [settlement("Граково", 631)],
    ),
    (
        "uk",
        "Росіяни стверджують, що ЗСУ обстріляли Гракове, а в «Енергоатомі» покладають "
        "відповідальність за обстріли на російських військових.",
        [settlement("Гракове", 632)],
    ),
    (
        "en",
        "Moscow says Ukrainian troops shelled Hrakove, while the operator blamed the shelling on "
        "Russian troops.",
        [settlement("Hrakove", 633)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "places"), BLAMES)
def test_a_blame_in_the_part_naming_the_act_makes_the_blamed_side_its_actor(
    lang: str, text: str, places: list[PlaceSpec]
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    place = places[0][1]
    assert ("strike", place, "UA", "asserted") in keys
    assert ("strike", place, "RU", "asserted") in keys


# --- 5. calls to leave ------------------------------------------------------------------------------

CALLS: list[tuple[str, str, list[PlaceSpec]]] = [
    (
        "uk",
        "Звертаюся до всіх, хто лишається в Граковому: не зволікайте, виїжджайте!",
        [settlement("Граковому", 641)],
    ),
    ("uk", "Усіх, хто досі залишається в Граковому, прошу виїхати.", [settlement("Граковому", 642)]),
    (
        "ru",
        "Губернатор обратился к жителям Гракова: уезжайте, пока есть возможность.",
        [settlement("Гракова", 643)],
    ),
    (
        "de",
        "Der Bürgermeister von Hrakowe appellierte: Verlassen Sie die Stadt, solange es geht.",
        [settlement("Hrakowe", 644)],
    ),
    (
        "en",
        "Families with children have been ordered out of Hrakove by the authorities.",
        [settlement("Hrakove", 645)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "places"), CALLS)
def test_a_call_to_leave_is_an_evacuation_of_the_place(lang: str, text: str, places: list[PlaceSpec]) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert any(k[0] == "evacuation" and k[1] == places[0][1] and k[3] == "asserted" for k in keys), keys


def test_ordered_out_of_a_room_is_no_evacuation() -> None:
    keys = claim_keys(
        extract_checked(
            "In Hrakove the reporter was ordered out of the courtroom.", "en", [settlement("Hrakove", 646)]
        )
    )
    assert not any(k[0] == "evacuation" for k in keys)


# --- 6. fire told by its weapon ------------------------------------------------------------------------

WEAPON_FIRE: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "uk",
        "Окупанти щодня нищать Гракове керованими авіабомбами.",
        [settlement("Гракове", 651)],
        ("strike", "gn:651", "RU", "asserted"),
    ),
    (
        "ru",
        "Российская армия ежедневно разрушает Граково управляемыми авиабомбами.",
        [settlement("Граково", 652)],
        ("strike", "gn:652", "RU", "asserted"),
    ),
    (
        "en",
        "Russian forces are pounding Hrakove with glide bombs every day.",
        [settlement("Hrakove", 653)],
        ("strike", "gn:653", "RU", "asserted"),
    ),
    (
        "de",
        "Russland hat Hrakowe mit Gleitbomben weitgehend zerstört.",
        [settlement("Hrakowe", 654)],
        ("strike", "gn:654", "RU", "asserted"),
    ),
    (
        "uk",
        "Російська армія застосувала по Гракову балістичну ракету.",
        [settlement("Гракову", 655)],
        ("strike", "gn:655", "RU", "asserted"),
    ),
    (
        "ru",
        "Российская армия в ближайшие дни начнет бить по Гракову.",
        [settlement("Гракову", 656)],
        ("strike", "gn:656", "RU", "predicted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), WEAPON_FIRE)
def test_fire_told_by_its_weapon_is_a_strike(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(extract_checked(text, lang, places))


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("ru", "Врачи в Гракове применили новые методы лечения.", [settlement("Гракове", 657)]),
        ("en", "Builders in Hrakove demolished the old barn with a digger.", [settlement("Hrakove", 658)]),
    ],
)
def test_tools_that_are_no_weapons_make_no_strike(lang: str, text: str, places: list[PlaceSpec]) -> None:
    assert not any(k[0] == "strike" for k in claim_keys(extract_checked(text, lang, places)))


# --- 7. what a capture would open ---------------------------------------------------------------------

OPENED_WAYS: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "ru",
        "Взятие Гракова открыло бы российской армии путь к Купянску.",
        [settlement("Гракова", 661), settlement("Купянску", 662)],
        ("control_change", "gn:661", "RU", "conditional"),
    ),
    (
        "de",
        "Wenn Hrakowe fällt, haben die Russen freie Bahn bis Kupjansk.",
        [settlement("Hrakowe", 663), settlement("Kupjansk", 664)],
        ("control_change", "gn:663", "RU", "conditional"),
    ),
    (
        "en",
        "If Hrakove falls completely, the Russians will be able to cut the road to Kupiansk.",
        [settlement("Hrakove", 665), settlement("Kupiansk", 666)],
        ("control_change", "gn:665", "RU", "conditional"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), OPENED_WAYS)
def test_a_capture_that_would_open_the_way_is_a_conditional_capture_and_move(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert expected in keys
    if lang != "en":  # the English probe opens no way, it cuts a road
        assert any(k[0] == "advance" and k[2:] == ("RU", "conditional") for k in keys), keys


def test_a_way_opened_to_trade_is_no_advance() -> None:
    keys = claim_keys(
        extract_checked(
            "Новый мост в Гракове открыл путь к развитию торговли.", "ru", [settlement("Гракове", 667)]
        )
    )
    assert not any(k[0] == "advance" for k in keys)


# --- 8. forces that still remain in a place -------------------------------------------------------------

STILL_THERE: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "uk",
        "Окупанти ще залишаються в кількох селах біля Гракового.",
        [settlement("Гракового", 671)],
        ("control_held", "gn:671", "RU", "asserted"),
    ),
    (
        "ru",
        "Российские военные всё ещё остаются в нескольких сёлах у Гракова.",
        [settlement("Гракова", 672)],
        ("control_held", "gn:672", "RU", "asserted"),
    ),
    (
        "en",
        "Russian troops still remain in several villages near Hrakove.",
        [settlement("Hrakove", 673)],
        ("control_held", "gn:673", "RU", "asserted"),
    ),
    (
        "de",
        "Russische Truppen sind noch immer in einigen Dörfern bei Hrakowe.",
        [settlement("Hrakowe", 674)],
        ("control_held", "gn:674", "RU", "asserted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), STILL_THERE)
def test_forces_that_still_remain_in_a_place_hold_it(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(extract_checked(text, lang, places))


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("uk", "Мешканці ще залишаються в Граковому.", [settlement("Граковому", 675)]),
        ("en", "Hundreds of civilians still remain in Hrakove.", [settlement("Hrakove", 676)]),
    ],
)
def test_civilians_who_remain_hold_nothing(lang: str, text: str, places: list[PlaceSpec]) -> None:
    assert not any(k[0] == "control_held" for k in claim_keys(extract_checked(text, lang, places)))


# --- 9. a side blowing up a building or a crossing ---------------------------------------------------------

BUILDINGS_BLOWN_UP: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "de",
        "Die Besatzer hätten die Schule in Hrakowe vor dem Abzug selbst gesprengt, heißt es in Kiew.",
        [settlement("Hrakowe", 681)],
        ("demolition", "gn:681", "RU", "asserted"),
    ),
    (
        "ru",
        "Российские саперы взорвали здание администрации в Гракове.",
        [settlement("Гракове", 682)],
        ("demolition", "gn:682", "RU", "asserted"),
    ),
    (
        "uk",
        "Відступаючи, окупанти підірвали прогони переправи біля Гракового.",
        [settlement("Гракового", 683)],
        ("demolition", "gn:683", "RU", "asserted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), BUILDINGS_BLOWN_UP)
def test_a_side_blowing_up_a_building_or_crossing_is_a_demolition(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(extract_checked(text, lang, places))


def test_partisans_blowing_up_a_building_stay_a_partisan_attack() -> None:
    keys = claim_keys(
        extract_checked(
            "Партизани підірвали будівлю окупаційної адміністрації в Граковому.",
            "uk",
            [settlement("Граковому", 684)],
        )
    )
    assert ("partisan_attack", "gn:684", "UA", "asserted") in keys
    assert not any(k[0] == "demolition" for k in keys)


# --- 10. the verb "target" -------------------------------------------------------------------------------


def test_denying_targeting_a_place_negates_a_strike_by_the_denier() -> None:
    keys = claim_keys(
        extract_checked(
            "Missiles hit the hospital in Hrakove on Monday. Moscow denied targeting the hospital.",
            "en",
            [settlement("Hrakove", 691)],
        )
    )
    assert ("strike", "gn:691", "RU", "negated") in keys


@pytest.mark.parametrize(
    ("lang", "text", "places", "expected"),
    [
        (
            "en",
            "Ukraine will almost certainly continue to target the crossings near Hrakove.",
            [settlement("Hrakove", 692)],
            ("strike", "gn:692", "UA", "predicted"),
        ),
        (
            "ru",
            "Российские ракеты были нацелены на казармы в Гракове.",
            [settlement("Гракове", 693)],
            ("strike", "gn:693", "RU", "asserted"),
        ),
    ],
)
def test_aiming_fire_at_a_place_is_a_strike(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(extract_checked(text, lang, places))


def test_a_target_named_as_a_noun_after_hits_adds_no_claim_of_its_own() -> None:
    # "military targets" is the object of the strike verb, not a second act.
    claims = extract_checked(
        "Russian missiles hit military targets in Hrakove.", "en", [settlement("Hrakove", 694)]
    )
    assert claim_keys(claims) == {("strike", "gn:694", "RU", "asserted")}


# --- 11. what a side wants to reach ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "places", "expected"),
    [
        (
            "uk",
            "Окупанти хочуть вийти на панівні висоти біля Гракового.",
            [settlement("Гракового", 701)],
            ("advance", "gn:701", "RU", "predicted"),
        ),
        (
            "ru",
            "Российские войска хотят выйти к Гракову до конца месяца.",
            [settlement("Гракову", 702)],
            ("advance", "gn:702", "RU", "predicted"),
        ),
    ],
)
def test_a_move_a_side_wants_is_a_predicted_advance(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert any(k[0] == expected[0] and k[2:] == expected[2:] for k in keys), keys


# --- 12. a force pushed or driven back ------------------------------------------------------------------

PUSHED_BACK: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "de",
        "Seit die russischen Truppen im Mai aus Hrakowe vertrieben wurden, ist es dort ruhiger.",
        [settlement("Hrakowe", 711)],
        ("withdrawal", "gn:711", "RU", "asserted"),
    ),
    (
        "en",
        "Russian troops, pushed back from the outskirts of Hrakove last week, keep shelling the town.",
        [settlement("Hrakove", 712)],
        ("withdrawal", "gn:712", "RU", "asserted"),
    ),
    (
        "uk",
        "Російські підрозділи відкинуто від Гракового на схід.",
        [settlement("Гракового", 713)],
        ("withdrawal", "gn:713", "RU", "asserted"),
    ),
    (
        "ru",
        "Украинские подразделения отброшены от Гракова.",
        [settlement("Гракова", 714)],
        ("withdrawal", "gn:714", "UA", "asserted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), PUSHED_BACK)
def test_a_force_pushed_back_from_a_place_withdrew_from_it(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(extract_checked(text, lang, places))


def test_an_attack_beaten_back_is_no_withdrawal() -> None:
    keys = claim_keys(
        extract_checked(
            "Bei Hrakowe wurde der Angriff der Russen zurückgeschlagen.", "de", [settlement("Hrakowe", 715)]
        )
    )
    assert not any(k[0] == "withdrawal" for k in keys)


# --- 13. an attack on infrastructure is fire, not a ground fight -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "places", "expected"),
    [
        (
            "en",
            "Russia attacked energy infrastructure in Hrakove overnight.",
            [settlement("Hrakove", 721)],
            ("strike", "gn:721", "RU", "asserted"),
        ),
        (
            "de",
            "Kiew wirft Moskau vor, gezielt die Hafenanlagen von Hrakowe anzugreifen.",
            [settlement("Hrakowe", 722)],
            ("strike", "gn:722", "RU", "asserted"),
        ),
    ],
)
def test_an_attack_on_infrastructure_is_a_strike(
    lang: str, text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(extract_checked(text, lang, places))


def test_an_attack_on_positions_stays_a_fight() -> None:
    keys = claim_keys(
        extract_checked(
            "Russian troops attacked Ukrainian positions near Hrakove.", "en", [settlement("Hrakove", 723)]
        )
    )
    assert ("fighting", "gn:723", "RU", "asserted") in keys
    assert not any(k[0] == "strike" for k in keys)
