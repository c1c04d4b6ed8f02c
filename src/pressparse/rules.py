"""A rule is a named pattern with examples it must match and rejects it must not.

Extractor modules declare their rules as module constants and list them in a `RULES` tuple;
`all_rules()` gathers them so one test can run every example and reject. Patterns are compiled
once (cached) and always run with a timeout: a rule that times out finds nothing for that
document and leaves a warning, never an exception. The warning goes to the list passed in, or
else to the record being parsed (`collect_warnings`), so no caller can lose it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TypeVar

import regex

#: Seconds one rule may spend on one document before it gives up.
RULE_TIMEOUT = 2.0

#: Modules whose `RULES` tuples make up the registry.
RULE_MODULES = (
    "pressparse.language",
    "pressparse.header",
    "pressparse.dates",
    "pressparse.places",
    "pressparse.orgs",
    "pressparse.initiatives",
    "pressparse.people",
    "pressparse.events",
)


#: The warnings list of the record being parsed (set by `collect_warnings`; per thread/context).
_SINK: ContextVar[list[str] | None] = ContextVar("pressparse_rule_warnings", default=None)


@contextmanager
def collect_warnings(warnings: list[str]) -> Iterator[list[str]]:
    """Within this block, a rule that times out adds its warning to `warnings`."""
    token = _SINK.set(warnings)
    try:
        yield warnings
    finally:
        _SINK.reset(token)


def _timed_out(rule: str, warnings: list[str] | None) -> None:
    sink = warnings if warnings is not None else _SINK.get()
    message = f"rule {rule} timed out and was skipped"
    if sink is not None and message not in sink:
        sink.append(message)


@cache
def _compile(pattern: str, flags: int) -> regex.Pattern[str]:
    return regex.compile(pattern, flags | regex.VERSION1)


@dataclass(frozen=True)
class Rule:
    """A named pattern; `examples` must match (search), `rejects` must not."""

    name: str
    pattern: str
    examples: tuple[str, ...] = ()
    rejects: tuple[str, ...] = ()
    label: str = ""
    flags: int = 0
    doc: str = field(default="", compare=False)

    @cached_property
    def compiled(self) -> regex.Pattern[str]:
        """Compiled on first use (import stays fast), then kept on the rule."""
        return _compile(self.pattern, self.flags)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """The first match, or None (also when the rule runs out of time: never an exception)."""
        end = len(text) if endpos is None else endpos
        try:
            return self.compiled.search(text, pos, end, timeout=RULE_TIMEOUT)
        except TimeoutError:
            _timed_out(self.name, None)
            return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None, warnings: list[str] | None = None
    ) -> list[regex.Match[str]]:
        """All matches, or none (and a warning) if the rule runs out of time."""
        end = len(text) if endpos is None else endpos
        try:
            return list(self.compiled.finditer(text, pos, end, timeout=RULE_TIMEOUT))
        except TimeoutError:
            _timed_out(self.name, warnings)
            return []


T = TypeVar("T")

#: Matches read from one `finditer` call in `collect`: the rule's timeout counts from the start of
#: a call, Python work between matches included, so a long scan is cut into calls of this many.
COLLECT_CHUNK = 4096


def _chunked(rule: Rule, text: str, pos: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of one `finditer`, read as successive calls that go on where the last match
    ended (what `finditer` does itself after a non-empty match), each with its own timeout."""
    while True:
        last: regex.Match[str] | None = None
        count = 0
        for m in rule.compiled.finditer(text, pos, end, timeout=RULE_TIMEOUT):
            yield m
            last, count = m, count + 1
            if count >= COLLECT_CHUNK and m.end() > m.start():
                break
        else:
            return
        assert last is not None
        pos = last.end()


def collect(
    rule: Rule, text: str, build: Callable[[Iterator[regex.Match[str]]], list[T]],
    pos: int = 0, endpos: int | None = None, warnings: list[str] | None = None,
) -> list[T]:
    """`build` turns the rule's matches into items as they are found, so a long text never holds
    every match object at once (a tokenizer over 10 MB of punctuation); all or nothing, as
    `Rule.finditer`: if the rule runs out of time, no item and a warning."""
    end = len(text) if endpos is None else endpos
    try:
        return build(_chunked(rule, text, pos, end))
    except TimeoutError:
        _timed_out(rule.name, warnings)
        return []


def spaced_alternation(words: Iterable[str]) -> str:
    """An alternation of phrases in which each space may be one to three white-space characters
    (a run of spaces inside an entry counts as one)."""
    return alternation(tuple(regex.sub(r"\s+", " ", w) for w in words)).replace(r"\ ", r"\s{1,3}")


def alternation(words: "Iterator[str] | tuple[str, ...] | frozenset[str] | list[str]") -> str:
    """A regex alternation of literal words, longest first so the longest wins."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w) for w in uniq) + ")" if uniq else "(?!)"


def all_rules() -> tuple[Rule, ...]:
    found: list[Rule] = []
    for name in RULE_MODULES:
        module = importlib.import_module(name)
        found.extend(getattr(module, "RULES", ()))
    return tuple(found)
