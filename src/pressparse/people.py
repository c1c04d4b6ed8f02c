"""People: honorifics, names, titles and affiliations, and later mentions linked to the first.

A person is found from an anchor that licenses a name: an honorific ("Ms. Amara Okafor"), a
position before the name ("Director General Amara Okafor"), a position set off by commas before
or after a name of two words or more ("Amara Okafor, Chair of the Council,"), a relation noun
("her predecessor, Amara Okafor,") or a press-contact block (a name on a line near an e-mail
address or a phone number); a plural honorific ("Messrs. A and B") licenses each name listed.
Capitalized runs without such an anchor are never read as people, which keeps organizations,
events and headings out. Mentions are then grouped (a family name alone, "Minister Okafor",
joins the full name) and each person takes the first honorific, title, affiliation and country
stated for them. A position is read before the name, after it
(", Chair of ...", "(Senior Officer)") or as a role taken on ("as Vice-Chair", "was elected
Chair of ..."); the person's own body ("Ms. X of SARS as Chair of the Council") outranks the
body of a role or a standing body. A body the sentence ties them to ("The WCO was represented
by ...", "two WCO experts, ...", "For the WCO, ...") is the affiliation only when nothing closer
names one; failing that, a body the rest of the sentence implies (person_context).
Other languages differ only in their word lists (data/<lang>/), with a few shapes that English
never takes: French writes positions and fields in lower case ("le ministre des finances"),
elides its articles ("de l'OMD"), puts the nationality after the noun ("douanes belges") and may
put an article between a form of address and the name ("son Altesse le Cheikh ...").
"""

from __future__ import annotations

from dataclasses import replace

from .document import Document
from .models import Mention, Organization, Person
from .person_contacts import EMAIL, PHONE, contact_lines
from .person_context import implied as implied_body
from .person_links import Hit, country_inside, country_value, ends_clause, group, programme_acronyms, skip_post_nominals
from .person_loose import loose_units
from .person_names import RULES as NAME_RULES
from .person_names import Ctx, NameSpan, Span, joined, post_nominal, read_name, tokenize
from .person_roles import (
    after_link, after_name, context_body, delegation_bodies, lead_in, phrase_after, phrase_ending, role_starts, stands_for,
)
from .person_titles import RULES as TITLE_RULES
from .person_titles import TitleUnit, build_unit, find_cores
from .person_words import country_of, title_kind
from .places import PlaceMention
from .rules import Rule

RULES: tuple[Rule, ...] = NAME_RULES + TITLE_RULES + (EMAIL, PHONE)

#: Names of one list that can share an affiliation written after the last ("Mr. A and Ms. B, from
#: X Customs"): a longer run is not a list of delegates, and keeping it would make lists quadratic.
MAX_LISTED = 32


