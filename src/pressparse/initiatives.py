"""Named programmes, instruments, tools, databases, operations, campaigns and publications.

Candidates come from five sources: names built around a head word (`initiative_heads`, or
`initiative_head_first` where names open on it: "Programme Mercator"), the gazetteer of
well-known instruments (`data/instruments.json`), "Name (ACR)" definitions of a known short form,
and the cues of `initiative_cues`: quoted yearly themes, quoted or capitalized names followed by a
kind word ("the Green Customs initiative", "the Tradelink system"), and defined names a cue word
governs ("implement the Single Transit Corridor (STC)"). Overlaps
keep the longer span; mentions are then grouped into one entity per initiative (same gazetteer
entry, same name key, same short form, or names the text equates: "X, commonly known as Y"), and
bare heads ("the Programme") join the nearest entity with that head.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from functools import cache
from types import MappingProxyType
from typing import Any, cast, get_args

from . import lexicon
from .document import Document
from .initiative_cues import RULES as CUE_RULES
from .initiative_cues import (
    Quote,
    defined_cands,
    kind_word_cands,
    link_aliases,
    quote_name,
    quotes,
    theme_cands,
)
from .initiative_head_first import scan_heads_first, theme_cands_first
from .initiative_heads import scan_heads
from .initiative_rules import (
    RULES as NAME_RULES,
)
from .initiative_rules import (
    Cand,
    Scan,
    Vocab,
    adjacent,
    fold,
    head_word,
    initials_match,
    is_acronym,
    name_key,
    person_words,
    title_case_lines,
    tokenize,
    vocab,
)
from .models import Initiative, InitiativeKind, Mention, Organization
from .org_head_first import vocab as name_vocab
from .rules import Rule

RULES: tuple[Rule, ...] = (*NAME_RULES, *CUE_RULES)

__all__ = ["RULES", "find_initiatives"]

_KINDS = frozenset(get_args(InitiativeKind))


@dataclass(frozen=True)
class Gazetteer:
    """Well-known instruments: (name, kind, short forms, every name form) per entry."""

    entries: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]
    prefixes: frozenset[str]
    not_initiatives: frozenset[str]
    by_key: Mapping[str, int]
    surfaces: frozenset[str] = frozenset()  # every name and short form as written
    #: (entry, surface, is a short form, the surface's runs of letters and digits or None) in search order
    plan: tuple[tuple[int, str, bool, frozenset[str] | None], ...] = ()
    short_forms: Mapping[str, int] = dataclass_field(default_factory=dict)  # short form -> entry (the last that has it)
    by_run: Mapping[str, tuple[int, ...]] = dataclass_field(default_factory=dict)  # a run -> plan steps with it


@cache
def gazetteer() -> Gazetteer:
    data: Any = lexicon.load_json("instruments.json")
    join = vocab("en").join | frozenset({"de", "du", "des", "la", "le", "les", "sur", "pour"})
    prefixes = frozenset(data["prefixes"])
    entries: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = []
    by_key: dict[str, int] = {}
    for i, e in enumerate(data["instruments"]):
        names = (e["name"], *e["aliases"], *e["fr"])
        entries.append((e["name"], e["kind"], tuple(e["acronyms"]), tuple(names)))
        for n in names:
            by_key.setdefault(name_key(n, prefixes, join), i)
    surfaces = frozenset(x for _, _, acrs, names in entries for x in (*acrs, *names))
    generic = frozenset(fold(n) for n in data["not_initiatives"])
    plan = tuple(
        (idx, surface, acr, _runs_of(surface))
        for idx, (_, _, acronyms, names) in enumerate(entries)
        for surface, acr in [(n, False) for n in names] + [(a, True) for a in acronyms]
    )
    short_forms = MappingProxyType({a: i for i, e in enumerate(entries) for a in e[2]})
    by_run: dict[str, list[int]] = {}
    for step, (_, _, _, needs) in enumerate(plan):  # any one run of the surface will do; "": always searched
        by_run.setdefault(min(needs) if needs is not None else "", []).append(step)
    return Gazetteer(tuple(entries), prefixes, generic, MappingProxyType(by_key), surfaces, plan, short_forms,
                     MappingProxyType({k: tuple(v) for k, v in by_run.items()}))


#: A run of letters and digits exactly as `str.isalnum` has them (`[^\W_]` is `isalnum` in `re`),
#: bounded: a longer run is cut, and a surface holding one is always searched.
_ALNUM_RUN = re.compile(r"[^\W_]{1,64}")


def _runs_of(surface: str) -> frozenset[str] | None:
    """The runs of letters and digits in a surface, which a bounded mention of it shows whole in
    the text (None: none, or one too long to tell)."""
    runs = _ALNUM_RUN.findall(surface)
    return frozenset(runs) if runs and all(len(r) < 64 for r in runs) else None


def _bounded(text: str, start: int, end: int) -> bool:
    """No letter or digit glued to either side of the slice."""
    return not (start > 0 and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum())


def _gazetteer_cands(sc: Scan, g: Gazetteer) -> list[Cand]:
    """Every literal mention of a well-known instrument's name or short form, longest first."""
    text, found = sc.text, []
    runs = frozenset(_ALNUM_RUN.findall(text))
    # Only surfaces whose every run of letters and digits is a whole word of the text can have a
    # bounded mention; the index narrows them to those with one such run, in gazetteer order.
    steps = [j for r in g.by_run.keys() & runs for j in g.by_run[r]] + list(g.by_run.get("", ()))
    for step in sorted(steps):
        idx, surface, acr, needs = g.plan[step]
        if needs is not None and not needs <= runs:
            continue
        pos = text.find(surface)
        while pos >= 0:
            if _bounded(text, pos, pos + len(surface)):
                found.append((pos, pos + len(surface), idx, acr))
            pos = text.find(surface, pos + 1)
    starts: list[int] = []  # mentions kept: disjoint, sorted, so their ends are sorted too
    ends: list[int] = []
    out: list[Cand] = []
    for start, end, idx, acr in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        i = bisect_left(starts, end)  # kept mentions that start before this one ends
        if i > 0 and ends[i - 1] > start:
            continue
        j = bisect_left(starts, start)
        starts.insert(j, start)
        ends.insert(j, end)
        tail = text[end : end + 40].split()
        if tail and tail[0].strip(".,;:") in sc.v.org:
            continue  # "the CITES Secretariat", "the HS Committee": a body, not the instrument
        before = text[max(0, start - 12) : start]
        if before.endswith(" ") and before.split() and before.split()[-1] in sc.prefixes:
            start -= len(before) - before.rfind(before.split()[-1])  # "WCO Data Model" as written
        rule = "initiative.gazetteer_acronym" if acr else "initiative.gazetteer"
        out.append(Cand(start, end, sc.name_text(start, end), g.entries[idx][1], rule, gaz=idx, acr_only=acr,
                        acronym=_paren_after(sc, start, end)))
    return out


