"""Command line: `parse_args` builds the Namespace, `run` dispatches to one function per command,
`main` is the console entry point. Failures print one clear line (no traceback); exit status is
0 when everything worked, 1 when some input failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .batch import UsageError
from .errors import PressparseError
from .reading import DEFAULT_MAX_BYTES

PROG = "pressparse"
_FMT = argparse.RawDescriptionHelpFormatter


def _size(text: str) -> int:
    """`5000000`, `5MB`, `512k`, `2MiB` -> bytes (k/M/G are powers of 1000, Ki/Mi/Gi of 1024)."""
    m = re.fullmatch(r"\s*(\d{1,15})\s*([kmg]i?)?b?\s*", text, re.IGNORECASE)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 5000000 or 5MB)")
    unit = (m.group(2) or "").lower()
    scale = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9, "ki": 2**10, "mi": 2**20, "gi": 2**30}[unit]
    value = int(m.group(1)) * scale
    if value < 1:
        raise argparse.ArgumentTypeError("the size must be at least 1 byte")
    return value


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return value


def _iso_date(text: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _version() -> str:
    from . import __version__

    return __version__


def _example(*lines: str) -> str:
    return "example:\n" + "\n".join(f"  {line}" for line in lines)


def _command(sub: Any, name: str, help_: str, epilog: str, func: Callable[[argparse.Namespace], int]) -> Any:
    p = sub.add_parser(name, help=help_, description=help_, epilog=epilog, formatter_class=_FMT)
    p.set_defaults(func=func)
    return p


def _max_bytes(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                   help="an input larger than this gets an error record (default 5MB; 5000000, 5MB, 512k...)")


def _lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "fr"), default=None,
                   help="language of the releases (default: told from each text)")


def build_parser(argv: list[str]) -> argparse.ArgumentParser:
    from .batch import default_jobs

    parser = argparse.ArgumentParser(
        prog=PROG, formatter_class=_FMT,
        description="Typed, source-grounded records from WCO-style press releases.",
        epilog=_example("pressparse parse release.txt", "pressparse batch releases/ -o records.jsonl"),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = _command(sub, "parse", "Parse one release and print its record as JSON.",
                 _example("pressparse parse release.txt", "pressparse parse page.html --compact",
                          "curl -s URL | pressparse parse - --format html"), cmd_parse)
    p.add_argument("file", metavar="FILE", help="a .txt, .md, .html or .htm file, or - for standard input")
    p.add_argument("--compact", action="store_true", help="one line of JSON instead of indented JSON")
    p.add_argument("--format", choices=("auto", "text", "html"), default="auto",
                   help="how to read the input (default: by file suffix; stdin is sniffed)")
    p.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD", help="dateline to use for relative dates")
    _lang(p)
    _max_bytes(p)

    p = _command(sub, "batch", "Convert many releases: one record per input, none lost.",
                 _example("pressparse batch releases/ 'archive/**/*.html' -o records.jsonl --jobs 4",
                          "pressparse batch releases/ -o records/ --resume")
                 + "\n\nexit status: 0 every input parsed, 1 some gave error records, 2 usage error", cmd_batch)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (searched recursively) or globs")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="OUT.jsonl (one record per line), - (JSON lines on stdout) or a folder (NAME.json each)")
    p.add_argument("--jobs", "-j", type=_jobs, default=default_jobs(), metavar="N",
                   help="worker processes (default: all cores); the output order does not depend on it")
    p.add_argument("--resume", action="store_true", help="keep records in OUT whose input has the same sha256")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    _lang(p)
    _max_bytes(p)

    p = _command(sub, "check", "Compare parses with golden NAME.expected.json files.",
                 _example("pressparse check tests/golden", "pressparse check tests/golden --update",
                          "(to add a golden file: touch NAME.expected.json, then --update)"), cmd_check)
    p.add_argument("folder", metavar="DIR", help="folder holding NAME.txt and NAME.expected.json pairs")
    p.add_argument("--update", action="store_true", help="rewrite the expected files that differ")
    p.add_argument("--ignore", action="append", default=[], metavar="KEY",
                   help="leave this key out of the comparison, at any depth (repeatable), e.g. rule")

    p = _command(sub, "schema", "Print the record's JSON Schema.",
                 _example("pressparse schema > pressrelease.schema.json", "pressparse schema --stored"),
                 cmd_schema)
    p.add_argument("--stored", action="store_true",
                   help="schema of stored batch records: with source/sha256/version keys and error records")

    p = _command(sub, "validate", "Check stored records (JSONL file or folder of JSON) against the schema.",
                 _example("pressparse validate records.jsonl", "pressparse validate records/"), cmd_validate)
    p.add_argument("paths", nargs="+", metavar="FILE.jsonl|DIR", help="stored records")

    p = _command(sub, "show", "Write an HTML page that highlights every extracted span.",
                 _example("pressparse show release.txt -o release.html",
                          "pressparse show records/release.json -o release.html"), cmd_show)
    p.add_argument("file", metavar="FILE", help="a release (.txt, .md, .html) or a stored record (.json)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.html", help="page to write")
    _max_bytes(p)

    p = _command(sub, "eval", "Score the parser against gold files (GUIDE.md's scoring).",
                 _example("pressparse eval corpus/dev", "pressparse eval corpus/dev corpus/seed"), cmd_eval)
    if _wants(argv, "eval"):
        _eval_arguments(p)
    return parser


def _wants(argv: list[str], command: str) -> bool:
    words = [a for a in argv if not a.startswith("-")]
    return bool(words) and words[0] == command


def _eval_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments come from pressparse.evaluation, imported only when `eval` is asked for."""
    try:
        evaluate = importlib.import_module("pressparse.evaluation")
    except Exception as exc:  # noqa: BLE001 - the rest of the CLI must work without it
        p.set_defaults(eval_missing=f"the scorer is not available ({type(exc).__name__}: {exc})")
        p.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
        return
    evaluate.add_eval_arguments(p)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The Namespace for `argv`; argparse's SystemExit (status 2 or 0 for --help) passes through."""
    args = sys.argv[1:] if argv is None else list(argv)
    return build_parser(args).parse_args(args)


