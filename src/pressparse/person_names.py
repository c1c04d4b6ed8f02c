"""Tokens, vocabulary and person names for the people extractor, and the reading context.

The text is cut into word, number, honorific and punctuation tokens that keep their offsets; a
name is then read token by token (capitalized words, particles such as "van" or "Al", initials
such as "E."), which keeps every check linear and lets the vocabulary live in data files.
`Ctx` bundles the tokens with the spans the organizations and places extractors found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from . import lexicon
from .document import Document
from .places import canonical_country
from .rules import Rule

Span = tuple[int, int]

#: Kinds of token: "hon" (honorific), "word", "poss" (a possessive 's), "num", "punct".
TokKind = str


@dataclass(frozen=True)
class Tok:
    """One token of `Document.text`, with its offsets."""

    start: int
    end: int
    text: str
    kind: TokKind


def _entries(lang: str, name: str) -> tuple[str, ...]:
    """A language's vocabulary, falling back to English when the language has none."""
    for code in (lang, "en"):
        try:
            return lexicon.entries(lexicon.language_file(code, name))
        except (FileNotFoundError, OSError):
            continue
    return ()


@cache
def words_of(lang: str, name: str) -> frozenset[str]:
    """The entries of a vocabulary file as a set (another extractor's files too, read-only)."""
    return frozenset(_entries(lang, name))


@cache
def table_of(lang: str, name: str) -> Mapping[str, str]:
    """A `key = value` vocabulary file as a read-only mapping."""
    pairs = (e.partition("\t" if "\t" in e else "=") for e in _entries(lang, name))
    return MappingProxyType({k.strip(): v.strip() for k, _, v in pairs})


def honorifics(lang: str) -> tuple[str, ...]:
    return _entries(lang, "honorifics.txt")


def particles(lang: str) -> frozenset[str]:
    return words_of(lang, "name_particles.txt")


def not_names(lang: str) -> frozenset[str]:
    return words_of(lang, "not_names.txt")


@cache
def post_nominals(lang: str) -> Mapping[str, tuple[str, ...]]:
    """Letters after a name that are not part of it ("MP", "OBE", "Ph.D"), by their first
    token ("Ph"), longest first."""
    out: dict[str, list[str]] = {}
    for e in sorted(_entries(lang, "post_nominals.txt"), key=len, reverse=True):
        out.setdefault(re.split(r"[^\w]", e, maxsplit=1)[0], []).append(e)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def title_table(lang: str) -> Mapping[str, str]:
    """Position words and connectors (titles.txt) and their kind."""
    return table_of(lang, "titles.txt")


def admin_heads(lang: str) -> frozenset[str]:
    """Words that make an administration after a place name ("Customs" in "Ningbo Customs"):
    the organizations extractor's list, read here so the two agree."""
    return words_of(lang, "org_modifier_heads.txt")


def demonyms(lang: str) -> Mapping[str, str]:
    """Nationality adjectives and their country ("Chinese" -> "China"), from the places data."""
    return table_of(lang, "demonyms.txt")


@cache
def title_kind(word: str, lang: str = "en") -> tuple[str | None, bool]:
    """(kind, plural) of a word in a position ("Co-Chairpersons" -> ("position", True))."""
    table = title_table(lang)
    if word in table:
        return table[word], False
    parts = word.split("-")
    kinds: list[str | None] = []
    plural = False
    for k, part in enumerate(parts):
        kind = table.get(part)
        if kind is None and k == len(parts) - 1 and part.endswith("s") and table.get(part[:-1]) in ("position", "portfolio"):
            kind, plural = table[part[:-1]], True
        kinds.append(kind)
    if None in kinds:
        return None, False
    if len(parts) == 1:
        return kinds[0], plural
    for wanted in ("portfolio", "position", "department", "modifier"):
        if wanted in kinds:
            return wanted, plural
    return None, False


@cache
def grammar(lang: str, kind: str) -> frozenset[str]:
    """The connector words of one kind in titles.txt ("of" is a "tail", "and" a "join")."""
    return frozenset(w for w, k in title_table(lang).items() if k == kind)


