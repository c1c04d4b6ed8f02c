"""Initiatives named by the words around them rather than by a head word.

Three cues: quotes that the text calls a theme or slogan (a yearly campaign), a quoted or
capitalized name followed by a lower-case kind word ('the "Smart Ports Together" initiative',
"the Tradelink system", "the Kestrel e-learning platform"), and "X, commonly known as Y", which
makes X and Y two names of one initiative. The kind words are data (`:after`, and for quoted
names `:quoted` and the `quoted` flag, in `data/<lang>/initiative_words.txt`; the quoted ones are
read from the English file, as the rule is built once).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import pairwise

from . import lexicon
from .document import Document
from .initiative_rules import (
    Cand,
    Scan,
    Tok,
    Vocab,
    adjacent,
    fold,
    initials_match,
    is_acronym,
    is_place,
    vocab,
)
from .rules import Rule, alternation

QUOTED = Rule(
    name="initiative.quoted",
    pattern=r'"(?P<dq>[^"\n]{1,200})"|(?<![\p{L}\p{N}])\'(?P<sq>[\p{Lu}\p{N}][^\'\n]{0,200}?)\'(?![\p{L}\p{N}])',
    examples=('the "Globally Networked Customs" initiative', "a new 'Framework of Standards'"),
    rejects=("the WCO's tools", "Members' needs and the Council's view"),
    doc="A phrase in double or single quotes (the document normalizes curly quotes to straight ones).",
)
THEME_BEFORE = Rule(
    name="initiative.theme_before",
    pattern=(
        r"(?P<owner>[^,;()\"]{0,60})\b(?:theme|Theme|slogan|Slogan|motto)\b"
        r"(?:\s{1,3}(?:is|was|being|reads|chosen|picked|selected|adopted|for|\d{4})){0,4}[\s,:]{0,4}$"
    ),
    examples=("the WCO's general theme, ", "The slogan chosen for 2031 reads ", "its theme being "),
    rejects=("the theme of the meeting was discussed and ", "Members said "),
    doc="Text just before a quote that calls it a theme or slogan; `owner` says whose.",
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
    pattern=r"^\s{1,3}(?P<word>" + alternation(vocab("en").quoted) + r")\b(?!-)",
    examples=(" initiative", " concept", " campaign to", " platform of the"),
    rejects=(" initiatives", " is an initiative", " platforms"),
    doc="A lower-case kind word right after a quoted name ('the \"Smart Ports Together\" initiative').",
)
KNOWN_AS = Rule(
    name="initiative.known_as",
    pattern=(
        r"^,?[ ]{1,3}(?:(?:commonly|also|better|generally|usually|often|simply|hereafter|hereinafter)[ ]{1,3})?"
        r"(?:known[ ]{1,3}as|referred[ ]{1,3}to[ ]{1,3}as|called)[ ]{1,3}(?:the[ ]{1,3})?[\"']?$"
    ),
    examples=(", commonly known as the ", ", also called ", " better known as '", ", known as "),
    rejects=(", which was adopted by the ", " and the ", ", known for its "),
    doc="The words between two names of one instrument: 'X, commonly known as the Y'.",
)
RULES: tuple[Rule, ...] = (QUOTED, THEME_BEFORE, THEME_AFTER, KIND_AFTER, KNOWN_AS)


def _holds(text: str, parts: tuple[str, ...]) -> bool:
    """A cheap test before a rule runs: does the text hold a word the rule cannot match without?"""
    return any(p in text for p in parts)


#: THEME_BEFORE and THEME_AFTER need "theme", "Theme", "slogan", "Slogan" or "motto".
_THEME_PARTS = ("heme", "logan", "motto")
#: KNOWN_AS needs one of these.
_KNOWN_AS_PARTS = ("known", "referred", "called")

Quote = tuple[int, int, int, int]  # content start, content end, outer start, outer end

#: Kind words after which only a trademark-like name counts ("Cargo-XML messaging standards"):
#: after a plain capitalized phrase they describe a class ("WCO standards", "EU standards").
_STRICT_AFTER = frozenset({"standard", "standards"})
#: Marks glued to the end of a brand name ("CLiKC!").
_BRAND_MARKS = frozenset({"!", "®", "™"})


def quotes(sc: Scan, warnings: list[str] | None) -> list[Quote]:
    out: list[Quote] = []
    for m in QUOTED.finditer(sc.text, 0, len(sc.text), warnings):
        grp = "dq" if m.group("dq") is not None else "sq"
        out.append((m.start(grp), m.end(grp), m.start(), m.end()))
    return out


def quote_name(sc: Scan, q: Quote, most: int = 16) -> tuple[int, int] | None:
    """The quoted words without edge spaces and trailing punctuation, if they can be a name."""
    s, end = q[0], q[1]
    while s < end and sc.text[s] == " ":
        s += 1
    while end > s and sc.text[end - 1] in " ,.;:":
        end -= 1
    words = sc.text[s:end].split()
    return (s, end) if words and (words[0][0].isupper() or words[0][0].isdigit()) and len(words) <= most else None


def _owner_ok(owner: str, v: Vocab, context: str) -> bool:
    """A theme belongs to the year (the WCO's, International Customs Day's), not to one meeting."""
    owner = " " + " ".join(owner.replace("'s", " ").replace("'", " ").split()) + " "
    yearly = any(f" {y} " in owner for y in v.yearly)
    for y in v.yearly:
        owner = owner.replace(f" {y} ", " ")  # "International Customs Day" is no meeting's day
    if set(owner.split()) & (v.meeting | v.org):
        return False
    if yearly:
        return True
    return any(f" {y} " in f" {context} " for y in v.yearly if y != "WCO")  # "International Customs Day ... slogan"


def theme_cands(sc: Scan, doc: Document, found: list[Quote]) -> list[Cand]:
    """Quoted yearly themes and slogans: campaigns."""
    out: list[Cand] = []
    sentences = doc.sentences
    starts = [s.start for s in sentences] if found else []
    for q in found:
        span = quote_name(sc, q)
        idx = bisect_right(starts, q[2]) - 1  # sentences are in order and never overlap
        if span is None or idx < 0 or q[2] >= sentences[idx].end:
            continue
        lo = sentences[idx].start
        before, after = sc.text[max(lo, q[2] - 90) : q[2]], sc.text[q[3] : q[3] + 80]
        m = THEME_BEFORE.search(before) if _holds(before, _THEME_PARTS) else None
        if m is None and _holds(after, _THEME_PARTS):
            m = THEME_AFTER.search(after)
        if m is not None and _owner_ok(m.group("owner"), sc.v, sc.text[sentences[idx - 1].start if idx else lo : q[3] + 120]):
            out.append(Cand(span[0], span[1], sc.name_text(*span), "campaign", "initiative.theme"))
    return out


def trademark(word: str) -> bool:
    """A coined product name: a capital after a small letter ("TrainPost", "CLiKC", "eFBL"), or
    letters joined to an all-capital part or a digit ("Cargo-XML", "ICS2")."""
    if any(a.islower() and b.isupper() for a, b in pairwise(word)):
        return True
    tail = len(word) - len(word.rstrip("abcdefghijklmnopqrstuvwxyz"))
    if word[:1].isupper() and sum(c.isupper() for c in word) >= 2 and tail >= 2 and word.isalpha():
        return True  # "GCNet": capitals, then small letters (not a plural "RILOs")
    parts = [p for p in word.replace("/", "-").split("-") if p]
    mixed = len(parts) > 1 and any(p.isupper() for p in parts) and not all(p.isupper() for p in parts)
    return mixed or (any(c.isdigit() for c in word) and any(c.isalpha() for c in word) and word[:1].isupper())


def _demonyms(lang: str) -> frozenset[str]:
    try:
        return frozenset(lexicon.table(f"{lang}/demonyms.txt"))
    except (FileNotFoundError, OSError):
        return frozenset()


def _plain(sc: Scan, t: Tok, demonyms: frozenset[str]) -> bool:
    """A capitalized word that names no product on its own: a body, a place, a generic word."""
    return (
        t.text in sc.v.weak | sc.v.skip | sc.v.org | sc.v.plain | sc.persons | demonyms
        or sc.org_token(t) or fold(t.text) in sc.orgs or is_place(t.text)
        or t.text.endswith(("an", "ese", "ish")) and t.text[:1].isupper() and not t.allcaps
    )


def _one_word_name(sc: Scan, run: list[Tok], before: Tok | None, demonyms: frozenset[str]) -> bool:
    """May a single capitalized word name a tool: a coined name, a long acronym, or a proper
    noun in mid-sentence ('the paperless Tradelink system')?"""
    w = run[0]
    if _plain(sc, w, demonyms):
        return False
    letters = sum(c.isalpha() for c in w.text)
    if trademark(w.text):
        return True
    if w.allcaps:
        return letters >= 4
    opener = before is not None and before.kind == "word" and (not before.cap or before.text in sc.v.skip)
    mid = opener or (before is not None and before.kind == "poss")
    return letters >= 4 and mid  # "the Valquíria system", "The Valquíria clearance system", "Ruritania's Kestrel system"


def _coined_lower(t: Tok) -> bool:
    """ "iCMS", "eFBL": a coined name that starts with one small letter."""
    return t.kind == "word" and len(t.text) >= 3 and t.text[0].islower() and t.text[1].isupper()


def _name_run(sc: Scan, end: int) -> tuple[list[Tok], int]:
    """Capitalized tokens ending at toks[end] (a brand mark glued on included), and where the
    run starts (the token before it is `toks[start - 1]`)."""
    toks = sc.toks
    run: list[Tok] = []
    k = end
    if k >= 1 and toks[k].text in _BRAND_MARKS and toks[k - 1].end == toks[k].start and toks[k - 1].cap:
        run.append(toks[k])
        k -= 1
    while k >= 0 and len(run) < 6 and (toks[k].cap or _coined_lower(toks[k])) and (
        not run or adjacent(sc.text, toks[k], toks[k + 1])
    ):
        run.insert(0, toks[k])
        k -= 1
    while run and run[0].text in sc.v.skip:
        run.pop(0)
        k += 1
    return run, k + 1


def kind_word_cands(sc: Scan, found: list[Quote], lang: str) -> list[Cand]:
    """'the "Smart Ports Together" initiative', 'the Tradelink system', 'the WCO Trade Tools
    platform', 'the Kestrel e-learning platform': a name and the kind word that follows it."""
    out: list[Cand] = []
    for q in found:
        span, m = quote_name(sc, q, 8), KIND_AFTER.search(sc.text[q[3] : q[3] + 24])
        if span is not None and m is not None and span[1] == q[1]:
            word = m.group("word")
            head = sc.v.heads.get(word.capitalize())
            qkind = sc.v.after.get(word) or (head.kind if head else "other")
            out.append(Cand(span[0], span[1], sc.name_text(*span), qkind, "initiative.quoted_kind"))
    demonyms = _demonyms(lang)
    toks = sc.toks if sc.v.native else []
    after, after_words = sc.v.after, sc.v.after_words
    for i in [i for i, (_, _, _, word) in enumerate(toks) if word in after_words]:
        t = toks[i]
        kind = after[t.text]
        if i == 0 or sc.in_title(t.start) or sc.head_at(i - 1) or not adjacent(sc.text, toks[i - 1], t):
            continue
        out.extend(_apposition(sc, i, kind))
        end, described = i - 1, False
        lowered = toks[end].kind == "word" and toks[end].text.islower() and toks[end].text not in sc.v.join
        if lowered and end >= 1 and kind != "other":
            end, described = end - 1, True  # one descriptor: "the Kestrel e-learning platform"
            if not adjacent(sc.text, toks[end], toks[end + 1]):
                continue
        run, first = _name_run(sc, end)
        core = [x for x in run if not sc.org_token(x)]
        words = [x for x in core if x.kind == "word"]
        if not words or words[-1].text in sc.v.org:
            continue
        before = toks[first - 1] if first >= 1 else None
        if len(words) == 1:
            if not _one_word_name(sc, words, before, demonyms):
                continue
            if t.text in _STRICT_AFTER and not (trademark(words[0].text) or words[0].allcaps):
                continue
        elif all(_plain(sc, x, demonyms) for x in words):
            continue
        elif (described or t.text in _STRICT_AFTER) and not any(_coined(sc, x) for x in words):
            continue  # "the National Single Window clearance system"; but "the PORTIX World clearance system"
        start, stop = run[0].start, run[-1].end
        out.append(Cand(start, stop, sc.name_text(start, stop), kind, "initiative.kind_word"))
    return out


