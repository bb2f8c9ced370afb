"""Recall probes, round 5: claims the extractor used to miss, as general phenomena.

1. An act said to be possible or not excluded is one still to come ("further strikes cannot be
   ruled out", "Angriffe seien weiterhin möglich", "удари можливі й надалі"): predicted, while
   "it is not excluded that they have already taken A" stays a doubt about the past (hedged).
2. "the region" without a name ("auf das Gebiet", "по області", "across the region") puts a
   placeless claim in the oblast named before it (claims.yaml key ``region_anaphora``).
3. A control change in the future or the infinitive ("если A перейдёт под контроль России", "якщо
   A перейде під контроль"): the condition or forecast of a change is a claim of its own.
4. A force said to be no longer in a place has left it ("російських військ у місті більше немає",
   "keine russischen Soldaten mehr", "no Russian troops left in A"): a withdrawal, asserted, not a
   negated claim.
5. A verb of firing with the weapon between it and its target ("работают артиллерией по", "били
   артилерією по"): a strike; without a weapon ("работают по графику") no fire.

Each phenomenon has probes in several languages where it is not language-specific, and negative
probes where the rule must not fire. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, claim_keys, extract_checked, oblast, settlement

# --- 1. a possibility of an act is a prediction ---------------------------------------------------

POSSIBLE = [
    ("de", "Weitere Raketenangriffe auf Sumy seien nicht auszuschließen, sagte der Gouverneur.", "Sumy"),
    ("de", "Neue Drohnenangriffe auf Charkiw bleiben nach Angaben der Stadt jederzeit möglich.", "Charkiw"),
    (
        "en",
        "The mayor told people to stay in shelters because another missile strike on Odesa was possible.",
        "Odesa",
    ),
    ("en", "Further shelling of Nikopol cannot be ruled out, the regional head warned.", "Nikopol"),
    ("uk", "Ракетні удари по Сумах можливі й надалі, попередив голова ОВА.", "Сумах"),
    ("uk", "Нові обстріли Нікополя не виключені, заявив очільник громади.", "Нікополя"),
]


@pytest.mark.parametrize(("lang", "text", "town"), POSSIBLE)
def test_a_possible_act_is_predicted(lang: str, text: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 501)]))
    assert ("strike", "gn:501", None, "predicted") in keys
    assert not any(k[0] == "strike" and k[3] in ("asserted", "negated", "hedged") for k in keys)


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        # A doubt about what may already have happened is a hedge, not a forecast.
        (
            "de",
            "Es ist nicht ausgeschlossen, dass russische Truppen Bachmut bereits eingenommen haben.",
            "Bachmut",
        ),
        ("uk", "Не виключено, що росіяни вже захопили Бахмут.", "Бахмут"),
    ],
)
def test_a_possibility_about_the_past_stays_a_hedge(lang: str, text: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 502)]))
    assert ("control_change", "gn:502", "RU", "hedged") in keys
    assert not any(k[3] == "predicted" for k in keys)


# --- 2. "the region" is the oblast named before ---------------------------------------------------

REGION = [
    (
        "de",
        "Der Gouverneur des Gebiets Sumy äußerte sich am Abend. "
        "Er sagte, der Beschuss auf das Gebiet halte an.",
        [oblast("Gebiets Sumy", "UA-59")],
        "iso:UA-59",
    ),
    (
        "en",
        "The governor of Kharkiv region spoke on Monday. He said shelling across the region was continuing.",
        [oblast("Kharkiv region", "UA-63")],
        "iso:UA-63",
    ),
    (
        "uk",
        "Голова Чернігівської області виступив увечері. За його словами, обстріли по області тривають.",
        [oblast("Чернігівської області", "UA-74")],
        "iso:UA-74",
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "region"), REGION)
def test_the_region_is_the_oblast_named_before(
    lang: str, text: str, places: list[PlaceSpec], region: str
) -> None:
    keys = claim_keys(extract_checked(text, lang, places))
    assert any(k[0] == "strike" and k[1] == region for k in keys)


def test_a_named_region_is_not_an_anaphor() -> None:
    # "in der Region Cherson" names its region: the claim is there, not in the oblast named before.
    text = "Der Gouverneur des Gebiets Sumy sprach am Morgen. Am Abend gab es Beschuss in der Region Cherson."
    places = [oblast("Gebiets Sumy", "UA-59"), oblast("Cherson", "UA-65")]
    keys = claim_keys(extract_checked(text, "de", places))
    assert not any(k[0] == "strike" and k[1] == "iso:UA-59" for k in keys)


def test_the_region_of_a_speaker_is_no_place() -> None:
    # "the region's governor" names who speaks, not where the shelling is.
    text = "Kharkiv region was quiet on Monday. Shelling hit Kupiansk overnight, the region's governor said."
    places = [oblast("Kharkiv region", "UA-63"), settlement("Kupiansk", 510)]
    keys = claim_keys(extract_checked(text, "en", places))
    assert any(k[0] == "strike" and k[1] == "gn:510" for k in keys)
    assert not any(k[0] == "strike" and k[1] == "iso:UA-63" for k in keys)


# --- 3. a change of control in the future or the infinitive ---------------------------------------

FUTURE_CHANGE = [
    (
        "ru",
        "Если Купянск перейдёт под контроль России, снабжение группировки будет нарушено.",
        "Купянск",
        "conditional",
    ),
    (
        "ru",
        "Эксперты считают, что Соледар может перейти под контроль российских войск в ближайшие дни.",
        "Соледар",
        "predicted",
    ),
    (
        "uk",
        "Якщо Бахмут перейде під контроль росіян, оборона на цьому напрямку посиплеться.",
        "Бахмут",
        "conditional",
    ),
]


@pytest.mark.parametrize(("lang", "text", "town", "modality"), FUTURE_CHANGE)
def test_a_future_change_of_control_is_a_claim(lang: str, text: str, town: str, modality: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 520)]))
    assert ("control_change", "gn:520", "RU", modality) in keys


def test_a_past_change_of_control_stays_asserted() -> None:
    keys = claim_keys(
        extract_checked("Село Пески перешло под контроль российских войск.", "ru", [settlement("Пески", 521)])
    )
    assert ("control_change", "gn:521", "RU", "asserted") in keys


# --- 4. a force no longer in a place has left it ---------------------------------------------------

GONE = [
    ("uk", "Голова ОВА заявив, що російських військ у Чернігові більше немає.", "Чернігові", "RU"),
    ("de", "Der Bürgermeister sagte, in Irpin gebe es keine russischen Soldaten mehr.", "Irpin", "RU"),
    ("en", "There are no Russian troops left in Trostianets, the governor said.", "Trostianets", "RU"),
    ("ru", "По словам мэра, украинских военных в Лимане уже нет.", "Лимане", "UA"),
]


@pytest.mark.parametrize(("lang", "text", "town", "side"), GONE)
def test_a_force_no_longer_there_has_withdrawn(lang: str, text: str, town: str, side: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 530)]))
    assert ("withdrawal", "gn:530", side, "asserted") in keys
    assert not any(k[3] == "negated" for k in keys)


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        # No troops that did something: no force said to be gone.
        ("en", "No Russian troops entered Trostianets, the governor said.", "Trostianets"),
        ("de", "Keine russischen Soldaten sind in Irpin eingedrungen.", "Irpin"),
        ("uk", "Обстрілів Чернігова більше немає, заявив мер.", "Чернігова"),
    ],
)
def test_no_troops_that_moved_is_no_withdrawal(lang: str, text: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 531)]))
    assert not any(k[0] == "withdrawal" for k in keys)


def test_no_troops_that_moved_is_still_a_denial() -> None:
    # The "no" of the move's subject still negates it.
    text = "No Russian troops entered Trostianets, the governor said."
    keys = claim_keys(extract_checked(text, "en", [settlement("Trostianets", 532)]))
    assert ("advance", "gn:532", "RU", "negated") in keys


def test_a_possible_act_in_a_phrase_of_speed_is_no_forecast() -> None:
    # "so schnell wie möglich" says how fast, not that an act may come.
    text = "Der Beschuss von Sumy war in der Nacht so schwer wie möglich."
    keys = claim_keys(extract_checked(text, "de", [settlement("Sumy", 533)]))
    assert ("strike", "gn:533", None, "asserted") in keys


# --- 5. a verb of firing with the weapon before its target ----------------------------------------

FIRING = [
    ("ru", "Наши уже работают артиллерией по промзоне Лисичанска.", "Лисичанска", "RU"),
    ("ru", "Противник бьёт из миномётов по окраинам Купянска.", "Купянска", "UA"),
    ("uk", "Вночі росіяни били артилерією по Торському.", "Торському", "RU"),
    ("uk", "Окупанти гатять з мінометів по Херсону.", "Херсону", "RU"),
]


@pytest.mark.parametrize(("lang", "text", "town", "side"), FIRING)
def test_firing_with_a_weapon_at_a_target_is_a_strike(lang: str, text: str, town: str, side: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 540)], source="Телеграм-канал"))
    assert ("strike", "gn:540", side, "asserted") in keys


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("ru", "Сапёры работают по графику в Купянске.", "Купянске"),
        ("uk", "Комунальники працюють по всьому Херсону.", "Херсону"),
    ],
)
def test_working_without_a_weapon_is_no_fire(lang: str, text: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 541)]))
    assert not any(k[0] == "strike" for k in keys)


# --- 6. the denier's own version after a colon is asserted ----------------------------------------

COUNTER_VERSIONS = [
    (
        "en",
        "The Ukrainian military called the claim a lie: Siversk remains under Ukrainian control.",
        "Siversk",
    ),
    (
        "de",
        "Die ukrainische Armee wies die Meldung zurück: Toretsk sei nicht gefallen, "
        "die Stadt werde weiter von ukrainischen Einheiten gehalten.",
        "Toretsk",
    ),
    (
        "uk",
        "Генштаб ЗСУ спростував заяву Москви: Куп’янськ залишається під контролем українських військ.",
        "Куп’янськ",
    ),
]


@pytest.mark.parametrize(("lang", "text", "town"), COUNTER_VERSIONS)
def test_the_deniers_own_version_is_asserted(lang: str, text: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 550)]))
    assert ("control_held", "gn:550", "UA", "asserted") in keys
    assert ("control_held", "gn:550", "UA", "negated") not in keys


def test_the_denied_claim_after_the_colon_stays_negated() -> None:
    # The version after the colon restates the denied act with a negator of its own.
    text = "В Минобороны России опровергли эти данные: российские войска не обстреливали Херсон."
    keys = claim_keys(extract_checked(text, "ru", [settlement("Херсон", 551)]))
    assert ("strike", "gn:551", "RU", "negated") in keys
    assert not any(k[3] == "asserted" for k in keys)


def test_a_denial_without_a_colon_still_reaches_its_complement() -> None:
    text = "The Ukrainian military denied that Siversk remains under Russian control."
    keys = claim_keys(extract_checked(text, "en", [settlement("Siversk", 552)]))
    assert any(k[0] == "control_held" and k[3] == "negated" for k in keys)
    assert not any(k[0] == "control_held" and k[3] == "asserted" for k in keys)


# --- 7. a force present in a place since a time holds it -------------------------------------------

PRESENCE = [
    ("de", "In Oleschky stehen russische Truppen seit März 2022.", "Oleschky"),
    ("en", "Russian troops have been in Oleshky since March 2022.", "Oleshky"),
    ("uk", "Російські війська стоять в Олешках з березня 2022 року.", "Олешках"),
    ("ru", "Российские войска стоят в Алешках с марта 2022 года.", "Алешках"),
    (
        "ru",
        "Российские военные вошли в Тростянец в первые дни войны и простояли здесь больше месяца.",
        "Тростянец",
    ),
]


@pytest.mark.parametrize(("lang", "text", "town"), PRESENCE)
def test_a_force_present_since_a_time_holds_the_place(lang: str, text: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 560)]))
    assert ("control_held", "gn:560", "RU", "asserted") in keys


def test_a_force_before_a_town_since_a_time_does_not_hold_it() -> None:
    # "stehen seit Tagen vor A": a siege, not a holding of A.
    keys = claim_keys(
        extract_checked(
            "Russische Truppen stehen seit Tagen vor Kupjansk.", "de", [settlement("Kupjansk", 561)]
        )
    )
    assert not any(k[0] == "control_held" for k in keys)


# --- 8. civilians brought out, and calls to leave in the progressive ------------------------------

EVACUATIONS = [
    ("de", "Die letzten Zivilisten wurden bereits im Frühjahr aus Marjinka gebracht.", "Marjinka", None),
    ("de", "Die Stadtverwaltung ließ die Bewohner von Irpin in Notunterkünfte bringen.", "Irpin", "UA"),
    (
        "en",
        "Local officials keep urging families with children in Kramatorsk to leave for safer regions.",
        "Kramatorsk",
        "UA",
    ),
]


@pytest.mark.parametrize(("lang", "text", "town", "side"), EVACUATIONS)
def test_civilians_brought_out_or_urged_to_leave_is_an_evacuation(
    lang: str, text: str, town: str, side: str | None
) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 570)]))
    assert ("evacuation", "gn:570", side, "asserted") in keys


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        # The wounded brought to hospital after a strike, soldiers brought out: no evacuation.
        (
            "de",
            "In Charkiw wurden nach dem Raketenangriff zwölf Menschen ins Krankenhaus gebracht.",
            "Charkiw",
        ),
        ("de", "Die verwundeten Soldaten wurden aus Bachmut gebracht.", "Bachmut"),
    ],
)
def test_people_brought_to_hospital_or_soldiers_are_no_evacuation(lang: str, text: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 571)]))
    assert not any(k[0] == "evacuation" for k in keys)


# --- 9. "further attacks" feared on a place are strikes; ground attacks stay fighting --------------

FURTHER_ATTACKS = [
    (
        "de",
        "Man rechne mit weiteren russischen Angriffen auf Odessa, hieß es aus der Stadtverwaltung.",
        "Odessa",
    ),
    ("en", "Officials warned that further attacks on Odesa were likely in the coming days.", "Odesa"),
    (
        "en",
        "The mayor told residents of Mykolaiv to stay in shelters because another attack was possible.",
        "Mykolaiv",
    ),
    ("uk", "Нові атаки на Одесу можливі вже найближчими ночами, попередили у Повітряних силах.", "Одесу"),
]


@pytest.mark.parametrize(("lang", "text", "town"), FURTHER_ATTACKS)
def test_further_attacks_feared_on_a_place_are_predicted_strikes(lang: str, text: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 580)]))
    assert any(k[0] == "strike" and k[1] == "gn:580" and k[3] == "predicted" for k in keys)


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("en", "Russian forces launched new attacks near Bakhmut on Tuesday.", "Bakhmut"),
        ("de", "Russische Truppen starteten neue Angriffe bei Bachmut.", "Bachmut"),
        ("ru", "Противник предпринял новые атаки под Бахмутом.", "Бахмутом"),
    ],
)
def test_new_ground_attacks_near_a_place_are_no_strike(lang: str, text: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(town, 581)]))
    assert any(k[0] == "fighting" for k in keys)
    assert not any(k[0] == "strike" for k in keys)


# --- 10. the next place to be taken, said without a question ---------------------------------------

NEXT = [
    ("ru", "Северодонецк взят, так что Лисичанск теперь следующий.", "Северодонецк", "Лисичанск"),
    ("uk", "Сєвєродонецьк уже впав, тепер Лисичанськ — наступний.", "Сєвєродонецьк", "Лисичанськ"),
]


@pytest.mark.parametrize(("lang", "text", "taken", "town"), NEXT)
def test_the_next_place_is_a_predicted_capture(lang: str, text: str, taken: str, town: str) -> None:
    keys = claim_keys(extract_checked(text, lang, [settlement(taken, 589), settlement(town, 590)]))
    assert any(k[0] == "control_change" and k[1] == "gn:590" and k[3] == "predicted" for k in keys)


def test_the_next_place_does_not_make_the_whole_sentence_a_forecast() -> None:
    # The capture already told in the first clause stays asserted.
    text = "Северодонецк взят, так что Лисичанск теперь следующий."
    places = [settlement("Северодонецк", 591), settlement("Лисичанск", 592)]
    keys = claim_keys(extract_checked(text, "ru", places))
    assert any(k[0] == "control_change" and k[1] == "gn:591" and k[3] == "asserted" for k in keys)


def test_a_next_stage_is_no_capture() -> None:
    keys = claim_keys(
        extract_checked(
            "Следующий этап наступления начнётся у Купянска.", "ru", [settlement("Купянска", 593)]
        )
    )
    assert not any(k[0] == "control_change" for k in keys)


# --- 11. a passive hit with a long target between auxiliary and participle -------------------------


def test_a_passive_hit_with_a_long_target_is_a_strike() -> None:
    text = "Auch in Kiew wurden am Samstag mehrere Anlagen der Energieversorgung getroffen."
    keys = claim_keys(extract_checked(text, "de", [settlement("Kiew", 600)]))
    assert ("strike", "gn:600", None, "asserted") in keys


def test_a_decision_taken_is_no_hit() -> None:
    text = "In Kiew wurde am Samstag nach langen Beratungen im Rathaus eine wichtige Entscheidung getroffen."
    keys = claim_keys(extract_checked(text, "de", [settlement("Kiew", 601)]))
    assert not any(k[0] == "strike" for k in keys)


# --- 12. "the port city", "the centre": a described town and its centre point back -----------------


def test_a_described_town_points_back_to_the_town_named_before() -> None:
    text = (
        "A missile hit Odesa on Friday. Officials warned that further attacks on the port city were likely."
    )
    keys = claim_keys(extract_checked(text, "en", [settlement("Odesa", 610)]))
    assert any(k[0] == "strike" and k[1] == "gn:610" and k[3] == "predicted" for k in keys)


# --- 13. "..., а також над A, B", "..., ebenso A und B": the same act at more places ---------------

ALSO_LISTS = [
    (
        "uk",
        "Війська РФ встановили контроль над Лисичанськом, а також над Новодружеськом і Білогорівкою.",
        ["Лисичанськом", "Новодружеськом", "Білогорівкою"],
    ),
    (
        "ru",
        "Российские войска заняли Лисичанск, а также Новодружеск и Белогоровку.",
        ["Лисичанск", "Новодружеск", "Белогоровку"],
    ),
    (
        "de",
        "Russische Truppen haben Lyssytschansk eingenommen, ebenso Nowodruschesk und Bilohoriwka.",
        ["Lyssytschansk", "Nowodruschesk", "Bilohoriwka"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "towns"), ALSO_LISTS)
def test_places_listed_after_also_share_the_act(lang: str, text: str, towns: list[str]) -> None:
    places = [settlement(town, 620 + index) for index, town in enumerate(towns)]
    keys = claim_keys(extract_checked(text, lang, places))
    for index in range(len(towns)):
        assert ("control_change", f"gn:{620 + index}", "RU", "asserted") in keys


def test_also_before_a_new_act_opens_no_list() -> None:
    # "а также обстреляли B": B is the place of the new act, not another capture.
    text = "Российские войска заняли Лисичанск, а также обстреляли Северск."
    keys = claim_keys(extract_checked(text, "ru", [settlement("Лисичанск", 630), settlement("Северск", 631)]))
    assert ("control_change", "gn:630", "RU", "asserted") in keys
    assert ("strike", "gn:631", "RU", "asserted") in keys
    assert not any(k[0] == "control_change" and k[1] == "gn:631" for k in keys)


# --- 14. a landing that was tried and failed is a negated advance (en had no failure words) -------


def test_a_failed_landing_is_a_negated_advance() -> None:
    text = "Ukrainian saboteurs attempted to land on the riverbank near Enerhodar and were destroyed."
    keys = claim_keys(extract_checked(text, "en", [settlement("Enerhodar", 640)]))
    assert ("advance", "gn:640", "UA", "negated") in keys
    assert ("advance", "gn:640", "UA", "asserted") not in keys


def test_a_landing_without_a_failure_stays_asserted() -> None:
    text = "Ukrainian marines landed on the riverbank near Krynky overnight."
    keys = claim_keys(extract_checked(text, "en", [settlement("Krynky", 641)]))
    assert ("advance", "gn:641", "UA", "asserted") in keys
