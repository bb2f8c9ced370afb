"""Claim extractors as plug-ins: the built-in rules plus any installed package's extractor.

A package offers an extractor by declaring an entry point in the group ``frontwatch.extractors``
whose object is a callable with the signature of ``extract_claims``::

    [project.entry-points."frontwatch.extractors"]
    mymodel = "mypackage.claims:extract"

Loading an extractor imports its module and nothing else: no download happens here.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points

from frontwatch.claims.extract import extract_claims
from frontwatch.model import Claim, PlaceMention, Report

ENTRY_POINT_GROUP = "frontwatch.extractors"
BUILTIN_NAME = "rules"

Extractor = Callable[[Report, list[PlaceMention]], list[Claim]]


class UnknownExtractor(KeyError):
    """No extractor of that name is installed."""


def _entry_points() -> list[EntryPoint]:
    return list(entry_points(group=ENTRY_POINT_GROUP))


def available_extractors() -> dict[str, Extractor]:
    """Extractors by name: "rules" and every installed entry point (which cannot replace "rules")."""
    found: dict[str, Extractor] = {BUILTIN_NAME: extract_claims}
    for entry_point in _entry_points():
        if entry_point.name == BUILTIN_NAME:
            continue
        loaded = entry_point.load()
        if not callable(loaded):
            raise TypeError(f"entry point {entry_point.name!r} of {ENTRY_POINT_GROUP} is not callable")
        found[entry_point.name] = loaded
    return found


def get_extractor(name: str = BUILTIN_NAME) -> Extractor:
    """The extractor called ``name``; raises UnknownExtractor listing what is installed."""
    if name == BUILTIN_NAME:
        return extract_claims
    extractors = available_extractors()
    if name not in extractors:
        raise UnknownExtractor(f"no claim extractor {name!r}; installed: {', '.join(sorted(extractors))}")
    return extractors[name]