def _coined(sc: Scan, t: Tok) -> bool:
    """A coined word that makes a phrase a product name: "PORTIX", "GCNet" (not "WCO")."""
    letters = sum(c.isalpha() for c in t.text)
    return not sc.org_token(t) and fold(t.text) not in sc.orgs and (trademark(t.text) or (t.allcaps and letters >= 4))


def _apposition(sc: Scan, i: int, kind: str) -> list[Cand]:
    """'its e-learning platform, CLiKC!,': a coined name or long acronym right after the kind word."""
    toks = sc.toks
    k = i + 1
    if k < len(toks) and toks[k].text == "," and adjacent(sc.text, toks[i], toks[k]):
        k += 1
    if k >= len(toks) or not toks[k].cap or not adjacent(sc.text, toks[k - 1], toks[k]):
        return []
    w = toks[k]
    end = toks[k + 1].end if k + 1 < len(toks) and toks[k + 1].text in _BRAND_MARKS and toks[k + 1].start == w.end else w.end
    nxt = next((x for x in toks[k + 1 :] if x.end > end), None)
    if nxt is not None and nxt.cap and adjacent(sc.text, toks[k], nxt):
        return []  # a longer capitalized phrase: not a lone product name
    letters = sum(c.isalpha() for c in w.text)
    if sc.org_token(w) or fold(w.text) in sc.orgs or not (trademark(w.text) or (w.allcaps and letters >= 4)):
        return []
    return [Cand(w.start, end, sc.name_text(w.start, end), kind, "initiative.kind_word")]


