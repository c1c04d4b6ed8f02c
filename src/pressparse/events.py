"""Events: kind, name, dates, venue and place, and the one the release is mainly about.

One pass per release: (1) every event noun phrase or event verb of the title and the body
(`event_phrases`); (2) each is judged held/planned ("event"), a reference back to one ("back"),
or nothing; (3) dates, places and venues attach to the nearest mention in the same sentence;
(4) mentions of one event merge (same ordinal, same name words, an acronym, "the Conference");
(5) sub-events inherit the place of the event they happened at; (6) the primary event is chosen
by `PRIMARY_STRATEGIES`, in order, and falls back on the dateline for its date and place.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import cast, get_args

import regex

from .dates import DateMention
from .document import Document
from .event_phrases import Cand, candidates, core, same_name
from .event_places import Context, EventMention, Group
from .event_rules import AFTER_TRIGGER, LINK, RULES, STRONG_BEFORE, WEAK_BEFORE, Vocab, vocab
from .header import Header
from .models import Event, EventKind, Initiative, Mention, Organization
from .places import PlaceMention
from .rules import RULE_TIMEOUT

__all__ = ["RULES", "find_events", "PRIMARY_STRATEGIES"]

#: Heads that may refer back to an event of another kind ("Opening the meeting" after "Conference").
GENERIC_BACK = frozenset({"meeting", "session", "other", "ceremony"})
#: Kinds whose mention with a capitalized complement is specific even after "the".
SPECIFIC = frozenset({"signing", "launch", "visit", "mission"})
#: Kinds that happen at a larger event and so share its place and month when they have none.
SUB_EVENTS = frozenset({"signing", "launch"})


class _Finder(Context):
    """One release: its sentences, mentions and the events they make."""

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

    def core(self, c: Cand) -> frozenset[str]:
        if id(c) not in self._cores:
            self._cores[id(c)] = frozenset(core(c, self.v, self.months))
        return self._cores[id(c)]

    # ------------------------------------------------------------ judging a mention
    def judge(self, c: Cand, lo: int, hi: int) -> str | None:
        """"event" (reported as held, attended or planned), "back" (refers to one), or None.

        A decision list, first match wins: parts of events are nothing; observances are events;
        verbs need a named object or a place/date; a standing body is a session only when
        numbered, dated or placed; the title's proper names are events; a proper name needs a
        number, a trigger word, an attached date/place or a theme; a described one needs a
        trigger, a number, a theme or a capitalized complement, and without them "the ..."
        only refers back.
        """
        text = self.doc.text
        strong = STRONG_BEFORE.search(text, max(lo, c.det_start - 60), c.det_start) is not None
        weak = WEAK_BEFORE.search(text, max(lo, c.det_start - 40), c.det_start) is not None
        after = any(AFTER_TRIGGER.search(text, x, min(hi, x + 80)) for x in {c.end, c.head_end})
        attached = self.attached(c, hi)
        if c.part:
            return None
        if c.observance:
            return "event"
        if c.verb:     # a signing or launch needs a named object, or a date or place
            named = any(w[:1].isupper() for w in c.name.split()[2:] if w.lower() not in self.v.determiners)
            return "event" if c.kind in ("meeting", "visit") or named or self.placed(lo, hi) else None
        if c.body:
            return "event" if c.ordinal or c.year or attached or self.month_in(c) else None
        if c.title:
            return "event" if (c.proper or c.ordinal) and c.kind != "other" else None
        if c.proper:
            return "event" if c.ordinal or c.year or strong or weak or after or attached or c.theme else "back"
        if c.kind == "session" and not c.ordinal and not c.body_complement and not (c.det_word == "its" and c.year):
            return "back" if c.det == "back" else None
        if (c.generic or (c.plural and c.det is None)) and not (strong or after):
            return None
        bare = not (c.ordinal or c.theme or c.end > c.head_end or (c.start < c.head_start and (strong or after)))
        specific = c.cap_complement and c.kind in SPECIFIC
        if c.det == "back" and (bare or (c.year and not c.ordinal)) and not specific:
            return "back"
        if c.kind == "other" and not (strong or after):
            return None
        if strong or after or c.ordinal or c.year or c.theme or specific or (c.cap_complement and c.det == "new"):
            return "event"
        if c.det == "new" and (attached or self.placed(lo, hi)):
            return "event"
        return "back" if c.det == "back" else None

    # ------------------------------------------------------------ mentions of the release
    def mentions(self) -> list[EventMention]:
        """Every judged mention of the title and the body, with its date, place and venue."""
        out: list[EventMention] = []
        for k, (lo, hi) in enumerate(self.spans):
            is_title = self.has_title and k == 0
            cands = candidates(self.doc.text, self.doc.source, lo, hi, self.v, is_title)
            judged: list[EventMention] = []
            bodies: list[EventMention] = []
            for c in cands:
                status = self.judge(c, lo, hi)
                if status == "event" and c.kind == "session" and c.det_word == "its" and not c.body:
                    body = next((b for b in reversed(bodies) if b.cand.end <= c.start), None)
                    if body is not None and c.ordinal:   # "the Committee held its 54th Session"
                        c.name, c.aliases = f"{c.name} of the {body.cand.name}", c.aliases + body.cand.aliases
                        body.status = "back"
                        judged.append(body)
                    elif body is not None:     # "the Policy Commission ... at its December 2017 session"
                        body.cand.year = c.year
                        if body.status != "event":
                            body.status = "event"
                            judged.append(body)
                        continue
                if c.body and status is None:
                    bodies.append(EventMention(c, k, "none"))
                if status:
                    judged.append(EventMention(c, k, status))
            self.attach(judged, lo, hi)
            out.extend(judged)
        return out

    # ------------------------------------------------------------ merging mentions into events
    def compatible(self, c: Cand, k: Group, unique: bool) -> bool:
        """May mention `c` join event `k`? Same kind, no clash of number or year, and the same
        name words, its acronym, the same number, or (a title mention) the only such event."""
        f = k.first
        if c.kind != f.kind and not (c.observance and f.observance):
            return False
        ords = {m.cand.ordinal for m in k.mentions if m.cand.ordinal}
        years = {m.cand.year for m in k.mentions if m.cand.year}
        if (c.ordinal and ords and c.ordinal not in ords) or (c.year and years and c.year not in years):
            return False
        own = self.core(c)
        cores = [self.core(m.cand) for m in k.mentions if m.status == "event"]
        if any(same_name(own, other) for other in cores):
            return True
        if own and own <= {a.lower() for a in k.aliases}:
            return True
        if c.ordinal and c.ordinal in ords and (c.title or not c.named or not any(m.cand.named for m in k.mentions)):
            return True
        return c.title and unique and not c.verb

    def cluster(self, ms: list[EventMention]) -> list[Group]:
        """Events from mentions: body mentions first, then the title's, then references back."""
        clusters: list[Group] = []
        body = [m for m in ms if m.status == "event" and not m.cand.title]
        title = [m for m in ms if m.status == "event" and m.cand.title]
        for m in body + title:
            same = [k for k in clusters if k.kind == m.cand.kind and not k.observance and not all(x.cand.title for x in k.mentions)]
            target = next((k for k in clusters if self.compatible(m.cand, k, len(same) == 1 and k in same)), None)
            if target is None:
                target = Group(m.cand.kind)
                clusters.append(target)
            target.mentions.append(m)
            target.aliases.update(m.cand.aliases)
        for m in (m for m in ms if m.status == "back"):
            self.refer_back(m, clusters)
        self.alias_mentions(clusters)
        self.merge_same_day(clusters)
        return clusters

    def refer_back(self, m: EventMention, clusters: list[Group]) -> None:
        """'the Conference', 'this Regional Workshop': the event of that kind the headline names,
        else the latest one (for 'the meeting' and the like, of any kind nearby); a name joins
        the event it names."""
        c = m.cand
        own = self.core(c)
        if c.named and own:
            target = next((k for k in clusters if k.kind == c.kind and any(
                same_name(own, self.core(x.cand)) for x in k.mentions if x.status == "event")), None)
        else:
            before = [(x.cand.start, k) for k in clusters for x in k.mentions if x.cand.start < c.start and not x.cand.title]
            same = [t for t in before if t[1].kind == c.kind]
            titled = [t for t in same if any(x.cand.title and x.status == "event" for x in t[1].mentions)]
            pool = titled or same or ([t for t in before if m.sent - 3 <= max(x.sent for x in t[1].mentions)]
                            if c.kind in GENERIC_BACK else [])
            target = max(pool, key=lambda t: t[0])[1] if pool else next(
                (k for k in clusters if k.kind == c.kind and all(x.cand.title for x in k.mentions)), None)
        if target is not None:
            target.mentions.append(m)

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
                    k.mentions.append(EventMention(c, n, "back"))

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
                b.mentions.extend(a.mentions)
                b.aliases |= a.aliases
                self.settle(b)
                del clusters[i]
            else:
                i += 1

    def settle(self, k: Group) -> None:
        """The event's date, place and venue: from its first mention (text order) that has one."""
        ordered = sorted(k.mentions, key=lambda m: (m.cand.title, m.cand.start))
        dated = next((m.date for m in ordered if m.date), None)
        if dated is not None:
            k.start, k.end, k.date_ev = dated.start, dated.end, dated.mention
        k.place = next((m.place for m in ordered if m.place), None)
        k.venue = next((m.venue for m in ordered if m.venue), None)

    # ------------------------------------------------------------ sub-events and the dateline
    def inherit(self, clusters: list[Group]) -> None:
        """An event with no place, told in the sentence of another event (or 'on this occasion'
        right after it), took place there; a signing or launch also takes its month."""
        for k in clusters:
            if k.place is not None:
                continue
            for m in sorted(k.mentions, key=lambda m: m.cand.start):
                if m.cand.title:
                    continue
                parent = self.parent(k, m, clusters, m.sent)
                if parent is None and LINK.search(self.doc.text, self.spans[m.sent][0], m.cand.start):
                    parent = self.parent(k, m, clusters, m.sent - 1)
                if parent is not None:
                    k.place = parent.place
                    if k.kind in SUB_EVENTS and k.start is None and parent.start:
                        k.start, k.end, k.date_ev = parent.start[:7], None, parent.date_ev
                    break

    def parent(self, k: Group, m: EventMention, clusters: list[Group], sent: int) -> Group | None:
        """The placed event mentioned nearest to `m` in sentence `sent`."""
        near = [(abs(x.cand.start - m.cand.start), o) for o in clusters if o is not k and o.place is not None
                for x in o.mentions if x.sent == sent and not x.cand.title]
        return min(near, key=lambda t: t[0])[1] if near else None

    def fall_back(self, k: Group) -> None:
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

