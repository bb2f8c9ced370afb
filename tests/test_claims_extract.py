"""Rule-based claim extraction in German, English, Ukrainian and Russian.

Place mentions are built by hand (the places stage is tested elsewhere); the texts are our own.
"""

from __future__ import annotations

from datetime import date

from claims_helpers import PlaceSpec, extract_checked, make_report, mentions_for
from frontwatch.claims import extract_claims
from frontwatch.model import Claim


def run(text: str, lang: str, places: list[PlaceSpec], source: str = "Testblatt") -> list[Claim]:
    return extract_checked(text, lang, places, source)


def of_type(claims: list[Claim], event_type: str) -> list[Claim]:
    return [c for c in claims if c.event_type == event_type]


def place_ids(claims: list[Claim]) -> set[str | None]:
    return {c.place.place_id if c.place else None for c in claims}


# ----------------------------------------------------------------------------- German


def test_de_passive_with_agent_gives_the_agent_side() -> None:
    claims = run(
        "Das Dorf Nowa Wodolaha wurde am Dienstag von ukrainischen Einheiten zurückerobert.",
        "de",
        [("Nowa Wodolaha", "gn:1", "settlement")],
    )
    changes = of_type(claims, "control_change")
    assert len(changes) == 1
    assert changes[0].actor_side == "UA"
    assert changes[0].modality == "asserted"
    assert changes[0].place is not None and changes[0].place.place_id == "gn:1"
    assert changes[0].when is not None and changes[0].when.start == date(2022, 9, 6)


