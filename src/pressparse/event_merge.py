"""Mentions into events: which mentions name the same event, and what a merged event takes
from its mentions (date, place, venue) and from the events around it.

Mentions join an event when they share kind (a meeting and a session of one body count as one
family), number, year and name words or an acronym; "the Conference" refers back to the event of
that kind the headline names, else to the latest one; a mention tied to another in its sentence
("at a ceremony", "its session") joins that one's event. A later sitting ("the next session")
is never the same event. Parts of a larger event (a panel, a round table within a seminar) are
dropped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise

import regex

from .dates import DateMention
from .document import Document
from .event_group import EventMention, Group, Place, core, month_back, same_country, same_name
from .event_phrases import Cand
from .event_places import NEAR, Context
from .event_rules import Vocab
from .header import Header
from .places import PlaceMention
from .rules import RULE_TIMEOUT
from .scoring_text import norm

#: A capitalized word (a month name when the month list has it).
MONTH_WORD = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}{2,8}\.?(?![\p{L}])")
#: Heads that may refer back to an event of another kind ("Opening the meeting" after "Conference").
GENERIC_BACK = frozenset({"meeting", "session", "other", "ceremony"})
#: Kinds that happen at a larger event and so share its place and month when they have none.
SUB_EVENTS = frozenset({"signing", "launch"})
#: Kinds of one family: a body's meeting and its session may be told either way.
SITTINGS = frozenset({"meeting", "session"})
#: Kinds of event where people gather (a headline may call one by another of these words).
GATHERINGS = frozenset({"conference", "summit", "forum", "seminar", "workshop", "training", "meeting", "session",
                        "round table", "webinar", "panel"})
#: Kinds of event that hold parts (panels, round tables, sessions on a theme).
LARGER = frozenset({"conference", "summit", "forum", "seminar", "workshop", "training"})
#: Part kinds that are parts of a standing body's sitting too ("a panel discussion during the Sessions").
PARTS_OF_SITTINGS = frozenset({"panel", "round table"})


def _family(kind: str) -> str:
    return "sitting" if kind in SITTINGS else kind


#: How far into a sentence a tie phrase ("On this occasion") is looked for.
LINK_WINDOW = 160


class Merger(Context):
    """One release's sentences, and the rules that merge its event mentions into events."""

    def __init__(self, doc: Document, header: Header, dates: list[DateMention], places: list[PlaceMention],
                 v: Vocab, warnings: list[str]) -> None:
        super().__init__(doc, header, dates, places, v, warnings)
        title = header.title
        self.spans: list[tuple[int, int]] = [(title.start, title.end)] if title else []
        self.has_title = title is not None
        self._cores: dict[int, frozenset[str]] = {}
        for s in doc.sentences:
            if s.start >= header.body_start and not (title and s.start < title.end and title.start < s.end):
                self.spans.append((s.start, s.end))
        self.date_starts = frozenset(d.mention.start for d in dates)
        self.place_starts = frozenset(m.start for p in places for m in (
            p.mention, p.city_mention, p.country_mention, p.venue_mention) if m is not None)

    def core(self, c: Cand) -> frozenset[str]:
        if id(c) not in self._cores:
            self._cores[id(c)] = frozenset(core(c, self.v, self.months))
        return self._cores[id(c)]

    def names(self, own: frozenset[str], k: Group) -> bool:
        """Does a core name the same event as one of the event's reports? Their cores are
        gathered as they join, each distinct one once."""
        cores, events = k.cores, k.events
        while k.cores_seen < len(events):
            cores.add(self.core(events[k.cores_seen].cand))
            k.cores_seen += 1
        if own and own in cores:
            return True
        return any(same_name(own, other) for other in cores)

    def compatible(self, c: Cand, k: Group, unique: bool) -> bool:
        """May mention `c` join event `k`? Same kind (family), no clash of number, year or
        sitting, and the same name words, its acronym, the same number, a verb whose object
        refers back ("The MoU was signed"), or (a title mention) the only such event."""
        f = k.first
        if c.kind != f.kind and not (c.observance and f.observance) and not (
                _family(c.kind) == _family(f.kind) == "sitting"):
            return False
        if c.next != k.next or c.again or k.again:
            return False        # a later sitting, or another one told by "and again"
        ords, years = k.ords, k.years
        if (c.ordinal and ords and c.ordinal not in ords) or (c.year and years and c.year not in years):
            return False
        own = self.core(c)
        if self.names(own, k):
            return True
        if c.kind != f.kind:
            return False
        if own and own <= {a.lower() for a in k.aliases}:
            return True
        if c.ordinal and c.ordinal in ords and (c.title or not c.named or not k.named):
            return True
        if c.verb and c.definite and not c.title:
            return True
        return c.title and unique and not c.next

    def cluster(self, ms: list[EventMention]) -> list[Group]:
        """Events from mentions: body mentions first, then the title's, then references back,
        then the mentions tied to another one in their sentence."""
        self.edition_kinds(ms)
        clusters: list[Group] = []
        body = [m for m in ms if m.status == "event" and not m.cand.title]
        title = [m for m in ms if m.status == "event" and m.cand.title]
        for m in body + title:
            same = [k for k in clusters if _family(k.kind) == _family(m.cand.kind) and not k.observance
                    and not k.next and not k.all_title] if m.cand.title else []    # read for a title mention only
            target = next((k for k in clusters if self.compatible(m.cand, k, len(same) == 1 and k in same)), None)
            if target is None:
                target = Group(m.cand.kind)
                clusters.append(target)
            target.add(m)
            target.aliases.update(m.cand.aliases)
        for m in (m for m in ms if m.status == "back" and m.host is None):
            if not self.refer_back(m, clusters) and m.cand.reported and (m.date or m.place) and not m.cand.title:
                m.status = "event"      # "The seminar, organized by ..., opened on 2 May in Apia": the first mention
                clusters.append(Group(m.cand.kind, [m], set(m.cand.aliases)))
        owners: dict[int, Group] = {}       # mention (by id) -> the first event that holds it
        for k in reversed(clusters):
            owners.update((id(x), k) for x in k.mentions)
        for m in ms:
            host = m.host
            for _ in range(4):          # a tied mention may be tied to one tied in turn
                host = host.host or host if host is not None else None
            if host is None:
                continue
            owner = owners.get(id(host))
            if owner is not None:
                owner.add(m)
                owner.aliases.update(m.cand.aliases)
                owners.setdefault(id(m), owner)
        self.alias_mentions(clusters)
        self.merge_same_day(clusters)
        self.title_into_body(clusters)
        return clusters

    def title_into_body(self, clusters: list[Group]) -> None:
        """A gathering the headline names in other words than the body ("WCO workshop ..." over
        "a national seminar ... took place") is the first gathering the body dates as held."""
        for t in [k for k in clusters if k.all_title]:
            if t.kind not in GATHERINGS or t.observance or t.next:
                continue
            held = [k for k in clusters if k.kind in GATHERINGS and k.start and not k.next and not k.planned
                    and not k.all_title and not self.long_before(k.start)]
            if held:
                target = min(held, key=lambda k: k.starts[0])      # its first mention in the body
                for x in t.mentions:
                    target.add(x)
                clusters.remove(t)

    def long_before(self, start: str) -> bool:
        """Is the date more than a month before the release (an event recalled, not the news)?"""
        pub = self.header.published
        if not pub or len(pub) < 10:
            return False
        first = start[:7] + "-01" if len(start) == 7 else start
        return len(first) == 10 and first < month_back(pub)

    @staticmethod
    def edition_kinds(ms: list[EventMention]) -> None:
        """'the next edition' is of the kind of the latest event named before it."""
        kinds = [(m.cand.start, m.cand.kind) for m in ms if m.status == "event" and m.cand.kind != "edition"
                 and not m.cand.title]
        starts = [s for s, _ in kinds]
        ordered = all(a <= b for a, b in pairwise(starts))
        for m in ms:
            if m.cand.kind == "edition":
                if ordered:     # mentions come in text order: the last one before it by bisection
                    at = bisect_left(starts, m.cand.start)
                    m.cand.kind = kinds[at - 1][1] if at else "other"
                    continue
                before = [kd for s, kd in kinds if s < m.cand.start]
                m.cand.kind = before[-1] if before else "other"

    def refer_back(self, m: EventMention, clusters: list[Group]) -> bool:
        """'the Conference', 'this Regional Workshop': the event of that kind the headline names,
        else the latest one (for 'the meeting' and the like, of any kind nearby); a name joins
        the event it names. False when there is none."""
        c = m.cand
        own = self.core(c)
        if c.named and own:
            target = next((k for k in clusters if k.kind == c.kind and self.names(own, k)), None)
        else:
            # Per event, its latest body mention before this one; then the latest of those.
            before: list[tuple[int, Group]] = []
            for k in clusters:
                at = bisect_left(k.starts, c.start)
                if at:
                    before.append((k.starts[at - 1], k))
            same = [t for t in before if t[1].kind == c.kind]
            titled = [t for t in same if t[1].titled_event]
            pool = titled or same or ([t for t in before if m.sent - 3 <= t[1].max_sent]
                                      if c.kind in GENERIC_BACK else [])
            target = max(pool, key=lambda t: t[0])[1] if pool else next(
                (k for k in clusters if k.kind == c.kind and k.all_title), None)
        if target is not None:
            target.add(m)
        return target is not None

    def alias_mentions(self, clusters: list[Group]) -> None:
        """Every later use of an event's acronym ("the MC11") is a mention of it."""
        taken = sorted((m.cand.start, m.cand.end + 3) for k in clusters for m in k.mentions)
        starts = [a for a, _ in taken]
        order = sorted(range(len(self.spans)), key=lambda n: self.spans[n][0])
        firsts = [self.spans[n][0] for n in order]
        if not order:
            return
        for k in clusters:
            for alias in sorted(k.aliases):
                pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(alias)}(?![\p{{L}}\p{{N}}])")
                try:
                    hits = list(pattern.finditer(self.doc.text, firsts[0], timeout=RULE_TIMEOUT))
                except TimeoutError:
                    self.warnings.append(f"event acronym {alias!r} search timed out")
                    hits = []
                for hit in hits:
                    at = bisect_right(firsts, hit.start()) - 1
                    n = order[at]
                    near = taken[max(0, bisect_right(starts, hit.start()) - 4) : bisect_right(starts, hit.start())]
                    if hit.start() >= self.spans[n][1] or any(a <= hit.start() < b for a, b in near):
                        continue
                    c = Cand(hit.start(), hit.end(), hit.start(), hit.end(), k.kind, alias, head=alias,
                             title=n == 0 and self.has_title)
                    k.add(EventMention(c, n, "back"))

    def merge_same_day(self, clusters: list[Group]) -> None:
        """An event told by a verb and one of its kind on the same day, in the same city, are one
        ('... was launched in Accra on 2 May' + 'the launching ceremony, held on 2 May')."""
        for k in clusters:
            self.settle(k)
        i = 0
        while i < len(clusters):
            a = clusters[i]
            b = next((b for b in clusters[:i] if b.kind == a.kind and a.start and len(a.start) == 10 and a.start == b.start
                      and (not a.place or not b.place or a.place.city == b.place.city)
                      and any(all(m.cand.verb for m in x.mentions if m.status == "event") for x in (a, b))), None)
            if b is not None:
                for x in a.mentions:
                    b.add(x)
                b.aliases |= a.aliases
                self.settle(b)
                del clusters[i]
            else:
                i += 1

    def settle(self, k: Group) -> None:
        """The event's date, place and venue: from its first mention (text order) that has one;
        a venue named elsewhere with its city gives the city."""
        ordered = sorted(k.mentions, key=lambda m: (m.cand.title, m.cand.start))
        told = [m for m in ordered if m.status == "event"]
        if told and told[0].date is None and not told[0].cand.title and self.unresolved_month(told[0]):
            ordered = [m for m in ordered if m.sent == told[0].sent]     # "in June" without a year: none
            k.yearless = True
        first = next((m for m in ordered if m.date and self.close(m, m.date.mention.start, m.date.mention.end)), None)
        if first is not None and first.date is not None:
            dated = first.date
            k.start, k.end, k.date_ev = dated.start, dated.end, dated.mention
            if first.until is not None:
                k.end = first.until.start
            k.old = self.old_date(dated, 0)
        k.venue = next((m.venue for m in ordered if m.venue), None)
        k.place = next((m.place for m in ordered if m.place and self.close(m, *m.place_span)), None)
        at = self.venue_place(k.venue) if k.venue else None
        if k.place is None:
            k.place = at
        elif k.place.city is None and at is not None and at.city and same_country(k.place.country, at.country):
            # "au Japon, ... dans les locaux du Centre ... de Kashiwa": the country's city is the venue's
            k.place = Place(at.city, k.place.country or at.country, {**at.evidence, **k.place.evidence})
        if k.online:
            k.place = None

    def close(self, m: EventMention, start: int, end: int) -> bool:
        """May the mention give the event this date or place? A mention that reports the event
        does; one that refers back only from close by, or when a verb says it was held there
        ("The visit was organized at the request of the office in <its home city>": no city)."""
        if m.status == "event" or max(m.cand.start - end, start - m.cand.end, 0) <= NEAR:
            return True
        return m.cand.end <= start <= m.cand.end + self.r.told_held_at_reach and self.r.told_held_at.search(
            self.doc.text, m.cand.end, start) is not None

    def unresolved_month(self, m: EventMention) -> bool:
        """Does the mention's sentence name a month that no date holds ("in June" with no dateline)?"""
        lo, hi = self.spans[m.sent]
        for w in MONTH_WORD.finditer(self.doc.text, lo, hi):
            if w.group().lower().rstrip(".") in self.months and w.start() > lo and not any(
                    d.mention.start <= w.start() < d.mention.end for d in self.dates_in(lo - 40, hi)):
                return True
        return False

    def inherit(self, clusters: list[Group]) -> None:
        """An event with no place, told in the sentence of another event (or 'on this occasion'
        right after it), took place there; a signing or launch also takes its month."""
        by_sent: dict[int, list[tuple[int, Group]]] = {}     # body mentions of each sentence, event by event
        for o in clusters:
            for x in o.mentions:
                if not x.cand.title:
                    by_sent.setdefault(x.sent, []).append((x.cand.start, o))
        for k in clusters:
            if k.place is not None or k.online or k.planned or (k.kind in LARGER and not k.observance):
                continue            # a conference or workshop is not held at another event
            for m in sorted(k.mentions, key=lambda m: m.cand.start):
                if m.cand.title:
                    continue
                parent = self.parent(k, m, by_sent.get(m.sent, ()))
                s0 = self.spans[m.sent][0]
                # The tie phrase opens the sentence: a bounded window keeps this linear.
                if parent is None and self.r.link.search(self.doc.text, s0, min(m.cand.start, s0 + LINK_WINDOW)):
                    parent = self.parent(k, m, by_sent.get(m.sent - 1, ()))
                if parent is not None:
                    k.place = parent.place
                    if k.kind in SUB_EVENTS and k.start is None and parent.start:
                        k.start, k.end, k.date_ev = parent.start[:7], None, parent.date_ev
                    break

    @staticmethod
    def parent(k: Group, m: EventMention, told: Sequence[tuple[int, Group]]) -> Group | None:
        """The placed event mentioned nearest to `m` among the body mentions `told` of a sentence."""
        near = [(abs(start - m.cand.start), o) for start, o in told if o is not k and o.place is not None
                and not o.next]
        return min(near, key=lambda t: t[0])[1] if near else None

    def drop_parts(self, clusters: list[Group]) -> list[Group]:
        """Without the parts of a larger event the release reports as held: a panel, a round
        table, a themed session or an exhibition that has no date of its own (or one within the
        event's), unless it is one of a numbered series ("the 3rd Round Table on ...") or the
        headline's; and a field visit, side event, joint session or undated ceremony within any
        gathering held."""
        held = [k for k in clusters if not k.next and not k.planned and not self.side(k)]
        larger = [k for k in held if k.kind in LARGER]
        hosts = [k for k in held if k.kind in LARGER | SITTINGS]
        bodies = larger + [k for k in hosts if k.kind in SITTINGS and any(
            m.cand.body or m.cand.body_complement for m in k.mentions)]       # the sittings of a standing body

        def within(k: Group, pool: list[Group]) -> bool:
            return any(b is not k for b in pool) and (k.start is None or any(
                b is not k and b.start and b.start[: len(k.start)] <= k.start <= (b.end or b.start)[: len(k.start)]
                for b in pool))

        def part(k: Group) -> bool:
            if k.next or any(m.cand.title for m in k.mentions):
                return False
            if self.side(k):
                return within(k, hosts)
            if k.kind == "ceremony" and k.start is None and not k.observance:     # "a ceremony was held during ..."
                return within(k, hosts) and not any(m.cand.proper for m in k.mentions)
            heads = {norm(m.cand.head).removesuffix("s") for m in k.mentions if m.status == "event"}
            kind_part = k.kind in self.v.part_kinds or (k.kind == "other" and heads & self.v.part_heads)
            return bool(kind_part) and not k.observance and within(k, bodies if k.kind in PARTS_OF_SITTINGS else larger) \
                and not any(m.cand.body or m.cand.body_complement or m.cand.det_word in self.v.own
                            or (m.cand.ordinal and m.cand.proper and m.cand.of_kind not in LARGER) for m in k.mentions)
        return [k for k in clusters if not part(k)]

    @staticmethod
    def side(k: Group) -> bool:
        """Told as a side part of another event ("a field visit", "a joint session")."""
        return k.kind not in LARGER and any(m.cand.side for m in k.mentions if m.status == "event")