def _paren_after(sc: Scan, start: int, end: int) -> str | None:
    """ "(RKC)" right after a name, when one of the name's words opens with its first letter
    ("Advisers of the Mercator Programme (AMP)": the advisers' short form, not the programme's)."""
    rest = sc.text[end : end + 64]
    inner = rest[1 : rest.index(")") + 1] if rest.startswith(" (") and ")" in rest else ""
    if not inner or not is_acronym(inner) or fold(inner) in sc.orgs:
        return None
    initials = {fold(w)[:1] for w in sc.text[start:end].split()}
    return inner[1:-1].strip() if fold(inner)[:1] in initials else None


def _acronym_definitions(sc: Scan, g: Gazetteer) -> list[Cand]:
    """'the Customs Enforcement Net (CEN)': a name that spells a known short form."""
    known = g.short_forms
    toks, out = sc.toks, []
    for p in sc.parens:
        acr = toks[p].text[1:-1].strip()
        if acr not in known:
            continue
        left: list[int] = []
        k = p - 1
        while k >= 0 and len(left) < 12 and adjacent(sc.text, toks[k], toks[k + 1]) and (toks[k].cap or toks[k].text in sc.v.join):
            left.insert(0, k)
            k -= 1
        for s in range(len(left) - 1, -1, -1):
            if toks[left[s]].cap and initials_match([toks[x].text for x in left[s:]], acr, sc.v.join):
                first = left[s] - 1 if left[s] > 0 and sc.org_token(toks[left[s] - 1]) else left[s]
                start, end = toks[first].start, toks[p - 1].end
                out.append(Cand(start, end, sc.name_text(start, end), g.entries[known[acr]][1],
                                "initiative.acronym_definition", acronym=acr, gaz=known[acr]))
                break
    return out


