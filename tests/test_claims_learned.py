"""The learned claim component: the numpy classifier, the shipped model and the hybrid extractor."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from claims_helpers import claim_keys, make_report, mentions_for, settlement, write_one_strike_gold
from frontwatch.claims import plugins
from frontwatch.claims.export import claim_to_dict
from frontwatch.claims.extract import extract_claims
from frontwatch.claims.learned.inference import (
    DISABLED,
    EXTRACTOR_NAME,
    HybridModel,
    default_model,
    extract_with_model,
    shipped_model_path,
)
from frontwatch.claims.learned.model import LinearClassifier, SparseBatch, train_classifier
from frontwatch.claims.learned.sentences import sentence_views
from frontwatch.cli import app
from frontwatch.model import EVENT_TYPES, MODALITIES, PlaceMention, Report

BITS = 10
runner = CliRunner()

# Written for these tests: two sentences, one with a shelling, one with a recapture.
EN_TEXT = (
    "Russian artillery shelled Kupiansk overnight, the regional governor said. "
    "Ukrainian troops recaptured Balakliia on Thursday."
)
EN_PLACES = [settlement("Kupiansk", 1), settlement("Balakliia", 2)]


def _synthetic(rng: np.random.Generator, count: int) -> tuple[list[list[int]], np.ndarray]:
    """Examples of random noise words; label a is on when word 1 occurs, label b when word 2 does."""
    rows: list[list[int]] = []
    targets = []
    for _ in range(count):
        words = list(rng.integers(10, 1 << BITS, size=6))
        a, b = rng.random() < 0.4, rng.random() < 0.4
        if a:
            words.append(1)
        if b:
            words.append(2)
        rows.append([int(w) for w in words])
        targets.append([float(a), float(b)])
    return rows, np.array(targets)


def test_training_on_a_small_synthetic_set_learns_the_rule_behind_it() -> None:
    rng = np.random.default_rng(7)
    rows, targets = _synthetic(rng, 300)
    model = train_classifier(
        SparseBatch.from_lists(rows), targets, ["a", "b"], BITS, l2=1e-3, epochs=150, learning_rate=0.1
    )
    test_rows, test_targets = _synthetic(rng, 200)  # new examples: the noise words differ
    predicted = model.scores(SparseBatch.from_lists(test_rows)) >= 0.5
    accuracy = (predicted == (test_targets > 0)).mean()
    assert accuracy > 0.95
    # Before training every example scores 0.5: the weights are what carries the rule.
    assert model.score_one([1])["a"] > 0.5 > model.score_one([2])["a"]


def test_a_classifier_survives_saving_and_loading() -> None:
    rng = np.random.default_rng(3)
    rows, targets = _synthetic(rng, 100)
    model = train_classifier(SparseBatch.from_lists(rows), targets, ["a", "b"], BITS, epochs=30)
    loaded = LinearClassifier.from_bytes(model.to_bytes())
    batch = SparseBatch.from_lists(rows[:20])
    assert loaded.labels == ["a", "b"]
    # Weights are stored as float16: equal to about three decimals.
    assert np.allclose(loaded.scores(batch), model.scores(batch), atol=2e-3)


def test_the_shipped_model_loads_and_scores_a_sentence() -> None:
    path = shipped_model_path()
    assert path.is_file()
    assert path.stat().st_size < 5_000_000
    model = default_model()
    assert model.types.labels == list(EVENT_TYPES)
    assert model.modalities.labels == list(MODALITIES)
    report = make_report(EN_TEXT, "en")
    mentions = mentions_for(report, EN_PLACES)
    _lexicon, views = sentence_views(report, mentions, extract_claims(report, mentions))
    probabilities = model.type_probabilities(views, "en")
    assert probabilities.shape == (2, len(EVENT_TYPES))
    assert ((probabilities >= 0.0) & (probabilities <= 1.0)).all()
    by_type = [dict(zip(EVENT_TYPES, row, strict=True)) for row in probabilities]
    # The model has learnt something about the words: the shelling sentence is a strike more than
    # the recapture sentence is, and the other way round for control_change.
    assert by_type[0]["strike"] > by_type[1]["strike"]
    assert by_type[1]["control_change"] > by_type[0]["control_change"]


def _constant_model(type_bias: dict[str, float], drop_below: float, add_at: float) -> HybridModel:
    """A model whose type probabilities are the same for every sentence (bias only, weights zero)."""

    def constant(labels: list[str], bias: dict[str, float]) -> LinearClassifier:
        return LinearClassifier(
            labels, BITS, np.zeros((1 << BITS, len(labels))), np.array([bias.get(x, -10.0) for x in labels])
        )

    return HybridModel(
        types=constant(list(EVENT_TYPES), type_bias),
        sides=constant(["UA", "RU", "none"], {"RU": 5.0}),
        modalities=constant(list(MODALITIES), {"hedged": 5.0}),
        drop_below=drop_below,
        add_at=add_at,
    )


def _report_and_mentions() -> tuple[Report, list[PlaceMention]]:
    report = make_report(EN_TEXT, "en")
    return report, mentions_for(report, EN_PLACES)


def test_with_both_halves_off_the_hybrid_returns_the_rule_claims_unchanged() -> None:
    report, mentions = _report_and_mentions()
    rules = extract_claims(report, mentions)
    assert rules, "the test text must give rule claims"
    hybrid = extract_with_model(_constant_model({}, 0.0, DISABLED), report, mentions)
    assert [claim_to_dict(c) for c in hybrid] == [claim_to_dict(c) for c in rules]


def test_a_rule_claim_whose_type_the_model_finds_unlikely_is_dropped() -> None:
    report, mentions = _report_and_mentions()
    rules = extract_claims(report, mentions)
    rule_types = {c.event_type for c in rules}
    assert {"strike", "control_change"} <= rule_types
    # Every type but strike scores sigmoid(-10): below the drop threshold; strike scores sigmoid(5).
    hybrid = extract_with_model(_constant_model({"strike": 5.0}, 0.5, DISABLED), report, mentions)
    assert {c.event_type for c in hybrid} == {"strike"}
    assert claim_keys(hybrid) == {k for k in claim_keys(rules) if k[0] == "strike"}


def test_a_confident_type_the_rules_missed_is_added_with_the_field_classifiers_choice() -> None:
    report, mentions = _report_and_mentions()
    rules = extract_claims(report, mentions)
    assert all(c.event_type != "fighting" for c in rules)
    model = _constant_model({"fighting": 5.0, "strike": 5.0, "control_change": 5.0}, 0.0, 0.5)
    hybrid = extract_with_model(model, report, mentions)
    added = [c for c in hybrid if c.extractor == EXTRACTOR_NAME]
    # Per sentence, every confident type the rules did not emit there is added, at the sentence's first
    # place, RU and hedged as the constant field classifiers say: fighting in both sentences,
    # control_change beside the shelling, strike beside the recapture; nothing the rules already have.
    added_keys = {
        (c.event_type, c.place.place_id if c.place else None, c.actor_side, c.modality) for c in added
    }
    assert added_keys == {
        ("fighting", "gn:1", "RU", "hedged"),
        ("control_change", "gn:1", "RU", "hedged"),
        ("fighting", "gn:2", "RU", "hedged"),
        ("strike", "gn:2", "RU", "hedged"),
    }
    for claim in added:
        assert report.clean_text[claim.evidence_start : claim.evidence_end] == claim.evidence_text
    assert claim_keys(rules) <= claim_keys(hybrid)


def test_the_hybrid_never_changes_what_the_rules_extractor_returns() -> None:
    report, mentions = _report_and_mentions()
    before = [claim_to_dict(c) for c in extract_claims(report, mentions)]
    plugins.get_extractor(EXTRACTOR_NAME)(report, mentions)
    extract_with_model(_constant_model({"fighting": 5.0}, 0.5, 0.5), report, mentions)
    assert [claim_to_dict(c) for c in extract_claims(report, mentions)] == before
    assert plugins.get_extractor() is extract_claims
    assert plugins.get_extractor("rules") is extract_claims


def test_hybrid_is_an_optional_extractor_and_unknown_names_list_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plugins, "_entry_points", lambda: [])
    assert callable(plugins.get_extractor("hybrid"))
    with pytest.raises(plugins.UnknownExtractor, match="hybrid"):
        plugins.get_extractor("nope")


def _tiny_gold(tmp_path: Path) -> Path:
    return write_one_strike_gold(tmp_path / "gold.jsonl", "en-test-1", EN_TEXT)


def test_eval_claims_takes_an_extractor_name_and_defaults_to_the_rules(tmp_path: Path) -> None:
    gold = _tiny_gold(tmp_path)
    default = runner.invoke(app, ["eval", "claims", str(gold)])
    rules = runner.invoke(app, ["eval", "claims", str(gold), "--extractor", "rules"])
    assert default.exit_code == 0, default.output
    assert rules.output == default.output
    unknown = runner.invoke(app, ["eval", "claims", str(gold), "--extractor", "nope"])
    assert unknown.exit_code != 0
    assert "hybrid" in unknown.output
