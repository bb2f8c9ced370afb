"""Who says so, round 8 (second wave): a side's forces speaking as a body, channel posts, genre titles.

Probes written for the round-8b source rules: a side's military, soldiers or border guard as the
subject of a verb of saying are the speaker (``speaker_roles_more`` of the languages' claims.yaml),
and the claim's actor side then comes from the speaker where the speaker states its own act (a gain
it reports), while an agentless strike it reports stays without a side (gold/README.md, round-6 rule
1); a side's name after such a body is the one it accuses, not the body's name (claims/sources.py);
a post exported from a Telegram channel that writes in a side's vocabulary is that side's milblogger
(``channel_side_words``, claims/speakers.py ``_writer_side``/``_channel_voice``); a genre title is read
from the report's first line even when it reads as attribution. Each group has negative probes.
Places are hand-built mentions (claims_helpers) with made-up ids.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_checked, make_report, mentions_for, settlement
from frontwatch.claims.extract import extract_claims
from frontwatch.model import Claim

OUTLET = "Evening Courier"
TOWN = 1


def _claims(lang: str, text: str, town: str, source: str = OUTLET) -> list[Claim]:
    claims = extract_checked(text, lang, [settlement(town, TOWN)], source=source)
    assert claims, f"no claim in {text!r}"
    return claims


def _of_type(claims: list[Claim], event_type: str) -> Claim:
    found = [c for c in claims if c.event_type == event_type]
    assert found, f"no {event_type} in {[(c.event_type, c.evidence_text) for c in claims]}"
    return found[0]


# --- a side's forces as a body speak, and a gain they report is theirs ----------------------------


@pytest.mark.parametrize(
    ("lang", "text", "town", "event_type", "side"),
    [
        (
            "en",
            "Ukrainian soldiers said they had recaptured Kalynivka on Monday.",
            "Kalynivka",
            "control_change",
            "UA",
        ),
        (
            "en",
            "Russia's military claimed its units had taken Kalynivka.",
            "Kalynivka",
            "control_change",
            "RU",
        ),
        (
            "de",
            "Die russischen Truppen meldeten am Abend die Einnahme von Kalyniwka.",
            "Kalyniwka",
            "control_change",
            "RU",
        ),
        (
            "de",
            "Am Morgen meldete das ukrainische Militär die Befreiung von Kalyniwka.",
            "Kalyniwka",
            "control_change",
            "UA",
        ),
        ("uk", "Українські військові кажуть, що звільнили Калинівку.", "Калинівку", "control_change", "UA"),
        ("ru", "Российские военные заявили, что заняли Калиновку.", "Калиновку", "control_change", "RU"),
    ],
)
def test_a_sides_forces_speaking_are_the_source_and_their_gain_keeps_the_side(
    lang: str, text: str, town: str, event_type: str, side: str
) -> None:
    claim = _of_type(_claims(lang, text, town), event_type)
    assert claim.source.kind == "military"
    assert claim.source.side == side
    assert claim.actor_side == side


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("en", "Ukraine's border guard reported heavy shelling of Kalynivka overnight.", "Kalynivka"),
        ("de", "Der ukrainische Grenzschutz meldete neuen Beschuss von Kalyniwka.", "Kalyniwka"),
    ],
)
def test_an_agentless_strike_the_forces_report_has_no_side(lang: str, text: str, town: str) -> None:
    claim = _of_type(_claims(lang, text, town), "strike")
    assert claim.source.kind == "military"
    assert claim.actor_side is None


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        # acting, not speaking: the side stays the actor's and the outlet is the source
        ("en", "Ukrainian soldiers recaptured Kalynivka on Monday.", "Kalynivka"),
        ("de", "Russische Truppen nahmen am Abend Kalyniwka ein.", "Kalyniwka"),
        # "are said to", "are reported to" are hedges, not speakers
        ("en", "Ukrainian troops are said to have entered Kalynivka.", "Kalynivka"),
        ("en", "Russian troops are reported to have shelled Kalynivka overnight.", "Kalynivka"),
    ],
)
def test_forces_that_act_are_no_speakers(lang: str, text: str, town: str) -> None:
    claims = _claims(lang, text, town)
    assert all(c.source.kind == "outlet" for c in claims)
    assert all(c.actor_side in ("UA", "RU") for c in claims)


@pytest.mark.parametrize(
    ("lang", "text", "town", "accused"),
    [
        (
            "de",
            "Am Freitag warf das ukrainische Militär Russland vor, Kalyniwka beschossen zu haben.",
            "Kalyniwka",
            "RU",
        ),
        (
            "de",
            "Die russische Armee warf den ukrainischen Truppen vor, Kalyniwka beschossen zu haben.",
            "Kalyniwka",
            "UA",
        ),
    ],
)
def test_the_side_a_speaker_accuses_is_no_part_of_its_name(
    lang: str, text: str, town: str, accused: str
) -> None:
    claim = _of_type(_claims(lang, text, town), "strike")
    assert claim.source.kind == "military"
    assert claim.actor_side == accused


# --- a group of forces by its name speaks ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("uk", "Угруповання військ «Полісся» повідомило, що противник штурмував Калинівку.", "Калинівку"),
        ("uk", "За даними Сил оборони півдня, біля Калинівки тривають бої.", "Калинівки"),
        ("ru", "Группировка войск «Полесье» сообщила о боях у Калиновки.", "Калиновки"),
        ("ru", "По данным Сил обороны юга, у Калиновки идут бои.", "Калиновки"),
    ],
)
def test_a_named_group_of_forces_is_a_military_speaker(lang: str, text: str, town: str) -> None:
    claims = _claims(lang, text, town)
    assert {c.source.kind for c in claims} == {"military"}


def test_a_named_group_of_forces_that_acts_is_no_speaker() -> None:
    claims = _claims("ru", "Группировка войск «Полесье» отбила атаки у Калиновки.", "Калиновки")
    assert all(c.source.kind == "outlet" for c in claims)


# --- a channel's post in a side's vocabulary is that side's milblogger ------------------------------


def _telegram_claims(lang: str, text: str, town: str, channel: str) -> list[Claim]:
    report = make_report(text, lang, channel)
    report.format = "telegram"
    claims = extract_claims(report, mentions_for(report, [settlement(town, TOWN)]))
    assert claims, f"no claim in {text!r}"
    return claims


@pytest.mark.parametrize(
    ("lang", "text", "town", "side"),
    [
        ("uk", "Окупанти знову обстріляли Калинівку, є поранені.", "Калинівку", "UA"),
        ("en", "The occupiers shelled Kalynivka again this morning.", "Kalynivka", "UA"),
        ("de", "Die Besatzer haben Kalyniwka erneut beschossen.", "Kalyniwka", "UA"),
        ("ru", "Боевики киевского режима снова обстреляли Калиновку.", "Калиновку", "RU"),
    ],
)
def test_a_channel_post_in_a_sides_vocabulary_is_a_milblogger(
    lang: str, text: str, town: str, side: str
) -> None:
    claims = _telegram_claims(lang, text, town, "Frontline Notes")
    assert {(c.source.kind, c.source.side) for c in claims} == {("milblogger", side)}


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        # the same words in a newspaper's report say nothing about who publishes it
        ("uk", "Окупанти знову обстріляли Калинівку, є поранені.", "Калинівку"),
        ("en", "The occupiers shelled Kalynivka again this morning.", "Kalynivka"),
    ],
)
def test_a_newspaper_in_a_sides_vocabulary_stays_an_outlet(lang: str, text: str, town: str) -> None:
    claims = _claims(lang, text, town)
    assert {c.source.kind for c in claims} == {"outlet"}


def test_a_neutral_channel_post_stays_an_outlet() -> None:
    claims = _telegram_claims(
        "en", "Russian forces shelled Kalynivka again this morning.", "Kalynivka", "Daily Wire"
    )
    assert {c.source.kind for c in claims} == {"outlet"}


# --- a genre title on the first line --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Daily Campaign Update, January 16\nRussian forces advanced near Kalynivka.",
        "Frontline assessment, May 3\nKey takeaway: Russian forces advanced near Kalynivka.",
    ],
)
def test_a_genre_title_on_the_first_line_makes_a_think_tank(text: str) -> None:
    claims = _claims("en", text, "Kalynivka", source="Northern Ledger")
    assert {c.source.kind for c in claims} == {"think_tank"}


def test_an_update_word_in_a_news_sentence_is_no_genre() -> None:
    text = "Officials gave an update on Monday: Russian forces advanced near Kalynivka."
    claims = _claims("en", text, "Kalynivka", source="Northern Ledger")
    assert "think_tank" not in {c.source.kind for c in claims}


# --- the speaker's own act: a verb without a subject after a side's speaker --------------------------


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("uk", "За даними Сил оборони півдня, біля Калинівки відбили дві атаки.", "Калинівки"),
        ("uk", "Угруповання військ «Хортиця» повідомило, що біля Калинівки відбили три штурми.", "Калинівки"),
        ("ru", "По данным Сил обороны юга, у Калиновки отбили две атаки.", "Калиновки"),
        # a side named in an earlier clause of the sentence does not take the speaker's act
        (
            "ru",
            "Российские войска наступают; по данным Сил обороны юга, у Калиновки отбили две атаки.",
            "Калиновки",
        ),
    ],
)
def test_a_subjectless_verb_after_a_sides_speaker_is_its_own_act(lang: str, text: str, town: str) -> None:
    claim = _of_type(_claims(lang, text, town), "fighting")
    assert claim.source.kind == "military"
    assert claim.actor_side == "UA"


@pytest.mark.parametrize(
    ("lang", "text", "town", "event_type", "side"),
    [
        # an agentless strike the speaker reports stays without a side (round-6 rule 1)
        ("uk", "За даними Сил оборони півдня, Калинівку обстріляли вночі.", "Калинівку", "strike", None),
        ("ru", "По данным Сил обороны юга, Калиновку обстреляли ночью.", "Калиновку", "strike", None),
        # a side named between the speaker and the verb is the subject
        (
            "uk",
            "За даними Сил оборони півдня, російські війська атакували біля Калинівки.",
            "Калинівки",
            "fighting",
            "RU",
        ),
    ],
)
def test_the_speakers_side_is_not_given_to_what_it_does_not_do(
    lang: str, text: str, town: str, event_type: str, side: str | None
) -> None:
    claim = _of_type(_claims(lang, text, town), event_type)
    assert claim.actor_side == side


@pytest.mark.parametrize(
    ("lang", "text", "town", "event_type", "side"),
    [
        # the pronoun after the verb of saying is the speaker; the side word after it is the object
        (
            "en",
            "Ukrainian forces say they have pushed Russian troops back near Kalynivka.",
            "Kalynivka",
            "advance",
            "UA",
        ),
        (
            "en",
            "Ukraine's military said it had pushed Russian troops out of Kalynivka.",
            "Kalynivka",
            "control_change",
            "UA",
        ),
        # who is pushed out is the one that withdraws
        (
            "en",
            "Ukraine's military said it had pushed Russian troops out of Kalynivka.",
            "Kalynivka",
            "withdrawal",
            "RU",
        ),
        (
            "de",
            "Die ukrainische Armee erklärte, sie habe russische Truppen bei Kalyniwka zurückgedrängt.",
            "Kalyniwka",
            "advance",
            "UA",
        ),
    ],
)
def test_a_pronoun_for_the_speaker_is_the_actor(
    lang: str, text: str, town: str, event_type: str, side: str
) -> None:
    claim = _of_type(_claims(lang, text, town), event_type)
    assert claim.source.kind == "military"
    assert claim.actor_side == side


# --- the first item of a list under a bulletin title is no header ------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        (
            "en",
            "Daily update, 3 May: northern front\n"
            "• The Russian Defence Ministry said on Monday its troops had taken a border village.\n"
            "• Ukrainian units still hold Kalynivka, and we expect the assaults to go on.",
            "Kalynivka",
        ),
        (
            "de",
            "Lagebild Nord, 3. Mai\n"
            "– Das russische Verteidigungsministerium meldete am Montag die Einnahme eines Grenzdorfes.\n"
            "– Ukrainische Einheiten halten weiterhin Kalyniwka.",
            "Kalyniwka",
        ),
    ],
)
def test_a_speaker_in_the_first_list_item_speaks_for_that_item_only(lang: str, text: str, town: str) -> None:
    claims = [c for c in _claims(lang, text, town, source="Northern Ledger") if c.place is not None]
    assert claims
    assert all(c.source.kind != "defence_ministry" for c in claims)


def test_a_speaker_line_under_a_bulletin_title_still_presents_the_post() -> None:
    text = (
        "Daily update, 3 May\n"
        "The General Staff of the Armed Forces of Ukraine reports:\n"
        "Ukrainian units hold Kalynivka."
    )
    claims = _claims("en", text, "Kalynivka", source="Northern Ledger")
    assert {c.source.kind for c in claims} == {"general_staff"}


# --- a background clause inside a speaker's sentence is the outlet's --------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "town", "event_type"),
    [
        (
            "en",
            "Governor Oleh Kiper said drones hit a warehouse overnight near Kalynivka, a town Russia has "
            "occupied since March 2022.",
            "Kalynivka",
            "control_held",
        ),
        (
            "de",
            "Gouverneur Oleh Kiper sagte, Drohnen hätten ein Lager getroffen, nahe Kalyniwka, das russische "
            "Truppen seit März 2022 besetzt halten.",
            "Kalyniwka",
            "control_held",
        ),
    ],
)
def test_a_background_clause_in_a_speakers_sentence_is_the_outlets(
    lang: str, text: str, town: str, event_type: str
) -> None:
    claims = _claims(lang, text, town)
    assert {c.source.kind for c in claims if c.event_type == event_type} == {"outlet"}


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        # a relative clause without a background cue is still what the speaker says
        (
            "en",
            "Governor Oleh Kiper said drones hit Kalynivka, where Russian troops attacked a depot.",
            "Kalynivka",
        ),
        # a relative clause that reports speech of its own keeps a speaker
        (
            "en",
            "Governor Oleh Kiper said drones hit Kalynivka, which he said had been shelled since May.",
            "Kalynivka",
        ),
    ],
)
def test_a_relative_clause_the_speaker_tells_stays_the_speakers(lang: str, text: str, town: str) -> None:
    claims = _claims(lang, text, town)
    assert all(c.source.kind == "governor" for c in claims)
