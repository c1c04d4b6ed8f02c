"""The eval runner: file discovery, report, table, and the command-line glue's exit codes."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pressparse import PressRelease
from pressparse.evaluation import FIGURE_KEYS, add_eval_arguments, evaluate, parse_min, run_eval

GUIDE_FIGURES = {
    "people", "organizations", "initiatives", "events", "entities_micro", "title", "published",
    "person_title", "person_affiliation", "primary_found", "primary_kind", "primary_start",
    "primary_end", "primary_city", "primary_country", "docs",
}

GOLD_A: dict[str, Any] = {
    "title": "Customs Leaders Meet in Lisbon", "published": "2021-05-04", "language": "en",
    "events": [{"name": "Customs Leaders Meeting", "kind": "meeting", "start": "2021-05-03",
                "end": "2021-05-03", "venue": None, "city": "Lisbon", "country": "Portugal", "primary": True}],
    "people": [{"name": "Amara Okafor", "honorific": "Ms.", "title": "Director General",
                "affiliation": "WCO", "country": None}],
    "organizations": [{"name": "World Customs Organization", "acronym": "WCO"}],
    "initiatives": [],
}
GOLD_B: dict[str, Any] = {
    "title": None, "published": None, "language": "en", "events": [], "people": [],
    "organizations": [{"name": "Ministry of Finance", "acronym": None}], "initiatives": [],
}


def write_corpus(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("Customs Leaders Meet in Lisbon\n", encoding="utf-8")
    (root / "a.gold.json").write_text(json.dumps(GOLD_A), encoding="utf-8")
    (root / "sub" / "b.txt").write_text("A note.\n", encoding="utf-8")
    (root / "sub" / "b.gold.json").write_text(json.dumps(GOLD_B), encoding="utf-8")
    (root / "no-gold.txt").write_text("Ignored.\n", encoding="utf-8")
    return root


def fake_parser(path: Path) -> PressRelease:
    """Gets a.txt half right (title, the WCO, the person with a wrong title) and b.txt empty."""
    if path.name == "a.txt":
        return PressRelease.model_validate({
            "title": "Customs leaders meet in Lisbon", "published": "2021-05",
            "people": [{"name": "A. Okafor", "title": "Chair", "affiliation": "World Customs Organization"}],
            "organizations": [{"name": "WCO"}, {"name": "Lisbon Port Authority"}],
        })
    return PressRelease()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


def test_evaluate_figures(corpus: Path) -> None:
    report = evaluate([corpus], parser=fake_parser)
    f = report.figures
    assert set(f) == GUIDE_FIGURES
    assert f["docs"] == 2
    assert f["people"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert f["organizations"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert f["events"] == {"p": 1.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
    assert f["entities_micro"] == {"p": 0.6667, "r": 0.5, "f1": 0.5714, "tp": 2, "fp": 1, "fn": 2}
    assert f["title"] == {"acc": 1.0, "n": 2}
    assert f["published"] == {"acc": 0.5, "n": 2}
    assert f["person_title"] == {"acc": 0.0, "n": 1}
    assert f["person_affiliation"] == {"acc": 1.0, "n": 1}  # tied by the gold org entry
    assert f["primary_found"] == {"acc": 0.0, "n": 1}
    assert f["initiatives"]["p"] == 1.0 and f["initiatives"]["r"] == 1.0


def test_per_doc_lists_misses_and_wrong_fields(corpus: Path) -> None:
    report = evaluate([corpus], parser=fake_parser)
    assert [Path(d["doc"]).name for d in report.per_doc] == ["a.txt", "b.txt"]
    a, b = report.per_doc
    assert a["organizations"]["spurious"] == [{"name": "Lisbon Port Authority", "acronym": None}]
    assert a["events"]["missed"][0]["name"] == "Customs Leaders Meeting"
    wrong = {w["field"]: w for w in a["wrong"]}
    assert wrong["published"] == {"field": "published", "gold": "2021-05-04", "pred": "2021-05"}
    assert wrong["person_title"]["item"] == "Amara Okafor"
    assert b["organizations"]["missed"] == [{"name": "Ministry of Finance", "acronym": None}]
    text = report.per_doc_text()
    assert "organizations spurious: Lisbon Port Authority" in text
    assert "published: gold '2021-05-04' pred '2021-05'" in text


def test_table_rows(corpus: Path) -> None:
    table = evaluate([corpus], parser=fake_parser).table()
    rows = {line.split()[0]: line.split()[1:] for line in table.splitlines() if line.strip()}
    assert rows["organizations"] == ["0.500", "0.500", "0.500", "1", "1", "1"]
    assert rows["published"] == ["0.500", "2"]
    assert rows["primary_city"] == ["0.000", "1"]
    assert rows["docs"] == ["2"]


def test_parser_error_counts_as_empty_prediction(corpus: Path) -> None:
    def broken(path: Path) -> PressRelease:
        raise RuntimeError("boom")

    report = evaluate([corpus], parser=broken)
    assert report.figures["organizations"]["tp"] == 0
    assert report.per_doc[0]["error"] == "RuntimeError: boom"


def test_file_argument_and_no_duplicates(corpus: Path) -> None:
    report = evaluate([corpus, corpus / "a.txt"], parser=fake_parser)
    assert report.figures["docs"] == 2
    assert evaluate([corpus / "a.txt"], parser=fake_parser).figures["docs"] == 1


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(importlib.import_module("pressparse.evaluation"), "parse_file", fake_parser)
    parser = argparse.ArgumentParser()
    add_eval_arguments(parser)
    return run_eval(parser.parse_args(argv))


def test_cli_json_names(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    assert run([str(corpus), "--json", str(out), "--per-doc"], monkeypatch) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures) == GUIDE_FIGURES
    assert set(figures["people"]) == {"p", "r", "f1", "tp", "fp", "fn"}
    assert set(figures["primary_end"]) == {"acc", "n"}
    stdout = capsys.readouterr().out
    assert "entities_micro" in stdout and "== " in stdout


@pytest.mark.parametrize("mins, code", [
    (["people.f1=1"], 0),
    (["people.f1=0.9", "published.acc=0.5"], 0),
    (["organizations.f1=0.6"], 1),
    (["published.acc=0.75"], 1),
    (["docs=3"], 1),
    (["people.f1"], 2),          # no =
    (["people.f2=0.5"], 2),      # unknown figure
    (["people.f1=high"], 2),     # not a number
])
def test_cli_min_exit_codes(corpus: Path, mins: list[str], code: int, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    argv = [str(corpus)]
    for m in mins:
        argv += ["--min", m]
    assert run(argv, monkeypatch) == code
    err = capsys.readouterr().err
    if code == 1:
        assert "below minimum: " + mins[0].split("=")[0] in err
    if code == 2:
        assert "Traceback" not in err and "--min" in err


def test_cli_null_figure_fails_minimum(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "b.txt").write_text("x", encoding="utf-8")
    (root / "b.gold.json").write_text(json.dumps(GOLD_B), encoding="utf-8")
    assert run([str(root), "--min", "primary_kind.acc=0.1"], monkeypatch) == 1


def test_cli_missing_dir_and_empty_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(tmp_path / "nowhere")], monkeypatch) == 2
    assert "no such directory" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert run([str(tmp_path / "empty")], monkeypatch) == 2


def test_cli_bad_gold_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "x.gold.json").write_text("{not json", encoding="utf-8")
    assert run([str(tmp_path)], monkeypatch) == 2
    assert "x.gold.json" in capsys.readouterr().err


def test_parse_min_and_keys() -> None:
    assert parse_min("entities_micro.p=0.25") == ("entities_micro.p", 0.25)
    assert {"people.f1", "published.acc", "primary_country.n", "docs"} <= set(FIGURE_KEYS)


def test_module_runs_as_script(corpus: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "pressparse.evaluation", str(corpus)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "docs" in proc.stdout and "entities_micro" in proc.stdout
