"""Events: kind, name, dates, venue and place, and the one the release is mainly about.

One pass per release: (1) every event noun phrase or event verb of the title and the body
(`event_phrases`); (2) each is judged held/planned ("event"), a reference back to one ("back"),
or nothing; (3) dates, places and venues attach to the nearest mention in the same sentence;
(4) mentions of one event merge (same ordinal, same name words, an acronym, "the Conference");
(5) sub-events inherit the place of the event they happened at; (6) the primary event is chosen
by `PRIMARY_STRATEGIES`, in order, and falls back on the dateline for its date and place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon
from .dates import DateMention
from .document import Document
from .event_phrases import Cand, candidates
from .event_rules import (
    AFTER_TRIGGER, DATE_GAP, DATELINE_PLACE, FROM_BEFORE, LINK, NOT_A_DATE_BEFORE, ORDINAL_DIGITS, PLACE_GAP,
    RULES, STRONG_BEFORE, VENUE, WEAK_BEFORE, YEAR, Vocab, vocab,
)
from .header import Header
from .models import Event, Initiative, Mention, Organization
from .places import PlaceMention, canonical_country, country_of_city
from .scoring_text import norm

__all__ = ["RULES", "find_events", "PRIMARY_STRATEGIES"]

#: Heads that may refer back to an event of another kind ("Opening the meeting" after "Conference").
GENERIC_BACK = frozenset({"meeting", "session", "other", "ceremony"})
#: How far (characters) a date, place or venue may stand from a mention that only refers back.
NEAR = 30
#: Kinds that happen at a larger event and so share its place and month when they have none.
SUB_EVENTS = frozenset({"signing", "launch"})


@dataclass
class _Place:
    city: str | None
    country: str | None
    evidence: dict[str, Mention]


@dataclass
class _M:
    """One mention of an event, as judged in its sentence."""

    cand: Cand
    sent: int
    status: str                        # "event" or "back"
    date: DateMention | None = None
    place: _Place | None = None
    place_span: tuple[int, int] = (0, 0)
    venue: Mention | None = None


@dataclass
class _Cluster:
    mentions: list[_M] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    start: str | None = None
    end: str | None = None
    date_ev: Mention | None = None
    place: _Place | None = None
    venue: Mention | None = None
    primary: bool = False

    @property
    def first(self) -> Cand:
        return min((m.cand for m in self.mentions if m.status == "event"), key=lambda c: (c.title, c.start))

    @property
    def kind(self) -> str:
        return self.first.kind

    @property
    def observance(self) -> bool:
        return any(m.cand.observance for m in self.mentions)

    def value(self, attr: str) -> tuple[int, str] | None:
        ordered = sorted(self.mentions, key=lambda m: (m.cand.title, m.cand.start))
        return next(((m.cand.start, str(getattr(m.cand, attr))) for m in ordered if getattr(m.cand, attr)), None)


def _core(c: Cand, v: Vocab, months: frozenset[str]) -> set[str]:
    """Content words of a name that tell one event from another (no head, number or month)."""
    head = set(norm(c.name[c.head_start - c.start : c.head_end - c.start]).split()) if not c.verb else set()
    words = set(norm(c.name).split())
    drop = head | {h + "s" for h in head} | set(v.connectors) | set(v.determiners) | months | {"s", "with", "to", "at", "in"}
    if c.verb:
        drop |= set(norm(c.name).split()[:1])
    return {w for w in words - drop if not YEAR.fullmatch(w) and not ORDINAL_DIGITS.fullmatch(w) and w not in v.ordinals}


def _core_ok(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    return a <= b or b <= a or 2 * len(a & b) / (len(a) + len(b)) >= 0.5


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


class _Finder:
    """One release: its sentences, mentions and clusters."""

    def __init__(self, doc: Document, header: Header, dates: list[DateMention], places: list[PlaceMention],
                 v: Vocab, warnings: list[str]) -> None:
        self.doc, self.header, self.dates, self.places, self.v, self.warnings = doc, header, dates, places, v, warnings
        try:
            self.months = frozenset(k.rstrip(".") for k in lexicon.table("en/months.txt"))
        except (FileNotFoundError, OSError):
            self.months = frozenset()
        title = header.title
        self.spans: list[tuple[int, int]] = [(title.start, title.end)] if title else []
        self.has_title = title is not None
        for s in doc.sentences:
            if s.start >= header.body_start and not (title and s.start < title.end and title.start < s.end):
                self.spans.append((s.start, s.end))
        self.pub_year = int(header.published[:4]) if header.published else None

    # ------------------------------------------------------------ judging a mention
    def judge(self, c: Cand, lo: int, hi: int) -> str | None:
        text = self.doc.text
        strong = STRONG_BEFORE.search(text, max(lo, c.det_start - 60), c.det_start) is not None
        weak = WEAK_BEFORE.search(text, max(lo, c.det_start - 40), c.det_start) is not None
        after = AFTER_TRIGGER.search(text, c.end, min(hi, c.end + 80)) is not None
        attached = self.attached(c, hi)
        proper = c.named and (c.start < c.head_start or c.end > c.head_end)
        if c.part:
            return None
        if c.observance or c.verb:
            return "event"
        if c.body:
            return "event" if c.ordinal or c.year or attached or after or self.month_in(c) else None
        if c.title:
            return "event" if (proper or c.ordinal) and c.kind != "other" else None
        if c.kind == "session" and not c.ordinal and not c.body_complement and not (c.det_word == "its" and c.year):
            return "back" if c.det == "back" else None
        if proper:
            return "event" if c.ordinal or c.year or strong or weak or after or attached or c.theme else "back"
        if (c.generic or (c.plural and c.det is None)) and not (strong or after):
            return None
        if strong or after or c.ordinal or c.year or c.theme or (c.det == "new" and c.cap_complement):
            return "event" if c.kind != "other" or strong or after else None
        if attached and c.det != "back" and c.kind != "other":
            return "event"
        return "back" if c.det == "back" else None

    def month_in(self, c: Cand) -> bool:
        return any(w.rstrip("'s") in self.months for w in c.name.lower().split()[:2])

    def attached(self, c: Cand, hi: int) -> bool:
        text = self.doc.text
        for p in self.places:
            s = p.mention.start
            if c.end <= s <= min(hi, c.end + 40) and PLACE_GAP.search(text, c.end, s):
                return True
        return any(c.end <= d.mention.start <= min(hi, c.end + 40) and DATE_GAP.search(text, c.end, d.mention.start)
                   for d in self.dates if len(d.start) > 4)

    # ------------------------------------------------------------ dates, places, venues
    def usable_date(self, d: DateMention, lo: int) -> bool:
        if len(d.start) <= 4:
            return False
        if NOT_A_DATE_BEFORE.search(self.doc.text, max(lo, d.mention.start - 30), d.mention.start):
            return False
        year = int(d.start[:4])
        return self.pub_year is None or self.pub_year - 2 <= year <= self.pub_year + 3

    def place_of(self, p: PlaceMention, lo: int) -> _Place | None:
        if p.in_name or FROM_BEFORE.search(self.doc.text, max(lo, p.mention.start - 20), p.mention.start):
            return None
        if self.doc.text[p.mention.end : p.mention.end + 2] in ("'s", "’s"):
            return None
        country = p.country or (country_of_city(p.city) if p.city else None)
        if not p.city and not country:
            return None
        ev: dict[str, Mention] = {}
        if p.city:
            ev["city"] = p.city_mention or p.mention
        if country:
            ev["country"] = p.country_mention or (p.city_mention if not p.country else p.mention) or p.mention
        return _Place(p.city, country, ev)

    def attach(self, ms: list[_M], lo: int, hi: int) -> None:
        """Dates go to the nearest mention (one each); places and venues to the nearest too."""
        def near(m: _M, span: tuple[int, int]) -> int:
            g = _gap((m.cand.start, m.cand.end), span)
            return g if m.status == "event" or g <= NEAR else 10**6
        for d in (d for d in self.dates if lo <= d.mention.start < hi and self.usable_date(d, lo)):
            span = (d.mention.start, d.mention.end)
            ok = [m for m in ms if not (m.cand.year and d.start[:4] != m.cand.year) and near(m, span) < 10**6]
            if ok:
                best = min(ok, key=lambda m: (near(m, span), m.cand.start > span[0]))
                if best.date is None:
                    best.date = d
        for p in (p for p in self.places if lo <= p.mention.start < hi):
            place = self.place_of(p, lo)
            for m in ms:
                g = near(m, (p.mention.start, p.mention.end))
                if place and g < 10**6 and (m.place is None or g < near(m, m.place_span)):
                    m.place, m.place_span = place, (p.mention.start, p.mention.end)
        venues = [p.venue_mention for p in self.places if p.venue_mention and lo <= p.venue_mention.start < hi]
        for vm in VENUE.finditer(self.doc.text, lo, hi, self.warnings):
            s, e = vm.span("venue")
            if any(ch.isupper() for ch in self.doc.text[s:e]) and not any(x.start <= s < x.end for x in venues):
                venues.append(self.doc.mention(s, e, VENUE.name))
        for vmen in venues:
            scored = [(near(m, (vmen.start, vmen.end)), m) for m in ms]
            best = min(scored, key=lambda t: t[0], default=None)
            if best and best[0] < 10**6 and best[1].venue is None:
                best[1].venue = vmen

    # ------------------------------------------------------------ mentions of the release
    def mentions(self) -> list[_M]:
        out: list[_M] = []
        for k, (lo, hi) in enumerate(self.spans):
            is_title = self.has_title and k == 0
            cands = candidates(self.doc.text, self.doc.source, lo, hi, self.v, is_title)
            judged: list[_M] = []
            for c in cands:
                status = self.judge(c, lo, hi)
                if status == "event" and c.kind == "session" and c.det_word == "its" and not c.body:
                    body = next((b for b in reversed(judged) if b.cand.body and b.cand.end <= c.start), None)
                    if body is not None:       # "the Policy Commission ... at its December 2017 session"
                        body.status, body.cand.year = "event", c.year
                        continue
                if status == "event" and c.body and not c.ordinal and any(
                        j.status == "event" and not j.cand.body for j in judged if j.cand.end <= c.start) and not self.attached(c, hi):
                    status = None
                if status:
                    judged.append(_M(c, k, status))
            self.attach(judged, lo, hi)
            out.extend(judged)
        return out

    # ------------------------------------------------------------ merging mentions into events
    def compatible(self, c: Cand, k: _Cluster, unique: bool) -> bool:
        f = k.first
        if c.kind != f.kind and not (c.observance and f.observance):
            return False
        ords = {m.cand.ordinal for m in k.mentions if m.cand.ordinal}
        years = {m.cand.year for m in k.mentions if m.cand.year}
        if (c.ordinal and ords and c.ordinal not in ords) or (c.year and years and c.year not in years):
            return False
        core = _core(c, self.v, self.months)
        cores = [_core(m.cand, self.v, self.months) for m in k.mentions if m.status == "event"]
        if any(_core_ok(core, other) for other in cores):
            return True
        if core and core <= {a.lower() for a in k.aliases}:
            return True
        if c.ordinal and c.ordinal in ords and (not c.named or not any(m.cand.named for m in k.mentions)):
            return True
        return c.title and unique and not c.verb

    def cluster(self, ms: list[_M]) -> list[_Cluster]:
        clusters: list[_Cluster] = []
        body = [m for m in ms if m.status == "event" and not m.cand.title]
        title = [m for m in ms if m.status == "event" and m.cand.title]
        for m in body + title:
            same = [k for k in clusters if k.kind == m.cand.kind and not k.observance and not all(x.cand.title for x in k.mentions)]
            target = next((k for k in clusters if self.compatible(m.cand, k, len(same) == 1 and k in same)), None)
            if target is None:
                target = _Cluster()
                clusters.append(target)
            target.mentions.append(m)
            target.aliases.update(m.cand.aliases)
        for m in (m for m in ms if m.status == "back"):
            self.refer_back(m, clusters)
        self.merge_same_day(clusters)
        return clusters

    def refer_back(self, m: _M, clusters: list[_Cluster]) -> None:
        c = m.cand
        core = _core(c, self.v, self.months)
        if c.named and core:
            target = next((k for k in clusters if k.kind == c.kind and any(
                _core_ok(core, _core(x.cand, self.v, self.months)) for x in k.mentions if x.status == "event")), None)
        else:
            before = [(x.cand.start, k) for k in clusters for x in k.mentions if x.cand.start < c.start and not x.cand.title]
            same = [t for t in before if t[1].kind == c.kind]
            pool = same or ([t for t in before if m.sent - 3 <= max(x.sent for x in t[1].mentions)]
                            if c.kind in GENERIC_BACK else [])
            target = max(pool, key=lambda t: t[0])[1] if pool else None
        if target is not None:
            target.mentions.append(m)

    def merge_same_day(self, clusters: list[_Cluster]) -> None:
        """Two events of one kind on the same day in the same city are one ('launched' + 'launch')."""
        for k in clusters:
            self.settle(k)
        i = 0
        while i < len(clusters):
            a = clusters[i]
            b = next((b for b in clusters[:i] if b.kind == a.kind and a.start and len(a.start) == 10 and a.start == b.start
                      and (not a.place or not b.place or a.place.city == b.place.city)), None)
            if b is not None:
                b.mentions.extend(a.mentions)
                b.aliases |= a.aliases
                self.settle(b)
                del clusters[i]
            else:
                i += 1

    def settle(self, k: _Cluster) -> None:
        """The event's date, place and venue: from its first mention (text order) that has one."""
        ordered = sorted(k.mentions, key=lambda m: (m.cand.title, m.cand.start))
        dated = next((m.date for m in ordered if m.date), None)
        if dated is not None:
            k.start, k.end, k.date_ev = dated.start, dated.end, dated.mention
        k.place = next((m.place for m in ordered if m.place), None)
        k.venue = next((m.venue for m in ordered if m.venue), None)

    # ------------------------------------------------------------ sub-events and the dateline
    def inherit(self, clusters: list[_Cluster]) -> None:
        """An event with no place, told in the sentence of another event (or 'on this occasion'
        right after it), took place there; a signing or launch also takes its month."""
        for k in clusters:
            if k.place is not None:
                continue
            for m in sorted(k.mentions, key=lambda m: m.cand.start):
                lo = self.spans[m.sent][0]
                sents = {m.sent}
                if LINK.search(self.doc.text, lo, m.cand.start):
                    sents.add(m.sent - 1)
                parent = next((o for o in clusters if o is not k and o.place is not None
                               and any(x.sent in sents and not x.cand.title for x in o.mentions)), None)
                if parent is not None:
                    k.place = parent.place
                    if k.kind in SUB_EVENTS and k.start is None and parent.start:
                        k.start, k.end, k.date_ev = parent.start[:7], None, parent.date_ev
                    break

    def dateline(self) -> tuple[DateMention | None, _Place | None]:
        """The date and place of a 'Baku, 12-13 April 2012' line above the body, if any."""
        for line in self.doc.lines[:8]:
            if line.end - line.start > 70:
                continue
            m = DATELINE_PLACE.search(self.doc.text, line.start, line.end)
            d = next((d for d in self.dates if m and m.end() <= d.mention.start <= m.end() + 2), None)
            if m is None or d is None:
                continue
            s, e = m.span("place")
            written = self.doc.source[s:e].strip()
            known = next((p for p in self.places if s <= p.mention.start < e), None)
            if known is not None:
                return d, self.place_of(known, line.start)
            ev = self.doc.mention(s, e, DATELINE_PLACE.name)
            if canonical_country(written):
                return d, _Place(None, written, {"country": ev})
            return d, _Place(written, country_of_city(written), {"city": ev, "country": ev})
        return None, None

    def title_extras(self) -> tuple[_Place | None, Mention | None]:
        """Place and venue written in the title (the primary event's, when the body has none)."""
        t = self.header.title
        if t is None:
            return None, None
        place = next((p for p in (self.place_of(p, t.start) for p in self.places if t.start <= p.mention.start < t.end) if p), None)
        vm = VENUE.search(self.doc.text, t.start, t.end)
        venue = self.doc.mention(*vm.span("venue"), VENUE.name) if vm else None
        if venue is None:
            inside = [p.venue_mention for p in self.places if p.venue_mention and t.start <= p.venue_mention.start < t.end]
            venue = inside[0] if inside else None
        if venue is None:
            title = self.doc.text[t.start : t.end]
            for word in self.v.venues:
                at = title.lower().find(word)
                if at > 0 and title[:at].rstrip()[-1:].isupper():
                    first = title.rfind(" ", 0, title[:at].rstrip().rfind(" ") + 1)
                    venue = self.doc.mention(t.start + max(first, 0), t.start + at + len(word), VENUE.name)
                    break
        return place, venue

    def fall_back(self, k: _Cluster) -> None:
        """The primary event without a date or place takes the dateline's (and the title's)."""
        d, place = self.dateline()
        if k.start is None and d is not None:
            k.start, k.end, k.date_ev = d.start, d.end, d.mention
        elif k.start is None and k.observance and self.header.published:
            k.start = k.end = self.header.published
            k.date_ev = self.header.published_mention
        t_place, t_venue = self.title_extras()
        if k.place is None and not k.observance:
            k.place = place or t_place
        if k.venue is None:
            k.venue = t_venue


