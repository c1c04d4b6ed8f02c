"""Run a date rule only near the words it needs, with the same matches as a scan of the whole range.

A rule tries every offset of the text, and most offsets cannot start a date. Every match of a date
rule holds, at its top level, a group of a known kind: digits, a year, a month or weekday name, a
phrase (relative ones, publication words) (`data/<lang>/months.txt`, `weekdays.txt`,
`relative_dates.json`, `published_words.txt`). One cheap scan
per kind finds where such a group can start; a match starts at most `before` characters ahead of
it (the most the pattern consumes before the group), so only those offsets are tried, and only
where the match's other kinds (a month for "12-13 ...") lie within its greatest width.

Why the matches are the same: `date_shape.shape` bounds how far past its start one attempt reads
(consumed text and lookaheads). A window stopping that far past the last offset it tries gives
every such attempt the answer the whole range gives; lookbehinds see the text before `pos` anyway;
no offset between windows can start a match; and windows are scanned in order from where the last
match ended, as one `finditer` over the range would. A rule whose pattern has no bound, or whose
trigger words cannot be found exactly (see `_lower_safe`), is scanned whole.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

import regex

from .date_shape import shape
from .relative_dates import ANY, EN, FR, VOCAB, YEAR_DIGITS, YEAR_PIECE, Pieces, phrase_piece, phrase_starts
from .rules import Rule

#: A window ending this close to the next one is merged with it (one call costs about that many offsets).
_MERGE_GAP = 24
#: More triggers than this many, plus one per this many characters, and a rule scans its range whole:
#: windows that close together would cover it anyway, and the lists stay small on huge inputs.
_MAX_TRIGGERS = 64
_TRIGGER_SPACING = 128
_LOWER_PIECE = 1 << 16
_DIGIT_RUN = regex.compile(r"[0-9]{1,64}")
_YEAR = regex.compile(YEAR_DIGITS)
_NO_LETTER_BEFORE = r"(?<!\p{L})"
#: Kinds in the order a rule prefers to be scanned near (rarer words first), and by cost to find.
_ORDER = ("month", "year", "weekday", "phrase", "digit")
_COST = ("digit", "year", "month", "weekday", "phrase")

#: Sorted ranges [lo, hi] of offsets where a group may start, as two lists (los, his).
Spans = tuple[list[int], list[int]]


@dataclass(frozen=True, slots=True)
class Plan:
    """How to scan one rule: near starts of its `kind` group, where the `needs` kinds are near too."""

    kind: str
    before: int   # most characters a match holds before its `kind` group
    most: int     # most characters a match holds
    reach: int    # most characters past its start one attempt reads
    needs: tuple[str, ...]
    check: tuple[str, ...]  # every kind a match holds, cheapest to find first
    repeats: tuple[tuple[str, int], ...]  # kinds (not digits) a match holds more than once, and how often


@dataclass(frozen=True)
class Vocabulary:
    """The pieces a language's date rules are built from, and the words each piece starts with."""

    name: str
    pieces: Pieces
    phrase_piece: str = ""
    phrase_starts: tuple[str, ...] = ()
    _plans: dict[tuple[str, int], Plan | None] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def kind_of(self, source: str) -> str | None:
        """What finds the places a group with this source can start at (None: nothing cheap does)."""
        if source == self.pieces.month:
            return "month"
        if source == self.pieces.weekday:
            return "weekday"
        if source == self.pieces.year and _year_trigger_ok():
            return "year"
        if self.phrase_piece and source == self.phrase_piece:
            return "phrase"
        found = shape(source)
        return "digit" if found is not None and found.least > 0 and found.digits else None

    def words(self, kind: str) -> tuple[tuple[str, ...], bool, bool]:
        """The words a group of `kind` starts with, whether they are matched as written, and whether
        the piece only matches where no letter precedes it."""
        if kind in ("month", "weekday"):
            piece = self.pieces.month if kind == "month" else self.pieces.weekday
            words = self.pieces.month_words if kind == "month" else self.pieces.weekday_words
            return words, self.pieces.cased, piece.startswith(_NO_LETTER_BEFORE)
        return self.phrase_starts, False, False

    def plan(self, rule: Rule) -> Plan | None:
        """How to scan `rule` (None: over the whole range)."""
        key = (rule.pattern, rule.flags)
        if key not in self._plans:
            self._plans[key] = self._make_plan(rule)
        return self._plans[key]

    def _make_plan(self, rule: Rule) -> Plan | None:
        found = shape(rule.pattern, rule.flags)
        if found is None or found.least == 0 or found.anchored:
            return None
        kinds: dict[str, int] = {}
        times: dict[str, int] = {}
        for source, (offset, count) in found.marks.items():
            kind = self.kind_of(source)
            if kind is None:
                continue
            kinds[kind] = min(kinds.get(kind, offset), offset)
            if kind != "digit":  # two groups of one piece start at two places (a digit run may hold two)
                times[kind] = max(times.get(kind, count), count)
        if not kinds:
            return None
        # digits are everywhere: scan near them only where a match starts with them
        kind = min(kinds, key=lambda k: (k == "digit" and kinds[k] > 0, kinds[k], _ORDER.index(k)))
        return Plan(kind, kinds[kind], found.most, found.reach, tuple(k for k in kinds if k != kind),
                    tuple(sorted(kinds, key=_COST.index)), tuple((k, c) for k, c in times.items() if c > 1))


