"""Ukrainian grammar of round 13 (UK). The sentences are written for these tests; places get made-up ids.

- The adverbial participle (дієприслівник) is its own lemma in the pymorphy3 uk dictionary; it now reads
  as its verb (claims/ukrainian.py), so a verb cue also covers "відходячи", "обстрілюючи", "підірвавши".
- The synthetic future of the imperfective ("битимуть", "битиме") in the regex cues of firing.
- The prefix "напів-" on the verb of encircling ("напівоточили").
- The negated verb last, after its event noun ("евакуації в селі не оголошували", "евакуацію більше не
  проводять"): a negation past the window of "не".
- A delay negated in any form ("закликав не відкладати евакуацію") is a call to do it, not a denial.
- "Москва" as the doer (nominative) is the Russian side.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement
from frontwatch.claims.lexicon import load_lexicon, make_analyzer

TOWN = "gn:1"


def keys(text: str, names: list[str]) -> set[ClaimKey]:
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    return claim_keys(extract_checked(text, "uk", places))


@pytest.mark.parametrize(
    ("gerund", "verb"),
    [
        ("відходячи", "відходити"),
        ("обстрілюючи", "обстрілювати"),
        ("наступаючи", "наступати"),
        ("підірвавши", "підірвати"),
        ("оточивши", "оточити"),
        ("закріпившись", "закріпитися"),
        ("вийшовши", "вийти"),
    ],
)
def test_gerund_reads_as_its_verb(gerund: str, verb: str) -> None:
    lexicon = load_lexicon("uk")
    assert lexicon is not None
    assert lexicon.analyze_word(gerund)[0] == verb  # uk/claims.yaml: gerund_lemma: verb
    assert make_analyzer("pymorphy3", "uk")(gerund)[0] == gerund  # the dictionary's own lemma


@pytest.mark.parametrize(
    ("text", "names", "key"),
    [
        (
            "Відходячи з Калинівки, росіяни підпалили склади.",
            ["Калинівки"],
            ("withdrawal", TOWN, "RU", "asserted"),
        ),
        (
            "Обстрілюючи Калинівку, ворог прикриває свою піхоту.",
            ["Калинівку"],
            ("strike", TOWN, "RU", "asserted"),
        ),
        (
            "Підірвавши міст у Калинівці, окупанти відійшли.",
            ["Калинівці"],
            ("demolition", TOWN, "RU", "asserted"),
        ),
        (
            "Звільнивши Калинівку, наші бійці пішли далі.",
            ["Калинівку"],
            ("control_change", TOWN, "UA", "asserted"),
        ),
    ],
)
def test_gerund_reports_the_act(text: str, names: list[str], key: ClaimKey) -> None:
    assert key in keys(text, names)


@pytest.mark.parametrize(
    ("text", "names", "key"),
    [
        (
            "Окупанти й надалі битимуть артилерією по Калинівці.",
            ["Калинівці"],
            ("strike", TOWN, "RU", "predicted"),
        ),
        ("Ворог, найпевніше, битиме по Калинівці щодня.", ["Калинівці"], ("strike", TOWN, "RU", "predicted")),
    ],
)
def test_synthetic_future_of_firing(text: str, names: list[str], key: ClaimKey) -> None:
    assert key in keys(text, names)


def test_semi_encircled_verb() -> None:
    text = "Російські підрозділи вже напівоточили Калинівку з трьох боків."
    assert ("encirclement", TOWN, "RU", "asserted") in keys(text, ["Калинівку"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Обов'язкової евакуації з Калинівки поки не оголошували.", ["Калинівки"]),
        ("Евакуацію в Калинівці вже не проводять.", ["Калинівці"]),
        ("Штурмів біля Калинівки останні два дні не фіксують.", ["Калинівки"]),
    ],
)
def test_negated_verb_last(text: str, names: list[str]) -> None:
    found = keys(text, names)
    assert found and all(key[3] == "negated" for key in found), found


def test_negated_delay_is_a_call() -> None:
    text = "Начальник МВА попросив жителів Калинівки не затягувати з евакуацією."
    found = keys(text, ["Калинівки"])
    assert ("evacuation", TOWN, "UA", "asserted") in found


def test_moscow_as_the_doer() -> None:
    text = "Москва знову вдарила керованими бомбами по Калинівці."
    assert ("strike", TOWN, "RU", "asserted") in keys(text, ["Калинівці"])
