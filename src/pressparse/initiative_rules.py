"""The pieces initiatives are found with: vocabulary, gazetteer, tokens and the named-phrase scan.

An initiative's name is read around a head word ("Programme", "Convention", "Operation" ...):
capitalized modifiers to its left ("Revised Kyoto Convention"), name words to its right for heads
that may open a name ("Operation DEMETER IV"), and capitalized continuations joined by of/on/for
("Luxor Resolution on the Guiding Principles for Cross-Border E-Commerce"). Scanning works on
tokens so every stop condition is a plain test, and every regex stays linear.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

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
    examples=("Operation DEMETER IV", "Fund/Japan (CCF)", "WCO's"),
    rejects=("", "   "),
    doc="Words (with inner - / . &), bracketed groups, possessive marks and single punctuation.",
)

ACRONYM = Rule(
    name="initiative.acronym",
    pattern=r"^\(\s{0,2}(?=[^)]{0,40}\p{Lu}[^)\s]{0,12}\p{Lu})([\p{Lu}\p{N}][\p{L}\p{N}&/.\-]{0,15}(?: [\p{L}\p{N}&/.\-]{1,15}){0,3})\s{0,2}\)$",
    examples=("(TFA)", "(A-CIP)", "(CCF/Japan)", "(TF & BC Project)", "(SDGs)"),
    rejects=("(China)", "(as updated in 2018)", "(Summary Findings)", "(see below)"),
    doc="A bracketed short form: two capitals in one word, at most four words.",
)

QUOTED = Rule(
    name="initiative.quoted",
    pattern=(
        r'"(?P<dq>[^"\n]{1,200})"'
        r"|(?<![\p{L}\p{N}])'(?P<sq>[\p{Lu}\p{N}][^'\n]{0,200}?)'(?![\p{L}\p{N}])"
    ),
    examples=('the "Globally Networked Customs" initiative', "a new 'Framework of Standards'"),
    rejects=("the WCO's tools", "Members' needs and the Council's view"),
    doc="A phrase in double or single quotes (quotes are normalized to straight ones).",
)

THEME_BEFORE = Rule(
    name="initiative.theme_before",
    pattern=(
        r"(?P<owner>[^,;()\"]{0,60})\b(?:theme|Theme|slogan|Slogan|motto)\b"
        r"(?:\s{1,3}(?:is|was|being|reads|chosen|picked|selected|adopted|for|\d{4})){0,4}[\s,:]{0,4}$"
    ),
    examples=("the WCO's general theme, ", "The slogan picked for 2019 reads ", "its theme being "),
    rejects=("the theme of the meeting was discussed and ", "Members said "),
    doc="Text just before a quote that calls the quote a theme or slogan; `owner` says whose.",
)

THEME_AFTER = Rule(
    name="initiative.theme_after",
    pattern=r"^[\s,.]{0,4}(?:as\s{1,3})?(?P<owner>(?:the|its|their)\b[^,;()\"]{0,50}?)\s{1,3}(?:theme|Theme|slogan)\b",
    examples=(", the WCO theme for 2024", " as its overarching theme", ", the transversal theme chosen"),
    rejects=(" said the Director", " initiative"),
    doc="Text just after a quote that calls it a theme: 'as its theme', ', the WCO theme for 2024'.",
)

KIND_AFTER = Rule(
    name="initiative.kind_after",
    pattern=r"^\"?\s{1,3}(?P<word>initiative|concept|campaign|programme|program|project|strategy)\b",
    examples=(" initiative", '" concept', " campaign to"),
    rejects=(" initiatives", " is an initiative"),
    doc="A lower-case kind word right after a capitalized or quoted name ('Green Customs initiative').",
)

RULES: tuple[Rule, ...] = (TOKEN, ACRONYM, QUOTED, THEME_BEFORE, THEME_AFTER, KIND_AFTER)


@dataclass(frozen=True)
class Head:
    """A head word: the kind it gives and how it may be used."""

    kind: str
    first: bool = False
    cont: bool = False
    bare: bool = False
    lower: bool = False
    name: bool = False


@dataclass(frozen=True)
class Vocab:
    """The language's initiative words, split by role."""

    heads: dict[str, Head]
    join: frozenset[str]
    skip: frozenset[str]
    org: frozenset[str]
    weak: frozenset[str]
    meeting: frozenset[str]
    yearly: tuple[str, ...]


