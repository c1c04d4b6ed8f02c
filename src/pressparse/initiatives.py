"""Named programmes, instruments, tools, databases, operations, campaigns and publications.

Candidates come from five sources, each a small function: names built around a head word
(`initiative_rules.scan_heads`), the gazetteer of well-known instruments, "Name (ACR)" definitions
of a known short form, quoted yearly themes, and quoted or capitalized names followed by a kind
word ("the Green Customs initiative"). Overlaps keep the longer span; mentions are then grouped
into one entity per initiative (same gazetteer entry, same name key or same acronym), and bare
heads ("the Programme") join the nearest entity with that head.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from . import lexicon
from .document import Document
from .initiative_rules import (
    KIND_AFTER,
    QUOTED,
    RULES,
    THEME_AFTER,
    THEME_BEFORE,
    Cand,
    Gazetteer,
    Scan,
    Tok,
    Vocab,
    adjacent,
    fold,
    gazetteer,
    head_word,
    initials_match,
    is_acronym,
    name_key,
    person_words,
    scan_heads,
    title_case_lines,
    tokenize,
    vocab,
)
from .models import Initiative, InitiativeKind, Mention, Organization

__all__ = ["RULES", "find_initiatives"]

Quote = tuple[int, int, int, int]  # content start, content end, outer start, outer end


def _bounded(text: str, start: int, end: int) -> bool:
    """The slice is a whole word sequence: no letter or digit glued to either side."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _gazetteer_cands(sc: Scan, g: Gazetteer) -> list[Cand]:
    """Every literal mention of a well-known instrument's name or short form."""
    text, found = sc.text, []
    for idx, e in enumerate(g.entries):
        for surface, acr in [(n, False) for n in e.names] + [(a, True) for a in e.acronyms]:
            pos = text.find(surface)
            while pos >= 0:
                if _bounded(text, pos, pos + len(surface)):
                    found.append((pos, pos + len(surface), idx, acr))
                pos = text.find(surface, pos + 1)
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken: list[tuple[int, int]] = []
    out: list[Cand] = []
    for start, end, idx, acr in found:
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        tail = text[end : end + 40].split()
        if tail and tail[0].strip(".,;:") in sc.v.org:
            continue  # "the CITES Secretariat", "the HS Committee": a body, not the instrument
        head = text[max(0, start - 12) : start]
        words = head.split()
        if words and words[-1] in sc.prefixes and head.endswith(" "):
            start = start - len(head) + head.rfind(words[-1])
        definition = _paren_after(sc, end)
        kind = g.entries[idx].kind
        rule = "initiative.gazetteer_acronym" if acr else "initiative.gazetteer"
        out.append(Cand(start, end, sc.name_text(start, end, None), kind, rule, gaz=idx, acr_only=acr, acronym=definition))
    return out


def _paren_after(sc: Scan, end: int) -> str | None:
    rest = sc.text[end : end + 64]
    if rest.startswith(" (") and ")" in rest:
        inner = rest[1 : rest.index(")") + 1]
        if is_acronym(inner) and fold(inner) not in sc.orgs:
            return inner[1:-1].strip()
    return None


def _acronym_definitions(sc: Scan, g: Gazetteer) -> list[Cand]:
    """'WCO Central Enforcement Network (CEN)': a name spelled by a known short form."""
    known = {a: i for i, e in enumerate(g.entries) for a in e.acronyms}
    toks, out = sc.toks, []
    for p, t in enumerate(toks):
        if t.kind != "paren" or t.text[1:-1].strip() not in known or p == 0:
            continue
        acr = t.text[1:-1].strip()
        left: list[int] = []
        k = p - 1
        while k >= 0 and len(left) < 12 and adjacent(sc.text, toks[k], toks[k + 1]):
            if not (toks[k].cap or toks[k].text in sc.v.join):
                break
            left.insert(0, k)
            k -= 1
        for s in range(len(left) - 1, -1, -1):
            words = [toks[x].text for x in left[s:]]
            if toks[left[s]].cap and initials_match(words, acr, sc.v.join):
                first = left[s]
                if first > 0 and sc.org_token(toks[first - 1]) and adjacent(sc.text, toks[first - 1], toks[first]):
                    first -= 1
                start, end = toks[first].start, toks[p - 1].end
                name = sc.name_text(start, end, None)
                out.append(Cand(start, end, name, g.entries[known[acr]].kind, "initiative.acronym_definition",
                                acronym=acr, gaz=known[acr]))
                break
    return out


