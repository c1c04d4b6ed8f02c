"""Names read around a head word ("Programme", "Convention", "Operation"), token by token.

A name is a head with capitalized modifiers to its left ("Revised Kyoto Convention"), name words
to its right for heads that may open a name ("Operation NORTHWIND III"), and capitalized
continuations joined by of/on/for/... ("Valdoria Resolution on the Guiding Principles for Postal
Traffic"). Every stop condition is a plain test on tokens (`initiative_rules.Tok`), so no regex
here needs to backtrack.

A head written in lower case ("programme", "project") names one initiative only after a proper
name ("the Mercator programme", "the KORVANA project"), spelled out in capitals or coined: not
after a place, a body, a known instrument's short form ("the SAFE programme" is the SAFE
Framework) or a short form of two or three letters alone ("the AEO programme", "a PCA programme":
a kind of programme). Capitalized, the same words name one ("the Ruritania AEO Programme"), and
so does the spelled-out name ("the Authorized Economic Operator (AEO) programme").
"""

from __future__ import annotations

from bisect import bisect_left

from .initiative_rules import (
    Cand,
    Head,
    Scan,
    Tok,
    adjacent,
    fold,
    head_word,
    is_acronym,
    is_place,
)


def _left(sc: Scan, h: int, lowered: bool) -> tuple[list[int], str | None, tuple[int, int] | None]:
    """Modifier tokens left of head h, and a short form written between them and the head."""
    toks, v, text = sc.toks, sc.v, sc.text
    acr, acr_span, k = None, None, h - 1
    if k >= 1 and toks[k].kind == "paren" and is_acronym(toks[k].text) and toks[k - 1].cap and adjacent(text, toks[k - 1], toks[k]) \
            and adjacent(text, toks[k], toks[h]):
        acr, acr_span, k = toks[k].text[1:-1].strip(), (toks[k].start, toks[k].end), k - 1
    mods: list[int] = []
    while k >= 0 and len(mods) < 8 and adjacent(text, toks[k], toks[k + 1]):
        t = toks[k]
        if t.cap or (t.num and toks[k + 1].cap):
            if t.text in v.org or (lowered and not mods and sc.head_at(k)):
                break
        elif not (t.text in ("and", "&") and mods and k >= 1 and toks[k - 1].cap and not sc.head_at(k - 1)):
            break
        mods.insert(0, k)
        k -= 1
    while mods and (toks[mods[0]].text in v.join | v.skip):
        mods.pop(0)
    if mods and sc.at_sentence_start(mods[0]) and not toks[mods[0]].allcaps and toks[mods[0]].text.endswith(("ing", "ed", "ly")):
        mods.pop(0)  # "Entitled Portal ...", "Pursuing the ..."
        while mods and toks[mods[0]].text in v.join:
            mods.pop(0)
    return mods, acr, acr_span


def _after_first(sc: Scan, j: int, head: Head) -> int:
    """End of the name words after a head that may open a name: 'Operation X', 'Resolution 71/209'.
    Heads without the `name` flag need a number, a short form or two words ('Programme Global Shield')."""
    toks, v = sc.toks, sc.v
    taken: list[Tok] = []
    while j < len(toks) and len(taken) < 4 and adjacent(sc.text, toks[j - 1], toks[j]):
        t = toks[j]
        if t.num or t.allcaps or (t.kind == "word" and t.text in ("I", "V", "X")):
            taken.append(t)
        elif t.cap and t.text not in sc.persons | v.skip | v.org | v.weak and not t.text.endswith("ed"):
            taken.append(t)
        else:
            break
        j += 1
    if head.name or len(taken) >= 2 or any(t.num or t.allcaps or len(t.text) == 1 for t in taken):
        return j
    return j - len(taken)


def _chunk_ok(sc: Scan, chunk: list[Tok], c: int, conts: int) -> bool:
    """May this capitalized group continue a name? Not 'for Members'; a body only before 'on ...'."""
    toks, v = sc.toks, sc.v
    if not chunk or (conts == 0 and len(chunk) == 1 and chunk[0].text in v.weak) or is_place(" ".join(x.text for x in chunk)):
        return False
    body = chunk[-1].text in v.org or fold(" ".join(x.text for x in chunk)) in sc.orgs
    if body or all(sc.org_token(x) or x.text in sc.persons for x in chunk):
        # "Resolution of the Policy Commission on ...": a body may sit inside a longer name.
        more = c + 2 < len(toks) and toks[c].text in v.join - {"and", "the", "&"}
        return body and more and (toks[c + 1].cap or (toks[c + 1].text == "the" and toks[c + 2].cap))
    return True


