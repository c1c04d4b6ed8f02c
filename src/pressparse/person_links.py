"""What links a person's mentions to each other and to the bodies written around them.

The phrase readers the title and name readers share: capitalized phrases ("Tariff and Trade
Affairs Directorate"), employers ("University of Bergen"), programmes that are never employers
("the A-CIP Programme"), the country a body's name gives ("Norway Customs"), post-nominal
letters to skip ("MP", ", PhD"). Then the bodies a sentence ties a person to ("The WCO was
represented by Mr. X", "a delegation from X Customs, led by its Director, Ms. Y") and the
grouping of mentions into people: a family name alone ("Okafor said", "Minister Okafor") joins
the fullest name that shares it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from . import lexicon
from .person_names import Ctx, Span, Tok, joined, name_word, post_nominal
from .person_words import country_of, demonyms, grammar, particles, table_of, title_kind, words_of
from .scoring_text import strip_accents

if TYPE_CHECKING:
    from .person_titles import TitleUnit


@dataclass
class Hit:
    """One mention of a person, with what was read around it."""

    first: int
    last: int
    words: int
    rule: str
    honorific: Span | None = None
    unit: TitleUnit | None = None
    affiliation: Span | None = None
    affiliation_value: str | None = None
    country: Span | None = None
    country_value: str | None = None
    context: Span | None = None  # the body the sentence ties the person to ("The WCO was represented by")
    own_first: bool = False  # the unit is a role taken on ("as Chair of X"): the person's own body outranks X


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents, for comparing names."""
    return strip_accents(text).lower()


def skip_post_nominals(ctx: Ctx, k: int) -> int:
    """The token after the post-nominal letters at `k` ("MP", ", PhD", " OBE, MBA"), else `k`."""
    toks, text = ctx.toks, ctx.doc.text
    for _ in range(3):
        n = post_nominal(toks, k, text, ctx.lang) if ctx.near(k - 1, k) else 0
        if n:
            k += n
            continue
        if k + 1 < len(toks) and toks[k].text == "," and ctx.near(k, k + 1):
            n = post_nominal(toks, k + 1, text, ctx.lang)
            if n and (k + 1 + n >= len(toks) or not toks[k + 1 + n].text[:1].isalnum()):
                k += 1 + n
                continue
        break
    return k


def is_employer(ctx: Ctx, s: int, e: int) -> bool:
    """The phrase [s, e) names a body: the organizations extractor found it, or it ends with an
    organization head word ("University of Bergen", "Meridian Shipping Ltd")."""
    span = ctx.chars(s, e)
    if ctx.org_at(s) == span:
        return True
    heads = words_of(ctx.lang, "org_words.txt")
    return any(ctx.toks[q].text in heads for q in range(s, e) if ctx.cap(q))


def ends_clause(ctx: Ctx, k: int) -> bool:
    """Token `k` closes a name: punctuation, a lower-case word, or the end of the text."""
    if k >= len(ctx.toks):
        return True
    t = ctx.toks[k]
    return t.text in (",", ".", "(", ";", ":") or (t.kind == "word" and t.text[0].islower())


def foreign_body(ctx: Ctx, s: int, e: int) -> bool:
    """The phrase [s, e) is a name in another language, with a particle inside ("Receita Federal
    do Brasil", "Servicio Nacional de Aduanas"), and no place ("Rio de Janeiro")."""
    parts = words_of(ctx.lang, "org_foreign_particles.txt")
    return e - s >= 3 and ctx.cap(s) and ctx.cap(e - 1) and any(ctx.toks[q].text in parts for q in range(s + 1, e - 1)) and (
        not ctx.is_place(ctx.chars(s, e))
    )


# -- capitalized phrases ----------------------------------------------------------------------
def starts_core(ctx: Ctx, i: int) -> bool:
    """Token `i` begins a position ("First Deputy Head", "Director"), not a field ("Financial Affairs")."""
    k = i
    while ctx.titled(k) and k - i < 5:
        kind = title_kind(ctx.toks[k].text, ctx.lang)[0]
        if kind in ("position", "portfolio"):
            return True
        if kind != "modifier" or not ctx.near(k, k + 1):
            return False
        k += 1
    return False


def calendar_word(ctx: Ctx, i: int) -> bool:
    """A month or a weekday ("in June"): never part of a name."""
    w = ctx.toks[i].text.lower() if 0 <= i < len(ctx.toks) else ""
    return w in table_of(ctx.lang, "months.txt") or w in table_of(ctx.lang, "weekdays.txt")


