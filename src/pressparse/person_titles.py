"""A person's position: the title phrase, and the affiliation and country written around it.

A title is read around a core of position words ("Deputy Secretary General", "Vice-Minister",
"CEO and Commissioner"): what comes before it may name the employer ("WCO", "AFIP's",
"Chad's"), and its "of/for ..." complement is split into the part that stays in the title (a
field or a unit: "of Customs", "of International Public Policy", "of the Board") and the
organization or country it belongs to ("of Ningbo Customs", "of Japan", " - Amazon").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache

from . import lexicon
from .document import Document
from .person_names import Tok, is_acronym, joined, not_names, particles
from .places import canonical_country
from .rules import Rule, alternation

Span = tuple[int, int]


@cache
def title_table(lang: str) -> dict[str, str]:
    for code in (lang, "en"):
        try:
            return dict(lexicon.table(lexicon.language_file(code, "titles.txt")))
        except (FileNotFoundError, OSError):
            continue
    return {}


@cache
def admin_heads(lang: str) -> frozenset[str]:
    """Words that make an administration after a place name ("Customs" in "Ningbo Customs"):
    the organizations extractor's list, read here so the two agree."""
    try:
        return lexicon.words(lexicon.language_file(lang, "org_modifier_heads.txt"))
    except (FileNotFoundError, OSError):
        return frozenset()


@cache
def demonyms(lang: str) -> dict[str, str]:
    try:
        return dict(lexicon.table(lexicon.language_file(lang, "demonyms.txt")))
    except (FileNotFoundError, OSError):
        return {}


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
    if len(parts) == 1 or None in kinds:
        return None, False
    for wanted in ("portfolio", "position", "department", "modifier"):
        if wanted in kinds:
            return wanted, plural
    return None, False


def is_title_word(word: str, lang: str = "en") -> bool:
    """Position and field words are never part of a name ("Director Capacity Building")."""
    return title_kind(word, lang)[0] in ("position", "portfolio", "modifier", "department")


def _head(word: str, lang: str) -> bool:
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


TITLE_HEAD = Rule(
    name="people.title_head",
    pattern=r"(?<![\p{L}-])" + alternation(tuple(w for w, k in title_table("en").items() if k in ("position", "portfolio")))
    + r"s?(?![\p{L}])",
    examples=("Deputy Secretary General", "the Vice-Minister", "CEO and Commissioner", "Co-Chairpersons"),
    rejects=("the Directorate", "secretary general", "Administration of Customs"),
    doc="A word that can head a position; cores are grown from these anchors.",
)

RULES: tuple[Rule, ...] = (TITLE_HEAD,)


@dataclass(frozen=True)
class Ctx:
    """What the title reader needs: the tokens, and the spans other extractors found."""

    doc: Document
    toks: list[Tok]
    lang: str
    org_spans: tuple[Span, ...]  # sorted
    country_spans: dict[Span, str]
    org_names: dict[Span, str]
    starts: list[int] = field(default_factory=list)
    org_by_start: dict[int, int] = field(default_factory=dict)
    org_by_end: dict[int, int] = field(default_factory=dict)

    @classmethod
    def make(cls, doc: Document, toks: list[Tok], lang: str, orgs: list[tuple[Span, str]], countries: dict[Span, str]) -> Ctx:
        spans = tuple(sorted({sp for sp, _ in orgs}))
        by_start: dict[int, int] = {}
        by_end: dict[int, int] = {}
        for s, e in spans:
            by_start[s] = max(e, by_start.get(s, e))
            by_end[e] = min(s, by_end.get(e, s))
        return cls(doc, toks, lang, spans, countries, dict(orgs), [t.start for t in toks], by_start, by_end)

    def cap(self, i: int) -> bool:
        t = self.toks[i] if 0 <= i < len(self.toks) else None
        return t is not None and t.kind == "word" and t.text[:1].isupper()

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

    def org_name(self, span: Span) -> str:
        """The full name of the organization mentioned at `span`, else the text there."""
        return self.org_names.get(span) or self.doc.text[span[0] : span[1]] or "-"

    def index_at(self, char: int) -> int:
        """Index of the first token starting at or after `char`."""
        return bisect.bisect_left(self.starts, char)


@dataclass(frozen=True)
class TitleUnit:
    """A position phrase: token range [start, end), the title's value span and what it names."""

    start: int
    core: tuple[int, int]
    end: int
    title: Span
    plural: bool
    affiliation: Span | None = None
    affiliation_value: str | None = None
    country: Span | None = None
    country_value: str | None = None
    standing: bool = False


