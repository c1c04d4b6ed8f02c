"""Events: kind, name, dates, venue and place, and the one the release is mainly about.

One pass per release: (1) every event noun phrase or event verb of the title and the body
(`event_phrases`); (2) each is judged held/planned ("event"), a reference back to one ("back"),
or nothing; a mention that belongs to another of its sentence ("at a ceremony", "its session")
is tied to it; (3) dates, places and venues attach to the nearest mention in the same sentence
(`event_places`); (4) mentions of one event merge, parts of a larger event are dropped, and
sub-events inherit the place of the event they happened at (`event_merge`); (5) the primary
event is chosen by `PRIMARY_STRATEGIES` and falls back on the dateline (`event_primary`).
Sets of events ("future workshops", "a series of webinars") are none; a body that met "and
again in ..." sat twice; a numbered sitting of a body ("its 141st/142nd Sessions") is one event.
Each language reads its own words (`data/<lang>/event_words.txt`) and patterns (`event_ruleset`);
a language whose event word comes first (French) builds its phrases in `event_phrases_fr`.
"""

from __future__ import annotations

import regex

from .dates import DateMention
from .document import Document
from .event_group import EventMention
from .event_merge import GATHERINGS, Merger
from .event_phrases import Cand, candidates
from .event_primary import PRIMARY_STRATEGIES, fall_back, to_event
from .event_rules import vocab
from .event_ruleset import RULES
from .header import Header
from .models import Event, Initiative, Organization
from .places import PlaceMention

__all__ = ["PRIMARY_STRATEGIES", "RULES", "find_events"]

#: Between an event and its verb: "The mission (also) met with ...".
SUBJECT_GAP = regex.compile(r"\s{1,3}(?:(?:also|then|later|further|subsequently)\s{1,3}){0,2}")
#: Kinds whose mention with a capitalized complement is specific even after "the".
SPECIFIC = frozenset({"signing", "launch", "visit", "mission"})
#: Of those, the kinds one's own may be told of ("his visit to the UN headquarters"): still an event.
TRAVELS = frozenset({"visit", "mission"})
#: Kinds that stay events of their own when another event holds them ("featured the launch of ...").
SUBJECT_OF_ITS_OWN = frozenset({"signing", "launch"})
#: Kinds an unnamed ceremony of the same sentence belongs to ("signed ... at a ceremony").
CEREMONY_HOSTS = frozenset({"signing", "launch"})


