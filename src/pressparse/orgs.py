"""Organizations: gazetteer, acronym definitions, Customs administrations, standing bodies.

Candidates come from five sources: names ending in an organization head word ("Kenya Revenue
Authority", "Ministry of Finance"), names opening on one in languages that write them so
("Organisation mondiale des douanes", `org_head_first`), acronym definitions ("... Public Revenue
(AFIP)") and later uses of the acronym, the gazetteer `data/organizations.json` (names, aliases,
short forms), and the words around a name (`org_employers`: "Head of Policy - Amazon"). Some
head-word names are not bodies: a secretariat of an organization ("the WTO Secretariat") or an
office that speaks for one ("the WCO Press Office"), a venue ("the Harbour Conference Centre",
nothing inside it counts either; "at the National Customs School"), a unit of a body named next
to it ("the Audit Bureau of the Ruritania Revenue Authority": only the authority) and web
furniture at the top of the page. Nested candidates inside another name's core are dropped, then
candidates sharing a key (`org_keys`) are merged into one Organization that keeps every mention.
"""

from __future__ import annotations

from bisect import bisect_right

from .acronyms import RULES as SHORT_FORM_RULES
from .acronyms import (
    scan_definitions,
    scan_gazetteer,
    settle_gazetteer_shorts,
)
from .document import Document
from .header import is_boilerplate
from .models import Organization
from .org_employers import RULES as EMPLOYER_RULES
from .org_employers import org_from_phrase, scan_regional, scan_title_dash
from .org_head_first import RULES as HEAD_FIRST_RULES
from .org_head_first import find_names
from .org_head_first import vocab as head_first_vocab
from .org_keys import name_keys
from .org_rules import (
    CHUNK,
    find_in_words,
    generic_only,
    is_place,
    join_customs_tails,
    linked_by_of,
    tail_is_body,
    tail_start,
    unit_head,
)
from .org_rules import RULES as PHRASE_RULES
from .org_words import (
    LANG,
    TOKEN,
    Cand,
    Found,
    Scan,
    Word,
    bare,
    connectors,
    fold,
    heads,
    instrument_at,
    is_school_venue,
    is_venue,
    office_of_position,
    secretariat_of_body,
    split_words,
    trim_possessive,
    words_of,
)
from .rules import Rule

__all__ = ["RULES", "find_organizations", "org_from_phrase"]

TAIL_LIST = Rule(
    name="org_tail_list",
    pattern=rf"\G(?:, {TOKEN}(?: {TOKEN}){{0,2}}){{1,3}},? (?:and|&) {TOKEN}(?: {TOKEN}){{0,3}}",
    examples=(", Lima and Oslo Conventions", ", Industry, Trade and Tourism"),
    rejects=(" and the Council", ", and other bodies", ", and Mr"),
    doc="The rest of a list in a tail: 'Secretariat of the Abuja, Lima and Oslo Conventions'.",
)

#: Lines at the top of a release that may hold web furniture (navigation, language notices).
_HEADER_LINES = 12

RULES: tuple[Rule, ...] = (*PHRASE_RULES, *SHORT_FORM_RULES, *EMPLOYER_RULES, *HEAD_FIRST_RULES, TAIL_LIST)


def _scan_chunks(s: Scan) -> None:
    """Names ending in a head word, in every capitalized chunk of the text."""
    text = s.doc.text
    for m in CHUNK.finditer(text, warnings=s.warnings):
        start, end = m.span()
        s.chunks[end] = start
        if text.find(" ", start, end) < 0:
            continue  # one word: no name (see `find_in_words`)
        words = split_words(text, start, end)
        founds = join_customs_tails(words, find_in_words(words, s.lang), s.lang)
        for i, f in enumerate(founds):
            if secretariat_of_body(words, f, s.lang) or office_of_position(words, f, s.lang):
                continue  # "the WTO Secretariat": the WTO itself is still found by its name
            owner = _office_owner(words, f, s.lang)
            if owner is not None:
                if owner.last >= owner.first:
                    _add_found(s, words, owner, end)
                continue  # "the RRA Press Office": a part of the RRA, which is an organization
            if is_venue(words, f, s.lang) or is_school_venue(text, words, f, s.lang):
                s.skip_zones.append((words[f.first].start, words[f.last].end))
                continue  # "the United Nations Conference Centre": a building, and no body inside it
            owner_next = i + 1 < len(founds) and linked_by_of(words, f.last, founds[i + 1].first, s.lang)
            if unit_head(words, f, s.lang, owner_next) and not generic_only(words, f, s.lang):
                if f.has_tail and tail_is_body(words, f, s.lang):  # "the Audit Bureau of the X Authority": X
                    _add_found(s, words, Found(tail_start(words, f, s.lang), f.last, f.last), end)
                continue  # "the Compliance Department": a unit inside a body, unless it has a place
            if generic_only(words, f, s.lang) and not _after_article(text, words[f.first].start, s.lang):
                continue
            _add_found(s, words, f, end)


