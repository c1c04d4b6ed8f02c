"""The roles and bodies written around a name, beyond a title phrase next to it.

What follows a name ("(China)", "of Norway Customs", "from Korea Customs Service", "as
Vice-Chair"), positions written in lower case or after "a" ("a researcher at X"), and the bodies
a sentence ties a person to without a title ("The WCO was represented by Mr. X", "a delegation
from X Customs, led by its Director, Ms. Y", "two WCO experts, Mr. A and Ms. B", "For the WCO,
Mr. X").
"""

from __future__ import annotations

import bisect
from functools import cache

from .person_links import (
    Hit, acronym_like, country_inside, country_value, ends_clause, is_employer, name_end, programme_end, skip_post_nominals,
)
from .person_names import Ctx, Span
from .person_words import table_of, title_kind, title_table


# -- bodies named around a mention ------------------------------------------------------------
@cache
def _phrases(lang: str, kind: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w, k in title_table(lang).items() if k == kind)


@cache
def _by_first(lang: str, kind: str, longest: bool) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of `kind` by their first word, in file order or longest first."""
    phrases = sorted(_phrases(lang, kind), key=len, reverse=True) if longest else _phrases(lang, kind)
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        out.setdefault(words[0], []).append(words)
    return {w: tuple(v) for w, v in out.items()}


@cache
def _by_last(lang: str, kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of `kind` by their last word, in file order."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in _phrases(lang, kind):
        out.setdefault(words[-1], []).append(words)
    return {w: tuple(v) for w, v in out.items()}


def _starting(ctx: Ctx, k: int, kind: str, longest: bool = False) -> tuple[tuple[str, ...], ...]:
    """The phrases of `kind` that may start at token `k` (their first word is there)."""
    return _by_first(ctx.lang, kind, longest).get(ctx.toks[k].text, ()) if 0 <= k < len(ctx.toks) else ()


def words_at(ctx: Ctx, s: int, words: tuple[str, ...]) -> bool:
    """The tokens from `s` on read `words` (word by word, stopping at the first difference)."""
    toks = ctx.toks
    if s < 0 or s + len(words) > len(toks):
        return tuple(t.text for t in toks[s : s + len(words)]) == words
    for q, w in enumerate(words, s):
        if toks[q].text != w:
            return False
    return True


def phrase_ending(ctx: Ctx, j: int, kind: str) -> int | None:
    """Start of a titles.txt phrase of `kind` whose last token is `j`."""
    for words in _by_last(ctx.lang, kind).get(ctx.toks[j].text, ()) if 0 <= j < len(ctx.toks) else ():
        s = j - len(words) + 1
        if s >= 0 and words_at(ctx, s, words):
            return s
    return None


def _body_ending(ctx: Ctx, j: int) -> Span | None:
    """An organization or a country whose last token is `j` ("The WCO", "Japan")."""
    org = ctx.org_ending(j) if 0 <= j < len(ctx.toks) else None
    if org is not None:
        return org
    return next((ctx.chars(j - w + 1, j + 1) for w in (1, 2, 3) if j - w + 1 >= 0 and _country_words(ctx, j - w + 1, j + 1)), None)


def _country_words(ctx: Ctx, s: int, e: int) -> bool:
    return all(t.kind == "word" for t in ctx.toks[s:e]) and ctx.country(s, e) is not None


def _body_at(ctx: Ctx, s: int) -> Span | None:
    """An organization or a country starting at token `s`, after an optional article."""
    s = s + 1 if ctx.is_(s, "article") else s
    if s >= len(ctx.toks):
        return None
    org = ctx.org_at(s)
    if org is not None:
        return org
    return next((ctx.chars(s, s + w) for w in (3, 2, 1) if s + w <= len(ctx.toks) and _country_words(ctx, s, s + w)), None)


def delegation_bodies(ctx: Ctx) -> list[tuple[int, Span]]:
    """(token, body) for each "delegation from/of X" and "X delegation" in the text."""
    out = []
    for i in ctx.where("party"):
        body = _body_at(ctx, i + 2) if ctx.is_(i + 1, "tail") or ctx.is_(i + 1, "origin") else None
        body = body or _body_ending(ctx, i - 1) or (_body_ending(ctx, i - 2) if ctx.toks[i - 1].kind == "poss" else None)
        if body is not None:
            out.append((i, body))
    return out


def stands_for(ctx: Ctx, k: int) -> Span | None:
    """The body named by "represented the WCO" (or ", who represented Japan", ", two WCO
    experts,") at token `k`."""
    comma = k < len(ctx.toks) and ctx.toks[k].text == ","
    k = k + 1 if comma else k
    for words in _starting(ctx, k, "stands"):
        if words_at(ctx, k, words):
            return _body_at(ctx, k + len(words))
    q = k
    while comma and q < k + 2 and q < len(ctx.toks) and (ctx.toks[q].kind == "num" or ctx.toks[q].text.islower()) and (
        not group_noun(ctx, q)
    ):
        q += 1  # ", two WCO experts," ", both experts from Japan,"
    body = _body_at(ctx, q) if comma else None
    e = ctx.index_at(body[1]) if body is not None else q
    if body is not None and e < len(ctx.toks) and group_noun(ctx, e) and ctx.toks[min(e + 1, len(ctx.toks) - 1)].text in ",.;":
        return body
    return _group_from(ctx, q) if comma and group_noun(ctx, q) else None


def group_noun(ctx: Ctx, i: int) -> bool:
    """A lower-case noun for several people or a group: "experts", "officials", "delegation"."""
    w = ctx.toks[i].text if 0 <= i < len(ctx.toks) and ctx.toks[i].kind == "word" else ""
    w = w[:1].lower() + w[1:]  # "Experts from the WCO, ...", "two WCO Experts, ..."
    if not w.islower():
        return False
    one = w[:-1] if w.endswith("s") else ""
    return ctx.is_(i, "party") or title_kind(one, ctx.lang)[0] == "role" or title_kind(one.capitalize(), ctx.lang)[0] == "position"


def _group_from(ctx: Ctx, i: int) -> Span | None:
    """"experts from the WCO": the body after a group noun at `i`."""
    return _body_at(ctx, i + 2) if ctx.is_(i + 1, "origin") or ctx.is_(i + 1, "tail") or ctx.is_(i + 1, "at") else None


def _group_before(ctx: Ctx, start: int) -> Span | None:
    """The body a group names before a person: "two WCO experts, Mr. A", "WCO experts Mr. A",
    "experts from the WCO, Mr. A", "For the WCO, Mr. A"."""
    toks = ctx.toks
    comma = start >= 1 and toks[start - 1].text in (",", ":")
    j = start - 2 if comma else start - 1
    if j < 0:
        return None
    if group_noun(ctx, j):
        return _body_ending(ctx, j - 1) or (_body_ending(ctx, j - 2) if toks[j - 1].kind == "poss" else None)
    origin = _origin_before(ctx, j) if comma else None
    if origin is not None:
        return origin
    body = _body_ending(ctx, j)
    if body is None or not comma:
        return None
    b = ctx.index_at(body[0])
    b = b - 1 if ctx.is_(b - 1, "article") else b
    if phrase_ending(ctx, b - 1, "behalf") is not None or (group_noun(ctx, b - 2) and _group_from(ctx, b - 2) == body):
        return body
    return None


def _origin_before(ctx: Ctx, j: int) -> Span | None:
    """"her counterpart from the Nigerian Customs Service, Ms. A": the body named after a noun
    for a person and "from", ending at token `j`, even when the organizations extractor missed it."""
    for o in range(j - 1, max(0, j - 8), -1):
        if not ctx.is_(o, "origin"):
            continue
        w = ctx.toks[o - 1].text if ctx.near(o - 1, o) else ""
        if not (title_kind(w, ctx.lang)[0] in ("relation", "role", "party") or group_noun(ctx, o - 1)):
            return None
        s = o + 1 + ctx.is_(o + 1, "tail")
        s += ctx.is_(s, "article")
        return ctx.chars(s, j + 1) if s <= j and name_end(ctx, s) == j + 1 else None
    return None


def context_body(ctx: Ctx, start: int, bodies: list[tuple[int, Span]]) -> Span | None:
    """The body a sentence ties the person at token `start` to: "The WCO was represented by
    Mr. X", "a delegation from X Customs, led by its Director, Ms. Y", "The delegation ...
    included Mr. Z" (the last delegation named before)."""
    j = start - 1
    while j > start - 3 and ctx.is_(j, "status"):
        j -= 1  # "led by its new Director, Ms. Y"
    j = j - 1 if ctx.is_(j, "owner") else j
    p = phrase_ending(ctx, j, "person_of")
    if p is not None and p >= 2 and ctx.toks[p - 1].text == ",":
        return _body_ending(ctx, p - 2)  # "the X Chamber, in the person of its President, Mr. Y"
    s = phrase_ending(ctx, j, "via")
    if s is None:
        return _group_before(ctx, start)
    if ctx.toks[s].text == "represented":
        return _body_ending(ctx, s - 2) if s >= 2 and not ctx.cap(s - 1) else None
    first = max(ctx.index_at(ctx.doc.sentence_at(ctx.toks[start].start).start), s - 80)
    lo, hi = bisect.bisect_left(bodies, (first, (-1, -1))), bisect.bisect_left(bodies, (s, (-1, -1)))
    if hi > lo:
        return bodies[hi - 1][1]  # a delegation named earlier in the sentence
    if lo > 0 and any(ctx.is_(i, "party") for i in range(first, s)):
        return bodies[lo - 1][1]  # "The delegation ... included": the last one named before
    return None


def phrase_after(ctx: Ctx, k: int, kind: str) -> int | None:
    """The token after a titles.txt phrase of `kind` that starts at token `k` (longest first)."""
    for words in _starting(ctx, k, kind, longest=True):
        e = k + len(words)
        if words_at(ctx, k, words) and all(ctx.near(q - 1, q) for q in range(k + 1, e)):
            return e
    return None


def after_link(ctx: Ctx, k: int) -> int:
    """Skip "who is", "who serves as" between a name and its position."""
    for words in _starting(ctx, k, "link", longest=True):
        if words_at(ctx, k, words):
            return k + len(words)
    return k


def role_starts(ctx: Ctx, k: int) -> range:
    """Where a role taken on may start after a name ("as Vice-Chair", "as its new Chairperson",
    "was elected Chair of ..."): after the phrase, an article, a possessive and lower-case words
    such as "new" may stand before it."""
    p = phrase_after(ctx, k + 1, "as") if ctx.is_(k, "relative") else phrase_after(ctx, k, "as")  # "who was elected"
    return range(0) if p is None else lead_in(ctx, p)


def lead_in(ctx: Ctx, p: int) -> range:
    """Where a position may start from token `p` on, past an article, a possessive and words
    such as "newly appointed" ("the newly appointed Director", "its new Chairperson")."""
    q = p
    while q < len(ctx.toks) and q - p < 3 and ctx.is_any(q, ("article", "indefinite", "owner", "status")) and ctx.near(q, q + 1):
        q += 1
    return range(p, q + 1)


# -- after a name ------------------------------------------------------------------------------
def _owner(ctx: Ctx, s: int) -> tuple[int, Span, str] | None:
    """A country in the possessive before a body ("India's Central Board ..."): where the body
    starts, and the country."""
    toks = ctx.toks
    for w in (1, 2, 3):
        p = s + w
        if p + 1 < len(toks) and toks[p].kind == "poss" and ctx.org_at(p + 1) is not None:
            country = ctx.country(s, p)
            if country:
                span = ctx.chars(s, p)
                return p + 1, span, country_value(ctx.doc.source[span[0] : span[1]], country)
    return None


def after_name(ctx: Ctx, h: Hit, cut_at: int | None) -> int:
    """Read "(China)", "(the Consultative Group)", "of Norway Customs", "from Korea Customs
    Service", "at the University of Lagos" after a name; returns the token after what was read."""
    toks = ctx.toks
    k = skip_post_nominals(ctx, h.last)
    k0 = k
    aside = k + 2 < len(toks) and toks[k].text == "," and ctx.is_any(k + 1, ("tail", "origin")) and ctx.near(k, k + 1)
    if aside:  # "Mr. X, of the WCO, ...": the body set off by commas
        k += 1
    if k + 1 >= len(toks) or not ctx.near(k - 1, k):
        return k0
    t = toks[k]
    at = ctx.is_(k, "at")
    if not (t.text == "(" or ((ctx.is_(k, "tail") or ctx.is_(k, "origin") or at) and ctx.near(k, k + 1))):
        return k0
    s = k + 2 if ctx.is_(k + 1, "article") and k + 2 < len(toks) else k + 1
    owner = _owner(ctx, s)  # "from India's Central Board of ...": the body, with its country
    s = owner[0] if owner is not None else s
    org = ctx.org_at(s)
    e = ctx.index_at(org[1]) if org is not None else name_end(ctx, s)
    wide = next((s + w for w in range(6, 0, -1) if s + w <= len(toks) and toks[s + w - 1].kind == "word" and ctx.country(s, s + w)), s)
    if wide >= e and not ctx.country(s, e):
        e = wide  # "(Democratic Republic of the Congo)", "of Bosnia and Herzegovina"
    # "(Hong Kong, China)": a member named with its country
    member = t.text == "(" and e + 2 < len(toks) and toks[e].text == "," and toks[e + 2].text == ")" and bool(
        ctx.country(s, e) and ctx.country(e + 1, e + 2)
    )
    e = e + 2 if member else e
    if e <= s or (t.text == "(" and (e >= len(toks) or toks[e].text != ")")) or (aside and not ends_clause(ctx, e)):
        return k0
    span = ctx.chars(s, e)
    if cut_at is not None and span[1] >= cut_at:
        return k0
    country = ctx.country(s, e) if not member else ctx.doc.text[span[0] : span[1]]
    if not country and (
        ctx.is_place(span)  # "Mr. X of Geneva": a home town is not an affiliation
        or programme_end(ctx, s, e)[1]  # "(A-PROG)", "of the Mercator Programme": not a body
        or ((t.text == "(" or at) and not is_employer(ctx, s, e) and not (t.text == "(" and e == s + 1 and acronym_like(toks[s])))
        or (at and e < len(toks) and table_of(ctx.lang, "venue_words.txt").get(toks[e].text) == "venue")
    ):  # "(UPU)": an acronym in brackets names the body
        return k0
    source = ctx.doc.source
    h.affiliation, h.affiliation_value = span, source[span[0] : span[1]]
    if owner is not None:
        _, h.country, h.country_value = owner
    elif country:
        h.country, h.country_value = span, country_value(source[span[0] : span[1]], country)
    else:
        cspan, cval = country_inside(ctx, span)
        if cspan is not None and cval is not None:
            h.country, h.country_value = cspan, country_value(source[cspan[0] : cspan[1]], cval)
    return e + 1 if t.text == "(" else e
