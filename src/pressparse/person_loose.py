"""Positions written in lower case or after "a": "the country's finance minister", "a PhD
candidate at the University of Oslo", ", head of the Customs unit,". They only describe a name
found otherwise.
"""

from __future__ import annotations

from functools import lru_cache

from .person_links import acronym_like, acronym_text, cap_phrase_back, country_inside, country_value, is_employer, name_end
from .person_names import Ctx, Span
from .person_titles import TitleUnit, classify, tok_range
from .person_words import title_kind


# -- loose positions ---------------------------------------------------------------------------
def loose_units(ctx: Ctx) -> list[TitleUnit]:
    """Positions written in lower case or after "a": "the country's finance minister", "a PhD
    candidate at the University of Oslo", ", head of the Customs unit,". They describe a name
    written next to them but never make a name on their own. A role noun ("a representative of
    the Ministry") gives the body and no title."""
    out = []
    toks, kinds, lang, n = ctx.toks, ctx.kinds, ctx.lang, len(ctx.toks)
    opens = [i for kind in _OPENERS for i in ctx.where(kind)] + [i for i, w in enumerate(ctx.texts) if w == "," or w == "'s"]
    for d in sorted(set(opens)):  # only these may open a phrase (see `_loose_open`)
        if d + 1 >= n:
            continue
        nxt = toks[d + 1]  # the first title word is always the next token: no unit when it stops the reading
        strict = not (kinds[d] == "indefinite" and toks[d].text.islower())
        if nxt.kind != "word" or _loose_step(nxt.text, lang, strict) == "stop":
            continue
        opened = _loose_open(ctx, d)
        if opened is not None:
            u = _loose_unit(ctx, *opened)
            if u is not None:
                out.append(u)
    return out


_OPENERS = ("indefinite", "article", "owner")


def _loose_open(ctx: Ctx, d: int) -> tuple[int, int, bool, Span | None] | None:
    """(unit start, first title word, lower case only, owner) for a phrase opened at token `d`."""
    toks, n = ctx.toks, len(ctx.toks)
    t = toks[d]
    if d + 1 >= n or not ctx.near(d, d + 1):
        return None
    if ctx.is_(d, "indefinite") and t.text.islower():
        return d, d + 1, False, None
    if ctx.is_(d, "article") or ctx.is_(d, "owner"):
        return d, d + 1, True, None
    if t.kind == "poss" and d >= 1 and toks[d - 1].end == t.start:
        b = cap_phrase_back(ctx, d - 1) if ctx.cap(d - 1) else d - 1
        owner = ctx.chars(b, d) if ctx.cap(d - 1) else None
        return (b - 1 if ctx.is_(b - 1, "article") else b), d + 1, True, owner
    if t.text == "," and toks[d + 1].text.islower():
        return d + 1, d + 1, True, None  # ", head of the Customs unit," (needs its complement)
    return None


@lru_cache(maxsize=8192)
def _upper_kind(word: str, lang: str) -> str | None:
    """The kind of a word written with a capital ("finance" -> "Finance")."""
    return title_kind(word[:1].upper() + word[1:], lang)[0]


@lru_cache(maxsize=8192)
def _loose_step(word: str, lang: str, strict: bool) -> str:
    """What a word does in a loose position: heads it as a "role" or a "post", goes on ("more")
    or ends it ("stop")."""
    low = word[:1].islower()
    kind, plural = title_kind(word[:1].upper() + word[1:], lang)
    if low and title_kind(word, lang)[0] == "role":
        return "role"
    if kind in ("position", "portfolio") and not plural and (low or not strict):
        return "post"
    if kind in ("modifier", "department") or (not low and not strict) or acronym_text(word):
        return "more"
    return "stop"


def _loose_unit(ctx: Ctx, start: int, first: int, strict: bool, owner: Span | None) -> TitleUnit | None:
    toks, lang, n = ctx.toks, ctx.lang, len(ctx.toks)
    q, head, role = first, -1, False
    while q < n and q - first < 5 and toks[q].kind == "word" and (q == first or ctx.near(q - 1, q)):
        step = _loose_step(toks[q].text, lang, strict)
        if step == "stop":
            break
        if step != "more":
            head, role = q, step == "role"
        q += 1
    if head < 0 or any(_upper_kind(toks[p].text, lang) != "modifier" for p in range(head + 1, q)):
        return None
    e, title_end, aff, cspan, cval = q, q, None, None, None
    if owner is not None and (ctx.country(*tok_range(ctx, owner)) or is_employer(ctx, *tok_range(ctx, owner))):
        aff = owner
    if e + 1 < n and ctx.near(e, e + 1) and ctx.is_any(e, ("tail", "field", "at", "origin")):
        s = e + 2 if ctx.is_(e + 1, "article") and e + 2 < n else e + 1
        org = ctx.org_at(s)
        e2 = ctx.index_at(org[1]) if org is not None else name_end(ctx, s)
        kind = classify(ctx, s, e2, False)[0] if e2 > s else "dept"
        if kind in ("org", "country") or (kind == "weak" and is_employer(ctx, s, e2)):
            aff, e = ctx.chars(s, e2), e2
            e = e + 3 if e + 2 < n and toks[e].text == "(" and acronym_like(toks[e + 1]) and toks[e + 2].text == ")" else e
        elif ctx.is_(e, "tail") or ctx.is_(e, "field"):
            e2 = s
            while e2 < n and e2 - s < 5 and toks[e2].kind == "word" and ctx.near(e2 - 1, e2) and not ctx.is_(e2, "tail"):
                e2 += 1
            e = title_end = e2 if e2 > s else e
    if (start == first and e == q) or not (e >= n or toks[e].text in (",", ".", ";", ":", ")") or toks[e].kind == "hon"):
        return None
    if aff is not None:
        found = ctx.country(*tok_range(ctx, aff))
        cspan, cval = (aff, found) if found else country_inside(ctx, aff)
        cval = country_value(ctx.doc.source[cspan[0] : cspan[1]], cval) if cspan is not None and cval is not None else None
    title = (toks[first].start, toks[first].start if role else toks[title_end - 1].end)
    value = ctx.doc.source[aff[0] : aff[1]] if aff is not None else None
    return TitleUnit(start, (first, head + 1), e, title, False, aff, value, cspan, cval)
