"""Who says so, round 7: probes for the speaker of a pronoun sentence and for the report's genre.

Phenomena: a sentence whose verb of saying has a pronoun subject ("He said ...", "По его словам",
"Nach seinen Angaben") is the speaker named before; a name or role noun after the pronoun's cue is
what is told about, not who tells it. A report whose title says what kind of text it is (a think
tank's "Campaign Update" / "Key takeaways", a defence intelligence "Intelligence update"; optional
claims.yaml key ``report_genre``) is that kind of source's assessment, whoever publishes it; title
words further down the text do not count. Sentences are written for these tests; place ids are
placeholders.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_checked, settlement
from frontwatch.claims.sources import GENRE_TITLE_CHARS, report_genre
from frontwatch.model import Claim

MARIVKA = 910001


def _only_claim(claims: list[Claim], event_type: str) -> Claim:
    of_type = [c for c in claims if c.event_type == event_type]
    assert of_type, [(c.event_type, c.evidence_text) for c in claims]
    return of_type[0]


# --- the pronoun is the speaker ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place", "event_type", "kind"),
    [
        (
            "en",
            "Regional governor Oleh Lysenko spoke to journalists on Tuesday morning. "
            "He said residents had been evacuated from Marivka overnight.",
            "Marivka",
            "evacuation",
            "governor",
        ),
        (
            "de",
            "Gouverneur Oleh Lysenko äußerte sich am Dienstagmorgen. "
            "Nach seinen Angaben wurden Bewohner aus Mariwka evakuiert.",
            "Mariwka",
            "evacuation",
            "governor",
        ),
        (
            "ru",
            "Губернатор Олег Лысенко выступил во вторник утром. "
            "По его словам, жителей Марьевки эвакуировали ночью.",
            "Марьевки",
            "evacuation",
            "governor",
        ),
    ],
)
def test_role_noun_after_a_pronoun_cue_is_not_the_speaker(
    lang: str, text: str, place: str, event_type: str, kind: str
) -> None:
    claim = _only_claim(extract_checked(text, lang, [settlement(place, MARIVKA)]), event_type)
    assert claim.source is not None and claim.source.kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # The name before the pronoun is its antecedent and speaks.
        ("en", "Volodymyr Zelensky said he had ordered the evacuation of Marivka.", "Marivka"),
        # No pronoun: the role noun that speaks is the speaker.
        ("en", "Residents said Russian troops had shelled Marivka all night.", "Marivka"),
        ("de", "Anwohner berichten, russische Truppen hätten Mariwka die ganze Nacht beschossen.", "Mariwka"),
    ],
)
def test_speaker_before_or_without_a_pronoun_cue_still_speaks(lang: str, text: str, place: str) -> None:
    claims = extract_checked(text, lang, [settlement(place, MARIVKA)])
    assert claims
    assert all(c.source is not None and c.source.kind != "outlet" for c in claims)


# --- the report's genre ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "outlet", "text", "place", "kind"),
    [
        (
            "en",
            "Northern Ledger",
            "Key takeaways, June 3\nRussian forces likely captured Marivka on June 2.",
            "Marivka",
            "think_tank",
        ),
        (
            "en",
            "Weekly Brief",
            "Defence Situation Note – Ukraine, 3 June\n"
            "• Russian forces have almost certainly captured Marivka in the past 48 hours.",
            "Marivka",
            "defence_ministry",
        ),
        (
            "de",
            "Nordkurier Digital",
            "Lageeinschätzung vom 3. Juni\nRussische Truppen haben Mariwka vermutlich eingenommen.",
            "Mariwka",
            "think_tank",
        ),
        (
            "uk",
            "Огляд тижня",
            "Ключові висновки за 3 червня\nРосійські війська, ймовірно, захопили Марівку.",
            "Марівку",
            "think_tank",
        ),
    ],
)
def test_title_genre_makes_the_publisher_that_kind_of_source(
    lang: str, outlet: str, text: str, place: str, kind: str
) -> None:
    claims = extract_checked(text, lang, [settlement(place, MARIVKA)], source=outlet)
    assert claims, text
    claim = claims[0]
    assert claim.source is not None and claim.source.kind == kind
    assert claim.source.name == outlet
    assert claim.evidence_kind == "analysis"


def test_genre_title_with_a_picture_is_visual() -> None:
    text = (
        "Key takeaways for June 3\n"
        "Geolocated footage published on June 2 shows Russian soldiers in central Marivka."
    )
    claims = extract_checked(text, "en", [settlement("Marivka", MARIVKA)], source="Northern Ledger")
    assert claims
    assert claims[0].source is not None and claims[0].source.kind == "think_tank"
    assert claims[0].evidence_kind == "visual"


def test_title_with_an_attribution_word_gives_the_genre() -> None:
    text = "Russian Offensive Campaign Update, June 3\nRussian forces likely captured Marivka on June 2."
    claims = extract_checked(text, "en", [settlement("Marivka", MARIVKA)], source="Northern Ledger")
    assert claims and claims[0].source is not None and claims[0].source.kind == "think_tank"


def test_genre_words_below_the_title_do_not_count() -> None:
    news = "Russian troops captured the village of Marivka on Monday after weeks of fighting. " * 3
    assert len(news) > GENRE_TITLE_CHARS
    text = news + "Analysts listed it among their key takeaways for the week."
    claims = extract_checked(text, "en", [settlement("Marivka", MARIVKA)], source="Northern Ledger")
    assert claims
    assert all(c.source is not None and c.source.kind == "outlet" for c in claims)


@pytest.mark.parametrize(
    "head",
    [
        "Lagebild Ost: Russische Truppen sind in Mariwka.",  # a channel's name, not a genre title
        "Ukraine war latest: Russian forces advance near Marivka",
        "Сводка событий за 3 июня",
    ],
)
def test_ordinary_titles_have_no_genre(head: str) -> None:
    assert report_genre(head) is None


def test_news_outlet_without_genre_title_stays_an_outlet() -> None:
    text = "Russian troops captured Marivka on Monday, the village's former head told our reporter."
    claims = extract_checked(text, "en", [settlement("Marivka", MARIVKA)], source="Northern Ledger")
    assert claims
    assert all(c.source is None or c.source.kind != "think_tank" for c in claims)
