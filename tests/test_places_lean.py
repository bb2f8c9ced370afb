"""The town adjective phrases kept apart from the form table (``Gazetteer.phrase_heads``).

Round 8 listed every "town adjective + direction / community / facility noun" phrase in every case
as a surface form (656k forms); they are now kept by their adjective form and checked against the
next word at recognition time. These tests hold the two designs to the same output: a small index
built both ways must read the same forms and find the same names in the same texts.
"""

from __future__ import annotations

import pickle

import pytest

from frontwatch.places import gazetteer as gazetteer_module
from frontwatch.places.gazetteer import (
    CUE_COMMUNITY_NOUN,
    CUE_LOWERCASE_OK,
    CUE_NONE,
    WEIGHT_INFLECTED,
    WEIGHT_NAME,
    FormEntry,
    Gazetteer,
    build_gazetteer,
)
from frontwatch.places.recognize import NameMatch, recognize

# Towns of 1,000+ people that are no raion centres (so their adjectives get phrases): Yunakivka,
# Kurakhove, Novopavlivka, Mar'yinka (an apostrophe in its Ukrainian name), and one more.
SMALL_BUILD_IDS = frozenset({"688077", "695357", "699373", "701845", "706253"})
YUNAKIVKA = "gn:688077"
NOVOPAVLIVKA = "gn:699373"
MARYINKA = "gn:701845"

# Sentences written for these tests: phrases in several cases, in lower case, in lists, and near
# misses (a word that only begins like a noun, two spaces, a plural noun after a single adjective).
SENTENCES = (
    "Мешканців Юнаківської громади просять виїхати до вечора.",
    "Ситуація у юнаківській громаді складна, повідомила адміністрація.",
    "Бои продолжаются на новопавловском направлении и у Новопавловского вокзала.",
    "Удар припав по Мар'їнській громаді, а згодом і по Марїнській громаді.",
    "Окупанти обстріляли Курахівський завод та Курахівську громаду.",
    "Юнаківської  громади це не стосується.",
    "Юнаківської громадськості ніхто не питав.",
    "Тяжело на Новопавловском и Курахівському напрямках, сообщают военные.",
    "По Юнаківській, Хотінській та Курахівській громадах прилетіли дрони.",
    "Новопавловском направлениям снова досталось.",
    "курахівському напрямку",
)


def _small_records() -> list[gazetteer_module.SettlementRecord]:
    return [r for r in gazetteer_module._embedded_records() if r.geonameid in SMALL_BUILD_IDS]


@pytest.fixture(scope="module")
def apart_and_listed() -> tuple[Gazetteer, Gazetteer]:
    records = _small_records()
    assert len(records) == len(SMALL_BUILD_IDS)
    apart = build_gazetteer(records, "phrases apart")
    listed = build_gazetteer(records, "phrases listed", town_phrases_apart=False)
    return apart, listed


def _expanded_forms(gazetteer: Gazetteer) -> dict[str, tuple[FormEntry, ...]]:
    """``forms`` with every phrase of ``phrase_heads`` listed, as round 8 stored them."""
    expanded = dict(gazetteer.forms)
    for head, readings in gazetteer.phrase_heads.items():
        for nouns, _place_id in readings:
            for noun in nouns:
                expanded[f"{head} {noun}"] = gazetteer.phrase_entries(head, noun)
    return expanded


def _as_tuples(matches: list[NameMatch]) -> list[tuple[int, int, str, str, tuple[FormEntry, ...]]]:
    return [(m.start, m.end, m.text, m.key, m.entries) for m in matches]


def test_phrases_apart_expand_to_the_listed_forms(apart_and_listed: tuple[Gazetteer, Gazetteer]) -> None:
    apart, listed = apart_and_listed
    assert apart.phrase_heads, "the small build must have town phrases to keep apart"
    assert not listed.phrase_heads
    assert len(apart.forms) < len(listed.forms)
    assert apart.phrase_count() == len(listed.forms) - len(apart.forms)
    assert _expanded_forms(apart) == listed.forms
    assert apart.common_word_keys == listed.common_word_keys
    assert (
        apart.lowercase_keys
        | {
            f"{head} {noun}"
            for head, readings in apart.phrase_heads.items()
            for nouns, _ in readings
            for noun in nouns
        }
        == listed.lowercase_keys
    )


@pytest.mark.parametrize("sentence", SENTENCES)
def test_recognition_is_the_same_either_way(
    apart_and_listed: tuple[Gazetteer, Gazetteer], sentence: str
) -> None:
    apart, listed = apart_and_listed
    assert _as_tuples(recognize(sentence, apart)) == _as_tuples(recognize(sentence, listed))


