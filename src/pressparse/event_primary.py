"""The event a release is mainly about, and the records built from merged mentions.

The primary event is chosen by `PRIMARY_STRATEGIES`, in order: the event the headline names;
else the first event the body dates as held; else the first held one; else an observance day.
A later sitting ("the next session") or an event only planned is chosen only when nothing
else is reported. The primary event without a date or place takes the dateline's: a
place-dateline line ("Baku, 12-13 April 2012"), a wire-style opening ("SUVA - ..."), the title.
"""

from __future__ import annotations

from typing import cast, get_args

from .dates import DateMention
from .document import Document
from .event_group import Group, Place
from .event_places import Context
from .models import Event, EventKind, Mention
from .places import canonical_country, country_of_city


def _main(k: Group) -> bool:
    """An event the release may be mainly about: not an observance, not a later sitting."""
    return not k.next and (not k.observance or k.kind == "ceremony" or any(
        m.cand.kind == "ceremony" for m in k.mentions))


def _in_title(clusters: list[Group]) -> Group | None:
    """The event the headline names (an observance day only if nothing else is named)."""
    return next((k for k in clusters if _main(k) and any(m.cand.title and m.status == "event" for m in k.mentions)), None)


def _first_dated(clusters: list[Group]) -> Group | None:
    """The first event of the body that the text dates (or names a month for that no year
    resolves), held before planned, of the release's time before a historical one."""
    dated = [k for k in clusters if _main(k) and (k.yearless or k.start and any(m.date for m in k.mentions))]
    dated.sort(key=lambda k: k.old)
    return next((k for k in dated if not k.planned), None) or next(iter(dated), None)


def _first_held(clusters: list[Group]) -> Group | None:
    """The first event of the body, held before planned."""
    main = [k for k in clusters if _main(k)]
    return next((k for k in main if not k.planned), None) or next(iter(main), None)


def _first_observance(clusters: list[Group]) -> Group | None:
    """An observance day ('International Customs Day') when the release reports no other event."""
    return next((k for k in clusters if not k.next), None)


#: Tried in order; the first that names an event gives the primary one.
PRIMARY_STRATEGIES = (
    ("title", _in_title), ("first_dated", _first_dated), ("first_held", _first_held),
    ("observance", _first_observance),
)


def dateline(ctx: Context) -> tuple[DateMention | None, Place | None]:
    """The date and place of a 'Baku, 12-13 April 2012' line above the body, if any."""
    given = ctx.header.place_dateline
    for line in [given] if given is not None else ctx.doc.lines[:8]:
        if line.end - line.start > 70:
            continue
        m = ctx.r.dateline_place.search(ctx.doc.text, line.start, line.end)
        d = next((d for d in ctx.dates if m and m.end() <= d.mention.start <= m.end() + 2), None)
        if m is None or d is None:
            continue
        s, e = m.span("place")
        written = ctx.doc.source[s:e].strip()
        if written.lower().rstrip(".") in ctx.weekdays:
            continue
        known = next((p for p in ctx.places if s <= p.mention.start < e), None)
        if known is not None:
            return d, ctx.place_of(known)
        ev = ctx.doc.mention(s, e, ctx.r.dateline_place.name)
        if canonical_country(written):
            return d, Place(None, written, {"country": ev})
        return d, Place(written, country_of_city(written), {"city": ev, "country": ev})
    return None, wire_place(ctx)

def wire_place(ctx: Context) -> Place | None:
    """The place of a wire-style opening in capitals ("SUVA - The two services today ...")."""
    start = ctx.header.body_start
    start += len(ctx.doc.text[start : start + 40]) - len(ctx.doc.text[start : start + 40].lstrip())
    m = ctx.r.wire_dateline.search(ctx.doc.text, start, min(len(ctx.doc.text), start + 60))
    if m is None:
        return None
    s, e = m.span("place")
    written = ctx.doc.source[s:e].strip()
    ev = ctx.doc.mention(s, e, ctx.r.wire_dateline.name)
    if canonical_country(written):
        return Place(None, written, {"country": ev})
    country = country_of_city(written) or country_of_city(written.title())
    return Place(written, country, {"city": ev, "country": ev} if country else {"city": ev})