def _office_owner(words: list[Word], f: Found, lang: str) -> Found | None:
    """For an office that speaks for a body ("Press Office"), the body's name when the chunk
    writes it whole (an empty Found when it does not); None for any other name."""
    offices = words_of("office_heads", lang)
    if f.core_last == f.first or f"{words[f.core_last - 1].text} {words[f.core_last].text}" not in offices:
        return None
    if f.has_tail and tail_is_body(words, f, lang):  # "Press Office of the Ruritania Revenue Authority"
        return Found(tail_start(words, f, lang), f.last, f.last)
    before = words[f.first : f.core_last - 1]
    whole = [g for g in find_in_words(before, lang) if g.first == 0 and g.last == len(before) - 1]
    if whole:  # "the Ruritania Revenue Authority Press Office"
        return Found(f.first + whole[0].first, f.first + whole[0].last, f.first + whole[0].core_last)
    return Found(1, 0, 0)  # "the WCO Press Office": the WCO is found by its name


def _scan_english_names(s: Scan) -> None:
    """ "Valdoria Logistics Group", "Harbour Zones Corporation" in a French release: names written
    in English, every word capitalized and ending in an English head that is no head of the text's
    language."""
    en = Scan(s.doc, LANG, s.warnings)
    _scan_chunks(en)
    v = head_first_vocab(s.lang)
    own = v.heads if v is not None else {}
    elided = {w.lower() for w in (v.connectors if v is not None else {}) if w.endswith("'")}
    joins = {w for w, role in connectors(LANG).items() if role == "join"}
    text = s.doc.text
    for c in en.cands:
        cut = max((text.rfind(e, c.start, c.end) for e in elided), default=-1)
        if cut >= 0 and (cut == c.start or text[cut - 1] == " "):  # "Président d'Acme Group": the name opens after "d'"
            c.start = cut + 2
        words = text[c.start : c.end].split()
        if words and words[-1] not in own and all(w[:1].isupper() or w in joins for w in words):
            s.cands.append(c)


def _add_found(s: Scan, words: list[Word], f: Found, chunk_end: int) -> None:
    """A name found in a chunk becomes a candidate; a tailed one also keys its core."""
    text = s.doc.text
    start, core_end = words[f.first].start, words[f.core_last].end
    end = trim_possessive(text, start, _list_end(s, words, f, chunk_end))
    if f.has_tail and bare(words[f.core_last].text) in words_of("secretariat_heads", s.lang):
        at = words[tail_start(words, f, s.lang)].start
        known = instrument_at(text, at)  # "Secretariat of the Convention on International Trade in ..."
        end = max(end, at + len(known)) if known else end
    c = s.add(start, end, core_end, False, "org_head_word", name_keys(text[start:end]))
    if f.has_tail:
        c.core_key = "n:" + fold(text[start:core_end])


def _list_end(s: Scan, words: list[Word], f: Found, end: int) -> int:
    """Where a name whose tail is a list ends ("of the Abuja, Lima and Oslo
    Conventions", "of Trade, Industry and Tourism"): no head words in the list, and either a
    plural noun closes it or no item is a place ("of Finance, Japan and Korea" stops)."""
    if not f.has_tail or f.last != len(words) - 1 or f.last - f.core_last > 4:
        return words[f.last].end
    m = TAIL_LIST.search(s.doc.text, end, min(len(s.doc.text), end + 300))
    if m is None:
        return words[f.last].end
    items = m.group(0).replace(",", " ").split()
    cap = [w for w in items if w[:1].isupper()]
    if any(bare(w) in heads(s.lang) or w[:-1] in heads(s.lang) for w in cap):
        return words[f.last].end
    last = items[-1]
    if len(last) > 3 and last.endswith("s"):  # "... of the Abuja, Lima and Oslo Conventions"
        return int(m.end())
    if not any(is_place(w, s.lang) for w in cap):  # "Ministry of Trade, Industry and Tourism"
        return int(m.end())
    return words[f.last].end


def _after_article(text: str, start: int, lang: str) -> bool:
    """Is the word before `start` a definite article or an owner ("the", "Chile's")?"""
    conn = connectors(lang)
    prev = text[max(0, start - 40) : start].split()
    return bool(prev) and (conn.get(prev[-1].lower()) == "article" or prev[-1].endswith("'s"))


