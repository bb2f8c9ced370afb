"""Who says so, round 4: probes for the speakers found by claims/sources.py.

Phenomena: a side's military, authorities or "side" speaking as a body (``speaker_roles_more`` in
claims.yaml: only next to a verb of saying or after an attribution, never as the doer of the event);
a side word inside a role's own words beats one earlier in the clause; "the ministry" points back
to the ministry named before; a publisher's name can show a side's flag or a research centre; one
resident or neighbour who tells. Sentences are written for these tests; place ids are placeholders.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_checked, settlement
from frontwatch.claims.lexicon import load_lexicon
from frontwatch.claims.sources import SourceMention, find_speakers, load_outlet_name_kinds, load_registry


def _speakers(lang: str, text: str) -> list[SourceMention]:
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    tokens = lexicon.tokenize(text)
    side_spans = {side: cues.find(text, tokens) for side, cues in lexicon.side_words.items()}
    return find_speakers(text, tokens, lexicon, load_registry(), side_spans)


def _speaker_of(lang: str, text: str, words: str) -> tuple[str, str | None]:
    """(kind, side) of the speaker found within ``words`` of ``text`` (the role noun may be all of it)."""
    start = text.index(words)
    end = start + len(words)
    found = [m for m in _speakers(lang, text) if m.start < end and start < m.end]
    assert found, (
        f"no speaker at {words!r}: {[(text[m.start : m.end], m.source) for m in _speakers(lang, text)]}"
    )
    return found[0].source.kind, found[0].source.side


# --- a side's military or authorities speaking as a body -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "words", "expected"),
    [
        (
            "en",
            "Ukrainian commanders told reporters that the line east of Siversk was holding.",
            "Ukrainian commanders",
            ("military", "UA"),
        ),
        (
            "de",
            "Laut russischen Militärs ist die Brücke bei Nowoselivka zerstört.",
            "russischen Militärs",
            ("military", "RU"),
        ),
        (
            "de",
            "Die russische Seite bestreitet, dass ihre Einheiten Kosatsche verlassen haben.",
            "russische Seite",
            ("government", "RU"),
        ),
        (
            "de",
            "Nach Angaben ukrainischer Soldaten liegt die Straße nach Lyman unter Beschuss.",
            "ukrainischer Soldaten",
            ("military", "UA"),
        ),
        (
            "ru",
            "Российские военные заявили, что продвинулись у Невского.",
            "Российские военные",
            ("military", "RU"),
        ),
        (
            "ru",
            "Бои у Торецка продолжаются, сообщают украинские военные.",
            "украинские военные",
            ("military", "UA"),
        ),
        (
            "ru",
            "По словам украинских военных, противник накапливает силы у Купянска.",
            "украинских военных",
            ("military", "UA"),
        ),
        (
            "uk",
            "Російські військові стверджують, що зайняли частину Серебрянки.",
            "Російські військові",
            ("military", "RU"),
        ),
        (
            "uk",
            "За даними української влади, обстріл пошкодив лікарню в Херсоні.",
            "української влади",
            ("government", "UA"),
        ),
        (
            "ru",
            "По данным российских властей, в Каховке повреждена подстанция.",
            "российских властей",
            ("government", "RU"),
        ),
        (
            "en",
            "The Russian side denied that its units had left the village of Kozache.",
            "Russian side",
            ("government", "RU"),
        ),
    ],
)
def test_a_sides_military_or_authorities_speaking_as_a_body(
    lang: str, text: str, words: str, expected: tuple[str, str]
) -> None:
    assert _speaker_of(lang, text, words) == expected


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        # The doers of the event: the side word must stay the subject, nobody speaks.
        (
            "en",
            "Ukrainian soldiers retook the village of Kozache after two days of fighting.",
            "Ukrainian soldiers",
        ),
        ("de", "Russische Truppen eroberten am Dienstag den Ort Nowoselivka.", "Russische Truppen"),
        # (Round 8b: a side's military as the subject of a verb of saying is the speaker in English and
        # German too, and the act it reports keeps its side: tests/test_claims_sources_r8b.py.)
        ("ru", "Украинские военные отбили атаку у Невского.", "Украинские военные"),
        ("uk", "Українські військові звільнили Козачу Лопань.", "Українські військові"),
        # A side's authorities as the target of something, not as a speaker.
        ("ru", "Протест против российских властей прошёл в Херсоне.", "российских властей"),
    ],
)
def test_a_sides_troops_doing_something_are_no_speaker(lang: str, text: str, words: str) -> None:
    start = text.index(words)
    assert not any(m.start <= start < m.end for m in _speakers(lang, text))


def test_the_side_body_speaking_is_the_claims_source_and_an_official_statement() -> None:
    text = "Российские военные заявили, что их подразделения заняли Торское."
    claims = extract_checked(text, "ru", [settlement("Торское", 1101)])
    assert claims
    assert {(c.source.kind, c.source.side, c.evidence_kind) for c in claims} == {
        ("military", "RU", "official_statement")
    }
    # The same capture told by the outlet itself stays the outlet's.
    plain = extract_checked("Российские подразделения заняли Торское.", "ru", [settlement("Торское", 1101)])
    assert plain
    assert {c.source.kind for c in plain} == {"outlet"}


# --- whose side word: inside the role's own words first ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "words", "expected_side"),
    [
        # A side word earlier in the clause belongs to somebody else.
        (
            "de",
            "Russische Einheiten stehen laut ukrainischen Behörden vor Kurachowe.",
            "ukrainischen Behörden",
            "UA",
        ),
        (
            "de",
            "Ukrainische Verteidiger halten nach Angaben russischer Behörden noch Teile von Toretsk.",
            "russischer Behörden",
            "RU",
        ),
        ("ru", "Российские дроны атакуют Сумы, по данным украинских властей.", "украинских властей", "UA"),
    ],
)
def test_a_side_word_inside_the_role_is_its_side(
    lang: str, text: str, words: str, expected_side: str
) -> None:
    assert _speaker_of(lang, text, words)[1] == expected_side


def test_a_side_word_right_after_a_role_still_counts() -> None:
    # "Речник Сил оборони": the side's forces named right after the role noun.
    text = "Речник Сил оборони півдня розповів про бої біля Кринок."
    assert _speaker_of("uk", text, "Речник") == ("military", "UA")


# --- registry transliterations -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Dva Mayora", "Two Majors", "Два майора"])
def test_a_channel_is_found_under_each_of_its_spellings(name: str) -> None:
    entry = load_registry().lookup(name)
    assert entry is not None and (entry.kind, entry.side) == ("milblogger", "RU")


# --- "the ministry" / "відомство" points back to the body named before -----------------------------


@pytest.mark.parametrize(
    ("lang", "text", "words", "expected"),
    [
        (
            "ru",
            "Минобороны России заявило о новых ударах. По данным ведомства, поражены склады у Изюма.",
            "ведомства",
            ("defence_ministry", "RU"),
        ),
        (
            "uk",
            "Міноборони України повідомило про бої. У відомстві уточнили, що ворог наступає на Липці.",
            "відомстві",
            ("defence_ministry", "UA"),
        ),
        (
            "en",
            "Russia's defence ministry listed targets. The ministry said depots near Lyman were hit.",
            "The ministry",
            ("defence_ministry", "RU"),
        ),
    ],
)
def test_the_ministry_points_back_to_the_ministry_named_before(
    lang: str, text: str, words: str, expected: tuple[str, str]
) -> None:
    assert _speaker_of(lang, text, words) == expected


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        # Nothing named before: the word names nobody.
        ("ru", "По данным ведомства, поражены склады у Изюма.", "ведомства"),
        # Only a non-official speaker before: a blogger is no ministry.
        ("ru", "Военкор Сладков пишет о боях. По данным ведомства, поражены склады у Изюма.", "ведомства"),
        # "the ministry of X" is a full name, not a pointer back.
        (
            "en",
            "Russia's defence ministry spoke. The ministry of health counted the wounded in Izium.",
            "The ministry",
        ),
        # Described by a side word, not pointed back to: the side word must stay free.
        (
            "ru",
            "Минобороны России заявило о взятии. Череватый назвал заявление российского ведомства ложью.",
            "ведомства",
        ),
    ],
)
def test_the_ministry_without_an_antecedent_names_nobody(lang: str, text: str, words: str) -> None:
    start = text.index(words)
    assert not any(m.start <= start < m.end for m in _speakers(lang, text))


# --- what a publisher is by its name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("Ostfront-Ticker 🇺🇦", ("milblogger", "UA")),
        ("🇷🇺 Вести с передовой", ("milblogger", "RU")),
        ("Frontline Digest", ("outlet", None)),
        # Both flags: a neutral digest of both sides, not a partisan channel.
        ("Front Digest 🇺🇦🇷🇺", ("outlet", None)),
    ],
)
def test_a_publisher_flying_one_sides_flag_is_a_channel_of_that_side(
    outlet: str, expected: tuple[str, str | None]
) -> None:
    source = load_registry().outlet_source(outlet)
    assert (source.kind, source.side) == expected


@pytest.mark.parametrize(
    ("outlet", "kind"),
    [
        ("Centre for Black Sea Security", "think_tank"),
        ("Zentrum für Konfliktforschung Ost", "think_tank"),
        ("Donbas Frontline Assessment Project", "think_tank"),
        ("Donbas Morning Courier", None),
    ],
)
def test_research_centres_and_assessment_projects_are_think_tanks_by_name(
    outlet: str, kind: str | None
) -> None:
    found = load_outlet_name_kinds().kind_of(outlet)
    assert (found[0] if found else None) == kind


# --- one resident or neighbour who tells ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("uk", "Місцевий житель Петро розповідає, що вночі обстріляли Балаклію.", "Місцевий житель"),
        ("uk", "Місцева мешканка Ольга каже, що у Балаклії чути вибухи.", "Місцева мешканка"),
        ("ru", "Соседи рассказывают, что после удара многие уехали из Балаклеи.", "Соседи"),
    ],
)
def test_one_resident_or_neighbours_telling_are_local_residents(lang: str, text: str, words: str) -> None:
    assert _speaker_of(lang, text, words)[0] == "local_resident"


def test_a_local_residents_account_is_eyewitness_evidence() -> None:
    text = "Місцевий житель Петро розповідає, що росіяни обстрілюють Балаклію щоночі."
    claims = extract_checked(text, "uk", [settlement("Балаклію", 1201)])
    assert claims
    assert {(c.source.kind, c.evidence_kind) for c in claims} == {("local_resident", "eyewitness")}
