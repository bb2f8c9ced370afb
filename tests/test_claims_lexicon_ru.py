"""The Russian claim vocabulary (data/lang/ru/claims.yaml) on sentences written for these tests.

Each test names the way of saying a thing that the lexicon must recognise: the verb or noun of the
event, a hedge or a denial, a construction that moves a place into or out of the claim. Place
mentions are built by hand (the places stage is tested elsewhere).
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, claim_keys, extract_from
from frontwatch.model import Claim


def run_ru(text: str, places: list[PlaceSpec], source: str = "Тестовая газета") -> list[Claim]:
    return extract_from(text, "ru", places, source)


def types_at(claims: list[Claim], place_id: str) -> set[str]:
    return {c.event_type for c in claims if c.place is not None and c.place.place_id == place_id}


# --------------------------------------------------------------------------- event vocabulary


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # control_change: taking back, flags, future "возьмут" in a condition
        (
            "Украинские подразделения отвоевали село Гороховатка.",
            [("Гороховатка", "gn:1", "settlement")],
            ("control_change", "gn:1", "UA", "asserted"),
        ),
        (
            "Над зданием сельсовета в Боровой украинские бойцы вывесили флаг.",
            [("Боровой", "gn:2", "settlement")],
            ("control_change", "gn:2", "UA", "asserted"),
        ),
        (
            "Если ВСУ возьмут Купянск, то снабжение группировки станет невозможным.",
            [("Купянск", "gn:3", "settlement")],
            ("control_change", "gn:3", "UA", "conditional"),
        ),
        # advance: distance to a town, Telegram shorthand, "вышли к" reaches the place
        (
            "Украинские войска находятся в десяти километрах от Сватово.",
            [("Сватово", "gn:4", "settlement")],
            ("advance", None, "UA", "asserted"),  # Svatove is the objective (gold/README.md)
        ),
        (
            "По слухам, ВСУ уже в Боровой.",
            [("Боровой", "gn:2", "settlement")],
            ("advance", "gn:2", "UA", "hedged"),
        ),
        (
            "Российские штурмовые группы вышли к окраинам Бахмута.",
            [("Бахмута", "gn:5", "settlement")],
            ("advance", "gn:5", "RU", "asserted"),
        ),
        # withdrawal: MoD passive, fleeing with abandoned equipment, the noun
        (
            "Российские части выведены из Херсона на левый берег.",
            [("Херсона", "gn:6", "settlement")],
            ("withdrawal", "gn:6", "RU", "asserted"),
        ),
        (
            "Оккупанты бросили технику и бежали из Балаклеи.",
            [("Балаклеи", "gn:7", "settlement")],
            ("withdrawal", "gn:7", "RU", "asserted"),
        ),
        (
            "После оставления Изюма российские войска сдали ещё несколько сёл.",
            [("Изюма", "gn:8", "settlement")],
            ("withdrawal", "gn:8", "RU", "asserted"),
        ),
        # strike: explosions reported (no side), a verb of firing with a side
        (
            "Ночью в Мелитополе прогремели взрывы.",
            [("Мелитополе", "gn:9", "settlement")],
            ("strike", "gn:9", None, "asserted"),
        ),
        (
            "Украинская артиллерия снова бьёт по окраинам Донецка.",
            [("Донецка", "gn:10", "settlement")],
            ("strike", "gn:10", "UA", "asserted"),
        ),
        # demolition names the blown-up structure
        (
            "Отступая, российские военные подорвали мост у Дарьевки.",
            [("Дарьевки", "gn:11", "settlement")],
            ("demolition", "gn:11", "RU", "asserted"),
        ),
        # supply_line: a road under fire
        (
            "Участок трассы у Кременной простреливается украинской артиллерией.",
            [("Кременной", "gn:12", "settlement")],
            ("supply_line", "gn:12", "UA", "asserted"),
        ),
        # encirclement in "клещи"
        (
            "Российский гарнизон Лимана попал в клещи.",
            [("Лимана", "gn:13", "settlement")],
            ("encirclement", "gn:13", "UA", "asserted"),
        ),
        # civilian_reaction: bread and salt
        (
            "Жители Снигирёвки встречали украинских военных хлебом и солью.",
            [("Снигирёвки", "gn:14", "settlement")],
            ("civilian_reaction", "gn:14", "UA", "asserted"),
        ),
    ],
)
def test_event_vocabulary(
    text: str, places: list[PlaceSpec], expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in claim_keys(run_ru(text, places))


def test_partisans_blowing_up_a_car_is_no_demolition() -> None:
    claims = run_ru(
        "В Мелитополе партизаны подорвали автомобиль коменданта.",
        [("Мелитополе", "gn:9", "settlement")],
    )
    assert types_at(claims, "gn:9") == {"partisan_attack"}


def test_mobilised_men_arriving_are_reinforcements() -> None:
    claims = run_ru(
        "В район Сватово прибыли мобилизованные из Центрального военного округа.",
        [("Сватово", "gn:4", "settlement")],
    )
    assert "reinforcement" in types_at(claims, "gn:4")


def test_call_to_leave_covers_every_listed_town() -> None:
    claims = run_ru(
        "Оккупационные власти призвали жителей Каменки, Васильевки и Энергодара выехать вглубь территории.",
        [
            ("Каменки", "gn:21", "settlement"),
            ("Васильевки", "gn:22", "settlement"),
            ("Энергодара", "gn:23", "settlement"),
        ],
    )
    evacuated = {c.place.place_id for c in claims if c.event_type == "evacuation" and c.place}
    assert evacuated == {"gn:21", "gn:22", "gn:23"}


def test_vote_on_joining_russia_is_political() -> None:
    claims = run_ru(
        "В Запорожской области началось голосование о вхождении в состав России.",
        [("Запорожской области", "iso:UA-23", "oblast")],
    )
    assert "political" in types_at(claims, "iso:UA-23")


def test_mod_digest_repelled_attempts_are_fighting() -> None:
    claims = run_ru(
        "На донецком направлении сорваны попытки противника перейти в наступление у Пісків.",
        [("Пісків", "gn:31", "settlement")],
    )
    assert "fighting" in types_at(claims, "gn:31")
    assert all(c.modality == "asserted" for c in claims if c.event_type == "fighting")


def test_crossing_that_is_hit_is_no_advance() -> None:
    claims = run_ru(
        "Артиллерия поразила понтонную переправу у Новой Каховки.",
        [("Новой Каховки", "gn:32", "settlement")],
    )
    assert types_at(claims, "gn:32") == {"strike"}


def test_objectives_listed_after_toward_are_not_where_it_happens() -> None:
    claims = run_ru(
        "Противник готовит наступление на Сватово и Кременную.",
        [("Сватово", "gn:4", "settlement"), ("Кременную", "gn:12", "settlement")],
    )
    advances = [c for c in claims if c.event_type == "advance"]
    assert advances and all(c.place is None for c in advances)
    assert all(c.modality == "predicted" for c in advances)
    assert {p.place_id for c in advances for p in c.places_to} == {"gn:4", "gn:12"}


# --------------------------------------------------------------------------- modality and speakers


def test_no_more_than_is_not_a_negation() -> None:
    claims = run_ru(
        "Военкоры пишут, что у Лимана стоят не более трёх тысяч российских военных.",
        [("Лимана", "gn:13", "settlement")],
    )
    assert claims and all(c.modality != "negated" for c in claims)


def test_could_not_verify_in_the_sentence_is_a_hedge() -> None:
    claims = run_ru(
        "Российские войска покинули Ямполь, проверить эти сведения не удалось.",
        [("Ямполь", "gn:33", "settlement")],
    )
    assert ("withdrawal", "gn:33", "RU", "hedged") in claim_keys(claims)


def test_not_excluded_is_a_prediction() -> None:
    claims = run_ru(
        "Не исключено, что ВСУ попытаются форсировать Оскол у Купянска.",
        [("Купянска", "gn:3", "settlement")],
    )
    assert ("advance", "gn:3", "UA", "predicted") in claim_keys(claims)


def test_a_later_clause_with_ne_does_not_negate_holding() -> None:
    claims = run_ru(
        "Бои идут у Бахмута, наши держатся, но снарядов не хватает.",
        [("Бахмута", "gn:5", "settlement")],
    )
    assert ("control_held", "gn:5", "RU", "asserted") in claim_keys(claims)


def test_denial_by_a_pronoun_speaker_keeps_the_speakers_side() -> None:
    claims = run_ru(
        "Виталий Ганчев заявил, что в Купянске идут бои. Он опроверг сообщения о том, что Купянск оставлен.",
        [("Купянске", "gn:3", "settlement"), ("Купянск", "gn:3", "settlement")],
    )
    assert ("withdrawal", "gn:3", "RU", "negated") in claim_keys(claims)


def test_region_of_an_office_is_not_the_place() -> None:
    claims = run_ru(
        "Глава ВГА Запорожской области заявил, что Энергодар полностью контролируют российские войска.",
        [("Запорожской области", "iso:UA-23", "oblast"), ("Энергодар", "gn:34", "settlement")],
    )
    held = {c.place.place_id for c in claims if c.event_type == "control_held" and c.place}
    assert held == {"gn:34"}


# --------------------------------------------------------------------------- precision guards


def test_grain_taken_away_is_no_evacuation() -> None:
    claims = run_ru(
        "Оккупанты вывезли из Мелитополя зерно местных фермеров.",
        [("Мелитополя", "gn:9", "settlement")],
    )
    assert "evacuation" not in {c.event_type for c in claims}


def test_residents_taken_out_are_an_evacuation() -> None:
    claims = run_ru(
        "Из Купянска за сутки вывезли около двухсот человек.",
        [("Купянска", "gn:3", "settlement")],
    )
    assert "evacuation" in types_at(claims, "gn:3")


def test_situation_under_control_is_no_holding() -> None:
    claims = run_ru(
        "В Херсоне ситуация контролируется, заявили в администрации.",
        [("Херсоне", "gn:6", "settlement")],
    )
    assert "control_held" not in {c.event_type for c in claims}


def test_at_the_entrance_of_a_town_is_no_advance() -> None:
    claims = run_ru(
        "Российские военные покинули блокпосты на въезде в Херсон.",
        [("Херсон", "gn:6", "settlement")],
    )
    assert "advance" not in {c.event_type for c in claims}
    assert "withdrawal" in {c.event_type for c in claims}


def test_entering_without_a_fight_is_no_fighting() -> None:
    claims = run_ru(
        "Украинские подразделения вошли в Изюм без боя.",
        [("Изюм", "gn:8", "settlement")],
    )
    assert types_at(claims, "gn:8") == {"advance"}


def test_a_lack_of_reserves_is_no_reinforcement() -> None:
    claims = run_ru(
        "Под Сватово идут бои, резервов не хватает.",
        [("Сватово", "gn:4", "settlement")],
    )
    assert "reinforcement" not in {c.event_type for c in claims}


def test_a_side_named_after_a_withdrawal_noun_is_the_one_leaving() -> None:
    claims = run_ru(
        "Украинские военные зафиксировали отход российской группировки из Изюма.",
        [("Изюма", "gn:8", "settlement")],
    )
    assert ("withdrawal", "gn:8", "RU", "asserted") in claim_keys(claims)


# --------------------------------------------------------------------------- other styles (round 3)
# Wording of Telegram channels, tickers, MoD digests and briefings, written for these tests.


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # control_change: the MoD's "овладели", a flag that flies over a place
        (
            "Российские подразделения полностью овладели населённым пунктом Марьинка.",
            [("Марьинка", "gn:41", "settlement")],
            ("control_change", "gn:41", "RU", "asserted"),
        ),
        (
            "Над Шевченково снова реет украинский флаг.",
            [("Шевченково", "gn:42", "settlement")],
            ("control_change", "gn:42", "UA", "asserted"),
        ),
        # a liberation passive names the side, a future auxiliary makes it a prediction
        (
            "Херсон будет освобождён до конца года.",
            [("Херсон", "gn:6", "settlement")],
            ("control_change", "gn:6", "UA", "predicted"),
        ),
        # control_held: "в наших руках" (a Russian channel by default), "сохраняют контроль"
        (
            "Сватово пока в наших руках, противник туда не прошёл.",
            [("Сватово", "gn:4", "settlement")],
            ("control_held", "gn:4", "RU", "asserted"),
        ),
        (
            "Украинские войска сохраняют контроль над Бахмутом.",
            [("Бахмутом", "gn:5", "settlement")],
            ("control_held", "gn:5", "UA", "asserted"),
        ),
        # withdrawal: the euphemism
        (
            "Военкоры о Херсоне: очередной «жест доброй воли», российские войска ушли за Днепр.",
            [("Херсоне", "gn:6", "settlement")],
            ("withdrawal", "gn:6", "RU", "asserted"),
        ),
        # advance: a sighting at the edge of a town, hedged
        (
            "Украинские ДРГ якобы замечены на окраинах Сватово.",
            [("Сватово", "gn:4", "settlement")],
            ("advance", "gn:4", "UA", "hedged"),
        ),
        # advance: digest wording ("наступательные действия" is an advance in the gold, ru-003 / uk-003)
        (
            "Российские подразделения вели наступательные действия у Марьинки.",
            [("Марьинки", "gn:41", "settlement")],
            ("advance", "gn:41", "RU", "asserted"),
        ),
        # strike: under fire without a side, a target after "по" turned round, weapons that name the side
        (
            "Город Кременная находится под постоянным артиллерийским огнём.",
            [("Кременная", "gn:12", "settlement")],
            ("strike", "gn:12", None, "asserted"),
        ),
        (
            "Местные пишут о прилётах по базе оккупантов в Мелитополе.",
            [("Мелитополе", "gn:9", "settlement")],
            ("strike", "gn:9", "UA", "asserted"),
        ),
        (
            "Днём Одессу атаковали «Шахеды», два дрона сбиты.",
            [("Одессу", "gn:43", "settlement")],
            ("strike", "gn:43", "RU", "asserted"),
        ),
        # reinforcement: trains arriving
        (
            "К Кременной подходят эшелоны с техникой и личным составом российской армии.",
            [("Кременной", "gn:12", "settlement")],
            ("reinforcement", "gn:12", "RU", "asserted"),
        ),
        # partisan_attack: the underground
        (
            "В Мелитополе подполье взорвало автомобиль офицера.",
            [("Мелитополе", "gn:9", "settlement")],
            ("partisan_attack", "gn:9", "UA", "asserted"),
        ),
        # civilian_reaction: a protest against the occupation is toward RU
        (
            "В Мелитополе жители провели акцию протеста против оккупации.",
            [("Мелитополе", "gn:9", "settlement")],
            ("civilian_reaction", "gn:9", "RU", "asserted"),
        ),
        # evacuation: resettlement
        (
            "Оккупационные власти начали переселение жителей Херсона на левый берег.",
            [("Херсона", "gn:6", "settlement")],
            ("evacuation", "gn:6", "RU", "asserted"),
        ),
        # political: a decree of recognition
        (
            "Путин подписал указ о признании независимости Запорожской области.",
            [("Запорожской области", "iso:UA-23", "oblast")],
            ("political", "iso:UA-23", "RU", "asserted"),
        ),
        # "если верить" hedges, it is no condition
        (
            "Если верить украинским пабликам, ВСУ уже заняли Купянск.",
            [("Купянск", "gn:3", "settlement")],
            ("control_change", "gn:3", "UA", "hedged"),
        ),
    ],
)
def test_other_styles(text: str, places: list[PlaceSpec], expected: tuple[str, str, str | None, str]) -> None:
    assert expected in claim_keys(run_ru(text, places))


def test_drones_attacking_a_city_are_a_strike_not_fighting() -> None:
    claims = run_ru(
        "Утром Запорожье атаковали беспилотники-камикадзе.",
        [("Запорожье", "gn:44", "settlement")],
    )
    assert types_at(claims, "gn:44") == {"strike"}


def test_assault_units_named_are_no_fighting() -> None:
    claims = run_ru(
        "Штурмовые отряды «Вагнера» продвинулись в Соледаре.",
        [("Соледаре", "gn:45", "settlement")],
    )
    assert types_at(claims, "gn:45") == {"advance"}


def test_a_lieutenant_colonel_is_no_partisan() -> None:
    claims = run_ru(
        "Подполковник российской армии рассказал о боях у Лимана.",
        [("Лимана", "gn:13", "settlement")],
    )
    assert "partisan_attack" not in {c.event_type for c in claims}
    assert "fighting" in types_at(claims, "gn:13")


def test_since_the_start_of_the_counteroffensive_is_no_advance() -> None:
    claims = run_ru(
        "С начала контрнаступления ВСУ освободили в Харьковской области более 300 населённых пунктов.",
        [("Харьковской области", "iso:UA-63", "oblast")],
    )
    assert "advance" not in {c.event_type for c in claims}


def test_attempts_that_go_on_are_not_negated() -> None:
    claims = run_ru(
        "Российские войска не прекращают попыток прорваться к Бахмуту.",
        [("Бахмуту", "gn:5", "settlement")],
    )
    assert claims and all(c.modality != "negated" for c in claims)


def test_the_town_a_road_leads_to_is_not_the_place() -> None:
    claims = run_ru(
        "ВСУ перерезали трассу на Кременную.",
        [("Кременную", "gn:12", "settlement")],
    )
    supply = [c for c in claims if c.event_type == "supply_line"]
    assert supply and all(c.place is None for c in supply)


def test_a_comparison_with_a_case_is_no_condition() -> None:
    claims = run_ru(
        "Как и в случае с Изюмом, российские войска оставили Лиман.",
        [("Изюмом", "gn:8", "settlement"), ("Лиман", "gn:13", "settlement")],
    )
    assert ("withdrawal", "gn:13", "RU", "asserted") in claim_keys(claims)


@pytest.mark.parametrize(
    ("text", "places", "not_expected"),
    [
        # "высший эшелон власти" is no troop train
        (
            "В Купянск приехали представители высшего эшелона власти.",
            [("Купянск", "gn:3", "settlement")],
            "reinforcement",
        ),
        # a press office's "стратегические коммуникации" are no supply lines
        (
            "Центр стратегических коммуникаций сообщил о ситуации в Херсоне.",
            [("Херсоне", "gn:6", "settlement")],
            "supply_line",
        ),
        # "решение о принятии мер" is no accession
        (
            "Городской совет Запорожья принял решение о принятии дополнительных мер безопасности.",
            [("Запорожья", "gn:46", "settlement")],
            "political",
        ),
        # improving the position of civilians is no fighting
        (
            "Волонтёры стараются улучшить положение жителей Изюма.",
            [("Изюма", "gn:8", "settlement")],
            "fighting",
        ),
        # extra evacuation teams are no reinforcement
        (
            "В Бахмут направлены дополнительные группы эвакуации.",
            [("Бахмут", "gn:5", "settlement")],
            "reinforcement",
        ),
    ],
)
def test_look_alikes_of_new_cues(text: str, places: list[PlaceSpec], not_expected: str) -> None:
    assert not_expected not in {c.event_type for c in run_ru(text, places)}


def test_an_unknown_death_toll_does_not_hedge_the_strike() -> None:
    claims = run_ru(
        "Российские войска обстреляли Харьков, число погибших пока неизвестно.",
        [("Харьков", "gn:47", "settlement")],
    )
    assert ("strike", "gn:47", "RU", "asserted") in claim_keys(claims)


def test_unclear_whether_is_a_hedge() -> None:
    claims = run_ru(
        "Пока неясно, удалось ли ВСУ закрепиться в Купянске.",
        [("Купянске", "gn:3", "settlement")],
    )
    assert claims and all(c.modality == "hedged" for c in claims)


def test_a_residents_quote_is_eyewitness_evidence() -> None:
    claims = run_ru(
        "«Российские военные уехали из Купянска ночью», — рассказывает Ольга, жительница Купянска.",
        [("Купянска", "gn:3", "settlement")],
    )
    withdrawals = [c for c in claims if c.event_type == "withdrawal"]
    assert withdrawals and all(c.evidence_kind == "eyewitness" for c in withdrawals)


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # present tense that pymorphy3 also reads as a perfective future stays asserted
        (
            "Колонны российских войск уходят из Изюма.",
            [("Изюма", "gn:8", "settlement")],
            ("withdrawal", "gn:8", "RU", "asserted"),
        ),
        (
            "Оккупанты бегут из Херсона.",
            [("Херсона", "gn:6", "settlement")],
            ("withdrawal", "gn:6", "RU", "asserted"),
        ),
        (
            "Украинские подразделения атакуют позиции у Кременной.",
            [("Кременной", "gn:12", "settlement")],
            ("fighting", "gn:12", "UA", "asserted"),
        ),
        # a perfective future of an event verb is a prediction
        (
            "ВСУ освободят Херсон.",
            [("Херсон", "gn:6", "settlement")],
            ("control_change", "gn:6", "UA", "predicted"),
        ),
        (
            "Российские войска перережут трассу у Бахмута.",
            [("Бахмута", "gn:5", "settlement")],
            ("supply_line", "gn:5", "RU", "predicted"),
        ),
    ],
)
def test_present_tense_and_future(
    text: str, places: list[PlaceSpec], expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in claim_keys(run_ru(text, places))


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # an unnamed single source hedges
        (
            "По словам источника в администрации, украинская артиллерия нанесла удар по мосту у Купянска.",
            [("Купянска", "gn:3", "settlement")],
            ("strike", "gn:3", "UA", "hedged"),
        ),
        # channel subscribers' reports are unverified
        (
            "Подписчики пишут, что ВСУ зашли в Лиман.",
            [("Лиман", "gn:13", "settlement")],
            ("advance", "gn:13", "UA", "hedged"),
        ),
        # "громко" at the end of a clause: explosions heard
        (
            "Инфа от подписчиков: в Мелитополе громко, прилёты в районе аэродрома.",
            [("Мелитополе", "gn:9", "settlement")],
            ("strike", "gn:9", None, "hedged"),
        ),
    ],
)
def test_channel_hedges(
    text: str, places: list[PlaceSpec], expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in claim_keys(run_ru(text, places))


def test_named_sides_source_is_no_hedge() -> None:
    claims = run_ru(
        "По данным российских источников, ВСУ обстреляли Донецк.",
        [("Донецк", "gn:10", "settlement")],
    )
    assert claims and all(c.modality == "asserted" for c in claims)


def test_loudly_said_is_no_strike() -> None:
    claims = run_ru(
        "Глава администрации громко заявил о планах восстановить Изюм.",
        [("Изюм", "gn:8", "settlement")],
    )
    assert "strike" not in {c.event_type for c in claims}


# --------------------------------------------------------------------------- round 3: classes that generalise


def test_mod_passive_names_the_grouping_that_took_the_place() -> None:
    # "Подразделениями группировки «Юг» освобождён ...": the grouping is the doer of the passive,
    # not the side that lost the place (claims.yaml passive.agent_before, sides.RU).
    claims = run_ru(
        "Подразделениями группировки войск «Юг» освобождён населённый пункт Берестовое.",
        [("Берестовое", "gn:51", "settlement")],
    )
    assert ("control_change", "gn:51", "RU", "asserted") in claim_keys(claims)


def test_flag_raised_in_a_passive_names_the_gaining_side() -> None:
    claims = run_ru(
        "Над сельсоветом Кринок поднят украинский флаг.",
        [("Кринок", "gn:52", "settlement")],
    )
    assert ("control_change", "gn:52", "UA", "asserted") in claim_keys(claims)


def test_cleared_of_a_side_takes_the_place_from_it() -> None:
    claims = run_ru(
        "Берестовое полностью очищено от подразделений ВСУ.",
        [("Берестовое", "gn:51", "settlement")],
    )
    assert ("control_change", "gn:51", "RU", "asserted") in claim_keys(claims)


def test_a_vow_not_to_give_a_place_up_is_a_predicted_holding() -> None:
    claims = run_ru(
        "«Купянск мы не отдадим», — заявил украинский командир.",
        [("Купянск", "gn:3", "settlement")],
    )
    assert ("control_held", "gn:3", "UA", "predicted") in claim_keys(claims)
    assert "withdrawal" not in {c.event_type for c in claims}


def test_civilians_leaving_is_an_evacuation_not_a_withdrawal() -> None:
    claims = run_ru(
        "Из-за обстрелов город Мирноград покидают последние жители.",
        [("Мирноград", "gn:53", "settlement")],
    )
    assert "evacuation" in types_at(claims, "gn:53")
    assert "withdrawal" not in types_at(claims, "gn:53")


def test_a_road_watched_by_drones_is_a_supply_line_not_a_holding() -> None:
    claims = run_ru(
        "Трасса на Мирноград у Покровска под контролем российских FPV-дронов.",
        [("Покровска", "gn:54", "settlement"), ("Мирноград", "gn:53", "settlement")],
    )
    event_types = {c.event_type for c in claims}
    assert "supply_line" in event_types
    assert "control_held" not in event_types


@pytest.mark.parametrize(
    ("text", "places", "event_type"),
    [
        # the season "наступает", a figurative "удар", an entourage, a student vote
        ("В Купянске наступает весна.", [("Купянске", "gn:3", "settlement")], "advance"),
        ("Инфляция нанесла удар по экономике Одессы.", [("Одессы", "gn:55", "settlement")], "strike"),
        ("Окружение мэра Одессы сменилось.", [("Одессы", "gn:55", "settlement")], "encirclement"),
        ("В Одессе жюри голосовали за лучший фильм.", [("Одессе", "gn:55", "settlement")], "political"),
        # a town located by its distance to another is no advance
        ("Купянск находится в 120 км от Харькова.", [("Купянск", "gn:3", "settlement")], "advance"),
    ],
)
def test_look_alikes_of_round_three_cues(text: str, places: list[PlaceSpec], event_type: str) -> None:
    assert event_type not in {c.event_type for c in run_ru(text, places)}
