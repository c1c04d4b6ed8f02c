"""Event noun phrases in one sentence: an event word with its modifiers, complement, acronym
and theme ("the 35th Session of the Enforcement Committee (EC)", "a round table session on
"..."", "bilateral meetings with ..."), and the verbs that stand for an event ("met with",
"was signed", "visited"). Whether a phrase is an event is decided in `events`, not here.
"""

from __future__ import annotations

from .event_rules import YEAR, Tok, Vocab, ordinal_of
from .event_scan import Scan, clean, may_hold_head, next_start
from .event_vocab import Cand

__all__ = ["Cand", "candidates"]

# ---------------------------------------------------------------- event noun phrases


class _Scan(Scan):
    """The phrase builders that walk the tokens of one sentence."""

    def left(self, i: int, floor: int) -> tuple[int, list[str], bool, bool]:
        """First token of the modifiers before token i, aliases met, any capitalized, all capitalized."""
        v, toks = self.v, self.toks
        k, lower, aliases, caps, all_caps = i - 1, 0, [], False, True
        while k >= floor:
            t = toks[k]
            alias = self.alias_at(k - 2) if t.text == ")" and k - 2 >= floor else None
            if alias:
                aliases.append(alias)
                k -= 3
                continue
            number_ok = t.text[:1].isdigit() and bool(v.ordinal_digits.fullmatch(t.text) or YEAR.fullmatch(t.text))
            number_ok = number_ok or (t.low in ("and", "&") and k - 1 >= floor     # "141st and 142nd Sessions"
                                      and v.ordinal_digits.fullmatch(toks[k - 1].text) is not None
                                      and v.ordinal_digits.fullmatch(toks[k + 1].text) is not None)
            if t.low in v.next and t.text.islower():
                pass
            elif k == 0 and t.cap and (t.low in v.generic_plural or t.low in v.generic or t.low in v.skip):
                lower += 1          # "Further workshops are planned": capitalized as the sentence's first word
                all_caps = False
            elif t.word and t.cap and not self.stops(t) and not (k == 0 and t.low.endswith(("ing", "ed"))):
                caps = True
            elif number_ok or t.low in v.connectors and k - 1 >= floor and caps and (
                toks[k - 1].cap if t.low != "the" else toks[k - 1].low in ("of", "on", "for", "to", "against", "and")
            ) and toks[k - 1].start not in self.place_starts:       # not "in Brussels for the ... Sessions"
                pass
            elif t.word and t.text.islower() and lower < 3 and not self.stops(t) and t.low not in v.complement \
                    and t.low not in v.weak and not t.low.endswith(("ed", "ly", "'s")) and not t.text[:1].isdigit():
                lower += 1
                all_caps = False
            else:
                break
            k -= 1
        first = k + 1
        while first < i and toks[first].low in v.connectors:
            first += 1
        return first, aliases, caps, all_caps and caps

    def complement(self, j: int, named: bool) -> tuple[int, list[str], bool]:
        """End index of the complement after token j, aliases met, whether it holds a capital."""
        v, toks, n = self.v, self.toks, len(self.toks)
        aliases: list[str] = []
        if j < n and (alias := self.alias_at(j)):
            aliases.append(alias)
            j += 3
        if j < n and named and YEAR.fullmatch(toks[j].text):
            return j + 1, aliases, False
        k = j
        if not named and k + 1 < n and toks[k].low in ("held", "organized", "organised", "hosted", "convened"):
            k += 1 if toks[k + 1].low in ("with", "by") else 0
        elif not named and k + 2 < n and toks[k].low.endswith("ly") and toks[k + 1].low == "held" and toks[k + 2].low in ("with", "by"):
            k += 2
        lows = self.lows
        prep = lows[k] if k > j and k < n and lows[k] in ("with", "by") else None
        if prep is None:
            prep = next((p for p, words in v.preps if tuple(lows[k : k + len(words)]) == words), None)
        if prep is None or (named and prep not in ("of", "on", "for", "against", "to", "between")):
            return j, aliases, False
        k += len(prep.split())
        end, caps, lower, used_and, taken = j, False, 0, False, 0
        limit = 5 if prep == "with" else 18 if named else 12
        while k < n and taken < limit:
            t = toks[k]
            nxt = toks[k + 1] if k + 1 < n else None
            if (alias := self.alias_at(k)) is not None:
                aliases.append(alias)
                k += 3
                continue
            inner_conn = t.low in ("on", "for", "against", "of") and toks[k - 1].cap and nxt is not None and nxt.cap
            if t.low == "in":           # "Facilitation in Fragile and Conflict States", "trade in tobacco", not "in Accra"
                ok = nxt is not None and nxt.word and nxt.start not in self.place_starts and (
                    (named and toks[k - 1].cap and nxt.cap and self.compound(k + 1))
                    or (not named and nxt.text.islower() and not self.stops(nxt) and nxt.low not in v.complement
                        and nxt.low != "order"))
            elif t.low == "and":
                ok = nxt is not None and (nxt.cap or nxt.low == "the") and prep in ("of", "on", "for", "between", "against")
                ok = ok and not (prep == "between" and used_and)
                used_and = used_and or prep == "between"
            elif t.low in ("of", "the", "a", "an", "for", "to", "&") or inner_conn:
                ok = not named or t.low in v.connectors
            elif t.word and (t.cap or t.text[:1].isdigit()):     # "for 30 officers" is the audience, not the name
                ok = not self.stops(t) and (named or t.cap or YEAR.fullmatch(t.text) is not None)
            elif t.word and not named and lower < 5:     # "-ed" only as an adjective ("endangered species")
                ok = not self.stops(t) and t.low not in v.complement and (not t.low.endswith("ed") or (
                    nxt is not None and nxt.word and nxt.text.islower() and not self.stops(nxt)
                    and nxt.low not in v.complement))
                lower += ok
            else:
                ok = False
            if not ok:
                break
            k += 1
            taken += 1
            if t.word and t.low not in ("of", "the", "a", "an", "for", "to", "and", "on", "against", "&", "in"):
                end, caps = k, caps or t.cap
        if named and not caps:
            return j, aliases, False
        if end < n and (alias := self.alias_at(end)) and alias not in aliases:
            aliases.append(alias)
        return end, aliases, caps

    # Hooks where a language whose event word comes first (`event_phrases_fr`) reads otherwise.
    def post(self, j: int) -> tuple[int, list[Tok]]:
        """End index and words of the adjectives right after the head: none in English."""
        return j, []

    def observance_first(self, i: int, first: int, post: list[Tok]) -> int | None:
        """First token of an observance day's name ("International Customs Day"), or None."""
        toks, k = self.toks, i - 1
        while k >= first and (toks[k].cap or toks[k].text[:1].isdigit() or self.joins(k)):
            k -= 1
        return next((x for x in range(k + 1, i) if toks[x].low in self.v.observance), None)

    def is_named(self, i: int, after: int, all_caps: bool) -> bool:
        """A proper name's head: capitalized, or in a line of capitals."""
        return self.toks[i].cap or all_caps

    def modifier_words(self, mods: list[Tok], post: list[Tok], after: int) -> set[str]:
        return {t.low for t in mods}

    def theme_at(self, j: int, end: int) -> int | None:
        """Where a quoted theme may start: right after a head without complement."""
        return self.toks[j - 1].end if end == j else None

    def build(self, i: int, j: int, kind: str, body: bool, plural: bool, floor: int) -> tuple[Cand, int] | None:
        """The candidate whose head spans tokens [i, j), and the index just past it."""
        toks, v, n = self.toks, self.v, len(self.toks)
        first, aliases, _, all_caps = self.left(i, floor)
        mods = toks[first:i]
        post_end, post = self.post(j)
        observance = toks[i].low in v.observance_heads
        if observance:
            at = self.observance_first(i, first, post)
            if at is None:
                return None
            first, mods = at, toks[at:i]
        if kind == "visit" and not mods and i > 0 and toks[i - 1].low in ("to", "will", "would", "can", "also") \
                and toks[i].text.islower() and not v.head_first:
            span = self.noun_phrase(j, forward=True)
            if span is None:
                return None
            s, e = span
            name = f"{self.source[toks[i].start:toks[i].end]} to {clean(self.source, toks[s].start, toks[e - 1].end)}"
            return Cand(toks[i].start, toks[e - 1].end, toks[i].start, toks[j - 1].end, kind, name, verb=True,
                        title=self.title), e
        named = self.is_named(i, post_end, all_caps)
        end, more, cap_c = self.complement(post_end, named)
        name_end, comma = end, None     # "the launch, by three agencies, of the Portal"
        if kind in ("launch", "signing") and end == j and j + 1 < n and toks[j].text == "," and toks[j + 1].low == "by":
            comma = next((x for x in range(j + 2, min(n - 1, j + 30)) if toks[x].text == "," and toks[x + 1].low == "of"), None)
            if comma is not None:
                name_end, more, cap_c = self.complement(comma + 1, named)
                name_end = name_end if name_end > comma + 1 else j
        det_k = first - 1
        det = v.determiners.get(toks[det_k].low) if det_k >= floor else None
        words = self.modifier_words(mods, post, post_end)
        generic = not words.isdisjoint(v.generic)
        several = plural and ((not named and not words.isdisjoint(v.generic_plural)) or (
            first >= 2 and toks[first - 1].low in v.of_words and toks[first - 2].low in v.quantities))
        det_start = toks[det_k].start if det else toks[first].start
        while first < i and toks[first].low in v.skip:
            first += 1
        ordinal = next((o for t in mods if (o := ordinal_of(t, v)) is not None), None)
        year = next((t.text for t in (*mods, *toks[j:end]) if YEAR.fullmatch(t.text)), None)
        at = self.theme_at(j, end)
        theme_m = self.r.theme.search(self.text, at, min(self.hi, at + self.r.theme_reach)) if at is not None else None
        name = clean(self.source, toks[first].start, toks[max(end, j) - 1].end)
        if name_end > end and comma is not None:
            name = f"{name} {clean(self.source, toks[comma + 1].start, toks[name_end - 1].end)}"
        if kind == "edition":           # "the next edition of the Forum" is a forum; "its 6th edition" is none
            kind = next((h[1] for x in range(j, end) if (h := self.head_at(x)) is not None and not h[2]), kind)
            if kind == "edition" and not any(t.low in v.next for t in mods):
                return None
        meets, bv = "", None
        if body and not self.inside_name(det_k if det else first - 1) and (
                bv := self.r.body_verb.search(self.text, past := toks[max(name_end, j) - 1].end,
                                            min(self.hi, past + self.r.body_verb_reach))) is not None:
            meets = ("when" if bv.group("when") else "verb") if bv.group("verb") else "sitting"
            if bv.group("verb") and not v.next.isdisjoint(bv.group("verb").lower().split()):
                words.add(next(iter(v.next)))       # "will next meet", "will meet again": a later sitting
        cand = Cand(
            start=toks[first].start, end=toks[max(name_end, j) - 1].end, head_start=toks[i].start,
            head_end=toks[j - 1].end, kind=kind, name=name, head=clean(self.source, toks[i].start, toks[j - 1].end),
            named=named, body=body,
            observance=observance, ordinal=ordinal, year=year, det=det,
            det_word=toks[det_k].low if det else "", det_start=det_start, plural=plural,
            generic=generic, several=several, side=not body and not words.isdisjoint(v.side), part=not words.isdisjoint(v.parts),
            cap_complement=cap_c, body_complement=any(toks[k].low in v.bodies for k in range(j, end)),
            of_kind=next((h[1] for x in range(post_end, end) if (h := self.head_at(x)) is not None and not h[2]), ""),
            aliases=tuple(aliases + more), title=self.title,
            theme=(theme_m.start("theme"), theme_m.end("theme")) if theme_m else None,
            next=not words.isdisjoint(v.next), meets=meets, upcoming=not words.isdisjoint(v.extra.get("upcoming", ())),
        )
        if meets and bv is not None and (
                again := self.r.again.search(self.text, bv.end(), min(self.hi, bv.end() + self.r.again_reach))) is not None:
            a, b = again.span("again")
            self.extra.append(Cand(a, b, a, b, kind, name, head=cand.head, named=named, body=True, meets="when",
                                   det="new", det_start=a, title=self.title, again=True))
        return cand, max(name_end, j)

    def joined_head(self, i: int, j: int, body: bool) -> tuple[int, bool] | None:
        """End index and plural of two capitalized heads joined by '&'/'and' ("Conference &
        Exhibition", "Workshop and Seminar"): one event, of the first head's kind."""
        toks = self.toks
        if body or not toks[i].cap or j + 1 >= len(toks) or toks[j].low not in ("&", "and") or not toks[j + 1].cap:
            return None
        second = self.head_at(j + 1)
        if second is None or second[2]:
            return None
        return second[0], second[3]

    def object_name(self, prefix: str, s: int, e: int) -> str:
        """The name a verb gives its object, tokens [s, e): "launch of the Portal"; with the
        article read after "de" where the language contracts it ("lancement du Réseau")."""
        toks, forms = self.toks, self.v.of_forms
        written = clean(self.source, toks[s].start, toks[e - 1].end)
        form = forms.get(toks[s].low) if s + 1 < e else None
        if form is None or not prefix.endswith(" de"):
            return f"{prefix} {written}"
        rest = clean(self.source, toks[s + 1].start, toks[e - 1].end)
        return f"{prefix[:-3]} {form}{'' if form.endswith(chr(39)) else ' '}{rest}"

    def verb_events(self, lo: int, hi: int) -> list[Cand]:
        """Events reported by a verb: 'met with X', 'X was signed', 'launched X', 'visited X'."""
        out: list[Cand] = []
        text = self.text
        for rule, kind, prefix, words in self.r.verb_rules:
            for w in words:
                if text.find(w, lo, hi) >= 0:
                    break
            else:
                continue        # the rule cannot match without one of its words
            for m in rule.finditer(text, lo, hi):
                passive = bool(m.groupdict().get("passive"))
                k = self.index_at(m.start() if passive else m.end())
                if passive and k >= 4 and self.toks[k - 3].text == "(" and self.toks[k - 1].text == ")":
                    k -= 3          # "An agreement (MoU) was signed": the subject before its short form
                span = self.noun_phrase(k - 1 if passive else k, forward=not passive, limit=6 if passive else 8)
                if span is None:
                    continue
                s, e = span
                a, b = self.toks[s].start, self.toks[e - 1].end
                name = self.object_name(prefix, s, e)
                alias = self.alias_at(e)
                out.append(Cand(min(a, m.start()), max(b, m.end()), m.start(), m.end(), kind, name, verb=True,
                                named=False, title=self.title, aliases=(alias,) if alias else (),
                                definite=self.v.determiners.get(self.toks[s].low) == "back"))
        return out

    def headline_verb(self, i: int) -> tuple[Cand, int] | None:
        """A headline's verb and its object ("WCO and UPU launch joint course on ..."): the event it
        names, and the index just past it."""
        toks, v = self.toks, self.v
        if not (self.title and 0 < i < len(toks) - 1 and toks[i].low in v.headline and toks[i - 1].word):
            return None
        nxt = toks[i + 1]
        if not nxt.word or (nxt.low not in v.determiners and (self.stops(nxt) or nxt.low in v.complement)):
            return None
        span = self.noun_phrase(i + 1, forward=True, limit=12)
        if span is None:
            return None
        s, e = span
        name = self.object_name(v.headline[toks[i].low], s, e)
        kind = v.kinds.get(name.split()[0].lower(), "other")
        return Cand(toks[i].start, toks[e - 1].end, toks[i].start, toks[i].end, kind, name, verb=True,
                    title=True, head=toks[i].text), e


