"""Command line: parse_args / run / main."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import parse_file

    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "parse":
        print(parse_file(args[1]).model_dump_json(indent=2))
        return 0
    print("usage: pressparse parse FILE", file=sys.stderr)
    return 2
