"""Time and source of a claim, round 11 (R4): words that look like verbs of saying but are none, the
day a bulletin covers, a capital that opens its clause and says so at the clause's end, imperfective
pronoun speakers, and outlets that name themselves analysis groups.

Each group names a phenomenon in general terms and probes it with sentences written for this file, with
negative probes where the rule must not fire (docs/annotation.md, Time and Source).
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.claims.sources import load_outlet_name_kinds
from frontwatch.model import Claim

WED = date(2025, 3, 12)  # a Wednesday: the publication date of the probes
TUE = date(2025, 3, 11)
MON = date(2025, 3, 10)
SUN = date(2025, 3, 9)

PLACES: list[PlaceSpec] = [
    ("Ternivka", "gn:961", "settlement"),
    ("Terniwka", "gn:961", "settlement"),
    ("Тернівки", "gn:961", "settlement"),
    ("Терновки", "gn:961", "settlement"),
    ("Терновкой", "gn:961", "settlement"),
    ("Терновке", "gn:961", "settlement"),
    ("Тернівкою", "gn:961", "settlement"),
]


def claims(text: str, lang: str, source: str = "Testblatt") -> list[Claim]:
    return extract_from(text, lang, [p for p in PLACES if p[0] in text], source, WED)


def day_of(found: list[Claim], event_type: str) -> date | None:
    hits = [c for c in found if c.event_type == event_type]
    assert hits, f"no {event_type} claim in {found}"
    return hits[0].when.start if hits[0].when else None


# 1. The noun of an attribution phrase ("nach übereinstimmenden Berichten", "по многочисленным
# сообщениям") and an attributive participle ("keine bestätigten Gewinne") are no verbs of saying: the
# time in the sentence dates the happening.
@pytest.mark.parametrize(
    ("lang", "text", "event_type", "expected"),
    [
        (
            "de",
            "Am Montag haben russische Drohnen nach mehreren Berichten das Umspannwerk in Terniwka "
            "getroffen.",
            "strike",
            MON,
        ),
        (
            "de",
            "Die Angreifer erzielten am Sonntag bei Terniwka nach ersten Meldungen keine bestätigten "
            "Geländegewinne.",
            "advance",
            SUN,
        ),
        (
            "ru",
            "В понедельник, по многочисленным сообщениям местных жителей, дроны атаковали подстанцию "
            "в Терновке.",
            "strike",
            MON,
        ),
        (
            "en",
            "On Monday Russian drones struck a substation in Ternivka, according to several local reports.",
            "strike",
            MON,
        ),
    ],
)
def test_attribution_nouns_and_participles_date_no_statement(
    lang: str, text: str, event_type: str, expected: date
) -> None:
    assert day_of(claims(text, lang), event_type) == expected


def test_a_real_verb_of_saying_still_dates_the_statement() -> None:
    # negative: "bestätigte am Montag" is the saying; what it reports has no time of its own.
    text = "Der Generalstab bestätigte am Montag, dass russische Drohnen Terniwka getroffen haben."
    found = claims(text, "de")
    assert day_of(found, "strike") is None


# 2. The day a bulletin covers ("у зведенні за 9 березня", "report for March 9") dates what it tells.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Генштаб у зведенні за 9 березня повідомив, що ворог атакував поблизу Тернівки."),
        ("ru", "Генштаб в сводке за 9 марта сообщил, что противник атаковал у Терновки."),
        ("en", "In its update for March 9 the General Staff said Russian troops attacked near Ternivka."),
    ],
)
def test_the_day_a_bulletin_covers_dates_what_it_tells(lang: str, text: str) -> None:
    assert day_of(claims(text, lang), "fighting") == SUN


def test_a_bulletin_date_without_for_stays_the_statement_date() -> None:
    # negative: "said on March 9" dates the saying only.
    found = claims("The General Staff said on March 9 that Russian troops attacked near Ternivka.", "en")
    assert day_of(found, "fighting") is None


# 3. A capital that opens its clause speaks when the verb of saying closes that clause (a verb-final
# perfect: "Moskau hatte die Einnahme von A verkündet", "Moscow has claimed ... several times").
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Moskau hatte die Einnahme von Terniwka schon vor Wochen verkündet."),
        ("en", "Moscow has claimed the capture of Ternivka several times."),
    ],
)
def test_capital_opening_its_clause_with_a_verb_of_saying_at_its_end(lang: str, text: str) -> None:
    found = [c for c in claims(text, lang) if c.event_type == "control_change"]
    assert found and found[0].source is not None
    assert found[0].source.kind == "government"


def test_capital_in_a_clause_without_a_verb_of_saying_is_no_speaker() -> None:
    # negative: a comma closes the clause of the capital before the verb of saying.
    found = claims("Moskau beschoss Terniwka in der Nacht, sagten Anwohner.", "de")
    assert all(c.source is None or c.source.kind != "government" for c in found)


# 4. A pronoun with an imperfective verb of saying carries the speaker ("він повідомляв").
def test_imperfective_pronoun_speaker_carries_the_speaker() -> None:
    text = "Генштаб ЗСУ не підтвердив втрату села. У щоденних зведеннях він повідомляв про бої біля Тернівки."
    found = [c for c in claims(text, "uk") if c.event_type == "fighting"]
    assert found and found[0].source is not None
    assert found[0].source.kind == "general_staff"


# 5. An outlet that names itself an analysis group is a think tank; a newspaper is not.
@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Southern Flank Analysis Group", "think_tank"),
        ("Nordflanke Analyse", "think_tank"),
        ("Abendblatt Nord", None),
        ("Sicherheitsanalyse-Blog", None),
    ],
)
def test_outlet_named_an_analysis_group(name: str, kind: str | None) -> None:
    found = load_outlet_name_kinds().kind_of(name)
    assert (found[0] if found else None) == kind