def find_cores(ctx: Ctx) -> list[tuple[int, int]]:
    """Runs of position words holding a head: "Deputy Director General", "WCO Capacity Building Director"."""
    toks, lang = ctx.toks, ctx.lang
    cores: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not (ctx.cap(i) and _head(toks[i].text, lang)):
            i += 1
            continue
        a = i
        while ctx.cap(a - 1) and ctx.near(a - 1, a) and title_kind(toks[a - 1].text, lang)[0] is not None:
            a -= 1
        b = i + 1
        while ctx.cap(b) and ctx.near(b - 1, b) and title_kind(toks[b].text, lang)[0] in ("position", "portfolio", "modifier"):
            b += 1
        cores.append((a, b))
        i = b
    return cores


def starts_core(ctx: Ctx, i: int) -> bool:
    """Token `i` begins a position ("First Deputy Head", "Director"), not a field ("Financial Affairs")."""
    k = i
    while ctx.cap(k) and k - i < 5:
        kind = title_kind(ctx.toks[k].text, ctx.lang)[0]
        if kind in ("position", "portfolio"):
            return True
        if kind != "modifier" or not ctx.near(k, k + 1):
            return False
        k += 1
    return False


def cap_phrase(ctx: Ctx, s: int, commas: bool = False) -> int:
    """End of the capitalized phrase starting at token `s` ("Tariff and Trade Affairs Directorate")."""
    toks, n = ctx.toks, len(ctx.toks)
    if not (ctx.cap(s) or (s < n and toks[s].kind == "num")):
        return s
    joiners = particles(ctx.lang) | {"and", "&", "on", "in"}
    j = s + 1
    while j < n and j - s < 24 and ctx.near(j - 1, j):
        t = toks[j]
        if ctx.cap(j) or (t.kind == "num" and ctx.cap(j - 1)):
            j += 1
            continue
        if t.kind in ("word", "punct") and t.text in joiners:
            nxt = j + 1
            if nxt < n and toks[nxt].text == "the" and ctx.near(j, nxt):
                nxt += 1
            if not (ctx.near(nxt - 1, nxt) and ctx.cap(nxt)) or starts_core(ctx, nxt):
                break
            if t.text == "in" and ctx.country(nxt, cap_phrase(ctx, nxt)):
                break
            j = nxt + 1
            continue
        if commas and t.text == "," and j + 1 < n:
            e2 = cap_phrase(ctx, j + 1)
            if e2 > j + 1 and any(toks[k].text in ("and", "&") for k in range(j + 1, e2)):
                j = e2
                continue
        break
    return j


def cap_phrase_back(ctx: Ctx, e: int) -> int:
    """Start of the capitalized phrase ending at token `e` (inclusive): "US Department of Homeland Security"."""
    toks = ctx.toks
    if not ctx.cap(e):
        return e + 1
    s = e
    while s - 1 >= 0 and ctx.near(s - 1, s) and s > e - 12:
        if ctx.cap(s - 1):
            s -= 1
        elif toks[s - 1].text in ("of", "and", "&") and ctx.cap(s - 2) and ctx.near(s - 2, s - 1):
            s -= 2
        else:
            break
    while s <= e and toks[s].text in ("The", "A", "An"):
        s += 1
    return s


def _classify(ctx: Ctx, s: int, e: int, field: bool) -> tuple[str, Span | None]:
    """Is an "of ..." complement a 'country', an 'org' (surely the employer), a 'dept' (a field or
    unit: stays in the title) or 'weak' (a proper name: the employer unless an organization follows)?"""
    span = ctx.chars(s, e)
    if ctx.country(s, e):
        return "country", None
    toks, lang = ctx.toks, ctx.lang
    if ctx.org_covering(span) or (e - s == 1 and is_acronym(toks[s])):
        return "org", None
    inner = [sp for sp in ctx.orgs_within(span) if sp != span]
    # "Ningbo Customs", "Korea Customs Service": an administration named after a place.
    prev = toks[e - 2] if e - s >= 2 else None
    if toks[e - 1].text in admin_heads(lang) and prev is not None and ctx.cap(e - 2) and title_kind(prev.text, lang)[0] is None and (
        prev.text not in not_names(lang) and not inner and not any(toks[q].text in ("and", "&") for q in range(s, e))
    ):
        return "org", None
    if field:
        return "dept", None
    if title_kind(toks[e - 1].text, lang)[0] == "department":
        embedded = inner[0] if inner else next((ctx.chars(q, q + 1) for q in range(s, e) if is_acronym(toks[q])), None)
        return "dept", embedded
    return "weak", None


def _tok_range(ctx: Ctx, span: Span) -> tuple[int, int]:
    return ctx.index_at(span[0]), ctx.index_at(span[1])