def test_de_one_claim_per_place_in_the_clause() -> None:
    claims = run(
        "Russische Truppen haben die Orte Alpha und Beta eingenommen, berichtet die Agentur.",
        "de",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    changes = of_type(claims, "control_change")
    assert place_ids(changes) == {"gn:10", "gn:11"}
    assert {c.actor_side for c in changes} == {"RU"}


def test_de_soll_is_a_hedge_but_reported_speech_is_not() -> None:
    hedged = run(
        "Ukrainische Soldaten sollen in Alpha eingerückt sein.", "de", [("Alpha", "gn:10", "settlement")]
    )
    assert [c.modality for c in of_type(hedged, "advance")] == ["hedged"]
    reported = run(
        "Der Gouverneur Oleh Synjehubow meldete neue Erfolge. "
        "Die Armee habe das Dorf Alpha befreit, sagte er.",
        "de",
        [("Alpha", "gn:10", "settlement")],
    )
    change = of_type(reported, "control_change")
    assert len(change) == 1
    assert change[0].modality == "asserted"
    assert change[0].source.kind == "governor"  # carried over from the sentence before
    assert change[0].evidence_kind == "official_statement"
    assert change[0].actor_side == "UA"


def test_de_conditional_and_prediction() -> None:
    claims = run(
        "Sollten die Russen Alpha verlieren, würde die Versorgung ihrer Truppen in Beta zusammenbrechen. "
        "Den russischen Einheiten in Gamma droht die Einkesselung.",
        "de",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement"), ("Gamma", "gn:12", "settlement")],
    )
    supply = of_type(claims, "supply_line")
    assert supply and supply[0].modality == "conditional"
    encirclement = of_type(claims, "encirclement")
    assert encirclement and encirclement[0].modality == "predicted"
    assert encirclement[0].place is not None and encirclement[0].place.place_id == "gn:12"


def test_de_denial_is_negated() -> None:
    claims = run(
        "Das russische Verteidigungsministerium dementierte einen Rückzug aus Alpha.",
        "de",
        [("Alpha", "gn:10", "settlement")],
    )
    withdrawal = of_type(claims, "withdrawal")
    assert withdrawal and withdrawal[0].modality == "negated"
    assert withdrawal[0].source.kind == "defence_ministry"
    assert withdrawal[0].source.side == "RU"


def test_de_advance_objective_and_direction() -> None:
    claims = run(
        "Ukrainische Panzer stoßen von Norden und Nordosten auf die Stadt Alpha vor.",
        "de",
        [("Alpha", "gn:10", "settlement")],
    )
    advance = of_type(claims, "advance")
    assert len(advance) == 1
    assert [p.place_id for p in advance[0].places_to] == ["gn:10"]
    assert advance[0].place is None
    assert advance[0].direction == ["N", "NE"]
    assert advance[0].actor_side == "UA"


def test_de_follow_up_sentence_continues_the_previous_claim() -> None:
    claims = run(
        "Ukrainische Truppen rücken auf die Stadt Alpha vor. "
        "Auf Videos sind Soldaten schon am Stadtrand zu sehen.",
        "de",
        [("Alpha", "gn:10", "settlement")],
    )
    advances = of_type(claims, "advance")
    assert len(advances) == 2
    follow_up = advances[1]
    assert [p.place_id for p in follow_up.places_to] == ["gn:10"]
    assert follow_up.actor_side == "UA"
    assert follow_up.evidence_kind == "visual"


def test_de_teaser_line_yields_nothing() -> None:
    claims = run(
        "Lesen Sie auch: Russen flüchten aus Alpha\nIn Beta wurde weiter gekämpft.",
        "de",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    assert "gn:10" not in place_ids(claims)
    assert "gn:11" in place_ids(claims)


# ----------------------------------------------------------------------------- English


def test_en_passive_agent_and_hedge() -> None:
    claims = run(
        "Alpha was reportedly recaptured by Ukrainian forces on Sunday.",
        "en",
        [("Alpha", "gn:10", "settlement")],
        source="Reuters",
    )
    change = of_type(claims, "control_change")
    assert len(change) == 1
    assert change[0].actor_side == "UA"
    assert change[0].modality == "hedged"
    assert change[0].source.name == "Reuters"
    assert change[0].when is not None and change[0].when.start == date(2022, 9, 11)


def test_en_encirclement_of_russian_troops_is_a_ukrainian_action() -> None:
    claims = run(
        "The Institute for the Study of War assesses that Russian troops in Alpha could be encircled.",
        "en",
        [("Alpha", "gn:10", "settlement")],
    )
    encirclement = of_type(claims, "encirclement")
    assert len(encirclement) == 1
    assert encirclement[0].actor_side == "UA"
    assert encirclement[0].modality == "predicted"
    assert encirclement[0].source.kind == "think_tank"
    assert encirclement[0].evidence_kind == "analysis"


def test_en_area_claim_with_region_and_comparison() -> None:
    claims = run(
        "Ukraine's forces have liberated more than 500 square kilometres in the Kharkiv region, "
        "President Zelensky said.",
        "en",
        [("Kharkiv region", "iso:UA-63", "oblast")],
    )
    areas = of_type(claims, "area_claim")
    assert len(areas) == 1
    assert areas[0].place is not None and areas[0].place.place_id == "iso:UA-63"
    assert areas[0].quantities["area_km2"].value == 500
    assert areas[0].quantities["area_km2"].bound == "min"
    assert areas[0].actor_side == "UA"
    assert areas[0].source.kind == "president"
    assert not of_type(claims, "control_change")  # the verb belongs to the figure


def test_en_unknown_language_gives_no_claims() -> None:
    report = make_report("Some text.", "xx")
    assert extract_claims(report, []) == []


# ----------------------------------------------------------------------------- Ukrainian


def test_uk_lemmas_and_enemy_word() -> None:
    claims = run(
        "Сили оборони звільнили Альфу. Ворог обстріляв Бету з артилерії.",
        "uk",
        [("Альфу", "gn:10", "settlement"), ("Бету", "gn:11", "settlement")],
        source="Укрінформ",
    )
    change = of_type(claims, "control_change")
    assert change and change[0].actor_side == "UA"
    strike = of_type(claims, "strike")
    assert strike and strike[0].actor_side == "RU"  # "the enemy" of a Ukrainian outlet
    assert strike[0].source.side == "UA"


def test_uk_hedge_condition_and_threat() -> None:
    claims = run(
        "Окупанти нібито відступили з Альфи. "
        "Якщо ЗСУ переріжуть трасу біля Бети, то логістика ворога буде зруйнована. "
        "Над російським угрупованням у Гаммі нависла загроза оточення.",
        "uk",
        [("Альфи", "gn:10", "settlement"), ("Бети", "gn:11", "settlement"), ("Гаммі", "gn:12", "settlement")],
    )
    withdrawal = of_type(claims, "withdrawal")
    assert withdrawal and withdrawal[0].modality == "hedged" and withdrawal[0].actor_side == "RU"
    supply = of_type(claims, "supply_line")
    assert supply and all(c.modality == "conditional" for c in supply)
    encirclement = of_type(claims, "encirclement")
    assert encirclement and encirclement[0].modality == "predicted"


def test_uk_official_source_by_name_in_any_case() -> None:
    claims = run(
        "За словами Синєгубова, росіяни обстріляли Альфу.",
        "uk",
        [("Альфу", "gn:10", "settlement")],
    )
    strike = of_type(claims, "strike")
    assert strike and strike[0].source.kind == "governor"
    assert strike[0].evidence_kind == "official_statement"
    assert strike[0].actor_side == "RU"


# ----------------------------------------------------------------------------- Russian


def test_ru_our_troops_in_a_russian_channel() -> None:
    claims = run(
        "Наши подразделения освободили Альфу. Противник отступил к Бете.",
        "ru",
        [("Альфу", "gn:10", "settlement"), ("Бете", "gn:11", "settlement")],
        source="Рыбарь",
    )
    change = of_type(claims, "control_change")
    assert change and change[0].actor_side == "RU"
    assert change[0].source.kind == "milblogger"
    withdrawal = of_type(claims, "withdrawal")
    assert withdrawal and withdrawal[0].actor_side == "UA"
    assert [p.place_id for p in withdrawal[0].places_to] == ["gn:11"]


def test_ru_denial_and_future() -> None:
    claims = run(
        "Минобороны России опровергло сообщения о захвате Альфы. ВСУ скоро освободят Бету.",
        "ru",
        [("Альфы", "gn:10", "settlement"), ("Бету", "gn:11", "settlement")],
        source="ТАСС",
    )
    denied = [c for c in of_type(claims, "control_change") if c.place and c.place.place_id == "gn:10"]
    assert denied and denied[0].modality == "negated"
    assert denied[0].source.kind == "defence_ministry"
    future = [c for c in of_type(claims, "control_change") if c.place and c.place.place_id == "gn:11"]
    assert future and future[0].modality == "predicted" and future[0].actor_side == "UA"


def test_ru_attributive_participle_is_not_an_event() -> None:
    claims = run(
        "В освобождённых сёлах возле Альфы работают сапёры.",
        "ru",
        [("Альфы", "gn:10", "settlement")],
    )
    assert not of_type(claims, "control_change")


# ----------------------------------------------------------------------------- identity


def test_claim_ids_are_deterministic_and_distinct() -> None:
    text = "Ukrainian forces recaptured Alpha and Beta on Friday."
    places: list[PlaceSpec] = [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")]
    first = run(text, "en", places)
    second = run(text, "en", places)
    assert [c.claim_id for c in first] == [c.claim_id for c in second]
    assert len({c.claim_id for c in first}) == len(first) == 2


# ----------------------------------------------------------------------------- place rules


def test_the_town_refers_to_the_settlement_named_before() -> None:
    claims = run(
        "Ukrainian forces approached Alpha from the north. Russian units in the town were surrounded.",
        "en",
        [("Alpha", "gn:10", "settlement")],
    )
    encirclement = of_type(claims, "encirclement")
    assert encirclement and encirclement[0].place is not None
    assert encirclement[0].place.place_id == "gn:10"
    assert encirclement[0].actor_side == "UA"


def test_a_river_bank_is_not_the_place() -> None:
    claims = run(
        "Die ukrainische Armee hat den Ort Alpha am Ostufer des Beta eingenommen.",
        "de",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    assert place_ids(of_type(claims, "control_change")) == {"gn:10"}


def test_a_region_word_marks_a_region_even_if_resolved_as_a_town() -> None:
    claims = run(
        "Die Siedlung Alpha im Osten des Gebiets Beta wurde von ukrainischen Truppen befreit.",
        "de",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    assert place_ids(of_type(claims, "control_change")) == {"gn:10"}


def test_reference_places_are_dropped_with_the_whole_list() -> None:
    claims = run(
        "ЗСУ відбили атаки ворога поблизу Альфи та Бети.",
        "uk",
        [("Альфи", "gn:10", "settlement"), ("Бети", "gn:11", "settlement")],
    )
    assert place_ids(of_type(claims, "fighting")) == {"gn:10", "gn:11"}


def test_a_place_governed_by_another_trigger_is_not_shared() -> None:
    claims = run(
        "Nach der Einnahme von Alpha rücken ukrainische Einheiten auf die Stadt Beta vor.",
        "de",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    assert place_ids(of_type(claims, "control_change")) == {"gn:10"}
    advance = of_type(claims, "advance")
    assert len(advance) == 1 and advance[0].place is None
    assert [p.place_id for p in advance[0].places_to] == ["gn:11"]


def test_a_threat_belongs_to_the_trigger_next_to_it() -> None:
    claims = run(
        "Russian bloggers write about heavy fighting near Alpha and the threat of encirclement near Beta.",
        "en",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    fighting = [c for c in of_type(claims, "fighting") if c.place and c.place.place_id == "gn:10"]
    assert fighting and fighting[0].modality == "asserted"
    encirclement = of_type(claims, "encirclement")
    assert encirclement and encirclement[0].modality == "predicted"


def test_a_list_sentence_continues_the_claim_before_it() -> None:
    claims = run(
        "Сили оборони звільнили ще кілька населених пунктів. Серед них — Альфа та Бета.",
        "uk",
        [("Альфа", "gn:10", "settlement"), ("Бета", "gn:11", "settlement")],
        source="Укрінформ",
    )
    listed = [c for c in of_type(claims, "control_change") if c.place is not None]
    assert {c.place.place_id for c in listed if c.place} == {"gn:10", "gn:11"}
    assert {c.actor_side for c in listed} == {"UA"}
    assert all(c.evidence_text.startswith("Серед них") for c in listed)


def test_the_target_of_fire_is_not_the_side_that_fires() -> None:
    claims = run(
        "Артиллерия нанесла удары по противнику в районе Альфы.",
        "ru",
        [("Альфы", "gn:10", "settlement")],
        source="ТАСС",
    )
    strike = of_type(claims, "strike")
    assert strike and strike[0].actor_side == "RU"  # the enemy of a Russian outlet was hit


def test_a_passive_strike_without_agent_names_no_side() -> None:
    # gold/README.md: a passive without a named agent has no actor; the side word is the one hit.
    claims = run(
        "Накануне были нанесены удары по позициям ВСУ в районе Альфы.",
        "ru",
        [("Альфы", "gn:10", "settlement")],
        source="ТАСС",
    )
    strike = of_type(claims, "strike")
    assert strike and strike[0].actor_side is None
    claims = run("Удари завдано по позиціях окупантів біля Бети.", "uk", [("Бети", "gn:11", "settlement")])
    strike = of_type(claims, "strike")
    assert strike and strike[0].actor_side is None


def test_unknown_speakers_are_kept_by_name() -> None:
    claims = run(
        "Russian troops shelled Alpha overnight, said Ivan Example.",
        "en",
        [("Alpha", "gn:10", "settlement")],
    )
    strike = of_type(claims, "strike")
    assert strike and (strike[0].source.name, strike[0].source.kind) == ("Ivan Example", "unknown")


# ----------------------------------------------------------------------------- speaker attribution


def test_a_speaker_carries_into_the_next_unmarked_sentence_of_the_paragraph() -> None:
    text = (
        "Serhiy Cherevatyi said on Monday that fighting continued near Lyman. "
        "Ukrainian troops took the village of Yampil.\n\n"
        "Russian artillery shelled Kharkiv overnight."
    )
    places: list[PlaceSpec] = [
        ("Lyman", "gn:1", "settlement"),
        ("Yampil", "gn:2", "settlement"),
        ("Kharkiv", "gn:3", "settlement"),
    ]
    claims = run(text, "en", places)
    taken = of_type(claims, "control_change")
    assert taken and {c.source.kind for c in taken} == {"military"}
    assert {c.evidence_kind for c in taken} == {"official_statement"}
    # A new paragraph is the outlet's own reporting again.
    shelled = of_type(claims, "strike")
    assert shelled and {c.source.kind for c in shelled} == {"outlet"}


def test_a_carried_speaker_does_not_reach_two_unmarked_sentences_on() -> None:
    text = (
        "Serhiy Cherevatyi said on Monday that fighting continued near Lyman. "
        "The roads are muddy. "
        "Russian artillery shelled Kharkiv overnight."
    )
    claims = run(text, "en", [("Lyman", "gn:1", "settlement"), ("Kharkiv", "gn:3", "settlement")])
    assert {c.source.kind for c in of_type(claims, "strike")} == {"outlet"}


def test_a_side_word_before_an_attribution_noun_names_that_sides_military() -> None:
    text = "Russische Einheiten haben nach ukrainischen Angaben die Brücke in Kupjansk gesprengt."
    claims = run(text, "de", [("Kupjansk", "gn:1", "settlement")])
    assert claims
    assert {(c.source.kind, c.source.side) for c in claims} == {("military", "UA")}


def test_a_side_word_at_the_clause_start_is_the_subject_not_the_source() -> None:
    text = "Ukrainian troops reportedly reached the outskirts of Kupiansk on Thursday."
    claims = run(text, "en", [("Kupiansk", "gn:1", "settlement")])
    assert claims and {c.source.kind for c in claims} == {"outlet"}


def test_a_blogger_is_the_source_without_a_verb_of_saying() -> None:
    text = (
        "Russian military bloggers, in long posts on Saturday evening and again overnight, "
        "described heavy fighting near Kupiansk."
    )
    claims = run(text, "en", [("Kupiansk", "gn:1", "settlement")])
    assert claims and {c.source.kind for c in claims} == {"milblogger"}


def test_an_official_who_acts_is_not_the_source_of_the_act() -> None:
    text = "Vladimir Putin signed the annexation of Kherson oblast on Friday."
    claims = run(text, "en", [("Kherson", "iso:UA-65", "oblast")])
    political = of_type(claims, "political")
    assert political and {c.source.kind for c in political} == {"outlet"}


def test_a_time_right_after_a_verb_of_saying_dates_the_statement_not_the_event() -> None:
    text = "Governor Oleh Syniehubov said on Sunday that Ukrainian troops had retaken Balakliia."
    claims = run(text, "en", [("Balakliia", "gn:1", "settlement")])
    taken = of_type(claims, "control_change")
    assert taken and all(c.when is None for c in taken)


def test_a_time_of_the_happening_is_kept_next_to_a_speaker() -> None:
    text = "Ukrainian troops retook Balakliia on Thursday, Governor Oleh Syniehubov said."
    claims = run(text, "en", [("Balakliia", "gn:1", "settlement")])
    taken = of_type(claims, "control_change")
    assert taken and all(c.when is not None and c.when.start == date(2022, 9, 8) for c in taken)


def test_the_town_as_the_goal_of_an_advance_is_its_objective() -> None:
    text = "Kupiansk is a rail hub. Ukrainian units are advancing toward the town from the north."
    claims = run(text, "en", [("Kupiansk", "gn:1", "settlement")])
    advances = of_type(claims, "advance")
    assert advances
    assert all(c.place is None for c in advances)
    assert {p.place_id for c in advances for p in c.places_to} == {"gn:1"}


def test_a_condition_about_the_town_does_not_borrow_the_place_of_the_consequence() -> None:
    text = (
        "Kupjansk gilt als wichtiger Knotenpunkt. "
        "Sollte die Stadt fallen, wäre die Versorgung der Truppen um Isjum gefährdet."
    )
    claims = run(text, "de", [("Kupjansk", "gn:1", "settlement"), ("Isjum", "gn:2", "settlement")])
    falls = of_type(claims, "control_change")
    assert falls and {c.place.place_id if c.place else None for c in falls} == {"gn:1"}
    assert {c.modality for c in falls} == {"conditional"}


def test_the_town_next_to_the_trigger_wins_over_a_place_further_away() -> None:
    text = (
        "Lyman is under heavy pressure. "
        "Ukrainian troops encircled the town on three sides, cutting roads to Kreminna."
    )
    places: list[PlaceSpec] = [("Lyman", "gn:1", "settlement"), ("Kreminna", "gn:2", "settlement")]
    claims = run(text, "en", places)
    assert place_ids(of_type(claims, "encirclement")) == {"gn:1"}


def test_the_town_refers_back_within_its_own_sentence() -> None:
    text = "Kupiansk is calm. In Izium, residents said Russian columns had left the town overnight."
    places: list[PlaceSpec] = [("Kupiansk", "gn:1", "settlement"), ("Izium", "gn:2", "settlement")]
    claims = run(text, "en", places)
    assert place_ids(of_type(claims, "withdrawal")) == {"gn:2"}


def test_the_city_council_building_in_a_named_town_is_no_back_reference() -> None:
    text = (
        "Izium was quiet. Ukrainian soldiers raised the flag in front of the city council "
        "building in Kupiansk."
    )
    places: list[PlaceSpec] = [("Izium", "gn:2", "settlement"), ("Kupiansk", "gn:1", "settlement")]
    claims = run(text, "en", places)
    assert place_ids(of_type(claims, "control_change")) == {"gn:1"}


def test_a_time_right_before_a_verb_of_saying_dates_the_statement_too() -> None:
    text = "Ukraine's General Staff on Friday confirmed that Ukrainian troops had retaken Balakliia."
    claims = run(text, "en", [("Balakliia", "gn:1", "settlement")])
    taken = of_type(claims, "control_change")
    assert taken and all(c.when is None for c in taken)


def test_an_outlet_named_by_a_role_noun_is_a_source_of_that_kind() -> None:
    text = "Ukrainian troops shelled Russian positions near Kupiansk overnight."
    claims = run(text, "en", [("Kupiansk", "gn:1", "settlement")], source="Military Bloggers Digest")
    assert claims and {c.source.kind for c in claims} == {"milblogger"}
    plain = run(text, "en", [("Kupiansk", "gn:1", "settlement")], source="Evening Courier")
    assert plain and {c.source.kind for c in plain} == {"outlet"}


# ----------------------------------------------------------------------------- round 2 structure


def run_with_mentions(
    text: str, lang: str, mentions: list[tuple[str, str | None, str, float, float]]
) -> list[Claim]:
    """Like ``run``, with coordinates on the mentions (surface, id, precision, lat, lon)."""
    report = make_report(text, lang)
    found = mentions_for(report, [(surface, pid, precision) for surface, pid, precision, _, _ in mentions])
    where = {surface: (lat, lon) for surface, _, _, lat, lon in mentions}
    for mention in found:
        mention.lat, mention.lon = where[mention.text]
    return extract_claims(report, found)


def test_a_claim_at_a_facility_takes_the_settlement_it_lies_in() -> None:
    claims = run_with_mentions(
        "Russische Truppen beschossen das Kraftwerk Omega. In Alpha fiel der Strom aus.",
        "de",
        [
            ("Kraftwerk Omega", "facility:omega", "other", 47.50, 34.60),
            ("Alpha", "gn:10", "settlement", 47.51, 34.63),  # about 2.5 km away
        ],
    )
    strikes = of_type(claims, "strike")
    assert place_ids(strikes) == {"gn:10"}
    assert strikes[0].meta.get("facility") == "Kraftwerk Omega"


def test_a_facility_far_from_every_named_settlement_gives_no_place() -> None:
    claims = run_with_mentions(
        "Russische Truppen beschossen das Kraftwerk Omega. In Alpha fiel der Strom aus.",
        "de",
        [
            ("Kraftwerk Omega", "facility:omega", "other", 47.50, 34.60),
            ("Alpha", "gn:10", "settlement", 48.50, 35.60),
        ],
    )
    assert place_ids(of_type(claims, "strike")) == {None}


def test_a_claim_in_a_landscape_without_borders_has_no_place() -> None:
    claims = run(
        "Russische Einheiten haben im Donbass neue Stellungen angegriffen.",
        "de",
        [("Donbass", "region:donbas", "other")],
    )
    assert claims and place_ids(claims) == {None}


def test_a_project_added_village_keeps_its_id() -> None:
    """Villages of extra_places.tsv ("x:" ids) are settlements like any other, tracked by their id."""
    claims = run(
        "Ukrainische Truppen haben das Dorf Alpha eingenommen.",
        "de",
        [("Alpha", "x:ua63:alpha", "settlement")],
    )
    changes = of_type(claims, "control_change")
    assert changes and changes[0].place is not None
    assert changes[0].place.place_id == "x:ua63:alpha" and changes[0].place.text == "Alpha"


def test_a_list_split_by_commas_keeps_its_first_name() -> None:
    claims = run(
        "Am Morgen haben russische Einheiten die Orte Alpha, Beta und Gamma eingenommen.",
        "de",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement"), ("Gamma", "gn:12", "settlement")],
    )
    assert place_ids(of_type(claims, "control_change")) == {"gn:10", "gn:11", "gn:12"}


def test_a_side_word_of_an_earlier_event_noun_is_not_the_subject() -> None:
    en = run(
        "After the withdrawal of the Russian troops Ukrainian forces entered Alpha on Monday.",
        "en",
        [("Alpha", "gn:10", "settlement")],
    )
    assert [c.actor_side for c in of_type(en, "advance")] == ["UA"]
    ru = run(
        "После отступления российских войск украинские подразделения вошли в Альфу.",
        "ru",
        [("Альфу", "gn:10", "settlement")],
    )
    advances = of_type(ru, "advance") + of_type(ru, "control_change")
    assert advances and {c.actor_side for c in advances} == {"UA"}


def test_an_optional_yaml_pattern_marks_side_words_that_are_not_the_subject(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from frontwatch.claims import context as claims_context
    from frontwatch.claims.lexicon import load_lexicon

    text = (
        "Nach dem Vorstoß der ukrainischen Armee haben sich die russischen Truppen aus Alpha zurückgezogen."
    )
    lexicon = load_lexicon("de")
    assert lexicon is not None
    monkeypatch.setattr(claims_context, "_EXTRA_REGEXES", {})
    monkeypatch.setitem(lexicon.extra, "side_not_subject_before", r"\b(?:des|dem|den)\s+\w+$|\bder\s+\w+en$")
    withdrawals = of_type(run(text, "de", [("Alpha", "gn:10", "settlement")]), "withdrawal")
    assert withdrawals and withdrawals[0].actor_side == "RU"


def test_a_dateline_city_is_not_where_it_happens() -> None:
    claims = run(
        "Kiew (fwa) – Im Osten liefern sich ukrainische und russische Truppen heftige Gefechte.",
        "de",
        [("Kiew", "gn:703448", "settlement")],
    )
    fights = of_type(claims, "fighting")
    assert fights and place_ids(fights) == {None}


def test_a_capital_standing_for_its_government_yields_to_the_place_it_speaks_of() -> None:
    claims = run(
        "Nach eigenen Angaben kontrolliert Kiew wieder den gesamten Kreis Alpha.",
        "de",
        [("Kiew", "gn:703448", "settlement"), ("Alpha", "raion:UA-63:alpha", "raion")],
    )
    assert place_ids(of_type(claims, "control_held")) == {"raion:UA-63:alpha"}
    listed = run(
        "Russische Truppen haben Kiew und Alpha mit Raketen beschossen.",
        "de",
        [("Kiew", "gn:703448", "settlement"), ("Alpha", "gn:10", "settlement")],
    )
    assert place_ids(of_type(listed, "strike")) == {"gn:703448", "gn:10"}


def test_a_place_after_a_near_word_following_another_place_is_a_reference_point(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from frontwatch.claims import context as claims_context
    from frontwatch.claims.lexicon import load_lexicon

    text = "Ukrainische Truppen haben das Dorf Alpha bei Beta eingenommen."
    places: list[PlaceSpec] = [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")]
    lexicon = load_lexicon("de")
    assert lexicon is not None
    # Without the key (the shipped claims.yaml may have it by now) both places count.
    monkeypatch.setattr(claims_context, "_EXTRA_REGEXES", {})
    monkeypatch.delitem(lexicon.extra, "near_between", raising=False)
    assert place_ids(of_type(run(text, "de", places), "control_change")) == {"gn:10", "gn:11"}
    monkeypatch.setattr(claims_context, "_EXTRA_REGEXES", {})
    monkeypatch.setitem(lexicon.extra, "near_between", r"\s+(?:bei|nahe)\s+")
    assert place_ids(of_type(run(text, "de", places), "control_change")) == {"gn:10"}


def test_a_civilian_reaction_takes_place_and_side_of_the_claim_before_it() -> None:
    text = (
        "Ukrainische Soldaten sind am Morgen in Alpha eingerückt. "
        "Auf dem Marktplatz feierten Dutzende Bewohner die Soldaten mit Fahnen."
    )
    claims = run(text, "de", [("Alpha", "gn:10", "settlement")])
    reactions = of_type(claims, "civilian_reaction")
    assert [(c.actor_side, c.place.place_id if c.place else None) for c in reactions] == [("UA", "gn:10")]


def test_a_civilian_reaction_without_any_place_is_not_reported() -> None:
    claims = run("Auf dem Marktplatz feierten Dutzende Bewohner die Soldaten mit Fahnen.", "de", [])
    assert of_type(claims, "civilian_reaction") == []


def test_a_time_heading_a_bulletin_dates_its_lines() -> None:
    text = (
        "Зведення Генштабу.\n\nЗа минулу добу:\n- ЗСУ звільнили Альфу;\n- ворог обстріляв Бету.\n\n"
        "Окремо: ворог обстріляв Гамму."
    )
    claims = run(
        text,
        "uk",
        [("Альфу", "gn:10", "settlement"), ("Бету", "gn:11", "settlement"), ("Гамму", "gn:12", "settlement")],
    )
    by_place = {c.place.place_id: c.when for c in claims if c.place is not None}
    assert by_place.get("gn:10") is not None and by_place.get("gn:10") == by_place.get("gn:11")
    assert by_place.get("gn:10").start == date(2022, 9, 11)  # type: ignore[union-attr]
    assert "gn:12" in by_place and by_place["gn:12"] is None  # after the blank line: not the bulletin


def test_a_hedge_in_one_clause_does_not_hedge_the_claim_of_another() -> None:
    claims = run(
        "Ukrainian forces have probably captured Alpha, and Russian artillery shelled Beta on Monday.",
        "en",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    assert [c.modality for c in of_type(claims, "control_change")] == ["hedged"]
    assert [c.modality for c in of_type(claims, "strike")] == ["asserted"]


def test_condition_and_consequence_are_both_conditional() -> None:
    claims = run(
        "Sollten die Ukrainer Alpha einnehmen, wäre die Versorgung der Truppen in Beta unterbrochen.",
        "de",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    assert {(c.event_type, c.modality) for c in claims} >= {
        ("control_change", "conditional"),
        ("supply_line", "conditional"),
    }


def test_a_relative_clause_skips_a_clause_that_only_names_a_reference_point() -> None:
    claims = run(
        "Police examined a grave in Alpha, north of Beta, which Ukrainian troops retook on Sunday.",
        "en",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    assert place_ids(of_type(claims, "control_change")) == {"gn:10"}


def test_a_facility_settlement_named_in_the_landmarks_file_wins(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from frontwatch.claims import facilities

    landmarks = tmp_path / "landmarks.yaml"
    landmarks.write_text(
        "facilities:\n- id: facility:omega\n  settlement: gn:20\n- id: facility:brucke\n  settlement: null\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(facilities, "LANDMARKS_FILE", landmarks)
    facilities._facility_settlements.cache_clear()
    try:
        text = (
            "Russische Truppen beschossen das Kraftwerk Omega und die Brücke Brucke. "
            "In Alpha fiel der Strom aus."
        )
        claims = run_with_mentions(
            text,
            "de",
            [
                ("Kraftwerk Omega", "facility:omega", "other", 47.50, 34.60),
                ("Brücke Brucke", "facility:brucke", "other", 47.50, 34.61),
                ("Alpha", "gn:10", "settlement", 47.51, 34.63),
            ],
        )
        assert place_ids(of_type(claims, "strike")) == {"gn:20", None}
    finally:
        facilities._facility_settlements.cache_clear()


def test_the_town_does_not_refer_back_to_a_reference_point() -> None:
    claims = run(
        "Ukrainian troops reached Alpha, north of Beta. Russian artillery shelled the town overnight.",
        "en",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    assert place_ids(of_type(claims, "strike")) == {"gn:10"}


# ----------------------------------------------------------------------------- round 4 structure


def test_a_present_tense_verb_that_can_also_read_as_future_is_not_a_prediction(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # pymorphy3's first reading of "эвакуируют" is a perfective future, but it is a present as
    # well; "вывезут" has no present reading and is a future.
    from frontwatch.claims.lexicon import load_lexicon

    lexicon = load_lexicon("ru")
    assert lexicon is not None
    monkeypatch.setattr(lexicon, "future_grammeme", "futr")
    claims = run(
        "Власти эвакуируют жителей Альфы. Власти вывезут жителей Беты.",
        "ru",
        [("Альфы", "gn:10", "settlement"), ("Беты", "gn:11", "settlement")],
    )
    by_place = {c.place.place_id: c.modality for c in of_type(claims, "evacuation") if c.place}
    assert by_place.get("gn:10") == "asserted"
    assert by_place.get("gn:11") == "predicted"


def test_an_event_noun_takes_the_future_of_its_clause_verb() -> None:
    claims = run(
        "Евакуацію жителів Альфи організують. Евакуацію жителів Бети організували.",
        "uk",
        [("Альфи", "gn:10", "settlement"), ("Бети", "gn:11", "settlement")],
    )
    by_place = {c.place.place_id: c.modality for c in of_type(claims, "evacuation") if c.place}
    assert by_place.get("gn:10") == "predicted"
    assert by_place.get("gn:11") == "asserted"


def test_a_threat_word_belongs_to_the_event_word_right_after_it() -> None:
    claims = run(
        "Из-за угрозы окружения российские войска отступили из Альфы.",
        "ru",
        [("Альфы", "gn:10", "settlement")],
        source="ТАСС",
    )
    withdrawal = of_type(claims, "withdrawal")
    assert withdrawal and withdrawal[0].modality == "asserted"


def test_two_clauses_naming_opposite_sides_at_one_place_stay_two_claims() -> None:
    claims = run(
        "Ukrainian forces control the north of Alpha, while Russian troops still hold the south of Alpha.",
        "en",
        [("Alpha", "gn:10", "settlement")],
    )
    held = [c for c in of_type(claims, "control_held") if c.place and c.place.place_id == "gn:10"]
    assert {c.actor_side for c in held} == {"UA", "RU"}


def test_a_side_word_a_few_words_after_a_target_word_is_the_target() -> None:
    claims = run(
        "Армия нанесла удары по пунктам временной дислокации ВСУ в районе Альфы.",
        "ru",
        [("Альфы", "gn:10", "settlement")],
    )
    strike = of_type(claims, "strike")
    assert strike and strike[0].actor_side == "RU"
    # Before the trigger "на субботу" is a time, not a target: the side word is the subject.
    claims = run(
        "В ночь на субботу российские войска нанесли удары по жилым кварталам Альфы.",
        "ru",
        [("Альфы", "gn:10", "settlement")],
    )
    strike = of_type(claims, "strike")
    assert strike and strike[0].actor_side == "RU"


def test_a_background_holding_does_not_take_the_place_from_the_main_event() -> None:
    claims = run(
        "Ukrainian troops have encircled the Russian-held town of Alpha in Gamma oblast.",
        "en",
        [("Alpha", "gn:10", "settlement"), ("Gamma oblast", "iso:UA-99", "oblast")],
    )
    assert place_ids(of_type(claims, "encirclement")) == {"gn:10"}
    assert place_ids(of_type(claims, "control_held")) == {"gn:10"}


def test_a_trigger_left_without_a_place_shares_the_one_governed_by_another() -> None:
    # "выведены из Альфы" governs Alpha, but the encirclement threat has no other place: it is Alpha's.
    # The noun in the genitive is not the subject of the passive "выведены": the side after it is
    # the one threatened.
    claims = run(
        "Из-за угрозы окружения российские войска выведены из Альфы.",
        "ru",
        [("Альфы", "gn:10", "settlement")],
    )
    encirclement = of_type(claims, "encirclement")
    assert place_ids(encirclement) == {"gn:10"}
    assert encirclement[0].actor_side == "UA" and encirclement[0].modality == "predicted"
    withdrawal = of_type(claims, "withdrawal")
    assert place_ids(withdrawal) == {"gn:10"} and withdrawal[0].modality == "asserted"


def test_a_hedge_before_and_does_not_reach_the_next_coordinated_claim(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from frontwatch.claims import context as claims_context
    from frontwatch.claims.lexicon import load_lexicon

    lexicon = load_lexicon("en")
    assert lexicon is not None
    monkeypatch.setattr(claims_context, "_EXTRA_REGEXES", {})
    monkeypatch.setitem(lexicon.extra, "coordination", r"\s+and\s+")
    claims = run(
        "Ukrainian forces likely recaptured Alpha and are advancing toward Beta.",
        "en",
        [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")],
    )
    change = of_type(claims, "control_change")
    assert change and change[0].modality == "hedged"
    advance = of_type(claims, "advance")
    assert advance and advance[0].modality == "asserted"


def test_a_negator_before_one_event_word_does_not_negate_the_next() -> None:
    claims = run("Войска не отступили и штурмуют Альфу.", "ru", [("Альфу", "gn:10", "settlement")])
    withdrawal = of_type(claims, "withdrawal")
    assert withdrawal and withdrawal[0].modality == "negated"
    fighting = of_type(claims, "fighting")
    assert fighting and fighting[0].modality == "asserted"


def test_only_the_speaker_of_the_sentence_has_a_seat(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import re

    from frontwatch.claims.lexicon import load_lexicon

    lexicon = load_lexicon("en")
    assert lexicon is not None
    monkeypatch.setattr(lexicon, "seat_gap", re.compile(r"\s+in\s+"))
    places: list[PlaceSpec] = [("Alpha", "gn:10", "settlement"), ("Beta", "gn:11", "settlement")]
    spoken = run("The military administration in Alpha said Russian troops shelled Beta.", "en", places)
    assert place_ids(of_type(spoken, "strike")) == {"gn:11"}
    flag = run(
        "Ukrainian soldiers raised the flag over the military administration in Alpha.", "en", places[:1]
    )
    assert place_ids(flag) == {"gn:10"}


def test_a_trigger_that_names_its_side_beats_the_subject_of_an_earlier_clause() -> None:
    claims = run(
        "Російські війська обстріляли Бету, яку звільнили тиждень тому.",
        "uk",
        [("Бету", "gn:11", "settlement")],
    )
    change = of_type(claims, "control_change")
    assert change and change[0].actor_side == "UA"
    strike = of_type(claims, "strike")
    assert strike and strike[0].actor_side == "RU"


def test_a_side_named_after_an_agentless_encirclement_passive_is_the_encircled_one() -> None:
    claims = run("Біля Альфи оточено групу російських військових.", "uk", [("Альфи", "gn:10", "settlement")])
    encirclement = of_type(claims, "encirclement")
    assert encirclement and encirclement[0].actor_side == "UA"
    claims = run("Alpha was encircled by Russian troops.", "en", [("Alpha", "gn:10", "settlement")])
    encirclement = of_type(claims, "encirclement")
    assert encirclement and encirclement[0].actor_side == "RU"


def test_places_joined_by_a_dash_are_one_list() -> None:
    claims = run(
        "Российские войска закрепились на линии Альфа — Бета.",
        "ru",
        [("Альфа", "gn:10", "settlement"), ("Бета", "gn:11", "settlement")],
    )
    held = of_type(claims, "control_held")
    assert place_ids(held) == {"gn:10", "gn:11"}


# ----------------------------------------------------------------------------- weak types (round 5)


def test_evacuation_place_is_where_people_leave_from() -> None:
    claims = run(
        "Die Behörden evakuieren Zivilisten aus Alphadorf nach Betastadt.",
        "de",
        [("Alphadorf", "gn:1", "settlement"), ("Betastadt", "gn:2", "settlement")],
    )
    assert place_ids(of_type(claims, "evacuation")) == {"gn:1"}


def test_troop_figure_of_a_withdrawal_is_no_force_estimate() -> None:
    claims = run("The ministry said that about 12,000 troops had been withdrawn across the river.", "en", [])
    assert of_type(claims, "force_estimate") == []
    withdrawals = of_type(claims, "withdrawal")
    assert len(withdrawals) == 1
    assert withdrawals[0].quantities["troops"].value == 12000


def test_estimate_of_forces_at_a_place_stays_a_force_estimate() -> None:
    claims = run(
        "Analysts estimated that up to 8,000 Russian troops are deployed in and around Alphaville.",
        "en",
        [("Alphaville", "gn:1", "settlement")],
    )
    estimates = of_type(claims, "force_estimate")
    assert len(estimates) == 1
    assert place_ids(estimates) == {"gn:1"} and estimates[0].actor_side == "RU"


def test_soldiers_in_the_pocket_are_an_estimate_at_the_encircled_place() -> None:
    claims = run(
        "Ukrainian troops have encircled Alphaville. "
        "Up to 3,000 Russian soldiers were trapped in the pocket.",
        "en",
        [("Alphaville", "gn:1", "settlement")],
    )
    encirclements = of_type(claims, "encirclement")
    assert len(encirclements) == 1 and encirclements[0].actor_side == "UA"
    estimates = of_type(claims, "force_estimate")
    assert len(estimates) == 1
    assert place_ids(estimates) == {"gn:1"} and estimates[0].actor_side == "RU"
    assert estimates[0].quantities["troops"].value == 3000


def test_supply_hub_side_is_the_side_it_supplies() -> None:
    claims = run(
        "Alphastadt gilt als Eisenbahnknoten, über den die russischen Truppen im Süden versorgt werden.",
        "de",
        [("Alphastadt", "gn:1", "settlement")],
    )
    lines = of_type(claims, "supply_line")
    assert lines and {c.actor_side for c in lines} == {"RU"}


def test_the_town_is_not_a_member_of_a_list_of_villages() -> None:
    claims = run(
        "Russische Einheiten halten Alphastadt. Zuvor hatten ukrainische Truppen die Dörfer "
        "Betadorf und Gammadorf eingenommen und die Stadt von zwei Seiten umschlossen.",
        "de",
        [
            ("Alphastadt", "gn:1", "settlement"),
            ("Betadorf", "gn:2", "settlement"),
            ("Gammadorf", "gn:3", "settlement"),
        ],
    )
    encirclements = of_type(claims, "encirclement")
    assert place_ids(encirclements) == {"gn:1"}
    assert {c.actor_side for c in encirclements} == {"UA"}