@lru_cache(maxsize=1)
def _year_trigger_ok() -> bool:
    """Year triggers are runs of exactly four digits: right while the year piece needs that."""
    return YEAR_PIECE.startswith(r"(?<![\p{N}])" + YEAR_DIGITS + r"(?![\p{N}])")


def _overlaps(w1: str, w2: str, bounded: bool) -> bool:
    """`w2` can start inside `w1` (a proper suffix of `w1` agrees with the start of `w2`; if the
    piece needs no letter before it, only a suffix after a character that is no letter)."""
    return any(w1[i:].startswith(w2[: len(w1) - i]) for i in range(1, len(w1))
               if not (bounded and w1[i - 1].isalpha()))


@lru_cache(maxsize=64)
def _word_scanner(words: tuple[str, ...], lower: bool, bounded: bool
                  ) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]] | None:
    """Literal alternations that together find every place one of `words` (lower case if `lower`)
    starts, and the words that need a search of their own.

    A left-to-right scan of an alternation misses a word only where it starts inside a word found
    before it, so words that can overlap go to different alternations; a word that can overlap
    itself ("abab") is searched for alone, occurrence by occurrence.
    """
    forms = tuple(dict.fromkeys(w.lower() if lower else w for w in words))
    if not forms or "" in forms or (lower and any(w != w.casefold() for w in forms)):
        return None
    groups: list[list[str]] = []
    alone: list[str] = []
    for w in sorted(forms, key=lambda w: (-len(w), w)):
        if _overlaps(w, w, bounded):
            alone.append(w)
            continue
        for group in groups:
            if not any(_overlaps(w, o, bounded) or _overlaps(o, w, bounded) for o in group):
                group.append(w)
                break
        else:
            groups.append([w])
    return tuple(re.compile("|".join(re.escape(w) for w in group)) for group in groups), tuple(alone)


@lru_cache(maxsize=4096)
def _char_lower_safe(c: str) -> bool:
    """`c` lower-cases to one character, the one case folding gives, whatever stands around it
    (not so for a final sigma)."""
    low = c.lower()
    return len(low) == 1 and low == c.casefold() and ("A" + c).lower() == "a" + low == ("A" + c + "A").lower()[:2]


def _lower_safe(text: str) -> bool:
    """Lower-casing maps this text one character to one, as case-insensitive matching folds it, so
    a case-insensitive match of a lower-case word is that word in the lower-cased text."""
    return text.isascii() or all(_char_lower_safe(c) for c in set(text) if not c.isascii())


