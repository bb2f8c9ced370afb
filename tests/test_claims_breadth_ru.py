"""Breadth probes of the Russian claim vocabulary: wordings of each event that the rules did not know.

The rules were fitted to the sentences their authors had read; these probes use other verbs, nouns,
idioms and word orders for the same events (a change of control told as a noun with the place inside,
the flag's synonyms, a place "становится подконтрольным", fighting in channel slang, a breach being
exploited, troops seeping in or running off, a line packed up, the noun of giving a place up, troops
"стянуты", munitions "выпущены" or "обрушены" on a town, artillery that "разрушает" a town, members of
the resistance, an occupation "мэр" in scare quotes, people moved out told people first), and wordings
that use war words about something else (taxes, weather, sport, politics, farming, history).

The sentences are written for this file; place mentions are built by hand with made-up ids (the places
stage is tested elsewhere). Each probe names the evaluation keys (event type, place, actor side,
modality) the extractor must produce, and nothing else.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_from

# Made-up ids: only the extractor is under test. No name is a substring of another one.
PLACES: dict[str, str] = {
    "Песчаного": "gn:4001",
    "Ольховкой": "gn:4002",
    "Зелёное": "gn:4003",
    "Кременец": "gn:4004",
    "Дружковка": "gn:4005",
    "Соледара": "gn:4006",
    "Терновым": "gn:4007",
    "Орлова": "gn:4008",
    "Грушевку": "gn:4009",
    "Сосновкой": "gn:4010",
    "Невское": "gn:4011",
    "Орехово": "gn:4012",
    "Запорожью": "gn:4013",
    "Андреевкой": "gn:4014",
    "Угледару": "gn:4015",
    "Дубках": "gn:4016",
    "Тихом": "gn:4017",
    "Мелитополе": "gn:4018",
    "Полевого": "gn:4019",
    "Рыбном": "gn:4020",
    "Лучистом": "gn:4021",
    "Гродовкой": "gn:4022",
    "Полтаве": "gn:4023",
    "Одессы": "gn:4024",
    "Сумах": "gn:4025",
    "Кривого Рога": "gn:4026",
    "Харьков": "gn:4027",
    "Виннице": "gn:4028",
    "Тёплое": "gn:4029",
    "Пролетарского": "gn:4030",
    "Житомир": "gn:4031",
}


def keys_of(text: str) -> set[ClaimKey]:
    places = [(name, place_id, "settlement") for name, place_id in PLACES.items() if name in text]
    return claim_keys(extract_from(text, "ru", places, "Тестовый вестник"))


def key(event_type: str, place: str | None, side: str | None, modality: str = "asserted") -> ClaimKey:
    return (event_type, PLACES[place] if place else None, side, modality)


BREADTH_PROBES: list[tuple[str, set[ClaimKey]]] = [
    # control_change: the noun with the place between it and "под контроль"; the flag's synonyms; a place
    # that becomes "подконтрольным" a side; a place brought back under a side's flag.
    (
        "Командование объявило о переходе Песчаного под контроль российских войск.",
        {key("control_change", "Песчаного", "RU")},
    ),
    ("Над Ольховкой снова поднят украинский стяг.", {key("control_change", "Ольховкой", "UA")}),
    ("Село Зелёное стало подконтрольным ВСУ.", {key("control_change", "Зелёное", "UA")}),
    ("Село Кременец возвращено под украинский флаг.", {key("control_change", "Кременец", "UA")}),
    # control_held: "в руках" with the armed forces' full name.
    ("Дружковка остаётся в руках Вооружённых сил Украины.", {key("control_held", "Дружковка", "UA")}),
    # withdrawal: the noun of giving up a place (denied), a line packed up, "никакого отхода" as a denial.
    (
        "В Генштабе ВСУ опровергли информацию о сдаче Соледара.",
        {key("withdrawal", "Соледара", "UA", "negated")},
    ),
    ("Украинские подразделения свернули позиции под Терновым.", {key("withdrawal", "Терновым", "UA")}),
    ("Никакого отхода российских войск из Орлова не было.", {key("withdrawal", "Орлова", "RU", "negated")}),
    ("Россияне в панике удирают из Пролетарского.", {key("withdrawal", "Пролетарского", "RU")}),
    # fighting: "схватка", channel slang "рубка", fighting "за" a place.
    ("Схватка за Грушевку не утихает.", {key("fighting", "Грушевку", None)}),
    ("Под Сосновкой идёт рубка.", {key("fighting", "Сосновкой", None)}),
    ("Украинские десантники бьются за Невское.", {key("fighting", "Невское", "UA")}),
    # strike: artillery grinding a town down; munitions fired at a place.
    ("Российская артиллерия методично разрушает Орехово.", {key("strike", "Орехово", "RU")}),
    ("Российские войска выпустили по Запорожью 12 ракет.", {key("strike", "Запорожью", "RU")}),
    ("Россия обрушила на Житомир град ракет.", {key("strike", "Житомир", "RU")}),
    # advance: a breach exploited; the imperfective of "просочиться".
    ("ВСУ развивают успех под Андреевкой.", {key("advance", "Андреевкой", "UA")}),
    ("Российские войска просачиваются в Тёплое мелкими группами.", {key("advance", "Тёплое", "RU")}),
    # reinforcement: the perfective passive "стянуты"; fresh units with an adjective in between.
    ("К Угледару стянуты российские морпехи.", {key("reinforcement", "Угледару", "RU")}),
    ("Под Гродовкой появились свежие российские батальоны.", {key("reinforcement", "Гродовкой", "RU")}),
    # encirclement: a force left cut off.
    ("Российские части в Дубках оказались отрезаны.", {key("encirclement", "Дубках", "UA")}),
    # partisan_attack: members of the resistance; an attack on an occupation official.
    ("В Тихом бойцы сопротивления взорвали автомобиль оккупантов.", {key("partisan_attack", "Тихом", "UA")}),
    (
        "В Мелитополе неизвестные подорвали машину оккупационного чиновника.",
        {key("partisan_attack", "Мелитополе", "UA")},
    ),
    # civilian_reaction: a rally against the occupation.
    ("В Лучистом прошла акция против оккупации.", {key("civilian_reaction", "Лучистом", "RU")}),
    # evacuation: the people first, the verb after (no organiser named).
    ("Жителей Полевого вывозят автобусами.", {key("evacuation", "Полевого", None)}),
    # political: an occupation appointee's title in scare quotes.
    ("Оккупанты назначили в Рыбном своего «мэра».", {key("political", "Рыбном", "RU")}),
]


@pytest.mark.parametrize(("text", "expected"), BREADTH_PROBES, ids=[text[:48] for text, _ in BREADTH_PROBES])
def test_breadth_probe(text: str, expected: set[ClaimKey]) -> None:
    assert keys_of(text) == expected


NO_CLAIM_PROBES: list[str] = [
    "Налоговая служба нанесла удар по теневым схемам в Полтаве.",
    "Депутаты горсовета Одессы окружили трибуну спикера.",
    "В Сумах продолжается наступление зимы: ночью ударили морозы.",
    "Спортсмены из Кривого Рога провели показательные бои.",
    "В марте 1943 года Красная армия освободила Харьков.",
    "Фермеры в Виннице отступили от привычных сортов пшеницы.",
]


@pytest.mark.parametrize("text", NO_CLAIM_PROBES, ids=[text[:48] for text in NO_CLAIM_PROBES])
def test_war_words_in_other_senses_give_no_claim(text: str) -> None:
    assert keys_of(text) == set()
