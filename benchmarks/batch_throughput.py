"""Batch throughput: N input files made from the project's own releases, converted with
`pressparse batch` at several --jobs values, each in a subprocess.

    python benchmarks/batch_throughput.py            # 1000 files, --jobs 1 and --jobs 2
    python benchmarks/batch_throughput.py --files 5000 --jobs 1 2 4

For each run it prints files, seconds (wall clock, interpreter start included), docs/s, the CPU
seconds of all its processes (a figure that other load on the machine does not inflate), and peak
memory: the largest single process (`resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`, measured
in a fresh wrapper process per run so runs do not mix) and, on Linux, the largest proportional
set size summed over the process tree (main process plus workers, sampled every 100 ms from /proc).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("fixtures", "seeds")


def source_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for d in SOURCES for p in sorted((ROOT / d).glob("*.txt"))]
    if not texts:
        raise SystemExit("no .txt releases in fixtures/ or seeds/")
    return texts


def vary(text: str, i: int) -> str:
    """A slightly different release: other day numbers, paragraphs rotated, a reference line."""
    day = 1 + i % 28
    text = re.sub(r"\b([12]?\d) (January|February|March|April|May|June|July|August|September|"
                  r"October|November|December)\b", lambda m: f"{day} {m.group(2)}", text, count=2)
    paras = text.split("\n\n")
    if len(paras) > 4:
        body = paras[2:]
        k = i % len(body)
        paras = paras[:2] + body[k:] + body[:k]
    return "\n\n".join(paras) + f"\n\nReference {i:05d}.\n"


def make_inputs(folder: Path, count: int) -> int:
    texts = source_texts()
    total = 0
    for i in range(count):
        data = vary(texts[i % len(texts)], i).encode("utf-8")
        (folder / f"{i // 100:03d}").mkdir(exist_ok=True)
        (folder / f"{i // 100:03d}" / f"release-{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def _parents() -> dict[int, int]:
    """pid -> parent pid for every process, from /proc/PID/stat."""
    out: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            out[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return out


def _tree_pss_kib(root: int) -> int:
    """Sum of the proportional set size (shared pages divided among their users, so forked
    workers are not counted twice) over `root` and its descendants; 0 where /proc is missing."""
    parents = _parents()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        pss = re.search(r"^Pss:\s+(\d+)", rollup, re.MULTILINE)
        total += int(pss.group(1)) if pss else 0
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def measure(argv: list[str]) -> None:
    """Wrapper mode: run one batch, then print seconds, CPU seconds, peak RSS and peak tree PSS (KiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_tree = 0
    while proc.poll() is None:
        if os.path.isdir("/proc"):
            peak_tree = max(peak_tree, _tree_pss_kib(proc.pid))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    err = proc.stderr.read() if proc.stderr else ""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_one = usage.ru_maxrss  # KiB on Linux
    cpu = usage.ru_utime + usage.ru_stime
    summary = next((ln for ln in err.splitlines() if "docs/s" in ln), err.strip()[-300:])
    print(f"{proc.returncode}\t{seconds:.3f}\t{cpu:.3f}\t{peak_one}\t{peak_tree}\t{summary}")


def run(folder: Path, out: Path, jobs: int) -> tuple[int, float, float, int, int, str]:
    batch = [sys.executable, "-m", "pressparse", "batch", str(folder), "-o", str(out), "--jobs", str(jobs), "--quiet"]
    done = subprocess.run([sys.executable, __file__, "--measure", *batch],
                          capture_output=True, text=True, check=True)
    code, seconds, cpu, one, tree, summary = done.stdout.strip().split("\t", 5)
    return int(code), float(seconds), float(cpu), int(one), int(tree), summary


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        measure(sys.argv[2:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=1000, help="how many input files (default 1000)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to run (default 1 2)")
    ns = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="pressparse-bench-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        size = make_inputs(folder, ns.files)
        print(f"{ns.files} input files, {size / 1e6:.1f} MB, from {len(source_texts())} project releases; "
              f"{os.cpu_count()} cores; Python {sys.version.split()[0]}")
        print(f"{'jobs':>4} {'files':>6} {'seconds':>8} {'docs/s':>8} {'CPU s':>7} "
              f"{'peak RSS 1 proc':>16} {'peak PSS total':>15}  exit")
        digests = []
        for jobs in ns.jobs:
            out = Path(tmp) / f"out-{jobs}.jsonl"
            code, seconds, cpu, one, tree, summary = run(folder, out, jobs)
            digests.append(hashlib.sha256(out.read_bytes()).hexdigest() if out.exists() else "")
            tree_txt = f"{tree / 1024:.0f} MiB" if tree else "n/a"
            print(f"{jobs:>4} {ns.files:>6} {seconds:>8.2f} {ns.files / seconds:>8.1f} {cpu:>7.1f} "
                  f"{one / 1024:>12.0f} MiB {tree_txt:>15}  {code}")
            print(f"     batch's own summary: {summary}")
        same = "n/a (a run wrote no output)" if "" in digests else "yes" if len(set(digests)) == 1 else "NO"
        print("outputs identical for every --jobs:", same)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