class _Reader:
    """Reads the people of one document; holds the tokens and the title units found in it."""

    def __init__(self, doc: Document, orgs: list[Organization], places: list[PlaceMention], lang: str, warnings: list[str]):
        self.doc = doc
        self.text = doc.text
        self.lang = lang
        self.toks = tokenize(doc.text, warnings, lang)
        countries = {(p.country_mention.start, p.country_mention.end): p.country for p in places if p.country and p.country_mention}
        orgs_at = [((m.start, m.end), o.name) for o in orgs for m in o.mentions]
        place_spans = tuple((p.mention.start, p.mention.end) for p in places)
        ctx = Ctx.make(doc, self.toks, lang, orgs_at, countries, place_spans)
        self.ctx = replace(ctx, programmes=programme_acronyms(ctx))
        self.stops = set(self.ctx.org_by_start) | {s for s, _ in countries}
        cores = find_cores(self.ctx, warnings)
        core_at = {a: b for a, b in cores}
        self.units = [build_unit(self.ctx, c, core_at) for c in cores]
        self.unit_by_end: dict[int, TitleUnit] = {}
        self.unit_by_start: dict[int, TitleUnit] = {}
        for u in self.units + loose_units(self.ctx):  # loose ones describe names, never find them
            self.unit_by_end.setdefault(u.end, u)
            self.unit_by_start.setdefault(u.start, u)
        self.claimed: set[int] = set()
        self.bodies = delegation_bodies(self.ctx)
        stripped = self.text.rstrip()
        self.cut_at = len(stripped) if stripped and stripped[-1] not in ".!?\")]" else None

    # -- names -------------------------------------------------------------------------------
    def name_at(self, i: int, min_words: int = 1, closed: bool = False, caps_first: bool = False) -> NameSpan | None:
        """The name at token `i`; `closed`: it must not run on into more capitalized words
        ("President Okonkwo Memorial Conference Centre" names a building)."""
        if i >= len(self.toks):
            return None
        ns = read_name(self.toks, i, self.text, self.lang, lambda t: t.start in self.stops, caps_first=caps_first)
        if ns is None or ns.words < min_words:
            return None
        if closed and ns.last < len(self.toks) and self.ctx.cap(ns.last) and self.ctx.near(ns.last - 1, ns.last) and (
            not post_nominal(self.toks, ns.last, self.text, self.lang)
        ):
            return None
        if self.cut_at is not None and self.toks[ns.last - 1].end >= self.cut_at:
            return None  # cut off by the end of the text
        if self.ctx.country(ns.first, ns.last) or self.ctx.is_place(self.ctx.chars(ns.first, ns.last)):
            return None
        return ns

    def _free_unit(self, u: TitleUnit | None) -> TitleUnit | None:
        """The unit, unless another name took it or the end of the text cuts it off."""
        cut = u is not None and self.cut_at is not None and u.end >= len(self.toks) - 1 and self.toks[-1].end >= self.cut_at
        return None if u is None or u.start in self.claimed or cut else u

    # -- anchors -----------------------------------------------------------------------------
    def hits(self) -> list[Hit]:
        toks, found, hon_before = self.toks, {}, dict[int, Span]()
        read_to = -1
        for i in [k for k, t in enumerate(toks) if t.kind == "hon"]:
            t = toks[i]
            if i <= read_to or (i > 0 and toks[i - 1].kind == "hon" and joined(self.text, toks[i - 1], t)):
                continue
            h = i
            while h + 1 < len(toks) and toks[h + 1].kind == "hon" and joined(self.text, toks[h], toks[h + 1]):
                h += 1
            said = h  # the honorific as written ends here; "son Altesse le Cheikh X": an article, then more
            if h + 2 < len(toks) and self.ctx.is_(h + 1, "article") and self.ctx.near(h, h + 1) and self.ctx.near(h + 1, h + 2):
                h += 1
                while h + 1 < len(toks) and toks[h + 1].kind == "hon" and joined(self.text, toks[h], toks[h + 1]):
                    h += 1
            read_to = h
            if h + 1 < len(toks) and joined(self.text, toks[h], toks[h + 1], allow_none=True):
                ns = self.name_at(h + 1, caps_first=True)
                if ns is not None:
                    found[ns.first] = Hit(ns.first, ns.last, ns.words, "people.honorific", honorific=(t.start, toks[said].end))
                    for more in self._listed_after(ns) if title_kind(t.text.rstrip("."), self.lang)[0] == "plural" else ():
                        hit = Hit(more.first, more.last, more.words, "people.honorific", honorific=(t.start, toks[said].end))
                        found.setdefault(more.first, hit)  # "Messrs. A and B"
                else:
                    hon_before[h + 1] = (t.start, toks[said].end)  # "H.E. Ambassador Tomas Ruiz Vega"
        for u in self.units:
            e = u.end
            generic = u.start > 0 and self.ctx.is_(u.start - 1, "indefinite")
            if e < len(toks) and joined(self.text, toks[e - 1], toks[e]) and not (generic or u.plural):
                ns = self.name_at(e, min_words=1 if u.end == u.core[1] else 2, closed=True)
                if ns is not None and ns.first not in found and (ns.words > 1 or not self._single_word_refused(u, found)):
                    found[ns.first] = Hit(ns.first, ns.last, ns.words, "people.title_before", honorific=hon_before.get(u.start))
            if e + 1 < len(toks) and toks[e].text == "," and toks[e + 1].kind == "word":
                ns = self.name_at(e + 1, min_words=2, closed=True)
                if ns is not None and ns.first not in found and self._ends_clause(ns.last):
                    found[ns.first] = Hit(ns.first, ns.last, ns.words, "people.title_comma_name")
            s = u.start
            while s >= 3 and u.start - s < 2 and self.ctx.is_(s - 1, "status") and self.ctx.near(s - 1, s):
                s -= 1  # "Amara Okafor, current Chair of ..."
            if s >= 2 and toks[s - 1].text == "," and not self._pre_title(u):
                ns = self.name_ending_at(s - 1)
                if ns is not None and ns.first not in found:
                    found[ns.first] = Hit(ns.first, ns.last, ns.words, "people.name_comma_title")
        for k in self.ctx.where("relation"):  # title_kind(w) is "relation" only as an entry of its own
            if k + 2 < len(toks) and toks[k + 1].text == ",":
                ns = self.name_at(k + 2, min_words=2, closed=True)
                if ns is not None and ns.first not in found and self._ends_clause(ns.last):
                    found[ns.first] = Hit(ns.first, ns.last, ns.words, "people.relation")
        for start, end in contact_lines(self.text, None):
            k = self.ctx.index_at(start)
            ns = self.name_at(k, min_words=2) if k < len(toks) else None
            if ns is not None and toks[ns.last - 1].end == start + len(self.text[start:end].rstrip()) and ns.first not in found:
                found[ns.first] = Hit(ns.first, ns.last, ns.words, "people.contact")
        return [found[k] for k in sorted(found)]

    def _listed_after(self, ns: NameSpan) -> list[NameSpan]:
        """The names listed after a plural honorific's first one ("Messrs. A B, C D and E F")."""
        out: list[NameSpan] = []
        p = ns.last
        while p + 1 < len(self.toks) and len(out) < 8 and (self.toks[p].text == "," or self.ctx.is_(p, "join")):
            p += 2 if self.toks[p].text == "," and self.ctx.is_(p + 1, "join") else 1
            nxt = self.name_at(p, min_words=2)
            if nxt is None:
                break
            out.append(nxt)
            p = nxt.last
        return out

    def _heading(self, i: int) -> bool:
        """Token `i` stands in a title-case line without a final stop (a headline)."""
        start = self.text.rfind("\n", 0, self.toks[i].start) + 1
        end = self.text.find("\n", self.toks[i].start)
        line = self.text[start : end if end >= 0 else len(self.text)].strip().rstrip("\"')]")
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        capped = sum(1 for w in words if w[0].isupper())
        return bool(line) and line[-1] not in ".!?:;" and capped >= 0.6 * len(words)

    def _single_word_refused(self, u: TitleUnit, found: dict[int, Hit]) -> bool:
        """One word after a position is no name in a headline, nor after a position that is
        itself in apposition to a name ("Mr. Kofi Mensah, Chief Economist at ...")."""
        return self._heading(u.end) or (
            u.start >= 2 and self.toks[u.start - 1].text == ","
            and any((h := found.get(q)) is not None and h.last == u.start - 1 for q in range(max(0, u.start - 12), u.start - 1))
        )

    def _ends_clause(self, last: int) -> bool:
        return ends_clause(self.ctx, last) or post_nominal(self.toks, last, self.text, self.lang) > 0

    def _pre_title(self, u: TitleUnit) -> bool:
        """A position directly followed by a name belongs to that name, not to the one before."""
        e = u.end
        if e >= len(self.toks) or not joined(self.text, self.toks[e - 1], self.toks[e]):
            return False
        return self.toks[e].kind == "hon" or self.name_at(e, min_words=1 if u.end == u.core[1] else 2, closed=True) is not None

    def name_ending_at(self, end: int) -> NameSpan | None:
        """The longest name of two words or more whose last token is just before `end`
        (post-nominal letters between the two are skipped: "Oliver Pemberton MP, ...")."""
        for q in range(max(0, end - 4), end):
            if skip_post_nominals(self.ctx, q) == end and q < end:
                end = q
                break
        for st in range(max(0, end - 7), end - 1):
            if st > 0 and joined(self.text, self.toks[st - 1], self.toks[st]) and self.toks[st - 1].kind == "word" and (
                self.toks[st - 1].text[:1].isupper()
            ):
                continue  # not the start of a capitalized run
            ns = self.name_at(st, min_words=2)
            if ns is not None and ns.last == end:
                return ns
        return None

    # -- what is said around each mention ------------------------------------------------------
    def describe(self, hits: list[Hit]) -> list[Hit]:
        toks, out = self.toks, []
        prev: Hit | None = None
        prev_end, chain = -1, list[Hit]()
        for h in hits:
            start = h.first
            if h.honorific is not None and h.rule != "people.title_before" and toks[h.first - 1].end == h.honorific[1]:
                start = self.ctx.index_at(h.honorific[0])  # not for the later names after "Messrs."
            left = None
            if start >= 3 and h.honorific is not None and self.ctx.is_(start - 1, "article") and toks[start - 2].text == ",":
                start -= 1  # "Le Secrétaire général de l'OMD, le Dr X": an article before the honorific
            if start >= 1:
                u = self.unit_by_end.get(start)
                if u is not None and joined(self.text, toks[start - 1], toks[start]):
                    left = self._free_unit(u)
                elif (toks[start - 1].text in (",", ":") or self.ctx.is_(start - 1, "copula")) and start >= 2:
                    left = self._free_unit(self.unit_by_end.get(start - 1))  # "The Vice-Chairs are Mr. A ..."
                elif (p := phrase_ending(self.ctx, start - 1, "namely")) is not None and p >= 2 and toks[p - 1].text == ",":
                    left = self._free_unit(self.unit_by_end.get(p - 1))  # "its two Co-Chairs, namely Mr. A ..."
            if left is None and prev is not None and prev.unit is not None and prev.unit.plural and prev_end == start - 1 and (
                toks[start - 1].text == "," or self.ctx.is_(start - 1, "join")
            ):
                left = prev.unit
            if left is not None:
                self.claimed.add(left.start)
            listed = prev is not None and prev_end < start <= prev_end + 2 and all(
                toks[q].text == "," or self.ctx.is_(q, "join") for q in range(prev_end, start)
            )
            if listed:
                chain.append(h)
                if len(chain) > MAX_LISTED:
                    del chain[0]
            else:
                chain = [h]
            h.context = context_body(self.ctx, left.start if left is not None else start, self.bodies)
            if h.context is None and listed and prev is not None:
                h.context = prev.context  # "The WCO was represented by Mr. A, Director X, and Ms. B"
            k = after_name(self.ctx, h, self.cut_at)
            if h.affiliation is not None and toks[skip_post_nominals(self.ctx, h.last)].text == ",":
                for c in chain[:-1]:  # "Mr. A and Ms. B, from X Customs, ...": both come from X Customs
                    if c.affiliation is None and c.unit is None:
                        c.affiliation, c.affiliation_value, c.country, c.country_value = (
                            h.affiliation, h.affiliation_value, h.country, h.country_value
                        )
            right = None
            if k + 1 < len(toks) and toks[k].text in (",", "("):
                u = next((x for q in lead_in(self.ctx, after_link(self.ctx, k + 1)) if (x := self.unit_by_start.get(q))), None)
                shut = toks[k].text == "," or (u is not None and u.end < len(toks) and toks[u.end].text == ")")
                if u is not None and shut and not self._pre_title(u):  # "Mr. X, a WCO Expert", "Mr. X (Senior Officer)"
                    right = self._free_unit(u)
                    if right is not None:
                        self.claimed.add(right.start)
                        k = right.end + (toks[k].text == "(")
            for q in role_starts(self.ctx, k + 1 if k < len(toks) and toks[k].text == "," else k) if right is None else ():
                u = self.unit_by_start.get(q)  # "Mr. X (Nigeria) as Vice-Chair"
                if u is not None and not self._pre_title(u) and (right := self._free_unit(u)) is not None:
                    self.claimed.add(u.start)
                    h.own_first, k = True, u.end
                    break
            if right is None and h.rule == "people.contact" and k < len(toks) and self.text.count("\n", toks[k - 1].end, toks[k].start) == 1:
                u = self.unit_by_start.get(k)  # "Jane Doe" / "Communications Officer" on the next line
                line_end = self.text.find("\n", toks[k].start)
                if u is not None and (line_end < 0 or toks[u.end - 1].end <= line_end):
                    right = self._free_unit(u)
            h.unit = self._second_post(_merged(left, right) if h.affiliation is None else left or right)
            for c in chain if right is not None and right.plural else ():
                c.unit = c.unit or right  # "Mr. A and Ms. B, WCO Technical Officers,"
            body = stands_for(self.ctx, k)  # "Mr. A, Director X, and Ms. B represented the WCO"
            for c in chain if body is not None else ():
                c.context = c.context or body
            out.append(h)
            prev, prev_end = h, k
        return out

    def _second_post(self, u: TitleUnit | None) -> TitleUnit | None:
        """"Chair of the Council and First Deputy Head of X Customs": the person comes from X Customs."""
        if u is None or u.end + 1 >= len(self.toks):
            return u
        if self.ctx.is_(u.end, "join"):
            nxt = self.unit_by_start.get(u.end + 1)
        else:  # "Chair of the Council, also Director General of X Customs"
            p = phrase_after(self.ctx, u.end + 1, "also") if self.toks[u.end].text == "," else None
            nxt = self.unit_by_start.get(p) if p is not None else None
        if nxt is None or nxt.affiliation is None or not (u.affiliation is None or u.standing):
            return u
        self.claimed.add(nxt.start)
        return replace(
            u, affiliation=nxt.affiliation, affiliation_value=nxt.affiliation_value,
            country=u.country or nxt.country, country_value=u.country_value or nxt.country_value,
        )