def _lowered(text: str) -> str:
    """`text.lower()`, a piece at a time (lower-casing a non-ASCII text at once takes twelve bytes a
    character); the same where `_lower_safe`, as each character then lower-cases alone."""
    if text.isascii() or len(text) <= _LOWER_PIECE:
        return text.lower()
    return "".join(text[i : i + _LOWER_PIECE].lower() for i in range(0, len(text), _LOWER_PIECE))


class Triggers:
    """Where groups of each kind can start in `text[start:end]`, found once and shared by rules."""

    def __init__(self, text: str, start: int, end: int, vocab: Vocabulary) -> None:
        self.text, self.start, self.end, self.vocab = text, start, end, vocab
        self._found: dict[str, Spans | None] = {}
        self._lower: tuple[str | None] | None = None  # the lower-cased range (None if unsafe), once made

    def spans(self, kind: str) -> Spans | None:
        """Where a group of `kind` may start (None if that cannot be found exactly)."""
        if kind not in self._found:
            self._found[kind] = self._find(kind)
        return self._found[kind]

    def _find(self, kind: str) -> Spans | None:
        text, start, end = self.text, self.start, self.end
        limit = _MAX_TRIGGERS + (end - start) // _TRIGGER_SPACING
        if kind in ("digit", "year"):
            runs = [m.span() for m in islice(_DIGIT_RUN.finditer(text, start, end), limit + 1)]
            if len(runs) > limit:
                return None
            if kind == "digit":
                return [a for a, _ in runs], [e - 1 for _, e in runs]
            years = [a for a, e in runs
                     if e - a == 4 and _YEAR.fullmatch(text, a, e) and (a == 0 or not "0" <= text[a - 1] <= "9")
                     and (e >= end or not "0" <= text[e] <= "9")]
            return years, years
        words, cased, bounded = self.vocab.words(kind)
        scanner = _word_scanner(words, not cased, bounded)
        if scanner is None:
            return None
        hay, offset = text, 0
        if not cased:
            if self._lower is None:
                segment = text[start:end]
                self._lower = (_lowered(segment) if _lower_safe(segment) else None,)
            if self._lower[0] is None:
                return None
            hay, offset, start, end = self._lower[0], start, 0, end - start
        alternations, alone = scanner
        found = [m.start() + offset for pattern in alternations
                 for m in islice(pattern.finditer(hay, start, end), limit + 1)]
        for word in alone:
            at = hay.find(word, start, end)
            while at >= 0 and len(found) <= limit:
                found.append(at + offset)
                at = hay.find(word, at + 1, end)
        if len(found) > limit:
            return None
        if len(alternations) + len(alone) > 1:
            found = sorted(set(found))
        return found, found


#: What each language's date rules are built from (`dates`; datelines read any language's names).
EN_WORDS = Vocabulary("en", EN, phrase_piece(VOCAB["en"]), phrase_starts(VOCAB["en"]))
FR_WORDS = Vocabulary("fr", FR, phrase_piece(VOCAB["fr"]), phrase_starts(VOCAB["fr"]))
ANY_WORDS = Vocabulary("any", ANY)


def _near(spans: Spans, needed: Spans, before: int, most: int) -> list[int]:
    """Indices of the ranges of `spans` that some range of `needed` meets within a match's width:
    a match starting in [lo - before, hi] ends before hi + most."""
    los, his = spans
    keep: list[int] = []
    last = 0
    for g_lo, g_hi in zip(*needed):
        first = max(last, bisect.bisect_right(his, g_lo - most))
        stop = bisect.bisect_right(los, g_hi + before)
        if stop > first:
            keep.extend(range(first, stop))
            last = stop
    return keep


def _meets(spans: Spans, lo: int, hi: int) -> bool:
    """Some range of `spans` meets [lo, hi)."""
    k = bisect.bisect_left(spans[1], lo)
    return k < len(spans[1]) and spans[0][k] < hi