# ---------------------------------------------------------------- the primary event

def _in_title(clusters: list[_Cluster]) -> _Cluster | None:
    """The event the headline names (an observance day only if nothing else is named)."""
    return next((k for k in clusters if not k.observance and any(m.cand.title and m.status == "event" for m in k.mentions)), None)


def _first_dated(clusters: list[_Cluster]) -> _Cluster | None:
    """The first event of the body that the text dates."""
    return next((k for k in clusters if not k.observance and k.start and any(m.date for m in k.mentions)), None)


def _first_held(clusters: list[_Cluster]) -> _Cluster | None:
    """The first event of the body."""
    return next((k for k in clusters if not k.observance), None)


def _first_observance(clusters: list[_Cluster]) -> _Cluster | None:
    """An observance day ('International Customs Day') when the release reports no other event."""
    return clusters[0] if clusters else None


#: Tried in order; the first that names an event gives the primary one.
PRIMARY_STRATEGIES = (
    ("title", _in_title), ("first_dated", _first_dated), ("first_held", _first_held),
    ("observance", _first_observance),
)


def _name(k: _Cluster, doc: Document) -> tuple[str, Mention]:
    """Name by preference: the body's first proper name, a quoted theme, the title's proper
    name, the body's first description, the title's description."""
    ms = sorted((m for m in k.mentions if m.status == "event"), key=lambda m: (m.cand.title, m.cand.start))

    def pick(title: bool, named: bool) -> _M | None:
        return next((m for m in ms if m.cand.title == title and m.cand.named == named
                     and (m.cand.start < m.cand.head_start or m.cand.end > m.cand.head_end or m.cand.verb)), None)
    theme = next((m for m in ms if m.cand.theme), None)
    for choice in (pick(False, True), theme, pick(True, True), pick(False, False), pick(True, False), ms[0]):
        if choice is None:
            continue
        if choice is theme and theme is not None and theme.cand.theme is not None:
            s, e = theme.cand.theme
            return doc.source[s:e].strip(), doc.mention(s, e, "event_theme")
        return choice.cand.name, doc.mention(choice.cand.start, choice.cand.end, "event_name")
    raise AssertionError("a cluster always has an event mention")


