"""Score the parser on annotated releases: find NAME.txt + NAME.gold.json, parse, report figures.

The matching rules live in `scoring.py`; this module handles files, the report and the command
line (`add_eval_arguments` / `run_eval`, wired as `pressparse eval`; `python -m
pressparse.evaluation DIR ...` works on its own).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError, PressparseError
from .models import PressRelease
from .pipeline import parse_file
from .scoring import ACC_FIGURES, ACC_KEYS, ENTITY_TYPES, PRF_KEYS, DocScore, aggregate, score_document

Parser = Callable[[Path], "PressRelease | Mapping[str, Any]"]

GOLD_SUFFIX = ".gold.json"

#: Every KEY accepted by `--min KEY=VALUE`.
FIGURE_KEYS: tuple[str, ...] = (
    *(f"{k}.{m}" for k in (*ENTITY_TYPES, "entities_micro") for m in PRF_KEYS),
    *(f"{k}.{m}" for k in ACC_FIGURES for m in ACC_KEYS),
    "docs",
)


@dataclass(frozen=True)
class EvalReport:
    """Figures (the GUIDE's JSON) and, per document, what was missed, spurious or wrong."""

    figures: dict[str, Any]
    per_doc: list[dict[str, Any]]

    def table(self) -> str:
        """P/R/F1 rows for the entity types, accuracy rows for the rest, and the document count."""
        f = self.figures
        lines = [f"{'entities':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for k in (*ENTITY_TYPES, "entities_micro"):
            v = f[k]
            lines.append(f"{k:<20} {v['p']:>6.3f} {v['r']:>6.3f} {v['f1']:>6.3f} {v['tp']:>5} {v['fp']:>5} {v['fn']:>5}")
        lines.append("")
        lines.append(f"{'fields':<20} {'acc':>6} {'n':>5}")
        for k in ACC_FIGURES:
            acc = f[k]["acc"]
            lines.append(f"{k:<20} {'-' if acc is None else format(acc, '.3f'):>6} {f[k]['n']:>5}")
        lines.append("")
        lines.append(f"{'docs':<20} {f['docs']:>6}")
        errors = sum(1 for d in self.per_doc if d.get("error"))
        if errors:
            lines.append(f"{'parser errors':<20} {errors:>6}")
        return "\n".join(lines)

    def per_doc_text(self) -> str:
        """A readable listing of every document with something missed, spurious or wrong."""
        out: list[str] = []
        for d in self.per_doc:
            body = _doc_lines(d)
            if body:
                out.append(f"== {d['doc']}")
                out.extend(body)
        return "\n".join(out)

    def below(self, minimums: Sequence[tuple[str, float]]) -> list[str]:
        """One message per `(figure key, minimum)` not reached; a null figure is not reached."""
        failures: list[str] = []
        for key, minimum in minimums:
            value = figure_value(self.figures, key)
            if value is None:
                failures.append(f"{key} is null (nothing scored), minimum {minimum:g}")
            elif value < minimum:
                failures.append(f"{key} = {value:g} < {minimum:g}")
        return failures


def figure_value(figures: Mapping[str, Any], key: str) -> float | None:
    """The number a figure key such as `people.f1` or `docs` names (KeyError if unknown)."""
    value: Any = figures
    for part in key.split("."):
        value = value[part]
    return None if value is None else float(value)


def _label(kind: str, item: Mapping[str, Any]) -> str:
    name = str(item.get("name"))
    acronym = item.get("acronym")
    if acronym and acronym != name:
        name = f"{name} ({acronym})"
    if kind == "events":
        name = f"{name} [{item.get('kind')}, {item.get('start')}]"
    return name


def _doc_lines(d: Mapping[str, Any]) -> list[str]:
    lines: list[str] = []
    if d.get("error"):
        lines.append(f"  parser error: {d['error']}")
    for kind in ENTITY_TYPES:
        for what in ("missed", "spurious"):
            items = d[kind][what]
            if items:
                lines.append(f"  {kind} {what}: " + " | ".join(_label(kind, i) for i in items))
    for w in d["wrong"]:
        about = f" [{w['item']}]" if "item" in w else ""
        lines.append(f"  {w['field']}{about}: gold {w['gold']!r} pred {w['pred']!r}")
    return lines


def find_gold_pairs(dirs: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """(NAME.txt, NAME.gold.json) pairs under the directories (recursive), sorted, without repeats.

    A path may also name a NAME.txt file directly. A missing path raises InputError.
    """
    found: dict[Path, Path] = {}
    for d in dirs:
        root = Path(d)
        if root.is_file() and root.suffix == ".txt":
            candidates = [root]
        elif root.is_dir():
            candidates = sorted(root.rglob("*.txt"))
        else:
            raise InputError(f"{root}: no such directory")
        for txt in candidates:
            gold = txt.with_name(txt.name[: -len(".txt")] + GOLD_SUFFIX)
            if gold.is_file():
                found.setdefault(txt.resolve(), txt)
    return sorted(((txt, txt.with_name(txt.name[: -len(".txt")] + GOLD_SUFFIX)) for txt in found.values()),
                  key=lambda pair: str(pair[0]))


def _read_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: gold file is not a JSON object")
    return data


def _predict(parser: Parser, txt: Path) -> tuple[dict[str, Any], str | None]:
    """The parser's record as a JSON dict; a parser exception becomes an empty record plus a note."""
    try:
        result = parser(txt)
    except Exception as exc:  # noqa: BLE001 - one broken document must not hide the others
        return {}, f"{type(exc).__name__}: {exc}"
    if isinstance(result, PressRelease):
        return result.model_dump(mode="json"), None
    return dict(result), None


def _doc_report(txt: Path, ds: DocScore, error: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"doc": str(txt)}
    if error:
        out["error"] = error
    for kind in ENTITY_TYPES:
        c = ds.counts[kind]
        out[kind] = {"tp": c.tp, "fp": c.fp, "fn": c.fn, "missed": ds.missed[kind], "spurious": ds.spurious[kind]}
    out["wrong"] = ds.wrong
    return out


def evaluate(dirs: Sequence[str | Path], *, parser: Parser | None = None) -> EvalReport:
    """Parse every NAME.txt that has a NAME.gold.json beside it and score it against the gold.

    `parser` maps a path to a PressRelease (or its JSON dict); default `pressparse.parse_file`.
    """
    run: Parser = parser if parser is not None else parse_file
    scores: list[DocScore] = []
    per_doc: list[dict[str, Any]] = []
    for txt, gold_path in find_gold_pairs(dirs):
        gold = _read_gold(gold_path)
        pred, error = _predict(run, txt)
        ds = score_document(gold, pred)
        scores.append(ds)
        per_doc.append(_doc_report(txt, ds, error))
    return EvalReport(figures=aggregate(scores), per_doc=per_doc)


# ---------------------------------------------------------------- command line

def parse_min(spec: str) -> tuple[str, float]:
    """`KEY=VALUE` -> (key, value); PressparseError naming what is wrong."""
    key, sep, raw = spec.partition("=")
    key = key.strip()
    if not sep:
        raise PressparseError(f"--min {spec!r}: expected KEY=VALUE, e.g. people.f1=0.5")
    if key not in FIGURE_KEYS:
        raise PressparseError(f"--min {spec!r}: unknown figure {key!r}; use e.g. people.f1, published.acc, entities_micro.p")
    try:
        value = float(raw)
    except ValueError:
        raise PressparseError(f"--min {spec!r}: {raw.strip()!r} is not a number") from None
    return key, value


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of the eval command: directories, --json, --per-doc, --min."""
    parser.add_argument("dirs", nargs="+", metavar="DIR",
                        help="directories searched (recursively) for NAME.txt with NAME.gold.json beside it")
    parser.add_argument("--json", metavar="FILE", dest="json_file", default=None,
                        help="write the figures as JSON to FILE ('-' for standard output)")
    parser.add_argument("--per-doc", action="store_true", dest="per_doc",
                        help="also list, per document, what was missed, spurious or wrong")
    parser.add_argument("--min", metavar="KEY=VALUE", action="append", dest="minimums", default=[],
                        help="fail (exit 1) when a figure is below VALUE, e.g. --min people.f1=0.6 (repeatable)")


def run_eval(ns: argparse.Namespace) -> int:
    """Run the eval command: 0 ok, 1 a --min figure not reached, 2 bad arguments or input."""
    try:
        minimums = [parse_min(s) for s in getattr(ns, "minimums", None) or []]
        report = evaluate(ns.dirs)
    except PressparseError as exc:
        print(f"pressparse eval: {exc}", file=sys.stderr)
        return 2
    if report.figures["docs"] == 0:
        print(f"pressparse eval: no NAME.txt with a NAME{GOLD_SUFFIX} beside it in {', '.join(map(str, ns.dirs))}",
              file=sys.stderr)
        return 2
    if getattr(ns, "per_doc", False):
        listing = report.per_doc_text()
        if listing:
            print(listing)
            print()
    print(report.table())
    for d in report.per_doc:
        if d.get("error"):
            print(f"pressparse eval: parser error on {d['doc']}: {d['error']}", file=sys.stderr)
    json_file = getattr(ns, "json_file", None)
    if json_file:
        text = json.dumps(report.figures, indent=2)
        if json_file == "-":
            print(text)
        else:
            try:
                Path(json_file).write_text(text + "\n", encoding="utf-8")
            except OSError as exc:
                print(f"pressparse eval: cannot write {json_file}: {exc.strerror or exc}", file=sys.stderr)
                return 2
    failures = report.below(minimums)
    for msg in failures:
        print(f"pressparse eval: below minimum: {msg}", file=sys.stderr)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pressparse.evaluation",
                                     description="Score pressparse against gold annotations.")
    add_eval_arguments(parser)
    return run_eval(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
