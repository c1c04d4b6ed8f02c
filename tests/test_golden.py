"""`pressparse check`: golden-file comparison with a readable per-field diff, and `--update`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressparse.cli import main
from pressparse.golden import diff, golden_pairs, strip_keys

RELEASE = """Forum on Customs data held in Riga

21 September 2022

The forum brought together Mr. Tomasz Wielicki, Director of Data Services, and Ms. Amara Okafor.
"""


@pytest.mark.parametrize(
    ("expected", "got", "lines"),
    [
        ({"title": "A"}, {"title": "A"}, []),
        ({"title": "A"}, {"title": "B"}, ["title: expected 'A', got 'B'"]),
        ({"published": None}, {"published": "2022-09"}, ["published: expected null, got '2022-09'"]),
        ({"a": 1}, {"a": 1, "b": True}, ["b: unexpected true"]),
        ({"a": 1, "b": [1]}, {"a": 1}, ["b: expected [1], missing"]),
        ({"a": 1}, {"a": "1"}, ["a: expected 1, got '1'"]),
        (
            {"people": [{"name": "P", "title": "X"}, {"name": "Q"}, {"name": "R", "title": "X"}]},
            {"people": [{"name": "P", "title": "X"}, {"name": "Q"}, {"name": "R", "title": "Y"}]},
            ["people[2].title: expected 'X', got 'Y'"],
        ),
        (  # a missing person is one line, not a shift of every later entry
            {"people": [{"name": "P"}, {"name": "Q", "title": "T"}, {"name": "R"}]},
            {"people": [{"name": "P"}, {"name": "R"}, {"name": "S"}]},
            ["people[1]: expected 'Q', missing", "people[2]: unexpected 'S'"],
        ),
        (
            {"people": [{"name": "P"}, {"name": "Q"}]},
            {"people": [{"name": "Q"}, {"name": "P"}]},
            ["people: same items in another order"],
        ),
        (
            {"o": [{"mentions": [{"start": 1, "end": 2}]}]},
            {"o": [{"mentions": [{"start": 1, "end": 3}, {"start": 5, "end": 6}]}]},
            ["o[0].mentions[0].end: expected 2, got 3", 'o[0].mentions[1]: unexpected {"start": 5, "end": 6}'],
        ),
        ([1, 2], {"x": 1}, ['(record): expected [1, 2], got {"x": 1}']),
    ],
)
def test_diff_lines(expected: object, got: object, lines: list[str]) -> None:
    assert list(diff(expected, got)) == lines


def test_long_values_are_shortened() -> None:
    (line,) = diff({"t": "x" * 500}, {"t": "y"})
    assert len(line) < 140 and line.endswith("got 'y'")


def test_strip_keys_drops_volatile_and_ignored() -> None:
    rec = {"source": "a", "sha256": "b", "pressparse_version": "c", "title": "T",
           "people": [{"name": "N", "mentions": [{"start": 0, "end": 1, "text": "N", "rule": "r"}]}]}
    assert strip_keys(rec, frozenset({"rule"})) == {
        "title": "T", "people": [{"name": "N", "mentions": [{"start": 0, "end": 1, "text": "N"}]}]}


@pytest.fixture
def golden(tmp_path: Path) -> Path:
    (tmp_path / "forum.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "forum.expected.json").write_text("")  # to be filled by --update
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "other.txt").write_text(RELEASE.replace("Riga", "Tallinn"), encoding="utf-8")
    (tmp_path / "sub" / "other.expected.json").write_text("{}")
    (tmp_path / "lonely.txt").write_text(RELEASE, encoding="utf-8")  # no expected file: made by --update
    return tmp_path


def test_pairs_are_found_recursively(golden: Path) -> None:
    assert [t.name for t, _ in golden_pairs(golden)] == ["forum.txt", "other.txt"]


def test_update_then_check_passes(golden: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(golden)]) == 1
    out = capsys.readouterr().out
    assert "not valid JSON" in out and "FAIL" in out
    assert main(["check", str(golden), "--update"]) == 0
    assert "3 updated" in capsys.readouterr().out
    expected = json.loads((golden / "forum.expected.json").read_text())
    assert expected["language"] == "en" and "sha256" not in expected
    assert main(["check", str(golden)]) == 0
    assert "3 files, 3 matched, 0 failed" in capsys.readouterr().out


def test_a_mismatch_is_a_readable_diff(golden: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(golden), "--update"])
    path = golden / "forum.expected.json"
    expected = json.loads(path.read_text())
    expected["language"] = "lv"
    expected["people"] = [{"name": "Someone Else", "honorific": None}, *expected["people"]]
    path.write_text(json.dumps(expected))
    capsys.readouterr()
    assert main(["check", str(golden)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "forum.txt" in out
    assert "  language: expected 'lv', got 'en'" in out
    assert "  people[0]: expected 'Someone Else', missing" in out
    assert "2 matched, 1 failed" in out


def test_ignore_leaves_keys_out(golden: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(golden), "--update"])
    path = golden / "forum.expected.json"
    expected = json.loads(path.read_text())
    expected["language"] = "lv"
    path.write_text(json.dumps(expected))
    assert main(["check", str(golden), "--ignore", "language"]) == 0


def test_nothing_to_check_fails_and_not_a_folder_is_usage(tmp_path: Path) -> None:
    assert main(["check", str(tmp_path)]) == 1
    assert main(["check", str(tmp_path / "missing")]) == 2


def test_update_creates_the_expected_file_of_a_new_release(golden: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(golden), "--update"])
    capsys.readouterr()
    (golden / "new.txt").write_text("WCO opens a workshop\n\n3 May 2019\n\nThe workshop opened in Lomé, Togo.")
    assert main(["check", str(golden)]) == 0          # without --update a new release is not checked
    assert "3 files" in capsys.readouterr().out
    assert main(["check", str(golden), "--update"]) == 0
    assert "new.expected.json (1 changes)" in capsys.readouterr().out
    assert json.loads((golden / "new.expected.json").read_text())["title"] == "WCO opens a workshop"
    assert main(["check", str(golden)]) == 0
    assert "4 files, 4 matched" in capsys.readouterr().out
