"""Organizations: gazetteer, acronym definitions, Customs administrations, standing bodies.

Candidates come from four sources: names ending in an organization head word ("Kenya Revenue
Authority", "Ministry of Finance"), acronym definitions ("... Public Revenue (AFIP)") and later
uses of the acronym, the gazetteer `data/organizations.json` (names, aliases, short forms), and
employers after a title and a dash ("Head of Policy - Amazon") or, for names in another language,
a comma ("Head of Audit, Receita Aduaneira da Ruritania"). Some head-word names are not bodies: a
secretariat of an organization ("the WTO Secretariat"), a venue ("the Harbour Conference Centre",
nothing inside it counts either; "at the National Customs School"), a unit of a body named next
to it ("the Audit Bureau of the Ruritania Revenue Authority": only the authority) and web
furniture at the top of the page. Nested candidates inside another name's core are dropped, then
candidates sharing a key (normalized name, acronym, gazetteer entry, "Committee on X" = "X
Committee", "Council of the WCO" = "WCO Council") are merged into one Organization that keeps
every mention.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from . import lexicon
from .acronyms import RULES as SHORT_FORM_RULES
from .acronyms import (
    scan_definitions,
    scan_gazetteer,
    settle_gazetteer_shorts,
)
from .document import Document
from .header import is_boilerplate
from .models import Organization
from .org_rules import (
    CHUNK,
    find_in_words,
    generic_only,
    generic_rest,
    is_place,
    join_customs_tails,
    linked_by_of,
    name_keys,
    tail_is_body,
    tail_start,
    unit_head,
)
from .org_rules import RULES as PHRASE_RULES
from .org_words import (
    TOKEN,
    Cand,
    Found,
    Scan,
    Word,
    bare,
    connectors,
    fold,
    foreign_particles,
    gazetteer,
    gazetteer_forms,
    heads,
    instrument_forms,
    is_school_venue,
    is_venue,
    looks_like_acronym,
    not_names,
    office_of_position,
    secretariat_of_body,
    split_words,
    trim_possessive,
)
from .places import canonical_country
from .rules import Rule, alternation

AFTER_TITLE_DASH = Rule(
    name="org_after_title_dash",
    pattern=r"(?m)(?<=[\p{L}.)]) - (" + CHUNK.pattern + r")(?=[ ]{0,3}(?:[,;.)]|and |$))",
    examples=("Head of Policy - Amazon, and", "Director General - Global Express Association."),
    rejects=("2017 - 2018", "Customs - the end", "Head - amazon,"),
    doc="An employer after a title and a spaced dash; the title clause is checked in code.",
)

AFTER_COMPANY_TITLE = Rule(
    name="org_after_company_title",
    pattern=(
        r"(?m)(?<![\p{L}-])"
        + alternation(lexicon.entries("en/org_company_titles.txt"))
        + r" of (?:the )?("
        + CHUNK.pattern
        + r")(?=[ ]{0,3}(?:[,;.)]|and |$))"
    ),
    examples=("Vice-President of Mercado Libre, and", "the CEO of Acme Logistics."),
    rejects=("Director of Tariff Policy,", "President of mercado libre,"),
    doc="An employer after a business title; countries and named bodies are checked in code.",
)

AFTER_TITLE_COMMA = Rule(
    name="org_foreign_after_title",
    pattern=(
        rf"(?<=[\p{{L}}.)]), ({TOKEN}(?: {TOKEN}){{0,4}}(?: "
        + alternation(tuple(sorted(foreign_particles())))
        + rf"(?: {TOKEN}){{1,4}}){{1,3}})(?=[ ]{{0,3}}(?:[,;.)]|and |$))"
    ),
    examples=("Head of Audit, Receita Aduaneira da Ruritania, said", "Director, Agence des Douanes du Ruritania."),
    rejects=("Head of Audit, Receita Aduaneira, said", "Director, Ruritania, and", "in Rio de janeiro,"),
    doc="A name in another language after a title and a comma: the title clause is checked in code.",
)

TAIL_LIST = Rule(
    name="org_tail_list",
    pattern=rf"\G(?:, {TOKEN}(?: {TOKEN}){{0,2}}){{1,3}},? (?:and|&) {TOKEN}(?: {TOKEN}){{0,3}}",
    examples=(", Lima and Oslo Conventions", ", Industry, Trade and Tourism"),
    rejects=(" and the Council", ", and other bodies", ", and Mr"),
    doc="The rest of a list in a tail: 'Secretariat of the Abuja, Lima and Oslo Conventions'.",
)

REGIONAL_OFFICE = Rule(
    name="org_regional_office",
    pattern=(
        r"(?<![\p{L}\p{N}(])"
        + alternation(tuple(e["acronym"] for e in gazetteer() if e.get("regional") and e.get("acronym")))
        + r"(?: (?:and )?\p{Lu}[\p{L}/-]{1,20}){1,4}"
    ),
    examples=("the RILO Eastern Europe", "the ROCB South and East Asia"),
    rejects=("the RILO in Vienna", "(RILO E/E)", "RILOs"),
    doc="A regional office named by its short form and the region it serves.",
)

#: Lines at the top of a release that may hold web furniture (navigation, language notices).
_HEADER_LINES = 12

#: Text each rule cannot match without (a literal of its pattern): where none occurs, it is not run.
_DASH_NEEDS = (" - ",)
_COMMA_NEEDS = tuple(f" {p} " for p in foreign_particles())
_REGIONAL_NEEDS = tuple(e["acronym"] for e in gazetteer() if e.get("regional") and e.get("acronym"))


def _may_match(text: str, needs: tuple[str, ...]) -> bool:
    return any(n in text for n in needs)

RULES: tuple[Rule, ...] = (
    *PHRASE_RULES, *SHORT_FORM_RULES, AFTER_TITLE_DASH, AFTER_COMPANY_TITLE, AFTER_TITLE_COMMA, TAIL_LIST,
    REGIONAL_OFFICE,
)


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


def _add_found(s: Scan, words: list[Word], f: Found, chunk_end: int) -> None:
    """A name found in a chunk becomes a candidate; a tailed one also keys its core."""
    text = s.doc.text
    start, core_end = words[f.first].start, words[f.core_last].end
    end = trim_possessive(text, start, _list_end(s, words, f, chunk_end))
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


def _scan_regional(s: Scan) -> None:
    """ "RILO Eastern Europe": the office for one region, not the network of offices."""
    text = s.doc.text
    blocked = heads(s.lang) | not_names(s.lang) | lexicon.words(f"{s.lang}/org_affiliation_titles.txt")
    for m in REGIONAL_OFFICE.finditer(text, warnings=s.warnings) if _may_match(text, _REGIONAL_NEEDS) else ():
        words = split_words(text, m.start(), m.end())
        keep = 1
        for i, w in enumerate(words[1:], 1):
            if w.text in blocked:
                break
            keep = i + 1
        while keep > 1 and words[keep - 1].text == "and":
            keep -= 1
        if keep > 1:
            end = trim_possessive(text, m.start(), words[keep - 1].end)
            s.add(m.start(), end, end, False, "org_regional_office", name_keys(text[m.start() : end]))


def _employer(s: Scan, start: int, end: int, rule: str) -> tuple[int, int] | None:
    """The employer named by text[start:end]: the first run, not a country or a generic word."""
    text = s.doc.text
    words = split_words(text, start, end)
    conn = connectors(s.lang)
    while words and conn.get(words[0].text.lower()) == "article":
        words = words[1:]
    cut = next((i for i, w in enumerate(words) if conn.get(w.text) == "join"), len(words))
    words = words[:cut]
    if not words:
        return None
    start, end = words[0].start, trim_possessive(text, words[0].start, words[-1].end)
    name = text[start:end]
    if canonical_country(name) is not None or is_place(name, s.lang) or name in not_names(s.lang):
        return None
    if bare(words[-1].text) in heads(s.lang) and not find_in_words(words, s.lang) and generic_rest(words, 0, len(words) - 1, s.lang):
        return None  # "President of the Council": a body word alone
    s.add(start, end, end, False, rule, name_keys(name))
    return start, end


def _scan_title_dash(s: Scan) -> None:
    """ "Head of Public Policy - Amazon": the title clause before the dash must hold a title word."""
    text = s.doc.text
    titles = lexicon.words(f"{s.lang}/org_affiliation_titles.txt")
    for m in AFTER_TITLE_DASH.finditer(text, warnings=s.warnings) if _may_match(text, _DASH_NEEDS) else ():
        clause_start = max(text.rfind(ch, 0, m.start()) for ch in ",;(\n") + 1
        titled = any(w in titles for w in text[clause_start : m.start()].split())
        if titled and _employer(s, m.start(1), m.end(1), AFTER_TITLE_DASH.name):
            s.title_zones.append((clause_start, m.start()))
    for m in AFTER_COMPANY_TITLE.finditer(text, warnings=s.warnings):
        _employer(s, m.start(1), m.end(1), AFTER_COMPANY_TITLE.name)
    for m in AFTER_TITLE_COMMA.finditer(text, warnings=s.warnings) if _may_match(text, _COMMA_NEEDS) else ():
        clause_start = max(text.rfind(ch, 0, m.start()) for ch in ",;(\n") + 1
        clause = text[clause_start : m.start()].split()
        if clause and clause[0] in titles and org_from_phrase(s.doc, m.start(1), m.end(1), s.lang) is not None:
            s.add(m.start(1), m.end(1), m.end(1), False, AFTER_TITLE_COMMA.name, name_keys(m.group(1)))


def _drop_nested(s: Scan) -> list[Cand]:
    """Longest first; a candidate inside another's core (or crossing it) is not a mention."""
    kept: list[Cand] = []
    starts: list[int] = []  # starts of `kept`, sorted, to find overlaps without a full scan
    by_start: list[Cand] = []
    longest = 0
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
        lo, hi = bisect_left(starts, c.start - longest), bisect_left(starts, c.end)
        if any(k.end > c.start and c.start < k.core_end for k in by_start[lo:hi]):
            continue
        if _in_furniture(s, c, furniture, top):  # last: the costliest test
            continue
        longest = max(longest, c.end - c.start)
        i = bisect_left(starts, c.start)
        starts.insert(i, c.start)
        by_start.insert(i, c)
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
        if c.short or c.core_key:
            continue
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
    by_end = scan_gazetteer(s)
    scan_definitions(s, by_end)
    settle_gazetteer_shorts(s)
    if heads(lang):
        _scan_title_dash(s)
        _scan_regional(s)
    return [_build(doc, g) for g in _clusters(_drop_nested(s))]