def candidates(text: str, source: str, lo: int, hi: int, v: Vocab, title: bool = False,
               place_starts: frozenset[int] = frozenset(), date_starts: frozenset[int] = frozenset()) -> list[Cand]:
    """Every event noun phrase and event verb in text[lo:hi] (one sentence, or the title);
    `place_starts` (where places begin) keeps "in <Place>" out of names, `date_starts` (where
    dates begin) keeps "on 3 May" out of a verb's object."""
    if v.head_first:        # the French builders extend this module's, so they are found at call time
        from .event_phrases_fr import HeadFirstScan
        sc: _Scan = HeadFirstScan(text, source, lo, hi, v, title, place_starts, date_starts)
    else:
        sc = _Scan(text, source, lo, hi, v, title, place_starts, date_starts)
    out: list[Cand] = []
    toks = sc.toks if title or may_hold_head(text, lo, hi, v) else []
    # Where a head may start; a headline is read word by word for its verbs.
    starts = None if title or not toks else sc.head_starts()
    i = floor = 0
    while i < len(toks):
        verb = sc.headline_verb(i) if title else None
        if verb is not None:
            out.append(verb[0])
            i = floor = verb[1]
            continue
        head = sc.head_at(i)
        if head is None:
            i = i + 1 if starts is None else next_start(starts, i)
            continue
        j, kind, body, plural = head
        if (joined := sc.joined_head(i, j, body)) is not None:
            j, plural = joined
        after = j + 3 if sc.alias_at(j) else j
        nxt = toks[after] if after < len(toks) else None
        if nxt is not None and not v.head_first and (sc.head_at(after) is not None or (
                toks[i].cap and nxt.word and nxt.cap and nxt.low not in sc.v.connectors)):
            i += 1
            continue
        built = sc.build(i, j, kind, body, plural, floor)
        if built is None:
            i = j
            continue
        cand, i = built
        floor = i
        out.append(cand)
    verbs = [c for c in sc.verb_events(lo, hi) if not any(c.start < o.end and o.start < c.end for o in out)]
    return sorted(out + verbs + sc.extra, key=lambda c: c.start)
