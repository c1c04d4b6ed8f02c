"""Batch conversion: many inputs to one JSONL file or a folder of JSON files, losing none.

Every input gives exactly one record, in input order whatever the number of worker processes:
a parsed record, or an error record `{"source", "sha256", "pressparse_version", "error"}`.
Outputs are written atomically (temporary file in the same folder, then `os.replace`), so an
interrupted run leaves the previous output whole; `--resume` keeps the records whose input
still has the same sha256 and parses only the rest.
"""

from __future__ import annotations

import contextlib
import glob
import json
import multiprocessing
import os
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path, PurePosixPath
from typing import IO

from .reading import DEFAULT_MAX_BYTES, INPUT_SUFFIXES, sha256_file
from .records import convert_path, error_record


@dataclass(frozen=True)
class Task:
    path: str
    label: str
    max_bytes: int
    indent: int | None
    resume_sha: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Result:
    label: str
    payload: str | None   # the serialized record; None when resumed (old record kept)
    error: str | None     # "type: message" of an error record


def run_task(task: Task) -> Result:
    """Worker entry point: the record serialized, or None when `--resume` may keep the old one."""
    if task.resume_sha is not None and sha256_file(task.path) == task.resume_sha:
        return Result(task.label, None, None)
    record = convert_path(task.path, task.label, task.max_bytes, task.lang)
    err = record.get("error")
    error = f"{err['type']}: {err['message']}" if err else None
    return Result(task.label, json.dumps(record, ensure_ascii=False, indent=task.indent), error)


# --- inputs ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Input:
    path: Path
    label: str
    rel: PurePosixPath  # name relative to the folder or glob root it came from


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES):
                yield Path(folder) / name


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = [p for p in parts[: next((i for i, p in enumerate(parts) if glob.has_magic(p)), len(parts))]]
    return Path(*fixed) if fixed else Path(".")


def discover(args: Iterable[str]) -> tuple[list[Input], list[str]]:
    """Inputs named by files, folders (recursive) and globs, in order, each file once."""
    found: list[Input] = []
    notes: list[str] = []
    seen: set[str] = set()

    def add(path: Path, rel: PurePosixPath) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(Input(path, path.as_posix(), rel))

    for arg in args:
        p = Path(arg)
        if p.is_dir():
            for f in _walk(p):
                add(f, PurePosixPath(f.relative_to(p).as_posix()))
        elif p.exists() or not glob.has_magic(arg):
            add(p, PurePosixPath(p.name))  # a missing file still gets its (error) record
        else:
            matches = sorted(glob.glob(arg, recursive=True))
            root = _glob_root(arg)
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    for f in _walk(mp):
                        add(f, PurePosixPath(f.relative_to(root).as_posix()))
                elif mp.is_file():
                    add(mp, PurePosixPath(mp.relative_to(root).as_posix()))
            if not matches:
                notes.append(f"{arg}: matched no files")
    return found, notes


def output_names(inputs: list[Input]) -> list[PurePosixPath]:
    """NAME.json per input, mirroring input names; clashes keep the suffix, then get ~N."""
    base = [i.rel.with_suffix(".json") for i in inputs]
    counts: dict[PurePosixPath, int] = {}
    for b in base:
        counts[b] = counts.get(b, 0) + 1
    names = [b if counts[b] == 1 else i.rel.with_name(i.rel.name + ".json") for b, i in zip(base, inputs)]
    out: list[PurePosixPath] = []
    used: set[PurePosixPath] = set()
    for name in names:
        candidate, n = name, 1
        while candidate in used:
            n += 1
            candidate = name.with_name(f"{name.stem}~{n}.json")
        used.add(candidate)
        out.append(candidate)
    return out


# --- writing ---------------------------------------------------------------------------------

