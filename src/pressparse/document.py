"""Normalization that keeps offsets, and segmentation into lines, paragraphs and sentences.

Normalization maps characters one to one (curly quotes to straight ones, exotic spaces to a
space, dashes to "-"), so an offset in `Document.text` is the same offset in `Document.source`:
rules match on `text`, values are sliced from `source`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

import regex

from .models import Mention

_ONE_TO_ONE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
        "\u2003": " ", "\u3000": " ", "\t": " ", "\u00ad": " ", "\u200b": " ", "\ufeff": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\r": "\n", "\x00": " ",
    }
)


def normalize(source: str) -> str:
    """Same-length normalization: `len(normalize(s)) == len(s)` for every string."""
    return source.translate(_ONE_TO_ONE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


_PARA_BREAK = regex.compile(r"\n[ ]{0,64}\n")
# A sentence ends at . ! ? followed by space(s) and an upper-case letter, digit or quote,
# unless the dot closes a known abbreviation (checked in code, not in the pattern).
_SENT_END = regex.compile(r"[.!?][\"')\]]{0,3}[ \n]{1,64}(?=[\p{Lu}\p{N}\"'(])")
_ABBREV_BEFORE = regex.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nos|Jr|Sr|Mt|Gen|Col|Lt|Capt|vs|i\.e|e\.g|Messrs|Mme|M)|\b\p{Lu}|\bH\.E)$")


@dataclass(frozen=True)
class Document:
    """The text to parse, its normalized twin and its segments."""

    source: str
    text: str

    @classmethod
    def from_text(cls, source: str) -> Document:
        return cls(source=source, text=normalize(source))

    def mention(self, start: int, end: int, rule: str | None = None) -> Mention:
        """A Mention whose text is, by construction, the source slice."""
        start, end = self.strip(start, end)
        return Mention(start=start, end=end, text=self.source[start:end], rule=rule)

    def strip(self, start: int, end: int) -> tuple[int, int]:
        """Shrink a span so it neither starts nor ends with white space."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    @cached_property
    def lines(self) -> tuple[Span, ...]:
        spans: list[Span] = []
        pos = 0
        for piece in self.text.split("\n"):
            start, end = self.strip(pos, pos + len(piece))
            if end > start:
                spans.append(Span(start, end))
            pos += len(piece) + 1
        return tuple(spans)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Blank-line separated blocks; a block of short or sentence-final lines gets one per line."""
        out: list[Span] = []
        pos = 0
        bounds = [(m.start(), m.end()) for m in _PARA_BREAK.finditer(self.text)]
        bounds.append((len(self.text), len(self.text)))
        for cut, nxt in bounds:
            s, e = self.strip(pos, cut)
            if e > s:
                out.extend(self._split_lines(s, e))
            pos = nxt
        return tuple(out)

    def lines_in(self, start: int, end: int) -> list[Span]:
        """The lines that lie inside [start, end), found by bisection."""
        starts = self._line_starts
        i = bisect.bisect_left(starts, start)
        out: list[Span] = []
        while i < len(self.lines) and self.lines[i].end <= end:
            out.append(self.lines[i])
            i += 1
        return out

    @cached_property
    def _line_starts(self) -> list[int]:
        return [ln.start for ln in self.lines]

    def _split_lines(self, start: int, end: int) -> list[Span]:
        inner = self.lines_in(start, end)
        if len(inner) <= 1:
            return [Span(start, end)]
        if all(self.text[ln.end - 1] in ".!?:\"')" or ln.end - ln.start < 120 for ln in inner[:-1]):
            return inner
        return [Span(start, end)]

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        out: list[Span] = []
        for para in self.paragraphs:
            pos = para.start
            for m in _SENT_END.finditer(self.text, para.start, para.end):
                head = self.text[max(para.start, m.start() - 8) : m.start()]
                if self.text[m.start()] == "." and _ABBREV_BEFORE.search(head):
                    continue
                cut = m.start() + 1
                s, e = self.strip(pos, cut)
                if e > s:
                    out.append(Span(s, e))
                pos = m.end()
            s, e = self.strip(pos, para.end)
            if e > s:
                out.append(Span(s, e))
        return tuple(out)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding `offset` (an empty span there if none does)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return Span(offset, offset)