def _drop_nested(s: Scan) -> list[Cand]:
    """Longest first; a candidate inside another's core (or crossing it) is not a mention."""
    kept: list[Cand] = []
    # A kept candidate k blocks c when k.start < c.end and min(k.end, k.core_end) > c.start: the
    # spans [k.start, min(k.end, k.core_end)) of kept candidates are disjoint (a later one that met
    # one was dropped), so one mark per character tells it in time linear in the text.
    marks = bytearray(len(s.doc.text) + 1)
    odd: list[Cand] = []  # kept candidates whose core ends before they start (none expected)
    by_span: dict[tuple[int, int], Cand] = {}
    furniture: dict[int, bool] = {}
    top = [ln.start for ln in s.doc.lines[:_HEADER_LINES]]
    for c in sorted(s.cands, key=lambda c: (-(c.end - c.start), c.start, not c.short)):
        same = by_span.get((c.start, c.end))
        if same is not None:
            same.keys |= c.keys
            same.core_key = same.core_key or c.core_key
            continue
        if not c.short and any(a <= c.start and c.end <= b for a, b in s.title_zones):
            continue
        if any(a <= c.start and c.end <= b for a, b in s.skip_zones):
            continue
        if not c.short and c.end in s.not_org_ends:
            continue
        if marks.find(1, c.start, c.end) >= 0 or any(
                k.start < c.end and min(k.end, k.core_end) > c.start for k in odd):
            continue
        if _in_furniture(s, c, furniture, top):  # last: the costliest test
            continue
        stop = min(c.end, c.core_end)
        if stop > c.start:
            marks[c.start : stop] = b"\x01" * (stop - c.start)
        else:
            odd.append(c)
        kept.append(c)
        by_span[(c.start, c.end)] = c
    return sorted(kept, key=lambda c: c.start)


def _in_furniture(s: Scan, c: Cand, memo: dict[int, bool], starts: list[int]) -> bool:
    """Is `c` inside a top line of web furniture? Each line is judged only once a candidate lies
    in it: most top lines hold none, and judging one is costly. `starts`: the top lines' starts."""
    i = bisect_right(starts, c.start) - 1  # lines never overlap: only this one may hold `c`
    if i < 0 or c.end > s.doc.lines[i].end:
        return False
    if i not in memo:
        ln = s.doc.lines[i]
        memo[i] = is_boilerplate(s.doc.text[ln.start : ln.end])
    return memo[i]


def _clusters(cands: list[Cand]) -> list[list[Cand]]:
    """Union of candidates sharing a key; then a tail-less name joins the one tailed name with its core."""
    parent = list(range(len(cands)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, c in enumerate(cands):
        for k in c.keys:
            if k in owner:
                parent[find(i)] = find(owner[k])
            else:
                owner[k] = i
    cores: dict[str, set[int]] = {}
    for i, c in enumerate(cands):
        if c.core_key:
            cores.setdefault(c.core_key, set()).add(find(i))
    for i, c in enumerate(cands):
        if c.short or (c.core_key and c.rule != "org_head_first"):
            continue  # a head-first name may have a shorter form and be one: "Administration générale des douanes"
        targets = {t for k in c.keys for t in cores.get(k, ()) if find(t) != find(i)}
        if len({find(t) for t in targets}) == 1:
            parent[find(i)] = find(targets.pop())
    groups: dict[int, list[Cand]] = {}
    for i, c in enumerate(cands):
        groups.setdefault(find(i), []).append(c)
    return sorted(groups.values(), key=lambda g: g[0].start)


def _build(doc: Document, group: list[Cand]) -> Organization:
    """Name: the longest written name (else the short form); acronym: the defined or first one."""
    mentions = [doc.mention(c.start, c.end, c.rule) for c in group]
    names = [m.text for c, m in zip(group, mentions) if not c.short]
    shorts = [m for c, m in zip(group, mentions) if c.short]
    defined = [m for m in shorts if m.rule == "org_acronym_definition"]
    acronym = (defined or shorts)[0].text if shorts else None
    name = max(names, key=len) if names else acronym
    return Organization(name=name or "", acronym=acronym, mentions=mentions)


def find_organizations(doc: Document, lang: str = "en", warnings: list[str] | None = None) -> list[Organization]:
    """One Organization per organization the text names, with all its mentions."""
    s = Scan(doc, lang, warnings)
    if heads(lang):
        _scan_chunks(s)
    elif head_first_vocab(lang) is not None:
        _scan_english_names(s)
    by_end = scan_gazetteer(s)
    head_first: dict[int, Cand] = {}
    for f in find_names(doc.text, lang):  # "Organisation mondiale des douanes"
        c = s.add(f.start, f.end, f.end, False, "org_head_first", name_keys(doc.text[f.start : f.end], lang) | f.keys)
        c.core_key = f.core
        head_first[f.end] = c
    scan_definitions(s, by_end, head_first)
    settle_gazetteer_shorts(s)
    if heads(lang):
        scan_title_dash(s)
        scan_regional(s)
    return [_build(doc, g) for g in _clusters(_drop_nested(s))]