def org_from_phrase(doc: Document, start: int, end: int, lang: str = "en") -> Organization | None:
    """An organization named by an affiliation phrase ("Amazon", "the Kenya Revenue Authority").

    For the people extractor: a title's "- Amazon" or "of Mercado Libre" names an employer even
    without a head word. Countries, lower-case and long phrases give None.
    """
    text = doc.text
    start, end = doc.strip(max(0, start), min(len(text), end))
    comma = text.find(",", start, end)
    if comma > start:  # "the Public Service of Ruritania, and Mr": the name stops at the comma
        end = comma
    words = split_words(text, start, end)
    conn = connectors(lang)
    while words and conn.get(words[0].text.lower()) == "article":
        words = words[1:]
    if not words or len(words) > 10 or not words[0].cap or not words[-1].cap:
        return None
    particles = foreign_particles(lang) if sum(w.cap for w in words) >= 2 else frozenset()
    if any(not w.cap and w.text not in conn and w.text not in particles for w in words):
        return None  # lower-case words other than "of", "and" or, in a foreign name, "do", "des"
    owner = next((i for i, w in enumerate(words) if w.text.endswith("'s")), len(words) - 1)
    words = words[: owner + 1]  # "the Ruritania Revenue Authority's Commissioner": the owner
    start, end = words[0].start, trim_possessive(text, words[0].start, words[-1].end)
    phrase = text[start:end]
    if is_place(phrase, lang) or phrase in not_names(lang) or phrase in instrument_forms():
        return None  # a country is no employer, and "A-CIP" is a programme
    forms = gazetteer_forms()
    found = find_in_words(words, lang) if heads(lang) else []
    whole = [f for f in found if f.first == 0 and f.last == len(words) - 1]
    part = whole and unit_head(words, whole[0], lang) and not generic_only(words, whole[0], lang)
    if part or (whole and office_of_position(words, whole[0], lang)):
        return None  # "the Risk Management Division", "the Office of the Secretary General": a part of a body
    known = phrase in forms or bool(whole)
    if not known and any(bare(w.text) in heads(lang) for w in words[-1:]) and len(words) == 1:
        return None
    short = phrase if len(words) == 1 and looks_like_acronym(phrase) else None
    mention = doc.mention(start, end, "org_from_phrase")
    return Organization(name=mention.text, acronym=short, mentions=[mention])
