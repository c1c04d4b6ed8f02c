"""The command line, in-process: parse, schema, validate, eval wiring, help, version, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressparse import __version__, records
from pressparse.cli import main, parse_args
from pressparse.models import PressRelease

RELEASE = """Customs laboratories meet in Nairobi

14 June 2023

Chemists from nine Customs laboratories met in Nairobi, Kenya, from 5 to 7 June 2023.
Ms. Amara Okafor, Head of the Laboratory Unit, opened the meeting.
"""
COMMANDS = ("parse", "batch", "check", "schema", "validate", "show", "eval")


@pytest.fixture
def release(tmp_path: Path) -> Path:
    p = tmp_path / "release.txt"
    p.write_text(RELEASE, encoding="utf-8")
    return p


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"pressparse {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_shows_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "example:" in out and f"pressparse {command}" in out


def test_top_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(c in out for c in COMMANDS) and "example:" in out


def test_parse_args_builds_a_namespace() -> None:
    ns = parse_args(["batch", "a", "b/", "-o", "out.jsonl", "--jobs", "3", "--max-bytes", "2MB"])
    assert (ns.command, ns.inputs, ns.output, ns.jobs, ns.max_bytes) == ("batch", ["a", "b/"], "out.jsonl", 3, 2_000_000)
    assert parse_args(["parse", "x", "--max-bytes", "1KiB"]).max_bytes == 1024


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().err


def test_parse_prints_one_indented_record(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(release)]) == 0
    out = capsys.readouterr().out
    record = json.loads(out)
    assert record["source"] == str(release) and len(record["sha256"]) == 64
    assert record["pressparse_version"] == __version__
    assert out.startswith("{\n  ")
    body = {k: v for k, v in record.items() if k not in records.BATCH_KEYS}
    PressRelease.model_validate(body)


def test_parse_compact_is_one_line(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(release), "--compact"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 1


def test_parse_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RELEASE.encode())))
    assert main(["parse", "-", "--compact", "--published", "2023-06-14"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == "-" and record["published"] == "2023-06-14"


def test_parse_html_from_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    page = (Path(__file__).parent / "data" / "pages" / "capacity-building-mission-html5.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    assert main(["parse", "-"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["text"].startswith("Technical mission supports the modernization of Customs laboratories\n\n")


@pytest.mark.parametrize(
    ("content", "args", "needle"),
    [
        (None, [], "no such file"),
        (b"", [], "empty"),
        (b"\x00\x01binary", [], "binary"),
        (b"x" * 50, ["--max-bytes", "10"], "larger than"),
    ],
)
def test_parse_failure_is_one_line(tmp_path: Path, content: bytes | None, args: list[str], needle: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "in.txt"
    if content is not None:
        p.write_bytes(content)
    assert main(["parse", str(p), *args]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and lines[0].startswith("pressparse parse: error:")


def test_bad_published_date_is_a_usage_error(release: Path) -> None:
    assert main(["parse", str(release), "--published", "13/12/2017"]) == 2


def test_an_internal_error_is_one_line_too(release: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*_: object, **__: object) -> dict[str, object]:
        raise RuntimeError("rule table corrupted")

    monkeypatch.setattr(records, "make_record", broken)
    assert main(["parse", str(release)]) == 1
    err = capsys.readouterr().err
    assert "RuntimeError: rule table corrupted" in err and "Traceback" not in err


def test_schema_is_the_models(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == PressRelease.model_json_schema()


def test_stored_schema_accepts_batch_records(tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(release), str(tmp_path / "empty.txt"), "-o", str(out), "-j", "1", "-q"]) == 1
    capsys.readouterr()
    assert main(["schema", "--stored"]) == 0
    schema = json.loads(capsys.readouterr().out)
    for line in out.read_text().splitlines():
        jsonschema.validate(json.loads(line), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"source": "x", "sha256": None, "pressparse_version": "1", "title": 3}, schema)


def test_validate_good_records(tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    for out in ("o.jsonl", "dir"):
        main(["batch", str(release), str(tmp_path / "empty.txt"), "-o", str(tmp_path / out), "-j", "1", "-q"])
    capsys.readouterr()
    assert main(["validate", str(tmp_path / "o.jsonl"), str(tmp_path / "dir")]) == 0
    assert "4 records, 4 valid, 0 invalid" in capsys.readouterr().out


def test_validate_names_each_bad_record_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = {"source": "a.txt", "sha256": "0" * 64, "pressparse_version": "0", "title": "T"}
    bad_people = {"source": "b.txt", "people": [{"name": "Amara Okafor"}, {"title": "Chief"}]}
    bad_date = {"source": "c.txt", "published": "13 June", "colour": "red"}
    bad_error = {"source": "d.txt", "sha256": "xyz", "pressparse_version": "0", "error": {"type": "X"}}
    lines = [json.dumps(r) for r in (good, bad_people, bad_date, bad_error)] + ["{not json"]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2 (b.txt): people[1].name: Field required" in out
    assert f"{path}:3 (c.txt): published: String should match pattern" in out
    assert f"{path}:3 (c.txt): colour: Extra inputs are not permitted" in out
    assert f"{path}:4 (d.txt): sha256:" in out and f"{path}:4 (d.txt): error.message:" in out
    assert f"{path}:5: (record): not valid JSON" in out
    assert ":1 " not in out
    assert "5 records, 1 valid, 4 invalid" in out


def test_validate_checks_offsets_against_kept_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    span = {"start": 0, "end": 4, "text": "Wxyz", "rule": "r"}
    rec = {"source": "p.html", "text": "Some text", "title": "Some", "evidence": {"title": span}}
    (tmp_path / "p.json").write_text(json.dumps(rec))
    assert main(["validate", str(tmp_path)]) == 1
    assert "evidence.title: span 0-4 does not slice to 'Wxyz'" in capsys.readouterr().out


def test_validate_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["validate", str(tmp_path / "nope.jsonl")]) == 2


def test_eval_is_wired_to_the_scorer(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pressparse.evaluation")
    assert main(["eval", "--help"]) == 0
    assert "example:" in capsys.readouterr().out


def test_eval_without_the_scorer_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "pressparse.evaluation", None)  # as if the module did not exist
    assert main(["parse", "--help"]) == 0  # the rest of the command line does not need it
    assert main(["eval", str(tmp_path)]) == 1
    assert "scorer is not available" in capsys.readouterr().err


def test_python_dash_m(release: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "pressparse", "parse", str(release), "--compact"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"] == str(release)


FRENCH_RELEASE = (
    "L’OMD organise un atelier à Dakar\n\n10 mars 2025\n\n"
    "Le Secrétaire général de l’Organisation mondiale des douanes a ouvert l’atelier régional, "
    "qui s’est tenu du 3 au 5 mars 2025 à Dakar, au Sénégal. Les délégués ont examiné les "
    "propositions des Membres."
)


@pytest.mark.parametrize(("args", "lang"), [([], "fr"), (["--lang", "en"], "en"), (["--lang", "fr"], "fr")])
def test_parse_tells_or_takes_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           args: list[str], lang: str) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH_RELEASE, encoding="utf-8")
    assert main(["parse", str(path), *args]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == lang


def test_batch_takes_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fr.txt").write_text(FRENCH_RELEASE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--jobs", "1", "--lang", "en", "-q"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["language"] == "en"


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "x.txt", "--lang", "de"]) == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err