def title_extras(ctx: Context) -> tuple[Place | None, Mention | None]:
    """Place and venue written in the title (the primary event's, when the body has none)."""
    t = ctx.header.title
    if t is None:
        return None, None
    place = next((x for x in (ctx.place_of(p) for p in ctx.places if t.start <= p.mention.start < t.end
                              and (p.preposition or p.mention.start == t.start)) if x), None)
    vm = ctx.r.venue.search(ctx.doc.text, t.start, t.end)
    venue = ctx.doc.mention(vm.start("venue"), vm.end("venue"), ctx.r.venue.name) if vm else None
    if venue is None:
        inside = [p.venue_mention for p in ctx.places if p.venue_mention and t.start <= p.venue_mention.start < t.end]
        venue = inside[0] if inside else None
    if venue is None:
        title = ctx.doc.text[t.start : t.end]
        for word in ctx.v.venues:
            at = title.lower().find(word)
            if at > 0 and title[:at].rstrip()[-1:].isupper():
                first = title.rfind(" ", 0, title[:at].rstrip().rfind(" ") + 1)
                venue = ctx.doc.mention(t.start + max(first, 0), t.start + at + len(word), ctx.r.venue.name)
                break
    return place, venue


def _long_ago(ctx: Context, k: Group) -> bool:
    """Does a sentence that reports the event date something years before the release ("since its
    inaugural session on 26 January 1953")? Then the event is not of the dateline's day."""
    if ctx.pub_year is None:
        return False
    for m in k.mentions:
        if m.status == "event" and not m.cand.title:
            lo, hi = ctx.sentence_of(m)
            if any(len(x.start) > 4 and int(x.start[:4]) < ctx.pub_year - 2 for x in ctx.dates_in(lo, hi)):
                return True
    return False


def fall_back(ctx: Context, k: Group) -> None:
    """The primary event without a date or place takes the dateline's (and the title's); an
    observance, or an event only the headline names, takes the release's date."""
    d, place = dateline(ctx)
    if k.start is None and d is not None and not _long_ago(ctx, k):
        k.start, k.end, k.date_ev = d.start, d.end, d.mention
    elif k.start is None and (k.observance or (k.all_title and not k.planned)) and ctx.header.published:
        k.start = k.end = ctx.header.published
        k.date_ev = ctx.header.published_mention
    if k.online:
        return
    t_place, t_venue = title_extras(ctx)
    if k.place is None and not k.observance:
        k.place = t_place or place     # the headline says where ("... held in Lusaka"), the dateline where it was sent from
    if k.venue is None:
        k.venue = t_venue
    if k.place is None and k.venue is not None:
        k.place = ctx.venue_place(k.venue)


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
        next((c for c in title if c.proper and not c.verb), None),
        next((c for c in body if not c.verb), None),
        next(iter(body), None),
        next(iter(title), None),
    ):
        if choice is not None:
            return choice.name, doc.mention(choice.start, choice.end, "event_name")
    raise AssertionError("a cluster always has an event mention")


def venue_name(venue: str, city: str | None) -> str:
    """The venue without the city written inside it: "WCO's Brussels headquarters" (city
    Brussels) is "WCO headquarters"."""
    words = venue.split()
    if city is None or len(words) < 3:
        return venue
    at = next((n for n in range(1, len(words) - 1) if " ".join(words[n : n + len(city.split())]) == city), None)
    if at is None:
        return venue
    before = words[at - 1]
    before = before[:-2] if before.endswith(("'s", "\u2019s")) else before
    return " ".join([*words[: at - 1], before, *words[at + len(city.split()):]])


def to_event(k: Group, doc: Document) -> Event:
    """The record of one merged event, every value with the span it was read from."""
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
        name=name, kind=cast(EventKind, kind), start=k.start, end=k.end,
        venue=venue_name(k.venue.text, k.place.city if k.place else None) if k.venue else None,
        city=k.place.city if k.place else None, country=k.place.country if k.place else None,
        primary=k.primary, mentions=[doc.mention(s, e, "event_mention") for s, e in mentions], evidence=ev,
    )