def cmd_parse(ns: argparse.Namespace) -> int:
    from .reading import load_bytes, read_stream, source_from_bytes
    from .records import make_record

    if ns.file == "-":
        label, data = "-", read_stream(sys.stdin.buffer, ns.max_bytes)
    else:
        label, data = ns.file, load_bytes(ns.file, ns.max_bytes)
    record = make_record(source_from_bytes(data, label, ns.format), published=ns.published, lang=ns.lang)
    print(json.dumps(record, ensure_ascii=False, indent=None if ns.compact else 2))
    return 0


def cmd_batch(ns: argparse.Namespace) -> int:
    from .batch import BatchOptions, run_batch

    opts = BatchOptions(ns.inputs, ns.output, ns.jobs, ns.resume, ns.quiet, ns.max_bytes, ns.lang)
    return run_batch(opts, sys.stdout, sys.stderr)


def cmd_check(ns: argparse.Namespace) -> int:
    from .golden import run_check

    return run_check(Path(ns.folder), update=ns.update, ignore=ns.ignore, out=sys.stdout)


def cmd_schema(ns: argparse.Namespace) -> int:
    from .schema_cli import record_schema

    print(json.dumps(record_schema(ns.stored), indent=2))
    return 0


def cmd_validate(ns: argparse.Namespace) -> int:
    from .schema_cli import run_validate

    return run_validate([Path(p) for p in ns.paths], sys.stdout)


def cmd_show(ns: argparse.Namespace) -> int:
    from .batch import atomic_write
    from .show import load_for_show, render_page

    text, record = load_for_show(Path(ns.file), ns.max_bytes)
    page, count = render_page(text, record)
    atomic_write(Path(ns.output), page)
    print(f"{ns.output}: {count} spans highlighted")
    return 0


def cmd_eval(ns: argparse.Namespace) -> int:
    missing = getattr(ns, "eval_missing", None)
    if missing:
        raise PressparseError(missing)
    return int(importlib.import_module("pressparse.evaluation").run_eval(ns))


def run(ns: argparse.Namespace) -> int:
    """Run the chosen command; expected failures become one line on stderr."""
    name = f"{PROG} {getattr(ns, 'command', '')}".strip()
    try:
        return int(ns.func(ns))
    except UsageError as exc:
        print(f"{name}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        raise
    except (PressparseError, OSError) as exc:
        print(f"{name}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{name}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug still gets one line; the variable shows the traceback
        if os.environ.get("PRESSPARSE_TRACEBACK"):
            raise
        print(f"{name}: internal error: {type(exc).__name__}: {exc} (PRESSPARSE_TRACEBACK=1 shows where)",
              file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    """Console entry point `pressparse`."""
    try:
        ns = parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        return run(ns)
    except BrokenPipeError:  # `pressparse parse x | head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
