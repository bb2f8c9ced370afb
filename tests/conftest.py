"""Shared fixtures: reports built directly (no ingest needed) and a store in a temporary folder."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from frontwatch.model import Report
from frontwatch.places import Gazetteer, load_gazetteer
from frontwatch.store import SQLiteStore, open_store

# An agency-style report written for these tests, and the edits syndication typically makes.
ARTICLE = (
    "Ukrainian forces have pushed deeper into the Kharkiv region this week, according to the General "
    "Staff in Kyiv.\n"
    "Troops entered Balakliia on Tuesday after several days of fighting on the approaches to the town, "
    "officials said.\n"
    "Residents who stayed through the occupation came out onto the streets to greet the soldiers, and "
    "local video showed a flag being raised over the town council.\n"
    "The advance continued east toward Kupiansk, a rail hub through which Russian units in the area "
    "receive most of their supplies.\n"
    "Military analysts said the speed of the operation had surprised Moscow, which had moved reserves "
    "south to defend positions near Kherson.\n"
    "A spokesperson for the Russian defence ministry did not comment on losses but said reinforcements "
    "were on their way to the region.\n"
    "The regional governor urged people not to return to liberated villages until sappers had cleared "
    "the mines left behind by the retreating forces."
)
ARTICLE_INTRO = ARTICLE.split("\n", 1)[0]

SYNDICATED_VARIANTS = {
    "new_headline": "Counteroffensive gathers pace near Kharkiv\n" + ARTICLE,
    "changed_intro": ARTICLE.replace(
        ARTICLE_INTRO,
        "The Ukrainian army has made further gains in the north-east of the country, the General Staff "
        "reported on Thursday.",
    ),
    "teaser_and_headline": (
        "Kharkiv: the front moves east\nRead also: the latest on the war in our live blog\n" + ARTICLE
    ),
}

# Same topic, same places, different text: must never be linked to ARTICLE.
OTHER_ARTICLE = (
    "Russian units shelled the outskirts of Kharkiv overnight, the regional governor said on Wednesday.\n"
    "Two people were injured when a rocket hit a residential building in the north of the city, and "
    "power was cut in several districts.\n"
    "In the Kharkiv region, fighting continued near Izium, where Ukrainian forces reported repelling "
    "several attacks.\n"
    "The General Staff in Kyiv said Russian troops were bringing reserves to the area to hold the road "
    "toward Kupiansk.\n"
    "Residents of villages near the front line were urged to evacuate before winter."
)


def require_stages(*names: str) -> None:
    """Skip the calling test unless every ``module.name`` can be imported (stages land separately)."""
    from frontwatch.pipeline import StageUnavailableError, require

    for dotted in names:
        module, name = dotted.rsplit(".", 1)
        try:
            require(module, name)
        except StageUnavailableError as error:
            pytest.skip(str(error))


def make_id(clean_text: str, source: str) -> str:
    return hashlib.sha256(f"{clean_text}\x00{source}".encode()).hexdigest()[:32]


ReportFactory = Callable[..., Report]


@pytest.fixture
def make_report() -> ReportFactory:
    """Build a Report directly; keyword arguments override the defaults."""
    counter = iter(range(1_000_000))

    def factory(text: str | None = None, source: str = "Test Agency", **fields: Any) -> Report:
        if text is None:
            text = f"Report number {next(counter)} about shelling near Izium and Kupiansk."
        values: dict[str, Any] = {
            "id": make_id(text, source),
            "source": source,
            "raw_text": text,
            "clean_text": text,
            "format": "text",
            "origin": f"/data/{source.replace(' ', '_')}.txt",
            "lang": "en",
            "published": datetime(2022, 9, 9, 12, 0, tzinfo=UTC),
            "ingested_at": datetime(2022, 9, 10, 8, 30, tzinfo=UTC),
        }
        values.update(fields)
        return Report(**values)

    return factory


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(store_path: Path) -> Iterator[SQLiteStore]:
    opened = open_store(store_path)
    assert isinstance(opened, SQLiteStore)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The embedded gazetteer (built once and cached on disk; loading it is cheap after that)."""
    return load_gazetteer()
