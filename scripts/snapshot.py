"""Record every record pressparse makes of the project's texts, or compare with a recording.

A refactor meant to change nothing (a speed-up, a fold of duplicated code) must give
byte-identical records. Record before, compare after:

    .venv/bin/python scripts/snapshot.py save /tmp/before.jsonl
    .venv/bin/python scripts/snapshot.py diff /tmp/before.jsonl      # exit 1 and a list if any differ

Texts: seeds/, fixtures/, holdout/ and, when present,
../shared/corpus/{seed,dev,dev-fr}. Records are `model_dump_json()` with spans and warnings.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("seeds", "fixtures", "holdout", "../shared/corpus/seed", "../shared/corpus/dev",
           "../shared/corpus/dev-fr")


def texts() -> list[Path]:
    found: list[Path] = []
    for folder in FOLDERS:
        found.extend(sorted((ROOT / folder).glob("*.txt")))
    return found


def records() -> dict[str, str]:
    import pressparse

    out: dict[str, str] = {}
    for path in texts():
        lang = "fr" if "dev-fr" in str(path) else "en"
        out[str(path.relative_to(ROOT.parent))] = pressparse.parse(path.read_text(encoding="utf-8"), lang=lang).model_dump_json()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("save", "diff"))
    ap.add_argument("file", type=Path)
    args = ap.parse_args(argv)
    now = records()
    if args.mode == "save":
        args.file.write_text("".join(json.dumps({"path": k, "record": v}) + "\n" for k, v in now.items()), encoding="utf-8")
        print(f"saved {len(now)} records to {args.file}")
        return 0
    before = {d["path"]: d["record"] for d in map(json.loads, args.file.read_text(encoding="utf-8").splitlines())}
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for k in changed:
        print(f"changed: {k}")
    print(f"{len(now)} records, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