def link_aliases(kept: list[Cand], text: str) -> list[Cand]:
    """'Agreement on X, commonly known as the Y Agreement': both names get one link key, so
    they make one initiative (the name the text uses most wins, the other is an alias)."""
    names = sorted((c for c in kept if not c.nested and not c.bare and not c.acr_only), key=lambda c: c.start)
    links: dict[tuple[int, int], str] = {}
    for a, b in pairwise(names):
        between = text[a.end : b.start] if 0 < b.start - a.end <= 60 else ""
        if _holds(between, _KNOWN_AS_PARTS) and KNOWN_AS.search(between) is not None:
            key = links.get((a.start, a.end), f"{a.start}")
            links[(a.start, a.end)] = links[(b.start, b.end)] = key
    return [replace(c, link=links[(c.start, c.end)]) if (c.start, c.end) in links else c for c in kept]


def defined_cands(sc: Scan) -> list[Cand]:
    """ "implement the Single Customs Territory (SCT)", "the electronic FIATA Bill of Lading
    (eFBL)", "the Cargo Tracking Network (CTN) system": a name without a head word that spells
    the short form defined after it is an initiative when a cue word governs it (`:cue` in the
    data), a kind word follows its short form, or the short form is coined."""
    toks, v = sc.toks, sc.v
    out: list[Cand] = []
    if not v.cue:
        return out
    for p in sc.parens:
        acr = toks[p].text[1:-1].strip()
        if acr in sc.known or not adjacent(sc.text, toks[p - 1], toks[p]) or not toks[p - 1].cap or fold(acr) in sc.orgs:
            continue
        if not (is_acronym(toks[p].text) or _coined_short(acr)):
            continue
        first = _spelled_from(sc, p, acr)
        if first is None:
            continue
        words = toks[first:p]
        if any(sc.head_at(k) for k in range(first, p)) or words[-1].text in v.org or fold(" ".join(w.text for w in words)) in sc.orgs:
            continue  # a head word: the head scan reads it; a body's name: an organization
        if any(w.text in v.meeting for w in words):
            continue  # "Ministerial Conference (MC13)": a meeting
        nxt = toks[p + 1] if p + 1 < len(toks) and adjacent(sc.text, toks[p], toks[p + 1]) else None
        kind = v.after.get(nxt.text) if nxt is not None else None  # "the Cargo Tracking (ECT) system"
        if not (kind or _coined_short(acr) or _cue_before(sc, first) or _cue_after(sc, p)):
            continue
        start, end = words[0].start, words[-1].end
        out.append(Cand(start, end, sc.name_text(start, end), kind or "other", "initiative.defined_name", acronym=acr))
    return out


