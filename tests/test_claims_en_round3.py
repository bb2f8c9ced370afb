"""English generalisation, round 3: phrasings of wire copy, features and reproduced channel posts
that the English lexicon (data/lang/en/claims.yaml) missed or over-read.

The sentences are our own; place mentions are built by hand with made-up ids, so only the lexicon and
the extractor are exercised.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_from
from frontwatch.model import Claim


def claims_of(text: str, places: dict[str, str], source: str = "Test Wire") -> list[Claim]:
    specs = [(surface, place_id, "settlement") for surface, place_id in places.items()]
    return extract_from(text, "en", specs, source)


# --------------------------------------------------------------------------- a publisher's note


def test_publishers_note_on_a_reproduced_post_makes_no_claim() -> None:
    text = (
        "Translated from Russian. The text below was posted on Tuesday by a pro-Kremlin war blogger channel. "
        "We are reprinting it to show how the fighting is framed in Moscow.\n"
        "Our boys are already storming the outskirts of Gammaton."
    )
    claims = claims_of(text, {"Gammaton": "gn:3"})
    # The note's "fighting" is no claim of its own ...
    assert all(c.place is not None for c in claims)
    # ... so it presents the channel, and "our boys" are that channel's side.
    assert {(c.place.place_id if c.place else None, c.actor_side) for c in claims} == {("gn:3", "RU")}


def test_a_sentence_starting_with_we_that_reports_fighting_is_still_a_claim() -> None:
    claims = claims_of("We saw heavy fighting near Deltaburg on Monday.", {"Deltaburg": "gn:4"})
    assert ("fighting", "gn:4", None, "asserted") in claim_keys(claims)


# --------------------------------------------------------------------------- "the loss of A"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Russian speaker admitting the loss: the place went to Ukraine.
        (
            "Russia's defence ministry confirmed the loss of Alphaville on Tuesday.",
            ("control_change", "gn:1", "UA", "asserted"),
        ),
        # A Ukrainian speaker: the place went to Russia.
        (
            "Ukrainian commanders acknowledged the loss of Alphaville after weeks of fighting.",
            ("control_change", "gn:1", "RU", "asserted"),
        ),
    ],
)
def test_the_loss_of_a_named_place_goes_to_the_other_side(text: str, expected: ClaimKey) -> None:
    assert expected in claim_keys(claims_of(text, {"Alphaville": "gn:1"}))


@pytest.mark.parametrize(
    "text",
    [
        "The loss of power in Alphaville left thousands of homes without heat.",
        "The loss of life in Alphaville shocked the region.",
    ],
)
def test_the_loss_of_something_in_a_place_is_no_control_change(text: str) -> None:
    assert "control_change" not in {c.event_type for c in claims_of(text, {"Alphaville": "gn:1"})}


# --------------------------------------------------------------------------- evacuation as a modifier


@pytest.mark.parametrize(
    "text",
    [
        "A volunteer who drives an evacuation van says he crosses Alphaville twice a day.",
        "The evacuation centre in Alphaville ran out of blankets on Sunday.",
        "Two evacuation crews were waiting at the edge of Alphaville.",
    ],
)
def test_an_evacuation_vehicle_post_or_crew_is_no_evacuation(text: str) -> None:
    assert "evacuation" not in {c.event_type for c in claims_of(text, {"Alphaville": "gn:1"})}


@pytest.mark.parametrize(
    "text",
    [
        "The regional governor ordered the evacuation of Alphaville on Friday.",
        "Police evacuated the remaining residents of Alphaville.",
        "Evacuation of Alphaville continues despite the shelling.",
    ],
)
def test_an_evacuation_itself_is_still_found(text: str) -> None:
    claims = claims_of(text, {"Alphaville": "gn:1"})
    assert any(c.event_type == "evacuation" and c.place and c.place.place_id == "gn:1" for c in claims)


# --------------------------------------------------------------------------- a reinforcement as the aim


def test_forces_pulled_back_to_reinforce_a_front_are_a_planned_reinforcement_there() -> None:
    text = "The ministry said it was pulling troops back from Alphaville to reinforce Kappa."
    found = claim_keys(claims_of(text, {"Alphaville": "gn:1", "Kappa": "gn:9"}))
    assert ("reinforcement", "gn:9", None, "predicted") in found
    # The reinforcement is not where the troops came from.
    assert not any(k[0] == "reinforcement" and k[1] == "gn:1" for k in found)
    assert any(k[0] == "withdrawal" and k[1] == "gn:1" for k in found)


def test_a_reinforcement_of_a_direction_named_after_a_town_has_no_place() -> None:
    # gold/README.md, round-10 audit rule 3: "the Kappa direction" is a sector, not the town.
    text = "The ministry said it was pulling troops back from Alphaville to reinforce the Kappa direction."
    found = claim_keys(claims_of(text, {"Alphaville": "gn:1", "Kappa": "gn:9"}))
    assert ("reinforcement", None, None, "predicted") in found
    assert not any(k[1] == "gn:9" for k in found)


def test_regrouping_forces_in_a_direction_is_no_withdrawal_there() -> None:
    text = (
        "Russian commanders are pulling units out of Alphaville and Betatown "
        "to regroup them in the Kappa direction."
    )
    found = claim_keys(claims_of(text, {"Alphaville": "gn:1", "Betatown": "gn:2", "Kappa": "gn:9"}))
    # "the Kappa direction" is a sector, no place (gold/README.md, round-10 audit rule 3)
    assert ("reinforcement", None, "RU", "predicted") in found
    assert not any(k[0] == "withdrawal" and k[1] in ("gn:9", None) for k in found)
    assert not any(k[0] == "reinforcement" and k[3] == "asserted" for k in found)


def test_in_order_to_strengthen_keeps_the_reinforcement_as_predicted() -> None:
    text = "The brigade left Alphaville in order to strengthen its forces near Kappa."
    found = claim_keys(claims_of(text, {"Alphaville": "gn:1", "Kappa": "gn:9"}))
    assert any(k[0] == "reinforcement" and k[1] == "gn:9" and k[3] == "predicted" for k in found)


def test_another_aim_is_still_no_claim() -> None:
    text = "Engineers mined the road near Alphaville in order to stop an advance on Kappa."
    assert "advance" not in {c.event_type for c in claims_of(text, {"Alphaville": "gn:1", "Kappa": "gn:9"})}


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces began to reinforce their positions near Alphaville.",
        "Russia could still try to regroup and counterattack toward Alphaville.",
    ],
)
def test_an_infinitive_after_a_verb_is_the_act_not_an_aim(text: str) -> None:
    claims = claims_of(text, {"Alphaville": "gn:1"})
    assert claims
    assert all(c.modality != "predicted" or "could" in text for c in claims)
    if "counterattack" in text:
        assert "advance" in {c.event_type for c in claims}


def test_german_aim_of_a_regrouping_is_a_planned_reinforcement() -> None:
    text = "Die Truppen wurden aus Alphadorf abgezogen, um die Kräfte bei Kappastadt zu verstärken."
    claims = extract_from(
        text, "de", [("Alphadorf", "gn:1", "settlement"), ("Kappastadt", "gn:9", "settlement")], "Testblatt"
    )
    assert any(
        c.event_type == "reinforcement"
        and c.place
        and c.place.place_id == "gn:9"
        and c.modality == "predicted"
        for c in claims
    )


# --------------------------------------------------------------------------- a denial after the claim


@pytest.mark.parametrize(
    ("text", "maker", "denier"),
    [
        (
            "Russia's defence ministry said its forces had taken control of Alphaville, a claim Kyiv denied.",
            "defence ministry",
            "Kyiv",
        ),
        (
            "A regional governor said Ukrainian units had retaken Alphaville, which Moscow denies.",
            "governor",
            "Moscow",
        ),
    ],
)
def test_the_denier_of_a_trailing_clause_does_not_make_the_claim(text: str, maker: str, denier: str) -> None:
    claims = [c for c in claims_of(text, {"Alphaville": "gn:1"}) if c.event_type == "control_change"]
    made = [c for c in claims if c.modality == "asserted"]
    denied = [c for c in claims if c.modality == "negated"]
    assert made and denied
    assert all(c.source is not None and maker in c.source.name for c in made)
    assert all(c.source is not None and c.source.name == denier for c in denied)


# --------------------------------------------------------------------------- a subordinate clause's subject


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine retakes Alphaville as Russian troops retreat",
        "Ukrainian units entered Alphaville after the Russians pulled out.",
        "Ukrainian forces reached Alphaville while Russian troops were retreating.",
    ],
)
def test_a_side_after_a_subordinator_is_the_subject_of_its_own_clause(text: str) -> None:
    found = claim_keys(claims_of(text, {"Alphaville": "gn:1"}))
    assert ("withdrawal", "gn:1", "RU", "asserted") in found
    assert not any(k[0] == "withdrawal" and k[2] == "UA" for k in found)
    # The main clause keeps its own subject.
    assert any(k[0] in ("control_change", "advance") and k[2] == "UA" for k in found)


def test_a_subordinator_without_a_side_after_it_leaves_the_main_subject() -> None:
    found = claim_keys(
        claims_of("Russian troops pulled out of Alphaville after weeks of shelling.", {"Alphaville": "gn:1"})
    )
    assert ("withdrawal", "gn:1", "RU", "asserted") in found


# --------------------------------------------------------------------------- a verdict is no new report


def test_calling_a_move_a_deportation_reports_no_new_evacuation() -> None:
    text = (
        "Occupation officials moved 300 residents out of Alphaville. "
        "Kyiv condemned the transfer as forced deportation."
    )
    evacuations = [c for c in claims_of(text, {"Alphaville": "gn:1"}) if c.event_type == "evacuation"]
    assert evacuations
    assert all("condemned" not in c.evidence_text for c in evacuations)


def test_a_reported_deportation_is_still_an_evacuation() -> None:
    found = claim_keys(
        claims_of("Deportations from Alphaville continued through May.", {"Alphaville": "gn:1"})
    )
    assert any(k[0] == "evacuation" and k[1] == "gn:1" for k in found)


# --------------------------------------------------------------------------- counterattacks


def test_conducted_counterattacks_near_a_place_are_fighting_not_an_advance() -> None:
    found = claim_keys(
        claims_of("Russian forces conducted counterattacks west of Alphaville.", {"Alphaville": "gn:1"})
    )
    assert ("fighting", "gn:1", "RU", "asserted") in found
    assert not any(k[0] == "advance" for k in found)


def test_a_counterattack_toward_a_place_is_an_advance() -> None:
    claims = claims_of(
        "Ukrainian forces counterattacked toward Alphaville on Monday.", {"Alphaville": "gn:1"}
    )
    advances = [c for c in claims if c.event_type == "advance"]
    assert advances and all(c.actor_side == "UA" for c in advances)
    assert any(p.place_id == "gn:1" for c in advances for p in c.places_to)


# --------------------------------------------------------------------------- who was told


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Alphaville remains under Ukrainian control, the governor told AP.", "governor"),
        (
            "The regional governor told Reuters that Russian troops had shelled Alphaville overnight.",
            "governor",
        ),
    ],
)
def test_an_outlet_that_was_told_is_not_the_speaker(text: str, speaker: str) -> None:
    claims = claims_of(text, {"Alphaville": "gn:1"})
    assert claims
    assert all(c.source is not None and speaker in c.source.name for c in claims)