def atomic_write(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class JsonlSink:
    """Lines gathered in a temporary file, renamed over OUT when the batch completes."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.path = path
        self.fh: IO[str] = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, line: str) -> None:
        self.fh.write(line + "\n")

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        self.fh.close()
        Path(self.tmp).unlink(missing_ok=True)


def previous_records(out: Path, as_jsonl: bool, names: list[PurePosixPath]) -> dict[str, tuple[str, str]]:
    """source -> (sha256, serialized record) of the good records already in OUT."""
    old: dict[str, tuple[str, str]] = {}
    if as_jsonl:
        lines = out.read_text(encoding="utf-8").splitlines() if out.is_file() else []
    else:
        lines = []
        for name in names:
            f = out / name
            if f.is_file():
                lines.append(f.read_text(encoding="utf-8"))
    for line in lines:
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if isinstance(rec, dict) and "error" not in rec and isinstance(rec.get("sha256"), str):
            old[str(rec.get("source"))] = (rec["sha256"], line)
    return old


# --- running ---------------------------------------------------------------------------------

def _quiet_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


#: A tiny invented release, parsed once before forking so workers start with warm caches.
_WARM_UP = "Workshop held\n\n2 March 2020\n\nMs. Amara Okafor of the WCO opened a workshop in Lisbon, Portugal."


def _pool(jobs: int) -> ProcessPoolExecutor:
    """Workers forked from this (single-threaded, warmed-up) process; else forkserver or spawn."""
    methods = multiprocessing.get_all_start_methods()
    ctx: BaseContext
    if "fork" in methods and threading.active_count() == 1:
        try:
            from .pipeline import parse

            parse(_WARM_UP)
        except Exception:  # noqa: BLE001, S110 - warming up is an optimization only
            pass
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_quiet_worker)


def results(tasks: list[Task], jobs: int, work: Callable[[Task], Result] | None = None) -> Iterator[Result]:
    """Results in task order; a crashed worker costs only the task it was running."""
    work = work or run_task
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(work, tasks)
        return
    done = 0
    pool = _pool(jobs)
    try:
        chunk = max(1, min(16, len(tasks) // (jobs * 8)))
        for result in pool.map(work, tasks, chunksize=chunk):
            done += 1
            yield result
    except BrokenProcessPool:
        pool.shutdown(wait=True, cancel_futures=True)
        yield from _one_by_one(tasks[done:], work)
    finally:
        # Waiting (for at most the chunks already running) lets the pool's threads end before
        # the interpreter does; cancel_futures drops what has not started.
        pool.shutdown(wait=True, cancel_futures=True)


def _one_by_one(tasks: list[Task], work: Callable[[Task], Result]) -> Iterator[Result]:
    """After a worker died: each task in a worker of its own, so the culprit is known."""
    pool = _pool(1)
    try:
        for task in tasks:
            try:
                yield pool.submit(work, task).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                pool = _pool(1)
                exc = RuntimeError("the worker process died while parsing this file")
                record = error_record(task.label, sha256_file(task.path), exc)
                yield Result(task.label, json.dumps(record, ensure_ascii=False, indent=task.indent),
                             f"WorkerCrash: {exc}")
    finally:
        pool.shutdown(wait=True)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def is_jsonl(out: str) -> bool:
    return out == "-" or out.lower().endswith(".jsonl")


# --- the batch command -----------------------------------------------------------------------

class UsageError(Exception):
    """A bad command-line argument: the command line exits with status 2."""


class Progress:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: IO[str], enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, done: int, errors: int, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.1):
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        eta = (self.total - done) / rate if rate > 0 else 0.0
        filled = int(30 * done / max(self.total, 1))
        bar = "#" * filled + "-" * (30 - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total} {errors} errors {rate:.1f} docs/s ETA {eta:.0f}s ")
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def term_as_interrupt() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl-C, so temporary files are removed and workers stopped."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@dataclass(frozen=True)
class BatchOptions:
    inputs: list[str]
    out: str
    jobs: int
    resume: bool = False
    quiet: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    lang: str | None = None  # None: told from each text


def run_batch(opts: BatchOptions, stdout: IO[str], stderr: IO[str]) -> int:
    """Convert every input; 0 when all parsed, 1 when some gave error records."""
    started = time.monotonic()
    if opts.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    jsonl = is_jsonl(opts.out)
    out = Path(opts.out)
    if opts.resume and opts.out == "-":
        raise UsageError("--resume needs an output file or folder, not -")
    if not jsonl and out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a folder (name a .jsonl file to get JSON lines)")
    inputs, notes = discover(opts.inputs)
    for note in notes:
        print(f"pressparse batch: {note}", file=stderr)
    if not inputs:
        raise UsageError("no input files found")
    names = output_names(inputs)
    old = previous_records(out, jsonl, names) if opts.resume else {}
    tasks = [
        Task(str(i.path), i.label, opts.max_bytes, None if jsonl else 2,
             old[i.label][0] if i.label in old else None, opts.lang)
        for i in inputs
    ]
    sink = JsonlSink(out) if jsonl and opts.out != "-" else None
    progress = Progress(len(tasks), stderr, enabled=not opts.quiet and stderr.isatty())
    done = errors = resumed = 0
    with term_as_interrupt():
        try:
            for name, res in zip(names, results(tasks, min(opts.jobs, len(tasks)))):
                done += 1
                if res.payload is None:
                    resumed += 1
                    if sink is not None:
                        sink.write(old[res.label][1])
                elif opts.out == "-":
                    stdout.write(res.payload + "\n")
                elif sink is not None:
                    sink.write(res.payload)
                else:
                    atomic_write(out / name, res.payload + "\n")
                if res.error is not None:
                    errors += 1
                    progress.clear()
                    print(f"pressparse batch: error: {res.label}: {res.error}", file=stderr)
                progress.update(done, errors, force=done == len(tasks))
            if sink is not None:
                sink.commit()
        except BaseException:
            progress.clear()
            if sink is not None:
                sink.discard()
            raise
    progress.clear()
    seconds = time.monotonic() - started
    summary = (f"pressparse batch: {len(tasks)} files, {done} records, {errors} errors, "
               f"{seconds:.2f} seconds, {len(tasks) / max(seconds, 1e-9):.1f} docs/s")
    print(summary + (f", {resumed} resumed" if opts.resume else ""), file=stderr)
    return 1 if errors else 0