@lru_cache(maxsize=512)
def _gate(pattern: str, flags: int) -> re.Pattern[str] | None:
    """A search for the characters of which every match of the pattern consumes one."""
    found = shape(pattern, flags)
    if found is None or not found.needs:
        return None
    return re.compile("|".join(re.escape(c) for c in sorted(found.needs)))


def _any_gate(rules: tuple[Rule, ...]) -> re.Pattern[str] | None:
    """A search for the characters of which every match of any of the rules consumes one."""
    return _gate_of(tuple((r.pattern, r.flags) for r in rules))


@lru_cache(maxsize=64)
def _gate_of(patterns: tuple[tuple[str, int], ...]) -> re.Pattern[str] | None:
    needs = [found.needs if (found := shape(p, f)) is not None else None for p, f in patterns]
    if not needs or not all(needs):
        return None
    return re.compile("|".join(re.escape(c) for c in sorted({c for n in needs if n for c in n})))


def may_match(rules: tuple[Rule, ...], text: str, pos: int, endpos: int) -> bool:
    """False where none of the rules can match in text[pos:endpos] (no character one needs is there)."""
    gate = _any_gate(rules)
    return gate is None or gate.search(text, pos, endpos) is not None


def scan(rule: Rule, text: str, pos: int = 0, endpos: int | None = None,
         warnings: list[str] | None = None) -> list[regex.Match[str]]:
    """`rule.finditer(...)`, or no matches at once where no character the rule needs occurs."""
    gate = _gate(rule.pattern, rule.flags)
    if gate is not None and gate.search(text, pos, len(text) if endpos is None else endpos) is None:
        return []
    return rule.finditer(text, pos, endpos, warnings)


def finditer(rule: Rule, triggers: Triggers, warnings: list[str] | None) -> list[regex.Match[str]]:
    """`rule.finditer(text, start, end, warnings)`, trying only the offsets a match can start at."""
    text, start, end = triggers.text, triggers.start, triggers.end
    how = triggers.vocab.plan(rule)
    if how is None:
        return scan(rule, text, start, end, warnings)
    for kind in how.check:  # a kind missing: no match
        found = triggers.spans(kind)
        if found is not None and not found[0]:
            return []
    repeats = [(s[0], count) for kind, count in how.repeats if (s := triggers.spans(kind)) is not None]
    if any(len(los) < count for los, count in repeats):
        return []
    spans = triggers.spans(how.kind)
    if spans is None:
        return rule.finditer(text, start, end, warnings)
    los, his = spans
    needed = [s for s in (triggers.spans(k) for k in how.needs) if s is not None]
    index: list[int] | range = range(len(los))
    if needed:
        index = _near(spans, needed[0], how.before, how.most)
    before, most, join = how.before, how.most, how.reach + _MERGE_GAP
    if end - start <= 2 * join:  # a short range: one window, from the first offset a match can start at
        join = end - start
    windows: list[list[int]] = []
    others = needed[1:]
    for i in index:
        lo, hi = los[i], his[i]
        a = lo - before if lo - before > start else start
        if others and not all(_meets(s, a, hi + most) for s in others):
            continue
        if repeats and any(bisect.bisect_left(at, hi + most) - bisect.bisect_left(at, a) < count
                           for at, count in repeats):
            continue
        if windows and a <= windows[-1][1] + join:
            if hi > windows[-1][1]:
                windows[-1][1] = hi
        else:
            windows.append([a, hi])
    out: list[regex.Match[str]] = []
    failed: list[str] = []
    resume = start
    for a, b in windows:
        pos = max(a, resume)
        if pos > b:
            continue
        for m in rule.finditer(text, pos, min(end, b + how.reach), failed):
            if m.start() > b:
                break
            out.append(m)
            resume = m.end()
        if failed:  # out of time: the whole range, as before (which warns where the rule would)
            return rule.finditer(text, start, end, warnings)
    return out
