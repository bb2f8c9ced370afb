"""Claim extractors as plug-ins: the built-in rules plus any installed package's extractor.

A package offers an extractor by declaring an entry point in the group ``frontwatch.extractors``
whose object is a callable with the signature of ``extract_claims``::

    [project.entry-points."frontwatch.extractors"]
    mymodel = "mypackage.claims:extract"

Loading an extractor imports its module and nothing else: no download happens here.

Optional extractors shipped with frontwatch itself (``OPTIONAL_BUILTINS``) are found by
``get_extractor`` and imported only when asked for; "hybrid" is the rules plus a small learned
sentence classifier whose model ships in ``data/models/`` (docs/learned-extractor.md). "rules" stays
the default.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points

from frontwatch.claims.extract import extract_claims
from frontwatch.model import Claim, PlaceMention, Report

ENTRY_POINT_GROUP = "frontwatch.extractors"
BUILTIN_NAME = "rules"

Extractor = Callable[[Report, list[PlaceMention]], list[Claim]]


def _hybrid(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
    # Imported on first call: numpy and the model file are loaded only when "hybrid" is used.
    from frontwatch.claims.learned.inference import extract_hybrid

    return extract_hybrid(report, mentions)


#: Extractors frontwatch ships besides "rules", by name; an installed entry point cannot replace them.
OPTIONAL_BUILTINS: dict[str, Extractor] = {"hybrid": _hybrid}


class UnknownExtractor(KeyError):
    """No extractor of that name is installed."""


def _entry_points() -> list[EntryPoint]:
    return list(entry_points(group=ENTRY_POINT_GROUP))


def available_extractors() -> dict[str, Extractor]:
    """Extractors by name: "rules" and every installed entry point (which cannot replace "rules").

    The optional built-ins are not listed here (``get_extractor`` knows them): listing them would make
    every caller pay for nothing, and this is the list of what the environment adds.
    """
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
    if name in OPTIONAL_BUILTINS:
        return OPTIONAL_BUILTINS[name]
    extractors = available_extractors()
    if name not in extractors:
        known = sorted({*extractors, *OPTIONAL_BUILTINS})
        raise UnknownExtractor(f"no claim extractor {name!r}; installed: {', '.join(known)}")
    return extractors[name]
