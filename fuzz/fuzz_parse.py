"""Coverage-guided fuzzing of `pressparse.parse`: it must never raise and every span must be valid.

    .venv/bin/python fuzz/fuzz_parse.py --seconds 600
    .venv/bin/python fuzz/fuzz_parse.py --seconds 60 --engine random   # no atheris needed

Engine `atheris` (default when atheris imports): libFuzzer drives the inputs, guided by line
coverage of the pressparse modules. The initial corpus is the releases in seeds/ and fixtures/
(copied to a scratch directory, so the repository is never written to). Each round the custom
mutator either applies libFuzzer's byte-level mutation or a structured, text-level one (lines
shuffled, cut, case flipped, whitespace and punctuation changed, other scripts inserted, a run of
text repeated, a fragment of another release spliced in). Inputs are bytes decoded as UTF-8 with
replacement, so every byte string is a test.

Engine `random` (the fallback when atheris cannot be installed): the same mutations, chosen by a
seeded `random.Random`, with no coverage guidance. It is labelled as such in the summary.

Checks per input: `parse` returns (only `InputTooLarge` is allowed, and only above
`MAX_INPUT_CHARS`); every Mention satisfies `0 <= start <= end <= len(text)` and
`text[start:end] == mention.text`; the record dumps to JSON. A failing input is saved to
fuzz/findings/ (`crash-<sha1>.txt` with the input, `.txt.trace` with the traceback) and fuzzing
goes on; distinct failures are told apart by exception type and raising line. Inputs slower than
`--slow` seconds are saved as `slow-<sha1>.txt` with the time in the `.trace` file. At the end it
prints the engine, inputs tried, executions per second and the findings.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
FINDINGS = Path(__file__).resolve().parent / "findings"

try:  # atheris is optional: without it the harness falls back to a random mutation loop.
    import atheris  # type: ignore[import-untyped]

    with atheris.instrument_imports(include=["pressparse"]):
        import pressparse
        import pressparse.pipeline  # noqa: F401 - parse imports it lazily; instrument it (and
        from pressparse.spans import iter_mentions  # every extractor) here, not on first call
    HAVE_ATHERIS = True
except ImportError:  # pragma: no cover - depends on the environment
    atheris = None
    import pressparse
    from pressparse.spans import iter_mentions

    HAVE_ATHERIS = False


# ---------------------------------------------------------------------------- text mutations
OTHER_SCRIPTS = (
    "海关总署", "таможня", "جمارك", "सीमा शुल्क", "관세청", "ศุลกากร", "Τελωνείο", "מכס", "税関",
    "\u200b", "\u200e", "\u200f", "\u202e", "\ufeff", "\u0301", "e\u0301", "\U0001f600", "\ufffd",
    "\u2028", "\u2029", "\x85", "\x00", "\x1b", "\t", "\r", "\r\n", "\u00a0", "\u2013", "\u2014",
    "\u201c", "\u201d", "\u2018", "\u2019", "ǅ", "İ", "ß", "ﬁ", "Ⅻ", "١٢", "۱۲", "１２",
)
PUNCT = ".,;:!?()[]{}\"'-/&*#@%+=<>|\\_~`\u2013\u2014\u201c\u201d\u2018\u2019\u2026"
WHITESPACE = (" ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2003", "")
TRIGGERS = (
    "Mr. ", "Ms. ", "H.E. ", "Dr. ", "(", ")", "12 - 13 ", "2019", "December ", "Secretary General ",
    "Customs ", "World Customs Organization (WCO) ", "in Brussels, Belgium", "Operation ", "-",
    "from 4 to 8 March ", "last week ", "Conference ", "Programme ", "the ", "of ", ", ",
)


def _span(rng: random.Random, n: int) -> tuple[int, int]:
    a, b = rng.randint(0, n), rng.randint(0, n)
    return (a, b) if a <= b else (b, a)


def shuffle_lines(text: str, rng: random.Random, _: list[str]) -> str:
    lines = text.split("\n")
    rng.shuffle(lines)
    return "\n".join(lines)


def cut(text: str, rng: random.Random, _: list[str]) -> str:
    a, b = _span(rng, len(text))
    return text[a:b] if rng.random() < 0.5 else text[:a] + text[b:]


def flip_case(text: str, rng: random.Random, _: list[str]) -> str:
    a, b = _span(rng, len(text))
    how = rng.choice((str.upper, str.lower, str.swapcase, str.title))
    return text[:a] + how(text[a:b]) + text[b:]


def change_whitespace(text: str, rng: random.Random, _: list[str]) -> str:
    chars = list(text)
    for _i in range(rng.randint(1, 20)):
        spots = [i for i in range(len(chars)) if chars[i] in " \n\t"] if chars else []
        if not spots:
            break
        chars[rng.choice(spots)] = rng.choice(WHITESPACE)
    return "".join(chars)


def change_punctuation(text: str, rng: random.Random, _: list[str]) -> str:
    chars = list(text)
    for _i in range(rng.randint(1, 20)):
        i = rng.randint(0, len(chars))
        op = rng.random()
        if op < 0.4 or not chars:
            chars.insert(i, rng.choice(PUNCT))
        elif op < 0.7 and i < len(chars) and chars[i] in PUNCT:
            del chars[i]
        elif i < len(chars):
            chars[i] = rng.choice(PUNCT)
    return "".join(chars)


def insert_other_script(text: str, rng: random.Random, _: list[str]) -> str:
    for _i in range(rng.randint(1, 10)):
        i = rng.randint(0, len(text))
        text = text[:i] + rng.choice(OTHER_SCRIPTS) + text[i:]
    return text


def repeat_run(text: str, rng: random.Random, _: list[str]) -> str:
    a, b = _span(rng, len(text))
    b = min(b, a + 40)
    unit = text[a:b] or rng.choice(TRIGGERS)
    return text[:a] + unit * rng.randint(2, 300) + text[a:]


def insert_trigger(text: str, rng: random.Random, _: list[str]) -> str:
    i = rng.randint(0, len(text))
    return text[:i] + "".join(rng.choice(TRIGGERS) for _ in range(rng.randint(1, 12))) + text[i:]


def splice(text: str, rng: random.Random, pool: list[str]) -> str:
    if not pool:
        return text
    other = rng.choice(pool)
    a, b = _span(rng, len(other))
    i = rng.randint(0, len(text))
    return text[:i] + other[a:b] + text[i:]


MUTATIONS: tuple[Callable[[str, random.Random, list[str]], str], ...] = (
    shuffle_lines, cut, flip_case, change_whitespace, change_punctuation, insert_other_script,
    repeat_run, insert_trigger, splice,
)


def mutate_text(text: str, rng: random.Random, pool: list[str], max_chars: int) -> str:
    """One to four structured mutations, trimmed to `max_chars`."""
    for _ in range(rng.randint(1, 4)):
        text = rng.choice(MUTATIONS)(text, rng, pool)
    return text[:max_chars]


# ---------------------------------------------------------------------------- checking
@dataclass
class Stats:
    tried: int = 0
    crashes: dict[str, str] = field(default_factory=dict)  # signature -> saved file
    slow: list[tuple[float, int, str]] = field(default_factory=list)  # seconds, chars, file
    slowest: tuple[float, int] = (0.0, 0)


def _save(kind: str, data: bytes, note: str) -> str:
    FINDINGS.mkdir(parents=True, exist_ok=True)
    path = FINDINGS / f"{kind}-{hashlib.sha1(data).hexdigest()[:16]}.txt"
    path.write_bytes(data)
    path.with_suffix(".txt.trace").write_text(note, encoding="utf-8")
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def check(text: str) -> None:
    """The properties every input must have; raises AssertionError (or whatever parse raised)."""
    try:
        record = pressparse.parse(text)
    except pressparse.InputTooLarge:
        if len(text) > pressparse.MAX_INPUT_CHARS:
            return
        raise
    for path, m in iter_mentions(record):
        assert 0 <= m.start <= m.end <= len(text), f"{path}: span {m.start}-{m.end} out of 0-{len(text)}"
        assert text[m.start : m.end] == m.text, f"{path}: {m.text!r} != source[{m.start}:{m.end}]"
    record.model_dump_json()


def _signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = next((f for f in reversed(frames) if "pressparse" in f.filename), frames[-1] if frames else None)
    loc = f"{Path(where.filename).name}:{where.lineno}" if where else "?"
    field_path = "".join(c for c in str(exc).split(":")[0] if not c.isdigit())[:60]
    return f"{type(exc).__name__} at {loc}" + (f" ({field_path})" if isinstance(exc, AssertionError) else "")


def run_one(data: bytes, stats: Stats, slow_after: float) -> None:
    text = data.decode("utf-8", "replace")
    stats.tried += 1
    t0 = time.perf_counter()
    try:
        check(text)
    except Exception as exc:  # noqa: BLE001 - every exception is a finding
        sig = _signature(exc)
        if sig not in stats.crashes:
            stats.crashes[sig] = _save("crash", data, "".join(traceback.format_exception(exc)))
            print(f"\nFINDING {sig} -> {stats.crashes[sig]}", file=sys.stderr, flush=True)
    took = time.perf_counter() - t0
    if took > stats.slowest[0]:
        stats.slowest = (took, len(text))
    if took > slow_after:
        saved = _save("slow", data, f"parse took {took:.2f} s on {len(text)} characters\n")
        stats.slow.append((took, len(text), saved))
        print(f"\nSLOW {took:.2f} s on {len(text)} chars -> {saved}", file=sys.stderr, flush=True)


def report(stats: Stats, engine: str, seconds: float) -> None:
    print("\n==== fuzz_parse summary ====")
    print(f"engine: {engine}")
    print(f"seconds: {seconds:.0f}")
    print(f"inputs tried: {stats.tried:,} ({stats.tried / max(seconds, 1e-9):,.1f} exec/s)")
    print(f"slowest input: {stats.slowest[0]:.3f} s on {stats.slowest[1]:,} chars")
    print(f"distinct failures: {len(stats.crashes)}")
    for sig, path in stats.crashes.items():
        print(f"  {sig} -> {path}")
    print(f"slow inputs: {len(stats.slow)}")
    for took, n, path in sorted(stats.slow, reverse=True)[:20]:
        print(f"  {took:.2f} s, {n:,} chars -> {path}")
    sys.stdout.flush()


def seed_texts() -> list[str]:
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


# ---------------------------------------------------------------------------- engines
def fuzz_atheris(ns: argparse.Namespace, stats: Stats, pool: list[str]) -> None:
    assert atheris is not None
    start = time.monotonic()
    deadline = start + ns.seconds

    def one_input(data: bytes) -> None:
        if time.monotonic() > deadline:
            report(stats, "atheris (libFuzzer, coverage-guided)", time.monotonic() - start)
            os._exit(1 if stats.crashes else 0)
        run_one(data, stats, ns.slow)

    def mutator(data: bytes, max_size: int, seed: int) -> bytes:
        rng = random.Random(seed)
        if rng.random() < 0.4:
            return bytes(atheris.Mutate(data, max_size))
        text = mutate_text(data.decode("utf-8", "replace"), rng, pool, max_size)
        return text.encode("utf-8")[:max_size]

    corpus = Path(tempfile.mkdtemp(prefix="pressparse-fuzz-corpus-"))
    for i, text in enumerate(pool):
        (corpus / f"seed-{i:03d}.txt").write_text(text, encoding="utf-8")
    args = [
        sys.argv[0], str(corpus), f"-max_len={ns.max_len}", f"-timeout={ns.hang}",
        f"-max_total_time={ns.seconds + 5}", "-print_final_stats=1", f"-seed={ns.seed}",
        "-rss_limit_mb=4096",
    ]
    try:
        atheris.Setup(args, one_input, custom_mutator=mutator)
        atheris.Fuzz()
    finally:  # libFuzzer normally ends the process from one_input above
        shutil.rmtree(corpus, ignore_errors=True)


def fuzz_random(ns: argparse.Namespace, stats: Stats, pool: list[str]) -> None:
    rng = random.Random(ns.seed)
    start = time.monotonic()
    for text in pool:
        run_one(text.encode("utf-8"), stats, ns.slow)
    while time.monotonic() - start < ns.seconds:
        if rng.random() < 0.2:
            data = rng.randbytes(rng.randint(0, ns.max_len))
        else:
            data = mutate_text(rng.choice(pool), rng, pool, ns.max_len).encode("utf-8")[: ns.max_len]
        run_one(data, stats, ns.slow)
    report(stats, "random (FALLBACK: seeded random mutations, no coverage guidance)", time.monotonic() - start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    ap.add_argument("--engine", choices=("atheris", "random"), default="atheris" if HAVE_ATHERIS else "random")
    ap.add_argument("--max-len", type=int, default=16384, help="largest input in bytes (default 16384)")
    ap.add_argument("--slow", type=float, default=2.0, help="save inputs slower than this many seconds")
    ap.add_argument("--hang", type=int, default=120, help="libFuzzer per-input timeout in seconds")
    ap.add_argument("--seed", type=int, default=1)
    ns = ap.parse_args(argv)
    pool = seed_texts()
    stats = Stats()
    check(pool[0] if pool else "")  # warm-up: lazy gazetteers and patterns are not an input's cost
    if ns.engine == "atheris":
        if not HAVE_ATHERIS:
            ap.error("atheris is not installed; use --engine random")
        fuzz_atheris(ns, stats, pool)
    else:
        fuzz_random(ns, stats, pool)
    return 1 if stats.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
