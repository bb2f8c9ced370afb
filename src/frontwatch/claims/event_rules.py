"""How each event type takes its side, places and direction: the ``TypeRule`` table.

These tables are about event types, which are the same in every language; the words that find
the events are in ``data/lang/<code>/claims.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TypeRule:
    """How an event type takes its side, places and direction."""

    # Nobody named: the side of a party named in the sentence, else of the one who reports it
    # (sides report their own gains and their own orderly moves).
    gain: bool = False
    invert_passive: bool = False  # "Russian troops were encircled": the side word is the patient
    default_side: str | None = None
    adjacent_side_only: bool = False  # only a side word right at the trigger counts ("pro-Russian partisans")
    movement: bool = False  # direction words apply
    uses_places_to: bool = False  # "toward X" places are the objective
    region_place: bool = False  # the place is the region the figure is for
    one_claim: bool = False  # one claim for the sentence, not one per place
    needs_place: bool = False  # without a place the claim says nothing checkable
    subject_only: bool = False  # only a side word before the trigger (the subject) counts
    patient_after: bool = False  # a side word after the trigger is the one acted upon
    destination_place: bool = False  # "reserves moved from A to B": B is where it happens
    # "evacuated from A to B", "вывезли в Россию": people leave A; the destination B is no place
    # of the claim (docs/annotation.md: the place of an evacuation is where people leave from).
    origin_place: bool = False
    # No side in the trigger's clause: a side word later in the sentence is the one whose supply it
    # is ("the rail hub through which Russian troops ... are supplied"), before an earlier clause's.
    side_after_sentence: bool = False
    party_fallback: bool = False  # nobody named: the side of a party named in the sentence
    # A hub noun describes a place without taking it from the claims around it ("den
    # Eisenbahnknoten Kupjansk-Wuslowyj halten"): its trigger does not own the places next to it.
    owns_places: bool = True
    # Without a place of its own it takes place and side of the claim just before ("Soldiers entered
    # A. Hundreds of residents cheered them."): a reaction to what that claim reports.
    follows_context: bool = False
    # A holding words a background ("the Russian-held town of A", "im besetzten A"): the place
    # next to it is still the place of the sentence's main event, not taken away from it.
    shares_places: bool = False
    # A passive without a named agent names nobody ("positions were shelled", "нанесены удары по
    # ВСУ"): the side words in it are the ones hit, and the one who fired is unknown (gold/README.md).
    passive_names_nobody: bool = False
    # The country itself is the place when nothing smaller is named and it comes after the trigger
    # ("Russian missiles hit cities across Ukraine", "удар по объектам энергетики Украины").
    country_place: bool = False
    # Nobody named: an official who announces it with a side is its organiser ("Закликаю жителів
    # ... евакуюватися", the governor said; "the occupation administration announced").
    speaker_fallback: bool = False
    # Nobody named: the side of the source, as for gains.
    source_side_fallback: bool = False
    # A side word before a verb of saying is who reports it, not who does it ("Die ukrainische Armee
    # meldete Gefechte bei A"); announcing a referendum or an evacuation is the act itself.
    speaker_not_actor: bool = False


TYPE_RULES: dict[str, TypeRule] = {
    "control_change": TypeRule(gain=True, invert_passive=True, needs_place=True),
    "control_held": TypeRule(gain=True, needs_place=True, shares_places=True),
    "advance": TypeRule(gain=True, movement=True, uses_places_to=True),
    "withdrawal": TypeRule(gain=True, movement=True, uses_places_to=True),
    "fighting": TypeRule(movement=True, subject_only=True, speaker_not_actor=True),
    "strike": TypeRule(invert_passive=True, movement=True, passive_names_nobody=True, country_place=True),
    "demolition": TypeRule(),
    # Only a logistic role stated ("A is the key hub for the whole grouping"): the grouping is that
    # of the side the source speaks for, as for gains.
    "supply_line": TypeRule(owns_places=False, side_after_sentence=True, source_side_fallback=True),
    "reinforcement": TypeRule(gain=True, movement=True, uses_places_to=True, destination_place=True),
    # An encirclement is of a force at a place; without one it is a general threat or a motive ("to
    # avoid encirclement", "droht eine Einkesselung, falls ...") and says nothing checkable.
    "encirclement": TypeRule(invert_passive=True, movement=True, patient_after=True, needs_place=True),
    "partisan_attack": TypeRule(default_side="UA", adjacent_side_only=True),
    "civilian_reaction": TypeRule(needs_place=True, follows_context=True),
    # The organiser is the subject; a side named after the trigger belongs to what people flee
    # ("ordered the evacuation of A as Russian troops pushed toward B").
    "evacuation": TypeRule(party_fallback=True, origin_place=True, speaker_fallback=True, subject_only=True),
    "political": TypeRule(party_fallback=True, subject_only=True),
    "force_estimate": TypeRule(one_claim=True),
    "area_claim": TypeRule(gain=True, region_place=True, one_claim=True),
    "settlement_count": TypeRule(gain=True, region_place=True, one_claim=True),
    # "Ein Video, das ... geolokalisiert wurde, zeigt ukrainische Panzer": the side shown is named
    # after the words that place the picture.
    "media_geolocated": TypeRule(needs_place=True, side_after_sentence=True),
}

#: Types that need a place, except when their claim is all a sentence says.
PLACELESS_WHEN_ALONE: frozenset[str] = frozenset({"control_held", "media_geolocated"})

#: Types that exclude each other on the same words: the longer match says more ("wieder unter
#: ukrainischer Kontrolle" is a change, "Russian-occupied" a holding).
EXCLUSIVE_TYPES: frozenset[str] = frozenset({"control_change", "control_held"})

#: Quantities that are claims of their own.
QUANTITY_EVENTS: dict[str, str] = {
    "area_km2": "area_claim",
    "troops": "force_estimate",
    "settlements": "settlement_count",
}

#: Acts of the other side that a move is made to avoid ("withdrew from A to avoid encirclement",
#: "щоб уникнути оточення"): the motive names the threat of that act at the place the force leaves,
#: a predicted claim with the other side as actor (docs/annotation.md: "to avoid encirclement" is a
#: predicted encirclement). Words of avoiding: optional claims.yaml key ``avoided_outcome``.
AVOIDED_BY_MOVE: frozenset[str] = frozenset({"encirclement"})
#: Moves whose stated motive can be an avoided act: the force that leaves is the one threatened.
AVOIDING_MOVES: frozenset[str] = frozenset({"withdrawal"})

#: Acts that an accusation attributes to the accused ("accused Russia of shelling A", "обвинили
#: украинские спецслужбы во взрыве"): the side blamed is the actor (``clauses._accused_acts``).
ACCUSED_ACT_TYPES: frozenset[str] = frozenset({"strike", "demolition"})
