"""Golden files: `pressparse check DIR` parses every NAME.txt that has a NAME.expected.json and
prints a per-field diff of each mismatch, so a change in extraction shows up in CI as a readable
list (`people[2].title: expected 'X', got 'Y'`); `--update` rewrites the expected files.

Lists of named items (people, organizations, ...) are aligned by name before they are compared,
so one missing person reads as one line, not as a shift of every later entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

#: Keys left out of the comparison: they change with the file's place and the library version.
VOLATILE_KEYS = frozenset({"source", "sha256", "pressparse_version"})
EXPECTED_SUFFIX = ".expected.json"


def golden_pairs(folder: Path, *, missing: bool = False) -> list[tuple[Path, Path]]:
    """(NAME.txt, NAME.expected.json) pairs under `folder`, recursively, in name order; with
    `missing`, also the releases that have no expected file yet (for `check --update`)."""
    pairs = []
    for expected in sorted(folder.rglob("*" + EXPECTED_SUFFIX)):
        txt = expected.with_name(expected.name[: -len(EXPECTED_SUFFIX)] + ".txt")
        if txt.is_file():
            pairs.append((txt, expected))
    if missing:
        pairs += [(txt, txt.with_name(txt.stem + EXPECTED_SUFFIX)) for txt in sorted(folder.rglob("*.txt"))
                  if not txt.with_name(txt.stem + EXPECTED_SUFFIX).exists()]
        pairs.sort()
    return pairs


def strip_keys(value: Any, ignore: frozenset[str], top: bool = True) -> Any:
    """A copy without volatile top-level keys and without `ignore` keys at any depth."""
    if isinstance(value, dict):
        return {
            k: strip_keys(v, ignore, False)
            for k, v in value.items()
            if k not in ignore and not (top and k in VOLATILE_KEYS)
        }
    if isinstance(value, list):
        return [strip_keys(v, ignore, False) for v in value]
    return value


def show(value: Any, limit: int = 100) -> str:
    """A short, readable rendering of a JSON value for a diff line."""
    if isinstance(value, str):
        text = repr(value)
    elif value is None or isinstance(value, bool):
        text = json.dumps(value)
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _key(item: Any) -> str | None:
    if isinstance(item, dict) and isinstance(item.get("name"), str):
        return str(item["name"])
    return None


def diff(expected: Any, got: Any, path: str = "") -> Iterator[str]:
    """One line per difference, each starting with the path of the field."""
    where = path or "(record)"
    if isinstance(expected, dict) and isinstance(got, dict):
        for k in expected:
            sub = f"{path}.{k}" if path else k
            if k not in got:
                yield f"{sub}: expected {show(expected[k])}, missing"
            else:
                yield from diff(expected[k], got[k], sub)
        for k in got:
            if k not in expected:
                yield f"{path}.{k}: unexpected {show(got[k])}" if path else f"{k}: unexpected {show(got[k])}"
    elif isinstance(expected, list) and isinstance(got, list):
        yield from _diff_list(expected, got, path)
    elif expected != got or type(expected) is not type(got):
        yield f"{where}: expected {show(expected)}, got {show(got)}"


def _diff_list(expected: list[Any], got: list[Any], path: str) -> Iterator[str]:
    keys = [_key(x) for x in expected]
    got_keys = [_key(x) for x in got]
    if all(keys) and all(got_keys) and len(set(keys)) == len(keys) and len(set(got_keys)) == len(got_keys):
        for i, (k, item) in enumerate(zip(keys, expected)):
            if k in got_keys:
                yield from diff(item, got[got_keys.index(k)], f"{path}[{i}]")
            else:
                yield f"{path}[{i}]: expected {show(k)}, missing"
        for j, k in enumerate(got_keys):
            if k not in keys:
                yield f"{path}[{j}]: unexpected {show(k)}"
        if [k for k in got_keys if k in keys] != [k for k in keys if k in got_keys]:
            yield f"{path}: same items in another order"
        return
    for i, (a, b) in enumerate(zip(expected, got)):
        yield from diff(a, b, f"{path}[{i}]")
    for i in range(len(got), len(expected)):
        yield f"{path}[{i}]: expected {show(expected[i])}, missing"
    for i in range(len(expected), len(got)):
        yield f"{path}[{i}]: unexpected {show(got[i])}"


def produce(txt: Path, ignore: frozenset[str]) -> Any:
    from .pipeline import parse_file

    return strip_keys(parse_file(txt).model_dump(mode="json"), ignore)


def run_check(folder: Path, *, update: bool, ignore: Iterable[str], out: IO[str]) -> int:
    """0 when every golden file matches (or was updated), 1 on any mismatch or failure."""
    from .batch import UsageError, atomic_write

    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder")
    skip = frozenset(ignore)
    pairs = golden_pairs(folder, missing=update)
    if not pairs:
        print(f"pressparse check: no NAME.txt with a NAME{EXPECTED_SUFFIX} under {folder}", file=out)
        return 1
    failed = updated = 0
    for txt, expected_path in pairs:
        try:
            got = produce(txt, skip)
        except Exception as exc:  # noqa: BLE001 - one clear line, then the next file
            failed += 1
            print(f"FAIL {txt}: {type(exc).__name__}: {exc}", file=out)
            continue
        try:
            expected = strip_keys(json.loads(expected_path.read_text(encoding="utf-8")), skip)
            lines = list(diff(expected, got))
        except FileNotFoundError:
            lines = ["(file): new"]
        except ValueError as exc:
            lines = [f"(file): {expected_path.name} is not valid JSON ({exc})"]
        if not lines:
            continue
        if update:
            atomic_write(expected_path, json.dumps(got, ensure_ascii=False, indent=2) + "\n")
            updated += 1
            print(f"updated {expected_path} ({len(lines)} changes)", file=out)
            continue
        failed += 1
        print(f"FAIL {txt}: {len(lines)} differences", file=out)
        for line in lines:
            print(f"  {line}", file=out)
    print(f"pressparse check: {len(pairs)} files, {len(pairs) - failed - updated} matched, "
          f"{failed} failed, {updated} updated", file=out)
    return 1 if failed else 0
