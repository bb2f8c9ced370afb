"""The German claim vocabulary (data/lang/de/claims.yaml) on sentences written for these tests.

Each test names a way German reporting (agencies, newspapers, Swiss and Austrian outlets, translated
channel posts) says a thing that the lexicon must recognise: the verb or noun of an event, a hedge,
a prediction, a condition, a denial, a construction that keeps a place in or out of a claim. Place
mentions are built by hand (the places stage is tested elsewhere).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from frontwatch.claims import extract_claims
from frontwatch.model import Claim, PlaceMention, Report

# (surface form in the text, place id, precision)
PlaceSpec = tuple[str, str, str]
Key = tuple[str, str | None, str | None, str]

KUPJANSK = ("Kupjansk", "gn:1", "settlement")
ISJUM = ("Isjum", "gn:2", "settlement")
LYMAN = ("Lyman", "gn:3", "settlement")
SWATOWE = ("Swatowe", "gn:4", "settlement")
CHERSON = ("Cherson", "gn:5", "settlement")


def run_de(text: str, places: list[PlaceSpec], source: str = "Testblatt") -> list[Claim]:
    report = Report(
        id=f"test-de-{abs(hash(text)) % 10**8}",
        source=source,
        raw_text=text,
        clean_text=text,
        format="text",
        origin="test",
        published=datetime(2022, 9, 14),
        lang="de",
    )
    mentions: list[PlaceMention] = []
    for surface, place_id, precision in places:
        start = text.find(surface)
        assert start >= 0, f"{surface!r} not in the test text"
        while start >= 0:
            mentions.append(
                PlaceMention(
                    report_id=report.id,
                    start=start,
                    end=start + len(surface),
                    text=surface,
                    place_id=place_id,
                    name_en=surface,
                    precision=precision,
                )
            )
            start = text.find(surface, start + len(surface))
    return extract_claims(report, sorted(mentions, key=lambda m: m.start))


def keys(claims: list[Claim]) -> set[Key]:
    return {(c.event_type, c.place.place_id if c.place else None, c.actor_side, c.modality) for c in claims}


def types_at(claims: list[Claim], place_id: str) -> set[str]:
    return {c.event_type for c in claims if c.place is not None and c.place.place_id == place_id}


# --------------------------------------------------------------------------- event words


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # Swiss spelling: no ß
        (
            "Die ukrainische Armee ist bis an den Stadtrand von Kupjansk vorgestossen.",
            [KUPJANSK],
            ("advance", "gn:1", "UA", "asserted"),
        ),
        (
            "Ukrainische Einheiten haben den Oskil bei Kupjansk überquert.",
            [KUPJANSK],
            ("advance", "gn:1", "UA", "asserted"),
        ),
        (
            "Russische Truppen haben sich aus Cherson über den Fluss abgesetzt.",
            [CHERSON],
            ("withdrawal", "gn:5", "RU", "asserted"),
        ),
        (
            "Die russischen Einheiten wurden aus Lyman auf „günstigere Linien“ verlegt.",
            [LYMAN],
            ("withdrawal", "gn:3", "RU", "asserted"),
        ),
        (
            "Die Garnison von Lyman ist von ukrainischen Truppen eingeschlossen worden.",
            [LYMAN],
            ("encirclement", "gn:3", "UA", "asserted"),
        ),
        (
            "Russland verlegt zusätzliche Bataillone nach Swatowe.",
            [SWATOWE],
            ("reinforcement", "gn:4", "RU", "asserted"),
        ),
        (
            "Russische Raketen schlugen in der Nacht in Kupjansk ein.",
            [KUPJANSK],
            ("strike", "gn:1", "RU", "asserted"),
        ),
        (
            "Über dem Rathaus von Isjum weht wieder die ukrainische Flagge.",
            [ISJUM],
            ("control_change", "gn:2", "UA", "asserted"),
        ),
        (
            "Russische Einheiten sprengten bei Isjum eine Eisenbahnbrücke.",
            [ISJUM],
            ("demolition", "gn:2", "RU", "asserted"),
        ),
        (
            "Die Bahnverbindung von Kupjansk nach Swatowe ist unterbrochen.",
            [KUPJANSK, SWATOWE],
            ("supply_line", "gn:1", None, "asserted"),
        ),
        (
            "Die Behörden riefen die Bewohner von Cherson auf, die Stadt zu verlassen.",
            [CHERSON],
            ("evacuation", "gn:5", None, "asserted"),
        ),
        (
            "Bewohner von Isjum jubelten den ukrainischen Soldaten zu.",
            [ISJUM],
            ("civilian_reaction", "gn:2", "UA", "asserted"),
        ),
        (
            "In Cherson haben die Besatzer einen Beitritt zu Russland vorbereitet.",
            [CHERSON],
            ("political", "gn:5", "RU", "asserted"),
        ),
        (
            "Aufnahmen zeigen ukrainische Soldaten auf dem Hauptplatz von Isjum.",
            [ISJUM],
            ("advance", "gn:2", "UA", "asserted"),
        ),
    ],
)
def test_event_words(text: str, places: list[PlaceSpec], expected: Key) -> None:
    assert expected in keys(run_de(text, places))


def test_a_hub_only_named_is_no_supply_claim_but_a_stated_role_is() -> None:
    named = run_de("Die russischen Truppen halten den Eisenbahnknoten Kupjansk.", [KUPJANSK])
    assert "supply_line" not in types_at(named, "gn:1")
    role = run_de("Kupjansk gilt als wichtigster Eisenbahnknoten der Region.", [KUPJANSK])
    assert "supply_line" in types_at(role, "gn:1")


def test_a_car_blown_up_by_partisans_is_not_a_demolition() -> None:
    claims = run_de("In Cherson sprengten Partisanen das Auto eines Besatzungsbeamten.", [CHERSON])
    assert types_at(claims, "gn:5") == {"partisan_attack"}


def test_fighting_at_the_edge_of_a_town_is_no_advance() -> None:
    claims = run_de("Russische Quellen melden Gefechte am Stadtrand von Lyman.", [LYMAN])
    assert "advance" not in types_at(claims, "gn:3")


def test_admitting_is_not_clearing_out() -> None:
    claims = run_de("Russische Militärblogger räumten ein, dass die Lage bei Lyman schwierig sei.", [LYMAN])
    assert "withdrawal" not in types_at(claims, "gn:3")


def test_the_adverb_verstaerkt_is_no_reinforcement() -> None:
    claims = run_de("Russland greift Kupjansk verstärkt mit Drohnen an.", [KUPJANSK])
    assert "reinforcement" not in types_at(claims, "gn:1")


def test_residents_of_a_place_keep_the_place() -> None:
    claims = run_de("Die Bewohner von Isjum begrüßten die ukrainischen Soldaten.", [ISJUM])
    assert ("civilian_reaction", "gn:2", "UA", "asserted") in keys(claims)


# --------------------------------------------------------------------------- modality


def test_duerfte_with_a_perfect_is_a_hedge() -> None:
    claims = run_de("Die russischen Truppen dürften sich aus Isjum zurückgezogen haben.", [ISJUM])
    assert ("withdrawal", "gn:2", "RU", "hedged") in keys(claims)


def test_koennte_with_a_perfect_is_a_hedge_and_without_a_prediction() -> None:
    past = run_de("Die Russen könnten Lyman bereits geräumt haben.", [LYMAN])
    assert {c.modality for c in past if c.event_type == "withdrawal"} == {"hedged"}
    future = run_de("Die Ukrainer könnten Lyman in Kürze zurückerobern.", [LYMAN])
    assert ("control_change", "gn:3", "UA", "predicted") in keys(future)


def test_a_claim_that_cannot_be_checked_in_the_same_sentence_is_hedged() -> None:
    claims = run_de(
        "Ukrainische Truppen haben Kupjansk eingenommen, was sich nicht unabhängig überprüfen lässt.",
        [KUPJANSK],
    )
    assert ("control_change", "gn:1", "UA", "hedged") in keys(claims)


def test_a_town_that_may_fall_is_a_condition() -> None:
    claims = run_de("Falls Lyman fällt, wäre der Weg nach Swatowe frei.", [LYMAN, SWATOWE])
    assert {c.modality for c in claims if c.event_type == "control_change"} == {"conditional"}


def test_not_planned_is_negated() -> None:
    claims = run_de("Eine Evakuierung von Cherson sei derzeit nicht geplant, sagte der Sprecher.", [CHERSON])
    assert {c.modality for c in claims if c.event_type == "evacuation"} == {"negated"}


def test_a_failure_to_take_a_town_is_negated() -> None:
    claims = run_de("Es sei den russischen Truppen nicht gelungen, Lyman einzunehmen.", [LYMAN])
    assert {c.modality for c in claims if c.event_type == "control_change"} == {"negated"}


def test_wollen_with_a_perfect_is_a_hedge_and_with_an_infinitive_a_prediction() -> None:
    claimed = run_de("Die russische Armee will Swatowe zurückerobert haben.", [SWATOWE])
    assert ("control_change", "gn:4", "RU", "hedged") in keys(claimed)
    planned = run_de("Die ukrainische Armee will Swatowe in den nächsten Wochen befreien.", [SWATOWE])
    assert ("control_change", "gn:4", "UA", "predicted") in keys(planned)


# --------------------------------------------------------------------------- sides and places


def test_reaching_a_place_is_the_place_not_the_objective() -> None:
    claims = run_de("Ukrainische Einheiten sind bis nach Swatowe vorgedrungen.", [SWATOWE])
    assert ("advance", "gn:4", "UA", "asserted") in keys(claims)


def test_a_country_as_destination_is_no_actor() -> None:
    claims = run_de("Ukrainische Soldaten haben bei Kupjansk die Grenze zu Russland erreicht.", [KUPJANSK])
    assert {c.actor_side for c in claims if c.event_type == "advance"} == {"UA"}


def test_the_enemy_in_a_ukrainian_channel_is_russian() -> None:
    claims = run_de("Der Feind hat Kupjansk erneut beschossen.", [KUPJANSK], source="Ukrinform")
    sides = {c.actor_side for c in claims if c.event_type == "strike"}
    assert sides <= {"RU", None}
    assert "UA" not in sides


def test_losing_control_does_not_make_the_loser_the_taker() -> None:
    claims = run_de("Nach Ansicht von Experten könnte Russland die Kontrolle über Lyman verlieren.", [LYMAN])
    assert ("control_change", "gn:3", "RU", "predicted") not in keys(claims)


def test_attacks_on_positions_are_fighting_by_the_subject_and_on_infrastructure_a_strike() -> None:
    ground = run_de("Russische Truppen griffen ukrainische Stellungen bei Lyman an.", [LYMAN])
    assert ("fighting", "gn:3", "RU", "asserted") in keys(ground)
    fire = run_de("Russland greift erneut die Energieinfrastruktur in Isjum an.", [ISJUM])
    assert ("strike", "gn:2", "RU", "asserted") in keys(fire)


def test_a_town_declared_free_is_a_control_change() -> None:
    claims = run_de("Die Stadt Cherson ist wieder frei, sagte der ukrainische Präsident.", [CHERSON])
    assert ("control_change", "gn:5", "UA", "asserted") in keys(claims)
