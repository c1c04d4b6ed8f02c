"""Organizations named by the words around them, and the phrase test for affiliations.

An employer after a title and a dash ("Head of Policy - Amazon"), after a business title ("CEO
of Acme Logistics") or, for names in another language, after a title and a comma ("Head of
Audit, Receita Aduaneira da Ruritania"); a regional office named by its network's short form and
its region ("RILO Eastern Europe"). `org_from_phrase` tells whether an affiliation phrase names
an organization, for the people and resolve steps.
"""

from __future__ import annotations

from functools import cache

from . import lexicon
from .document import Document
from .language import LANGUAGES
from .models import Organization
from .org_head_first import find_names
from .org_head_first import vocab as head_first_vocab
from .org_keys import name_keys
from .org_rules import (
    CHUNK,
    find_in_words,
    generic_only,
    generic_rest,
    is_place,
    unit_head,
)
from .org_words import (
    TOKEN,
    Scan,
    bare,
    connectors,
    foreign_particles,
    gazetteer,
    gazetteer_forms,
    heads,
    instrument_forms,
    looks_like_acronym,
    not_names,
    office_of_position,
    split_words,
    trim_possessive,
    words_of,
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

#: Text each rule cannot match without (a literal of its pattern): where none occurs, it is not run.
_DASH_NEEDS = (" - ",)
_COMMA_NEEDS = tuple(f" {p} " for p in foreign_particles())
_REGIONAL_NEEDS = tuple(e["acronym"] for e in gazetteer() if e.get("regional") and e.get("acronym"))


def _may_match(text: str, needs: tuple[str, ...]) -> bool:
    return any(n in text for n in needs)


def scan_regional(s: Scan) -> None:
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


def scan_title_dash(s: Scan) -> None:
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


@cache
def _state_words() -> frozenset[str]:
    return frozenset(w for code in LANGUAGES for w in words_of("state_words", code))


@cache
def _head_first_heads() -> frozenset[str]:
    return frozenset(h for code in LANGUAGES for v in [head_first_vocab(code)] if v is not None for h in v.heads)


def _names_state(first: str) -> bool:
    """ "République du Congo": the formal name of a state, in any language the parser reads (the
    caller may not say which language the phrase is in)."""
    return first in _state_words()


def _head_first_phrase(doc: Document, start: int, end: int, lang: str) -> Organization | None:
    """ "l'Administration des douanes du Maroc", "les douanes suisses": in a language whose names
    open on their head, the phrase names the organization whose name ends it."""
    names = [f for f in find_names(doc.text[start:end], lang) if f.end == end - start]
    if not names:
        return None
    mention = doc.mention(start + names[0].start, end, "org_from_phrase")
    return Organization(name=mention.text, acronym=None, mentions=[mention])


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
    named = _head_first_phrase(doc, start, end, lang)
    if named is not None:
        return named
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
    if is_place(phrase, lang) or phrase in not_names(lang) or phrase in instrument_forms() or _names_state(words[0].text):
        return None  # a country is no employer, and "A-CIP" is a programme
    if len(words) == 1 and phrase in _head_first_heads():
        return None  # "Président du Conseil": a body word alone, as "Council" is
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

RULES: tuple[Rule, ...] = (AFTER_TITLE_DASH, AFTER_COMPANY_TITLE, AFTER_TITLE_COMMA, REGIONAL_OFFICE)
