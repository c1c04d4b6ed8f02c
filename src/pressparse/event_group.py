"""One event mention as judged in its sentence, the group of mentions that make one event, and
the tests of names, countries and dates that tell whether two of them are one.

A group keeps running aggregates of its mentions (first report, numbers, years, kinds of
mention ...), updated by `Group.add`, so that joining a mention to an event costs the same
whether the event has two mentions or two thousand.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field

from .dates import DateMention
from .event_vocab import YEAR, Cand, Vocab
from .models import Mention
from .places import canonical_country
from .scoring_text import norm


@dataclass
class Place:
    city: str | None
    country: str | None
    evidence: dict[str, Mention]


@dataclass
class EventMention:
    """One mention of an event, as judged in its sentence."""

    cand: Cand
    sent: int
    status: str                        # "event" or "back"
    date: DateMention | None = None
    place: Place | None = None
    place_span: tuple[int, int] = (0, 0)
    venue: Mention | None = None
    host: EventMention | None = None   # the mention of its sentence it belongs to ("at a ceremony")
    until: DateMention | None = None   # its last day, told apart ("opened yesterday and runs until Friday")


@dataclass
class Group:
    """The mentions of one event, and the values settled from them.

    `mentions` grows only through `add` (a mention's status and phrase are settled before it
    joins), which keeps the aggregates below in step with it."""

    kind: str
    mentions: list[EventMention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    start: str | None = None
    end: str | None = None
    date_ev: Mention | None = None
    place: Place | None = None
    venue: Mention | None = None
    primary: bool = False
    yearless: bool = False      # its first report names a month that no date resolves ("in June", no dateline)
    old: bool = False           # dated more than two years before the release (a historical sitting)
    # Aggregates of `mentions`, kept by `add` (not compared: two groups are equal by the above).
    events: list[EventMention] = field(default_factory=list, init=False, repr=False, compare=False)
    first_cand: Cand | None = field(default=None, init=False, repr=False, compare=False)
    observance: bool = field(default=False, init=False, repr=False, compare=False)
    next: bool = field(default=False, init=False, repr=False, compare=False)
    online: bool = field(default=False, init=False, repr=False, compare=False)
    again: bool = field(default=False, init=False, repr=False, compare=False)
    named: bool = field(default=False, init=False, repr=False, compare=False)
    titled_event: bool = field(default=False, init=False, repr=False, compare=False)
    unplanned: int = field(default=0, init=False, repr=False, compare=False)
    untitled: int = field(default=0, init=False, repr=False, compare=False)
    max_sent: int = field(default=-1, init=False, repr=False, compare=False)
    ords: set[int] = field(default_factory=set, init=False, repr=False, compare=False)
    years: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    cores: set[frozenset[str]] = field(default_factory=set, init=False, repr=False, compare=False)
    cores_seen: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        given, self.mentions = self.mentions, []
        for m in given:
            self.add(m)

    def add(self, m: EventMention) -> None:
        """Join a mention to the event."""
        self.mentions.append(m)
        c = m.cand
        self.observance = self.observance or c.observance
        self.again = self.again or c.again
        self.named = self.named or c.named
        self.max_sent = max(self.max_sent, m.sent)
        if c.ordinal:
            self.ords.add(c.ordinal)
        if c.year:
            self.years.add(c.year)
        if not c.title:
            self.untitled += 1
            insort(self.starts, c.start)
        if m.status == "event":
            self.events.append(m)
            first = self.first_cand
            if first is None or (c.title, c.start) < (first.title, first.start):
                self.first_cand = c
            self.next = self.next or c.next
            self.online = self.online or c.online
            self.unplanned += not c.planned
            self.titled_event = self.titled_event or c.title

    @property
    def first(self) -> Cand:
        """The first mention that reports the event (body before title)."""
        if self.first_cand is None:
            raise ValueError("an event without a mention that reports it")
        return self.first_cand

    @property
    def planned(self) -> bool:
        """Every report of it is of a planned event."""
        return self.unplanned == 0

    @property
    def all_title(self) -> bool:
        """Every mention is in the headline."""
        return self.untitled == 0


def core(c: Cand, v: Vocab, months: frozenset[str]) -> set[str]:
    """Content words of a name that tell one event from another (no head, number or month)."""
    head = set(norm(c.head).split()) if not c.verb else set()
    words = set(norm(c.name).split())
    small = {norm(w) for w in (*v.connectors, *v.determiners, *v.generic, *v.next)}
    drop = head | {h + "s" for h in head} | small | months | {"s", *v.extra.get("compare drop", ())}
    if c.verb:
        drop |= set(norm(c.name).split()[:1])
    return {w.removesuffix("s") for w in words - drop
            if not YEAR.fullmatch(w) and not v.ordinal_digits.fullmatch(w) and w not in v.ordinals}


def same_name(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Do two cores name the same event: one inside the other, or half their words shared?"""
    if not a or not b:
        return False
    return a <= b or b <= a or 2 * len(a & b) / (len(a) + len(b)) >= 0.5


def same_country(a: str | None, b: str | None) -> bool:
    """Do two country names (any language) name one country, or is one of them unknown?"""
    return a is None or b is None or a == b or (canonical_country(a) or a) == (canonical_country(b) or b)


def month_back(day: str) -> str:
    """The ISO day one month before `day` ("2009-01-09" -> "2008-12-09")."""
    year, month = int(day[:4]), int(day[5:7]) - 1
    if month == 0:
        year, month = year - 1, 12
    return f"{year:04d}-{month:02d}{day[7:]}"
