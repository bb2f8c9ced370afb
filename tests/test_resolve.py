"""Recognition and resolution of place names in report text (frontwatch.places)."""

from __future__ import annotations

import pytest

from frontwatch.model import MediaPoint, PlaceMention, Report
from frontwatch.places import recognize, resolve_places
from frontwatch.places.gazetteer import Gazetteer, load_gazetteer

MYKOLAIV_SHEVCHENKOVE = {"gn:688267", "gn:689976", "gn:694148"}
ODESA_SHEVCHENKOVE = {"gn:694152", "gn:707621"}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _report(text: str, media: MediaPoint | None = None) -> Report:
    return Report(
        id="test", source="test", raw_text=text, clean_text=text, format="text", origin="test", media=media
    )


def _resolve(text: str, gazetteer: Gazetteer, media: MediaPoint | None = None) -> list[PlaceMention]:
    mentions = resolve_places(_report(text, media), gazetteer)
    for mention in mentions:  # offsets always point at the mention's own text
        assert text[mention.start : mention.end] == mention.text
    return mentions


def _by_text(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.text: m for m in mentions}


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Die Lage in Charkiw ist ruhig.", "Charkiw", "gn:706483"),
        ("Charkiws Bürgermeister sprach von Explosionen.", "Charkiws", "gn:706483"),
        ("In den Charkiwer Vororten wurde geschossen.", "Charkiwer", "gn:706483"),
        ("Explosions were heard in Kharkiv overnight.", "Kharkiv", "gn:706483"),
        ("Вибухи у Харкові не вщухають.", "Харкові", "gn:706483"),
        ("В Харькове снова взрывы.", "Харькове", "gn:706483"),
        ("Die Russen verlassen Isjum.", "Isjum", "gn:707292"),
        ("Fighting near Izyum continues.", "Izyum", "gn:707292"),
        ("Бої під Ізюмом тривають.", "Ізюмом", "gn:707292"),
        ("Бои под Изюмом продолжаются.", "Изюмом", "gn:707292"),
        ("Vorstoß auf Kupjansk.", "Kupjansk", "gn:703656"),
        ("Advance toward Kupiansk.", "Kupiansk", "gn:703656"),
        ("Військові вийшли з Куп'янська.", "Куп'янська", "gn:703656"),
        ("Військові вийшли з Куп’янська.", "Куп’янська", "gn:703656"),
        ("Войска ушли из Купянска.", "Купянска", "gn:703656"),
        ("Die Kleinstadt Balaklija wurde befreit.", "Balaklija", "gn:712926"),
        ("Balakliia was liberated.", "Balakliia", "gn:712926"),
        ("Балаклію звільнено.", "Балаклію", "gn:712926"),
        ("Бои у Балаклеи.", "Балаклеи", "gn:712926"),
        ("Die Brücke bei Horochowatka ist zerstört.", "Horochowatka", "x:ua63:horokhuvatka"),
        ("Біля Гороховатки тривають бої.", "Гороховатки", "x:ua63:horokhuvatka"),
    ],
)
def test_spellings_and_inflections(gazetteer: Gazetteer, text: str, surface: str, place_id: str) -> None:
    mention = _by_text(_resolve(text, gazetteer))[surface]
    assert mention.place_id == place_id
    assert mention.precision == "settlement"
    assert mention.lat is not None and mention.admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ukrainische Soldaten in der Oblast Charkiw.", "Oblast Charkiw"),
        ("Gegenoffensive in der Region Charkiw.", "Region Charkiw"),
        ("The counteroffensive in the Kharkiv region goes on.", "Kharkiv region"),
        ("Контрнаступ у Харківській області.", "Харківській області"),
        ("Новини з Харківщини.", "Харківщини"),
        ("Контрнаступление в Харьковской области.", "Харьковской области"),
        ("Бои на Харьковщине.", "Харьковщине"),
    ],
)
def test_region_words_resolve_to_the_oblast(gazetteer: Gazetteer, text: str, surface: str) -> None:
    mentions = _resolve(text, gazetteer)
    assert [m.text for m in mentions] == [surface]  # longest match: no separate "Charkiw" city mention
    assert mentions[0].place_id == "iso:UA-63" and mentions[0].precision == "oblast"


