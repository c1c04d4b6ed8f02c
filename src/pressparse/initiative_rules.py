"""The shared pieces of initiative extraction: words, tokens, candidates and the scan state.

The words come from `data/<lang>/initiative_words.txt` (head words, joining words, openers,
body words, kind words); text is read as tokens so that every stop condition in the scans
(`initiative_heads`, `initiative_cues`) is a plain test and every regex stays linear. `Cand` is
one mention of a possible initiative; `Scan` holds one document's tokens and context.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from types import MappingProxyType
from typing import NamedTuple

import regex

from . import lexicon, places
from .rules import Rule, collect
from .scoring_text import strip_accents

TOKEN = Rule(
    name="initiative.token",
    pattern=(
        r"(?P<paren>\((?=[^()\n]{1,60}\))[^()\n]{1,60}\))"
        r"|(?P<word>[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-/.&](?=[\p{L}\p{N}])){0,80})"
        r"|(?P<poss>'s?(?!\p{L}))"
        r"|(?P<punct>\S)"
    ),
    examples=("Operation NORTHWIND III", "Fund/Korea (CCF)", "WCO's"),
    rejects=("", "   "),
    doc="Words (with inner - / . &), bracketed groups, possessive marks and single punctuation.",
)
ACRONYM = Rule(
    name="initiative.acronym",
    pattern=(
        r"^\(\s{0,2}(?=[^)]{0,40}\p{Lu}[^)\s]{0,12}\p{Lu})"
        r"([\p{Lu}\p{N}][\p{L}\p{N}&/.\-]{0,15}(?: [\p{L}\p{N}&/.\-]{1,15}){0,3})\s{0,2}\)$"
    ),
    examples=("(TFA)", "(A-SBI)", "(CCF/Korea)", "(BM & RT Project)", "(SDGs)"),
    rejects=("(China)", "(as revised in 2021)", "(Key Results)", "(see below)"),
    doc="A bracketed short form: two capitals in one word, at most four words.",
)
RULES: tuple[Rule, ...] = (TOKEN, ACRONYM)


@dataclass(frozen=True)
class Head:
    """A head word: the kind it gives and how it may be used (see the data file's header)."""

    kind: str
    first: bool = False
    cont: bool = False
    bare: bool = False
    lower: bool = False
    name: bool = False
    last: bool = False  # in a head-first language, a head that closes its name ("Lacey Act")


@dataclass(frozen=True)
class Vocab:
    """The language's initiative words, split by role."""

    heads: Mapping[str, Head]
    join: frozenset[str]
    skip: frozenset[str]
    org: frozenset[str]
    weak: frozenset[str]
    meeting: frozenset[str]
    yearly: tuple[str, ...]
    after: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # kind word after a name -> kind
    quoted: frozenset[str] = frozenset()  # kind words after a quoted name
    plain: frozenset[str] = frozenset()  # capitalized adjectives that never name a tool on their own
    native: bool = True
    article: frozenset[str] = frozenset()  # articles after a joining word (head-first names)
    stop: frozenset[str] = frozenset()  # lower-case words never inside a name (head-first names)
    before: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # kind word before a name -> kind
    theme: frozenset[str] = frozenset()  # words that call a quote a theme (head-first languages)
    of: frozenset[str] = frozenset()  # joining words that may follow a participle ("harmonisée des contrôles")
    adj: frozenset[str] = frozenset()  # joining words that continue a name only after an adjective ("nécessaire à")
    cue: frozenset[str] = frozenset()  # words that make a defined name without a head an initiative
    gap: frozenset[str] = frozenset()  # words between a cue and its name ("implement the")
    aux: frozenset[str] = frozenset()  # auxiliaries before a cue participle ("was launched")

    @cached_property
    def after_words(self) -> frozenset[str]:
        """The keys of `after`, for a fast test on every token."""
        return frozenset(self.after)

    @cached_property
    def one_word_heads(self) -> dict[str, tuple[Head, int, str, bool] | None]:
        """Word -> the head it is alone (see `Scan.heads`), filled as words are met."""
        return {}

    @cached_property
    def firsts(self) -> frozenset[str]:
        """First words of two-word heads ('Help' of 'Help Desk'): only they may open one."""
        return frozenset(k.split(" ", 1)[0] for k in self.heads if " " in k)


@cache
def vocab(lang: str) -> Vocab:
    """Read `<lang>/initiative_words.txt`; a language without one borrows the English words
    for joining and theme owners only (`native` False: no head scan on its text)."""
    native = True
    try:
        table = lexicon.table(f"{lang}/initiative_words.txt")
    except (FileNotFoundError, OSError):
        table, native = lexicon.table("en/initiative_words.txt"), False
    heads: dict[str, Head] = {}
    roles: dict[str, set[str]] = {}
    after: dict[str, str] = {}
    before: dict[str, str] = {}
    for word, value in table.items():
        kind, *flags = value.split() or [""]
        if kind == ":before" and flags:
            before[word] = flags[0]
        elif kind == ":after" and flags:
            after[word] = flags[0]
            if "quoted" in flags[1:]:
                roles.setdefault("quoted", set()).add(word)
        elif kind.startswith(":"):
            for name in (kind[1:], *flags):  # "de = :join of": a joining word that also has role "of"
                roles.setdefault(name, set()).add(word)
        elif kind:
            heads[word] = Head(kind, *(f in flags for f in ("first", "cont", "bare", "lower", "name", "last")))
    names = ("join", "skip", "org", "weak", "meeting", "plain", "quoted", "article", "stop", "theme", "of", "adj", "cue", "gap", "aux")
    role = {r: frozenset(roles.get(r, ())) for r in names}
    return Vocab(heads=MappingProxyType(heads), yearly=tuple(sorted(roles.get("yearly", ()))),
                 after=MappingProxyType(after), before=MappingProxyType(before), native=native, **role)


@cache
def person_words(lang: str) -> frozenset[str]:
    """Position words and honorifics ('Manager', 'Mr'): a programme's name never runs into them."""
    out: set[str] = set()
    try:
        out.update(k for k, val in lexicon.table(f"{lang}/titles.txt").items() if val in ("position", "modifier"))
        out.update(lexicon.entries(f"{lang}/honorifics.txt"))
    except (FileNotFoundError, OSError):
        pass
    return frozenset(out)


#: ASCII characters other than letters and digits, as spaces (what `fold` does to them).
_ASCII_PUNCT = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: the form names are compared in.
    Cached: the same names and words are folded again and again."""
    text = strip_accents(text).lower()
    if text.isascii():  # the common case: one C-level pass instead of a loop over characters
        return " ".join(text.translate(_ASCII_PUNCT).split())
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


_SPELLING = MappingProxyType({"program": "programme", "harmonised": "harmonized", "organisation": "organization"})


@lru_cache(maxsize=4096)
def name_key(name: str, prefixes: frozenset[str], join: frozenset[str]) -> str:
    """Case-, spelling- and prefix-insensitive: 'WCO Mercator Program' ~ 'Mercator Programme'."""
    words = fold(name.replace("o-operation", "ooperation")).split()
    low = {p.lower() for p in prefixes}
    while len(words) > 1 and words[0] in low:
        words = words[1:]
    return " ".join(_SPELLING.get(w, w) for w in words if w not in join)


def head_word(word: str) -> str:
    """The form a head is compared in when a bare 'the Programme' refers back to a name."""
    low = word.split("/")[0].lower()
    return _SPELLING.get(low, low)


class Tok(NamedTuple):
    """A token: a named tuple, as a document makes hundreds and a tuple is quick to build."""

    start: int
    end: int
    kind: str
    text: str

    @property
    def cap(self) -> bool:
        """A capitalized word: 'Kyoto', 'NORTHWIND', 'E-Commerce' (not a number)."""
        return self.kind == "word" and self.text[0].isupper()

    @property
    def num(self) -> bool:
        return self.kind == "word" and self.text[0].isdigit()

    @property
    def allcaps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return self.kind == "word" and len(letters) >= 2 and all(c.isupper() for c in letters)


def tokenize(text: str, warnings: list[str] | None) -> list[Tok]:
    return collect(TOKEN, text, _tokens, 0, len(text), warnings)


def _tokens(matches: Iterator[regex.Match[str]]) -> list[Tok]:
    new = tuple.__new__  # Tok(...) would add a Python-level call per token
    return [new(Tok, (*m.span(), m.lastgroup or "punct", m.group())) for m in matches]


def is_acronym(text: str) -> bool:
    return ACRONYM.search(text) is not None


def initials_match(words: list[str], acronym: str, join: frozenset[str]) -> bool:
    """The words' initials spell the acronym: every capitalized word gives its letter (a compound
    like 'Anti-Corruption' may give one per part), joining words may give theirs or not."""
    letters = "".join(c.lower() for c in acronym if c.isalpha())

    def walk(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        w = words[i]
        hit = j < len(letters) and w[:1].lower() == letters[j]
        if w in join:
            return (hit and walk(i + 1, j + 1)) or walk(i + 1, j)
        parts = "".join(p[:1].lower() for p in w.replace("/", "-").split("-") if p)
        if len(parts) > 1 and letters.startswith(parts, j) and walk(i + 1, j + len(parts)):
            return True
        return hit and walk(i + 1, j + 1)

    return bool(letters) and len(words) <= 12 and walk(0, 0)


def title_case_lines(text: str, lines: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Short unpunctuated lines in Title Case (headlines), where capitals say nothing about names."""
    out = []
    for start, end in lines:
        if end > start and text[end - 1] in ".!?":
            continue  # tested first: most lines are sentences
        words = [w for w in text[start:end].split() if len(w) >= 4 and w[0].isalpha()]
        if 4 <= len(words) <= 20 and sum(not w[0].isupper() for w in words) <= 1:
            out.append((start, end))
    return tuple(out)