def cap_phrase(ctx: Ctx, s: int, commas: bool = False) -> int:
    """End of the capitalized phrase starting at token `s` ("Tariff and Trade Affairs Directorate")."""
    toks, n = ctx.toks, len(ctx.toks)
    if not (ctx.titled(s) or (s < n and toks[s].kind == "num")):
        return s
    joiners = particles(ctx.lang) | grammar(ctx.lang, "join") | grammar(ctx.lang, "inner") | grammar(ctx.lang, "place") | words_of(
        ctx.lang, "org_foreign_particles.txt"
    )  # "Direction Générale des Douanes"
    j = s + 1
    while j < n and j - s < 24 and ctx.near(j - 1, j):
        t = toks[j]
        if ctx.titled(j) or (t.kind == "num" and ctx.cap(j - 1)) or (ctx.demonym(j) and not ctx.demonym(j - 1)):
            j += 1  # a nationality adjective after a noun: "douanes belges"
            continue
        if t.kind in ("word", "punct") and t.text in joiners:
            nxt = j + 1
            if nxt < n and ctx.is_(nxt, "article") and ctx.near(j, nxt):
                nxt += 1
            if not (ctx.near(nxt - 1, nxt) and ctx.titled(nxt)) or starts_core(ctx, nxt):
                break
            if ctx.is_(j, "place") and (title_kind(toks[j - 1].text, ctx.lang)[0] == "department" or calendar_word(ctx, nxt)):
                break  # "the Audit Department in the Revenue Authority": a unit, then its body; "in May"
            if ctx.is_(j, "place") and (
                any(ctx.country(nxt, nxt + w) for w in (1, 2, 3) if nxt + w <= n) or ctx.is_place(ctx.chars(nxt, nxt + 1))
            ):
                break  # "Embassy of Norway in Brussels": the place is not part of the name
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


def name_end(ctx: Ctx, s: int) -> int:
    """End of an organization's name: capitalized words, and "of ..." continuing them."""
    e = cap_phrase(ctx, s)
    while e > s and e + 1 < len(ctx.toks) and ctx.is_(e, "tail") and ctx.near(e, e + 1) and ctx.cap(e + 1):
        e = cap_phrase(ctx, e + 1)
    return e


# -- grouping mentions into people -------------------------------------------------------------
def _words(toks: list[Tok], h: Hit, lang: str) -> list[str]:
    parts = particles(lang)
    return [fold(t.text) for t in toks[h.first : h.last] if t.kind == "word" and len(t.text) > 1 and t.text not in parts]