def test_raion_and_country(gazetteer: Gazetteer) -> None:
    mentions = _by_text(_resolve("Обстріли в Ізюмському районі тривають по всій Україні.", gazetteer))
    assert mentions["Ізюмському районі"].place_id == "raion:UA-63:izium"
    assert mentions["Ізюмському районі"].precision == "raion"
    assert mentions["Україні"].place_id == "iso:UA" and mentions["Україні"].precision == "country"


def test_homonym_by_region_word(gazetteer: Gazetteer) -> None:
    kharkiv = _by_text(_resolve("Shevchenkove in the Kharkiv region was liberated.", gazetteer))[
        "Shevchenkove"
    ]
    assert kharkiv.place_id == "gn:694137"
    assert "Kharkiv region" in kharkiv.reason
    assert kharkiv.alternatives and all(pid != "gn:694137" for pid, _ in kharkiv.alternatives)
    mykolaiv = _by_text(_resolve("Shevchenkove (Mykolaiv Oblast) was shelled.", gazetteer))["Shevchenkove"]
    assert mykolaiv.place_id in MYKOLAIV_SHEVCHENKOVE
    assert mykolaiv.admin1 == "Mykolaiv Oblast"
    odesa = _by_text(_resolve("Шевченкове Одеської області знову без світла.", gazetteer))["Шевченкове"]
    assert odesa.place_id in ODESA_SHEVCHENKOVE


def test_homonym_by_spatial_coherence(gazetteer: Gazetteer) -> None:
    near_kupiansk = _by_text(_resolve("After Kupiansk, the troops entered Shevchenkove.", gazetteer))
    assert near_kupiansk["Shevchenkove"].place_id == "gn:694137"
    assert "Kupyansk" in near_kupiansk["Shevchenkove"].reason
    near_izmail = _by_text(_resolve("Від Ізмаїла до Шевченкового лише кілька кілометрів.", gazetteer))
    assert near_izmail["Шевченкового"].place_id == "gn:694152"


def test_one_sense_per_report(gazetteer: Gazetteer) -> None:
    text = "Shevchenkove was shelled. Later the army said Shevchenkove near Kupiansk is quiet."
    shevchenkove = [m for m in _resolve(text, gazetteer) if m.text == "Shevchenkove"]
    assert len(shevchenkove) == 2
    assert {m.place_id for m in shevchenkove} == {"gn:694137"}


def test_region_conflict_instead_of_a_silent_choice(gazetteer: Gazetteer) -> None:
    text = "Ein Video aus der Ortschaft Borivske in der Region Charkiw zeigt jubelnde Menschen."
    mentions = _by_text(_resolve(text, gazetteer))
    borivske = mentions["Borivske"]
    assert borivske.place_id is None
    assert borivske.region_conflict is not None
    assert "Kharkiv Oblast" in borivske.region_conflict and "Luhansk Oblast" in borivske.region_conflict
    assert borivske.alternatives[0][0] == "gn:711597"
    assert mentions["Region Charkiw"].place_id == "iso:UA-63"
    # Without the region word there is no conflict: the only Borivske is chosen.
    plain = _by_text(_resolve("Ein Video aus Borivske zeigt jubelnde Menschen.", gazetteer))["Borivske"]
    assert plain.place_id == "gn:711597" and plain.region_conflict is None


def test_region_word_elsewhere_in_the_sentence_is_no_conflict(gazetteer: Gazetteer) -> None:
    text = "Russian troops fled the Kharkiv region toward Svatove and Borivske, officials said."
    mentions = _by_text(_resolve(text, gazetteer))
    assert mentions["Svatove"].place_id == "gn:692118"
    assert mentions["Borivske"].region_conflict is None


def test_stop_list_words_need_a_settlement_word(gazetteer: Gazetteer) -> None:
    assert _resolve("Мирне життя повернулося. Щастя є.", gazetteer) == []
    village = _resolve("У селі Мирне тихо.", gazetteer)
    assert [m.text for m in village] == ["Мирне"]
    assert village[0].place_id is not None


def test_lowercase_words_are_not_places(gazetteer: Gazetteer) -> None:
    assert _resolve("the lyman estuary, a kharkiv-style dish, izium raisins", gazetteer) == []
    assert _resolve("Вода лиману піднялася.", gazetteer) == []
    assert [m.text for m in _resolve("Lyman was retaken.", gazetteer)] == ["Lyman"]