class _Finder(Merger):
    """One release: its sentences, mentions and the events they make."""

    def judge(self, c: Cand, lo: int, hi: int) -> str | None:
        """"event" (reported as held, attended or planned), "back" (refers to one), or None.

        A decision list, first match wins: parts of events are nothing; observances are events;
        verbs need a named object or a place/date, and an invitation to visit or a visit by the
        participants of an event, undated, is nothing; a standing body is a session when
        numbered, dated, placed or said to meet; a later sitting ("the next session") needs a
        word that reports it; the title's proper names are events; a proper name needs a number,
        a trigger word, an attached date/place or a theme; a described one needs a trigger, a
        number, a theme or a capitalized complement, and without them "the ..." only refers back.
        """
        text, v = self.doc.text, self.v
        strong = self.r.strong_before.search(text, max(lo, c.det_start - self.r.strong_reach), c.det_start) is not None
        after = any(self.r.after_trigger.search(text, x, min(hi, x + 80)) for x in {c.end, c.head_end})
        known: list[bool] = []      # whether a date or place is attached: read when a branch needs it

        def attached() -> bool:
            if not known:
                known.append(self.attached(c, hi))
            return known[0]

        planned = any(self.r.planned_after.search(text, x, min(hi, x + 60)) for x in {c.end, c.head_end}) or (
            strong and self.r.planned_before.search(text, max(lo, c.start - 60), c.start) is not None)
        c.planned, c.reported = c.next or c.upcoming or planned, strong or after
        c.online = c.kind == "webinar" or self.r.online.search(text, c.start, min(hi, c.end + 40)) is not None
        if c.part or c.several:
            return None
        if c.kind not in SUBJECT_OF_ITS_OWN and not (c.observance or after or planned) and self.r.contains_before.search(
                text, max(lo, c.det_start - 50), c.det_start):
            return None             # "the Forum featured a high-level dialogue": a part of the Forum
        if c.observance:        # "the theme for International Customs Day 2026": not a day told as held
            return None if self.r.theme_of_before.search(text, max(lo, c.det_start - 40), c.det_start) else "event"
        if c.verb:
            return self.judge_verb(c, lo, hi)
        if c.body:
            if c.meets and (c.title or c.meets != "verb" or self.placed(lo, hi)):
                return "event"
            return "event" if c.ordinal or c.year or attached() or self.month_in(c) or self.r.occasion_before.search(
                text, max(lo, c.det_start - 40), c.det_start) else None
        if c.next:
            return "event" if strong or after or attached() or planned else None
        if c.title:             # "At WCO headquarters, a briefing session": a gathering the headline opens with
            return "event" if ((c.proper or c.ordinal) and c.kind != "other") or (
                c.det == "new" and c.kind in GATHERINGS and not c.plural
                and text[max(lo, c.det_start - 80) : c.det_start].rstrip()[-1:] in ("", ",", ":", ";", "-")) else None
        if c.proper:
            weak = c.det_word in v.weak or self.r.weak_before.search(text, max(lo, c.det_start - 40), c.det_start) is not None
            return "event" if c.ordinal or c.year or strong or weak or after or attached() or c.theme else "back"
        if c.kind == "session" and c.det_word in v.own and not c.ordinal and (c.year or attached() or after):
            return "event"          # "at its June 2019 session", "its session held in Berne": tied to its body
        if c.kind == "session" and not c.ordinal and not c.body_complement:
            return "back" if c.det == "back" else None
        if (c.generic or (c.plural and c.det is None)) and not (strong or after):
            return None
        if c.kind == "training" and c.det is None and c.head.lower() in v.activities and not (c.proper or attached()):
            return None             # "organize joint training for officers": an activity, not an event
        bare = not (c.ordinal or c.theme or c.end > c.head_end or (c.start < c.head_start and (strong or after)))
        specific = c.cap_complement and c.kind in SPECIFIC and not c.plural and (
            c.det_word not in v.possessive or c.kind in TRAVELS)
        if c.det == "back" and (bare or (c.year and not c.ordinal)) and not specific:
            return "back"
        if c.kind == "other" and not (strong or after):
            return None
        if c.det_word in v.demonstratives and not (c.theme or specific):
            return "back"           # "this first high-level dialogue": the event just told, in other words
        if strong or after or c.ordinal or c.year or c.theme or specific or (c.cap_complement and c.det == "new"):
            return "event"
        if c.det == "new" and (attached() or self.placed(lo, hi)):
            return "event"
        return "back" if c.det == "back" else None

    def judge_verb(self, c: Cand, lo: int, hi: int) -> str | None:
        """An event told by a verb: a headline's verb names one; a signing or launch needs a
        named object, or a date or place; an invitation to visit is none, and so is a visit or a
        meeting by the participants of an event that the sentence does not date (dated, it is a
        part of the event whose days it falls within)."""
        text = self.doc.text
        if c.title:
            return "event"
        if c.kind == "visit" and self.r.invite_before.search(text, max(lo, c.start - 120), c.start):
            return None
        if c.kind in ("visit", "meeting") and self.r.participants_before.search(text, max(lo, c.head_start - 60), c.head_start):
            if not any(self.usable_date(d, lo) for d in self.dates_in(lo, hi)):
                return None
            c.side = True       # dated: part of the event it falls within, else its own
        named = any(w[:1].isupper() for w in c.name.split()[2:] if w.lower() not in self.v.determiners)
        return "event" if c.kind in ("meeting", "visit") or named or self.placed(lo, hi) or self.venue_in(lo, hi) else None

    # ------------------------------------------------------------ mentions of the release
    def mentions(self) -> list[EventMention]:
        """Every judged mention of the title and the body, with its date, place and venue."""
        out: list[EventMention] = []
        earlier: list[EventMention] = []      # standing bodies of the sentences before
        for k, (lo, hi) in enumerate(self.spans):
            is_title = self.has_title and k == 0
            cands = candidates(self.doc.text, self.doc.source, lo, hi, self.v, is_title, self.place_starts,
                               self.date_starts)
            if len(cands) > MAX_CANDIDATES_PER_SENTENCE:   # no real sentence names so many events
                self.warnings.append(f"events: sentence at {lo} has {len(cands)} event phrases; "
                                     f"only the first {MAX_CANDIDATES_PER_SENTENCE} were read")
                cands = cands[:MAX_CANDIDATES_PER_SENTENCE]
            ms = [EventMention(c, k, self.judge(c, lo, hi) or "none") for c in cands]
            for m in ms:
                self.tie(m, ms, earlier[-1:])
            earlier.extend(m for m in ms if m.cand.body and not is_title)
            judged = [m for m in ms if m.status != "none"]
            if judged:      # with no mention, nothing to attach to
                self.attach(judged, lo, hi)
            for m in judged:      # what a tied mention was told passes to the one it belongs to
                host = m.host
                if host is not None:
                    host.date, host.place, host.venue = host.date or m.date, host.place or m.place, host.venue or m.venue
            out.extend(judged)
            if len(out) >= MAX_MENTIONS_PER_DOCUMENT:     # far beyond any real release
                self.warnings.append(f"events: {len(out)} event mentions by offset {hi}; the rest of the text "
                                     "was not read for events")
                break
        return out

    def tie(self, m: EventMention, ms: list[EventMention], earlier: list[EventMention]) -> None:
        """Ties within a sentence: a body's numbered or next sitting takes the body's name ("the
        Committee held its 54th Session", "Its next session" after the body's sentence); its dated or placed session makes the body an event
        ("the Council ... at its sessions in Brussels in June"); a body that met is a meeting of
        it; an unnamed ceremony belongs to the signing, launch or observance it celebrates."""
        c = m.cand
        if m.status == "event" and c.kind in ("session", "meeting") and c.det_word in self.v.own and not c.body:
            bodies = [b for b in ms if b.cand.body and (b.status != "event" or c.ordinal)]
            body = next((b for b in reversed(bodies) if b.cand.end <= c.start), None) or next(
                (b for b in bodies if b.cand.start >= c.end), None)
            named_by = body or next(iter(earlier), None)     # "Its next session": the body named before
            if named_by is not None and (c.ordinal or c.next):
                body_name = named_by.cand.name.removeprefix(f"{self.v.meeting_of} ")     # the body, not its meeting
                of = self.v.of_forms.get(named_by.cand.det_word, self.v.of_the)      # "de la Commission", "du Conseil"
                c.name = f"{c.name} {of}{'' if of.endswith(chr(39)) else ' '}{body_name}"
                c.aliases = c.aliases + named_by.cand.aliases
                if body is not None and not c.next:
                    body.status, body.host = "back", m
            elif body is not None and c.kind == "session":
                body.cand.year = body.cand.year or c.year
                body.status = "event"
                m.status, m.host = "back", body
            elif c.kind == "session" and not (c.ordinal or c.next):
                m.status = "back"       # "its session" of a body named in another sentence
        if c.body and c.meets in ("verb", "when") and m.status == "event" and c.head.lower() not in self.v.session_bodies:
            c.kind, c.head = "meeting", "meeting"
            c.name = c.name if c.title else f"{self.v.meeting_of} {c.name}"
        if c.verb and c.kind == "visit" and m.status == "event":     # "came to ... for a study visit": one visit
            purpose = next((n for n in ms if n is not m and n.status == "event" and n.cand.kind == "visit"
                            and not n.cand.verb and n.cand.start > c.end and n.cand.det == "new"
                            and self.r.purpose_before.search(self.doc.text, max(c.end, n.cand.det_start - 12), n.cand.det_start)), None)
            if purpose is not None:
                m.status, m.host = "back", purpose
        if c.verb and c.kind == "meeting" and m.status == "event":     # "The mission met with ...": part of it
            subject = next((n for n in ms if n is not m and n.status != "none" and not n.cand.verb
                            and n.cand.end <= c.start and SUBJECT_GAP.fullmatch(self.doc.text, n.cand.end, c.start)), None)
            if subject is not None:
                m.status, m.host = "back", subject
        if c.kind == "ceremony" and m.status == "event" and not (c.proper or c.described or c.ordinal):
            hosts = [h for h in ms if h is not m and h.status == "event"
                     and (h.cand.kind in CEREMONY_HOSTS or h.cand.observance)]
            if hosts:
                m.status, m.host = "back", min(hosts, key=lambda h: abs(h.cand.start - c.start))


#: Event phrases read per sentence: the linking steps compare mentions pairwise, so a bound keeps
#: time linear on pathological text (one endless sentence of event words).
MAX_CANDIDATES_PER_SENTENCE = 24
#: Event mentions read per document: merging compares each mention with every cluster, so a bound
#: keeps time linear on pathological text (thousands of sentences naming the same events).
MAX_MENTIONS_PER_DOCUMENT = 300


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
    clusters = finder.drop_parts(clusters)
    clusters.sort(key=lambda k: min(m.cand.start for m in k.mentions if m.status == "event"))
    primary = next((k for _, pick in PRIMARY_STRATEGIES if (k := pick(clusters)) is not None), None)
    if primary is not None:
        primary.primary = True
        fall_back(finder, primary)
    return [to_event(k, doc) for k in clusters]
