"""Where the shipped data files live and how they are read: one place for every stage.

Language knowledge sits in ``data/lang/<code>/<topic>.yaml``; the gazetteer extras, the
transliteration rules and the source registry sit beside it. All YAML is read with the C loader
when PyYAML has it (several times faster on the large lexicons, same result).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
LANG_DIR = DATA_DIR / "lang"

_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _WordSafeLoader(_BASE_LOADER):
    """The safe loader, with YAML 1.2 booleans: only true/false are booleans. YAML 1.1 also reads
    on/off/yes/no/y/n as booleans, which turned words of the lexicons into True/False (the English
    particle "off", the preposition "on", the abbreviation "No.")."""


_WordSafeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BASE_LOADER.yaml_implicit_resolvers.items()
}
_WordSafeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_LOADER: Any = _WordSafeLoader


def read_yaml(path: Path) -> Any:
    """The parsed content of a YAML file (None for an empty file)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def read_yaml_mapping(path: Path) -> dict[str, Any]:
    """A YAML file whose top level must be a mapping; an empty file is an empty mapping."""
    data = read_yaml(path) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data
