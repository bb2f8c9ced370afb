"""The Russian claim vocabulary (data/lang/ru/claims.yaml) on sentences written for these tests.

Each test names the way of saying a thing that the lexicon must recognise: the verb or noun of the
event, a hedge or a denial, a construction that moves a place into or out of the claim. Place
mentions are built by hand (the places stage is tested elsewhere).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from frontwatch.claims import extract_claims
from frontwatch.model import Claim, PlaceMention, Report

# (surface form in the text, place id, precision)
PlaceSpec = tuple[str, str, str]


def run_ru(text: str, places: list[PlaceSpec], source: str = "Тестовая газета") -> list[Claim]:
    report = Report(
        id=f"test-ru-{abs(hash(text)) % 10**8}",
        source=source,
        raw_text=text,
        clean_text=text,
        format="text",
        origin="test",
        published=datetime(2022, 9, 12),
        lang="ru",
    )
    mentions: list[PlaceMention] = []
    for surface, place_id, precision in places:
        start = text.find(surface)
        assert start >= 0, f"{surface!r} not in the test text"
        while start >= 0:
            mentions.append(
                PlaceMention(
                    report_id=report.id,
                    start=start,
                    end=start + len(surface),
                    text=surface,
                    place_id=place_id,
                    name_en=surface,
                    precision=precision,
                )
            )
            start = text.find(surface, start + len(surface))
    return extract_claims(report, sorted(mentions, key=lambda m: m.start))


def keys(claims: list[Claim]) -> set[tuple[str, str | None, str | None, str]]:
    return {(c.event_type, c.place.place_id if c.place else None, c.actor_side, c.modality) for c in claims}


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
            ("advance", "gn:4", "UA", "asserted"),
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
    assert expected in keys(run_ru(text, places))


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
    assert ("withdrawal", "gn:33", "RU", "hedged") in keys(claims)


def test_not_excluded_is_a_prediction() -> None:
    claims = run_ru(
        "Не исключено, что ВСУ попытаются форсировать Оскол у Купянска.",
        [("Купянска", "gn:3", "settlement")],
    )
    assert ("advance", "gn:3", "UA", "predicted") in keys(claims)


def test_a_later_clause_with_ne_does_not_negate_holding() -> None:
    claims = run_ru(
        "Бои идут у Бахмута, наши держатся, но снарядов не хватает.",
        [("Бахмута", "gn:5", "settlement")],
    )
    assert ("control_held", "gn:5", "RU", "asserted") in keys(claims)


def test_denial_by_a_pronoun_speaker_keeps_the_speakers_side() -> None:
    claims = run_ru(
        "Виталий Ганчев заявил, что в Купянске идут бои. Он опроверг сообщения о том, что Купянск оставлен.",
        [("Купянске", "gn:3", "settlement"), ("Купянск", "gn:3", "settlement")],
    )
    assert ("withdrawal", "gn:3", "RU", "negated") in keys(claims)


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
    assert ("withdrawal", "gn:8", "RU", "asserted") in keys(claims)
