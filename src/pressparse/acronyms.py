"""Short forms: acronym definitions in the text, their later uses, and the gazetteer.

"Federal Administration of Public Revenue (AFIP)" defines AFIP when the words before the
brackets name an organization (Schwartz-Hearst alignment of the letters, then the head-word test
of `org_rules`); every later "AFIP" or "AFIP's" is a mention of it. Gazetteer short forms that
are ambiguous ("EC", "ICC") count only when the text defines them or names their organization.
"""

from __future__ import annotations

from typing import Any

import regex

from .org_rules import (
    administration_of_customs,
    find_in_words,
    name_keys,
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
    trim_possessive,
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


def scan_definitions(s: Scan, gaz_names_by_end: dict[int, Cand]) -> None:
    """ "Long Form (ACR)" where the long form names an organization: both, and every later use."""
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
        if _names_another_body(s, words, found, before, gaz_names_by_end, acr):
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
        elif before in gaz_names_by_end:
            gaz_names_by_end[before].keys.add(key)
            long_keys = gaz_names_by_end[before].keys
        if long_keys is None:
            s.not_org_acronyms.add(key)
            continue
        s.defined.add(key)
        s.add(m.start(1), m.end(1), m.end(1), True, "org_acronym_definition", {key})
        _scan_acronym_uses(s, acr, key)


def _names_another_body(
    s: Scan, words: list[Word] | None, found: Found | None, before: int, gaz: dict[int, Cand], acr: str
) -> bool:
    """Is a bracketed gazetteer short form that the words before it do not spell the short form
    of a different body? A short form belongs to the long form right before it only when that
    long form is its entry's name or its letters line up."""
    entries = {i for i, short, _ in gazetteer_forms().get(acr, ()) if short}
    if not entries:
        return False
    if before in gaz:
        return not any(f"g:{i}" in gaz[before].keys for i in entries)
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
        keys = name_keys(form) | {f"g:{i}" for i, short in entries if not short}
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
        ok = [i for i in entries if f"g:{i}" in named or not gazetteer()[i].get("needs_context")]
        if key in s.defined or ok:
            c.keys = {key} | ({f"g:{ok[0]}"} if ok and key not in s.defined else set())
            kept.append(c)
    s.cands = kept


