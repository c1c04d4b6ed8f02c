"""Countries, cities and venues, from generated gazetteers.

The text is cut into word tokens once; every run of up to `MAX_TOKENS` space-joined tokens that
starts with a capital is looked up in one dictionary of folded names (`places_data`), longest
first. No alternation of thousands of names: one bounded token regex and dict look-ups.

A hit becomes a place by its context:
- "City, Country" / "City (Country)": the strongest; an unknown capitalized run is accepted as the
  city here when a place preposition comes before it ("held in Punta Cana, Dominican Republic").
- a country alone (capitalized, not after an honorific such as "Mr.");
- a city alone when its name is safe (not a common word, a frequent person's name or a city of
  several countries), or, for an unsafe one, after a place preposition ("in Reading").
A venue ("at the WCO headquarters in Brussels") joins the place that follows it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .document import Document
from .models import Mention
from .places_data import (
    ABBREV_GAP, TOKEN, Hit, capitalized_run_before, demonyms, fold, gazetteer, honorifics, joined,
    local_country_names, name_key, not_city_words, regions, roles, scan, tokens,
)
from .rules import Rule

CITY_COUNTRY_GAP = Rule(
    name="places.city_country_gap",
    pattern=r"\A(?:[ ]{0,2},[ ]{1,3}|[ ]{1,3}\([ ]{0,2})",
    examples=(", ", " (", " ( "),
    rejects=(" and ", "; ", " - "),
    doc="What separates a city from its country: a comma, or an opening bracket.",
)
CLOSE_BRACKET = Rule(
    name="places.close_bracket",
    pattern=r"\A[ ]{0,2}\)",
    examples=(")", " )"),
    rejects=(", ", " ("),
    doc="The bracket closing 'City (Country)'.",
)
VENUE_TO_PLACE = Rule(
    name="places.venue_to_place",
    pattern=r"\A[ ]{0,2},?[ ]{1,3}(?:\p{Ll}{1,12}[ ]{1,3})?\Z",
    examples=(" in ", ", ", " ", ", in "),
    rejects=(" and then in ", "; ", ". "),
    doc="What may stand between a venue and the city that follows it.",
)

COORDINATION = Rule(
    name="places.coordination",
    pattern=r"\A(?:,[ ]{1,3}|,?[ ]{1,3}\p{Ll}{1,3}[ ]{1,3}|[ ]{0,2}/[ ]{0,2})\Z",
    examples=(", ", " and ", ", and ", " et ", "/"),
    rejects=(" with the ", ", with ", "; ", ". "),
    doc="What joins names in a list ('Basel, Rotterdam and Stockholm').",
)

RULES: tuple[Rule, ...] = (TOKEN, CITY_COUNTRY_GAP, CLOSE_BRACKET, ABBREV_GAP, VENUE_TO_PLACE, COORDINATION)

#: Most capitalized words before a venue noun ("WCO Regional Training Centre").
_VENUE_MODIFIERS = 4
#: Most words after "of" in a venue such as "Headquarters of the League of Arab States".
_VENUE_OF_WORDS = 7


@dataclass(frozen=True)
class PlaceMention:
    mention: Mention                  # the whole place expression
    city: str | None = None           # as written
    country: str | None = None        # as written, or the country of an unambiguous city
    city_mention: Mention | None = None
    country_mention: Mention | None = None
    venue: str | None = None          # building or site, as written ("WCO headquarters")
    venue_mention: Mention | None = None
    preposition: str | None = None    # the place preposition before it, as written ("in", "at")
    in_name: bool = False             # part of a longer proper name ("China Customs", "Kyoto Convention")


class _Finder:
    """One pass over one document: tokens, hits, and the places built from them."""

    def __init__(self, doc: Document, lang: str, warnings: list[str] | None) -> None:
        self.doc, self.lang, self.text = doc, lang, doc.text
        self.toks = tokens(doc.text, warnings)
        self.prepositions, self.venue_nouns = roles(lang)
        self.honorifics = honorifics(lang)
        self.country_names = local_country_names(lang)

    def _span(self, first: int, last: int, rule: str) -> Mention:
        end = self.toks[last].end
        if "." in self.toks[last].text and self.text[end : end + 1] == ".":
            end += 1  # the final dot of "U.S." belongs to the name
        return self.doc.mention(self.toks[first].start, end, rule)

    def _preposition(self, first: int) -> str | None:
        if first == 0 or self.text[self.toks[first - 1].end : self.toks[first].start] not in (" ", "  "):
            return None
        prev = self.toks[first - 1]
        return self.doc.source[prev.start : prev.end] if fold(prev.text) in self.prepositions else None

    def _after_honorific(self, first: int) -> bool:
        if first == 0:
            return False
        prev = self.toks[first - 1]
        gap = self.text[prev.end : self.toks[first].start]
        return gap in (" ", ". ") and fold(prev.text) in self.honorifics

    def _name_before(self, first: int) -> bool:
        """Is a capitalized word of the same name right before ("Amara Jackson", "Revised Kyoto")?"""
        return first > 0 and self.toks[first - 1].text[:1].isupper() \
            and joined(self.text, self.toks[first - 1], self.toks[first]) and not self._sentence_start(first - 1)

    def _in_name(self, first: int, last: int) -> bool:
        nxt = last + 1 < len(self.toks) and self.toks[last + 1].text[:1].isupper() \
            and joined(self.text, self.toks[last], self.toks[last + 1])
        return nxt or self._name_before(first)

    def _sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        prev = self.toks[i - 1]
        between = self.text[prev.end : self.toks[i].start]
        initial = len(prev.text) == 1 and prev.text.isupper()
        if between.startswith(".") and (initial or fold(prev.text) in self.honorifics):
            return False  # the dot of an initial or honorific ("Grace M. Kabwe", "Mr. Li Wuhan")
        return any(c in between for c in ".!?:\n\"'(")

    def _country_after(self, hit: Hit, hits: list[Hit], k: int) -> tuple[Hit, int] | None:
        """The country hit right after `hit` as ", Country", " (Country)" or, as French writes it,
        ", en Country" (a place preposition of the language after the comma), and its end offset."""
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if nxt is None or nxt.entry is None or not nxt.entry.countries:
            return None
        gap = self.text[self.toks[hit.last].end : self.toks[nxt.first].start]
        m = CITY_COUNTRY_GAP.search(gap)
        if m is None:
            return None
        rest = gap[m.end():]
        if rest and ("(" in gap or not rest.endswith(" ") or fold(rest.strip()) not in self.prepositions):
            return None
        end = self.toks[nxt.last].end
        if "(" in gap:
            close = CLOSE_BRACKET.search(self.text[end : end + 3])
            if close is None:
                return None
            end += close.end()
        return nxt, end

    def _place(self, hit: Hit, hits: list[Hit], k: int) -> tuple[PlaceMention | None, int]:
        """The place that `hit` starts, and how many hits it used."""
        entry = hit.entry
        if entry is None or self._after_honorific(hit.first):
            return None, 1
        prep = self._preposition(hit.first)
        in_name = self._in_name(hit.first, hit.last)
        paired = self._country_after(hit, hits, k) if entry.cities and not self._name_before(hit.first) else None
        named = paired[0].entry.country if paired is not None and paired[0].entry is not None else None
        if paired is not None and named not in {c.code for c in entry.cities} and entry.city_unsafe():
            paired = None  # "Dr. Amara Jackson, Nigeria" is a person, not a city of another country
        if paired is not None:
            nxt, end = paired
            city_m = self._span(hit.first, hit.last, "places.city")
            country_m = self._span(nxt.first, nxt.last, "places.country")
            whole = self.doc.mention(self.toks[hit.first].start, end, "places.city_country")
            return PlaceMention(whole, city_m.text, country_m.text, city_m, country_m,
                                preposition=prep), 2
        if entry.countries and not (entry.cities and any(c.city_state for c in entry.cities)):
            cm = self._span(hit.first, hit.last, "places.country")
            return PlaceMention(cm, None, cm.text, None, cm, preposition=prep, in_name=in_name), 1
        if entry.cities and (not entry.city_unsafe() or (prep is not None and not in_name)):
            city_m = self._span(hit.first, hit.last, "places.city")
            code = entry.city_country()
            country = self.country_names.get(code) if code else None
            own_m = city_m if entry.countries else None  # a city-state names its country too
            return PlaceMention(city_m, city_m.text, country, city_m, own_m, preposition=prep,
                                in_name=in_name), 1
        return None, 1

    def _unknown_city(self, hit: Hit, covered: set[int]) -> PlaceMention | None:
        """ "in Xxx, Country": the capitalized run before a country hit, after a preposition."""
        if hit.first == 0:
            return None
        m = CITY_COUNTRY_GAP.search(self.text[self.toks[hit.first - 1].end : self.toks[hit.first].start])
        if m is None or m.end() != self.toks[hit.first].start - self.toks[hit.first - 1].end:
            return None
        first = capitalized_run_before(self.text, self.toks, hit.first - 1)
        if first is None or self._preposition(first) is None or any(i in covered for i in range(first, hit.first)):
            return None
        if name_key(self.text[self.toks[first].start : self.toks[hit.first - 1].end]) in regions(self.lang):
            return None
        if any(fold(t.text) in not_city_words(self.lang) for t in self.toks[first : hit.first]):
            return None
        probe = Hit(first, hit.first - 1, None)
        paired = self._country_after(probe, [probe, hit], 0)
        if paired is None:
            return None
        _, end = paired
        city_m = self._span(first, hit.first - 1, "places.unknown_city")
        country_m = self._span(hit.first, hit.last, "places.country")
        whole = self.doc.mention(self.toks[first].start, end, "places.unknown_city_country")
        return PlaceMention(whole, city_m.text, country_m.text, city_m, country_m,
                            preposition=self._preposition(first))

    def places(self) -> list[PlaceMention]:
        hits = scan(self.text, self.toks, self.lang)
        covered = {i for h in hits for i in range(h.first, h.last + 1)}
        out: list[PlaceMention] = []
        k = 0
        while k < len(hits):
            hit = hits[k]
            if hit.entry is not None and hit.entry.countries and not hit.entry.cities \
                    and hit.first > 0 and hit.first - 1 not in covered:
                unknown = self._unknown_city(hit, covered)
                if unknown is not None:
                    out.append(unknown)
                    k += 1
                    continue
            place, used = self._place(hit, hits, k)
            if place is not None:
                out.append(place)
            k += used
        return self._with_venues(self._coordinated_names(out), covered)

    def _coordinated_names(self, places: list[PlaceMention]) -> list[PlaceMention]:
        """In "the Basel, Rotterdam and Stockholm Conventions", all three are parts of names."""
        out = list(places)
        for j in range(len(out) - 1, 0, -1):
            cur, prev = out[j], out[j - 1]
            gap = self.text[prev.mention.end : cur.mention.start]
            bare = prev.mention.rule in ("places.city", "places.country")
            if cur.in_name and bare and not prev.in_name and COORDINATION.search(gap) is not None:
                out[j - 1] = replace(prev, in_name=True)
        return out

    # --- venues --------------------------------------------------------------------------------

    def _venue(self, head: int, covered: set[int]) -> tuple[int, int] | None:
        """(first, last) token of the venue whose noun is token `head`."""
        first = head
        while first > 0 and head - first < _VENUE_MODIFIERS and first - 1 not in covered \
                and joined(self.text, self.toks[first - 1], self.toks[first]) \
                and self.toks[first - 1].text[:1].isupper() \
                and fold(self.toks[first - 1].text) not in self.prepositions:
            first -= 1
        last = head
        if first == head:
            if not self.toks[head].text[:1].isupper():
                return None
            last = self._of_tail(head)
            if last == head:
                return None
        if last + 1 < len(self.toks) and self.toks[last + 1].text[:1].isupper() \
                and joined(self.text, self.toks[last], self.toks[last + 1]):
            return None  # the name goes on: "Capacity Building Directorate"
        # A named venue may open a sentence or headline: "WCO Headquarters receives ...".
        named = first < head and self.toks[head].text[:1].isupper() and self._sentence_start(first)
        if not named and self._preposition(first) is None and not (
                first > 1 and self._preposition(first - 1) is not None
                and self.toks[first - 1].text.islower() and len(self.toks[first - 1].text) <= 5):
            return None
        return first, last

    def _of_tail(self, head: int) -> int:
        """Last token of "Headquarters of the League of Arab States"-style tails (else `head`)."""
        last, i = head, head + 1
        while i < len(self.toks) and i - head <= _VENUE_OF_WORDS and joined(self.text, self.toks[i - 1], self.toks[i]):
            t = self.toks[i].text
            if t[:1].isupper():
                last = i
            elif len(t) > 3:
                break
            i += 1
        return last if last > head + 1 else head

    def _with_venues(self, places: list[PlaceMention], covered: set[int]) -> list[PlaceMention]:
        by_start = {p.mention.start: p for p in places}
        used: set[int] = set()
        out: list[PlaceMention] = []
        for i, tok in enumerate(self.toks):
            if fold(tok.text) not in self.venue_nouns or i in covered:
                continue
            span = self._venue(i, covered)
            if span is None:
                continue
            first, last = span
            venue_m = self._span(first, last, "places.venue")
            prep = self._preposition(first) or self._preposition(first - 1)
            inner = [p for o in range(venue_m.start, venue_m.end) if (p := by_start.get(o)) is not None
                     and p.mention.end <= venue_m.end]
            place = inner[0] if inner else self._place_after(venue_m.end, by_start)  # "Port of Mombasa"
            if place is not None:
                used.add(place.mention.start)
                end = max(venue_m.end, place.mention.end)
                whole = self.doc.mention(venue_m.start, end, "places.venue_place")
                out.append(PlaceMention(whole, place.city, place.country, place.city_mention,
                                        place.country_mention, venue_m.text, venue_m, prep))
            else:
                out.append(PlaceMention(venue_m, venue=venue_m.text, venue_mention=venue_m, preposition=prep))
        out.extend(p for p in places if p.mention.start not in used)
        return sorted(out, key=lambda p: (p.mention.start, p.mention.end))

    def _place_after(self, end: int, by_start: dict[int, PlaceMention]) -> PlaceMention | None:
        for start in range(end, min(len(self.text), end + 16) + 1):
            p = by_start.get(start)
            if p is not None and p.city is not None:
                gap = self.text[end:start]
                ok = VENUE_TO_PLACE.search(gap)
                return p if ok is not None and ok.end() == len(gap) else None
        return None


# --- public API --------------------------------------------------------------------------------

def find_places(doc: Document, lang: str = "en", warnings: list[str] | None = None) -> list[PlaceMention]:
    """Place expressions in the text, in text order (never raises on odd text)."""
    try:
        return _Finder(doc, lang, warnings).places()
    except RecursionError:  # pragma: no cover - defensive: odd input must not break a parse
        if warnings is not None:
            warnings.append("places: gave up on this text")
        return []


def find_countries(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """(as written, name in `lang`) of each country named in `text`, e.g. in an affiliation."""
    toks = tokens(text, None)
    names = local_country_names(lang)
    out: list[tuple[str, str]] = []
    for hit in scan(text, toks, lang):
        code = hit.entry.country if hit.entry else None
        if code is not None:
            out.append((text[toks[hit.first].start : toks[hit.last].end], names[code]))
    return out


def country_of_city(city: str) -> str | None:
    """The English name of the country of `city`, when the name means one city (Buenos Aires)."""
    entry = gazetteer("fr").names.get(name_key(city))
    code = entry.city_country() if entry is not None and entry.cities else None
    return gazetteer("fr").country_names.get(code) if code else None


def canonical_country(name: str) -> str | None:
    """The English short name of a country named `name` (any known form), else None."""
    entry = gazetteer("fr").names.get(name_key(name))
    code = entry.country if entry is not None else None
    return gazetteer("fr").country_names.get(code) if code else None


def country_of_demonym(word: str) -> str | None:
    """The English name of the country of a demonym ("Senegalese" -> "Senegal"), else None."""
    return demonyms().get(fold(" ".join(word.split())))