def _quotes(sc: Scan, warnings: list[str] | None) -> list[Quote]:
    out: list[Quote] = []
    for m in QUOTED.finditer(sc.text, 0, len(sc.text), warnings):
        grp = "dq" if m.group("dq") is not None else "sq"
        out.append((m.start(grp), m.end(grp), m.start(), m.end()))
    return out


def _clean_quote(sc: Scan, q: Quote) -> tuple[int, int] | None:
    start, end = sc.text[q[0] : q[1]], q[1]
    s = q[0] + len(start) - len(start.lstrip())
    while end > s and sc.text[end - 1] in " ,.;:":
        end -= 1
    words = sc.text[s:end].split()
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()) or len(words) > 16:
        return None
    return s, end


def _owner_ok(owner: str, v: Vocab, context: str) -> bool:
    """A theme belongs to the year (WCO, International Customs Day), not to one meeting."""
    words = set(owner.replace("'s", " ").replace("'", " ").split())
    if words & (v.meeting | v.org):
        return False
    if any(y in words or (" " in y and y in owner) for y in v.yearly):
        return True
    return any(" " in y and y in context for y in v.yearly) or any(f" {y} " in f" {context} " for y in v.yearly if y.isupper() and y != "WCO")


def _theme_cands(sc: Scan, doc: Document, quotes: list[Quote]) -> list[Cand]:
    out: list[Cand] = []
    sentences = doc.sentences
    for q in quotes:
        span = _clean_quote(sc, q)
        if span is None:
            continue
        idx = next((i for i, s in enumerate(sentences) if s.start <= q[2] < s.end), None)
        lo = sentences[idx].start if idx is not None else max(0, q[2] - 90)
        prev = sentences[idx - 1] if idx else None
        context = sc.text[(prev.start if prev else lo) : min(len(sc.text), q[3] + 120)]
        before = THEME_BEFORE.search(sc.text[max(lo, q[2] - 90) : q[2]])
        after = None if before else THEME_AFTER.search(sc.text[q[3] : q[3] + 80])
        m = before or after
        if m is None or not _owner_ok(m.group("owner"), sc.v, context):
            continue
        out.append(Cand(span[0], span[1], sc.name_text(*span, None), "campaign", "initiative.theme"))
    return out


def _kind_word_cands(sc: Scan, quotes: list[Quote]) -> list[Cand]:
    """'the "One Belt One Road" initiative', 'the Green Customs initiative', 'the Gainde system'."""
    out: list[Cand] = []
    for q in quotes:
        span = _clean_quote(sc, q)
        m = KIND_AFTER.search(sc.text[q[3] : q[3] + 24])
        if span is None or m is None or len(sc.text[span[0] : span[1]].split()) > 8 or span[1] != q[1]:
            continue
        kind = sc.v.heads.get(m.group("word").capitalize())
        out.append(Cand(span[0], span[1], sc.name_text(*span, None), kind.kind if kind else "other", "initiative.quoted_kind"))
    toks = sc.toks
    try:
        demonyms = lexicon.table("en/demonyms.txt")
    except (FileNotFoundError, OSError):
        demonyms = lexicon.table("en/initiative_words.txt")
    for i, t in enumerate(toks):
        if t.text not in ("initiative", "concept", "system") or i == 0:
            continue
        k, run = i - 1, []
        while k >= 0 and len(run) < 6 and toks[k].cap and adjacent(sc.text, toks[k], toks[k + 1]):
            run.insert(0, toks[k])
            k -= 1
        while run and run[0].text in sc.v.skip:
            run.pop(0)
        if not run or run[-1].text in sc.v.org or sc.head_at(i - 1) or sc.in_title(t.start):
            continue
        if t.text == "system":
            w = run[0]
            if len(run) != 1 or k < 0 or toks[k].kind != "word" or toks[k].cap or sc.org_token(w):
                continue
            if w.text in sc.v.weak or w.text in demonyms or w.text.endswith(("an", "ese", "ish")):
                continue
            start, end, kind = w.start, t.end, "tool"
        else:
            if len(run) < 2 or all(sc.org_token(x) for x in run):
                continue
            start, end, kind = run[0].start, run[-1].end, "other"
        out.append(Cand(start, end, sc.name_text(start, end, None), kind, "initiative.kind_word"))
    return out


