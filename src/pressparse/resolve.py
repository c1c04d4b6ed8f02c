"""Where extractors meet: overlaps between entity types and cross-links, as small named rules.

Each rule takes the lists and returns new lists; `resolve` applies them in order.
"""

from __future__ import annotations

from . import lexicon
from .document import Document
from .models import Event, Initiative, Mention, Organization, Person
from .orgs import org_from_phrase
from .places import canonical_country
from .scoring_text import norm


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(a: Mention, b: Mention) -> bool:
    return b.start <= a.start and a.end <= b.end


def drop_people_inside_names(people: list[Person], orgs: list[Organization], inits: list[Initiative]) -> list[Person]:
    """A 'person' whose every mention lies inside an organization or initiative name is not one."""
    spans = [m for o in orgs for m in o.mentions] + [m for i in inits for m in i.mentions]
    kept = []
    for p in people:
        own = [m for m in p.mentions if not any(_inside(m, s) and (s.end - s.start) > (m.end - m.start) for s in spans)]
        if own or not p.mentions:
            kept.append(p)
    return kept


def drop_initiatives_that_are_orgs(inits: list[Initiative], orgs: list[Organization]) -> list[Initiative]:
    """Same name as an organization: the organization wins (it has the better evidence)."""
    names = {norm(n) for o in orgs for n in (o.name, o.acronym) if n}
    return [i for i in inits if norm(i.name) not in names]


def add_affiliation_orgs(
    doc: Document, people: list[Person], orgs: list[Organization], lang: str = "en"
) -> list[Organization]:
    """An affiliation that names no known organization and no country becomes an organization,
    when the organizations extractor accepts its phrase as an organization's name."""
    known = {norm(n) for o in orgs for n in (o.name, o.acronym) if n}
    known |= {norm(m.text) for o in orgs for m in o.mentions}
    out = list(orgs)
    for p in people:
        aff = p.affiliation
        if not aff or norm(aff) in known or canonical_country(aff) is not None:
            continue
        ev = p.evidence.get("affiliation")
        if ev is None:
            continue
        org = org_from_phrase(doc, ev.start, ev.end, lang)
        if org is None or norm(org.name) in known:
            continue
        out.append(org)
        known.add(norm(org.name))
    return out


def _position_key(title: str) -> str:
    """'Director, Tariff and Trade Affairs' and 'Director of Tariff and Trade Affairs' are one post."""
    return " ".join(w for w in norm(title).split() if w not in {"of", "the", "for"})


def host_affiliations(people: list[Person], orgs: list[Organization], lang: str = "en") -> list[Person]:
    """A host position with no employer ("Secretary General X") belongs to the publishing body."""
    hosts = {o.acronym for o in orgs if o.acronym}
    host = next((h for h in lexicon.entries(f"{lang}/host_organizations.txt") if h in hosts), None)
    if host is None:
        return people
    positions = {_position_key(t) for t in lexicon.entries(f"{lang}/host_positions.txt")}
    out = []
    for p in people:
        if p.affiliation is None and p.title and _position_key(p.title) in positions:
            p = p.model_copy(update={"affiliation": host})
        out.append(p)
    return out


def resolve(
    doc: Document,
    people: list[Person],
    orgs: list[Organization],
    initiatives: list[Initiative],
    events: list[Event],
    lang: str = "en",
) -> tuple[list[Person], list[Organization], list[Initiative], list[Event]]:
    initiatives = drop_initiatives_that_are_orgs(initiatives, orgs)
    people = drop_people_inside_names(people, orgs, initiatives)
    people = host_affiliations(people, orgs, lang)
    orgs = add_affiliation_orgs(doc, people, orgs, lang)
    return people, orgs, initiatives, events
