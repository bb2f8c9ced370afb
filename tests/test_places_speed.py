"""The place resolver's fast paths must resolve exactly as the plain code they shortcut.

- ``_propagate_list_oblasts`` returns at once when no mention has a pending oblast reading;
- ``_coherence`` reads the distance cache inline instead of calling ``_pair_coherence`` per pair.

The plain versions are kept here as references; resolving varied reports with them monkeypatched in
must give the same mentions.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from pathlib import Path

import pytest

from frontwatch.model import Place, PlaceMention, Report
from frontwatch.places import resolve as resolve_module
from frontwatch.places.gazetteer import Gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import run as bench_run  # the benchmark's report generator: four languages, real places

# Written for this test: lists of region names (the oblast reading), capitals alone (the city), rivers.
HANDWRITTEN = [
    "Strikes were reported across the Kharkiv, Sumy and Donetsk regions overnight.",
    "Kharkiv and Sumy were quiet, while Izium and Balakliia saw fighting.",
    "In den Gebieten Charkiw und Donezk sowie in Luhansk wurde gekämpft, in Charkiw selbst nicht.",
    "Обстріли зафіксовано в Харківській та Донецькій областях, а також у Харкові.",
    "Удары пришлись на Харьков и Сумы; в Белгороде объявили тревогу.",
    "Ukrainian units crossed the Oskil near Kupiansk and moved toward Borova and Izium.",
    "Fighting continued near Lyman, Siversk and Bakhmut in the Donetsk direction.",
]


def plain_propagate_list_oblasts(mentions: list[resolve_module._Mention], folded: str) -> None:
    """``_propagate_list_oblasts`` without its early return."""
    words = resolve_module._context_words()
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(mentions)
        if a.sentence == b.sentence
        and resolve_module._is_list_gap(folded[a.match.end : b.match.start], words.list_links)
    ]
    sources = {
        id(m)
        for m in mentions
        if m.candidates
        and all(p.feature == "oblast" for p in m.candidates)
        and any(w in words.plural_region_words for w in re.findall(r"\w+", m.match.key))
    }
    changed = True
    while changed:
        changed = False
        for a, b in pairs:
            for source, target in ((a, b), (b, a)):
                if target.pending_oblasts and id(source) in sources:
                    target.candidates = target.pending_oblasts
                    target.pending_oblasts = []
                    target.context_note = f"in a list with '{source.match.text}'"
                    sources.add(id(target))
                    changed = True


def plain_coherence(
    mention: resolve_module._Mention, anchors: dict[str, tuple[Place, set[str]]]
) -> dict[str, tuple[float, str]]:
    """``_coherence`` calling ``_pair_coherence`` for every pair."""
    own_ids = {p.id for p in mention.candidates}
    own_keys = {mention.match.key}
    usable = [
        anchor
        for anchor, keys in anchors.values()
        if keys != own_keys and anchor.id not in own_ids and anchor.feature == "settlement"
    ]
    bonus: dict[str, tuple[float, str]] = {}
    if not usable:
        return bonus
    for place in mention.candidates:
        if place.feature != "settlement":
            continue
        best_value = -1.0
        best_anchor: Place | None = None
        best_distance = 0.0
        for anchor in usable:
            distance, value = resolve_module._pair_coherence(place, anchor)
            if best_anchor is None or value > best_value:
                best_value, best_anchor, best_distance = value, anchor, distance
        if best_anchor is not None:
            bonus[place.id] = (best_value, f"{best_distance:.0f} km from {best_anchor.name}")
    return bonus


def _reports() -> list[Report]:
    rng = random.Random(3)
    texts = [*HANDWRITTEN]
    for _ in range(120):
        texts.append(bench_run.synthetic_report(rng, rng.choice(sorted(bench_run.TEMPLATES))))
    return [
        Report(id=f"r{n}", source="test", raw_text=text, clean_text=text, format="text", origin="test")
        for n, text in enumerate(texts)
    ]


def _resolve_all(gazetteer: Gazetteer) -> list[list[PlaceMention]]:
    return [resolve_module.resolve_places(report, gazetteer) for report in _reports()]


def test_fast_paths_resolve_like_the_plain_code(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _resolve_all(gazetteer)
    with monkeypatch.context() as patched:
        patched.setattr(resolve_module, "_propagate_list_oblasts", plain_propagate_list_oblasts)
        patched.setattr(resolve_module, "_coherence", plain_coherence)
        resolve_module._COHERENCE_BY_PAIR.clear()
        plain = _resolve_all(gazetteer)
    assert fast == plain
    # The reports exercise both paths: a list that turns capitals into oblasts, and multi-reading names.
    reasons = [mention.reason for mentions in fast for mention in mentions]
    assert any(reason.startswith("in a list with") for reason in reasons)
    assert any(" km from " in reason for reason in reasons)