def _expansion(sc: Scan, c: Cand) -> Cand:
    """'Operation STOP (Seizures of Tobacco and Other Products)': short form and alias."""
    last = c.name.split()[-1] if c.name.split() else ""
    rest = sc.text[c.end : c.end + 120]
    if c.acronym is None and len(last) >= 2 and last.isupper() and rest.startswith(" (") and ")" in rest:
        inner = rest[2 : rest.index(")")]
        if inner[:1].isupper() and initials_match(inner.split(), last, sc.v.join):
            return replace(c, acronym=last, alias=" ".join(sc.source[c.end + 2 : c.end + 2 + len(inner)].split()))
    return c


def _is_speech(content: str, v: Vocab) -> bool:
    """Quoted words someone said, not a quoted title: long, or a clause ending in punctuation."""
    words = content.split()
    clause = content.rstrip()[-1:] in ".!?," and any(w.islower() and len(w) >= 4 and w not in v.join for w in words)
    return len(words) > 16 or clause


def _fit_quote(sc: Scan, c: Cand, q: Quote | None) -> Cand:
    """Inside a short quoted title, a name must open it; one that opens it takes the whole quote
    ('"BLUE SHIELD Operation Sahel"'), one that does not only adds a mention."""
    if q is None or not (q[0] <= c.start and c.end <= q[1]) or c.rule == "initiative.theme":
        return c
    content = sc.text[q[0] : q[1]]
    if _is_speech(content, sc.v):
        return c
    if not content.strip().startswith(sc.text[c.start : c.end]):
        return replace(c, nested=True)
    span = quote_name(sc, q)
    tail = sc.text[c.end : span[1]].strip() if span else ""
    if span and c.rule == "initiative.head_name" and tail[:1].isupper() and tail.count(" ") < 4:
        return replace(c, end=span[1], name=sc.name_text(c.start, span[1], c.acr_span))
    return c


def _resolve_overlaps(cands: list[Cand], quotes: list[Quote], sc: Scan, g: Gazetteer) -> list[Cand]:
    """Longer spans win; a span inside a longer one only adds a mention; same spans merge."""
    kept: list[Cand] = []
    at: dict[tuple[int, int], int] = {}
    active: list[Cand] = []  # kept names that may still cover a later candidate
    starts = [q[0] for q in quotes]
    for c in sorted(cands, key=lambda c: (c.start, c.start - c.end)):
        if c.gaz is None and (gaz := g.by_key.get(name_key(c.name, sc.prefixes, sc.v.join))) is not None:
            c = replace(c, gaz=gaz)
        same = at.get((c.start, c.end))
        if same is not None:
            k = kept[same]
            kind = g.entries[c.gaz][1] if c.gaz is not None and k.gaz is None else k.kind
            kept[same] = replace(k, gaz=k.gaz if k.gaz is not None else c.gaz, acronym=k.acronym or c.acronym,
                                 kind=kind, alias=k.alias or c.alias)
            continue
        active = [k for k in active if k.end > c.start]
        if any(k.start <= c.start and c.end <= k.end for k in active):
            c = replace(c, nested=True)
        elif any(k.start < c.start < k.end < c.end for k in active):
            continue
        i = bisect_right(starts, c.start) - 1
        c = _fit_quote(sc, c, quotes[i] if i >= 0 else None)
        at[(c.start, c.end)] = len(kept)
        kept.append(c)
        if not c.nested:
            active.append(c)
    return kept


