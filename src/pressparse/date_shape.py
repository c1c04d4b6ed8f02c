"""What one match attempt of a rule's pattern can consume and read: the bounds that let a scan skip
text where the rule cannot match (`date_windows`).

`shape` walks the regex syntax the rules use (literals, sets, escapes, groups, lookarounds, bounded
repeats) and returns the fewest and most characters a match consumes, how far past its start an
attempt reads (lookaheads and `$` included), whether the first character it consumes is always an
ASCII digit, characters of which every match consumes one, and the named groups every match holds
(by their source), each with the most the pattern consumes before it. Anything it cannot bound (`*`, `+`, `{2,}`,
backreferences, conditionals, global or verbose flags) gives None. In a case-insensitive part a
non-ASCII character or a set counts as up to three characters, since full case folding lets "ß"
match "ss"; and only characters without case can be required there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import regex

#: A character folded in case-insensitive matching can stand for at most this many (full case folding).
_MAX_FOLD = 3
_BOUNDS = re.compile(r"\{([0-9]{0,6})(?:(,)([0-9]{1,6}))?\}")
_PLAIN_SET = re.compile(r"(?:\\[^\w\s]|[^\\\[\]^](?:-[^\\\[\]^])?){1,200}")
_FLAG_LETTERS = frozenset("ims-")
_ALLOWED_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERSION1
_DIGITS = frozenset("0123456789")
_LITERAL_RUN = re.compile(r"[^\\\[\]()|?*+{}.^$]{1,10000}")
_NO_MARKS: Mapping[str, tuple[int, int]] = MappingProxyType({})


class _Unbounded(Exception):
    """The pattern uses something `shape` does not bound."""


@dataclass(frozen=True, slots=True)
class _Part:
    least: int
    most: int
    reach: int                       # characters read past the start (consumed or looked ahead), >= most
    digits: bool                     # the first character consumed is always an ASCII digit
    needs: frozenset[str] | None     # every match consumes one of these characters (None: unknown)
    marks: Mapping[str, tuple[int, int]]  # named group every match holds, by source -> (most before it, how often)


_NOTHING = _Part(0, 0, 0, True, None, _NO_MARKS)
_ANY_CHAR = _Part(1, 1, 1, False, None, _NO_MARKS)


@dataclass(frozen=True, slots=True)
class Shape:
    """The bounds of a whole pattern (see the module docstring)."""

    least: int
    most: int
    reach: int
    digits: bool
    needs: frozenset[str] | None
    marks: Mapping[str, tuple[int, int]]  # named group every match holds, by its source -> (most consumed
                                          # before its first one, fewest times it occurs)
    anchored: bool            # uses `^` or `\G`, whose answer depends on where a scan starts


class _Parser:
    """A recursive descent over the pattern, computing a `_Part` for each part of it."""

    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0
        self.anchored = False

    def alternation(self, icase: bool) -> _Part:
        branches = [self.sequence(icase)]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.sequence(icase))
        if len(branches) == 1:
            return branches[0]
        needs = [b.needs for b in branches]
        merged = frozenset(c for n in needs if n is not None for c in n) if None not in needs else None
        marks = {src: (max(b.marks[src][0] for b in branches), min(b.marks[src][1] for b in branches))
                 for src in branches[0].marks if all(src in b.marks for b in branches)}
        return _Part(min(b.least for b in branches), max(b.most for b in branches), max(b.reach for b in branches),
                     all(b.digits for b in branches), merged, marks)

    def sequence(self, icase: bool) -> _Part:
        least = most = reach = 0
        digits, leading = True, True
        needs: frozenset[str] | None = None
        marks: dict[str, tuple[int, int]] = {}
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            node = self.literals(icase) or self.quantified(self.atom(icase))
            for src, (offset, times) in node.marks.items():
                before, seen = marks.get(src, (most + offset, 0))
                marks[src] = (min(before, most + offset), seen + times)
            reach = max(reach, most + node.reach)
            least, most = least + node.least, most + node.most
            if leading:
                digits = digits and node.digits
                leading = node.least == 0
            if node.needs is not None and (needs is None or len(node.needs) < len(needs)):
                needs = node.needs
        return _Part(least, most, max(reach, most), digits, needs, marks)

    def literals(self, icase: bool) -> _Part | None:
        """A run of plain characters, none of them repeated, read at once (the alternations of
        month names are mostly that)."""
        run = _LITERAL_RUN.match(self.p, self.i)
        if run is None:
            return None
        end = run.end()
        if end < len(self.p) and self.p[end] in "?*+{":  # the last one is repeated: left to `atom`
            end -= 1
        if end <= self.i:
            return None
        text, self.i = self.p[self.i : end], end
        most = sum(_MAX_FOLD if icase and not c.isascii() else 1 for c in text)
        caseless = next((c for c in text if not icase or (c.isascii() and not c.isalpha())), None)
        return _Part(len(text), most, most, text[0] in _DIGITS, frozenset(caseless) if caseless else None, _NO_MARKS)

    def quantified(self, node: _Part) -> _Part:
        p, i = self.p, self.i
        if i >= len(p) or p[i] not in "?*+{":
            return node
        if p[i] == "?":
            low, high, self.i = 0, 1, i + 1
        elif p[i] == "{":
            close = p.find("}", i)
            bounds = _BOUNDS.fullmatch(p, i, close + 1) if close > 0 else None
            if bounds is None:  # unbounded ({2,}) or no repeat at all
                raise _Unbounded(p[i : close + 1])
            low = int(bounds.group(1) or 0)
            high = int(bounds.group(3) or 0) if bounds.group(2) else low
            self.i = close + 1
        else:
            raise _Unbounded(p[i])
        if self.i < len(p) and p[self.i] in "?+":
            self.i += 1
        if high == 0:
            return _NOTHING
        if low == 0:
            return _Part(0, high * node.most, (high - 1) * node.most + node.reach, node.digits, None, _NO_MARKS)
        return _Part(low * node.least, high * node.most, (high - 1) * node.most + node.reach, node.digits, node.needs,
                     {src: (offset, times * low) for src, (offset, times) in node.marks.items()})

    def atom(self, icase: bool) -> _Part:
        p, i = self.p, self.i
        c = p[i]
        if c == "(":
            return self.group(icase)
        if c == "[":
            return self.char_set(icase)
        if c == "\\":
            return self.escape(icase)
        self.i += 1
        if c == "$":
            return _Part(0, 0, 2, True, None, _NO_MARKS)
        if c == "^":
            self.anchored = True
            return _NOTHING
        if c == ".":
            return _ANY_CHAR
        if c in "*+?{":
            raise _Unbounded(c)
        return self.literal(c, icase)

    @staticmethod
    def literal(c: str, icase: bool) -> _Part:
        width = _MAX_FOLD if icase and not c.isascii() else 1
        caseless = not icase or (c.isascii() and not c.isalpha())
        return _Part(1, width, width, c in _DIGITS, frozenset(c) if caseless else None, _NO_MARKS)

    def group(self, icase: bool) -> _Part:
        p, i = self.p, self.i
        name, kind = "", "group"
        if p.startswith("(?:", i):
            self.i = i + 3
        elif p.startswith("(?P<", i) or (p.startswith("(?<", i) and p[i + 3 : i + 4] not in ("=", "!")):
            start = i + (4 if p[i + 2] == "P" else 3)
            close = p.index(">", start)
            name = p[start:close]
            if not name.isidentifier():
                raise _Unbounded(name)
            self.i = close + 1
        elif p.startswith(("(?=", "(?!"), i):
            kind, self.i = "ahead", i + 3
        elif p.startswith(("(?<=", "(?<!"), i):
            kind, self.i = "behind", i + 4
        elif p.startswith("(?>", i):
            self.i = i + 3
        elif p.startswith("(?", i):
            close = p.find(":", i)
            flags = p[i + 2 : close]
            if close < 0 or not flags or not set(flags) <= _FLAG_LETTERS:
                raise _Unbounded(p[i : i + 8])
            on, _, off = flags.partition("-")
            icase = ("i" in on) or (icase and "i" not in off)
            self.i = close + 1
        else:
            self.i = i + 1
        start = self.i
        inner = self.alternation(icase)
        if self.i >= len(p) or p[self.i] != ")":
            raise _Unbounded("unbalanced")
        source = p[start : self.i]
        self.i += 1
        if kind == "ahead":
            return _Part(0, 0, inner.reach, True, None, _NO_MARKS)
        if kind == "behind":  # read backwards from here; only what it looks ahead of its own start counts
            return _Part(0, 0, max(0, inner.reach - inner.least), True, None, _NO_MARKS)
        if name:
            marks = {**inner.marks, source: (0, 1)}
            return _Part(inner.least, inner.most, inner.reach, inner.digits, inner.needs, marks)
        return inner

    def char_set(self, icase: bool) -> _Part:
        p, start = self.p, self.i + 1
        j = start + (p[start] == "^")
        if p[j] == "]":
            raise _Unbounded("set starting with ]")
        depth = 1
        while depth:
            c = p[j]
            if c == "\\":
                j = p.index("}", j) + 1 if p[j + 1 : j + 2] in ("p", "P", "N") and p[j + 2] == "{" else j + 2
                continue
            depth += (c == "[") - (c == "]")
            j += 1
        self.i = j
        members = _members(p[start : j - 1])
        width = _MAX_FOLD if icase else 1  # a set may match a full case folding ("[ß]" ~ "ss")
        if icase and members is not None and any(not (c.isascii() and not c.isalpha()) for c in members):
            members = None
        return _Part(1, width, width, members is not None and members <= _DIGITS, members, _NO_MARKS)

    def escape(self, icase: bool) -> _Part:
        p, i = self.p, self.i
        c = p[i + 1]
        self.i = i + 2
        if c in "pP":
            self.i = p.index("}", i) + 1 if p[i + 2] == "{" else i + 3
            return _ANY_CHAR
        if c in "dDwWsStnrfvae":
            return _ANY_CHAR
        if c in "bBmMZ":
            return _Part(0, 0, 1, True, None, _NO_MARKS)
        if c == "A":
            return _NOTHING
        if c == "G":
            self.anchored = True
            return _NOTHING
        if c in "NxuU":
            if p[i + 2] == "{":
                self.i = p.index("}", i) + 1
            elif c == "N":
                raise _Unbounded("\\N")
            else:
                self.i = i + 2 + {"x": 2, "u": 4, "U": 8}[c]
            width = _MAX_FOLD if icase else 1
            return _Part(1, width, width, False, None, _NO_MARKS)
        if c.isalnum():
            raise _Unbounded("\\" + c)
        return self.literal(c, icase)


def _members(body: str) -> frozenset[str] | None:
    """The characters of a set written as plain characters and ranges ("0-9", ",:-"), else None."""
    if not body or body.startswith("^") or not _PLAIN_SET.fullmatch(body):
        return None
    chars: set[str] = set()
    i = 0
    while i < len(body):
        c = body[i + 1] if body[i] == "\\" else body[i]
        i += 2 if body[i] == "\\" else 1
        if i + 1 < len(body) and body[i] == "-":
            last = body[i + 1]
            if ord(last) - ord(c) > 256 or last < c:
                return None
            chars.update(chr(k) for k in range(ord(c), ord(last) + 1))
            i += 2
        else:
            chars.add(c)
    return frozenset(chars)


@lru_cache(maxsize=256)
def shape(pattern: str, flags: int = 0) -> Shape | None:
    """The bounds of `pattern` (None if it has a part without a bound, or syntax not handled)."""
    if flags & ~_ALLOWED_FLAGS:
        return None
    parser = _Parser(pattern)
    try:
        whole = parser.alternation(bool(flags & regex.IGNORECASE))
    except (_Unbounded, ValueError, IndexError, KeyError):
        return None
    if parser.i != len(pattern):
        return None
    return Shape(whole.least, whole.most, whole.reach, whole.digits, whole.needs, whole.marks, parser.anchored)
