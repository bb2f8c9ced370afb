"""``settle_for_batch_run``: the garbage-collector set-up of the command line and the benchmark."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from frontwatch.pipeline import BATCH_GC_THRESHOLD, settle_for_batch_run


@pytest.fixture
def restored_gc() -> Iterator[None]:
    threshold = gc.get_threshold()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


@pytest.mark.usefixtures("restored_gc")
def test_batch_run_freezes_what_is_loaded_and_raises_only_the_young_threshold() -> None:
    gc.unfreeze()
    _, middle, oldest = gc.get_threshold()
    loaded = [{"form": str(n)} for n in range(1000)]  # stands for the gazetteer's objects
    settle_for_batch_run()
    assert gc.get_threshold() == (BATCH_GC_THRESHOLD, middle, oldest)
    assert gc.get_freeze_count() >= len(loaded)
    # Frozen objects are out of the collector's generations: full collections no longer walk them.
    in_generations = {id(obj) for obj in gc.get_objects()}
    assert not any(id(item) in in_generations for item in loaded)


@pytest.mark.usefixtures("restored_gc")
def test_cyclic_garbage_made_after_settling_is_still_collected() -> None:
    settle_for_batch_run()

    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

    first, second = Node(), Node()
    first.other, second.other = second, first
    alive = len([obj for obj in gc.get_objects() if isinstance(obj, Node)])
    del first, second
    gc.collect()
    assert alive == 2
    assert not [obj for obj in gc.get_objects() if isinstance(obj, Node)]