@cache
def vocab(lang: str) -> Vocab:
    """Read `<lang>/initiative_words.txt` (English when the language has none)."""
    try:
        table = lexicon.table(f"{lang}/initiative_words.txt")
    except (FileNotFoundError, OSError):
        table = lexicon.table("en/initiative_words.txt")
    heads: dict[str, Head] = {}
    roles: dict[str, set[str]] = {}
    for word, value in table.items():
        parts = value.split()
        if not parts:
            continue
        if parts[0].startswith(":"):
            roles.setdefault(parts[0][1:], set()).add(word)
            continue
        flags = set(parts[1:])
        heads[word] = Head(parts[0], "first" in flags, "cont" in flags, "bare" in flags, "lower" in flags, "name" in flags)
    return Vocab(
        heads=heads,
        join=frozenset(roles.get("join", ())),
        skip=frozenset(roles.get("skip", ())),
        org=frozenset(roles.get("org", ())),
        weak=frozenset(roles.get("weak", ())),
        meeting=frozenset(roles.get("meeting", ())),
        yearly=tuple(sorted(roles.get("yearly", ()))),
    )


@cache
def person_words(lang: str) -> frozenset[str]:
    """Position words and honorifics ('Manager', 'Director', 'Mr'): a name never runs into them."""
    out: set[str] = set()
    try:
        out.update(k for k, val in lexicon.table(f"{lang}/titles.txt").items() if val in ("position", "modifier"))
        out.update(lexicon.entries(f"{lang}/honorifics.txt"))
    except (FileNotFoundError, OSError):
        pass
    return frozenset(out)


@dataclass(frozen=True)
class GazEntry:
    """One well-known instrument: its canonical name, kind, and every surface form."""

    name: str
    kind: str
    acronyms: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazEntry, ...]
    prefixes: frozenset[str]
    not_initiatives: frozenset[str]
    by_key: dict[str, int]


