"""A body or a country that the sentence around a person implies, when nothing written next to
the name or its position names one.

Two shapes only, both narrow on purpose (a wrong affiliation is worse than none):
- a position in a field that is also the head of an administration ("Director General of
  Customs") in a sentence that names exactly one such administration elsewhere ("... officials of
  the Customs Department", "Thai Customs", "the Customs administration of Thailand");
- a minister without a complement ("Vice Minister X") in a sentence that names exactly one
  country (ministers stand for their government, written as the country).
"""

from __future__ import annotations

from .person_links import Hit, country_inside, country_value, fold
from .person_names import Ctx, Span
from .person_titles import TitleUnit
from .person_words import admin_heads, country_of, demonyms, grammar, title_kind, words_of


def _sentence(ctx: Ctx, tok: int) -> tuple[int, int]:
    """Token range of the sentence holding token `tok`."""
    span = ctx.doc.sentence_at(ctx.toks[tok].start)
    if span.end <= span.start:
        return tok, tok + 1
    return ctx.index_at(span.start), ctx.index_at(span.end)


def _admin_words(ctx: Ctx) -> frozenset[str]:
    lang = ctx.lang
    return (
        admin_heads(lang) | words_of(lang, "org_unit_heads.txt") | words_of(lang, "org_administration_heads.txt")
        | grammar(lang, "article") | grammar(lang, "tail")
    )


def _field_heads(ctx: Ctx, unit: TitleUnit) -> set[str]:
    """Field words of the position that also head administrations ("Customs" in "Director
    General of Customs")."""
    heads = admin_heads(ctx.lang)
    s, e = ctx.index_at(unit.title[0]), ctx.index_at(unit.title[1])
    return {ctx.texts[q] for q in range(unit.core[1], e) if q >= s and ctx.texts[q] in heads}


def _national(ctx: Ctx, s: int, e: int, fields: set[str]) -> bool:
    """[s, e) names an administration of the field: only administration words, places and
    nationality words ("Customs Department", "Thai Customs", "Customs Administration of Chile")."""
    allowed = {w.lower() for w in _admin_words(ctx)}
    words = [q for q in range(s, e) if ctx.toks[q].kind == "word"]
    if not any(ctx.texts[q] in fields for q in words):
        return False
    in_country: set[int] = set()
    for q in words:
        w = next((w for w in (3, 2, 1) if q + w <= e and _country_words(ctx, q, q + w)), 0)
        in_country.update(range(q, q + w))
    return all(ctx.texts[q].lower() in allowed or q in in_country or ctx.texts[q] in demonyms(ctx.lang) for q in words)


def _administrations(ctx: Ctx, lo: int, hi: int, fields: set[str], skip: tuple[int, int]) -> dict[str, Span]:
    """The administrations of the field named in tokens [lo, hi), outside `skip`, by folded text."""
    out: dict[str, Span] = {}
    for os, oe in ctx.orgs_within(ctx.chars(lo, hi)):
        a, b = ctx.index_at(os), ctx.index_at(oe)
        if (b <= skip[0] or a >= skip[1]) and _national(ctx, a, b, fields):
            out.setdefault(fold(ctx.doc.text[os:oe]), (os, oe))
    admin = {a.lower() for a in words_of(ctx.lang, "org_administration_heads.txt")}
    for q in range(lo, hi):
        if ctx.texts[q] not in fields or skip[0] <= q < skip[1] or ctx.org_covering(ctx.chars(q, q + 1)):
            continue
        # "Thai Customs", "Japan Customs": a country or its adjective before the field word
        s = next((q - w for w in (2, 1) if q - w >= lo and _country_words(ctx, q - w, q)), None)
        if s is None and q > lo and ctx.texts[q - 1] in demonyms(ctx.lang):
            s = q - 1
        e = q + 1
        if s is None and q + 3 < hi and ctx.texts[q + 1].lower() in admin and ctx.is_(q + 2, "tail"):
            c = q + 3 + ctx.is_(q + 3, "article")  # "the Customs administration of Thailand"
            w = next((w for w in (3, 2, 1) if c + w <= hi and _country_words(ctx, c, c + w)), None)
            if w is not None:
                s, e = q, c + w
        if s is not None:
            span = ctx.chars(s, e)
            out.setdefault(fold(ctx.doc.text[span[0] : span[1]]), span)
    return out


def _country_words(ctx: Ctx, s: int, e: int) -> bool:
    return all(t.kind == "word" for t in ctx.toks[s:e]) and ctx.country(s, e) is not None


def _countries(ctx: Ctx, lo: int, hi: int) -> dict[str, tuple[Span, str]]:
    """The countries a sentence names, by the places extractor or by a nationality word: their
    span and the value to write ("China" as written, or the adjective's country)."""
    out: dict[str, tuple[Span, str]] = {}
    lo_c, hi_c = ctx.chars(lo, hi)
    for span, country in sorted(ctx.country_spans.items()):
        if lo_c <= span[0] and span[1] <= hi_c:
            out.setdefault(country_of(country) or country, (span, country_value(ctx.doc.source[span[0] : span[1]], country)))
    table = demonyms(ctx.lang)
    for q in range(lo, hi):
        c = table.get(ctx.texts[q]) if ctx.toks[q].kind == "word" else None
        if c is not None:
            out.setdefault(country_of(c) or c, (ctx.chars(q, q + 1), c))
    return out


def implied(ctx: Ctx, hits: list[Hit]) -> tuple[Span, str, Span | None, str | None] | None:
    """(affiliation span, value, country span, country) the sentence of a person's first
    described mention implies, else None."""
    h = next((h for h in hits if h.unit is not None), None)
    if h is None or h.unit is None or h.unit.affiliation is not None or h.unit.country is not None:
        return None
    unit = h.unit
    lo, hi = _sentence(ctx, h.first)
    if ctx.is_(unit.start - 1, "owner"):  # "the Nigeria Customs Service ... was opened by its Comptroller-General, X"
        body = _body_before(ctx, unit.start - 1, lo)
        if body is None:
            return None
        cspan, cval = country_inside(ctx, body)
        if cspan is not None and cval is not None:
            cval = country_value(ctx.doc.source[cspan[0] : cspan[1]], cval)
        return body, ctx.doc.source[body[0] : body[1]], cspan, cval
    head = ctx.texts[unit.core[1] - 1]
    if title_kind(head, ctx.lang)[0] == "portfolio" and ctx.index_at(unit.title[1]) <= unit.core[1]:
        found = _countries(ctx, lo, hi)
        if len(found) != 1:
            return None
        ((span, value),) = found.values()
        return span, value, span, value
    fields = _field_heads(ctx, unit)
    if not fields:
        return None
    bodies = _administrations(ctx, lo, hi, fields, (min(h.first, unit.start), max(h.last, unit.end)))
    if len(bodies) != 1:
        return None
    (span,) = bodies.values()
    cspan, cval = country_inside(ctx, span)
    if cspan is not None and cval is not None:
        cval = country_value(ctx.doc.source[cspan[0] : cspan[1]], cval)
    return span, ctx.doc.source[span[0] : span[1]], cspan, cval


def _body_before(ctx: Ctx, owner: int, lo: int) -> Span | None:
    """The organization a possessive refers back to: the last one named before it in the
    sentence, or in the sentence before when the possessive opens its own."""
    if owner == lo and lo > 0:
        lo = _sentence(ctx, lo - 1)[0]
    ends = [e for e in ctx.org_by_end if ctx.chars(lo, owner)[0] <= e <= ctx.toks[owner].start]
    if not ends:
        return None
    end = max(ends)
    return ctx.org_by_end[end], end