def _cut_off(c: Cand, text: str) -> bool:
    """A name that runs into the end of a text cut mid-sentence may be incomplete."""
    end = len(text.rstrip())
    return c.end >= end - 1 and text[end - 1 : end] not in (".", "!", "?", '"', ")")


def _group(cands: list[Cand], sc: Scan) -> list[list[Cand]]:
    """One group per initiative: mentions sharing a gazetteer entry, a name key or a short form."""
    def keys(c: Cand) -> set[str]:
        out = {f"gaz:{c.gaz}"} if c.gaz is not None else set()
        if c.acr_only:
            out.add(f"acr:{c.name}")
        elif c.gaz is None:
            out.add(f"key:{name_key(c.name, sc.prefixes, sc.v.join)}")
        out |= {f"link:{c.link}"} if c.link else set()
        return out | ({f"acr:{c.acronym}"} if c.acronym else set())

    groups: list[tuple[set[str], list[Cand]]] = []
    for c in (c for c in cands if not c.nested and not c.bare):
        ks, members = keys(c), [c]
        for g in [g for g in groups if g[0] & ks]:
            ks |= g[0]
            members += g[1]
            groups.remove(g)
        groups.append((ks, members))
    for c in (c for c in cands if c.nested and not c.bare):
        hit = next((g for g in groups if g[0] & keys(c)), None)
        if hit is not None:
            hit[1].append(c)
    for c in (c for c in cands if c.bare):
        same = [g for g in groups if any(_has_head(m, c.head) for m in g[1])]
        before = [g for g in same if any(m.start < c.start for m in g[1])]
        if before:
            max(before, key=lambda g: max(m.start for m in g[1] if m.start < c.start))[1].append(c)
        elif same:
            same[0][1].append(c)
        elif c.standalone:
            groups.append(({f"key:{c.name.lower()}"}, [c]))
    return [sorted(g[1], key=lambda c: c.start) for g in groups]


def _has_head(c: Cand, head: str | None) -> bool:
    words = c.name.split()
    if c.acr_only or head is None:
        return False  # below: "Programme" -> "Mercator Programme"; "Cadre" -> "Cadre de normes ..." (head first)
    return c.head == head or (bool(words) and head_word(words[-1]) == head) or (c.head or "").startswith(head + " ")


def _acronym_uses(group: list[Cand], sc: Scan, spans: list[tuple[int, int]]) -> list[Cand]:
    """Later uses of a short form the text defined ('... Programme (MAP)' then 'the MAP')."""
    out: list[Cand] = []
    for acr in {c.acronym for c in group if c.acronym and c.gaz is None}:
        pos = sc.text.find(acr)
        while pos >= 0:
            if _bounded(sc.text, pos, pos + len(acr)) and not any(s <= pos < e for s, e in spans):
                out.append(Cand(pos, pos + len(acr), acr, group[0].kind, "initiative.acronym_mention", acr_only=True))
            pos = sc.text.find(acr, pos + len(acr))
    return out


def _pick_name(full: list[Cand], sc: Scan, canon: str | None) -> str:
    """The name the text uses most; on a tie the gazetteer's short name, else the shortest."""
    counts = Counter(fold(c.name) for c in full)
    tied = [c for c in full if counts[fold(c.name)] == max(counts.values())]
    tied = [c for c in tied if name_key(c.name, sc.prefixes, sc.v.join) == canon] or tied
    top = fold(min(tied, key=lambda c: len(c.name)).name)
    return Counter(c.name for c in full if fold(c.name) == top).most_common(1)[0][0]


