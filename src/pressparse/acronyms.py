"""Short forms: acronym definitions in the text, their later uses, and the gazetteer.

"Federal Administration of Public Revenue (AFIP)" defines AFIP when the words before the
brackets name an organization (Schwartz-Hearst alignment of the letters, then the head-word test
of `org_rules`, or a head-first name of `org_head_first`); every later "AFIP" or "AFIP's" is a
mention of it. Words without a head word define a body when the name stands in a list of bodies or
the text names a position in it ("Director of RTL"). Gazetteer short forms that are ambiguous
("EC", "ICC") count only when the text defines them, names their organization, or puts them in
brackets after a person's name ("Mr. Peter Olsen (ICC)").
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from . import lexicon
from .org_keys import name_keys
from .org_rules import (
    administration_of_customs,
    find_in_words,
    strip_openers,
    unit_head,
)
from .org_words import (
    LANG,
    Cand,
    Found,
    Scan,
    Word,
    acronym_key,
    boundary,
    connectors,
    doc_strip_left,
    fold,
    gazetteer,
    gazetteer_forms,
    looks_like_acronym,
    not_names,
    split_words,
    trim_possessive,
    words_of,
)
from .rules import Rule


def trie_alternation(words: tuple[str, ...]) -> str:
    """A regex matching any of `words`, longest first, as a character trie: a few hundred names
    are tried in one pass instead of one by one at every position."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [regex.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + ("?" if "" in node else "")

    return build(trie) if words else "(?!)"


GAZETTEER = Rule(
    name="org_gazetteer",
    pattern=(
        r"(?<![\p{L}\p{N}])(?<!\p{Lu}[-/])"
        + trie_alternation(tuple(gazetteer_forms()))
        + r"(?:'s|s)?(?![\p{L}\p{N}])(?![-/]\p{Lu})"
    ),
    examples=("the World Customs Organization said", "the WCO's", "two RILOs", "Interpol"),
    rejects=("the wco", "the ROCB-NEE report", "UNWCO", "world bank"),
    doc="Well-known organizations by name, alias or short form.",
)

#: An acronym in brackets: "(WCO)", "(RILOs)", "(ROCB-NEE)", "(RILO E/E)", "(CCF/Korea)".
ACRONYM_DEF = Rule(
    name="org_acronym_in_brackets",
    pattern=r"\([ ]{0,2}(\p{Lu}[\p{L}\p{N}&./-]{0,14}(?: \p{Lu}[\p{L}\p{N}&./-]{0,10})?)[ ]{0,2}\)",
    examples=("Organization (WCO)", "Offices (RILOs)", "Europe (ROCB-NEE)", "region (RILO E/E)"),
    rejects=("in (2017)", "(customs)", "( )"),
    doc="The short form of a definition; `looks_like_acronym` then rejects '(China)'.",
)

OWNER_AFTER = Rule(
    name="org_owner_after_definition",
    pattern=r"\G of (?:the )?\p{Lu}",
    examples=(" of the Finland Customs", " of Ningbo Customs"),
    rejects=(" of customs", " in the WCO", "of the WCO"),
    doc="The body a defined unit belongs to, right after its brackets: '(AD) of Ningbo Customs'.",
)

RULES: tuple[Rule, ...] = (ACRONYM_DEF, GAZETTEER, OWNER_AFTER)