def test_phrase_spans_the_noun_and_reads_the_town(apart_and_listed: tuple[Gazetteer, Gazetteer]) -> None:
    apart, _ = apart_and_listed
    matches = recognize("Мешканців Юнаківської громади просять виїхати.", apart)
    assert [(m.text, m.key) for m in matches] == [("Юнаківської громади", "юнаківської громади")]
    assert matches[0].entries == ((YUNAKIVKA, WEIGHT_INFLECTED, CUE_LOWERCASE_OK),)


def test_phrase_counts_in_lower_case(apart_and_listed: tuple[Gazetteer, Gazetteer]) -> None:
    apart, _ = apart_and_listed
    matches = recognize("бои на новопавловском направлении", apart)
    assert [m.text for m in matches] == ["новопавловском направлении"]
    assert {e[0] for e in matches[0].entries} == {NOVOPAVLIVKA}


def test_phrase_with_and_without_the_apostrophe(apart_and_listed: tuple[Gazetteer, Gazetteer]) -> None:
    apart, _ = apart_and_listed
    matches = recognize("Удар по Мар'їнській громаді і по Марїнській громаді.", apart)
    assert [m.text for m in matches] == ["Мар'їнській громаді", "Марїнській громаді"]
    assert all({e[0] for e in m.entries} == {MARYINKA} for m in matches)


def test_two_spaces_leave_only_the_bare_adjective(apart_and_listed: tuple[Gazetteer, Gazetteer]) -> None:
    # A listed phrase has one space; with two the adjective alone is read, before its community word.
    apart, _ = apart_and_listed
    matches = recognize("Юнаківської  громади це не стосується.", apart)
    assert [m.text for m in matches] == ["Юнаківської"]
    assert matches[0].entries[0][2] != CUE_LOWERCASE_OK


def test_a_word_that_only_begins_like_the_noun_is_no_phrase(
    apart_and_listed: tuple[Gazetteer, Gazetteer],
) -> None:
    apart, _ = apart_and_listed
    assert recognize("Юнаківської громадськості ніхто не питав.", apart) == []


def test_lookup_reads_a_phrase(apart_and_listed: tuple[Gazetteer, Gazetteer]) -> None:
    apart, _ = apart_and_listed
    assert [p.id for p in apart.lookup("Юнаківської громади")] == [YUNAKIVKA]
    assert [p.id for p in apart.lookup("у юнаківській громаді")] == [YUNAKIVKA]
    assert apart.entries_of("юнаківської громадськості") == ()


def test_phrases_survive_the_cache_pickle(apart_and_listed: tuple[Gazetteer, Gazetteer]) -> None:
    apart, _ = apart_and_listed
    loaded = pickle.loads(pickle.dumps(apart, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded.phrase_heads == apart.phrase_heads
    sentence = SENTENCES[0]
    assert _as_tuples(recognize(sentence, loaded)) == _as_tuples(recognize(sentence, apart))


def test_noun_sets_are_shared_between_heads(apart_and_listed: tuple[Gazetteer, Gazetteer]) -> None:
    apart, _ = apart_and_listed
    noun_sets = [nouns for readings in apart.phrase_heads.values() for nouns, _ in readings]
    assert len({id(nouns) for nouns in noun_sets}) == len(set(noun_sets)) < len(noun_sets)


def _table() -> gazetteer_module._FormTable:
    return gazetteer_module._FormTable(stop_forms=set())


def test_a_phrase_joins_the_table_when_another_reading_of_it_comes() -> None:
    table = _table()
    key = table.phrase_key("Юнаківській", "громаді")
    table.add_phrase(key, YUNAKIVKA)
    table.add("Юнаківській громаді", "gn:1", WEIGHT_NAME)
    assert table.freeze_phrases() == {}
    assert table.freeze()[key] == (
        ("gn:1", WEIGHT_NAME, CUE_NONE),
        (YUNAKIVKA, WEIGHT_INFLECTED, CUE_LOWERCASE_OK),
    )


def test_a_phrase_the_table_has_already_goes_into_it() -> None:
    table = _table()
    table.add("Юнаківській громаді", YUNAKIVKA, WEIGHT_INFLECTED, cue=CUE_COMMUNITY_NOUN)
    key = table.phrase_key("Юнаківській", "громаді")
    table.add_phrase(key, YUNAKIVKA)
    assert table.freeze_phrases() == {}
    # An unconditional reading replaces a conditional one of the same place, as with ``add``.
    assert table.freeze()[key] == ((YUNAKIVKA, WEIGHT_INFLECTED, CUE_LOWERCASE_OK),)


def test_phrase_kept_apart_without_the_apostrophe_too() -> None:
    table = _table()
    table.add_phrase(table.phrase_key("Мар'їнській", "громаді"), MARYINKA)
    heads = table.freeze_phrases()
    assert set(heads) == {"мар'їнській", "марїнській"}
    assert table.freeze() == {}
