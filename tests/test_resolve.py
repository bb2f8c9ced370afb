"""Recognition and resolution of place names in report text (frontwatch.places)."""

from __future__ import annotations

import pytest

from frontwatch.model import MediaPoint, PlaceMention, Report
from frontwatch.places import recognize, resolve_places
from frontwatch.places.gazetteer import Gazetteer

MYKOLAIV_SHEVCHENKOVE = {"gn:688267", "gn:689976", "gn:694148"}
ODESA_SHEVCHENKOVE = {"gn:694152", "gn:707621"}


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


# --- rivers, regions, facilities, oblast context, directions, extra places -------------------

OSKIL_VILLAGE = "gn:710514"
DNIPRO_CITY = "gn:709930"
KUPIANSK = (49.71003, 37.61581)


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        # A river word before or after the name: the river.
        ("Die Russen zogen sich über den Oskil zurück.", "Oskil", "river:oskil"),
        ("Russian forces fell back to the east bank of the Oskil.", "Oskil", "river:oskil"),
        ("Roads along the Oskil river are cut.", "Oskil", "river:oskil"),
        ("Ворог утримує лівий берег Осколу.", "Осколу", "river:oskil"),
        ("Противник переправился через Северский Донец.", "Северский Донец", "river:siverskyi-donets"),
        ("Die Truppen zogen auf das linke Ufer des Dnipro ab.", "Dnipro", "river:dnipro"),
        ("Війська відійшли за Дніпро.", "Дніпро", "river:dnipro"),
        # No river word, or a settlement word: the town.
        ("Im Dorf Oskil wurde geschossen.", "Oskil", OSKIL_VILLAGE),
        ("Explosions were heard in Dnipro overnight.", "Dnipro", DNIPRO_CITY),
        ("Вибухи у Дніпрі не вщухають.", "Дніпрі", DNIPRO_CITY),
        ("Ракета влучила в Дніпро вночі.", "Дніпро", DNIPRO_CITY),
        ("Ракетний удар по Дніпру забрав життя людей.", "Дніпру", DNIPRO_CITY),
        # A town word after the name outweighs the article before it.
        ("The Dnipro city council reported two deaths.", "Dnipro", DNIPRO_CITY),
    ],
)
def test_river_or_town_by_context(gazetteer: Gazetteer, text: str, surface: str, place_id: str) -> None:
    mention = _by_text(_resolve(text, gazetteer))[surface]
    assert mention.place_id == place_id
    expected = "other" if place_id.startswith("river:") else "settlement"
    assert mention.precision == expected


def test_river_is_placed_at_the_town_it_is_paired_with(gazetteer: Gazetteer) -> None:
    from frontwatch.places.resolve import haversine_km

    text = "Russian troops blew up the bridge over the Oskil in Kupiansk."
    oskil = _by_text(_resolve(text, gazetteer))["Oskil"]
    assert oskil.lat is not None and oskil.lon is not None
    assert haversine_km(oskil.lat, oskil.lon, *KUPIANSK) < 3.0
    # The same river next to Borova lies 35 km further south.
    text = "Ukrainian troops crossed the Oskil near Borova."
    oskil = _by_text(_resolve(text, gazetteer))["Oskil"]
    assert oskil.lat is not None and oskil.lon is not None
    assert haversine_km(oskil.lat, oskil.lon, *KUPIANSK) > 25.0
    assert haversine_km(oskil.lat, oskil.lon, 49.38047, 37.61931) < 3.0


def test_a_river_that_is_also_a_word_needs_a_river_word(gazetteer: Gazetteer) -> None:
    assert not any(m.place_id == "river:aidar" for m in _resolve("Батальйон Айдар воює на сході.", gazetteer))
    mention = _by_text(_resolve("Бої тривають на рубежі річки Айдар.", gazetteer))["Айдар"]
    assert mention.place_id == "river:aidar"


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Russland will die Kräfte in Richtung Donezk verstärken.", "Donezk", "iso:UA-14"),
        ("Explosionen in Donezk am Morgen.", "Donezk", "gn:709717"),
        ("Kharkiv governor Oleh Syniehubov said the army had advanced.", "Kharkiv", "iso:UA-63"),
        ("Missiles hit Kharkiv overnight.", "Kharkiv", "gn:706483"),
        ("Troops were regrouped to strengthen the Donetsk front.", "Donetsk", "iso:UA-14"),
        ("The Dnipropetrovsk regional governor reported shelling.", "Dnipropetrovsk", "iso:UA-12"),
    ],
)
def test_city_or_oblast_by_context(gazetteer: Gazetteer, text: str, surface: str, place_id: str) -> None:
    assert _by_text(_resolve(text, gazetteer))[surface].place_id == place_id