def _event(k: _Cluster, doc: Document) -> Event:
    name, name_ev = _name(k, doc)
    kind = k.kind
    if k.observance and any(m.cand.kind == "ceremony" for m in k.mentions):
        kind = "ceremony"
    if k.start is None and (year := k.first.year or next((m.cand.year for m in k.mentions if m.cand.year), None)):
        k.start = year
    ev: dict[str, Mention] = {"name": name_ev}
    if k.date_ev is not None and k.start:
        ev["start"] = k.date_ev
        if k.end:
            ev["end"] = k.date_ev
    if k.venue is not None:
        ev["venue"] = k.venue
    if k.place is not None:
        ev.update(k.place.evidence)
    mentions = sorted({(m.cand.start, m.cand.end) for m in k.mentions})
    return Event(
        name=name, kind=kind, start=k.start, end=k.end, venue=k.venue.text if k.venue else None,  # type: ignore[arg-type]
        city=k.place.city if k.place else None, country=k.place.country if k.place else None,
        primary=k.primary, mentions=[doc.mention(s, e, "event_mention") for s, e in mentions], evidence=ev,
    )


def find_events(
    doc: Document,
    header: Header,
    dates: list[DateMention],
    places: list[PlaceMention],
    orgs: list[Organization],
    initiatives: list[Initiative],
    lang: str = "en",
    warnings: list[str] | None = None,
) -> list[Event]:
    """The events the release reports as held, attended, opened, hosted or planned."""
    v = vocab(lang)
    if v is None:
        return []
    finder = _Finder(doc, header, dates, places, v, warnings if warnings is not None else [])
    clusters = finder.cluster(finder.mentions())
    finder.inherit(clusters)
    clusters.sort(key=lambda k: min(m.cand.start for m in k.mentions if m.status == "event"))
    primary = next((k for _, pick in PRIMARY_STRATEGIES if (k := pick(clusters)) is not None), None)
    if primary is not None:
        primary.primary = True
        finder.fall_back(primary)
    return [_event(k, doc) for k in clusters]