@lru_cache(maxsize=4096)
def is_place(name: str) -> bool:
    """A country or a demonym ('Kenya', 'Kenyan'): alone, it does not name a programme."""
    for attr in ("canonical_country", "country_of_demonym"):
        fn = getattr(places, attr, None)
        try:
            if callable(fn) and fn(name):
                return True
        except (ValueError, KeyError, TypeError):
            continue
    return False


#: Marks a word `Vocab.one_word_heads` has not met yet (None means "no head").
_UNSEEN = (Head(""), 0, "", False)


def _one_word_head(word: str, heads: Mapping[str, Head]) -> tuple[Head, int, str, bool] | None:
    """The head a single word token is ('Programme', 'Fund/Korea' -> 'Fund', 'programme' for a `lower` head)."""
    base = word.split("/")[0] if word[:1].isupper() else word
    if base in heads:
        return heads[base], 1, base, False
    cap = word[:1].upper() + word[1:]
    if word.islower() and cap in heads and heads[cap].lower:
        return heads[cap], 1, cap, True
    return None


def adjacent(text: str, a: Tok, b: Tok) -> bool:
    """Two tokens on one line, at most a few spaces apart."""
    gap = text[a.end : b.start]
    return len(gap) <= 3 and (gap == "" or gap.isspace()) and "\n" not in gap


