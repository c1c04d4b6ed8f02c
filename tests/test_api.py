"""The public API: names, errors, file reading and the record's schema."""

from __future__ import annotations

from pathlib import Path

import pytest

import pressparse
from pressparse import PressRelease, PressparseError

SEED = next(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))


def test_public_names() -> None:
    for name in ("parse", "parse_file", "PressRelease", "Event", "Person", "Organization",
                 "Initiative", "Mention", "PressparseError", "__version__"):
        assert name in pressparse.__all__
        assert hasattr(pressparse, name)


def test_top_level_fields_are_the_guides() -> None:
    dumped = pressparse.parse("").model_dump(mode="json")
    for key in ("title", "published", "language", "events", "people", "organizations", "initiatives"):
        assert key in dumped


def test_parse_file_tolerates_bom(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert pressparse.parse_file(p).model_dump() == pressparse.parse(text).model_dump()


def test_missing_file_error_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(PressparseError, match="nope.txt"):
        pressparse.parse_file(missing)


def test_undecodable_file_error_names_the_file(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\u00e9 r\u00e9union".encode("latin-1"))
    with pytest.raises(pressparse.InputError, match="latin.txt"):
        pressparse.parse_file(p)


def test_bad_arguments_raise_pressparse_error() -> None:
    with pytest.raises(PressparseError):
        pressparse.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(PressparseError, match="ISO"):
        pressparse.parse("text", published="13/12/2017")


def test_oversized_input_raises() -> None:
    with pytest.raises(pressparse.InputTooLarge):
        pressparse.parse("a" * (pressparse.MAX_INPUT_CHARS + 1))


def test_published_argument_overrides_dateline() -> None:
    rec = pressparse.parse("A title\n\n13 December 2017\n\nText.", published="2018-01-05")
    assert rec.published == "2018-01-05"


def _descriptions(schema: dict[str, object], defs: dict[str, object]) -> list[str]:
    missing: list[str] = []
    for name, sub in schema.get("properties", {}).items():  # type: ignore[union-attr]
        if not sub.get("description"):
            missing.append(name)
    return missing


def test_schema_describes_every_field() -> None:
    schema = PressRelease.model_json_schema()
    defs = schema.get("$defs", {})
    missing = _descriptions(schema, defs)
    for dname, d in defs.items():
        missing += [f"{dname}.{m}" for m in _descriptions(d, defs)]
    assert not missing, missing
