"""What a release costs before any extraction rule runs: the floor under the speed target.

    .venv/bin/python benchmarks/floor.py

Issue 5 asks for >= 1,300 releases/s per core, i.e. <= 0.77 ms of CPU per 2-3 KB release. This
prints, per release of ../shared/corpus/dev (or fixtures/ without it), the CPU time of the parts
every rule-based pipeline in CPython must pay at least once: building the `Document` (offsets,
lines, sentences), one pass of a word tokenizer with the `regex` module (with and without the
rule timeout) and with the standard library's `re`, one full-text scan by a typical date rule,
validating and dumping the finished record, and the whole `parse` for comparison. Best of
`--repeat` runs of CPU time (`time.process_time`), so other load on the machine matters less.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
BUDGET_MS = 1000 / 1300

WORD = r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-/.&](?=[\p{L}\p{N}])){0,80}|\S"


def best_ms(texts: list[str], func: Callable[[str], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for text in texts:
            func(text)
        best = min(best, time.process_time() - t0)
    return 1000 * best / len(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    import pressparse
    from pressparse.dates import RULES as DATE_RULES
    from pressparse.document import Document
    from pressparse.models import PressRelease

    folder = DEV if DEV.is_dir() else ROOT / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    records = [pressparse.parse(t) for t in texts]
    dumps = {id(t): r.model_dump(mode="json") for t, r in zip(texts, records)}
    by_text = dict(zip(map(id, texts), records))
    word = regex.compile(WORD, regex.VERSION1)
    stdlib = re.compile(r"\w+|\S")
    date_rule = max(DATE_RULES, key=lambda r: len(r.pattern))
    parts: list[tuple[str, Callable[[str], object]]] = [
        ("Document.from_text", Document.from_text),
        ("one word-token pass, regex module, timeout", lambda t: list(word.finditer(t, timeout=2.0))),
        ("one word-token pass, regex module", lambda t: list(word.finditer(t))),
        ("one word-token pass, stdlib re (\\w+|\\S)", stdlib.findall),
        (f"one scan by the date rule {date_rule.name}", lambda t: date_rule.finditer(t)),
        ("validate the finished record", lambda t: PressRelease.model_validate(dumps[id(t)])),
        ("dump the finished record to JSON", lambda t: by_text[id(t)].model_dump_json()),
        ("pressparse.parse (everything)", pressparse.parse),
    ]
    chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} releases of {folder}, mean {chars / 1000:.1f} KB; budget for 1,300/s: {BUDGET_MS:.2f} ms")
    for label, func in parts:
        ms = best_ms(texts, func, args.repeat)
        print(f"{ms:8.3f} ms  {100 * ms / BUDGET_MS:6.0f}% of budget  {label}")
    rules = pressparse.rules.all_rules()
    print(f"rules in the registry: {len(rules)}")


if __name__ == "__main__":
    main()