def _build(group: list[Cand], doc: Document, sc: Scan, g: Gazetteer) -> Initiative | None:
    named = [c for c in group if not c.acr_only and not c.bare and not c.nested]
    full = named or [c for c in group if not c.acr_only and c.standalone and not c.nested]
    gaz = next((c.gaz for c in group if c.gaz is not None), None)
    shorts = [c for c in group if c.acr_only and not c.nested]
    if not full and not shorts:
        return None
    name = _pick_name(full, sc, name_key(g.entries[gaz][0], sc.prefixes, sc.v.join) if gaz is not None else None) if full else shorts[0].name
    if fold(name) in g.not_initiatives or (gaz is None and fold(name) in sc.orgs):
        return None
    acronyms = Counter(c.acronym for c in group if c.acronym) + Counter(c.name for c in group if c.acr_only)
    acronym = acronyms.most_common(1)[0][0] if acronyms else None
    key, aliases = name_key(name, sc.prefixes, sc.v.join), []
    for alias in (a for c in full for a in (c.name, c.alias) if a):
        if name_key(alias, sc.prefixes, sc.v.join) != key and alias != acronym and alias not in aliases:
            aliases.append(alias)
    quoted = [c.kind for c in group if c.rule in ("initiative.theme", "initiative.quoted_kind")]
    kind = g.entries[gaz][1] if gaz is not None else (quoted or [c.kind for c in full] or [group[0].kind])[0]
    mentions = sorted({(c.start, c.end): doc.mention(c.start, c.end, c.rule) for c in group}.values(), key=lambda m: m.start)
    evidence: dict[str, Mention] = {}
    for field, c in (("name", next((c for c in full if c.name == name), None)),
                     ("acronym", next((c for c in group if c.acr_only and c.name == acronym), None))):
        if c is not None:
            evidence[field] = doc.mention(c.start, c.end, c.rule)
    return Initiative(name=name, acronym=acronym, kind=cast(InitiativeKind, kind if kind in _KINDS else "other"),
                      aliases=aliases, mentions=mentions, evidence=evidence)


def find_initiatives(
    doc: Document, orgs: list[Organization], lang: str = "en", warnings: list[str] | None = None
) -> list[Initiative]:
    """Named initiatives of the release, one per initiative, in order of first mention.
    A name equal to one of `orgs` is left to the organization."""
    v, g = vocab(lang), gazetteer()
    org_keys = frozenset(fold(x) for o in orgs for x in (o.name, o.acronym) if x)
    prefixes = g.prefixes | frozenset(o.acronym for o in orgs if o.acronym and o.acronym.isupper())
    titles = title_case_lines(doc.text, [(ln.start, ln.end) for ln in doc.lines])
    sc = Scan(doc.text, doc.source, tokenize(doc.text, warnings), v, org_keys, prefixes, titles, person_words(lang), g.surfaces)
    found = quotes(sc, warnings)
    first = v.native and name_vocab(lang) is not None  # "Programme Mercator": names open on their head
    heads = scan_heads_first(sc, lang) if first else [_expansion(sc, c) for c in scan_heads(sc)]
    known = _gazetteer_cands(sc, g)
    if first:  # "le Comité du Système harmonisé": a body named after the instrument, as "the HS Committee"
        inside = [(m.start, m.end) for o in orgs for m in o.mentions]
        known = [c for c in known if not any(a < c.start and c.end <= b for a, b in inside)]
        heads = [c for c in heads if not any(a < c.start and c.end <= b for a, b in inside)]
    cands = [c for c in heads if not c.bare] + known + _acronym_definitions(sc, g)
    cands += theme_cands_first(sc, doc, found) if first else theme_cands(sc, doc, found)
    cands += kind_word_cands(sc, found, lang) + defined_cands(sc)
    kept = [c for c in _resolve_overlaps(cands, found, sc, g) if not _cut_off(c, doc.text)]
    kept = link_aliases(kept, sc.text)
    spans = [(c.start, c.end) for c in kept if not c.nested]
    bare = [c for c in heads if c.bare and not any(s <= c.start < e for s, e in spans)]
    out: list[Initiative] = []
    for group in _group(kept + bare, sc):
        built = _build(group + _acronym_uses(group, sc, spans), doc, sc, g)
        if built is not None and built.mentions:
            out.append(built)
    return sorted(out, key=lambda i: i.mentions[0].start)
