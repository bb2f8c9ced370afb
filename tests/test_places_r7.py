"""Place resolution, round 7: surnames in person context, former and port names of towns, and the
region noun or "Raum" before a capital's name.

Sentences are written for these tests; place ids are looked up in the gazetteer, not typed in as
expected readings of the resolver.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import frontwatch
from frontwatch.datafiles import read_yaml
from frontwatch.model import PlaceMention, Report
from frontwatch.places.gazetteer import Gazetteer
from frontwatch.places.persons import in_person_context, person_words
from frontwatch.places.resolve import resolve_places

OTHER_NAMES = Path(frontwatch.__file__).parent / "data" / "gazetteer" / "other_names.yaml"


def mentions(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str
) -> list[PlaceMention]:
    return resolve_places(make_report(text, lang=lang), gazetteer)


def texts(found: list[PlaceMention]) -> list[str]:
    return [m.text for m in found]


def mention_of(found: list[PlaceMention], surface: str) -> PlaceMention:
    matching = [m for m in found if m.text == surface]
    assert matching, f"{surface!r} not recognised in {texts(found)}"
    return matching[0]


def the_only_settlement(gazetteer: Gazetteer, name: str, admin1: str) -> str:
    """The id of the one settlement of ``admin1`` in the gazetteer that is called ``name`` in English."""
    ids = {
        p.id
        for p in gazetteer.places.values()
        if p.name == name and p.feature == "settlement" and p.admin1 == admin1
    }
    assert len(ids) == 1, f"{name}: {ids}"
    return ids.pop()


# --- surnames after a first name, a patronymic or a title ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        ("Пресс-секретарь президента Дмитрий Песков отказался это комментировать.", "ru", "Песков"),
        ("Вопрос адресовали пресс-секретарю, и пресс-секретарь Песков ответил уклончиво.", "ru", "Песков"),
        ("Об этом в понедельник сказал Дмитрий Сергеевич Песков.", "ru", "Песков"),
        ("Про переговори говорила колишня прем'єрка Юлія Тимошенко.", "uk", "Тимошенко"),
        ("Former prime minister Yulia Tymoshenko spoke to reporters on Friday.", "en", "Tymoshenko"),
        ("Das sagte die frühere Regierungschefin Julija Tymoschenko in Kiew.", "de", "Tymoschenko"),
    ],
)
def test_a_surname_after_a_first_name_or_title_is_no_place(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str, surname: str
) -> None:
    # The surname is a form of some settlement's name, so without the person context it is read.
    assert gazetteer.lookup(surname), f"{surname} should be a settlement's name form for this test"
    assert surname not in texts(mentions(make_report, gazetteer, text, lang))


def test_the_same_surname_later_in_the_report_is_the_same_person(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Пресс-секретарь Дмитрий Песков выступил утром. Позже Песков повторил это в Москве."
    assert "Песков" not in texts(mentions(make_report, gazetteer, text, "ru"))


def test_a_village_of_that_name_without_person_context_is_still_read(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    found = mentions(make_report, gazetteer, "Бои продолжаются у села Пески под Авдеевкой.", "ru")
    assert mention_of(found, "Пески").place_id is not None


def test_a_title_before_the_country_or_an_oblast_keeps_it(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    # "посол України", "депутат Херсонської облради": the title governs a place that stays a place.
    found = mentions(make_report, gazetteer, "Про це повідомив посол України в Берліні.", "uk")
    assert mention_of(found, "України").place_id == "iso:UA"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kremlin spokesman Peskov", True),
        ("said Dmitry Peskov", True),
        ("заявил Дмитрию Пескову", True),
        ("fighting near Bakhmut", False),
        # A comma ends the run of words before the name: "Ivan, Bakhmut" is a list, not a person.
        ("Ivan, Bakhmut", False),
    ],
)
def test_person_context_looks_at_the_words_right_before(text: str, expected: bool) -> None:
    start = text.rindex(" ") + 1
    assert in_person_context(text, start, person_words()) is expected


# --- former names and port names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        (
            "Russian troops left Krasnyi Lyman after Ukrainian forces took Torske and Zarichne.",
            "en",
            "Krasnyi Lyman",
        ),
        ("Бои у Красного Лимана шли всю неделю, сообщают из Славянска.", "ru", "Красного Лимана"),
        ("Die Kämpfe um Krasny Liman und Siwersk dauern an.", "de", "Krasny Liman"),
    ],
)
def test_the_former_name_of_lyman_names_the_town(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    lyman = the_only_settlement(gazetteer, "Lyman", "Donetsk Oblast")
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == lyman


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Grain ships are loading again in Odesa, Chornomorsk and Pivdennyi.", "en", "Pivdennyi"),
        ("Зерно знову вантажать у портах Одеса, Чорноморськ і Південний.", "uk", "Південний"),
    ],
)
def test_the_port_pivdennyi_names_the_town_it_lies_in(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    pivdenne = the_only_settlement(gazetteer, "Pivdenne", "Odesa Oblast")
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.place_id == pivdenne


def test_every_listed_other_name_is_found_for_its_place(gazetteer: Gazetteer) -> None:
    data = read_yaml(OTHER_NAMES)
    assert data["places"], "other_names.yaml lists no place"
    for entry in data["places"]:
        assert gazetteer.get(entry["id"]) is not None, entry["id"]
        for name in entry["names"]:
            readings = [p.id for p in gazetteer.lookup(name)]
            assert readings and readings[0] == entry["id"], f"{name}: {readings}"


# --- a region word before the capital's name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Laut Generalstab wurden im Raum Saporischschja drei Angriffe abgewehrt.", "de", "Saporischschja"),
        ("Drohnen kamen aus dem Raum Charkiw, hieß es aus Kiew.", "de", "Charkiw"),
        ("Ворог обстрілював прикордоння, зокрема область Харкова, всю ніч.", "uk", "Харкова"),
        ("Ночью беспилотники атаковали область Запорожья.", "ru", "Запорожья"),
        ("Missiles hit targets in the region of Kharkiv overnight.", "en", "Kharkiv"),
    ],
)
def test_a_region_word_before_the_capital_names_the_oblast(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.precision == "oblast"


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Saporischschja wurde in der Nacht erneut beschossen.", "de", "Saporischschja"),
        ("Вночі Запоріжжя знову атакували дрони.", "uk", "Запоріжжя"),
        ("Zaporizhzhia came under a missile attack overnight.", "en", "Zaporizhzhia"),
    ],
)
def test_the_capitals_name_alone_is_the_city(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.precision == "settlement"