def long_form_start(words: list[Word], acronym: str) -> int | None:
    """Schwartz-Hearst: index of the word where the shortest long form for `acronym` starts."""
    text = " ".join(w.text for w in words)
    starts = []
    pos = 0
    for w in words:
        starts.append(pos)
        pos += len(w.text) + 1
    short = [c.lower() for c in acronym if c.isalnum()]
    li = len(text) - 1
    for si in range(len(short) - 1, -1, -1):
        c = short[si]
        while li >= 0 and (text[li].lower() != c or (si == 0 and li > 0 and text[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
    at = li + 1
    return max(i for i, s in enumerate(starts) if s <= at)


def definition_long_form(words: list[Word], acronym: str, lang: str = LANG) -> Found | None:
    """The organization that the words before "(ACR)" define, if they name one.

    The letters of the short form say where the long form starts; a name that the chunk reading
    finds around that start and up to the brackets wins ("Customs and Excise Tax Administration
    of Ruritania (ADTR)": the letters need not be English). A long form that ends in a Customs
    administration names one body ("General Administration of Ruritania Customs (GARC)")."""
    if not words:
        return None
    end = len(words) - 1
    full = [f for f in find_in_words(words, lang) if f.last == end]
    for letters in (acronym, "".join(c for c in acronym if c.isupper() or c.isdigit())):
        at = long_form_start(words, letters)
        if at is None:
            continue
        while at > 0 and words[at - 1].cap:
            at -= 1  # never start inside a run of capitalized words
        around = [f for f in full if f.first <= at <= f.last]
        if around:
            return around[0]
        first = strip_openers(words[at:], 0, len(words) - at - 1, lang)
        for f in find_in_words(words[at:], lang):
            if f.first == first and f.last + at == end:
                return Found(f.first + at, end, f.core_last + at)
            if f.first == first and not f.has_tail:
                whole = administration_of_customs(words, f.first + at, f.last + at, lang)
                if whole is not None:
                    return whole
        break
    return full[-1] if full else None


def scan_definitions(s: Scan, gaz_names_by_end: dict[int, Cand], head_first: dict[int, Cand] | None = None) -> None:
    """ "Long Form (ACR)" where the long form names an organization: both, and every later use.
    `head_first`: names read from their head word ("Organisation mondiale des douanes"), by end."""
    text = s.doc.text
    for m in ACRONYM_DEF.finditer(text, warnings=s.warnings):
        acr = m.group(1)
        if not looks_like_acronym(acr):
            continue
        key = acronym_key(acr)
        if acr in not_names(s.lang):
            s.not_org_acronyms.add(key)
            s.not_org_ends.add(doc_strip_left(text, m.start()))
            continue
        before = doc_strip_left(text, m.start())
        words = s.chunk_words(before)
        if words is None:  # "... for the Baltic region (RILO BR)": one lower-case word between
            prev = text.rfind(" ", 0, before)
            between = text[prev + 1 : before]
            if prev > 0 and between.isalpha() and between.islower() and between not in connectors(s.lang):
                words = s.chunk_words(doc_strip_left(text, prev + 1))
        found = definition_long_form(words, acr, s.lang) if words else None
        named = _named_before(before, acr, gaz_names_by_end, head_first or {})
        if found is None and named is None and acr in gazetteer_forms() and _after_person(text, before, s.lang):
            s.vouched.add(key)  # "M. Paulo da Silva (OMC)": the organization the person speaks for
            continue
        if _names_another_body(s, words, found, before, named, acr):
            continue  # "the Customs Co-operation Council (WCO)": the short form of another body
        long_keys: set[str] | None = None
        if found is not None and words is not None and OWNER_AFTER.search(text, m.end(), m.end() + 8) is not None:
            if unit_head(words, found, s.lang, owner_follows=True):
                found = None  # "the Audit Department (AD) of Finland Customs": a part of that body
        if found is not None and words is not None and found.last == len(words) - 1:
            start, core_end = words[found.first].start, words[found.core_last].end
            long_keys = name_keys(text[start:before]) | {key}
            c = s.add(start, before, core_end, False, "org_acronym_definition", long_keys)
            if found.last > found.core_last:
                c.core_key = "n:" + fold(text[start:core_end])
        elif named is not None:
            named.keys.add(key)
            long_keys = named.keys
        elif words is not None and found is None:
            listed = _listed_name(s, words, acr, m.end())
            listed = _employer_name(s, words, acr, m.end()) if listed is None else listed
            if listed is not None:  # "..., Ruritania TradeLink (RTL), the ... Company": a body among bodies
                long_keys = name_keys(text[listed:before]) | {key}
                s.add(listed, before, before, False, "org_listed_definition", long_keys)
        if long_keys is None:
            s.not_org_acronyms.add(key)
            continue
        s.defined.add(key)
        s.add(m.start(1), m.end(1), m.end(1), True, "org_acronym_definition", {key})
        _scan_acronym_uses(s, acr, key)


@cache
def _honorifics(lang: str) -> frozenset[str]:
    out: set[str] = set()
    for code in {lang, LANG}:
        try:
            out |= {h.rstrip(".") for h in lexicon.entries(f"{code}/honorifics.txt")}
        except (FileNotFoundError, OSError):
            continue
    return frozenset(out)


def _after_person(text: str, before: int, lang: str) -> bool:
    """Does a person's name end at `before`: an honorific, then up to five capitalized words or
    short particles ("M. Paulo da Silva", "Mr. Peter J. K. Olsen")?"""
    words = text[max(0, before - 80) : before].split()
    honorifics = _honorifics(lang)
    k, taken = len(words) - 1, 0
    while k >= 0 and taken < 5 and words[k].rstrip(".") not in honorifics:
        w = words[k]
        if not (w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= 3)):
            return False
        k, taken = k - 1, taken + 1
    return taken >= 1 and k >= 0 and words[k].rstrip(".") in honorifics


def _headless_start(s: Scan, words: list[Word], acr: str) -> int | None:
    """Index of the first word of a name without a head word whose letters spell `acr`
    ("Ruritania TradeLink" for RTL): capitalized words only, five at most."""
    at = long_form_start(words, acr)
    if at is None:
        return None
    while at > 0 and words[at - 1].cap:
        at -= 1
    at = strip_openers(words, at, len(words) - 1, s.lang)
    return at if all(w.cap for w in words[at:]) and len(words) - at <= 5 else None


def _listed_name(s: Scan, words: list[Word], acr: str, after: int) -> int | None:
    """Where a name without a head word starts when it stands in a list next to an organization
    ("representing Ruritanian Customs, Ruritania TradeLink (RTL), the Port Handling Company (PHC)"):
    a body among bodies."""
    at = _headless_start(s, words, acr)
    if at is None:
        return None
    text, start = s.doc.text, words[at].start
    left = text[max(0, start - 12) : start].rstrip()
    if left.endswith(" the"):
        left = left[:-4].rstrip()
    if not left.endswith((",", " and")):
        return None  # not a list item
    prev_end = max(0, start - 12) + len(left)
    lo = max(text.rfind(",", 0, prev_end - 1), text.rfind(".", 0, prev_end), text.rfind("\n", 0, prev_end), prev_end - 120)
    neighbours = [(lo, prev_end)]
    tail = text[after : after + 6]
    if tail.startswith((",", " and ")):
        nxt = after + (1 if tail.startswith(",") else 5)
        stops = [p for p in (text.find(",", nxt), text.find(".", nxt), text.find("\n", nxt)) if p >= 0]
        neighbours.append((after, min([*stops, nxt + 120])))
    ok = any(not c.short and a <= c.start and c.end <= b for c in s.cands for a, b in neighbours)
    return start if ok else None


def _employer_name(s: Scan, words: list[Word], acr: str, after: int) -> int | None:
    """Where a name without a head word starts when the text later names a position in it
    ("Mercado Libre (MELI) ... MELI's Head of Policy", "the Director of MELI"): a body that
    employs people."""
    at = _headless_start(s, words, acr)
    if at is None:
        return None
    text = s.doc.text
    titles = words_of("affiliation_titles", s.lang)
    pos = text.find(acr, after)
    while pos >= 0:
        end = pos + len(acr)
        if boundary(text, pos, end):
            nxt = text[end : end + 30].split()
            prev = text[max(0, pos - 30) : pos].split()
            prev = prev[:-1] if prev[-1:] == ["the"] else prev
            if (text.startswith("'s ", end) and nxt[1:2] and nxt[1] in titles) or (prev[-1:] == ["of"] and prev[-2:-1] and prev[-2] in titles):
                return words[at].start
        pos = text.find(acr, end)
    return None


def _named_before(before: int, acr: str, gaz: dict[int, Cand], head_first: dict[int, Cand]) -> Cand | None:
    """The name that ends right before "(ACR)": the longer of a gazetteer name and a head-first
    name ("Groupe de la Banque mondiale (GBM)"), unless the short form is the gazetteer entry's
    own ("Conseil de l'Organisation mondiale des douanes (OMD)": the OMD is the Organisation)."""
    g, h = gaz.get(before), head_first.get(before)
    if g is None or h is None:
        return g or h
    own = {i for i, short, _ in gazetteer_forms().get(acr, ()) if short}
    return g if h.start >= g.start or any(f"g:{i}" in g.keys for i in own) else h


def _names_another_body(s: Scan, words: list[Word] | None, found: Found | None, before: int, named: Cand | None, acr: str) -> bool:
    """Is a bracketed gazetteer short form that the words before it do not spell the short form
    of a different body? A short form belongs to the long form right before it only when that
    long form is its entry's name or its letters line up."""
    entries = {i for i, short, _ in gazetteer_forms().get(acr, ()) if short}
    if not entries:
        return False
    if named is not None:
        if any(f"g:{i}" in named.keys for i in entries):
            return False
        if named.rule == "org_gazetteer":
            return True
        return long_form_start(split_words(s.doc.text, named.start, before), acr) is None  # "Bureaux régionaux ... (BRLR)"
    if found is None or words is None:
        return False
    return long_form_start(words[found.first :], acr) is None


def _scan_acronym_uses(s: Scan, acr: str, key: str) -> None:
    """Every other use of a defined acronym: "AFIP", "AFIP's", "RILO" for "(RILOs)"."""
    text = s.doc.text
    base = acr[:-1] if len(acr) > 2 and acr.endswith("s") and acr[-2].isupper() else acr
    if base in s.searched:
        return
    s.searched.add(base)
    for form in (base, base + "s"):
        pos = text.find(form)
        while pos >= 0:
            end = pos + len(form)
            stop = end + 2 if text.startswith("'s", end) else end
            glued = pos > 0 and text[pos - 1] in "-/" or text.startswith("-", end)
            if boundary(text, pos, stop) and not glued:
                s.add(pos, end, end, True, "org_acronym_use", {key})
            pos = text.find(form, end)


def scan_gazetteer(s: Scan) -> dict[int, Cand]:
    """Gazetteer names now; short forms are kept until definitions are known."""
    text = s.doc.text
    forms = gazetteer_forms()
    by_end: dict[int, Cand] = {}
    for m in GAZETTEER.finditer(text, warnings=s.warnings):
        start, end = m.start(), trim_possessive(text, m.start(), m.end())
        form = text[start:end]
        if form not in forms and form.endswith("s") and form[:-1] in forms:
            form = form[:-1]
        entries = [(i, short) for i, short, only in forms.get(form, ()) if only in (None, s.lang)]
        if not entries:
            continue
        if all(short for _, short in entries):
            s.add(start, end, end, True, "org_gazetteer", {f"gs:{form}"})
            continue
        keys = name_keys(form, s.lang) | {f"g:{i}" for i, short in entries if not short}
        by_end[end] = s.add(start, end, end, False, "org_gazetteer", keys)
    return by_end


def settle_gazetteer_shorts(s: Scan) -> None:
    """Give short forms their entry, or drop them when ambiguous without context."""
    named = {k for c in s.cands if not c.short for k in c.keys if k.startswith("g:")}
    forms = gazetteer_forms()
    kept: list[Cand] = []
    for c in s.cands:
        if not c.short:  # "gs:" keys are only on the short forms `scan_gazetteer` adds
            kept.append(c)
            continue
        gs = next((k for k in c.keys if k.startswith("gs:")), None)
        if gs is None:
            kept.append(c)
            continue
        form = gs[3:]
        key = acronym_key(form)
        if key in s.not_org_acronyms and key not in s.defined:
            continue
        wider = [d for d in sorted(s.defined) if d.startswith((key + " ", key + "-"))]
        if key not in s.defined and wider:
            c.keys = {wider[0]}  # "ROCB" after "(ROCB-NEE)" is that office
            kept.append(c)
            continue
        entries = [i for i, _, only in forms[form] if only in (None, s.lang)]
        ok = [i for i in entries if f"g:{i}" in named or not gazetteer()[i].get("needs_context") or key in s.vouched]
        if key in s.defined or ok:
            c.keys = {key} | ({f"g:{ok[0]}"} if ok and key not in s.defined else set())
            kept.append(c)
    s.cands = kept


