"""Speed and memory figures for pressparse (a script that prints figures; not a test).

Run:  python benchmarks/bench.py [--sizes 100000,1000000,10000000] [--repeat 5]
Prints: documents per second on one process over fixtures/ and ../shared/corpus/dev (median of
repeated runs), import time, peak RSS, and how parse time grows with input size on adversarial
inputs. Batch throughput with 1 and 2 jobs: benchmarks/batch_throughput.py.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adversarial import INPUTS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def corpus(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def docs_per_second(texts: list[str], repeat: int) -> tuple[float, float]:
    import pressparse

    rates = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            pressparse.parse(t)
        rates.append(len(texts) / (time.perf_counter() - t0))
    mean_kb = sum(len(t) for t in texts) / max(1, len(texts)) / 1000
    return statistics.median(rates), mean_kb


def import_time() -> float:
    code = "import time; t=time.perf_counter(); import pressparse; print(time.perf_counter()-t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout) for _ in range(5)]
    return statistics.median(runs)


def growth(sizes: list[int]) -> None:
    import pressparse

    print(f"\n{'adversarial input':24}" + "".join(f"{s:>14,}" for s in sizes) + "   ratio last/first per size")
    for name, build in INPUTS.items():
        times = []
        for size in sizes:
            text = build(size)
            t0 = time.perf_counter()
            record = pressparse.parse(text)
            times.append(time.perf_counter() - t0)
            if record.warnings:
                name_w = f"{name} (warnings: {len(record.warnings)})"
            else:
                name_w = name
        per_char = [t / s for t, s in zip(times, sizes)]
        print(f"{name_w:24}" + "".join(f"{t:13.3f}s" for t in times) + f"   x{per_char[-1] / per_char[0]:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="100000,1000000,10000000")
    ap.add_argument("--repeat", type=int, default=5)
    ns = ap.parse_args()
    print(f"import time: {import_time():.3f} s")
    for label, folder in (("fixtures", ROOT / "fixtures"), ("dev corpus", ROOT.parent / "shared" / "corpus" / "dev")):
        texts = corpus(folder)
        if texts:
            rate, kb = docs_per_second(texts, ns.repeat)
            print(f"{label}: {len(texts)} docs, mean {kb:.1f} KB, {rate:,.0f} docs/s (median of {ns.repeat})")
    growth([int(s) for s in ns.sizes.split(",")])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
