"""Input limits: the documented maximum raises a clear error; every fixture's spans are valid.

The size check comes before any work, so the over-limit test costs only the string it builds.
The boundary itself is tested with the limit lowered, to keep the suite fast.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressparse
import pressparse.pipeline
from pressparse import InputTooLarge, PressparseError
from pressparse.cli import main
from pressparse.spans import iter_mentions

ROOT = Path(__file__).resolve().parent.parent
RELEASES = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/*.txt"))


def test_limit_is_public_and_documented() -> None:
    assert pressparse.MAX_INPUT_CHARS == 10_000_000
    assert "MAX_INPUT_CHARS" in pressparse.__all__
    assert InputTooLarge.__doc__ and "MAX_INPUT_CHARS" in InputTooLarge.__doc__


def test_above_the_limit_raises_input_too_large() -> None:
    text = "a" * (pressparse.MAX_INPUT_CHARS + 1)
    with pytest.raises(InputTooLarge) as info:
        pressparse.parse(text)
    assert isinstance(info.value, PressparseError) and isinstance(info.value, ValueError)
    assert f"{pressparse.MAX_INPUT_CHARS:,}" in str(info.value)


@pytest.mark.parametrize("limit", [0, 1, 50])
def test_boundary(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    monkeypatch.setattr(pressparse.pipeline, "MAX_INPUT_CHARS", limit)
    record = pressparse.parse("x" * limit)
    assert record.warnings == [] or all(isinstance(w, str) for w in record.warnings)
    with pytest.raises(InputTooLarge):
        pressparse.parse("x" * (limit + 1))


@pytest.mark.parametrize("value", [b"bytes are not text", None, 12, ["a list"]])
def test_non_text_is_a_pressparse_error(value: object) -> None:
    with pytest.raises(PressparseError):
        pressparse.parse(value)  # type: ignore[arg-type]


def test_cli_turns_an_oversized_file_into_an_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "big.txt").write_text("Customs " * 200, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out), "-j", "1", "-q", "--max-bytes", "1000"]) == 1
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["error"]["type"] == "InputTooLarge"
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("path", RELEASES, ids=[p.stem[:40] for p in RELEASES])
def test_every_fixture_span_is_its_source_slice(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    record = pressparse.parse(text)
    spans = list(iter_mentions(record))
    assert spans, "a real release yields at least one span"
    for where, m in spans:
        assert 0 <= m.start <= m.end <= len(text), where
        assert text[m.start : m.end] == m.text, where
        assert m.rule, f"{where}: every span names the rule that found it"
