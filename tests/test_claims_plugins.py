"""The extractor plug-in point: the built-in rules plus entry points of installed packages."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

from frontwatch.claims import plugins
from frontwatch.claims.extract import extract_claims
from frontwatch.model import Claim, PlaceMention, Report


def fake_extractor(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
    """Stands for a third-party extractor; returns nothing."""
    return []


NOT_CALLABLE = 42


def test_rules_is_always_available() -> None:
    assert plugins.available_extractors()["rules"] is extract_claims
    assert plugins.get_extractor() is extract_claims
    assert plugins.get_extractor("rules") is extract_claims


def test_entry_point_extractor_is_discovered(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = EntryPoint(name="fake", value=f"{__name__}:fake_extractor", group=plugins.ENTRY_POINT_GROUP)
    monkeypatch.setattr(plugins, "_entry_points", lambda: [entry])
    extractors = plugins.available_extractors()
    assert set(extractors) == {"rules", "fake"}
    assert plugins.get_extractor("fake") is fake_extractor


def test_an_entry_point_cannot_replace_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = EntryPoint(name="rules", value=f"{__name__}:fake_extractor", group=plugins.ENTRY_POINT_GROUP)
    monkeypatch.setattr(plugins, "_entry_points", lambda: [entry])
    assert plugins.available_extractors()["rules"] is extract_claims


def test_unknown_extractor_names_what_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plugins, "_entry_points", lambda: [])
    with pytest.raises(plugins.UnknownExtractor, match="rules"):
        plugins.get_extractor("nope")


def test_non_callable_entry_point_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = EntryPoint(name="broken", value=f"{__name__}:NOT_CALLABLE", group=plugins.ENTRY_POINT_GROUP)
    monkeypatch.setattr(plugins, "_entry_points", lambda: [entry])
    with pytest.raises(TypeError):
        plugins.available_extractors()