def _expansions(sc: Scan, cands: list[Cand]) -> list[Cand]:
    """'Operation ACIM (Action against Counterfeit and Illicit Medicines)': acronym and alias."""
    out = []
    for c in cands:
        last = c.name.split()[-1] if c.name.split() else ""
        rest = sc.text[c.end : c.end + 120]
        if c.acronym is None and len(last) >= 2 and last.isupper() and rest.startswith(" (") and ")" in rest:
            inner = rest[2 : rest.index(")")]
            if inner and inner[0].isupper() and initials_match(inner.split(), last, sc.v.join):
                c = replace(c, acronym=last, alias=" ".join(sc.source[c.end + 2 : c.end + 2 + len(inner)].split()))
        out.append(c)
    return out


def _resolve_overlaps(cands: list[Cand], quotes: list[Quote], sc: Scan, g: Gazetteer) -> list[Cand]:
    """Longer spans win; a span inside a longer one (or inside a longer quote) is only a mention."""
    cands = sorted(cands, key=lambda c: (c.start, c.start - c.end))
    kept: list[Cand] = []
    for c in cands:
        if c.gaz is None:
            c = replace(c, gaz=g.by_key.get(name_key(c.name, sc.prefixes, sc.v.join)))
        same = next((i for i, k in enumerate(kept) if (k.start, k.end) == (c.start, c.end)), None)
        if same is not None:
            k = kept[same]
            kept[same] = replace(k, gaz=k.gaz if k.gaz is not None else c.gaz, acronym=k.acronym or c.acronym,
                                 kind=g.entries[c.gaz].kind if c.gaz is not None and k.gaz is None else k.kind,
                                 alias=k.alias or c.alias)
            continue
        outer = next((k for k in kept if k.start <= c.start and c.end <= k.end and not k.nested), None)
        if outer is not None:
            c = replace(c, nested=True)
        elif any(k.start < c.start < k.end < c.end for k in kept if not k.nested):
            continue
        for q in quotes:
            inside = q[0] <= c.start and c.end <= q[1] and len(sc.text[q[0] : q[1]].split()) <= 16
            if inside and c.rule != "initiative.theme":
                content = sc.text[q[0] : q[1]].strip()
                if sc.text[c.start : c.end] != content and not content.startswith(sc.text[c.start : c.end]):
                    c = replace(c, nested=True)
                elif c.rule == "initiative.head_name" and sc.text[c.start : c.end] != content:
                    end = q[1] - (len(sc.text[q[0] : q[1]]) - len(sc.text[q[0] : q[1]].rstrip(" ,.;:")))
                    tail = sc.text[c.end : end].strip()
                    if tail and tail.count(" ") < 4 and tail[:1].isupper() and is_acronym(tail) is False:
                        c = replace(c, end=end, name=sc.name_text(c.start, end, c.acr_span))
        kept.append(c)
    return kept