def _tail(ctx: Ctx, k: int, portfolio: bool) -> tuple[int, int, Span | None, Span | None, Span | None]:
    """Split the "of/for ..." complements after a position: (end, title end, affiliation,
    organization named inside the title, country)."""
    toks, n = ctx.toks, len(ctx.toks)
    segs: list[tuple[int, int, str, Span | None]] = []
    while k + 1 < n and toks[k].text in ("of", "for") and ctx.near(k, k + 1) and len(segs) < 6:
        s = k + 2 if toks[k + 1].text == "the" and ctx.near(k + 1, k + 2) else k + 1
        e = cap_phrase(ctx, s, commas=True)
        if e == s:
            break
        org = ctx.org_at(s)
        if org is not None:
            e = max(e, ctx.index_at(org[1]))
        kind, inner = _classify(ctx, s, e, portfolio or toks[k].text == "for")
        segs.append((s, e, kind, inner))
        k = e
    # A proper name before an organization is a unit of it ("of Customs and Border Control of
    # the KRA"); before a country it is the organization ("of the National Service of Chile").
    strong = next((i for i, g in enumerate(segs) if g[2] in ("org", "country")), None)
    weak = next((i for i, g in enumerate(segs) if g[2] == "weak"), None)
    pick = weak if weak is not None and (strong is None or (weak < strong and segs[strong][2] == "country")) else strong
    title_segs = segs if pick is None else segs[:pick]
    dept_end = title_segs[-1][1] if title_segs else 0
    embedded = next((g[3] for g in title_segs if g[3] is not None), None)
    if pick is None:
        return k, dept_end, None, embedded, None
    s, e, kind, _ = segs[pick]
    if kind == "country":
        return k, dept_end, ctx.chars(s, e), embedded, ctx.chars(s, e)
    return k, dept_end, (ctx.chars(s, e)[0], ctx.chars(*segs[-1][:2])[1]), embedded, None


def _initials_match(words: list[str], acronym: str) -> bool:
    """"Chief Operating Officer (COO)": the acronym spells the last words' initials."""
    letters = "".join(p[0] for w in words if w[:1].isupper() for p in w.split("-") if p).upper()
    return letters.endswith(acronym.upper()) or acronym.upper() in "".join(w for w in words if w.isupper())


def _span_value(ctx: Ctx, span: Span) -> str:
    return ctx.doc.source[span[0] : span[1]]


def _pre(ctx: Ctx, a: int) -> tuple[int, Span | None, str | None, Span | None, str | None]:
    """What stands before a core: (start, affiliation span, its value, country span, country)."""
    toks = ctx.toks
    p = a - 1
    aff: Span | None = None
    aff_value: str | None = None
    cspan: Span | None = None
    cval: str | None = None
    start = a
    if p >= 1 and toks[p].kind == "poss" and toks[p].start == toks[p - 1].end:
        s = cap_phrase_back(ctx, p - 1)
        if s <= p - 1:
            start, aff = s, ctx.chars(s, p)
            cval = ctx.country(s, p)
            if cval:
                cspan = aff
    elif p >= 0 and ctx.near(p, a):
        org = ctx.org_ending(p)
        if org is not None and org[0] >= toks[max(0, p - 12)].start:
            aff, start = org, ctx.index_at(org[0])
        elif is_acronym(toks[p]) or (ctx.cap(p) and is_acronym(toks[p - 1]) and ctx.near(p - 1, p)):
            start = p - 1 if not is_acronym(toks[p]) else p
            aff = ctx.chars(start, p + 1)
        elif toks[p].kind == "word" and toks[p].text in demonyms(ctx.lang):
            start, cspan, cval = p, ctx.chars(p, p + 1), demonyms(ctx.lang)[toks[p].text]
            aff, aff_value = cspan, cval
    if aff is not None and aff_value is None:
        aff_value = _span_value(ctx, aff)
    if start >= 1 and toks[start - 1].text in ("the", "The") and ctx.near(start - 1, start):
        start -= 1
    return start, aff, aff_value, cspan, cval


