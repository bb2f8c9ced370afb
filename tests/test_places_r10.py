"""Place resolution, round 10: classes of resolver errors rather than single names.

- the compound adjective of a two-word town name (Велика Писарівка -> Великописарівська громада);
- power plants named after their town (Вуглегірська ТЕС), with the abbreviation indeclinable, and a
  named facility's phrase in every case (Запорізькою АЕС) that no town phrase may take (Каховська ГЕС);
- council abbreviations (горсовет, міськрада) after a town's adjective, also after a title word;
- a stop-listed name (Щастя, Счастье) followed by its oblast's region word;
- German: the capital's adjective with the region noun in the genitive ("des Kiewer Gebiets"), a
  name right after an article (a common noun or a river, never a settlement), a battalion's name;
- the landmarks and villages added (the Irpin river, Lake Donuzlav, the Tendra spit, the Dniester
  estuary, Demydiv, Kozarovychi, Zolota Balka);
- an other name that keeps its homonyms (``keep_homonyms`` in other_names.yaml).

The sentences are written for these tests. Settlement ids are looked up in the gazetteer by English
name and oblast (or are the fixed ``x:`` / landmark ids of the data files).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from frontwatch.model import Place, Report
from frontwatch.places import gazetteer as gazetteer_module
from frontwatch.places import inflect
from frontwatch.places.gazetteer import WEIGHT_NAME, WEIGHT_OTHER_NAME_FACTOR, Gazetteer, _FormTable
from places_helpers import mention_covering, mention_of, mentions, settlement

ReportMaker = Callable[..., Report]


# --- compound adjectives of two-word names -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lang", "adjective"),
    [
        ("Велика Писарівка", "uk", "Великописарівський"),
        ("Нова Каховка", "uk", "Новокаховський"),
        ("Велика Новосілка", "uk", "Великоновосілківський"),
        ("Верхня Сироватка", "uk", "Верхньосироватський"),
        ("Великая Писаревка", "ru", "Великописаревский"),
        ("Новая Каховка", "ru", "Новокаховский"),
    ],
)
def test_two_word_names_form_one_compound_adjective(name: str, lang: str, adjective: str) -> None:
    assert adjective in inflect.town_adjectives(name, lang)


@pytest.mark.parametrize("name", ["Біла Церква", "Кам'янка-Дніпровська", "Мала Токмачка Друга"])
def test_names_without_a_regular_compound_get_none(name: str) -> None:
    # Церква forms no adjective by the ending rules; hyphenated and three-word names are left alone.
    assert inflect.town_adjectives(name, "uk") == []


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Голова Великописарівської громади попросив людей виїхати.", "uk", "Великописарівської громади"),
        ("У Великописарівській громаді знову зникло світло.", "uk", "Великописарівській громаді"),
        ("Глава Великописаревской общины сообщил об обстреле.", "ru", "Великописаревской общины"),
    ],
)
def test_hromada_of_a_two_word_town_names_the_town(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.place_id == settlement(gazetteer, "Velyka Pysarivka", "Sumy Oblast")


def test_an_ordinary_adjective_phrase_is_no_town(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    assert mentions(make_report, gazetteer, "Велика кількість дронів летіла вночі.", "uk") == []


# --- power plants and facilities ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Після штурмів ворог захопив територію Вуглегірської ТЕС.", "uk", "Вуглегірської ТЕС"),
        ("Бої точаться біля Вуглегірської ТЕС і в промзоні.", "uk", "Вуглегірської ТЕС"),
        ("Российские подразделения вышли к Углегорской ТЭС.", "ru", "Углегорской ТЭС"),
    ],
)
def test_a_power_plant_named_after_its_town_names_the_town(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.place_id == settlement(gazetteer, "Vuhlehirsk", "Donetsk Oblast")


@pytest.mark.parametrize(
    ("text", "lang", "surface", "facility"),
    [
        (
            "Окупанти стріляють, ховаючись за Запорізькою АЕС.",
            "uk",
            "Запорізькою АЕС",
            "facility:zaporizhzhia-npp",
        ),
        (
            "Вода йшла через зруйновану греблю Каховської ГЕС.",
            "uk",
            "Каховської ГЕС",
            "facility:kakhovka-hpp",
        ),
        (
            "Після підриву Каховською ГЕС опікуються рятувальники.",
            "uk",
            "Каховською ГЕС",
            "facility:kakhovka-hpp",
        ),
        ("Уровень воды у Каховской ГЭС упал.", "ru", "Каховской ГЭС", "facility:kakhovka-hpp"),
    ],
)
def test_a_named_facility_keeps_its_phrase_in_every_case(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, facility: str
) -> None:
    # The town phrase rule would read "Каховської ГЕС" as a plant of the town of Kakhovka.
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == facility


# --- councils named by abbreviations -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "name", "oblast"),
    [
        (
            "Секретарь Белоцерковского горсовета рассказал о пожаре.",
            "ru",
            "Белоцерковского",
            "Bila Tserkva",
            "Kyiv Oblast",
        ),
        (
            "Депутаты Купянского горсовета собрались в укрытии.",
            "ru",
            "Купянского",
            "Kupyansk",
            "Kharkiv Oblast",
        ),
        ("Сесія Куп'янської міськради відбулася онлайн.", "uk", "Куп'янської", "Kupyansk", "Kharkiv Oblast"),
    ],
)
def test_a_town_adjective_before_a_council_word_names_the_town(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, name: str, oblast: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.place_id == settlement(gazetteer, name, oblast)


def test_a_surname_after_a_title_is_still_no_place(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    # The council rule must not undo the person rule: Песков here is the spokesman, not Пески.
    assert mentions(make_report, gazetteer, "Пресс-секретарь Песков отказался комментировать.", "ru") == []


# --- a stop-listed name with its region word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Обстріл Щастя Луганської області тривав усю ніч.", "uk", "Щастя"),
        ("Щастя на Луганщині знову без води.", "uk", "Щастя"),
        ("Обстрел Счастья Луганской области продолжался.", "ru", "Счастья"),
        ("Beschuss auf Schtschastja im Gebiet Luhansk.", "de", "Schtschastja"),
    ],
)
def test_a_stop_listed_name_before_its_region_word_is_the_town(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.place_id == settlement(gazetteer, "Shchastya", "Luhansk Oblast")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Щастя — це мир і тиша.", "uk"),
        ("Бажаю вам Щастя та миру.", "uk"),
        ("Troops pulled back west of the Oskil River in Kharkiv Oblast.", "en"),
    ],
)
def test_a_stop_listed_word_without_its_region_word_stays_a_word(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str
) -> None:
    found = mentions(make_report, gazetteer, text, lang)
    assert all(m.place_id is None or m.place_id.startswith(("iso:", "river:")) for m in found), found
    assert not any(m.text in ("Щастя", "River") for m in found)


# --- German -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei des Kiewer Gebiets bringt Menschen in Sicherheit.",
        "Im Kiewer Gebietes Norden wurde gekämpft.",
    ],
)
def test_german_capital_adjective_with_the_region_noun_in_the_genitive(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str
) -> None:
    assert mention_covering(mentions(make_report, gazetteer, text, "de"), "Kiewer").place_id == "iso:UA-32"


def test_a_name_after_a_german_article_is_no_settlement(
    make_report: ReportMaker, gazetteer: Gazetteer
) -> None:
    found = mentions(make_report, gazetteer, "Otschakiw liegt am Ausgang des Limans zum Meer.", "de")
    assert [m.text for m in found] == ["Otschakiw"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Die Kämpfe um Lyman dauern an.", "Lyman"),
        ("Nach Angaben der Kiewer Militärverwaltung fiel der Strom aus.", "Kiewer"),
        ("Die Armee meldet Kämpfe um den Krynky-Brückenkopf.", "Krynky"),
    ],
)
def test_german_names_without_an_article_of_their_own_are_kept(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, surface: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, "de"), surface)
    assert found.place_id is not None and not found.place_id.startswith("river:")


def test_a_german_battalion_name_is_no_place(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    text = "Soldaten des Sturmbataillons „Ajdar“ hissten die Fahne in Robotyne."
    assert [m.text for m in mentions(make_report, gazetteer, text, "de")] == ["Robotyne"]


# --- landmarks and villages added -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Die Pioniere sprengten die Brücke über den Irpin.", "de", "Irpin"),
        ("The dam on the Irpin river was blown up.", "en", "Irpin river"),
        ("Вода річки Ірпінь залила луки.", "uk", "Ірпінь"),
    ],
)
def test_the_irpin_after_a_river_word_is_the_river(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == "river:irpin"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Kämpfe in der Stadt Irpin.", "de"), ("Shelling hit Irpin and Bucha overnight.", "en")],
)
def test_the_irpin_as_a_town_stays_the_town(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), "Irpin")
    assert found.place_id == settlement(gazetteer, "Irpin", "Kyiv Oblast")


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        ("Drones hit a corvette near Lake Donuzlav.", "en", "Lake Donuzlav", "region:donuzlav"),
        ("Морські дрони атакували кораблі на Донузлаві.", "uk", "Донузлаві", "region:donuzlav"),
        ("Десант намагався висадитися на Тендрівську косу.", "uk", "Тендрівську косу", "region:tendra-spit"),
        ("На Тендровской косе отражена высадка.", "ru", "Тендровской косе", "region:tendra-spit"),
        ("Удар по мосту через Днестровский лиман.", "ru", "Днестровский лиман", "river:dniester"),
        ("Міст через Дністровський лиман знову закрили.", "uk", "Дністровський лиман", "river:dniester"),
    ],
)
def test_sites_without_a_settlement(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, place_id: str
) -> None:
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == place_id


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        ("Wer durch Demydiw geht, braucht Gummistiefel.", "de", "Demydiw", "x:ua32:demydiv"),
        ("Село Демидів досі частково під водою.", "uk", "Демидів", "x:ua32:demydiv"),
        ("Pioniere sprengten den Damm bei Kosarowytschi.", "de", "Kosarowytschi", "x:ua32:kozarovychi"),
        ("Біля Козаровичів підірвали дамбу.", "uk", "Козаровичів", "x:ua32:kozarovychi"),
        ("Troops liberated Zolota Balka on the Dnipro.", "en", "Zolota Balka", "x:ua65:zolota-balka"),
        ("ВСУ вошли в Золотую Балку.", "ru", "Золотую Балку", "x:ua65:zolota-balka"),
    ],
)
def test_villages_added_this_round(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, place_id: str
) -> None:
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == place_id


# --- other names that keep their homonyms -------------------------------------------------------------


def _place(place_id: str, name: str) -> Place:
    return Place(id=place_id, name=name, lat=48.0, lon=37.0, feature="settlement", names={"uk": [name]})


@pytest.mark.parametrize("keep_homonyms", [True, False])
def test_an_other_name_lowers_its_homonyms_unless_told_not_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep_homonyms: bool
) -> None:
    flag = "\n  keep_homonyms: true" if keep_homonyms else ""
    (tmp_path / "other_names.yaml").write_text(
        f"places:\n- id: x:one\n  names: [Зразкове]{flag}\n", encoding="utf-8"
    )
    monkeypatch.setattr(gazetteer_module, "gazetteer_data_dir", lambda: tmp_path)
    table = _FormTable(set())
    table.add("Зразкове", "x:two", WEIGHT_NAME)  # the namesake whose own name it is
    places = {"x:one": _place("x:one", "Інше"), "x:two": _place("x:two", "Зразкове")}
    gazetteer_module._listed_other_names(table, places)
    readings = {entry[0]: entry[1] for entry in table.freeze()["зразкове"]}
    assert readings["x:one"] == WEIGHT_NAME
    expected = WEIGHT_NAME if keep_homonyms else WEIGHT_NAME * WEIGHT_OTHER_NAME_FACTOR
    assert readings["x:two"] == expected