def _cut_off(c: Cand, text: str) -> bool:
    """A name that runs into the end of a text cut mid-sentence may be incomplete."""
    end = len(text.rstrip())
    return c.end >= end - 1 and text[end - 1 : end] not in (".", "!", "?", '"', ")")


def _group(cands: list[Cand], sc: Scan) -> list[list[Cand]]:
    """One group per initiative: mentions sharing a gazetteer entry, a name key or an acronym."""
    def keys(c: Cand) -> set[tuple[str, str]]:
        out = {("gaz", str(c.gaz))} if c.gaz is not None else set()
        if c.acr_only:
            out.add(("acr", c.name))
        elif c.gaz is None and not c.bare:
            out.add(("key", name_key(c.name, sc.prefixes, sc.v.join)))
        if c.acronym:
            out.add(("acr", c.acronym))
        return out

    groups: list[tuple[set[tuple[str, str]], list[Cand]]] = []
    for c in (c for c in cands if not c.nested and not c.bare):
        ks = keys(c)
        hits = [g for g in groups if g[0] & ks]
        merged: tuple[set[tuple[str, str]], list[Cand]] = (set(ks), [c])
        for g in hits:
            merged[0].update(g[0])
            merged[1].extend(g[1])
            groups.remove(g)
        groups.append(merged)
    for c in (c for c in cands if c.nested and not c.bare):
        for g in groups:
            if g[0] & keys(c):
                g[1].append(c)
                break
    for c in (c for c in cands if c.bare):
        heads = [g for g in groups if any(m.head == c.head or _ends_with(m.name, c.head) for m in g[1] if not m.acr_only)]
        before = [g for g in heads if min(m.start for m in g[1]) < c.start]
        pick = (before or heads or [None])[-1 if before else 0] if heads else None
        if before:
            pick = max(before, key=lambda g: max(m.start for m in g[1] if m.start < c.start))
        if pick is not None:
            pick[1].append(c)
        elif c.standalone:
            groups.append(({("key", c.name.lower())}, [c]))
    return [sorted(g[1], key=lambda c: c.start) for g in groups]


def _ends_with(name: str, head: str | None) -> bool:
    words = name.split()
    return bool(head) and bool(words) and head_word(words[-1]) == head


def _defined_acronym_mentions(group: list[Cand], sc: Scan, spans: list[tuple[int, int]]) -> list[Cand]:
    """Later uses of a short form the text defined ('... Programme (MTP)' then 'the MTP')."""
    out: list[Cand] = []
    for acr in {c.acronym for c in group if c.acronym and c.gaz is None}:
        pos = sc.text.find(acr)
        while pos >= 0:
            end = pos + len(acr)
            if _bounded(sc.text, pos, end) and not any(s <= pos < e for s, e in spans):
                out.append(Cand(pos, end, acr, group[0].kind, "initiative.acronym_mention", acr_only=True))
            pos = sc.text.find(acr, end)
    return out


