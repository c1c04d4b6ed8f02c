"""A person's position: the title phrase, and the affiliation and country written around it.

A title is read around a core of position words ("Deputy Secretary General", "Vice-Minister",
"CEO and Commissioner"): what comes before it may name the employer ("WCO", "AFIP's",
"Chad's"), and its "of/for ..." complement is split into the part that stays in the title (a
field or a unit: "of Customs", "of International Public Policy", "of the Board") and the
organization or country it belongs to ("of Ningbo Customs", "of Japan", " - Amazon").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .person_names import (
    Ctx, Span, admin_heads, country_of, demonyms, grammar, is_acronym, is_head, is_title_word, not_names, particles, title_kind,
    title_table,
)
from .rules import Rule, alternation

TITLE_HEAD = Rule(
    name="people.title_head",
    pattern=r"(?<![\p{L}])" + alternation(tuple(w for w, k in title_table("en").items() if k in ("position", "portfolio")))
    + r"s?(?![\p{L}])",
    examples=("Deputy Secretary General", "the Vice-Minister", "CEO and Commissioner", "Co-Chairpersons"),
    rejects=("the Directorate", "secretary general", "Administration of Customs"),
    doc="A word that can head a position; cores are grown from these anchors.",
)

RULES: tuple[Rule, ...] = (TITLE_HEAD,)


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


def find_cores(ctx: Ctx, warnings: list[str] | None = None) -> list[tuple[int, int]]:
    """Runs of position words holding a head: "Deputy Director General", "WCO Capacity Building Director"."""
    toks, lang = ctx.toks, ctx.lang
    heads = sorted({bisect.bisect_right(ctx.starts, m.start()) - 1 for m in TITLE_HEAD.finditer(ctx.doc.text, warnings=warnings)})
    cores: list[tuple[int, int]] = []
    done = -1
    for i in heads:
        if i <= done or not (ctx.cap(i) and is_head(toks[i].text, lang)):
            continue
        a = i
        while ctx.cap(a - 1) and ctx.near(a - 1, a) and is_title_word(toks[a - 1].text, lang) and a - 1 > done:
            if ctx.org_covering(ctx.chars(a - 1, a)) or (
                toks[a - 1].text in admin_heads(lang) and ctx.cap(a - 2) and not is_title_word(toks[a - 2].text, lang)
            ):
                break  # "Norway Customs Director General": the administration, not the title
            a -= 1
        b = i + 1
        while ctx.cap(b) and ctx.near(b - 1, b) and title_kind(toks[b].text, lang)[0] in ("position", "portfolio", "modifier"):
            b += 1
        cores.append((a, b))
        done = b - 1
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
    joiners = particles(ctx.lang) | grammar(ctx.lang, "join") | grammar(ctx.lang, "inner") | grammar(ctx.lang, "place")
    j = s + 1
    while j < n and j - s < 24 and ctx.near(j - 1, j):
        t = toks[j]
        if ctx.cap(j) or (t.kind == "num" and ctx.cap(j - 1)):
            j += 1
            continue
        if t.kind in ("word", "punct") and t.text in joiners:
            nxt = j + 1
            if nxt < n and ctx.is_(nxt, "article") and ctx.near(j, nxt):
                nxt += 1
            if not (ctx.near(nxt - 1, nxt) and ctx.cap(nxt)) or starts_core(ctx, nxt):
                break
            if ctx.is_(j, "place") and any(ctx.country(nxt, nxt + w) for w in (1, 2, 3) if nxt + w <= n):
                break
            j = nxt + 1
            continue
        if commas and t.text == "," and j + 1 < n:
            e2 = cap_phrase(ctx, j + 1)
            if e2 > j + 1 and any(ctx.is_(q, "join") for q in range(j + 1, e2)):
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
        elif (ctx.is_(s - 1, "tail") or ctx.is_(s - 1, "join")) and ctx.cap(s - 2) and ctx.near(s - 2, s - 1):
            s -= 2
        else:
            break
    while s <= e and (ctx.is_(s, "article") or ctx.is_(s, "indefinite")):
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
    if toks[e - 1].text in admin_heads(lang) and prev is not None and ctx.cap(e - 2) and not is_title_word(prev.text, lang) and (
        prev.text not in not_names(lang) and not inner and not any(ctx.is_(q, "join") for q in range(s, e))
    ):
        return "org", None
    # "the Brazilian Federal Revenue", "the Thai Customs Department": a national body.
    if e - s >= 2 and not field and not inner and any(
        ctx.country(s, s + w) or " ".join(t.text for t in toks[s : s + w]) in demonyms(lang) for w in (1, 2) if s + w < e
    ):
        return "org", None
    if field:
        return "dept", None
    if title_kind(toks[e - 1].text, lang)[0] == "department":
        embedded = inner[0] if inner else next((ctx.chars(q, q + 1) for q in range(s, e) if is_acronym(toks[q])), None)
        return "dept", embedded
    return "weak", None


def name_end(ctx: Ctx, s: int) -> int:
    """End of an organization's name: capitalized words, and "of ..." continuing them."""
    e = cap_phrase(ctx, s)
    while e > s and e + 1 < len(ctx.toks) and ctx.is_(e, "tail") and ctx.near(e, e + 1) and ctx.cap(e + 1):
        e = cap_phrase(ctx, e + 1)
    return e