def _merged(left: TitleUnit | None, right: TitleUnit | None) -> TitleUnit | None:
    """"Ambassador X, Permanent Representative of Hungary to ...": the first position, and the
    body the second one names when the first names none (a standing body is no employer)."""
    if left is None or right is None or left.affiliation is not None or right.affiliation is None or right.standing:
        return left or right
    return replace(
        left, affiliation=right.affiliation, affiliation_value=right.affiliation_value,
        country=left.country or right.country, country_value=left.country_value or right.country_value,
    )


def _person(reader: _Reader, group: list[Hit]) -> Person:
    doc, toks = reader.doc, reader.toks
    best = max(group, key=lambda h: (h.words, -h.first))
    name_m = doc.mention(toks[best.first].start, toks[best.last - 1].end, best.rule)
    evidence: dict[str, Mention] = {"name": name_m}
    values: dict[str, str | None] = {"honorific": None, "title": None, "affiliation": None, "country": None}
    for h in group:
        u = h.unit
        if values["honorific"] is None and h.honorific is not None:
            evidence["honorific"] = doc.mention(*h.honorific, "people.honorific")
            values["honorific"] = evidence["honorific"].text
        if values["title"] is None and u is not None and u.title[1] > u.title[0]:
            evidence["title"] = doc.mention(*u.title, "people.title")
            values["title"] = evidence["title"].text
        # "Mr. X (Zimbabwe)", "Ms. Y of SARS as Chair of the Council": their own body outranks the post's
        own = h.affiliation is not None and (h.affiliation == h.country or h.own_first or (u is not None and u.standing))
        aff = (u.affiliation, u.affiliation_value) if u is not None and u.affiliation is not None and not own else (
            h.affiliation, h.affiliation_value
        )
        if values["affiliation"] is None and aff[0] is not None and aff[1]:
            evidence["affiliation"] = doc.mention(*aff[0], "people.affiliation")
            values["affiliation"] = aff[1]
        cty = (u.country, u.country_value) if u is not None and u.country is not None else (h.country, h.country_value)
        if values["country"] is None and cty[0] is not None and cty[1]:
            evidence["country"] = doc.mention(*cty[0], "people.country")
            values["country"] = cty[1]
    context = next((h.context for h in group if h.context is not None), None)
    if values["affiliation"] is None and context is not None:
        evidence["affiliation"] = doc.mention(*context, "people.affiliation_context")
        values["affiliation"] = evidence["affiliation"].text
        country = country_of(doc.text[context[0] : context[1]])
        cspan, cval = (context, country) if country else country_inside(reader.ctx, context)
        if values["country"] is None and cspan is not None and cval is not None:
            evidence["country"] = doc.mention(*cspan, "people.country")
            values["country"] = country_value(evidence["country"].text, cval)
    implied = implied_body(reader.ctx, group) if values["affiliation"] is None and values["country"] is None else None
    if implied is not None:  # "Ms. X, Director General of Customs, ... officials of the Customs Department"
        aspan, values["affiliation"], cspan, values["country"] = implied
        evidence["affiliation"] = doc.mention(*aspan, "people.affiliation_implied")
        if cspan is not None:
            evidence["country"] = doc.mention(*cspan, "people.country")
    if values["country"] is not None and values["affiliation"] is None:
        values["affiliation"] = values["country"]
        evidence["affiliation"] = evidence["country"]
    return Person(
        name=name_m.text,
        honorific=values["honorific"],
        title=values["title"],
        affiliation=values["affiliation"],
        country=values["country"],
        mentions=[doc.mention(toks[h.first].start, toks[h.last - 1].end, h.rule) for h in group],
        evidence=evidence,
    )


def find_people(
    doc: Document,
    orgs: list[Organization],
    places: list[PlaceMention],
    lang: str = "en",
    warnings: list[str] | None = None,
) -> list[Person]:
    """Every named individual, once, with the first title and affiliation stated for them."""
    warns = warnings if warnings is not None else []
    try:
        reader = _Reader(doc, orgs, places, lang, warns)
        hits = reader.describe(reader.hits())
        return [_person(reader, g) for g in group(reader.ctx, hits)]
    except Exception as exc:  # odd text must never sink the whole record
        warns.append(f"people: gave up on this text ({type(exc).__name__}: {exc})")
        return []