def _build(group: list[Cand], doc: Document, sc: Scan, g: Gazetteer) -> Initiative | None:
    full = [c for c in group if not c.acr_only and (c.standalone or not c.bare) and not c.nested]
    counts = Counter(fold(c.name) for c in full)
    gaz = next((c.gaz for c in group if c.gaz is not None), None)
    if full:
        best = max(counts.values())
        tied = [c for c in full if counts[fold(c.name)] == best]
        canon = name_key(g.entries[gaz].name, sc.prefixes, sc.v.join) if gaz is not None else None
        pick = next((c for c in tied if name_key(c.name, sc.prefixes, sc.v.join) == canon), None)
        top = fold(pick.name) if pick else fold(min(tied, key=lambda c: len(c.name)).name)
        name = Counter(c.name for c in full if fold(c.name) == top).most_common(1)[0][0]
    else:
        acr_mentions = [c for c in group if c.acr_only and not c.nested]
        if not acr_mentions:
            return None
        name = acr_mentions[0].name
    acronyms = Counter(c.acronym for c in group if c.acronym) + Counter(c.name for c in group if c.acr_only)
    acronym = acronyms.most_common(1)[0][0] if acronyms else None
    key = name_key(name, sc.prefixes, sc.v.join)
    if fold(name) in g.not_initiatives or (gaz is None and fold(name) in sc.orgs):
        return None
    aliases: list[str] = []
    for c in full:
        for alias in (c.name, c.alias):
            if alias and name_key(alias, sc.prefixes, sc.v.join) != key and alias != acronym and alias not in aliases:
                aliases.append(alias)
    kinds = [c.kind for c in group if c.rule in ("initiative.theme", "initiative.quoted_kind")]
    kind = g.entries[gaz].kind if gaz is not None else (kinds[0] if kinds else next((c.kind for c in full), group[0].kind))
    mentions = sorted({(c.start, c.end): doc.mention(c.start, c.end, c.rule) for c in group}.values(), key=lambda m: m.start)
    evidence: dict[str, Mention] = {}
    first = next((c for c in full if c.name == name), None)
    if first is not None:
        evidence["name"] = doc.mention(first.start, first.end, first.rule)
    acr_use = next((c for c in group if c.acr_only and c.name == acronym), None)
    if acr_use is not None:
        evidence["acronym"] = doc.mention(acr_use.start, acr_use.end, acr_use.rule)
    return Initiative(name=name, acronym=acronym, kind=_kind(kind), aliases=aliases, mentions=mentions, evidence=evidence)


def _kind(kind: str) -> InitiativeKind:
    allowed: tuple[InitiativeKind, ...] = (
        "programme", "project", "convention", "agreement", "resolution", "declaration", "standard",
        "framework", "guidelines", "tool", "database", "platform", "operation", "campaign", "award",
        "publication", "other",
    )
    return next((k for k in allowed if k == kind), "other")


def find_initiatives(
    doc: Document, orgs: list[Organization], lang: str = "en", warnings: list[str] | None = None
) -> list[Initiative]:
    """Named initiatives of the release, one per initiative, in order of first mention."""
    try:
        return _find(doc, orgs, lang, warnings)
    except (ValueError, KeyError, IndexError, TypeError) as exc:  # odd text never raises
        if warnings is not None:
            warnings.append(f"initiatives: gave up ({type(exc).__name__}: {exc})")
        return []


def _find(doc: Document, orgs: list[Organization], lang: str, warnings: list[str] | None) -> list[Initiative]:
    v, g = vocab(lang), gazetteer()
    org_keys = frozenset(fold(x) for o in orgs for x in (o.name, o.acronym) if x)
    prefixes = g.prefixes | frozenset(o.acronym for o in orgs if o.acronym and o.acronym.isupper())
    titles = title_case_lines(doc.text, [(ln.start, ln.end) for ln in doc.lines])
    sc = Scan(doc.text, doc.source, tokenize(doc.text, warnings), v, org_keys, prefixes, titles, person_words(lang))
    quotes = _quotes(sc, warnings)
    heads = _expansions(sc, scan_heads(sc))
    cands = [c for c in heads if not c.bare]
    cands += _gazetteer_cands(sc, g) + _acronym_definitions(sc, g) + _theme_cands(sc, doc, quotes)
    cands += _kind_word_cands(sc, quotes)
    kept = [c for c in _resolve_overlaps(cands, quotes, sc, g) if not _cut_off(c, doc.text)]
    spans = [(c.start, c.end) for c in kept if not c.nested]
    bare = [c for c in heads if c.bare and not any(s <= c.start < e for s, e in spans)]
    groups = _group(kept + bare, sc)
    out: list[tuple[int, Initiative]] = []
    for group in groups:
        extra = _defined_acronym_mentions(group, sc, spans)
        built = _build(group + extra, doc, sc, g)
        if built is not None and built.mentions:
            out.append((built.mentions[0].start, built))
    return [i for _, i in sorted(out, key=lambda x: x[0])]
