"""Where and when an event mention happened: the dates, places and venues of its sentence,
and the place-dateline above the body ("Baku, 12-13 April 2012").

Dates and places come from `dates` and `places`; this module only decides which of them belong
to which event mention: the nearest one in the same sentence (one told in another clause, or a
place without "in"/"at", counts as farther; each place goes to its nearest mention only), never
a place someone comes from or that takes part ("a delegation from Thailand", "with Ghana and
Togo as observers"), a place inside a name ("China Customs", but a city inside a venue, "the
WCO's Brussels headquarters", is the venue's), a person's country in brackets, or one of a list
of participating countries; never a date more than two years before the release unless the text
says the event was held then ("the inaugural session, held in Brussels on 26 January 1953").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from . import lexicon
from .dates import DateMention
from .document import Document
from .event_group import EventMention, Place
from .event_phrases import Cand
from .event_rules import Vocab
from .event_ruleset import rule_set
from .header import Header
from .models import Mention
from .places import PlaceMention, country_of_city

#: How far (characters) a date, place or venue may stand from a mention that only refers back.
NEAR = 30
#: Farther than any distance in a sentence.
FAR = 10**6
#: How far a date may stand from an event that is not the nearest one (when that one takes another date).
ALSO_NEAR = 80
#: What a date or place in another clause before the mention adds to its distance.
CLAUSE = 40
#: What a place written without "in"/"at" and not next to the mention adds ("with Ghana as observer").
BARE = 60
#: Most ways of giving a sentence's dates to its mentions that are all weighed.
MAX_COMBOS = 4096


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def _assign(options: list[list[tuple[int, EventMention]]]) -> list[EventMention | None]:
    """One mention per date and one date per mention: as many dates placed as can be, then the
    smallest distances ("Last week, ... a workshop ..., and earlier this month ... a training"
    dates both). Each date's first option is its nearest mention; a sentence with too many
    choices falls back to each date taking its nearest free mention."""
    combos = 1
    for opts in options:
        combos *= len(opts) + 1
    if combos > MAX_COMBOS:
        taken: set[int] = set()
        out: list[EventMention | None] = []
        for opts in options:
            m = next((m for _, m in opts[:1] if id(m) not in taken), None)
            out.append(m)
            if m is not None:
                taken.add(id(m))
        return out
    best: tuple[int, int] = (1, 0)
    best_pick: list[EventMention | None] = [None] * len(options)

    def walk(i: int, pick: list[EventMention | None], used: frozenset[int], count: int, cost: int) -> None:
        nonlocal best, best_pick
        if i == len(options):
            if (-count, cost) < best:
                best, best_pick = (-count, cost), list(pick)
            return
        for c, m in options[i]:
            if id(m) not in used:
                walk(i + 1, [*pick, m], used | {id(m)}, count + 1, cost + c)
        walk(i + 1, [*pick, None], used, count, cost)

    walk(0, [], frozenset(), 0, 0)
    return best_pick



@cache
def _words(lang: str, name: str, strip: bool = True) -> frozenset[str]:
    """The keys of a language's word table (month names without their dot), read once."""
    try:
        keys = lexicon.table(lexicon.language_file(lang, name))
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(k.rstrip(".") for k in keys) if strip else frozenset(keys)


