"""A person's position: the title phrase, and the affiliation and country written around it.

A title is read around a core of position words ("Deputy Secretary General", "Vice-Minister",
"CEO and Commissioner"): what comes before it may name the employer ("WCO", "AFIP's",
"Chad's"), and its "of/for ..." complement is split into the part that stays in the title (a
field or a unit: "of Customs", "of International Public Policy", "of the Board") and the
organization or country it belongs to ("of Ningbo Customs", "of Japan", " - Amazon"); a
posting ("to Belgium") and a programme ("for the A-CIP Programme") end the title. Positions in
lower case or after "a" ("the country's finance minister", "a researcher at X") are read as
loose units that only describe a name found otherwise.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import cache

from .person_fields import adjectives_to_acronym, field_cut, low_field, named_with_country, split_before_name, standing_body
from .person_links import (
    acronym_like, cap_phrase, cap_phrase_back, country_inside, country_value, ends_clause, foreign_body, is_employer, name_end,
    programme_end, unit_heads,
)
from .person_names import Ctx, Span, is_acronym
from .person_words import admin_heads, demonyms, is_head, is_title_word, not_names, title_kind, title_table, trie_alternation
from .rules import Rule


def _head_pattern(lang: str) -> str:
    return r"(?<![\p{L}])" + trie_alternation(tuple(w for w, k in title_table(lang).items() if k in ("position", "portfolio"))) + (
        r"s?(?![\p{L}])"
    )


TITLE_HEAD = Rule(
    name="people.title_head",
    pattern=_head_pattern("en"),
    examples=("Deputy Secretary General", "the Vice-Minister", "CEO and Commissioner", "Co-Chairpersons"),
    rejects=("the Directorate", "secretary general", "Administration of Customs"),
    doc="A word that can head a position; cores are grown from these anchors.",
)

FR_TITLE_HEAD = Rule(
    name="people.title_head.fr",
    pattern=_head_pattern("fr"),
    examples=("le Secrétaire général", "le ministre des Finances", "Directrice générale adjointe", "ses deux présidents"),
    rejects=("la présidence", "la Direction générale", "le secrétariat", "ministère"),
    doc="A French word that can head a position, capitalized or not.",
)

RULES: tuple[Rule, ...] = (TITLE_HEAD, FR_TITLE_HEAD)


@cache
def head_rule(lang: str) -> Rule:
    """The position words of a language (TITLE_HEAD for English)."""
    known = {"en": TITLE_HEAD, "fr": FR_TITLE_HEAD}
    return known.get(lang) or Rule(name=f"people.title_head.{lang}", pattern=_head_pattern(lang))


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
    rule = head_rule(lang)
    heads = sorted({bisect.bisect_right(ctx.starts, m.start()) - 1 for m in rule.finditer(ctx.doc.text, warnings=warnings)})
    cores: list[tuple[int, int]] = []
    done = -1
    for i in heads:
        if i <= done or not (ctx.titled(i) and is_head(toks[i].text, lang)):
            continue
        a = i
        while ctx.titled(a - 1) and ctx.near(a - 1, a) and is_title_word(toks[a - 1].text, lang) and a - 1 > done:
            if ctx.org_covering(ctx.chars(a - 1, a)) or (
                toks[a - 1].text in admin_heads(lang) and ctx.cap(a - 2) and not is_title_word(toks[a - 2].text, lang)
            ):
                break  # "Norway Customs Director General": the administration, not the title
            a -= 1
        b = i + 1
        while ctx.titled(b) and ctx.near(b - 1, b) and title_kind(toks[b].text, lang)[0] in ("position", "portfolio", "modifier"):
            b += 1
        j = b  # "Lead Trade Facilitation Specialist": fields between two position words stay inside
        while ctx.titled(j) and ctx.near(j - 1, j) and is_title_word(toks[j].text, lang) and j - b < 5:
            j += 1
            b = j if is_head(toks[j - 1].text, lang) else b
        cores.append((a, b))
        done = b - 1
    return cores


def classify(ctx: Ctx, s: int, e: int, field: bool) -> tuple[str, Span | None]:
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
        return "dept", inner[0] if inner else None  # "of the WCO Compliance Directorate": the WCO
    if e - s == 1 and toks[s].text in not_names(lang) and title_kind(toks[s].text, lang)[0] != "body" and not ctx.is_(e, "tail"):
        return "dept", None  # "President of the Republic": a common noun alone names no body
    return "weak", None


def tok_range(ctx: Ctx, span: Span) -> tuple[int, int]:
    return ctx.index_at(span[0]), ctx.index_at(span[1])


def _tail(ctx: Ctx, k: int, portfolio: bool) -> tuple[int, int, Span | None, Span | None, Span | None, bool]:
    """Split the "of/for/to ..." complements after a position: (end, title end, affiliation,
    organization named inside the title, country, whether the affiliation is only a guess)."""
    n = len(ctx.toks)
    segs: list[tuple[int, int, str, Span | None]] = []
    while k + 2 < n and len(segs) < 6:
        if segs and segs[-1][2] == "dept" and ctx.is_(k, "join") and ctx.is_(k + 1, "tail") and ctx.near(k, k + 1):
            k += 1  # "des finances et de la coopération": a second field
        if not (ctx.is_any(k, ("tail", "field", "to", "inner", "place")) and ctx.near(k, k + 1)):
            break
        s = k + 2 if ctx.is_(k + 1, "article") and ctx.near(k + 1, k + 2) else k + 1
        e = cap_phrase(ctx, s, commas=True)
        low = e == s and low_field(ctx, s)
        if low:
            e = s + 1
            while e < n and ctx.near(e - 1, e) and e in ctx.low:
                e += 1  # "de la coopération technique"
        if e == s:
            break
        org = ctx.org_at(s)
        e = adjectives_to_acronym(ctx, max(e, ctx.index_at(org[1])) if org is not None else field_cut(ctx, s, e))
        e = split_before_name(ctx, s, e)
        e, prog = programme_end(ctx, s, e)
        field = portfolio or ctx.is_(k, "field") or ctx.is_(k, "inner")  # "Expert on Valuation"
        kind, inner = ("prog", None) if prog else ("dept", None) if low else classify(ctx, s, e, field)
        unit = cap_phrase(ctx, e + 1) if e + 1 < n and ctx.toks[e].kind == "poss" and kind == "org" else e + 1
        if unit > e + 1 and title_kind(ctx.toks[unit - 1].text, ctx.lang)[0] == "department":
            kind, inner, e = "dept", ctx.chars(s, e), unit  # "in the WCO's Tariff Directorate": the unit, of the WCO
        elif ctx.is_(k, "place") and kind != "org":  # "Officer in the Compliance Directorate": a unit stays in the title
            if kind == "country" or title_kind(ctx.toks[e - 1].text, ctx.lang)[0] != "department":
                break  # "Director of X Customs in China": the country is read later
            kind, inner = "dept", next((sp for sp in ctx.orgs_within(ctx.chars(s, e)) if sp != ctx.chars(s, e)), None)
        elif ctx.is_(k, "to"):  # "Ambassador of X to Belgium": where one is posted is neither title nor employer
            kind = "dest" if kind in ("org", "country", "prog") else "dept"
        elif kind == "dept" and s > k + 1 and not field and named_with_country(ctx, s, e):
            kind = "weak"  # "of the Federal Revenue of Brazil": a body named with its country
        segs.append((s, e, kind, inner))
        k = e
    # A proper name before an organization is a unit of it ("of Customs and Border Control of
    # the KRA"); before a country it is the organization ("of the National Service of Chile").
    # A programme or a posting ends the title ("Manager for the A-CIP Programme").
    stop = next((i for i, g in enumerate(segs) if g[2] in ("prog", "dest")), len(segs))
    for i, (s, e, kind, inner) in enumerate(segs[:stop]):  # "of the Department of X of the General Administration
        if kind == "org" and any(t.text in unit_heads(ctx.lang) for t in ctx.toks[s:e]) and any(  # of Customs": a unit
            g[2] == "org" or (g[2] == "weak" and is_employer(ctx, g[0], g[1])) for g in segs[i + 1 : stop]
        ):  # of the last body named stays in the title
            segs[i] = (s, e, "dept", inner)
    strong = next((i for i, g in enumerate(segs) if g[2] in ("org", "country")), None)
    weak = next((i for i, g in enumerate(segs) if g[2] == "weak"), None)
    pick = weak if weak is not None and (strong is None or (weak < strong and segs[strong][2] == "country")) else strong
    title_segs = segs[: min(stop, len(segs) if pick is None else pick)]
    dept_end = title_segs[-1][1] if title_segs else 0
    embedded = next((g[3] for g in title_segs if g[3] is not None), None)
    if pick is None:
        return k, dept_end, None, embedded, None, False
    s, e, kind, _ = segs[pick]
    if kind == "country":
        return k, dept_end, ctx.chars(s, e), embedded, ctx.chars(s, e), False
    last = pick
    while last + 1 < len(segs) and segs[last + 1][2] not in ("prog", "dest") and not (
        segs[last + 1][2] == "dept" and ctx.toks[segs[last + 1][0]].text[:1].islower()
    ):  # "des Nations Unies pour les affaires de ...": a field in lower case is no part of the body
        last += 1
    return k, dept_end, (ctx.chars(s, e)[0], ctx.chars(*segs[last][:2])[1]), embedded, None, kind == "weak"


def _item_end(ctx: Ctx, e: int) -> bool:
    """Token `e` ends a line or a list item (the line break, or ";"/"." before it)."""
    toks, text = ctx.toks, ctx.doc.text
    e = e + 1 if e < len(toks) and toks[e].text in (";", ".") else e
    return e >= len(toks) or "\n" in text[toks[e - 1].end : toks[e].start]


def _fields(ctx: Ctx, s: int, e: int) -> bool:
    """[s, e) names only fields or units: "Tariff and Trade Affairs", "Enforcement"."""
    return e > s and all(title_kind(t.text, ctx.lang)[0] == "department" or not ctx.cap(q) for q, t in enumerate(ctx.toks[s:e], s))


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
    adj: tuple[Span, str] | None = None
    if k < n and ctx.near(k - 1, k) and (c := ctx.demonym(k)):
        adj, k = (ctx.chars(k, k + 1), c), k + 1  # "le Président français": the country follows the position
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
    if adj is not None and cval is None:
        cspan, cval = adj
    k, dept_end, tail_aff, embedded, tail_country, guessed = _tail(ctx, k, portfolio)
    title_end = max(title_end, dept_end)
    tail_end = k
    if embedded is not None and aff is None:
        aff, aff_value = embedded, _span_value(ctx, embedded)
    if tail_country is not None:
        cspan, cval = tail_country, ctx.country(*tok_range(ctx, tail_country))
    for _ in range(4):
        if k + 1 >= n:
            break
        t = toks[k]
        if ctx.is_any(k, ("place", "field", "tail")) and ctx.near(k, k + 1):
            s = k + 2 if ctx.is_(k + 1, "article") and k + 2 < n else k + 1
            e = cap_phrase(ctx, s)
            c = ctx.country(s, e)
            if c:  # "Ambassador of Japan in Belgium": the country of the post comes first
                cspan, cval, k = (ctx.chars(s, e), c, e) if cval is None else (cspan, cval, e)
                continue
        if t.text == "-" and toks[k - 1].end < t.start < toks[k + 1].start:
            e = cap_phrase(ctx, k + 1)
            if e > k + 1 and tail_aff is None:
                tail_aff, k = ctx.chars(k + 1, e), e
                continue
        if t.text == "(" and (tail_aff is not None or aff is not None) and (org := ctx.org_at(k + 1)) is not None:
            e = ctx.index_at(org[1])
            if e < n and toks[e].text == ")":
                k = e + 1  # "Deputy Director General of the WTO (World Trade Organization)": the body's other name
                continue
        if t.text == "(":
            e = cap_phrase(ctx, k + 1)
            if e > k + 1 and e < n and toks[e].text == ")":
                c = ctx.country(k + 1, e)
                if c and cval is None:
                    cspan, cval = ctx.chars(k + 1, e), c
                elif not c and k == title_end and _fields(ctx, k + 1, e):
                    title_end = e + 1  # "Minister of State for Finance (Planning)"
                elif not c and tail_aff is None and aff is None and not programme_end(ctx, k + 1, e)[1] and (
                    is_employer(ctx, k + 1, e) or (e == k + 2 and acronym_like(toks[k + 1]))
                ):
                    tail_aff = ctx.chars(k + 1, e)
                k = e + 1
                continue
        if t.text == "," and k == title_end:
            e = cap_phrase(ctx, k + 1)
            if _fields(ctx, k + 1, e) and e + 1 < n and toks[e].text == ",":
                title_end = k = e  # "Director, Tariff and Trade Affairs, WCO"
                continue
            c = ctx.country(k + 1, e)
            if c and cval is None and ends_clause(ctx, e):
                cspan, cval, k = ctx.chars(k + 1, e), c, e  # "Director General of Customs, India,"
                continue
        via = ctx.is_(k, "at") or ctx.is_(k, "origin")
        if (t.text == "," or via) and (tail_aff is None or guessed) and (aff is None or via):
            # "Executive Director, European Border Agency (EBA)", "Officer at the World Bank", "Attaché from Japan"
            s = k + 2 if ctx.is_(k + 1, "article") and k + 2 < n else k + 1
            org = ctx.org_at(s)
            e = ctx.index_at(org[1]) if org is not None else name_end(ctx, s)
            span = ctx.chars(s, e) if e > s else None
            home = ctx.country(s, e) if span is not None and ctx.is_(k, "origin") else None
            if span is not None and (org is not None or (e - s == 1 and is_acronym(toks[s])) or is_employer(ctx, s, e) or (
                e + 2 < n and toks[e].text == "(" and is_acronym(toks[e + 1])
            ) or (via and not ctx.is_place(span)) or home or (t.text == "," and _item_end(ctx, e) and not (
                ctx.is_place(span) or programme_end(ctx, s, e)[1]
            )) or (t.text == "," and foreign_body(ctx, s, e) and ends_clause(ctx, e))):
                # "- Mr. X, Head of Customs Affairs, Mercado Digital" ending a list item; ", Receita Federal do Brasil,"
                if guessed:
                    title_end, guessed = tail_end, False
                tail_aff, k = span, e
                cspan, cval = (span, home) if home and cval is None else (cspan, cval)
                continue
        break
    if tail_aff is not None:
        aff, aff_value = tail_aff, _span_value(ctx, tail_aff)
    if portfolio and aff is None and cval is None and title_end > last_head + 1:
        cspan, cval = country_inside(ctx, ctx.chars(last_head + 1, title_end))  # "Vice-Minister of China Customs"
        if cspan is not None and cval is not None:  # a minister stands for their government
            aff, aff_value = cspan, country_value(ctx.doc.source[cspan[0] : cspan[1]], cval)
    if aff is not None and cval is None:
        cspan, cval = country_inside(ctx, aff)
    if cspan is not None and cval is not None:
        cval = country_value(ctx.doc.source[cspan[0] : cspan[1]], cval)
    title = (toks[a].start, toks[title_end - 1].end - (1 if plural and title_end - 1 == last_head else 0))
    standing = aff is not None and standing_body(ctx.org_name(aff).split(), lang)
    unit = TitleUnit(start, core, k, title, plural, aff, aff_value, cspan, cval, standing)
    return _with_second(ctx, unit, core_at)


def _with_second(ctx: Ctx, unit: TitleUnit, core_at: dict[int, int]) -> TitleUnit:
    """"Minister of State and Minister of Finance, Mr. X": one person's two positions; the first
    is the title, and a body only the second names is still theirs."""
    k, toks = unit.end, ctx.toks
    if not (k + 1 in core_at and ctx.is_(k, "join") and ctx.near(k - 1, k) and ctx.near(k, k + 1)):
        return unit
    second = build_unit(ctx, (k + 1, core_at[k + 1]), core_at)
    if second.end < len(toks) and toks[second.end].text not in (",", ".", ";", ")"):
        return unit  # "... and Commissioner Amara Okafor": the second position is another person's
    if second.affiliation is None or (unit.affiliation is not None and not unit.standing):
        return replace(unit, end=second.end)  # a standing body is no employer: the second post's body is
    return replace(
        unit, end=second.end, affiliation=second.affiliation, affiliation_value=second.affiliation_value,
        country=unit.country or second.country, country_value=unit.country_value or second.country_value,
        standing=second.standing,
    )
