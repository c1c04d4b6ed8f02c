"""Tokens and person names for the people extractor, and the reading context (the vocabulary
is in person_words).

The text is cut into word, number, honorific and punctuation tokens that keep their offsets; a
name is then read token by token (capitalized words, particles such as "van" or "Al", initials
such as "E."), which keeps every check linear and lets the vocabulary live in data files.
`Ctx` bundles the tokens with the spans the organizations and places extractors found.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from .document import Document
from .person_words import (
    TITLE_KINDS, country_of, demonyms, elisions, grammar, honorifics, is_title_word, lower_titles, not_names, particles,
    post_nominals, title_kind, title_table, trie_alternation,
)
from .rules import Rule, collect

Span = tuple[int, int]

#: Kinds of token: "hon" (honorific), "word", "elis" (an elided word: "l'", "d'"), "poss" (a
#: possessive 's), "num", "punct".
TokKind = str


class Tok(NamedTuple):
    """One token of `Document.text`, with its offsets (a tuple: immutable, and cheap to make
    for every character of a long run of punctuation)."""

    start: int
    end: int
    text: str
    kind: TokKind


def _honorific_pattern(lang: str, articles: tuple[str, ...] = ()) -> str:
    """`articles`: words that may stand between the honorific and the name ("son Altesse le
    Cheikh ...")."""
    entries = honorifics(lang)
    alt = trie_alternation(entries, spaces="[ ]{1,3}")
    # When every honorific opens with a capital, say so first: the tokenizer then skips the
    # alternation at every other token.
    upper = "(?=\\p{Lu})" if entries and all(regex.match(r"\p{Lu}", h) for h in entries) else ""
    if not articles:
        return rf"{upper}(?<![\p{{L}}\p{{N}}.]){alt}\.?(?=[ ]{{0,3}}\p{{Lu}})"
    # Without its dot, a form of address is followed by a space ("MM" opens "MMA" otherwise).
    before = rf"(?:{trie_alternation(articles)}[ ]{{1,3}})?\p{{Lu}}"
    return rf"{upper}(?<![\p{{L}}\p{{N}}.]){alt}(?:\.(?=[ ]{{0,3}}{before})|(?=[ ]{{1,3}}{before}))"


_WORD = r"\p{L}[\p{L}\p{M}]{0,40}(?:'\p{L}[\p{L}\p{M}]{0,40}){0,3}(?:-\p{L}[\p{L}\p{M}]{0,40}(?:'\p{L}[\p{L}\p{M}]{0,40}){0,2}){0,4}"

HONORIFIC = Rule(
    name="people.honorific",
    pattern=_honorific_pattern("en"),
    examples=("Mr. Tomasz Wielicki", "Ms Amara Okafor", "H.E. Lorenzo Bassi", "Mr.Kofi Mensah", "Hon. Mr. Ravi Patel"),
    rejects=("Drive safely", "the Mr. smith rule", "Msasa Road", "Professional Standards"),
    doc="An honorific as written, directly before a capitalized word.",
)

TOKEN = Rule(
    name="people.token",
    pattern=rf"(?P<hon>{HONORIFIC.pattern})|(?P<word>{_WORD})|(?P<num>\p{{N}}{{1,12}})|(?P<punct>\S)",
    examples=("Vice-Minister", "O'Connor", "AFIP's", "2017", ","),
    rejects=("   ", "\n\n"),
    doc="Word, number, honorific or punctuation token.",
)

def _articles(lang: str) -> tuple[str, ...]:
    """Articles that may stand between an honorific and a name ("son Altesse le Cheikh X")."""
    return tuple(sorted(w for w in grammar(lang, "article") if w.isalpha() and w.islower()))


def _elision_pattern(lang: str) -> str:
    elided = elisions(lang)
    return rf"(?<![\p{{L}}\p{{M}}'-]){trie_alternation(elided)}'(?=\p{{L}})" if elided else "(?!)"


FR_HONORIFIC = Rule(
    name="people.honorific.fr",
    pattern=_honorific_pattern("fr", _articles("fr")),
    examples=("M. Tomas Weber", "Mme Ana Ruiz", "S.E. Pierre Roy", "son Altesse le Cheikh Omar", "Dr Anne Roy"),
    rejects=("Mesdames et Messieurs", "le ministre Roy", "MMA Roy", "Mme. la ministre"),
    doc="A French form of address, before a capitalized word or an article and one.",
)

FR_ELISION = Rule(
    name="people.elision.fr",
    pattern=_elision_pattern("fr"),
    examples=("l'OMD", "d'Ousmane Diallo", "qu'il", "L'Organisation"),
    rejects=("aujourd'hui", "N'Diaye", "l OMD", "O'Connor"),
    doc="An elided French word before the word it leans on: read as a word of its own.",
)

RULES: tuple[Rule, ...] = (HONORIFIC, TOKEN, FR_HONORIFIC, FR_ELISION)


@cache
def token_rule(lang: str) -> Rule:
    """The tokenizer of a language (its honorifics differ; its elided words, "l'OMD", are
    words of their own)."""
    if lang == "en":
        return TOKEN
    pattern = TOKEN.pattern.replace(HONORIFIC.pattern, _honorific_pattern(lang, _articles(lang)))
    if elisions(lang):
        pattern = f"(?P<elis>{_elision_pattern(lang)})|" + pattern
    return Rule(name=f"people.token.{lang}", pattern=pattern)


def tokenize(text: str, warnings: list[str] | None = None, lang: str = "en") -> list[Tok]:
    """All tokens of `text`; a possessive "'s" becomes a token of its own."""
    return collect(token_rule(lang), text, _tokens, 0, len(text), warnings)


def _tokens(matches: Iterator[regex.Match[str]]) -> list[Tok]:
    out: list[Tok] = []
    add, new = out.append, tuple.__new__  # `Tok(...)` costs a Python call per token
    for m in matches:
        kind = m.lastgroup or "punct"
        s, e = m.span()
        word = m.group()
        if kind == "word" and word.endswith("'s") and len(word) > 2:
            add(new(Tok, (s, e - 2, word[:-2], "word")))
            add(new(Tok, (e - 2, e, "'s", "poss")))
            continue
        add(new(Tok, (s, e, word, kind)))
    return out


_SPACES = ("", " ", "  ", "   ")


def joined(text: str, a: Tok, b: Tok, allow_none: bool = False) -> bool:
    """True when `b` follows `a` on the same line, separated by one to three spaces."""
    width = b.start - a.end
    if width <= 0:
        return allow_none or (width == 0 and a.kind == "elis")  # "l'OMD"
    return width <= 3 and text[a.end : b.start] == _SPACES[width]


def is_initial(toks: list[Tok], i: int) -> bool:
    """A single capital letter followed directly by a dot ("E.")."""
    t = toks[i]
    return (
        t.kind == "word" and len(t.text) == 1 and t.text.isupper()
        and i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == t.end
    )


def is_acronym(t: Tok) -> bool:
    return t.kind == "word" and len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()


def name_word(t: Tok, lang: str) -> bool:
    """A capitalized word that may be part of a person's name."""
    return t.kind == "word" and _name_text(t.text, lang)


@lru_cache(maxsize=8192)
def _name_text(w: str, lang: str) -> bool:
    if len(w) < 2 or not w[0].isupper():
        return False
    stop = not_names(lang)
    if w in stop or is_title_word(w, lang) or any(p in stop for p in w.split("-")):
        return False
    return True


def post_nominal(toks: list[Tok], i: int, text: str, lang: str) -> int:
    """How many tokens the post-nominal letters at token `i` take ("MP", "Ph.D."), else 0."""
    if i >= len(toks) or toks[i].kind != "word":
        return 0
    start = toks[i].start
    for entry in post_nominals(lang).get(toks[i].text, ()):
        end = start + len(entry)
        if text.startswith(entry, start) and (end >= len(text) or not text[end].isalnum()):
            k = i
            while k < len(toks) and toks[k].end <= end:
                k += 1
            return k - i
    return 0


def _mixed_next(toks: list[Tok], j: int, text: str, lang: str) -> bool:
    """The next token is a name word in mixed case ("ZHANG Wei")."""
    return j + 1 < len(toks) and joined(text, toks[j], toks[j + 1]) and name_word(toks[j + 1], lang) and not toks[j + 1].text.isupper()


@dataclass(frozen=True)
class NameSpan:
    """Tokens [first, last) of a name, how many are real name words, and if one is all caps."""

    first: int
    last: int
    words: int


def read_name(
    toks: list[Tok],
    i: int,
    text: str,
    lang: str,
    stop_at: Callable[[Tok], bool],
    max_words: int = 5,
    caps_first: bool = False,
) -> NameSpan | None:
    """The longest name starting at token `i` (particles and initials inside), or None.
    `caps_first`: a family name in capitals may open it ("Mr. ZHANG Wei", after an honorific)."""
    parts: list[int] = []
    words = 0
    j = i
    n = len(toks)
    part_set = particles(lang)
    prev: Tok | None = None
    initial = False  # the last step read an initial: a name may follow its dot directly ("B.Reyes")
    while j < n and words < max_words:
        t = toks[j]
        if prev is not None and not joined(text, prev, t, allow_none=initial):
            break
        if stop_at(t) or (words > 0 and post_nominal(toks, j, text, lang)):
            break
        if t.kind == "word" and t.text in part_set and (parts or t.text[0].isupper()):
            step = 1
        elif is_initial(toks, j) and j + 2 < n:
            step = 2
        elif name_word(t, lang) and (not t.text.isupper() or words > 0 or (caps_first and _mixed_next(toks, j, text, lang))):
            words += 1
            step = 1
        else:
            break
        parts.extend(range(j, j + step))
        prev, initial = toks[j + step - 1], step == 2
        j += step
    # A name ends with a name word, never with a particle or an initial.
    while parts and not (toks[parts[-1]].kind == "word" and name_word(toks[parts[-1]], lang)):
        parts.pop()
    words = sum(1 for p in parts if name_word(toks[p], lang) and toks[p].text not in part_set)
    if not parts or words == 0:
        return None
    return NameSpan(parts[0], parts[-1] + 1, words)


@lru_cache(maxsize=8192)
def _low_title(word: str, lang: str) -> bool:
    return title_kind(word, lang)[0] in TITLE_KINDS


@dataclass(frozen=True)
class Ctx:
    """What the title reader needs: the tokens, and the spans other extractors found."""

    doc: Document
    toks: list[Tok]
    lang: str
    org_spans: tuple[Span, ...]  # sorted
    country_spans: dict[Span, str]
    org_names: dict[Span, str]
    place_spans: tuple[Span, ...] = ()
    starts: list[int] = field(default_factory=list)
    org_by_start: dict[int, int] = field(default_factory=dict)
    org_by_end: dict[int, int] = field(default_factory=dict)
    programmes: frozenset[str] = frozenset()  # acronyms the text gives to programmes
    # Read once per document, since most checks ask them token by token:
    kinds: list[str | None] = field(default_factory=list)  # each token's kind in titles.txt
    texts: list[str] = field(default_factory=list)  # each token's text
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # where each kind of titles.txt stands
    low: frozenset[int] = frozenset()  # lower-case title words, in languages that write titles so

    @classmethod
    def make(
        cls, doc: Document, toks: list[Tok], lang: str, orgs: list[tuple[Span, str]], countries: dict[Span, str],
        places: tuple[Span, ...] = (),
    ) -> Ctx:
        spans = tuple(sorted({sp for sp, _ in orgs}))
        by_start: dict[int, int] = {}
        by_end: dict[int, int] = {}
        for s, e in spans:
            by_start[s] = max(e, by_start.get(s, e))
            by_end[e] = min(s, by_end.get(e, s))
        table = title_table(lang)
        texts = [t.text for t in toks]
        kinds = list(map(table.get, texts))
        by_kind: dict[str, list[int]] = {}
        for i, kind in enumerate(kinds):
            if kind is not None:
                by_kind.setdefault(kind, []).append(i)
        low = frozenset(
            i for i, t in enumerate(toks) if t.kind == "word" and t.text[:1].islower() and _low_title(t.text, lang)
        ) if lower_titles(lang) else frozenset()
        return cls(
            doc, toks, lang, spans, countries, dict(orgs), places, [t.start for t in toks], by_start, by_end,
            kinds=kinds, texts=texts, by_kind=by_kind, low=low,
        )

    def is_any(self, i: int, kinds: tuple[str, ...]) -> bool:
        """Token `i` is a connector of one of `kinds`."""
        return 0 <= i < len(self.kinds) and self.kinds[i] in kinds

    def where(self, kind: str) -> list[int]:
        """The tokens that are connectors of `kind`, in text order."""
        return self.by_kind.get(kind, [])

    def where_text(self, text: str) -> list[int]:
        """The tokens that read `text`, in text order."""
        return [i for i, w in enumerate(self.texts) if w == text]

    def is_(self, i: int, kind: str) -> bool:
        """Token `i` is a connector of `kind` ("article", "join", "tail", ...)."""
        return 0 <= i < len(self.kinds) and self.kinds[i] == kind

    def cap(self, i: int) -> bool:
        """A capitalized word, or an elided particle before one ("d'Ivoire", "l'Union")."""
        if not 0 <= i < len(self.toks):
            return False
        t = self.toks[i]
        if t.kind != "word":
            return False
        w = t.text
        return w[:1].isupper() or (w[1:2] == "'" and w[2:3].isupper())

    def titled(self, i: int) -> bool:
        """A capitalized word, or a title word written in lower case ("ministre", "douanes")."""
        return i in self.low or self.cap(i)

    def demonym(self, i: int) -> str | None:
        """The country of a nationality adjective written in lower case ("belges"), else None."""
        if not 0 <= i < len(self.toks) or not self.texts[i][:1].islower():
            return None
        return demonyms(self.lang).get(self.texts[i])

    def near(self, i: int, j: int) -> bool:
        n = len(self.toks)
        return 0 <= i < n and 0 <= j < n and joined(self.doc.text, self.toks[i], self.toks[j])

    def chars(self, s: int, e: int) -> Span:
        return self.toks[s].start, self.toks[e - 1].end

    def country(self, s: int, e: int) -> str | None:
        if e <= s or e - s > 6:
            return None
        span = self.chars(s, e)
        if span in self.country_spans:
            return self.country_spans[span]
        return country_of(self.doc.text[span[0] : span[1]])

    def org_at(self, s: int) -> Span | None:
        """The longest organization mention starting at token `s`."""
        start = self.toks[s].start if s < len(self.toks) else -1
        return (start, self.org_by_start[start]) if start in self.org_by_start else None

    def org_ending(self, e: int) -> Span | None:
        end = self.toks[e].end
        return (self.org_by_end[end], end) if end in self.org_by_end else None

    def _near_spans(self, span: Span) -> tuple[Span, ...]:
        lo = bisect.bisect_left(self.org_spans, (span[0] - 400, 0))
        hi = bisect.bisect_right(self.org_spans, (span[1], len(self.doc.text) + 1))
        return self.org_spans[lo:hi]

    def orgs_within(self, span: Span) -> list[Span]:
        return [sp for sp in self._near_spans(span) if span[0] <= sp[0] and sp[1] <= span[1]]

    def org_covering(self, span: Span) -> bool:
        return any(sp[0] <= span[0] and span[1] <= sp[1] for sp in self._near_spans(span))

    def is_place(self, span: Span) -> bool:
        """A city, venue or country found by the places extractor covers `span`."""
        return any(s <= span[0] and span[1] <= e for s, e in self.place_spans) or country_of(self.doc.text[span[0] : span[1]]) is not None

    def org_name(self, span: Span) -> str:
        """The full name of the organization mentioned at `span`, else the text there."""
        return self.org_names.get(span) or self.doc.text[span[0] : span[1]] or "-"

    def index_at(self, char: int) -> int:
        """Index of the first token starting at or after `char`."""
        return bisect.bisect_left(self.starts, char)
