"""The claims scorer, on small gold files with a fake extractor whose output is known."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from frontwatch.claims.evaluate import (
    ClaimView,
    align,
    classify_errors,
    compare_annotations,
    evaluate_claims,
    score_event_types,
    score_quantities,
    view_of,
)
from frontwatch.model import Claim, ClaimPlace, PlaceMention, Quantity, Report, Source, When

FIXTURES = Path(__file__).parent / "fixtures" / "claims_eval"


def no_places(report: Report) -> list[PlaceMention]:
    return []


def claim(
    report: Report,
    event_type: str,
    place: str | None,
    side: str | None,
    modality: str = "asserted",
    evidence_kind: str = "report",
    source_kind: str = "outlet",
    when: When | None = None,
    quantities: dict[str, Quantity] | None = None,
    evidence: str = "",
) -> Claim:
    claim_place = ClaimPlace(place, place, None, None, None, None, None, "settlement") if place else None
    return Claim(
        claim_id=f"{report.id}-{event_type}-{place}",
        report_id=report.id,
        event_type=event_type,
        actor_side=side,
        place=claim_place,
        source=Source("Test", source_kind, None),
        modality=modality,
        evidence_kind=evidence_kind,
        evidence_start=0,
        evidence_end=len(evidence),
        evidence_text=evidence,
        language=report.lang,
        when=when,
        quantities=quantities or {},
    )


def fake_extractor(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
    """Known predictions per gold id: see the expected figures in the tests."""
    gold_id = report.meta.get("gold_id")
    if gold_id == "t-de-1":
        return [
            # Right key, right when, wrong evidence kind.
            claim(
                report,
                "control_change",
                "gn:712926",
                "UA",
                evidence_kind="report",
                when=When(date(2022, 9, 6), date(2022, 9, 6), "day"),
                evidence="Balaklija befreit",
            ),
            # The same assertion again (headline and body): counts once.
            claim(report, "control_change", "gn:712926", "UA", evidence="Balaklija ist befreit."),
            # Right type and place, wrong modality: not a whole-claim hit; quantity right.
            claim(
                report,
                "area_claim",
                None,
                "UA",
                modality="hedged",
                quantities={"area_km2": Quantity(3000, "min")},
                evidence="3000 km²",
            ),
        ]
    if gold_id == "t-en-1":
        return [
            claim(
                report,
                "control_change",
                "gn:704147",
                "UA",
                evidence_kind="visual",
                when=When(date(2022, 9, 10), date(2022, 9, 10), "day"),
                evidence="flag over Kupiansk",
            ),
            claim(report, "withdrawal", "gn:707292", "RU", modality="hedged", evidence="withdrew from Izium"),
            claim(report, "strike", "gn:707292", "RU", evidence="shelled Izium"),
        ]
    if gold_id == "t-uk-raw":
        assert "Балаклію" in report.clean_text  # the raw record went through the intake
        return [
            claim(
                report,
                "control_change",
                "gn:712926",
                "UA",
                evidence_kind="official_statement",
                source_kind="general_staff",
                evidence=report.clean_text,
            )
        ]
    return []


def test_arithmetic_on_one_report() -> None:
    # Gold: 3 distinct keys (a repeated control_change is deduplicated). Predicted: 2 distinct keys, 1 right.
    result = evaluate_claims(FIXTURES / "de.jsonl", extractor=fake_extractor, place_resolver=no_places)
    assert (result.gold_claims, result.predicted_claims) == (3, 2)
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (1, 1, 2)
    assert result.overall.precision == pytest.approx(0.5)
    assert result.overall.recall == pytest.approx(1 / 3)
    assert result.overall.f1 == pytest.approx(0.4)


def test_breakdowns_by_language_split_and_type() -> None:
    result = evaluate_claims(FIXTURES, extractor=fake_extractor, place_resolver=no_places)
    assert result.errors == []
    assert result.reports == 3
    de, en, uk = result.by_language["de"], result.by_language["en"], result.by_language["uk"]
    assert (de.tp, de.fp, de.fn) == (1, 1, 2)
    assert (en.tp, en.fp, en.fn) == (2, 1, 0)
    assert (uk.tp, uk.fp, uk.fn) == (1, 0, 0)
    assert (result.by_split["dev"].tp, result.by_split["heldout"].tp) == (2, 2)
    control = result.by_event_type["control_change"]
    assert (control.tp, control.fp, control.fn) == (3, 0, 0)
    assert (result.by_event_type["strike"].fp, result.by_event_type["fighting"].fn) == (1, 1)
    assert result.overall.precision == pytest.approx(4 / 6)
    assert result.overall.recall == pytest.approx(4 / 6)


def test_field_scores_on_aligned_pairs() -> None:
    result = evaluate_claims(FIXTURES / "de.jsonl", extractor=fake_extractor, place_resolver=no_places)
    # Pairs: control_change (same key) and area_claim (same type and place); fighting stays unaligned.
    assert result.aligned_pairs == 2
    fields = result.fields
    assert (fields["modality"].tp, fields["modality"].fp, fields["modality"].fn) == (1, 1, 1)
    assert (fields["evidence_kind"].tp, fields["evidence_kind"].fp) == (1, 1)
    assert (fields["when"].tp, fields["when"].fp, fields["when"].fn) == (1, 0, 0)
    assert (fields["quantities"].tp, fields["quantities"].fp, fields["quantities"].fn) == (1, 0, 0)
    assert (fields["place"].tp, fields["place"].fp, fields["place"].fn) == (1, 0, 0)
    # Event types as multisets: gold {control_change, area_claim, fighting},
    # predicted {control_change, area_claim}.
    assert (fields["event_type"].tp, fields["event_type"].fp, fields["event_type"].fn) == (2, 0, 1)


def test_misses_are_listed_with_report_and_evidence() -> None:
    result = evaluate_claims(FIXTURES, extractor=fake_extractor, place_resolver=no_places)
    missed = {(m.report_id, m.event_type) for m in result.missed}
    spurious = {(m.report_id, m.event_type) for m in result.spurious}
    assert missed == {("t-de-1", "area_claim"), ("t-de-1", "fighting")}
    assert spurious == {("t-de-1", "area_claim"), ("t-en-1", "strike")}
    text = result.format()
    assert "[t-de-1] fighting place=gn:704147" in text
    assert "Um Kupjansk wird weiter gekämpft." in text
    assert "[t-en-1] strike" in text and "shelled Izium" in text
    assert "heldout" in text and "By event type" in text


def test_to_dict_is_json() -> None:
    result = evaluate_claims(FIXTURES, extractor=fake_extractor, place_resolver=no_places)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["overall"]["tp"] == 4
    assert data["by_split"]["heldout"]["precision"] == pytest.approx(0.6667, abs=1e-4)
    assert {m["report_id"] for m in data["missed"]} == {"t-de-1"}


def test_a_record_the_intake_rejects_counts_as_missed(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "broken.jsonl.txt", tmp_path / "broken.jsonl")
    result = evaluate_claims(tmp_path, extractor=fake_extractor, place_resolver=no_places)
    assert len(result.errors) == 1 and "t-empty" in result.errors[0]
    assert (result.overall.tp, result.overall.fn) == (0, 1)


def test_malformed_gold_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "claims": []}\n{not json}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        evaluate_claims(tmp_path, extractor=fake_extractor, place_resolver=no_places)


def test_perfect_extractor_scores_one(tmp_path: Path) -> None:
    # An extractor that returns the gold claims themselves must score 1.0 everywhere.
    records = [json.loads(line) for line in (FIXTURES / "de.jsonl").read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in records}

    def echo(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
        out = []
        for gold in by_id[report.meta["gold_id"]]["claims"]:
            when = gold.get("when")
            out.append(
                claim(
                    report,
                    gold["event_type"],
                    gold["place"],
                    gold["actor_side"],
                    gold["modality"],
                    gold["evidence_kind"],
                    gold["source"]["kind"],
                    When(date.fromisoformat(when["start"]), date.fromisoformat(when["end"]), "range")
                    if when
                    else None,
                    {k: Quantity(v["value"], v["bound"]) for k, v in gold.get("quantities", {}).items()},
                    gold["evidence"],
                )
            )
        return out

    result = evaluate_claims(FIXTURES / "de.jsonl", extractor=echo, place_resolver=no_places)
    assert result.overall.f1 == 1.0
    assert all(score.f1 == 1.0 for name, score in result.fields.items() if score.tp + score.fp + score.fn)


def view(event_type: str, place: str | None, side: str | None, modality: str = "asserted") -> ClaimView:
    return ClaimView(event_type, place, side, modality, "report", "outlet", None, (), "")


def test_align_prefers_full_key_then_place_then_type() -> None:
    gold = [view("control_change", "a", "UA"), view("control_change", "b", "UA")]
    predicted = [view("control_change", "b", "RU"), view("control_change", "a", "UA")]
    pairs = align(gold, predicted)
    assert [(g.place, p.place) for g, p in pairs] == [("a", "a"), ("b", "b")]
    only_type = align([view("strike", "x", "RU")], [view("strike", "y", "RU"), view("fighting", "x", None)])
    assert [(g.place, p.place) for g, p in only_type] == [("x", "y")]


def test_quantity_items_need_name_value_and_bound() -> None:
    gold = (("area_km2", 3000.0, "min"), ("settlements", 30.0, "min"))
    predicted = (("area_km2", 3000.0, "approx"), ("settlements", 30.0, "min"), ("troops", 5.0, "exact"))
    score = score_quantities(gold, predicted)
    assert (score.tp, score.fp, score.fn) == (1, 2, 1)
    # Converted miles are equal within 1 %.
    assert score_quantities((("area_km2", 2590.0, "min"),), (("area_km2", 2589.99, "min"),)).tp == 1


def test_event_type_multiset() -> None:
    score = score_event_types(
        [view("strike", None, None), view("strike", "a", None), view("fighting", None, None)],
        [view("strike", None, None), view("advance", None, None)],
    )
    assert (score.tp, score.fp, score.fn) == (1, 1, 2)


def test_gold_dict_and_claim_give_the_same_view() -> None:
    report = Report(id="r", source="s", raw_text="", clean_text="", format="text", origin="-", lang="de")
    predicted = view_of(
        claim(report, "area_claim", None, "UA", quantities={"area_km2": Quantity(3000, "min")}, evidence="e")
    )
    gold = view_of(
        {
            "event_type": "area_claim",
            "place": None,
            "actor_side": "UA",
            "modality": "asserted",
            "evidence_kind": "report",
            "source": {"kind": "outlet"},
            "quantities": {"area_km2": {"value": 3000, "bound": "min"}},
            "evidence": "e",
        }
    )
    assert gold == predicted


def test_errors_are_classified_by_the_part_of_the_key_that_differs() -> None:
    gold = [
        view("control_change", "a", "UA"),
        view("strike", "b", "RU"),
        view("advance", "c", "UA", "hedged"),
        view("fighting", "d", None),
        view("withdrawal", "e", "RU"),
        view("evacuation", "f", None),
    ]
    predicted = [
        view("control_change", "a", "RU"),  # side
        view("strike", "z", "RU"),  # place
        view("advance", "c", "UA"),  # modality
        view("encirclement", "d", None),  # type
        view("withdrawal", "y", "UA"),  # place and side
        view("political", "q", "RU"),  # nothing like it in gold
    ]
    kinds = classify_errors(gold, predicted)
    assert dict(kinds) == {
        "side": 1,
        "place": 1,
        "modality": 1,
        "type": 1,
        "place+side": 1,
        "missed": 1,
        "spurious": 1,
    }


def test_one_prediction_pairs_with_one_gold_claim_only() -> None:
    gold = [view("strike", "a", "RU"), view("strike", "a", "UA")]
    kinds = classify_errors(gold, [view("strike", "a", None)])
    assert (kinds["side"], kinds["missed"], kinds["spurious"]) == (1, 1, 0)
    assert sum(classify_errors(gold, gold).values()) == 0


def test_error_kinds_add_up_per_split_and_are_printed() -> None:
    result = evaluate_claims(FIXTURES, extractor=fake_extractor, place_resolver=no_places)
    everything = result.error_kinds["all"]
    # The German record's area claim differs in modality only; its fighting claim and the English strike
    # have no counterpart.
    assert (everything["modality"], everything["missed"], everything["spurious"]) == (1, 1, 1)
    paired = sum(everything[kind] for kind in ("side", "modality", "place", "type", "place+side"))
    assert 2 * paired + everything["missed"] + everything["spurious"] == result.overall.fp + result.overall.fn
    assert sum(result.error_kinds["dev"].values()) + sum(result.error_kinds["heldout"].values()) == sum(
        everything.values()
    )
    assert "Errors by kind" in result.format()
    assert result.to_dict()["error_kinds"]["all"]["missed"] == 1


def _annotation(report_id: str, lang: str, claims: list[dict[str, object]]) -> str:
    record = {"id": report_id, "lang": lang, "split": "heldout", "text": "irrelevant here", "claims": claims}
    return json.dumps(record) + "\n"


def _gold_claim(
    event_type: str, place: str | None, side: str | None, modality: str = "asserted"
) -> dict[str, object]:
    return {
        "event_type": event_type,
        "place": place,
        "actor_side": side,
        "modality": modality,
        "evidence": "x",
    }


def test_a_second_annotation_is_scored_on_the_reports_both_annotated(tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    second = tmp_path / "second.jsonl"
    first.write_text(
        _annotation(
            "a-1", "de", [_gold_claim("control_change", "gn:1", "UA"), _gold_claim("strike", "gn:2", "RU")]
        )
        + _annotation("a-2", "en", [_gold_claim("fighting", "gn:3", None)])
        + _annotation("a-3", "uk", [_gold_claim("withdrawal", "gn:4", "RU")]),  # not annotated a second time
        encoding="utf-8",
    )
    second.write_text(
        # a-1: one agreement and one claim with the other side; a-2: the same claim and one more.
        _annotation(
            "a-1", "de", [_gold_claim("control_change", "gn:1", "UA"), _gold_claim("strike", "gn:2", "UA")]
        )
        + _annotation(
            "a-2", "en", [_gold_claim("fighting", "gn:3", None), _gold_claim("strike", "gn:3", "RU")]
        ),
        encoding="utf-8",
    )
    result = compare_annotations(first, second)
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (2, 2, 1)
    assert result.error_kinds["all"]["side"] == 1 and result.error_kinds["all"]["spurious"] == 1
    assert set(result.by_language) == {"de", "en"}  # a-3 was read by one annotator only


def test_a_report_annotated_twice_in_the_second_file_is_an_error(tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text(_annotation("a-1", "de", []), encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text(_annotation("a-1", "de", []) + _annotation("a-1", "de", []), encoding="utf-8")
    with pytest.raises(ValueError, match="annotated twice"):
        compare_annotations(first, second)
