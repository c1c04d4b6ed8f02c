"""Speed and memory figures for pressparse (a script that prints figures; not a test).

    .venv/bin/python benchmarks/bench.py                        # everything, 100 KB / 1 MB / 10 MB
    .venv/bin/python benchmarks/bench.py --sizes 100000,1000000 --skip-batch
    .venv/bin/python benchmarks/bench.py --only-growth --cases "one letter" digits
    .venv/bin/python benchmarks/bench.py --profile "opening brackets" --profile-size 100000

Prints, in order:
- import time (median of 5 fresh interpreters) and the first parse after import (the lazily
  built gazetteers and compiled patterns);
- documents per second on one process over fixtures/ and ../shared/corpus/dev (median of
  `--repeat` runs; wall clock and CPU time, since other load on the machine inflates the first),
  with the share of time each pipeline stage takes;
- for every adversarial input of benchmarks/adversarial.py and every size: seconds (wall and
  CPU), warnings in the record, peak RSS, the slowest stage, and the growth exponent between
  sizes (log t2/t1 / log s2/s1: 1.0 is linear, 2.0 quadratic). Each run is a fresh subprocess
  with a time limit (`--timeout`); a run that hits it is reported as such, and the larger sizes
  of that input are skipped;
- batch throughput with 1 and 2 jobs (benchmarks/batch_throughput.py, `--batch-files` files),
  with peak memory;
- the peak RSS of this process.
Targets (issue 5): >= 1,300 releases/s per core on 2-3 KB releases; import <= 0.3 s; peak RSS
<= 100 MB for a 10,000-file batch; time linear in input size up to 10 MB.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import importlib
import json
import math
import os
import pstats
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from adversarial import INPUTS  # noqa: E402

ROOT = HERE.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
WARM_UP = "Mr. Tomasz Wielicki of the World Customs Organization met in Brussels, Belgium on 3 May 2019."

#: (module, function, label) of the pipeline stages timed separately; missing ones are skipped.
STAGES = (
    ("pressparse.document", "Document.from_text", "document"),
    ("pressparse.header", "read_header", "header"),
    ("pressparse.dates", "find_dates", "dates"),
    ("pressparse.places", "find_places", "places"),
    ("pressparse.orgs", "find_organizations", "orgs"),
    ("pressparse.initiatives", "find_initiatives", "initiatives"),
    ("pressparse.people", "find_people", "people"),
    ("pressparse.events", "find_events", "events"),
    ("pressparse.pipeline", "resolve", "resolve"),
)


# ---------------------------------------------------------------------------- stage timing
def install_stage_timers() -> dict[str, float]:
    """Wrap each pipeline stage so its time adds up in the returned dict (diagnostics only)."""
    totals: dict[str, float] = {}
    pipeline = importlib.import_module("pressparse.pipeline")
    for module_name, dotted, label in STAGES:
        module = importlib.import_module(module_name)
        owner_name, _, attr = dotted.rpartition(".")
        owner: Any = getattr(module, owner_name) if owner_name else module
        func = getattr(owner, attr, None)
        if func is None:
            continue
        if owner_name:  # a classmethod: wrap the underlying function, keep it a classmethod
            raw = owner.__dict__[attr].__func__

            def timed_cm(cls: Any, /, *a: Any, _raw: Any = raw, _label: str = label, **k: Any) -> Any:
                t0 = time.perf_counter()
                try:
                    return _raw(cls, *a, **k)
                finally:
                    totals[_label] = totals.get(_label, 0.0) + time.perf_counter() - t0

            setattr(owner, attr, classmethod(timed_cm))
            continue

        @functools.wraps(func)
        def timed(*a: Any, _func: Callable[..., Any] = func, _label: str = label, **k: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return _func(*a, **k)
            finally:
                totals[_label] = totals.get(_label, 0.0) + time.perf_counter() - t0

        setattr(module, attr, timed)
        if getattr(pipeline, attr, None) is func:
            setattr(pipeline, attr, timed)
    return totals


def install_rule_timers() -> dict[str, float]:
    """Wrap Rule.finditer and Rule.search so each rule's time adds up by rule name."""
    from pressparse.rules import Rule

    totals: dict[str, float] = {}
    for attr in ("finditer", "search"):
        func = getattr(Rule, attr)

        @functools.wraps(func)
        def timed(self: Any, *a: Any, _func: Callable[..., Any] = func, **k: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return _func(self, *a, **k)
            finally:
                totals[self.name] = totals.get(self.name, 0.0) + time.perf_counter() - t0

        setattr(Rule, attr, timed)
    return totals


def stage_summary(totals: dict[str, float], whole: float, top: int = 4) -> str:
    rest = max(0.0, whole - sum(totals.values()))
    parts = sorted({**totals, "other": rest}.items(), key=lambda kv: -kv[1])[:top]
    return ", ".join(f"{k} {100 * v / whole:.0f}%" for k, v in parts) if whole > 0 else ""


# ---------------------------------------------------------------------------- measurements
def corpus(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def docs_per_second(texts: list[str], repeat: int) -> dict[str, float]:
    import pressparse

    pressparse.parse(WARM_UP)
    walls, cpus = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            pressparse.parse(t)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    chars = sum(len(t) for t in texts)
    return {"docs": len(texts), "mean_kb": chars / max(1, len(texts)) / 1000,
            "rate_wall": len(texts) / wall, "rate_cpu": len(texts) / cpu, "kb_s": chars / 1000 / cpu}


def corpus_stages(texts: list[str]) -> str:
    import pressparse

    totals = install_stage_timers()
    pressparse.parse(WARM_UP)
    totals.clear()
    t0 = time.perf_counter()
    for t in texts:
        pressparse.parse(t)
    return stage_summary(totals, time.perf_counter() - t0, top=10)


def import_times() -> tuple[float, float]:
    code = ("import time; t=time.perf_counter(); import pressparse; t1=time.perf_counter(); "
            f"pressparse.parse({WARM_UP!r}); print(t1-t, time.perf_counter()-t1)")
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        a, b = out.split()
        runs.append((float(a), float(b)))
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def child(name: str, size: int) -> None:
    """Subprocess mode: parse one adversarial input, print a JSON line of figures."""
    import pressparse

    totals = install_stage_timers()
    rules = install_rule_timers()
    pressparse.parse(WARM_UP)
    totals.clear()
    rules.clear()
    text = INPUTS[name](size)
    w0, c0 = time.perf_counter(), time.process_time()
    record = pressparse.parse(text)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(json.dumps({"wall": wall, "cpu": cpu, "warnings": record.warnings,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "stages": stage_summary(totals, wall, top=2), "rule": _slowest(rules, wall)}))


def _slowest(totals: dict[str, float], whole: float) -> str:
    if not totals or whole <= 0:
        return ""
    name, took = max(totals.items(), key=lambda kv: kv[1])
    return f"rule {name} {100 * took / whole:.0f}%"


def run_child(name: str, size: int, timeout: float) -> dict[str, Any] | None:
    argv = [sys.executable, __file__, "--child", name, str(size)]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def growth(sizes: list[int], names: list[str], timeout: float, retries: int = 0) -> None:
    print(f"\n== adversarial inputs: one fresh process per run, limit {timeout:.0f} s per run")
    print(f"{'input':24}{'chars':>12}{'wall s':>10}{'CPU s':>10}{'us/char':>9}{'exp':>6}{'RSS MB':>8}"
          f"{'warn':>5}  slowest stages")
    for name in names:
        prev: tuple[int, float] | None = None
        for size in sizes:
            r = run_child(name, size, timeout)
            for _ in range(retries):  # a working tree being edited can fail to import for a moment
                if r is None or "error" not in r or not r["error"].startswith(("ImportError", "SyntaxError")):
                    break
                time.sleep(20)
                r = run_child(name, size, timeout)
            if r is None:
                print(f"{name:24}{size:>12,}{'> ' + str(int(timeout)):>10}{'':>10}{'':>9}{'':>6}{'':>8}{'':>5}"
                      f"  TIMEOUT (hit the {timeout:.0f} s limit; larger sizes skipped)", flush=True)
                break
            if "error" in r:
                print(f"{name:24}{size:>12,}  ERROR {r['error']}", flush=True)
                break
            exp = f"{math.log(r['cpu'] / prev[1]) / math.log(size / prev[0]):.2f}" if prev and prev[1] > 0 else ""
            warn = len(r["warnings"])
            print(f"{name:24}{size:>12,}{r['wall']:>10.2f}{r['cpu']:>10.2f}{1e6 * r['cpu'] / size:>9.1f}{exp:>6}"
                  f"{r['rss_mb']:>8.0f}{warn:>5}  {r['stages']}; {r.get('rule', '')}", flush=True)
            for w in r["warnings"][:3]:
                print(f"{'':26}warning: {w}")
            prev = (size, r["cpu"])


def batch(files: int) -> None:
    print(f"\n== batch throughput (benchmarks/batch_throughput.py --files {files} --jobs 1 2)", flush=True)
    script = HERE / "batch_throughput.py"
    done = subprocess.run([sys.executable, str(script), "--files", str(files), "--jobs", "1", "2"],
                          capture_output=True, text=True)
    print(done.stdout.rstrip() or done.stderr.strip()[-2000:])


@contextmanager
def _profiled(top: int) -> Iterator[None]:
    prof = cProfile.Profile()
    prof.enable()
    try:
        yield
    finally:
        prof.disable()
        stats = pstats.Stats(prof)
        print("-- by own time")
        stats.sort_stats("tottime").print_stats("pressparse|regex|builtins", top)
        print("-- by cumulative time, pressparse functions")
        stats.sort_stats("cumtime").print_stats("pressparse", top)


def profile(name: str, size: int, top: int) -> None:
    import pressparse

    pressparse.parse(WARM_UP)
    text = INPUTS[name](size) if name in INPUTS else Path(name).read_text(encoding="utf-8", errors="replace")
    stages = install_stage_timers()
    rules = install_rule_timers()
    t0 = time.perf_counter()
    pressparse.parse(text)
    whole = time.perf_counter() - t0
    print(f"== {name!r}, {len(text):,} chars: {whole:.2f} s; by stage: {stage_summary(stages, whole, top=10)}")
    print("rules by time: " + ", ".join(f"{k} {v:.2f} s" for k, v in sorted(rules.items(), key=lambda kv: -kv[1])[:8]))
    print(f"== cProfile of parse() on {name!r}")
    with _profiled(top):
        pressparse.parse(text)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000,10000000", help="adversarial input sizes, in characters")
    ap.add_argument("--repeat", type=int, default=5, help="runs over each corpus (the median is printed)")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds allowed for one adversarial run")
    ap.add_argument("--cases", nargs="+", default=list(INPUTS), choices=list(INPUTS), metavar="NAME",
                    help="adversarial inputs to time (default: all)")
    ap.add_argument("--only-growth", action="store_true", help="time the adversarial inputs only")
    ap.add_argument("--skip-batch", action="store_true", help="skip the batch throughput runs")
    ap.add_argument("--batch-files", type=int, default=1000, help="files in the batch run (issue target: 10000)")
    ap.add_argument("--profile", metavar="NAME|FILE", help="print a cProfile of one adversarial input or file, then stop")
    ap.add_argument("--profile-size", type=int, default=100_000)
    ap.add_argument("--retries", type=int, default=0, help="retry a run that failed to import (tree being edited)")
    ns = ap.parse_args()
    if ns.profile:
        profile(ns.profile, ns.profile_size, 25)
        return
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    if not ns.only_growth:
        imp, first = import_times()
        print(f"import time: {imp:.3f} s (median of 5); first parse after import: {first:.3f} s")
        for label, folder in (("fixtures", ROOT / "fixtures"), ("dev corpus", DEV)):
            texts = corpus(folder)
            if not texts:
                continue
            r = docs_per_second(texts, ns.repeat)
            print(f"{label}: {r['docs']:.0f} docs, mean {r['mean_kb']:.1f} KB: {r['rate_cpu']:,.1f} docs/s "
                  f"per core (CPU time; {r['rate_wall']:,.1f} wall clock), {1000 / r['rate_cpu']:.1f} ms/doc, "
                  f"{r['kb_s']:,.0f} KB/s (median of {ns.repeat})")
        texts = corpus(ROOT / "fixtures") + corpus(DEV)
        print(f"time by stage over those releases: {corpus_stages(texts)}")
    growth([int(s) for s in ns.sizes.split(",")], ns.cases, ns.timeout, ns.retries)
    if not ns.only_growth and not ns.skip_batch:
        batch(ns.batch_files)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