def test_names_in_a_list_with_an_oblast_name_oblasts(gazetteer: Gazetteer) -> None:
    text = "Referendums in the Luhansk, Donetsk, Kherson and Zaporizhzhia regions began on Friday."
    ids = [m.place_id for m in _resolve(text, gazetteer)]
    assert ids == ["iso:UA-09", "iso:UA-14", "iso:UA-65", "iso:UA-23"]
    text = "In den Gebieten Cherson und Saporischschja sowie in Donezk und Luhansk wird abgestimmt."
    ids = [m.place_id for m in _resolve(text, gazetteer)]
    assert ids == ["iso:UA-65", "iso:UA-23", "iso:UA-14", "iso:UA-09"]
    # A list of towns stays a list of towns, and without a plural region word the city stays a city.
    ids = [m.place_id for m in _resolve("Shelling hit Kharkiv and Izium.", gazetteer)]
    assert ids == ["gn:706483", "gn:707292"]
    ids = [m.place_id for m in _resolve("Ворог обстріляв Харків, Харківську область та Сумщину.", gazetteer)]
    assert ids == ["gn:706483", "iso:UA-63", "iso:UA-59"]
    ids = [m.place_id for m in _resolve("Shelling hit Kharkiv and the Sumy region.", gazetteer)]
    assert ids == ["gn:706483", "iso:UA-59"]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("На Краматорському напрямку ворог завдав ударів.", "gn:704508"),
        ("Купянское направление: ВСУ пытаются форсировать реку.", "gn:703656"),
        ("Ситуация на херсонском направлении непростая.", "iso:UA-65"),
        ("Харьковское направление: противник наступает.", "iso:UA-63"),
        ("На Слобожанському напрямку противник обстрілював села.", "region:slobozhanshchyna"),
        # A town that is no raion centre: from the directions list of landmarks.yaml.
        ("На Лиманском направлении противник накапливает силы.", "gn:704204"),
        ("На Авдіївському напрямку тривають бої.", "gn:713122"),
    ],
)
def test_direction_phrases(gazetteer: Gazetteer, text: str, place_id: str) -> None:
    mentions = _resolve(text, gazetteer)
    assert [m.place_id for m in mentions] == [place_id]


def test_coordinated_direction_adjectives(gazetteer: Gazetteer) -> None:
    # A plural direction noun after a list of bare adjectives: each adjective names its town.
    mentions = _resolve("ВСУ атакуют на Купянском и Лиманском направлениях.", gazetteer)
    assert [(m.text, m.place_id) for m in mentions] == [
        ("Купянском", "gn:703656"),
        ("Лиманском", "gn:704204"),
    ]
    mentions = _resolve("Бої тривають на лиманському та бахмутському напрямках.", gazetteer)
    assert [m.place_id for m in mentions] == ["gn:704204", "gn:713174"]
    # The same spelling is also the city's instrumental: without the noun it is the city.
    mentions = _resolve("Трасса между Купянском и Изюмом перерезана.", gazetteer)
    assert [m.place_id for m in mentions] == ["gn:703656", "gn:707292"]
    # Without the noun a bare adjective names no direction.
    assert _resolve("Бої тривають, лиманські села під обстрілом.", gazetteer) == []


def test_regions_and_facilities_are_other_places(gazetteer: Gazetteer) -> None:
    mentions = _by_text(_resolve("Moskau will die Kräfte im Donbas verstärken.", gazetteer))
    assert mentions["Donbas"].place_id == "region:donbas" and mentions["Donbas"].precision == "other"
    mentions = _by_text(_resolve("Das Atomkraftwerk Saporischschja ist unter Beschuss.", gazetteer))
    plant = mentions["Atomkraftwerk Saporischschja"]
    assert plant.place_id == "facility:zaporizhzhia-npp" and plant.precision == "other"
    mentions = _by_text(_resolve("Удар по плотине Каховской ГЭС не исключён.", gazetteer))
    assert mentions["Каховской ГЭС"].place_id == "facility:kakhovka-hpp"


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Росіяни контратакують поблизу Горобіївки.", "Горобіївки", "x:ua63:horobivka"),
        (
            "Украинские войска прорываются в районе Макеевки Луганской области.",
            "Макеевки",
            "x:ua09:makiivka-svatove",
        ),
        ("Ukrainian troops entered Robotyne.", "Robotyne", "x:ua23:robotyne"),
        ("Якобы ВСУ уже в Великом Бурлуке.", "Великом Бурлуке", "gn:690193"),
        ("Военкоры сообщают о боях в районе Волохова Яра.", "Волохова Яра", "gn:689138"),
    ],
)
def test_extra_places_and_inflections(gazetteer: Gazetteer, text: str, surface: str, place_id: str) -> None:
    assert _by_text(_resolve(text, gazetteer))[surface].place_id == place_id


def test_foreign_region_and_common_word_are_not_places(gazetteer: Gazetteer) -> None:
    assert _resolve("Глава Чечни Рамзан Кадыров потребовал объяснений.", gazetteer) == []
    assert _resolve("Селище є важливим залізничним вузлом.", gazetteer) == []


def test_coherence_cache_does_not_change_the_result(gazetteer: Gazetteer) -> None:
    """Distances remembered from earlier reports (or from a full cache that was emptied) give the
    same mentions, scores and reasons as a first computation."""
    from frontwatch.places import resolve as resolve_module

    text = (
        "Ukrainian troops entered Shevchenkove and Balakliia. Shelling was reported near Borova, "
        "and later in Shevchenkove again, 20 km from Kupiansk."
    )
    resolve_module._COHERENCE_BY_PAIR.clear()
    first = _resolve(text, gazetteer)
    assert resolve_module._COHERENCE_BY_PAIR  # the homonyms were weighed against anchors
    warm = _resolve(text, gazetteer)
    assert warm == first
    # The bound: a cache at its limit is emptied, not grown, and the result stays the same.
    saved_size = resolve_module.COHERENCE_CACHE_SIZE
    try:
        resolve_module.COHERENCE_CACHE_SIZE = 1
        resolve_module._COHERENCE_BY_PAIR.clear()
        assert _resolve(text, gazetteer) == first
        assert len(resolve_module._COHERENCE_BY_PAIR) <= 1
    finally:
        resolve_module.COHERENCE_CACHE_SIZE = saved_size
    shevchenkove = [m for m in first if m.text == "Shevchenkove"]
    assert shevchenkove and all(m.admin1 == "Kharkiv Oblast" for m in shevchenkove)