def is_title_word(word: str, lang: str = "en") -> bool:
    """Position and field words are never part of a name ("Director Capacity Building")."""
    return title_kind(word, lang)[0] in ("position", "portfolio", "modifier", "department")


def is_head(word: str, lang: str) -> bool:
    return title_kind(word, lang)[0] in ("position", "portfolio")


def country_of(text: str) -> str | None:
    """The country a phrase names ("Japan", "the Republic of Zambia", "US"), else None."""
    text = text[4:] if text.lower().startswith("the ") else text
    if not text or not text[0].isupper():
        return None
    try:
        return canonical_country(text)
    except Exception:  # the places gazetteer is another module's: never let it break us
        return None


def _honorific_pattern(lang: str) -> str:
    words = [regex_escape_spaces(h) for h in honorifics(lang)]
    alt = "(?:" + "|".join(sorted(words, key=lambda w: -len(w))) + ")" if words else "(?!)"
    return rf"(?<![\p{{L}}\p{{N}}.]){alt}\.?(?=[ ]{{0,3}}\p{{Lu}})"


def regex_escape_spaces(entry: str) -> str:
    """An entry as a pattern where each space matches one to three spaces."""
    return "[ ]{1,3}".join(re.escape(w) for w in entry.split(" "))


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

RULES: tuple[Rule, ...] = (HONORIFIC, TOKEN)


@cache
def token_rule(lang: str) -> Rule:
    """The tokenizer of a language (its honorifics differ)."""
    if lang == "en":
        return TOKEN
    return Rule(name=f"people.token.{lang}", pattern=TOKEN.pattern.replace(HONORIFIC.pattern, _honorific_pattern(lang)))


def tokenize(text: str, warnings: list[str] | None = None, lang: str = "en") -> list[Tok]:
    """All tokens of `text`; a possessive "'s" becomes a token of its own."""
    out: list[Tok] = []
    for m in token_rule(lang).finditer(text, 0, len(text), warnings):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        word = m.group()
        if kind == "word" and len(word) > 2 and word.endswith("'s"):
            out.append(Tok(s, e - 2, word[:-2], "word"))
            out.append(Tok(e - 2, e, "'s", "poss"))
            continue
        out.append(Tok(s, e, word, kind))
    return out


def joined(text: str, a: Tok, b: Tok, allow_none: bool = False) -> bool:
    """True when `b` follows `a` on the same line, separated by one to three spaces."""
    gap = text[a.end : b.start]
    if gap == "":
        return allow_none
    return len(gap) <= 3 and gap.strip(" ") == ""


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
    w = t.text
    if t.kind != "word" or len(w) < 2 or not w[0].isupper():
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
    while j < n and words < max_words:
        t = toks[j]
        if prev is not None and not joined(text, prev, t):
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
        prev = toks[j + step - 1]
        j += step
    # A name ends with a name word, never with a particle or an initial.
    while parts and not (toks[parts[-1]].kind == "word" and name_word(toks[parts[-1]], lang)):
        parts.pop()
    words = sum(1 for p in parts if name_word(toks[p], lang) and toks[p].text not in part_set)
    if not parts or words == 0:
        return None
    return NameSpan(parts[0], parts[-1] + 1, words)


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
        return cls(doc, toks, lang, spans, countries, dict(orgs), places, [t.start for t in toks], by_start, by_end)

    def is_(self, i: int, kind: str) -> bool:
        """Token `i` is a connector of `kind` ("article", "join", "tail", ...)."""
        return 0 <= i < len(self.toks) and self.toks[i].text in grammar(self.lang, kind)

    def cap(self, i: int) -> bool:
        """A capitalized word, or an elided particle before one ("d'Ivoire", "l'Union")."""
        w = self.toks[i].text if 0 <= i < len(self.toks) and self.toks[i].kind == "word" else ""
        return w[:1].isupper() or (w[1:2] == "'" and w[2:3].isupper())

    def near(self, i: int, j: int) -> bool:
        return 0 <= i < len(self.toks) and 0 <= j < len(self.toks) and joined(self.doc.text, self.toks[i], self.toks[j])

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
