"""Where the complement of a position splits into a field and a body, in languages whose name
particles are also its "of" ("des finances de l'Inde", "douanes de la République du Congo"), and
the other cuts the title reader makes inside a capitalized run: a name after a field ("of
Finance Daniel Mwangi"), a body named with its country ("the Federal Revenue of Brazil"), a
standing body ("WCO Council", "Conseil de l'OMD").
"""

from __future__ import annotations

from .person_links import acronym_like, ends_clause, unit_heads
from .person_names import Ctx, post_nominal, read_name
from .person_words import grammar, is_title_word, lower_titles, title_kind


def low_field(ctx: Ctx, s: int) -> bool:
    """"Directrice de la technologie": one lower-case noun after "of", in a language that writes
    fields in lower case, is a field (never the employer)."""
    t = ctx.toks[s] if s < len(ctx.toks) else None
    return t is not None and t.kind == "word" and t.text.isalpha() and t.text.islower() and ctx.kinds[s] is None and (
        lower_titles(ctx.lang)
    )


def adjectives_to_acronym(ctx: Ctx, e: int) -> int:
    """"l'Administration des douanes et impôts indirects (ADII)": lower-case words between a name
    and its acronym belong to the name (in a language that writes names so)."""
    q, toks = e, ctx.toks
    while q < e + 2 and q < len(toks) and toks[q].kind == "word" and toks[q].text.islower() and ctx.near(q - 1, q):
        q += 1
    if q > e and q + 2 < len(toks) and toks[q].text == "(" and acronym_like(toks[q + 1]) and toks[q + 2].text == ")" and (
        lower_titles(ctx.lang)
    ):
        return q
    return e


def field_cut(ctx: Ctx, s: int, e: int) -> int:
    """"finances de l'Inde", "douanes de la République du Congo": a field, then the country or
    body it belongs to, are two complements (where name particles such as "de" are also tails)."""
    for q in range(s + 1, e):
        if ctx.is_(q, "tail"):
            fields = all(
                ctx.is_any(p, ("article", "join")) or title_kind(ctx.toks[p].text, ctx.lang)[0] == "department" for p in range(s, q)
            )
            return q if fields else e
    return e


def split_before_name(ctx: Ctx, s: int, e: int) -> int:
    """Where a name starts in a capitalized run after a field or a body ("of Finance Daniel Mwangi
    Otieno opened"): the field ends with a field word or an organization, the rest is a name of
    two words or more."""
    toks, lang = ctx.toks, ctx.lang
    for q in range(s + 1, e):
        after_field = title_kind(toks[q - 1].text, lang)[0] == "department" or toks[q - 1].end in ctx.org_by_end
        if not after_field or not ctx.cap(q) or is_title_word(toks[q].text, lang) or ctx.org_covering(ctx.chars(q - 1, q + 1)):
            continue
        ns = read_name(toks, q, ctx.doc.text, lang, lambda t: t.start in ctx.org_by_start)
        if ns is None or ns.words < 2 or ctx.is_place(ctx.chars(q, ns.last)):
            continue
        after = ns.last + post_nominal(toks, ns.last, ctx.doc.text, lang)
        if after >= e and ends_clause(ctx, after):
            return q
    return e


def named_with_country(ctx: Ctx, s: int, e: int) -> bool:
    """"the Federal Revenue" followed by "of Brazil" (not a unit such as "the Control Department")."""
    nxt = e + 2 if ctx.is_(e + 1, "article") else e + 1
    return e - s >= 2 and ctx.is_(e, "tail") and ctx.toks[e - 1].text not in unit_heads(ctx.lang) and any(
        ctx.country(nxt, nxt + w) for w in (1, 2, 3) if nxt + w <= len(ctx.toks)
    )


def standing_body(words: list[str], lang: str) -> bool:
    """A standing body: "WCO Council", "Conseil de l'OMD" (its head word first, then "of")."""
    if not words:
        return False
    if title_kind(words[-1], lang)[0] == "body":
        return True
    tail = grammar(lang, "tail")
    return len(words) >= 3 and title_kind(words[0], lang)[0] == "body" and (words[1] in tail or words[1].replace("’", "'") in tail)