def build_unit(ctx: Ctx, core: tuple[int, int], core_at: dict[int, int]) -> TitleUnit:
    """Read the whole position phrase around `core`."""
    toks, lang, n = ctx.toks, ctx.lang, len(ctx.toks)
    a, b = core
    portfolio = any(title_kind(toks[k].text, lang)[0] == "portfolio" for k in range(a, b))
    last_head = b - 1
    k = b
    # "CEO and Commissioner", "Vice-Minister and Deputy Director": one title with two heads.
    while k + 1 < n and toks[k].text in ("and", "&") and (k + 1) in core_at and ctx.near(k, k + 1):
        k = last_head = core_at[k + 1] - 1
        k += 1
        portfolio = portfolio or any(title_kind(toks[q].text, lang)[0] == "portfolio" for q in range(last_head, k))
    plural = title_kind(toks[last_head].text, lang)[1]
    # "Deputy Director Compliance and Facilitation", "Director Capacity Building": a unit named
    # right after the position, without "of".
    e = cap_phrase(ctx, k) if k < n and ctx.near(k - 1, k) else k
    if e > k and all(
        title_kind(t.text, lang)[0] == "department" or not t.text[:1].isupper() for t in toks[k:e]
    ):
        k = e
    title_end = k
    if k + 2 < n and toks[k].text == "(" and is_acronym(toks[k + 1]) and toks[k + 2].text == ")" and _initials_match(
        [t.text for t in toks[a:title_end]], toks[k + 1].text
    ):
        k += 3
    start, aff, aff_value, cspan, cval = _pre(ctx, a)
    k, dept_end, tail_aff, embedded, tail_country = _tail(ctx, k, portfolio)
    title_end = max(title_end, dept_end)
    if embedded is not None and aff is None:
        aff, aff_value = embedded, _span_value(ctx, embedded)
    if tail_country is not None:
        cspan, cval = tail_country, ctx.country(*_tok_range(ctx, tail_country))
    for _ in range(4):
        if k + 1 >= n:
            break
        t = toks[k]
        if t.text in ("in", "for") and ctx.near(k, k + 1):
            e = cap_phrase(ctx, k + 1)
            c = ctx.country(k + 1, e)
            if c:
                cspan, cval, k = ctx.chars(k + 1, e), c, e
                continue
        if t.text == "-" and toks[k - 1].end < t.start < toks[k + 1].start:
            e = cap_phrase(ctx, k + 1)
            if e > k + 1 and tail_aff is None:
                tail_aff, k = ctx.chars(k + 1, e), e
                continue
        if t.text == "(":
            e = cap_phrase(ctx, k + 1)
            if e > k + 1 and e < n and toks[e].text == ")":
                c = ctx.country(k + 1, e)
                if c and cval is None:
                    cspan, cval = ctx.chars(k + 1, e), c
                elif not c and tail_aff is None and aff is None:
                    tail_aff = ctx.chars(k + 1, e)
                k = e + 1
                continue
        if t.text in (",", "at") and tail_aff is None and (aff is None or t.text == "at"):
            s = k + 2 if toks[k + 1].text == "the" and k + 2 < n else k + 1
            org = ctx.org_at(s)
            e = ctx.index_at(org[1]) if org is not None else cap_phrase(ctx, s)
            span = ctx.chars(s, e) if e > s else None
            if span is not None and (org is not None or (e - s == 1 and is_acronym(toks[s])) or (
                e + 2 < n and toks[e].text == "(" and is_acronym(toks[e + 1])
            )):
                tail_aff, k = span, e
                continue
        break
    if tail_aff is not None:
        aff, aff_value = tail_aff, _span_value(ctx, tail_aff)
    if aff is not None and cval is None:
        cspan, cval = country_inside(ctx, aff)
    if cspan is not None and cval is not None:
        cval = country_value(ctx.doc.source[cspan[0] : cspan[1]], cval)
    title = (toks[a].start, toks[title_end - 1].end - (1 if plural and title_end - 1 == last_head else 0))
    standing = aff is not None and title_kind(ctx.org_name(aff).split()[-1], lang)[0] == "body"
    return TitleUnit(start, core, k, title, plural, aff, aff_value, cspan, cval, standing)


def country_value(written: str, canonical: str) -> str:
    """The country as the text writes it, unless written as a code or a formal name."""
    bare = written[4:] if written.lower().startswith("the ") else written
    known = country_of(bare)
    if known is None:
        return canonical
    if bare.isupper() or " of " in bare or len(bare) <= 3:
        return known
    return bare


def country_inside(ctx: Ctx, aff: Span) -> tuple[Span | None, str | None]:
    """The country an administration's name starts with ("Norway Customs", "US Department of ...")."""
    s = ctx.index_at(aff[0])
    e = ctx.index_at(aff[1])
    for width in (3, 2, 1):
        if s + width <= e:
            c = ctx.country(s, s + width)
            if c and (s + width == e or ctx.cap(s + width)):
                return ctx.chars(s, s + width), c
    text = ctx.doc.text[aff[0] : aff[1]]
    if " of " in text:
        tail = text.rsplit(" of ", 1)[1]
        c = country_of(tail)
        if c:
            off = aff[1] - len(tail)
            return (off + 4 if tail.lower().startswith("the ") else off, aff[1]), c
    return None, None
