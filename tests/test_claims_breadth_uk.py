"""Breadth probes of the Ukrainian claim vocabulary: wordings of each event that the rules did not know.

The rules were fitted to the sentences their authors had read; these probes use other verbs, nouns,
idioms and word orders for the same events (the other prefix of "оволодіти", the "у-" spelling of
"взяв", a place cleared "від окупантів", "звільнений" as the predicate, the holder named as an
adjective "в ... руках", control "збережено", the noun of reaching the outskirts, flight idioms, the
General Staff compound "боєзіткнення", channel slang for close combat, fire "накриває" a town with a
weapon named after it, channel verbs of hitting, a depot "уразили" with the enemy named in the object,
a bridge "зірвали", a road "під прицілом", cutting a force's supply, reserves "підвели", a garrison
strengthened with units, control "встановив" over a town, a collaborator shot, the troops treated, forced
eviction, people taken out "автобусами", a sham vote called "фейкове"), and wordings that use war
words about something else (sport, a fire drill, a parent's tea, farming, traffic rules).

The sentences are written for this file; place mentions are built by hand with made-up ids (the places
stage is tested elsewhere). Each probe names the evaluation keys (event type, place, actor side,
modality) the extractor must produce, and nothing else.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_from

# Made-up ids: only the extractor is under test. No name is a substring of another one.
PLACES: dict[str, str] = {
    "Мирноградом": "gn:5001",
    "Курахове": "gn:5002",
    "Нескучне": "gn:5003",
    "Токмаку": "gn:5004",
    "Невельське": "gn:5005",
    "Торецьком": "gn:5006",
    "Сватового": "gn:5007",
    "Нової Каховки": "gn:5008",
    "Очеретиним": "gn:5009",
    "Покровська": "gn:5010",
    "Вовчанську": "gn:5011",
    "Кринки": "gn:5012",
    "Гуляйполю": "gn:5013",
    "Запоріжжю": "gn:5014",
    "Кам'янки": "gn:5015",
    "Костянтинівку": "gn:5016",
    "Кремінної": "gn:5017",
    "Торецька": "gn:5018",
    "Енергодара": "gn:5019",
    "Снігурівки": "gn:5020",
    "Олешок": "gn:5021",
    "Ізюма": "gn:5022",
    "Бахмут": "gn:5023",
    "Лисичанську": "gn:5024",
    "Мелітополі": "gn:5025",
    "Дніпра": "gn:5026",
    "Полтави": "gn:5027",
    "Сумах": "gn:5028",
    "Харкові": "gn:5029",
}
REGIONS: dict[str, str] = {"Херсонщини": "iso:UA-65"}


def keys_of(text: str) -> set[ClaimKey]:
    places = [(name, place_id, "settlement") for name, place_id in PLACES.items() if name in text]
    places += [(name, place_id, "oblast") for name, place_id in REGIONS.items() if name in text]
    return claim_keys(extract_from(text, "uk", places, "Тестовий вісник"))


def key(event_type: str, place: str, side: str | None, modality: str = "asserted") -> ClaimKey:
    return (event_type, PLACES[place], side, modality)


PROBES: list[tuple[str, ClaimKey]] = [
    # control_change: "заволоділи" beside "оволоділи", "узяли" beside "взяли", cleared of the enemy
    ("Окупанти заволоділи Мирноградом, визнали в угрупованні.", key("control_change", "Мирноградом", "RU")),
    ("Росіяни узяли Курахове в січні.", key("control_change", "Курахове", "RU")),
    ("Бахмут звільнений від окупантів.", key("control_change", "Бахмут", "UA")),
    ("Ворог встановив контроль над Очеретиним.", key("control_change", "Очеретиним", "RU")),
    ("Десантники ЗСУ очистили Нескучне від окупантів.", key("control_change", "Нескучне", "UA")),
    # control_held: the holder as a possessive phrase, "в ... руках", control kept
    ("Невельське поки що в українських руках.", key("control_held", "Невельське", "UA")),
    ("Сили оборони зберігають контроль над Торецьком.", key("control_held", "Торецьком", "UA")),
    # advance: the noun of reaching the outskirts
    (
        "Командування підтвердило вихід українських підрозділів до околиць Сватового.",
        key("advance", "Сватового", "UA"),
    ),
    # withdrawal: flight idioms
    ("Рашисти накивали п'ятами з Нової Каховки.", key("withdrawal", "Нової Каховки", "RU")),
    # fighting: the compound noun, channel slang
    ("Від початку доби біля Покровська сталося 40 боєзіткнень.", key("fighting", "Покровська", None)),
    ("Хлопці рубалися з ворогом за кожен будинок у Вовчанську.", key("fighting", "Вовчанську", "UA")),
    # strike: the weapon after the target, fire kept up, channel verbs
    ("Кринки: росіяни накрили село артилерією.", key("strike", "Кринки", "RU")),
    ("Російські танки вели вогонь по Гуляйполю.", key("strike", "Гуляйполю", "RU")),
    ("Окупанти вгатили ракетою по Запоріжжю.", key("strike", "Запоріжжю", "RU")),
    # the side in the object is the target's; the subject fires
    ("Сили оборони уразили ворожий склад пального в Токмаку.", key("strike", "Токмаку", "UA")),
    # demolition, supply_line, reinforcement
    ("Росіяни зірвали міст біля Кам'янки.", key("demolition", "Кам'янки", "RU")),
    ("Траса на Костянтинівку під прицілом ворожих дронів.", key("supply_line", "Костянтинівку", "RU")),
    (
        "Ворог може відрізати постачання наших сил у Лисичанську.",
        key("supply_line", "Лисичанську", "RU", "predicted"),
    ),
    ("Росіяни підвели два батальйони до Кремінної.", key("reinforcement", "Кремінної", "RU")),
    (
        "Командування ЗСУ посилило гарнізон Торецька свіжими підрозділами.",
        key("reinforcement", "Торецька", "UA"),
    ),
    # partisan_attack, civilian_reaction, evacuation, political
    (
        "Колаборанта з Енергодара застрелили біля власного будинку.",
        key("partisan_attack", "Енергодара", "UA"),
    ),
    ("Жителі Снігурівки частували бійців пирогами.", key("civilian_reaction", "Снігурівки", "UA")),
    ("Мешканців Ізюма вивозять автобусами.", key("evacuation", "Ізюма", None)),
    ("Окупанти почали примусове виселення мешканців Олешок.", key("evacuation", "Олешок", "RU")),
    # "фейкове" calls the vote a sham: the vote is asserted, not denied
    ("Окупанти влаштували фейкове «голосування» в Мелітополі.", key("political", "Мелітополі", "RU")),
]

NO_CLAIM: list[str] = [
    # sport: attacks repelled on a court
    "Баскетболістки з Дніпра відбили всі атаки суперниць у фіналі чемпіонату.",
    # a fire drill moves nobody away from the war
    "У ліцеї Полтави провели тренувальну евакуацію учнів.",
    # bringing tea to children is no welcome of troops
    "Батьки виносили дітям чай на ковзанку в Сумах.",
    # control over the quality of grain is no holding of a place
    "Аграрії Херсонщини зберігають контроль над якістю зерна.",
    # new traffic rules are no reinforcement
    "У Харкові ввели нові обмеження на рух транспорту.",
]


@pytest.mark.parametrize(("text", "expected"), PROBES, ids=[text[:40] for text, _ in PROBES])
def test_breadth_wording_gives_its_claim(text: str, expected: ClaimKey) -> None:
    assert keys_of(text) == {expected}


@pytest.mark.parametrize("text", NO_CLAIM, ids=[text[:40] for text in NO_CLAIM])
def test_war_words_used_otherwise_give_no_claim(text: str) -> None:
    assert keys_of(text) == set()