def title_case_lines(text: str, lines: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Short lines in Title Case (headlines), where capitals say nothing about names."""
    out = []
    for start, end in lines:
        words = [w for w in text[start:end].split() if len(w) >= 4 and w[0].isalpha()]
        lower = sum(not w[0].isupper() for w in words)
        if 4 <= len(words) <= 20 and lower <= 1 and text[end - 1] not in ".!?":
            out.append((start, end))
    return tuple(out)


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(text.split())


_SPELLING = {"program": "programme", "harmonised": "harmonized", "organisation": "organization", "cooperation": "cooperation"}


def name_key(name: str, prefixes: frozenset[str], join: frozenset[str]) -> str:
    """A spelling-, case- and prefix-insensitive key: 'WCO Mercator Program' ~ 'Mercator Programme'."""
    words = fold(name.replace("Co-operation", "Cooperation").replace("co-operation", "cooperation")).split()
    low_prefixes = {p.lower() for p in prefixes}
    while len(words) > 1 and words[0] in low_prefixes:
        words = words[1:]
    low_join = {j.lower() for j in join}
    return " ".join(_SPELLING.get(w, w) for w in words if w not in low_join)


@cache
def gazetteer() -> Gazetteer:
    data: Any = lexicon.load_json("instruments.json")
    join = vocab("en").join | frozenset({"de", "du", "des", "la", "le", "les", "sur", "pour"})
    prefixes = frozenset(data["prefixes"])
    entries: list[GazEntry] = []
    by_key: dict[str, int] = {}
    for i, e in enumerate(data["instruments"]):
        names = (e["name"], *e["aliases"], *e["fr"])
        entries.append(GazEntry(e["name"], e["kind"], tuple(e["acronyms"]), tuple(names)))
        for n in names:
            by_key.setdefault(name_key(n, prefixes, join), i)
    return Gazetteer(
        entries=tuple(entries),
        prefixes=prefixes,
        not_initiatives=frozenset(fold(n) for n in data["not_initiatives"]),
        by_key=by_key,
    )


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
    out: list[Tok] = []
    for m in TOKEN.finditer(text, 0, len(text), warnings):
        kind = m.lastgroup or "punct"
        out.append(Tok(m.start(), m.end(), kind, m.group(0)))
    return out


def is_acronym(text: str) -> bool:
    return ACRONYM.search(text) is not None


def initials_match(words: list[str], acronym: str, join: frozenset[str]) -> bool:
    """True when the capitalized words' initials (joining words optional) spell the acronym."""
    letters = [c.lower() for c in acronym if c.isalpha()]

    def walk(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        w = words[i]
        hit = j < len(letters) and w[:1].lower() == letters[j]
        if w in join:
            return (hit and walk(i + 1, j + 1)) or walk(i + 1, j)
        if not hit:
            return False
        # A compound ("Anti-Corruption") may give one letter per part.
        parts = [p for p in w.replace("/", "-").split("-") if p]
        if len(parts) > 1 and walk_parts(parts, i, j):
            return True
        return walk(i + 1, j + 1)

    def walk_parts(parts: list[str], i: int, j: int) -> bool:
        k = j
        for p in parts:
            if k < len(letters) and p[:1].lower() == letters[k]:
                k += 1
            else:
                return False
        return walk(i + 1, k)

    return bool(letters) and len(words) <= 12 and walk(0, 0)


@dataclass(frozen=True)
class Cand:
    """One mention of a (possible) initiative, before mentions are grouped into entities."""

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


def head_word(word: str) -> str:
    """The form a head is compared in when a bare 'the Programme' refers back to a name."""
    low = word.split("/")[0].lower()
    return _SPELLING.get(low, low)


@dataclass(frozen=True)
class Scan:
    """What the head scan needs besides the tokens."""

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
        if i + 1 < len(toks) and adjacent(self.text, t, toks[i + 1]):
            two = f"{t.text} {toks[i + 1].text}"
            if two in heads:
                return heads[two], 2, two, False
        base = t.text.split("/")[0] if "/" in t.text and t.text[:1].isupper() else t.text
        if base in heads:
            return heads[base], 1, base, False
        cap = t.text[:1].upper() + t.text[1:]
        if t.text.islower() and cap in heads and heads[cap].lower:
            return heads[cap], 1, cap, True
        return None

    def org_token(self, t: Tok) -> bool:
        parts = [p for p in t.text.split("/") if p]
        return t.kind == "word" and bool(parts) and all(p in self.prefixes or (fold(p) in self.orgs and p.isupper()) for p in parts)

    def at_sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        prev = self.toks[i - 1]
        return prev.text in '.!?:;"' or "\n" in self.text[prev.end : self.toks[i].start]

    def name_text(self, start: int, end: int, cut: tuple[int, int] | None) -> str:
        s = self.source[start:end] if cut is None else self.source[start : cut[0]] + self.source[cut[1] : end]
        return " ".join(s.split())


def _left(sc: Scan, h: int, lowered: bool) -> tuple[list[int], str | None, tuple[int, int] | None]:
    """Modifier token indices left of head h, and an acronym written between them and the head."""
    toks, v, text = sc.toks, sc.v, sc.text
    acr: str | None = None
    acr_span: tuple[int, int] | None = None
    k = h - 1
    if k >= 1 and toks[k].kind == "paren" and adjacent(text, toks[k], toks[h]) and is_acronym(toks[k].text):
        if toks[k - 1].cap and adjacent(text, toks[k - 1], toks[k]):
            acr, acr_span = toks[k].text[1:-1].strip(), (toks[k].start, toks[k].end)
            k -= 1
    mods: list[int] = []
    while k >= 0 and len(mods) < 8 and adjacent(text, toks[k], toks[k + 1]):
        t = toks[k]
        if t.cap or (t.num and toks[k + 1].cap):
            if t.text in v.org or (lowered and not mods and sc.head_at(k)):
                break
            mods.insert(0, k)
        elif t.text in ("and", "&") and mods and k >= 1 and toks[k - 1].cap and not sc.head_at(k - 1):
            mods.insert(0, k)
        else:
            break
        k -= 1
    while mods and (toks[mods[0]].text in v.join or toks[mods[0]].text in v.skip):
        mods.pop(0)
    if mods and sc.at_sentence_start(mods[0]):
        first = toks[mods[0]]
        if not first.allcaps and first.text.endswith(("ing", "ed", "ly")):
            mods.pop(0)
            while mods and toks[mods[0]].text in v.join:
                mods.pop(0)
    return mods, acr, acr_span


def _after_first(sc: Scan, h: int, j: int, head: Head) -> int:
    """For heads that may open a name ('Operation X', 'Resolution 42/112'): end of the name words."""
    toks, v = sc.toks, sc.v
    taken: list[Tok] = []
    while j < len(toks) and len(taken) < 4 and adjacent(sc.text, toks[j - 1], toks[j]):
        t = toks[j]
        roman = t.kind == "word" and len(t.text) == 1 and t.text in "IVX"
        if t.num or t.allcaps or roman:
            taken.append(t)
        elif t.text in sc.persons:
            break
        elif t.cap and t.text not in v.skip | v.org | v.weak and not t.text.endswith("ed"):
            taken.append(t)
        else:
            break
        j += 1
    strong = any(t.num or t.allcaps or len(t.text) == 1 for t in taken)
    if head.name or strong or len(taken) >= 2:
        return j
    return j - len(taken)


def _continuation(sc: Scan, j: int) -> tuple[int, int]:
    """Extend past 'of/on/for/... [the] Capitalized Words' groups; (next token index, groups taken)."""
    toks, v, text = sc.toks, sc.v, sc.text
    conts = 0
    while j < len(toks) and conts < 6:
        t = toks[j]
        if t.text not in v.join or t.text == "the" or not adjacent(text, toks[j - 1], t):
            break
        conj = t.text in ("and", "&")
        if t.text == "in" and conts == 0:
            break
        k = j + 1
        if k < len(toks) and toks[k].text in ("the", "a", "an") and not conj:
            k += 1
        if k >= len(toks) or not adjacent(text, toks[k - 1], toks[k]):
            break
        if toks[k].text == '"':
            close = next((c for c in range(k + 1, min(k + 14, len(toks))) if toks[c].text == '"'), None)
            if close is None or close == k + 1 or not toks[k + 1].cap:
                break
            j, conts = close + 1, conts + 1
            continue
        c = k
        while c < len(toks) and c - k < 8 and (toks[c].cap or (toks[c].num and c > k)):
            if c > k and not adjacent(text, toks[c - 1], toks[c]):
                break
            c += 1
        chunk = toks[k:c]
        if not chunk or (conts == 0 and len(chunk) == 1 and chunk[0].text in v.weak):
            break
        body = chunk[-1].text in v.org or fold(" ".join(x.text for x in chunk)) in sc.orgs
        if body or all(sc.org_token(x) or x.text in sc.persons for x in chunk):
            # "Resolution of the Policy Commission on ...": a body may sit inside a longer name.
            more = c + 2 < len(toks) and toks[c].text in v.join - {"and", "the", "&"}
            if not (body and more and (toks[c + 1].cap or (toks[c + 1].text == "the" and toks[c + 2].cap))):
                break
        if conj and any(sc.head_at(x) for x in range(k, c)):
            break
        j, conts = c, conts + 1
    return j, conts


def _good_lower_mods(sc: Scan, mods: list[Tok]) -> bool:
    """'Punta Cana resolution' names one; 'Customs programme', 'Kenya programme' do not."""
    words = " ".join(t.text for t in mods)
    if any(t.text in sc.v.weak or t.text in sc.v.skip for t in mods) or fold(words) in sc.orgs:
        return False
    return not is_place(words) and not is_place(mods[0].text)


def scan_heads(sc: Scan) -> list[Cand]:
    """Every name built around a head word, left to right, each token used at most once."""
    toks, v, text = sc.toks, sc.v, sc.text
    out: list[Cand] = []
    h = 0
    while h < len(toks):
        hit = sc.head_at(h)
        if hit is None:
            h += 1
            continue
        head, n, word, lowered = hit
        mods, acr, acr_span = _left(sc, h, lowered)
        real = [m for m in mods if toks[m].text not in v.join and not sc.org_token(toks[m])]
        j = h + n
        if head.first and not real and not lowered:
            j = _after_first(sc, h, j, head)
        named_after = j > h + n
        nxt = toks[j] if j < len(toks) and adjacent(text, toks[j - 1], toks[j]) else None
        if nxt is not None and nxt.cap and not named_after:
            if nxt.text in v.org or not real:
                h = j
                continue
        j, conts = _continuation(sc, j)
        if lowered and (not real or conts or not _good_lower_mods(sc, [toks[m] for m in real])):
            h = j
            continue
        bare = not real and not named_after and not conts
        if head.cont and not conts:
            h = j
            continue
        start = toks[mods[0]].start if mods else toks[h].start
        end = toks[j - 1].end
        kind = head.kind
        for x in range(h + n, j):
            after = sc.head_at(x) if x < j and named_after else None
            if after is not None and toks[x].end <= end:
                kind = after[0].kind
        if acr is None and j < len(toks) and toks[j].kind == "paren" and adjacent(text, toks[j - 1], toks[j]):
            if is_acronym(toks[j].text) and fold(toks[j].text) not in sc.orgs:
                acr = toks[j].text[1:-1].strip()
        standalone = bare and head.bare and h > 0 and toks[h - 1].text == "the"
        if sc.in_title(toks[h].start) and not named_after and acr is None:
            # In a Title Case headline capitals prove nothing: the name must open on a short form.
            caps = [m for m in real if toks[m].allcaps]
            if not caps:
                h = j
                continue
            mods = mods[mods.index(caps[0]) :]
        out.append(
            Cand(start, end, sc.name_text(start, end, acr_span), kind, "initiative.head_name", head=head_word(word),
                 acronym=acr, acr_span=acr_span, bare=bare, standalone=standalone)
        )
        h = j
    return out
