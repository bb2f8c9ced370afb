"""Where the shipped data files live and how they are read: one place for every stage.

Language knowledge sits in ``data/lang/<code>/<topic>.yaml``; the gazetteer extras, the
transliteration rules and the source registry sit beside it. All YAML is read with the C loader
when PyYAML has it (several times faster on the large lexicons, same result).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
LANG_DIR = DATA_DIR / "lang"

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """The parsed content of a YAML file (None for an empty file)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def read_yaml_mapping(path: Path) -> dict[str, Any]:
    """A YAML file whose top level must be a mapping; an empty file is an empty mapping."""
    data = read_yaml(path) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data