def _in_title(clusters: list[Group]) -> Group | None:
    """The event the headline names (an observance day only if nothing else is named)."""
    return next((k for k in clusters if not k.observance and any(m.cand.title and m.status == "event" for m in k.mentions)), None)


def _first_dated(clusters: list[Group]) -> Group | None:
    """The first event of the body that the text dates."""
    return next((k for k in clusters if not k.observance and k.start and any(m.date for m in k.mentions)), None)


def _first_held(clusters: list[Group]) -> Group | None:
    """The first event of the body."""
    return next((k for k in clusters if not k.observance), None)


def _first_observance(clusters: list[Group]) -> Group | None:
    """An observance day ('International Customs Day') when the release reports no other event."""
    return clusters[0] if clusters else None


#: Tried in order; the first that names an event gives the primary one.
PRIMARY_STRATEGIES = (
    ("title", _in_title), ("first_dated", _first_dated), ("first_held", _first_held),
    ("observance", _first_observance),
)


def _name(k: Group, doc: Document) -> tuple[str, Mention]:
    """Name by preference: a quoted theme when the body gives no proper name; the body's first
    proper name; its first description with a complement; the title's proper name; the body's
    first noun; a verb's description; the title's."""
    ms = sorted((m for m in k.mentions if m.status == "event"), key=lambda m: (m.cand.title, m.cand.start))
    body = [m.cand for m in ms if not m.cand.title]
    title = [m.cand for m in ms if m.cand.title]
    theme = next((c for c in body if c.theme), None)
    if theme is not None and theme.theme is not None and not any(c.proper and not c.verb for c in body):
        s, e = theme.theme
        return " ".join(doc.source[s:e].split()), doc.mention(s, e, "event_theme")
    for choice in (
        next((c for c in body if c.proper and not c.verb), None),
        next((c for c in body if c.described and not c.verb), None),
        next((c for c in title if c.proper), None),
        next((c for c in body if not c.verb), None),
        next(iter(body), None),
        next(iter(title), None),
    ):
        if choice is not None:
            return choice.name, doc.mention(choice.start, choice.end, "event_name")
    raise AssertionError("a cluster always has an event mention")


def _event(k: Group, doc: Document) -> Event:
    name, name_ev = _name(k, doc)
    kind = "ceremony" if k.observance and any(m.cand.kind == "ceremony" for m in k.mentions) else k.kind
    kind = kind if kind in get_args(EventKind) else "other"
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
        name=name, kind=cast(EventKind, kind), start=k.start, end=k.end, venue=k.venue.text if k.venue else None,
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
    """The events the release reports as held, attended, opened, hosted or planned.

    `orgs` and `initiatives` are accepted for the pipeline's sake and not read: standing bodies
    and event acronyms are recognized from the text itself."""
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
