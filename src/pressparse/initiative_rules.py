"""How an initiative's name is read around a head word ("Programme", "Convention", "Operation").

A name is a head with capitalized modifiers to its left ("Revised Kyoto Convention"), name words
to its right for heads that may open a name ("Operation DEMETER IV"), and capitalized
continuations joined by of/on/for/... ("Luxor Resolution on the Guiding Principles for Cross-Border
E-Commerce"). The scan works on tokens so that every stop condition is a plain test and every
regex stays linear. The words come from `data/<lang>/initiative_words.txt`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from . import lexicon, places
from .rules import Rule

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
    rejects=("(China)", "(as updated in 2018)", "(Summary Findings)", "(see below)"),
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
    native: bool = True


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
    for word, value in table.items():
        kind, *flags = value.split() or [""]
        if kind.startswith(":"):
            roles.setdefault(kind[1:], set()).add(word)
        elif kind:
            heads[word] = Head(kind, *(f in flags for f in ("first", "cont", "bare", "lower", "name")))
    role = {r: frozenset(roles.get(r, ())) for r in ("join", "skip", "org", "weak", "meeting")}
    return Vocab(heads=MappingProxyType(heads), yearly=tuple(sorted(roles.get("yearly", ()))), native=native, **role)


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


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: the form names are compared in."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
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


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    kind: str
    text: str

    @property
    def cap(self) -> bool:
        """A capitalized word: 'Kyoto', 'DEMETER', 'E-Commerce' (not a number)."""
        return self.kind == "word" and self.text[0].isupper()

    @property
    def num(self) -> bool:
        return self.kind == "word" and self.text[0].isdigit()

    @property
    def allcaps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return self.kind == "word" and len(letters) >= 2 and all(c.isupper() for c in letters)


def tokenize(text: str, warnings: list[str] | None) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.lastgroup or "punct", m.group(0)) for m in TOKEN.finditer(text, 0, len(text), warnings)]


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
        words = [w for w in text[start:end].split() if len(w) >= 4 and w[0].isalpha()]
        if 4 <= len(words) <= 20 and sum(not w[0].isupper() for w in words) <= 1 and text[end - 1] not in ".!?":
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

    def in_title(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.titles)

    def head_at(self, i: int) -> tuple[Head, int, str, bool] | None:
        """(head, token count, head word, written in lower case) for a head starting at token i."""
        toks, heads = self.toks, self.v.heads
        t = toks[i]
        if t.kind != "word":
            return None
        if i + 1 < len(toks) and adjacent(self.text, t, toks[i + 1]) and f"{t.text} {toks[i + 1].text}" in heads:
            two = f"{t.text} {toks[i + 1].text}"
            return heads[two], 2, two, False
        base = t.text.split("/")[0] if t.text[:1].isupper() else t.text
        if base in heads:
            return heads[base], 1, base, False
        cap = t.text[:1].upper() + t.text[1:]
        if t.text.islower() and cap in heads and heads[cap].lower:
            return heads[cap], 1, cap, True
        return None

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


def _left(sc: Scan, h: int, lowered: bool) -> tuple[list[int], str | None, tuple[int, int] | None]:
    """Modifier tokens left of head h, and a short form written between them and the head."""
    toks, v, text = sc.toks, sc.v, sc.text
    acr, acr_span, k = None, None, h - 1
    if k >= 1 and toks[k].kind == "paren" and is_acronym(toks[k].text) and toks[k - 1].cap and adjacent(text, toks[k - 1], toks[k]) \
            and adjacent(text, toks[k], toks[h]):
        acr, acr_span, k = toks[k].text[1:-1].strip(), (toks[k].start, toks[k].end), k - 1
    mods: list[int] = []
    while k >= 0 and len(mods) < 8 and adjacent(text, toks[k], toks[k + 1]):
        t = toks[k]
        if t.cap or (t.num and toks[k + 1].cap):
            if t.text in v.org or (lowered and not mods and sc.head_at(k)):
                break
        elif not (t.text in ("and", "&") and mods and k >= 1 and toks[k - 1].cap and not sc.head_at(k - 1)):
            break
        mods.insert(0, k)
        k -= 1
    while mods and (toks[mods[0]].text in v.join | v.skip):
        mods.pop(0)
    if mods and sc.at_sentence_start(mods[0]) and not toks[mods[0]].allcaps and toks[mods[0]].text.endswith(("ing", "ed", "ly")):
        mods.pop(0)  # "Called Interface ...", "Pursuing the ..."
        while mods and toks[mods[0]].text in v.join:
            mods.pop(0)
    return mods, acr, acr_span


def _after_first(sc: Scan, j: int, head: Head) -> int:
    """End of the name words after a head that may open a name: 'Operation X', 'Resolution 71/209'.
    Heads without the `name` flag need a number, a short form or two words ('Programme Global Shield')."""
    toks, v = sc.toks, sc.v
    taken: list[Tok] = []
    while j < len(toks) and len(taken) < 4 and adjacent(sc.text, toks[j - 1], toks[j]):
        t = toks[j]
        if t.num or t.allcaps or (t.kind == "word" and t.text in ("I", "V", "X")):
            taken.append(t)
        elif t.cap and t.text not in sc.persons | v.skip | v.org | v.weak and not t.text.endswith("ed"):
            taken.append(t)
        else:
            break
        j += 1
    if head.name or len(taken) >= 2 or any(t.num or t.allcaps or len(t.text) == 1 for t in taken):
        return j
    return j - len(taken)


def _chunk_ok(sc: Scan, chunk: list[Tok], c: int, conts: int) -> bool:
    """May this capitalized group continue a name? Not 'for Members'; a body only before 'on ...'."""
    toks, v = sc.toks, sc.v
    if not chunk or (conts == 0 and len(chunk) == 1 and chunk[0].text in v.weak) or is_place(" ".join(x.text for x in chunk)):
        return False
    body = chunk[-1].text in v.org or fold(" ".join(x.text for x in chunk)) in sc.orgs
    if body or all(sc.org_token(x) or x.text in sc.persons for x in chunk):
        # "Resolution of the Policy Commission on ...": a body may sit inside a longer name.
        more = c + 2 < len(toks) and toks[c].text in v.join - {"and", "the", "&"}
        return body and more and (toks[c + 1].cap or (toks[c + 1].text == "the" and toks[c + 2].cap))
    return True


def _continuation(sc: Scan, j: int) -> tuple[int, int]:
    """Extend past 'of/on/for/... [the] Capitalized Words' groups: (next token index, groups taken)."""
    toks, v, text = sc.toks, sc.v, sc.text
    conts = 0
    while j < len(toks) and conts < 6:
        t = toks[j]
        if t.text not in v.join or t.text == "the" or not adjacent(text, toks[j - 1], t) or (t.text == "in" and not conts):
            break
        conj = t.text in ("and", "&")
        k = j + 2 if j + 1 < len(toks) and toks[j + 1].text in ("the", "a", "an") and not conj else j + 1
        if k >= len(toks) or not adjacent(text, toks[k - 1], toks[k]):
            break
        if toks[k].text == '"':  # 'Regional Strategy on "Data Pool"'
            close = next((c for c in range(k + 1, min(k + 14, len(toks))) if toks[c].text == '"'), None)
            if close is None or close == k + 1 or not toks[k + 1].cap:
                break
            j, conts = close + 1, conts + 1
            continue
        c = k
        while c < len(toks) and c - k < 8 and (toks[c].cap or (toks[c].num and c > k)) and (c == k or adjacent(text, toks[c - 1], toks[c])):
            c += 1
        if not _chunk_ok(sc, toks[k:c], c, conts) or (conj and any(sc.head_at(x) for x in range(k, c))):
            break
        j, conts = c, conts + 1
    return j, conts


def _good_lower_mods(sc: Scan, mods: list[Tok]) -> bool:
    """'Harbour City resolution' names one; 'Customs programme', 'Kenya programme' do not."""
    words = " ".join(t.text for t in mods)
    if not mods or any(t.text in sc.v.weak | sc.v.skip for t in mods) or fold(words) in sc.orgs:
        return False
    return not is_place(words) and not is_place(mods[0].text)


def scan_heads(sc: Scan) -> list[Cand]:
    """Every name built around a head word, left to right, each token used at most once."""
    toks, v, text = sc.toks, sc.v, sc.text
    out: list[Cand] = []
    h = 0 if v.native else len(toks)
    while h < len(toks):
        hit = sc.head_at(h)
        if hit is None:
            h += 1
            continue
        head, n, word, lowered = hit
        mods, acr, acr_span = _left(sc, h, lowered)
        real = [m for m in mods if toks[m].text not in v.join and not sc.org_token(toks[m])]
        j = _after_first(sc, h + n, head) if head.first and not real and not lowered else h + n
        named_after = j > h + n
        nxt = toks[j] if j < len(toks) and adjacent(text, toks[j - 1], toks[j]) else None
        if nxt is not None and nxt.cap and (nxt.text in v.org or not (real or named_after)):
            h = j  # "Basel Convention Secretariat" is a body; "Programme Manager" a post
            continue
        j, conts = _continuation(sc, j)
        bare = not real and not named_after and not conts
        if (lowered and (conts or not _good_lower_mods(sc, [toks[m] for m in real]))) or (head.cont and not conts):
            h = j
            continue
        if sc.in_title(toks[h].start) and not named_after and acr is None:
            # In a Title Case headline capitals prove nothing: the name must open on a short form.
            caps = [m for m in real if toks[m].allcaps]
            if not caps:
                h = j
                continue
            mods = mods[mods.index(caps[0]) :]
        start, end = toks[mods[0]].start if mods else toks[h].start, toks[j - 1].end
        kind = head.kind
        for x in range(h + n, j if named_after else h + n):
            inner = sc.head_at(x)
            kind = inner[0].kind if inner else kind  # "Project Atlas Database" is a database
        after = toks[j] if j < len(toks) and adjacent(text, toks[j - 1], toks[j]) else None
        if acr is None and after is not None and after.kind == "paren" and is_acronym(after.text) and fold(after.text) not in sc.orgs:
            acr = after.text[1:-1].strip()
        standalone = bare and head.bare and h > 0 and toks[h - 1].text == "the"
        out.append(Cand(start, end, sc.name_text(start, end, acr_span), kind, "initiative.head_name", head=head_word(word),
                        acronym=acr, acr_span=acr_span, bare=bare, standalone=standalone))
        h = j
    return out