def _coined_short(acr: str) -> bool:
    """ "eFBL", "iCMS", "ePhyto": a coined short form, a small letter before capitals."""
    return 3 <= len(acr) <= 10 and acr.isalpha() and acr[0].islower() and any(c.isupper() for c in acr[1:3])


def _spelled_from(sc: Scan, p: int, acr: str) -> int | None:
    """The first token of the capitalized words before toks[p] that spell `acr` (a coined short
    form in lower case may take one lower-case word: "electronic ... (eFBL)")."""
    toks, join = sc.toks, sc.v.join - {"the"}
    k = p - 1
    while k >= 0 and p - k <= 8 and (toks[k].cap or (toks[k].text in join and k < p - 1)) and (k == p - 1 or adjacent(sc.text, toks[k], toks[k + 1])):
        k -= 1
    if acr[:1].islower() and k >= 0 and toks[k].kind == "word" and toks[k].text[:1] == acr[:1] and adjacent(sc.text, toks[k], toks[k + 1]):
        k -= 1
    for first in range(k + 1, p):
        words = [t.text for t in toks[first:p]]
        if toks[first].text not in join and toks[first].text not in sc.v.skip and initials_match(words, acr, sc.v.join):
            return first
    return None


def _cue_before(sc: Scan, first: int) -> bool:
    k, gap = first - 1, 0
    while k >= 0 and gap < 3 and sc.toks[k].kind == "word" and sc.toks[k].text.lower() in sc.v.gap:
        k, gap = k - 1, gap + 1
    return k >= 0 and sc.toks[k].kind == "word" and sc.toks[k].text.lower() in sc.v.cue


def _cue_after(sc: Scan, p: int) -> bool:
    k = p + 1
    while k < len(sc.toks) and k - p <= 3 and sc.toks[k].text in sc.v.aux:
        k += 1
    return k > p + 1 and k < len(sc.toks) and sc.toks[k].text in sc.v.cue
