"""Read-only access to the data files in `pressparse/data`, each loaded once.

Text vocabularies (`.txt`): one entry per line; `#` starts a comment; the header comment states
what the file may include and where the list comes from. Structured data is JSON.
Language-specific words live in `data/<lang>/`; language-neutral gazetteers in `data/`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any


def _read(relpath: str) -> str:
    return resources.files("pressparse").joinpath("data", *relpath.split("/")).read_text(encoding="utf-8")


@cache
def entries(relpath: str) -> tuple[str, ...]:
    """Entries of a `.txt` vocabulary, in file order, comments and blanks dropped."""
    out: list[str] = []
    for line in _read(relpath).splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@cache
def words(relpath: str) -> frozenset[str]:
    return frozenset(entries(relpath))


@cache
def lowered(relpath: str) -> frozenset[str]:
    return frozenset(e.lower() for e in entries(relpath))


@cache
def table(relpath: str) -> MappingProxyType[str, str]:
    """A `key = value` (or `key<TAB>value`) vocabulary as a read-only mapping."""
    out: dict[str, str] = {}
    for e in entries(relpath):
        sep = "\t" if "\t" in e else "="
        key, _, value = e.partition(sep)
        out[key.strip()] = value.strip()
    return MappingProxyType(out)


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


@cache
def load_json(relpath: str) -> Any:
    """Parsed JSON, frozen: objects become read-only mappings and arrays tuples."""
    return _freeze(json.loads(_read(relpath)))


def language_file(lang: str, name: str) -> str:
    return f"{lang}/{name}"