class Context:
    """A release's dates and places, and how they attach to event mentions."""

    def __init__(self, doc: Document, header: Header, dates: list[DateMention], places: list[PlaceMention],
                 v: Vocab, warnings: list[str]) -> None:
        self.doc, self.header, self.v, self.warnings = doc, header, v, warnings
        self.r = rule_set(v.lang)
        self.dates = sorted(dates, key=lambda d: d.mention.start)
        self.places = sorted(places, key=lambda p: p.mention.start)
        self._date_at = [d.mention.start for d in self.dates]
        self._place_at = [p.mention.start for p in self.places]
        self._index = {id(p): n for n, p in enumerate(self.places)}
        self._place_of: dict[int, Place | None] = {}
        self.months = _words(v.lang, "months.txt")
        self.pub_year = int(header.published[:4]) if header.published else None
        self.weekdays = _words(v.lang, "weekdays.txt", strip=False)

    def sentence_of(self, m: EventMention) -> tuple[int, int]:
        """The span of the sentence that holds the mention."""
        at = m.cand.start
        s = self.doc.sentence_at(at)
        return (s.start, s.end) if s.start < s.end else (at, m.cand.end)

    def dates_in(self, lo: int, hi: int) -> list[DateMention]:
        return self.dates[bisect_left(self._date_at, lo) : bisect_left(self._date_at, hi)]

    def places_in(self, lo: int, hi: int) -> list[PlaceMention]:
        return self.places[bisect_left(self._place_at, lo) : bisect_left(self._place_at, hi)]

    def placed(self, lo: int, hi: int) -> bool:
        """Does the sentence say when or where (a usable date, or a place)?"""
        return any(self.usable_date(d, lo) for d in self.dates_in(lo, hi)) or any(
            self.place_of(p) for p in self.places_in(lo, hi))

    def venue_in(self, lo: int, hi: int) -> bool:
        """Does the sentence name a building or site ("au siège de l'OMD")?"""
        return self.r.venue.search(self.doc.text, lo, hi) is not None

    def month_in(self, c: Cand) -> bool:
        return any(w.rstrip("'s") in self.months for w in c.name.lower().split()[:2])

    def attached(self, c: Cand, hi: int) -> bool:
        text, until = self.doc.text, min(hi, c.end + 40) + 1
        if any(self.r.place_gap.search(text, c.end, p.mention.start) for p in self.places_in(c.end, until)):
            return True
        return any(len(d.start) > 4 and self.r.date_gap.search(text, c.end, d.mention.start) for d in self.dates_in(c.end, until))

    # ------------------------------------------------------------ dates, places, venues
    def usable_date(self, d: DateMention, lo: int, planned: bool = False) -> bool:
        """A date an event may have: not a deadline, not far from the release's year; a year
        alone only for a planned event, and only from the release's year on."""
        if len(d.start) <= 4 and not planned:
            return False
        if self.r.not_a_date_before.search(self.doc.text, max(lo, d.mention.start - 30), d.mention.start):
            return False
        year = int(d.start[:4])
        if len(d.start) <= 4:
            return self.pub_year is not None and self.pub_year <= year <= self.pub_year + 3
        return self.pub_year is None or self.pub_year - 2 <= year <= self.pub_year + 3

    def clause_cost(self, span: tuple[int, int], m: EventMention) -> int:
        """What a date or place costs more when told in another clause: before the mention and
        set off by a comma ("Following its success in Kenya, the Conference was held in Abidjan"),
        or after a break ("the Conference took place in May, while a workshop was held in Accra")."""
        if span[1] > m.cand.start:
            between = (m.cand.end, span[0])
            return CLAUSE if self.r.clause_break.search(self.doc.text, *between) is not None else 0
        return CLAUSE if any(ch in ",;" for ch in self.doc.text[span[1] : m.cand.det_start]) else 0

    def old_date(self, d: DateMention, lo: int) -> bool:
        """A day or month more than two years before the release (not a deadline): an event's
        date only where the text says the event was held then (`told_held`)."""
        return len(d.start) > 4 and self.pub_year is not None and int(d.start[:4]) < self.pub_year - 2 and (
            self.r.not_a_date_before.search(self.doc.text, max(lo, d.mention.start - 30), d.mention.start) is None)

    def told_held(self, m: EventMention, d: DateMention) -> bool:
        """Does the text right after the mention say it was held at that date ("the first
        session, held in Brussels on 26 January 1953", "held its first session in Brussels on ...")?"""
        if not m.cand.end <= d.mention.start <= m.cand.end + 120 or self.dates_in(m.cand.end, d.mention.start):
            return False        # only the first date after it
        between = self.doc.text[m.cand.end : d.mention.start]
        return self.r.held_between.search(self.doc.text, m.cand.end, d.mention.start) is not None or (
            m.cand.reported and len(between) <= 40 and not any(ch in ",;.:" for ch in between))

    def is_dateline(self, d: DateMention) -> bool:
        """Is the date the release's own dateline ("Berne, 26 April 2019 - The Council ...")?"""
        spans = [m for m in (self.header.published_mention, self.header.place_dateline) if m is not None]
        return any(m.start <= d.mention.start < m.end for m in spans)

    def venue_place(self, venue: Mention) -> Place | None:
        """The city of a venue that the release names elsewhere with its city
        ("WCO headquarters in Brussels" ... "held at the WCO headquarters")."""
        key = venue.text.lower()
        named = next((pl for p in self.places if p.venue_mention is not None and p.venue_mention.text.lower() == key
                      and p.city and (pl := self.place_of(p)) is not None), None)
        if named is not None:
            return named
        # A city that ends the venue's own name ("Centre régional de formation de Kashiwa").
        inner = next((p for p in self.places_in(venue.start, venue.end) if p.city and p.mention.end == venue.end), None)
        if inner is None or inner.city is None:
            return None
        city_ev = inner.city_mention or inner.mention
        country = inner.country or country_of_city(inner.city)
        return Place(inner.city, country, {"city": city_ev, "country": inner.country_mention or city_ev})

    def place_of(self, p: PlaceMention) -> Place | None:
        """Where an event may be: not a place inside a name, after 'from'/'of', possessive or listed."""
        if id(p) not in self._place_of:
            self._place_of[id(p)] = self._place_of_uncached(p)
        return self._place_of[id(p)]

    def _place_of_uncached(self, p: PlaceMention) -> Place | None:
        after = self.r.city_before_venue
        in_name = p.in_name and not (p.city and after is not None and after.search(
            self.doc.text, p.mention.end, min(len(self.doc.text), p.mention.end + self.r.city_before_venue_reach)))
        if in_name or self.from_before(self.list_head(p)):
            return None
        if self.doc.text[p.mention.end : p.mention.end + 2] == "'s" or self.in_list(p) or self.bracketed(p):
            return None
        country = p.country or (country_of_city(p.city) if p.city else None)
        if not p.city and not country:
            return None
        ev: dict[str, Mention] = {}
        if p.city:
            ev["city"] = p.city_mention or p.mention
        if country:
            ev["country"] = p.country_mention or (p.city_mention if not p.country else p.mention) or p.mention
        return Place(p.city, country, ev)

    def from_before(self, p: PlaceMention) -> bool:
        return self.r.from_before.search(self.doc.text, max(0, p.mention.start - 20), p.mention.start) is not None

    def list_head(self, p: PlaceMention) -> PlaceMention:
        """The first place of the list `p` ends ("from Ghana and Togo": Ghana), or `p` itself."""
        at = self._index.get(id(p))
        while at is not None and at > 0:
            a, b = self.places[at - 1], self.places[at]
            if a.mention.end > b.mention.start or not self.r.list_gap.fullmatch(self.doc.text[a.mention.end : b.mention.start]):
                break
            at -= 1
        return self.places[at] if at is not None else p

    def bracketed(self, p: PlaceMention) -> bool:
        """A country alone in brackets after a person or body ("Ms. Amara Okafor (Ghana)"), not after
        a place ("in Grand-Bassam (Côte d'Ivoire)")."""
        text, s = self.doc.text, p.mention.start
        if p.city or text[max(0, s - 2) : s].strip() != "(" or text[p.mention.end : p.mention.end + 2].strip()[:1] != ")":
            return False
        return self.r.place_in_brackets_before.search(text, max(0, s - 60), s) is None

    def in_list(self, p: PlaceMention) -> bool:
        """Is the place one of three or more countries or cities listed ('Benin, Ghana and Togo')?"""
        joined, at = 1, self._index.get(id(p))
        if at is None:
            return False
        for step in (-1, 1):
            k = at
            while 0 <= k + step < len(self.places):
                a, b = sorted((self.places[k], self.places[k + step]), key=lambda q: q.mention.start)
                if a.mention.end > b.mention.start or not self.r.list_gap.fullmatch(self.doc.text[a.mention.end : b.mention.start]):
                    break
                joined, k = joined + 1, k + step
        return joined >= 3

    def attach(self, ms: list[EventMention], lo: int, hi: int) -> None:
        """Dates go to the nearest mention (one each); places and venues to the nearest too."""
        def near(m: EventMention, span: tuple[int, int]) -> int:
            g = _gap((m.cand.start, m.cand.end), span)
            return g if m.status == "event" or m.cand.reported or g <= NEAR else FAR
        options: list[list[tuple[int, EventMention]]] = []      # per date: (cost, mention), nearest first
        dated: list[DateMention] = []
        for d in self.dates_in(lo, hi):
            year_only = len(d.start) <= 4
            old = not self.usable_date(d, lo, planned=year_only) and self.old_date(d, lo)
            if not (old or self.usable_date(d, lo, planned=year_only)) or self.is_dateline(d):
                continue
            span = (d.mention.start, d.mention.end)
            ok = sorted(((0 if self.told_held(m, d) else 2 * (near(m, span) + self.clause_cost(span, m))
                          + (m.cand.start > span[0]), m) for m in ms
                         if not (m.cand.year and d.start[:4] != m.cand.year) and near(m, span) < FAR
                         and (m.cand.planned or not year_only) and (not old or self.told_held(m, d))),
                        key=lambda t: t[0])
            if ok:      # the nearest mention, or another close by
                options.append([ok[0], *(t for t in ok[1:] if t[0] <= 2 * ALSO_NEAR + 1)])
                dated.append(d)
        for d, m in zip(dated, _assign(options), strict=True):
            if m is not None and m.date is None:
                m.date = d
        for m in ms:
            if m.date is not None and len(m.date.start) == 10 and m.date.end in (None, m.date.start):
                start = m.date.start
                m.until = next((d for d in self.dates_in(m.date.mention.end, hi) if len(d.start) == 10
                                and start < d.start <= str(int(start[:4]) + 1) and d.mention.start - m.date.mention.end < 80
                                and self.r.until_before.search(self.doc.text, max(lo, d.mention.start - 30), d.mention.start)), None)
        costs: dict[int, int] = {}
        for p in self.places_in(lo, hi):
            place = self.place_of(p)
            if place is None:
                continue
            span = (p.mention.start, p.mention.end)
            scored = []
            for n, m in enumerate(ms):
                inside = m.cand.start <= p.mention.start < m.cand.end
                if m.cand.verb and (inside or p.preposition is None) and not (inside and m.cand.kind == "visit"):
                    continue
                g = near(m, span)
                if g < FAR:     # a place told in another clause before, or without "in"/"at", costs more
                    bare = p.preposition is None and g > 3 and not inside
                    scored.append((g + self.clause_cost(span, m) + BARE * bare, n))
            least = min((c for c, _ in scored), default=FAR)
            for c, n in scored:     # each place to its nearest mention(s) only
                if c == least and (n not in costs or c < costs[n]):
                    ms[n].place, ms[n].place_span, costs[n] = place, span, c
        venues = [p.venue_mention for p in self.places_in(lo - 200, hi) if p.venue_mention and lo <= p.venue_mention.start < hi]
        for vm in self.r.venue.finditer(self.doc.text, lo, hi, self.warnings):
            s, e = vm.span("venue")
            if any(ch.isupper() for ch in self.doc.text[s:e]) and not any(x.start <= s < x.end for x in venues):
                venues.append(self.doc.mention(s, e, self.r.venue.name))
        best: dict[int, tuple[int, Mention]] = {}     # each venue to its nearest mention only
        for x in venues:
            scored = [(near(m, (x.start, x.end)), n) for n, m in enumerate(ms)]
            g, n = min(scored, default=(FAR, -1))
            if g < FAR and (n not in best or g < best[n][0]):
                best[n] = (g, x)
        for n, (_, x) in best.items():
            ms[n].venue = x