def _continuation(sc: Scan, j: int) -> tuple[int, int]:
    """Extend past 'of/on/for/... [the] Capitalized Words' groups: (next token index, groups taken)."""
    toks, v, text = sc.toks, sc.v, sc.text
    conts = 0
    while j < len(toks) and conts < 6:
        t = toks[j]
        if t.text not in v.join or t.text == "the" or not adjacent(text, toks[j - 1], t) or (t.text == "in" and not conts):
            break
        conj = t.text in ("and", "&")
        k = j + 2 if j + 1 < len(toks) and toks[j + 1].text in ("the", "a", "an") and not conj else j + 1
        if k >= len(toks) or not adjacent(text, toks[k - 1], toks[k]):
            break
        if toks[k].text == '"':  # 'Regional Strategy on "Shared Laboratories"'
            close = next((c for c in range(k + 1, min(k + 14, len(toks))) if toks[c].text == '"'), None)
            if close is None or close == k + 1 or not toks[k + 1].cap:
                break
            j, conts = close + 1, conts + 1
            continue
        c = k
        while c < len(toks) and c - k < 8 and (toks[c].cap or (toks[c].num and c > k)) and (c == k or adjacent(text, toks[c - 1], toks[c])):
            c += 1
        if not _chunk_ok(sc, toks[k:c], c, conts) or (conj and any(sc.head_at(x) for x in range(k, c))):
            break
        j, conts = c, conts + 1
    return j, conts


def _owner_parts(sc: Scan, t: Tok) -> bool:
    """ "WCO-EU", "WCO/JICA": short forms of bodies joined, owners rather than a name."""
    parts = [p for p in t.text.replace("/", "-").split("-") if p]
    return bool(parts) and all(p in sc.prefixes or fold(p) in sc.orgs for p in parts)


def _good_lower_mods(sc: Scan, mods: list[Tok]) -> bool:
    """'Harbour City resolution', 'the KORVANA project' name one; 'Customs programme', 'Kenya
    programme', 'the EU-funded project' do not, nor a short short form: 'the AEO programme' is a
    kind of programme (see `initiative_words.txt`)."""
    words = " ".join(t.text for t in mods)
    if not mods or any(t.text in sc.v.weak | sc.v.skip for t in mods) or fold(words) in sc.orgs:
        return False
    if len(mods) == 1 and mods[0].text in sc.v.plain:
        return False
    if any(t.text.rpartition("-")[2].islower() for t in mods):
        return False  # "EU-funded", "WCO-led": a description
    if words in sc.known or all(_owner_parts(sc, t) for t in mods):
        return False  # "the SAFE programme" is the SAFE Framework; "the WCO-EU project" describes
    if len(mods) == 1 and mods[0].allcaps and sum(c.isalpha() for c in mods[0].text) < 4:
        return False
    return not is_place(words) and not is_place(mods[0].text)


def scan_heads(sc: Scan) -> list[Cand]:
    """Every name built around a head word, left to right, each token used at most once."""
    toks, v, text = sc.toks, sc.v, sc.text
    out: list[Cand] = []
    if not v.native:
        return out
    heads, starts = sc.heads, sc.head_starts
    h = 0
    while h < len(toks):
        at = bisect_left(starts, h)  # the next token that opens a head
        if at == len(starts):
            break
        h = starts[at]
        head, n, word, lowered = heads[h]
        mods, acr, acr_span = _left(sc, h, lowered)
        real = [m for m in mods if toks[m].text not in v.join and not sc.org_token(toks[m])]
        j = _after_first(sc, h + n, head) if head.first and not real and not lowered else h + n
        named_after = j > h + n
        nxt = toks[j] if j < len(toks) and adjacent(text, toks[j - 1], toks[j]) else None
        if nxt is not None and nxt.cap and (nxt.text in v.org or not (real or named_after)):
            h = j  # "Basel Convention Secretariat" is a body; "Programme Manager" a post
            continue
        j, conts = _continuation(sc, j)
        bare = not real and not named_after and not conts
        if (lowered and (conts or not _good_lower_mods(sc, [toks[m] for m in real]))) or (head.cont and not conts):
            h = j
            continue
        if sc.in_title(toks[h].start) and not named_after and acr is None:
            # In a Title Case headline capitals prove nothing: the name must open on a short form.
            caps = [m for m in real if toks[m].allcaps]
            if not caps:
                h = j
                continue
            mods = mods[mods.index(caps[0]) :]
        start, end = toks[mods[0]].start if mods else toks[h].start, toks[j - 1].end
        kind = head.kind
        for x in range(h + n, j if named_after else h + n):
            inner = sc.head_at(x)
            kind = inner[0].kind if inner else kind  # "Project Atlas Database" is a database
        after = toks[j] if j < len(toks) and adjacent(text, toks[j - 1], toks[j]) else None
        if acr is None and after is not None and after.kind == "paren" and is_acronym(after.text) and fold(after.text) not in sc.orgs:
            acr = after.text[1:-1].strip()
        standalone = bare and head.bare and h > 0 and toks[h - 1].text == "the"
        out.append(Cand(start, end, sc.name_text(start, end, acr_span), kind, "initiative.head_name", head=head_word(word),
                        acronym=acr, acr_span=acr_span, bare=bare, standalone=standalone))
        h = j
    return out