@dataclass(frozen=True)
class Cand:
    """One mention of a (possible) initiative, before mentions are grouped into entities.

    nested: inside a longer name or quote, so it only adds a mention to an entity found elsewhere;
    bare: a head alone ('the Programme'), which refers back to a name with that head;
    standalone: a bare head that is a name by itself ('the Communication');
    acr_only: the mention is a short form ('TFA')."""

    start: int
    end: int
    name: str
    kind: str
    rule: str
    head: str | None = None
    acronym: str | None = None
    acr_span: tuple[int, int] | None = None
    gaz: int | None = None
    alias: str | None = None
    nested: bool = False
    bare: bool = False
    standalone: bool = False
    acr_only: bool = False
    link: str | None = None  # shared by two names the text equates ("X, commonly known as Y")


@dataclass(frozen=True)
class Scan:
    """The tokens of one document and what the scan checks them against."""

    text: str
    source: str
    toks: list[Tok]
    v: Vocab
    orgs: frozenset[str]
    prefixes: frozenset[str]
    titles: tuple[tuple[int, int], ...] = ()
    persons: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()  # names and short forms of well-known instruments

    def in_title(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.titles)

    def head_at(self, i: int) -> tuple[Head, int, str, bool] | None:
        """(head, token count, head word, written in lower case) for a head starting at token i."""
        return self.heads.get(i)

    @cached_property
    def heads(self) -> dict[int, tuple[Head, int, str, bool]]:
        """`head_at` of every token that opens a head, in token order, read once per document:
        the scans ask again and again."""
        toks, heads, text = self.toks, self.v.heads, self.text
        firsts = self.v.firsts
        one = self.v.one_word_heads
        if len(one) > 50_000:  # bounded: a stream of odd words must not grow it for ever
            one.clear()
        out: dict[int, tuple[Head, int, str, bool]] = {}
        last = len(toks) - 1
        for i, (_, _, kind, word) in enumerate(toks):  # unpacked: quicker than attributes on every token
            if kind != "word":
                continue
            if word in firsts and i < last and adjacent(text, toks[i], toks[i + 1]) and f"{word} {toks[i + 1].text}" in heads:
                two = f"{word} {toks[i + 1].text}"
                out[i] = heads[two], 2, two, False
                continue
            hit = one.get(word, _UNSEEN)
            if hit is _UNSEEN:
                hit = one[word] = _one_word_head(word, heads)
            if hit is not None:
                out[i] = hit
        return out

    @cached_property
    def parens(self) -> list[int]:
        """Indices of the bracketed tokens after the first, where short forms are defined."""
        return [i for i, t in enumerate(self.toks) if t.kind == "paren" and i > 0]

    @cached_property
    def head_starts(self) -> list[int]:
        """Indices of the tokens that open a head, in order."""
        return list(self.heads)

    def org_token(self, t: Tok) -> bool:
        """'WCO', 'WTO', 'WCO/JICA': a body's short form that may open a name as written."""
        parts = [p for p in t.text.split("/") if p]
        return t.kind == "word" and bool(parts) and all(p in self.prefixes or (p.isupper() and fold(p) in self.orgs) for p in parts)

    def at_sentence_start(self, i: int) -> bool:
        prev = self.toks[i - 1] if i else None
        return prev is None or prev.text in '.!?:;"' or "\n" in self.text[prev.end : self.toks[i].start]

    def name_text(self, start: int, end: int, cut: tuple[int, int] | None = None) -> str:
        """The source slice, white space folded, with an inner '(ACR)' cut out."""
        s = self.source[start:end] if cut is None else self.source[start : cut[0]] + self.source[cut[1] : end]
        return " ".join(s.split())