def _same(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    return a[-1] == b[-1] and (a[0] == b[0] or a[0][:1] == b[0][:1] and min(len(a[0]), len(b[0])) == 1)


def group(ctx: Ctx, hits: list[Hit]) -> list[list[Hit]]:
    """Mentions grouped into people, each group in text order, groups by first mention."""
    toks, lang = ctx.toks, ctx.lang
    keys: list[list[str]] = []
    groups: list[list[Hit]] = []
    for h in sorted((h for h in hits if h.words >= 2), key=lambda h: h.first):
        w = _words(toks, h, lang)
        for gi, key in enumerate(keys):
            if _same(w, key):
                groups[gi].append(h)
                if len(w) > len(key):
                    keys[gi] = w
                break
        else:
            keys.append(w)
            groups.append([h])
    for h in sorted((h for h in hits if h.words < 2), key=lambda h: h.first):
        w = _words(toks, h, lang)
        if not w:
            continue
        word = w[-1]
        cands = [gi for gi, k in enumerate(keys) if k[-1] == word] or [gi for gi, k in enumerate(keys) if word in k]
        if cands:
            before = [gi for gi in cands if groups[gi][0].first < h.first]
            gi = max(before, key=lambda g: groups[g][0].first) if before else cands[0]
            groups[gi].append(h)
        else:
            keys.append([word])
            groups.append([h])
    _add_bare_mentions(ctx, groups)
    for g in groups:
        g.sort(key=lambda h: h.first)
    return sorted(groups, key=lambda g: g[0].first)


def _add_bare_mentions(ctx: Ctx, groups: list[list[Hit]]) -> None:
    """Later mentions by family name alone ("Okafor said") join a person already found."""
    toks, text, lang = ctx.toks, ctx.doc.text, ctx.lang
    taken = {k for g in groups for h in g for k in range(h.first, h.last)}
    by_word: dict[str, list[int]] = {}
    for gi, g in enumerate(groups):
        for h in g:
            w = _words(toks, h, lang)
            if w and (len(w) == 1 or h is g[0]):
                by_word.setdefault(w[-1], []).append(gi)
    # Each distinct capitalized text is folded once; its tokens are then read in text order.
    keys = {w for w in set(ctx.texts) if w[:1].isupper() and fold(w) in by_word} if by_word else set()
    cands = [k for k, w in enumerate(ctx.texts) if w in keys] if keys else []
    for k in cands:
        t = toks[k]
        if t.kind != "word" or k in taken or not name_word(t, lang):
            continue
        gis = sorted(set(by_word[fold(t.text)]), key=lambda g: groups[g][0].first)
        if (k > 0 and toks[k - 1].kind == "word" and toks[k - 1].text[:1].isupper() and joined(text, toks[k - 1], t)) or (
            k + 1 < len(toks) and toks[k + 1].kind == "word" and toks[k + 1].text[:1].isupper() and joined(text, t, toks[k + 1])
        ):
            continue  # part of a longer capitalized run: another name or a title
        before = [g for g in gis if groups[g][0].first < k]
        groups[before[-1] if before else gis[0]].append(Hit(k, k + 1, 1, "people.linked"))


# -- programmes and countries ------------------------------------------------------------------
def programme_end(ctx: Ctx, s: int, e: int) -> tuple[int, bool]:
    """Whether the phrase [s, e) names a programme ("the Mercator Programme", "the A-CIP
    Programme", "the Integrity Promotion (A-CIP) Programme"), and where it ends."""
    toks, heads = ctx.toks, programme_heads(ctx.lang)
    if e + 3 < len(toks) and toks[e].text == "(" and acronym_like(toks[e + 1]) and toks[e + 2].text == ")" and (
        toks[e + 3].text in heads and ctx.near(e + 2, e + 3)
    ):
        return e + 4, True
    if e - s == 1 and toks[s].text in ctx.programmes:
        return e, True
    return e, toks[e - 1].text in heads and not ctx.org_covering(ctx.chars(s, e))


def programme_acronyms(ctx: Ctx) -> frozenset[str]:
    """Acronyms the text gives to programmes: "the Advanced Programme for Revenue Operations
    (A-PROG)", "the Integrity Promotion (A-CIP) Programme"; never a known organization's
    ("United Nations Development Programme (UNDP)")."""
    toks, heads, out = ctx.toks, programme_heads(ctx.lang), set()
    for i in ctx.where_text("("):
        if not 1 <= i < len(toks) - 2:
            continue
        if not acronym_like(toks[i + 1]) or toks[i + 2].text != ")" or toks[i + 1].text in _known_orgs():
            continue
        b = i - 1
        while b > 0 and i - b < 8 and (ctx.cap(b - 1) or ctx.is_(b - 1, "field") or ctx.is_(b - 1, "tail")):
            b -= 1
        if any(toks[q].text in heads for q in range(b, i)) or (i + 3 < len(toks) and toks[i + 3].text in heads and ctx.near(i + 2, i + 3)):
            out.add(toks[i + 1].text)
    return frozenset(out)


@cache
def _known_orgs() -> frozenset[str]:
    """Short forms of the organizations in the gazetteer (organizations.json)."""
    try:
        orgs = lexicon.load_json("organizations.json")["organizations"]
    except (FileNotFoundError, OSError, KeyError):
        return frozenset()
    return frozenset(a for o in orgs for a in (o.get("acronym"), *o.get("short_aliases", ())) if a)


def acronym_like(t: Tok) -> bool:
    """An acronym, possibly with a hyphen or digits ("A-CIP", "G20")."""
    return t.kind == "word" and acronym_text(t.text)


@lru_cache(maxsize=4096)
def acronym_text(text: str) -> bool:
    letters = "".join(c for c in text if c.isalpha())
    return len(letters) >= 2 and letters.isupper() and all(c.isalnum() or c == "-" for c in text)


@cache
def programme_heads(lang: str) -> frozenset[str]:
    """Head words of initiatives (initiative_words.txt) that are not position or field words
    ("Programme" stays: it only qualifies a position, as in "Programme Manager")."""
    heads = {k.split()[-1] for k, v in table_of(lang, "initiative_words.txt").items() if not v.startswith(":")}
    return frozenset(h for h in heads if title_kind(h, lang)[0] not in ("department", "position", "portfolio"))


def unit_heads(lang: str) -> frozenset[str]:
    """Head words of internal units ("Department", "Division"), the organizations extractor's list."""
    return words_of(lang, "org_unit_heads.txt")


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
    last = words[-1] if len(words) >= 2 else ""
    if last[:1].islower() and last in demonyms(lang):  # "douanes belges": the adjective follows
        return len(words) - 1, len(words), demonyms(lang)[last]
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1] in grammar(lang, "tail"):
            k += words[k] in grammar(lang, "article")
            # "... of Chile", "General Administration of China Customs"
            e = next((e for e in range(len(words), k, -1) if country_of(" ".join(words[k:e]))), None)
            return (k, e, country_of(" ".join(words[k:e])) or "") if e is not None else None
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
