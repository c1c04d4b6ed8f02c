"""`pressparse batch`: outputs, ordering, error records, exit codes, resume and atomic writes."""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from pressparse import __version__, batch
from pressparse.batch import Input, Result, Task, output_names, results
from pressparse.cli import main

RELEASE = """{title}

{day} March 2022

Customs officers from {n} administrations met in Accra, Ghana, for a {kind} on border risk.
The {kind} was opened by Ms. Amara Okafor, Director of Compliance, and Mr. Tomasz Wielicki
presented a new guide on the management of seized goods.
"""
KINDS = ("workshop", "seminar", "training", "meeting", "conference")


def write_releases(folder: Path, count: int, sub: str = "") -> list[Path]:
    out = []
    for i in range(count):
        p = folder / sub / f"release-{i:02d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        kind = KINDS[i % len(KINDS)]
        p.write_text(RELEASE.format(title=f"Regional {kind} number {i}", day=1 + i % 27, n=3 + i, kind=kind),
                     encoding="utf-8")
        out.append(p)
    return out


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Good releases plus one file of each kind that cannot be read."""
    src = tmp_path / "in"
    write_releases(src, 3)
    (src / "empty.txt").write_bytes(b"")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (src / "latin.txt").write_bytes("R\u00e9union \u00e0 Li\u00e8ge".encode("latin-1"))
    (src / "huge.txt").write_bytes(b"Customs news. " * 200)
    (src / "notes.json").write_text("{}")  # not an input type: a folder walk skips it
    return src


def test_jsonl_has_one_record_per_input_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = write_releases(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--jobs", "1"]) == 0
    records = read_jsonl(out)
    assert [r["source"] for r in records] == [p.as_posix() for p in files]
    for r, p in zip(records, files):
        assert r["sha256"] == hashlib.sha256(p.read_bytes()).hexdigest()
        assert r["pressparse_version"] == __version__
        assert "error" not in r and "title" in r and "text" not in r
    err = capsys.readouterr().err
    assert "4 files, 4 records, 0 errors" in err and "docs/s" in err


def test_folder_output_mirrors_input_names(tmp_path: Path) -> None:
    write_releases(tmp_path / "in", 2, sub="2021/march")
    (tmp_path / "in" / "top.md").write_text(RELEASE.format(title="Top", day=2, n=4, kind="forum"))
    out = tmp_path / "records"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "-j", "1", "-q"]) == 0
    made = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert made == ["2021/march/release-00.json", "2021/march/release-01.json", "top.json"]
    rec = json.loads((out / "top.json").read_text())
    assert rec["source"].endswith("in/top.md")


def test_clashing_names_never_overwrite_each_other() -> None:
    inputs = [Input(Path(n), n, PurePosixPath(Path(n).name)) for n in ("a/x.txt", "a/x.md", "b/x.txt")]
    names = [n.as_posix() for n in output_names(inputs)]
    assert names == ["x.txt.json", "x.md.json", "x.txt~2.json"]


@pytest.mark.parametrize("as_folder", [False, True])
def test_output_identical_for_one_and_two_jobs(tmp_path: Path, as_folder: bool) -> None:
    write_releases(tmp_path / "in", 12)
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01\x02")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / (f"out{jobs}" if as_folder else f"out{jobs}.jsonl")
        assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--jobs", jobs, "-q"]) == 1
        outs.append(out)
    if as_folder:
        one = {p.relative_to(outs[0]): p.read_bytes() for p in outs[0].rglob("*.json")}
        two = {p.relative_to(outs[1]): p.read_bytes() for p in outs[1].rglob("*.json")}
        assert one == two and len(one) == 13
    else:
        assert outs[0].read_bytes() == outs[1].read_bytes()
        assert len(read_jsonl(outs[0])) == 13


def test_unreadable_inputs_give_error_records(mixed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(mixed), "-o", str(out), "-j", "1", "--max-bytes", "1000"])
    assert code == 1
    records = {Path(str(r["source"])).name: r for r in read_jsonl(out)}
    assert len(records) == 7  # notes.json is not an input
    types = {name: r["error"]["type"] for name, r in records.items() if "error" in r}
    assert types == {"empty.txt": "EmptyInput", "image.txt": "BinaryInput", "latin.txt": "NotUTF8",
                     "huge.txt": "InputTooLarge"}
    for name in types:
        rec = records[name]
        assert set(rec) == {"source", "sha256", "pressparse_version", "error"}
        assert set(rec["error"]) == {"type", "message"}
        assert rec["sha256"] == hashlib.sha256((mixed / name).read_bytes()).hexdigest()
    err = capsys.readouterr().err
    assert err.count("error:") == 4
    assert "Traceback" not in err
    assert "7 files, 7 records, 4 errors" in err


def test_missing_file_named_explicitly_still_gets_a_record(tmp_path: Path) -> None:
    good = write_releases(tmp_path, 1)[0]
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(good), str(tmp_path / "nope.txt"), "-o", str(out), "-j", "1", "-q"]) == 1
    recs = read_jsonl(out)
    assert recs[1]["error"] == {"type": "Unreadable", "message": "no such file"}
    assert recs[1]["sha256"] is None


def test_globs_and_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_releases(tmp_path / "a", 2, sub="deep")
    pattern = str(tmp_path / "a" / "**" / "*.txt")
    assert main(["batch", pattern, "-o", "-", "-j", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(json.loads(x)["source"].endswith(".txt") for x in lines)


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "-o", "x.jsonl"],                       # no inputs
        ["batch", "in"],                                  # no -o
        ["batch", "in", "-o", "x.jsonl", "--jobs", "0"],
        ["batch", "in", "-o", "x.jsonl", "--max-bytes", "lots"],
        ["batch", "nothing-*.txt", "-o", "x.jsonl"],      # a glob that matches nothing
        ["batch", "in", "-o", "-", "--resume"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    write_releases(tmp_path / "in", 1)
    assert main(args) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_output_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    write_releases(tmp_path / "in", 1)
    (tmp_path / "taken").write_text("x")
    assert main(["batch", str(tmp_path / "in"), "-o", str(tmp_path / "taken"), "-q"]) == 2


@pytest.mark.parametrize("as_folder", [False, True])
def test_resume_skips_unchanged_inputs(tmp_path: Path, as_folder: bool, capsys: pytest.CaptureFixture[str]) -> None:
    files = write_releases(tmp_path / "in", 4)
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    out = tmp_path / ("out" if as_folder else "out.jsonl")
    args = ["batch", str(tmp_path / "in"), "-o", str(out), "-j", "1", "-q"]
    assert main(args) == 1
    before = read_jsonl(out) if not as_folder else None
    files[2].write_text(RELEASE.format(title="Changed headline", day=9, n=9, kind="forum"))
    capsys.readouterr()
    assert main([*args, "--resume"]) == 1
    err = capsys.readouterr().err
    assert "5 files, 5 records, 1 errors" in err and "3 resumed" in err  # error records are retried
    if as_folder:
        rec = json.loads((out / "release-02.json").read_text())
        assert rec["sha256"] == hashlib.sha256(files[2].read_bytes()).hexdigest()
    else:
        after = read_jsonl(out)
        assert [r["source"] for r in after] == [r["source"] for r in before or []]
        by_source = {r["source"]: r for r in after}
        assert before is not None and by_source[files[0].as_posix()] == before[1]  # kept as it was
        assert by_source[files[2].as_posix()]["sha256"] == hashlib.sha256(files[2].read_bytes()).hexdigest()


def test_no_temp_files_left(tmp_path: Path) -> None:
    write_releases(tmp_path / "in", 3)
    for out in (tmp_path / "o.jsonl", tmp_path / "dir"):
        assert main(["batch", str(tmp_path / "in"), "-o", str(out), "-j", "2", "-q"]) == 0
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("as_folder", [False, True])
def test_interrupted_run_leaves_previous_output_whole(tmp_path: Path, as_folder: bool,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    write_releases(tmp_path / "in", 5)
    out = tmp_path / ("dir" if as_folder else "o.jsonl")
    args = ["batch", str(tmp_path / "in"), "-o", str(out), "-j", "1", "-q"]
    assert main(args) == 0
    snapshot = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and "in" not in p.parts}
    real = batch.run_task
    calls = []

    def interrupted(task: Task) -> Result:
        calls.append(task)
        if len(calls) == 3:
            raise KeyboardInterrupt
        res = real(task)
        return Result(res.label, (res.payload or "").replace("Regional", "Changed"), res.error)

    monkeypatch.setattr(batch, "run_task", interrupted)
    assert main(args) == 130
    if not as_folder:  # the JSONL file is replaced only when the batch completes
        assert out.read_bytes() == snapshot[out]
    else:  # each finished record is whole (its own atomic rename); none is half-written
        for p in out.rglob("*.json"):
            json.loads(p.read_text())
    assert temp_files(tmp_path) == []


def crash_on_third(task: Task) -> Result:
    if task.label.endswith("release-03.txt"):
        os._exit(3)  # a worker dying outright (a segfault, the OOM killer)
    return batch.run_task(task)


def test_a_dying_worker_costs_only_its_own_file(tmp_path: Path) -> None:
    files = write_releases(tmp_path, 6)
    tasks = [Task(str(p), p.as_posix(), 10_000, None) for p in files]
    got = list(results(tasks, 2, work=crash_on_third))
    assert [r.label for r in got] == [t.label for t in tasks]
    assert [r.error is not None for r in got] == [False, False, False, True, False, False]
    assert "WorkerCrash" in (got[3].error or "")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("quiet", [False, True])
def test_progress_bar_only_on_a_terminal(tmp_path: Path, quiet: bool) -> None:
    write_releases(tmp_path / "in", 3)
    err = FakeTerminal()
    opts = batch.BatchOptions([str(tmp_path / "in")], str(tmp_path / "o.jsonl"), jobs=1, quiet=quiet)
    assert batch.run_batch(opts, io.StringIO(), err) == 0
    shown = err.getvalue()
    assert ("3/3" in shown) is not quiet
    assert shown.rstrip().splitlines()[-1].endswith("docs/s")  # the summary line closes the output


def test_sigterm_unwinds_like_ctrl_c() -> None:
    import signal

    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt), batch.term_as_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
    assert signal.getsignal(signal.SIGTERM) == before
