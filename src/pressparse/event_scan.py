"""The tokens of one sentence and what the phrase builders of `event_phrases` ask of them:
where an event word (head) starts, brackets, stop words, small noun phrases, dates and places.

Tokens are made only for a sentence that may hold an event word or verb, and each token's
lower-cased form once; `head_at` is asked about every token, so most tokens are turned away by
one set lookup before any multi-word head is tried.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache, cached_property

import regex

from .event_rules import ACRONYM, Tok, Vocab, tokenize
from .event_ruleset import rule_set
from .event_vocab import Cand

__all__ = ["Scan", "clean", "may_hold_head", "next_start"]

#: An acronym in brackets, left out of a name.
BRACKETED_ACRONYM = regex.compile(r"\s{0,2}\([\p{Lu}][\p{Lu}\p{N}\-/&]{1,14}\)")


def clean(source: str, start: int, end: int) -> str:
    text = BRACKETED_ACRONYM.sub("", source[start:end])
    return " ".join(text.split()).strip(" ,;:-")


class Scan:
    """The tokens of one sentence, and the questions the phrase builders ask about them."""

    def __init__(self, text: str, source: str, lo: int, hi: int, v: Vocab, title: bool,
                 place_starts: frozenset[int] = frozenset(), date_starts: frozenset[int] = frozenset()) -> None:
        self.text, self.source, self.v, self.title = text, source, v, title
        self.lo, self.hi = lo, hi
        self.place_starts, self.date_starts = place_starts, date_starts
        self.extra: list[Cand] = []     # sittings told by "and again" after a body's verb
        self.verbs = v.verbs
        self.r = rule_set(v.lang)
        self._heads: dict[int, tuple[int, str, bool, bool] | None] = {}

    # Tokens are made on first use: most sentences hold no event word and no event verb.
    @cached_property
    def toks(self) -> list[Tok]:
        return tokenize(self.text, self.lo, self.hi, self.v.token)

    @cached_property
    def lows(self) -> list[str]:
        return [t.low for t in self.toks]

    @cached_property
    def starts(self) -> list[int]:
        return [t.start for t in self.toks]

    @cached_property
    def shouting(self) -> bool:
        """A line in capitals ("WCO HOLDS ITS COUNCIL"): its words are not acronyms."""
        words = [t for t in self.toks if t.text[:1].isalpha()]
        return len(words) > 2 and sum(t.text.isupper() for t in words) * 3 > len(words) * 2

    def head_at(self, i: int) -> tuple[int, str, bool, bool] | None:
        """(end index, kind, is body, is plural) of an event head starting at token i."""
        heads = self._heads
        if i in heads:
            return heads[i]
        found = heads[i] = self._head_at(i)
        return found

    def head_starts(self) -> list[int]:
        """The tokens where a head may start (a superset of those where `head_at` finds one)."""
        firsts, keys, kinds = self.v.head_firsts, self.v.head_keys, self.v.kinds
        return [k for k, low in enumerate(self.lows) if low in firsts or (low[-1:] == "s" and low[:-1] in keys)
                or ("-" in low and low.rpartition("-")[2] in kinds)]

    def _head_at(self, i: int) -> tuple[int, str, bool, bool] | None:
        v, toks, lows = self.v, self.toks, self.lows
        low = lows[i]
        # Every head starts with one of `head_firsts` (or is one, plural): most words are none.
        if low in v.head_firsts or (low[-1:] == "s" and low[:-1] in v.head_keys):
            for n in range(min(v.longest, len(toks) - i), 0, -1):
                key = low if n == 1 else " ".join(lows[i : i + n])
                for k, plural in ((key, False), (key[:-1], True)):
                    if plural and not key.endswith("s"):
                        continue
                    if k in v.kinds and (k not in v.cap_heads or toks[i].cap):
                        return i + n, v.kinds[k], False, plural
                    if k in v.bodies and toks[i].cap:
                        return i + n, "session", True, plural
        tok = toks[i]
        if "-" in tok.text and tok.text.islower() and tok.text[:1].isalpha():
            tail = low.rpartition("-")[2]
            if tail in v.kinds:
                return i + 1, v.kinds[tail], False, False
        return None

    def alias_at(self, i: int) -> str | None:
        toks = self.toks
        if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")" and ACRONYM.fullmatch(toks[i + 1].text):
            return toks[i + 1].text
        return None

    def stops(self, t: Tok) -> bool:
        """Does the word end a name? An acronym ("IT Conference") never does, outside a line in capitals."""
        low = t.low
        if len(t.text) > 1 and t.text.isupper() and not self.shouting:
            return False
        return low in self.v.stop or low in self.v.determiners or low in self.verbs

    def joins(self, k: int) -> bool:
        """Is token k a small word inside a capitalized name ("Memorandum of Understanding")?"""
        toks = self.toks
        if not (0 < k < len(toks) - 1) or toks[k].low not in ("of", "and", "for", "on", "the", "&", "."):
            return False
        before, after = toks[k - 1], toks[k + 1]
        if toks[k].text == ".":
            return len(before.text) <= 3 and before.cap and after.cap
        return (before.cap or before.low in ("of", "for", "on", "and")) and (after.cap or after.low == "the")

    def noun_phrase(self, k: int, forward: bool, limit: int = 8) -> tuple[int, int] | None:
        """Token range [start, end) of the noun phrase that starts (forward) or ends (backward)
        at token k: an article, then words up to a stop word or punctuation."""
        toks, n = self.toks, len(self.toks)
        if forward:
            start = k
            k += 1 if k < n and toks[k].low in self.v.determiners else 0
            words, taken = k, 0
            while k < n and taken < limit and ((toks[k].word and not self.stops(toks[k])) or self.joins(k)) \
                    and not self.date_at(k):
                k, taken = k + 1, taken + 1
            while k > words and toks[k - 1].low in self.v.connectors:
                k -= 1
            return (start, k) if k > words else None
        end, taken = k + 1, 0
        while k >= 0 and taken < limit and ((toks[k].word and not self.stops(toks[k])) or self.joins(k)):
            k, taken = k - 1, taken + 1
        first = k + 1
        while first < end and toks[first].low in self.v.connectors:
            first += 1
        if first >= end:
            return None
        return (k, end) if k >= 0 and toks[k].low in self.v.determiners else (first, end)

    def compound(self, k: int) -> bool:
        """Do the capitalized words from token k hold an inner 'and'/'of' ("Fragile and Conflict
        States"), so that they read as a theme, not as a place ("Port Vila")?"""
        toks = self.toks
        for t in toks[k + 1 : k + 5]:
            if t.low in ("and", "of", "&"):
                return True
            if not (t.word and t.cap) or t.start in self.place_starts:
                return False
        return False

    def inside_name(self, k: int) -> bool:
        """Does token k ("of") tie what follows to a longer name ("Group of the Council"), not
        to the people of a body ("Members of the Committee")?"""
        toks = self.toks
        k -= 1 if 0 < k < len(toks) and toks[k].low in self.v.articles else 0
        return 0 < k < len(toks) and toks[k].low in self.v.of_words and toks[k - 1].cap \
            and toks[k - 1].low not in self.v.participants

    def date_at(self, k: int) -> bool:
        """Does a date begin at token k, or right after it ("on 3 May")?"""
        toks = self.toks
        return toks[k].start in self.date_starts or (k + 1 < len(toks) and toks[k].low in self.v.date_preps
                                                   and toks[k + 1].start in self.date_starts)

    def index_at(self, pos: int) -> int:
        return bisect_left(self.starts, pos)


def next_start(starts: list[int], i: int) -> int:
    """The first of `starts` after token i, or past the end."""
    at = bisect_right(starts, i)
    return starts[at] if at < len(starts) else 1 << 62


@cache
def _sigma_free(words: frozenset[str]) -> bool:
    return not any(ch in w for w in words for ch in "\u03c3\u03c2")


def may_hold_head(text: str, lo: int, hi: int, v: Vocab) -> bool:
    """Can a token of text[lo:hi] start an event head? Every head's first word (a plural, or a
    hyphenated word's last part) is inside the lower-cased text; str.lower() works char by char
    but for the Greek final sigma, so the test is exact for words without a sigma."""
    if not _sigma_free(v.head_firsts):
        return True
    low = text[lo:hi].lower()
    for w in v.head_firsts:
        if w in low:
            return True
    return False