def _tok_range(ctx: Ctx, span: Span) -> tuple[int, int]:
    return ctx.index_at(span[0]), ctx.index_at(span[1])


def _tail(ctx: Ctx, k: int, portfolio: bool) -> tuple[int, int, Span | None, Span | None, Span | None, bool]:
    """Split the "of/for ..." complements after a position: (end, title end, affiliation,
    organization named inside the title, country, whether the affiliation is only a guess)."""
    toks, n = ctx.toks, len(ctx.toks)
    segs: list[tuple[int, int, str, Span | None]] = []
    while k + 1 < n and (ctx.is_(k, "tail") or ctx.is_(k, "field")) and ctx.near(k, k + 1) and len(segs) < 6:
        s = k + 2 if ctx.is_(k + 1, "article") and ctx.near(k + 1, k + 2) else k + 1
        e = cap_phrase(ctx, s, commas=True)
        if e == s:
            break
        org = ctx.org_at(s)
        if org is not None:
            e = max(e, ctx.index_at(org[1]))
        kind, inner = _classify(ctx, s, e, portfolio or ctx.is_(k, "field"))
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
        return k, dept_end, None, embedded, None, False
    s, e, kind, _ = segs[pick]
    if kind == "country":
        return k, dept_end, ctx.chars(s, e), embedded, ctx.chars(s, e), False
    return k, dept_end, (ctx.chars(s, e)[0], ctx.chars(*segs[-1][:2])[1]), embedded, None, kind == "weak"


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
    if start >= 1 and ctx.is_(start - 1, "article") and ctx.near(start - 1, start):
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
    while k + 1 < n and ctx.is_(k, "join") and (k + 1) in core_at and ctx.near(k, k + 1):
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
    k, dept_end, tail_aff, embedded, tail_country, guessed = _tail(ctx, k, portfolio)
    title_end = max(title_end, dept_end)
    tail_end = k
    if embedded is not None and aff is None:
        aff, aff_value = embedded, _span_value(ctx, embedded)
    if tail_country is not None:
        cspan, cval = tail_country, ctx.country(*_tok_range(ctx, tail_country))
    for _ in range(4):
        if k + 1 >= n:
            break
        t = toks[k]
        if (ctx.is_(k, "place") or ctx.is_(k, "field")) and ctx.near(k, k + 1):
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
        if (t.text == "," or ctx.is_(k, "at")) and (tail_aff is None or guessed) and (aff is None or ctx.is_(k, "at")):
            # "Executive Director, European Border Agency (EBA)", "Officer at the World Bank"
            s = k + 2 if ctx.is_(k + 1, "article") and k + 2 < n else k + 1
            org = ctx.org_at(s)
            e = ctx.index_at(org[1]) if org is not None else name_end(ctx, s)
            span = ctx.chars(s, e) if e > s else None
            if span is not None and (org is not None or (e - s == 1 and is_acronym(toks[s])) or (
                e + 2 < n and toks[e].text == "(" and is_acronym(toks[e + 1])
            ) or (ctx.is_(k, "at") and not ctx.is_place(span))):
                if guessed:
                    title_end, guessed = tail_end, False
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


def _country_in(words: list[str], lang: str) -> tuple[int, int, str] | None:
    """Where a name names its country: "Norway Customs", "Royal Malaysian Customs", "... of Chile"."""
    for start in (0, 1):
        for width in (3, 2, 1):
            if start + width < len(words):
                phrase = " ".join(words[start : start + width])
                c = country_of(phrase) or demonyms(lang).get(phrase)
                if c:
                    return start, start + width, c
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1] in grammar(lang, "tail"):
            c = country_of(" ".join(words[k:]))
            return (k + (words[k] in grammar(lang, "article")), len(words), c) if c else None
    return None


def country_inside(ctx: Ctx, aff: Span) -> tuple[Span | None, str | None]:
    """The country an administration's name gives ("Norway Customs", "US Department of ..."), read
    in the text or, for an acronym, in the organization's full name."""
    s, e = ctx.index_at(aff[0]), ctx.index_at(aff[1])
    found = _country_in([t.text for t in ctx.toks[s:e]], ctx.lang)
    if found is not None:
        return ctx.chars(s + found[0], s + found[1]), found[2]
    full = ctx.org_names.get(aff)
    if full and full != ctx.doc.text[aff[0] : aff[1]]:
        found = _country_in(full.split(), ctx.lang)
        if found is not None:
            return aff, found[2]
    return None, None
