"""Probes for the round-13 channel side (claims/channels.py, the ``channel_side`` of a post's meta).

A Telegram export is read through the real intake (``frontwatch.ingest.read_file``); the side its
channel writes for is read once from all its posts and its name, and a post that shows no side of its
own ("Our drones hit the enemy's dugout") is read from that side:

- a post without any sign takes the side the channel's other posts show (slurs, salutes, the other
  side's name only one side's channels use);
- a post that shows a side itself keeps it, even against the channel's other posts;
- a channel whose posts show both sides, or a group chat with several authors, gets no side.

The posts and channel names are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from frontwatch.claims import extract_claims
from frontwatch.claims.channels import channel_side, mark_channel_sides
from frontwatch.ingest import IngestOptions, read_file
from frontwatch.model import Report


def _export(tmp_path: Path, name: str, posts: list[str], authors: list[str] | None = None) -> list[Report]:
    messages: list[dict[str, Any]] = [
        {
            "id": index,
            "type": "message",
            "date": f"2024-02-{10 + index:02d}T08:00:00",
            "from": (authors[index - 1] if authors else name),
            "text": text,
        }
        for index, text in enumerate(posts, start=1)
    ]
    path = tmp_path / "result.json"
    export = {"name": name, "type": "public_channel", "id": 4242, "messages": messages}
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    reports = read_file(path, IngestOptions())
    mark_channel_sides(reports)  # the pipeline's step after reading a file
    return reports


def _sides(report: Report, event_type: str) -> set[str | None]:
    return {c.actor_side for c in extract_claims(report, []) if c.event_type == event_type}


# --- a post without a sign takes its channel's side ---------------------------------------------


def test_english_channel_side_from_a_salute_in_another_post(tmp_path: Path) -> None:
    reports = _export(
        tmp_path,
        "Eastern Ridge Notes",
        [
            "Quiet night on the ridge. Glory to Ukraine!",
            "Our drones destroyed an enemy ammunition depot overnight.",
        ],
    )
    assert [r.meta.get("channel_side") for r in reports] == ["UA", "UA"]
    assert _sides(reports[1], "strike") == {"UA"}


def test_english_pro_russian_channel_reads_the_enemy_as_ukrainian(tmp_path: Path) -> None:
    reports = _export(
        tmp_path,
        "Steppe Dispatch",
        [
            "The ukrops shelled the outskirts again this morning.",
            "The enemy shelled our trenches near the crossroads at dawn.",
        ],
    )
    assert reports[1].meta.get("channel_side") == "RU"
    assert _sides(reports[1], "strike") == {"UA"}


def test_russian_language_ukrainian_channel_is_not_read_as_russian(tmp_path: Path) -> None:
    # A Russian-language post is read as RU by default (``default_speaker_side``); a channel whose
    # other posts call the Russians "орки" writes for Ukraine, so its "противник" is the Russian army.
    reports = _export(
        tmp_path,
        "Слобожанский дозор",
        [
            "Орки снова крутятся у посадки, держим ухо востро.",
            "Противник пытался наступать на рассвете, но откатился.",
        ],
    )
    assert reports[1].meta.get("channel_side") == "UA"
    assert _sides(reports[1], "advance") == {"RU"}


def test_german_channel_side_from_a_name_for_the_occupier(tmp_path: Path) -> None:
    reports = _export(
        tmp_path,
        "Lagezentrum Süd",
        [
            "Die Besatzer haben in der Nacht wieder Wohnhäuser beschossen.",
            "Unsere Drohnen haben einen Munitionsbunker des Gegners zerstört.",
        ],
    )
    assert reports[1].meta.get("channel_side") == "UA"
    assert _sides(reports[1], "strike") == {"UA"}


def test_the_channel_name_counts_as_evidence(tmp_path: Path) -> None:
    reports = _export(tmp_path, "Полевая почта Z", ["Наши артиллеристы отработали по позициям противника."])
    assert reports[0].meta.get("channel_side") == "RU"


# --- what the channel side must not do ----------------------------------------------------------


def test_a_post_that_shows_its_own_side_keeps_it(tmp_path: Path) -> None:
    # The channel writes "орки" in two posts; a third post in the other side's vocabulary is a
    # repost or a quote of the other side, and is read by its own words.
    reports = _export(
        tmp_path,
        "Новости края",
        [
            "Орки опять обстреляли окраину.",
            "Орки подтягивают технику.",
            "Укропы пытались наступать, наши отбили атаку.",
        ],
    )
    assert channel_side(reports) is None  # the posts disagree: no channel side at all
    assert all("channel_side" not in r.meta for r in reports)
    assert _sides(reports[2], "advance") == {"UA"}


def test_a_channel_whose_posts_disagree_gets_no_side(tmp_path: Path) -> None:
    reports = _export(
        tmp_path,
        "Frontline Mixed Feed",
        [
            "The orcs shelled the bridge again.",
            "The khokhols lost another position.",
            "Our drones hit the enemy's dugout near the bridge.",
        ],
    )
    assert all("channel_side" not in r.meta for r in reports)
    assert _sides(reports[2], "strike") == {None}


def test_a_group_chat_with_several_authors_has_no_channel_side(tmp_path: Path) -> None:
    reports = _export(
        tmp_path,
        "Frontline Discussion",
        ["The orcs shelled the bridge again.", "Our drones hit the enemy's dugout near the bridge."],
        authors=["Andrii", "Mark"],
    )
    assert all("channel_side" not in r.meta for r in reports)


def test_a_channel_flag_against_its_posts_gives_no_side(tmp_path: Path) -> None:
    reports = _export(
        tmp_path, "Frontovik 🇷🇺", ["The orcs shelled the bridge again.", "Our guns answered at once."]
    )
    assert all("channel_side" not in r.meta for r in reports)


# --- the writer's home region is a place, not a party -------------------------------------------


def _post(text: str, lang: str, side: str) -> Report:
    return Report(
        id=f"test-ch-{abs(hash(text)) % 10**8}",
        source="Some Channel",
        raw_text=text,
        clean_text=text,
        format="telegram",
        origin="test",
        lang=lang,
        meta={"from": "Some Channel", "channel_side": side},
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Russian units keep pulling back out of our region towards the border."),
        ("de", "Die russischen Einheiten ziehen sich weiter aus unserem Gebiet zurück."),
        ("ru", "Русские части продолжают уходить из нашего района к границе."),
        ("uk", "Російські підрозділи й далі відходять з нашої громади до кордону."),
    ],
)
def test_our_region_after_a_withdrawal_is_not_its_actor(lang: str, text: str) -> None:
    # A channel of Ukraine (``channel_side``) writes "our region": the home it is withdrawn from.
    assert _sides(_post(text, lang, "UA"), "withdrawal") == {"RU"}


def test_the_channel_side_is_stored_with_the_report(tmp_path: Path) -> None:
    # Kept in the report's JSON meta: no new column, and a database ingested before reads as before.
    from frontwatch.pipeline import ingest_into
    from frontwatch.store import open_store

    _export(tmp_path, "Eastern Ridge Notes", ["Glory to Ukraine!", "Our drones hit the enemy's dugout."])
    store = open_store(tmp_path / "fw.sqlite")
    try:
        summary = ingest_into(store, [tmp_path / "result.json"], IngestOptions())
        assert summary.ok
        stored = list(store.iter_reports())
    finally:
        store.close()
    assert {r.meta.get("channel_side") for r in stored} == {"UA"}
