"""Place resolution, round 11: villages the gazetteer will never list, and regions by their own names.

- a capitalised name the gazetteer lacks, right after a settlement word ("the village of A", "im
  Dorf A", "у селі А", "поселок А") or right before one ("A, a village east of B"), is a mention
  with no place (``places/unknown.py``), with its other occurrences and lists ("die Dörfer A und B");
  ordinary words, first names, abbreviations and foreign places the index knows are not;
- an occurrence whose region word rules out every reading takes the other occurrences of the name
  with it (no namesake 400 km away for them);
- a distance the text gives after a name ("A, about 15 kilometres north of B") rules out readings
  farther from B, and picks the reading within reach when there is one;
- Volhynia, Transcarpathia and Bukovina name their oblasts without a region word;
- the villages added to ``extra_places.tsv`` (Prohres, Novovoskresenske, Zaporizke in Synelnykove
  raion), Prohres only where a settlement word makes it a village.

The sentences are written for these tests (invented villages: Tschornoslyw, Hrustalivka,
Bilokamjanka and the like are not in the gazetteer).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontwatch.model import Report
from frontwatch.places.gazetteer import Gazetteer
from places_helpers import mention_of, mentions, settlement

ReportMaker = Callable[..., Report]


# --- unknown names after (or before) a settlement word ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Shelling damaged a school in the village of Hrustalivka on Tuesday.", "en", "Hrustalivka"),
        ("Russische Einheiten griffen das Dorf Tschornoslyw von Norden an.", "de", "Tschornoslyw"),
        ("Окупанти обстріляли село Кривохатки з артилерії.", "uk", "Кривохатки"),
        ("В посёлке Светломлинск ночью пропал свет.", "ru", "Светломлинск"),
        ("Drones hit a barn in Solodkoyarivka, a small village near the border.", "en", "Solodkoyarivka"),
    ],
)
def test_an_unknown_name_after_a_settlement_word_is_a_mention_without_place(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.place_id is None
    assert found.region_conflict is None


def test_the_unknown_name_is_read_at_its_other_occurrences_and_in_a_list(
    make_report: ReportMaker, gazetteer: Gazetteer
) -> None:
    text = (
        "Die Armee meldete die Rückeroberung der Dörfer Bilokamjanka und Hrustaliwka. "
        "Um Hrustaliwka werde aber weiter gekämpft."
    )
    found = [m for m in mentions(make_report, gazetteer, text, "de") if m.text == "Hrustaliwka"]
    assert len(found) == 2 and all(m.place_id is None for m in found)
    assert mention_of(mentions(make_report, gazetteer, text, "de"), "Bilokamjanka").place_id is None


def test_case_forms_of_an_unknown_cyrillic_name_are_the_same_village(
    make_report: ReportMaker, gazetteer: Gazetteer
) -> None:
    text = "Бої точаться біля села Кривохатка. Під Кривохаткою ворог втратив два танки."
    found = mentions(make_report, gazetteer, text, "uk")
    assert mention_of(found, "Кривохатка").place_id is None
    assert mention_of(found, "Кривохаткою").place_id is None


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Die Truppen erreichten das Dorf Anfang Juni.", "de", "Anfang"),
        ("They came back to the village of Hope last year.", "en", "Hope"),
        ("Мэр посёлка Олег Петров сообщил о пострадавших.", "ru", "Олег"),
        ("Ворог б'є по селу КАБами щодня.", "uk", "КАБами"),
        ("Troops left the town Ukrainian forces had shelled.", "en", "Ukrainian"),
    ],
)
def test_ordinary_words_names_and_abbreviations_after_a_settlement_word_are_no_place(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, word: str
) -> None:
    assert word not in [m.text for m in mentions(make_report, gazetteer, text, lang)]


def test_a_known_name_after_a_settlement_word_keeps_its_reading(
    make_report: ReportMaker, gazetteer: Gazetteer
) -> None:
    found = mention_of(
        mentions(make_report, gazetteer, "Fighting continued near the village of Robotyne.", "en"), "Robotyne"
    )
    assert found.place_id == "x:ua23:robotyne"


# --- one region conflict for every occurrence ----------------------------------------------------


def test_a_region_conflict_takes_the_other_occurrences_with_it(
    make_report: ReportMaker, gazetteer: Gazetteer
) -> None:
    # No Lukashivka of the gazetteer lies in Donetsk Oblast: the report means a village it lacks.
    text = (
        "Russische Truppen rücken auf Lukaschiwka im Gebiet Donezk vor. "
        "In Lukaschiwka seien kaum noch Einwohner geblieben."
    )
    found = [m for m in mentions(make_report, gazetteer, text, "de") if m.text == "Lukaschiwka"]
    assert len(found) == 2
    assert all(m.place_id is None for m in found)
    assert all(m.region_conflict for m in found)


# --- a distance from a named place ---------------------------------------------------------------


def test_a_distance_rules_out_a_namesake_far_away(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    # The Lukashivkas of the gazetteer lie in Cherkasy and Mykolaiv oblasts, 200 km and more from Sumy.
    text = "Residents of Lukashivka, some 12 kilometres north of Sumy, reported explosions overnight."
    found = mention_of(mentions(make_report, gazetteer, text, "en"), "Lukashivka")
    assert found.place_id is None
    assert found.region_conflict and "Sumy" in found.region_conflict


def test_a_distance_picks_the_namesake_within_reach(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    text = "Российские войска заняли Запорожское, примерно в 20 километрах к западу от Великой Новоселки."
    found = mention_of(mentions(make_report, gazetteer, text, "ru"), "Запорожское")
    assert found.place_id == "x:ua12:zaporizke-synelnykove"


def test_a_distance_that_fits_changes_nothing(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    text = "Shelling hit Vovchansk, about 5 kilometres from the border, and Kharkiv."
    found = mention_of(mentions(make_report, gazetteer, text, "en"), "Vovchansk")
    assert found.place_id == settlement(gazetteer, "Vovchansk", "Kharkiv Oblast")


# --- regions by their own names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        ("Air defence was active over Transcarpathia overnight.", "en", "Transcarpathia", "iso:UA-21"),
        ("Zakarpattia had long been seen as safe.", "en", "Zakarpattia", "iso:UA-21"),
        ("Raketenteile fielen in der Bukowina auf ein Feld.", "de", "Bukowina", "iso:UA-77"),
        ("Auch in Wolhynien gab es Luftalarm.", "de", "Wolhynien", "iso:UA-07"),
    ],
)
def test_historical_region_names_name_their_oblast(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, place_id: str
) -> None:
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == place_id


# --- villages added -------------------------------------------------------------------------------


def test_prohres_is_a_village_after_a_settlement_word_and_progress_is_a_word(
    make_report: ReportMaker, gazetteer: Gazetteer
) -> None:
    text = "Бои идут у села Прогресс северо-западнее Авдеевки. За Прогресс держатся."
    found = [m for m in mentions(make_report, gazetteer, text, "ru") if m.text == "Прогресс"]
    assert found and all(m.place_id == "x:ua14:prohres" for m in found)
    english = mentions(make_report, gazetteer, "Progress near Avdiivka has been slow.", "en")
    assert "Progress" not in [m.text for m in english]


def test_novovoskresenske_is_the_kherson_village(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    text = "Ukrainian troops raised the flag over Novovoskresenske in Kherson Oblast."
    found = mention_of(mentions(make_report, gazetteer, text, "en"), "Novovoskresenske")
    assert found.place_id == "x:ua65:novovoskresenske"


# --- a town's adjective before an airfield, a power plant, a mayor or an okrug --------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "town", "oblast"),
    [
        (
            "Удар пришёлся по мелитопольскому аэродрому.",
            "ru",
            "мелитопольскому аэродрому",
            "Melitopol",
            "Zaporizhzhia Oblast",
        ),
        (
            "Ракети влучили в Зміївську теплоелектростанцію.",
            "uk",
            "Зміївську теплоелектростанцію",
            "Zmiiv",
            "Kharkiv Oblast",
        ),
        (
            "Бердянський міський голова закликав виїхати.",
            "uk",
            "Бердянський",
            "Berdyansk",
            "Zaporizhzhia Oblast",
        ),
        (
            "Глава Каховского муниципального округа сообщил об обстреле.",
            "ru",
            "Каховского",
            "Kakhovka",
            "Kherson Oblast",
        ),
    ],
)
def test_a_town_adjective_before_a_facility_or_office_word_names_the_town(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, town: str, oblast: str
) -> None:
    found = [m for m in mentions(make_report, gazetteer, text, lang) if m.text.startswith(surface.split()[0])]
    assert found, text
    assert found[0].place_id == settlement(gazetteer, town, oblast)