def test_word_boundaries(gazetteer: Gazetteer) -> None:
    assert _resolve("Charkiwskyjplatz und Isjumberg sind erfunden.", gazetteer) == []
    mentions = _resolve("Die Charkiw-Offensive läuft.", gazetteer)
    assert [m.text for m in mentions] == ["Charkiw"]


def test_foreign_places_are_not_matched(gazetteer: Gazetteer) -> None:
    text = "Berlin und Moskau streiten. В Москве и Белгороде говорят о Харькове. Kyiv replied to Moscow."
    mentions = _resolve(text, gazetteer)
    assert [m.text for m in mentions] == ["Харькове", "Kyiv"]


def test_media_point_decides_between_homonyms(gazetteer: Gazetteer) -> None:
    odesa_point = MediaPoint(lat=45.555, lon=29.334, media_url="https://example.org/v.mp4")
    mention = _by_text(_resolve("Shevchenkove was hit.", gazetteer, media=odesa_point))["Shevchenkove"]
    assert mention.place_id == "gn:694152"
    assert "media point" in mention.reason
    without = _by_text(_resolve("Shevchenkove was hit.", gazetteer))["Shevchenkove"]
    assert without.place_id != "gn:694152" or without.score < mention.score


def test_scores_and_reasons(gazetteer: Gazetteer) -> None:
    mentions = _by_text(_resolve("Ізюм і Шевченкове.", gazetteer))
    assert mentions["Ізюм"].score == 1.0 and mentions["Ізюм"].reason == "only candidate"
    assert 0.0 < mentions["Шевченкове"].score < 1.0
    assert mentions["Шевченкове"].alternatives


def test_recognize_keeps_offsets_in_text_with_odd_characters(gazetteer: Gazetteer) -> None:
    text = "İstanbul, then Купʼянськ — Kupiansk."
    matches = recognize(text, gazetteer)
    assert [text[m.start : m.end] for m in matches] == ["Купʼянськ", "Kupiansk"]


def test_latin_names_that_are_english_or_german_words(gazetteer: Gazetteer) -> None:
    text = (
        "Police said Human Rights Watch saw it. Essen und Bar waren geschlossen. Wolodymyr Selenskyj sprach."
    )
    assert _resolve(text, gazetteer) == []
    # After a settlement word the same names are places again.
    assert [m.text for m in _resolve("The shelling hit the town of Bar.", gazetteer)] == ["Bar"]


def test_military_words_and_foreign_namesakes(gazetteer: Gazetteer) -> None:
    text = "Атаки тривають біля Куп'янська. Дивізія відбила штурм. Полк «Азов» воює."
    assert [m.text for m in _resolve(text, gazetteer)] == ["Куп'янська"]


def test_occupation_republic_names_mean_the_oblast(gazetteer: Gazetteer) -> None:
    mentions = _resolve("Власти ДНР и ЛНР заявили о референдуме в Донецкой народной республике.", gazetteer)
    assert [(m.text, m.place_id) for m in mentions] == [
        ("ДНР", "iso:UA-14"),
        ("ЛНР", "iso:UA-09"),
        ("Донецкой народной республике", "iso:UA-14"),
    ]


def test_coordinated_region_adjectives(gazetteer: Gazetteer) -> None:
    text = "Референдуми на окупованих територіях Херсонської, Запорізької, Донецької та Луганської областей."
    ids = [m.place_id for m in _resolve(text, gazetteer)]
    assert ids == ["iso:UA-65", "iso:UA-23", "iso:UA-14", "iso:UA-09"]
    # Without a region noun the bare adjective is no place.
    assert _resolve("Донецької влади це не стосується.", gazetteer) == []
    raions = _resolve("Бои в пределах Изюмского и Купянского районов.", gazetteer)
    assert [m.place_id for m in raions] == ["raion:UA-63:izium", "raion:UA-63:kupiansk"]


def test_direction_phrases_name_the_centre_even_in_lower_case(gazetteer: Gazetteer) -> None:
    mentions = _resolve("Обстановка на купянском направлении остаётся сложной.", gazetteer)
    assert [(m.text, m.place_id) for m in mentions] == [("купянском направлении", "gn:703656")]


def test_hyphenated_names_inflect_in_every_part(gazetteer: Gazetteer) -> None:
    mentions = _resolve("Бои у Купянска-Узлового.", gazetteer)
    assert [(m.text, m.place_id) for m in mentions] == [("Купянска-Узлового", "gn:703652")]
