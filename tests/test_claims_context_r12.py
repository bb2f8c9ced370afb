"""Probes for the round-12 context rules: where the report around a sentence changed what the sentence
alone says (claims/anaphora.py, claims/linking.py and the ``# context r12`` keys of claims.yaml).

- a locative demonstrative followed by a relative adverb ("там, де ...", "туди, де ...", "там, где
  ...", "dort, wo ...") is a correlative: it points ahead to its relative clause, not back to the town
  the report named before, so the claim of its sentence does not take that town by reference; a plain
  "Там ..." still does;
- a strike or an evacuation that continues the same-type claim of the sentence before takes its place
  but not its side: the side of a strike, and the organiser of an evacuation, must be named in the
  clause that tells it (gold/README.md, round-6 audit rule 1 and the evacuation rules); a sentence that
  lists "in particular" places of the strikes before still names the same strikes, with their side.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_checked, place_side_keys, settlement
from frontwatch.claims.context import _extra_regex
from frontwatch.claims.lexicon import load_lexicon

NIKOPOL_UK = [settlement("Нікополь", 1)]
NIKOPOL_RU = [settlement("Никополь", 1)]
NIKOPOL = [settlement("Nikopol", 1)]


def anaphora_placed(text: str, lang: str, places: list[tuple[str, str | None, str]]) -> set[str]:
    """The evidence openings of the claims that took their place from a reference word."""
    return {
        c.evidence_text[:20]
        for c in extract_checked(text, lang, places)
        if c.meta.get("place_from") == "anaphora"
    }


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Вночі окупанти обстріляли Нікополь. «Ми не можемо захистити людей там, де ворожі дрони "
            "полюють навіть на автобуси», — сказав голова громади.",
            "uk",
            NIKOPOL_UK,
        ),
        (
            "Russische Truppen beschossen erneut Nikopol. Russische Drohnen greifen dort an, wo sich "
            "Menschen sammeln.",
            "de",
            NIKOPOL,
        ),
    ],
)
def test_correlative_is_no_reference_to_the_town_before(
    text: str, lang: str, places: list[tuple[str, str | None, str]]
) -> None:
    assert not anaphora_placed(text, lang, places)


@pytest.mark.parametrize(
    ("lang", "after", "correlative"),
    [
        ("uk", ", де збираються люди", True),
        ("uk", " куди летять дрони", True),
        ("uk", " тривають бої", False),
        ("ru", ", где собираются люди", True),
        ("ru", ", откуда бьёт артиллерия", True),
        ("ru", " идут бои", False),
        ("de", ", wo sich Menschen sammeln", True),
        ("de", " an, wo sich Menschen sammeln", True),
        ("de", " halten die Kämpfe an", False),
    ],
)
def test_correlative_words(lang: str, after: str, correlative: bool) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    pattern = _extra_regex(lexicon, "correlative_after")
    assert pattern is not None
    assert (pattern.match(after) is not None) is correlative


def test_plain_locative_still_refers_back() -> None:
    keys = place_side_keys("Окупанти знову обстріляли Нікополь. Там тривають бої.", "uk", NIKOPOL_UK)
    assert ("fighting", "gn:1", None) in keys


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        ("Russian drones hit Nikopol overnight. A second drone struck a bus stop later.", "en", NIKOPOL),
        ("Російські дрони вночі атакували Нікополь. Ще один дрон влучив у зупинку.", "uk", NIKOPOL_UK),
        ("Российские дроны ночью атаковали Никополь. Ещё один дрон попал в остановку.", "ru", NIKOPOL_RU),
        (
            "Russische Drohnen griffen in der Nacht Nikopol an. Eine weitere Drohne schlug in eine "
            "Haltestelle ein.",
            "de",
            NIKOPOL,
        ),
    ],
)
def test_continued_strike_takes_the_place_not_the_side(
    text: str, lang: str, places: list[tuple[str, str | None, str]]
) -> None:
    keys = place_side_keys(text, lang, places)
    assert ("strike", "gn:1", "RU") in keys  # the first sentence's own strike
    assert ("strike", "gn:1", None) in keys  # the second: at the same place, no actor named


def test_continued_evacuation_names_no_organiser() -> None:
    keys = place_side_keys(
        "Ukrainian authorities evacuated residents of Nikopol on Monday. More families were taken out "
        "on Tuesday.",
        "en",
        NIKOPOL,
    )
    assert keys == {("evacuation", "gn:1", "UA"), ("evacuation", "gn:1", None)}
