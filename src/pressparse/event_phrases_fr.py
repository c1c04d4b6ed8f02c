"""Event noun phrases of a language whose event word comes first, as French: "la 28e Conférence
des Directeurs généraux ...", "un atelier régional sur la gestion des risques", "la Journée
internationale de la douane". Before the head stand only articles, ordinals and a few adjectives;
after it come adjectives ("mondiale", "en ligne") and a complement that may hold lower-case
words, even in a proper name ("Commission de politique générale").
"""

from __future__ import annotations

from .event_phrases import _Scan
from .event_scan import clean
from .event_rules import YEAR, Tok, ordinal_of
from .event_vocab import Cand

__all__ = ["HeadFirstScan"]

#: Most adjectives read right after the head, and most words of a complement.
MAX_POST = 3
MAX_COMPLEMENT = 18
#: Kinds whose complement may say where they go.
TRAVELS = frozenset({"visit", "mission"})


class HeadFirstScan(_Scan):
    """The phrase builders for a head-first language."""

    #: The kind of the phrase being built: a visit or mission takes "à"/"au"/"en" + where it goes.
    kind = ""

    @property
    def participle_endings(self) -> tuple[str, ...]:
        """Endings of a participle ("organisée", "tenus"): a verb after the name, not one of its adjectives."""
        return self.v.extra.get("participle endings", ())

    def build(self, i: int, j: int, kind: str, body: bool, plural: bool, floor: int) -> tuple[Cand, int] | None:
        self.kind = kind
        built = super().build(i, j, kind, body, plural, floor)
        if built is not None and built[0].body_complement and plural:
            self.split_bodies(built[0], j)
        return built

    def split_bodies(self, c: Cand, j: int) -> None:
        """"les sessions du Conseil et du Comité permanent": the sittings of two bodies, two
        events; the second goes to `extra`, and `c` ends before "et"."""
        toks, v = self.toks, self.v
        ks = [k for k in range(j, self.index_at(c.end)) if toks[k].low == "et"]
        for k in ks:
            at = k + 1
            if at >= len(toks) or toks[at].low not in v.of_words:
                continue
            at += 1 + (at + 1 < len(toks) and toks[at + 1].low in v.articles)
            if at >= len(toks) or not toks[at].cap or (h := self.head_at(at)) is None or not h[2]:
                continue
            if not any((b := self.head_at(x)) is not None and b[2] for x in range(j, k)):
                continue
            head = clean(self.source, c.head_start, c.head_end)
            second = Cand(**{**vars(c), "start": toks[k + 1].start,
                             "name": f"{head} {clean(self.source, toks[k + 1].start, c.end)}", "aliases": ()})
            c.end, c.name = toks[k - 1].end, clean(self.source, c.start, toks[k - 1].end)
            self.extra.append(second)
            return

    def phrase(self, toks: list[Tok]) -> str:
        """Words as a word list writes them: no space after an elided word ("d'ouverture")."""
        out = ""
        for t in toks:
            out += t.low if not out or out.endswith("'") else " " + t.low
        return out

    def left(self, i: int, floor: int) -> tuple[int, list[str], bool, bool]:
        """First token of the ordinals and adjectives before the head ("la 5e", "la première",
        "les 115ème/116ème", "la prochaine"); nothing capitalized stands before a French head."""
        v, toks = self.v, self.toks
        before = v.extra.get("before head", ())
        k = i - 1
        while k >= floor:
            t = toks[k]
            if ordinal_of(t, v) is not None or (t.text[:1].isdigit() and YEAR.fullmatch(t.text)):
                pass
            elif t.low in ("et", "&") and k - 1 >= floor and ordinal_of(toks[k - 1], v) is not None \
                    and ordinal_of(toks[k + 1], v) is not None:
                pass
            elif t.low in v.next or t.low in v.skip or t.low in v.generic or t.low in v.generic_plural or t.low in before:
                pass
            else:
                break
            k -= 1
        return k + 1, [], False, False

    def post(self, j: int) -> tuple[int, list[Tok]]:
        """The adjectives after the head ("humanitaire mondial", "commémorative virtuelle") and
        the fixed phrases of [post phrases] ("en ligne", "de haut niveau")."""
        v, toks, n = self.v, self.toks, len(self.toks)
        phrases = v.extra.get("post phrases", ())
        endings = v.extra.get("adjective endings", ())
        k, taken, out = j, 0, []
        while k < n and taken < MAX_POST:
            t = toks[k]
            hit = next((p for p in phrases if self.phrase(toks[k : k + len(p.split()) + p.count("'")]) == p), None)
            if hit is not None:
                size = len(hit.split()) + hit.count("'")
                out.extend(toks[k : k + size])
                k, taken = k + size, taken + 1
                continue
            if not (t.word and t.text.isalpha() and len(t.text) > 2) or self.stops(t) or t.low in v.determiners \
                    or t.low in v.connectors or not t.low.endswith(endings) or t.start in self.place_starts \
                    or self.head_at(k) is not None or (t.cap and not toks[j - 1].cap):
                break
            out.append(t)
            k, taken = k + 1, taken + 1
        return k, out

    def observance_first(self, i: int, first: int, post: list[Tok]) -> int | None:
        """"la Journée internationale de ...": the head itself, when an [observance] adjective follows."""
        return i if post and post[0].low in self.v.observance else None

    def is_named(self, i: int, after: int, all_caps: bool) -> bool:
        """A capitalized head, or one whose complement names someone at once ("sommet du G20",
        "lancement du Réseau"), like English "G20 Summit"."""
        toks, v = self.toks, self.v
        if toks[i].cap or all_caps:
            return True
        k = after
        if k < len(toks) and toks[k].low in v.of_words:
            k += 1
            k += 1 if k < len(toks) and toks[k].low in v.articles else 0
            return k < len(toks) and toks[k].cap and toks[k].word and toks[k].start not in self.place_starts
        return False

    def modifier_words(self, mods: list[Tok], post: list[Tok], after: int) -> set[str]:
        """Words before and after the head, and the two-word phrase the complement opens with
        ("de terrain", "d'ouverture")."""
        words = {t.low for t in (*mods, *post)}
        words.update(self.phrase(self.toks[after : after + n]) for n in (2, 3))
        return words

    def theme_at(self, j: int, end: int) -> int | None:
        return self.toks[max(end, j) - 1].end

    def joins(self, k: int) -> bool:
        """A small word inside a name ("Réseau de l'OMD pour l'égalité"): "de", "pour", or an
        article right after one of them."""
        toks, v = self.toks, self.v
        if not (0 < k < len(toks) - 1) or not toks[k + 1].word or toks[k + 1].start in self.date_starts:
            return False
        low = toks[k].low
        return low in v.of_words or low in self.v.extra.get("name joins", ()) or (low in v.articles and toks[k - 1].low in v.connectors)

    def complement(self, j: int, named: bool) -> tuple[int, list[str], bool]:
        """End index of the complement after token j ("sur le commerce électronique
        transfrontalier", "des Directeurs généraux des douanes de la région"), aliases met,
        whether it holds a capital. It ends at punctuation, a verb or relative word, a date, a
        place after "à"/"en", or a participle that follows a content word."""
        v, toks, n = self.v, self.toks, len(self.toks)
        aliases: list[str] = []
        if j < n and (alias := self.alias_at(j)):
            aliases.append(alias)
            j += 3
        k = end = j
        if k < n and YEAR.fullmatch(toks[k].text):       # "Sessions 2010 du Conseil"
            k = end = k + 1
        if self.prep_at(k) is None:
            return end, aliases, False
        caps, taken = False, 0
        while k < n and taken < MAX_COMPLEMENT:
            t = toks[k]
            if (alias := self.alias_at(k)) is not None:
                aliases.append(alias)
                k += 3
                continue
            if self.date_at(k):
                break
            size = self.prep_at(k)
            if size is not None:
                nxt = toks[k + size] if k + size < n else None
                if nxt is None or not nxt.word or nxt.start in self.date_starts:
                    break
                k, taken = k + size, taken + 1
                continue
            low = t.low
            nxt = toks[k + 1] if k + 1 < n else None
            if low in v.articles:
                ok = nxt is not None and nxt.word
            elif low == "et":
                ok = nxt is not None and nxt.word and (
                    nxt.cap or nxt.low in v.articles or nxt.low in v.of_words
                    or (nxt.text.islower() and not self.stops(nxt) and nxt.low not in v.verbs
                        and not nxt.low.endswith(self.participle_endings)))
            elif low == "en":
                ok = nxt is not None and nxt.word and nxt.text.islower() and not self.stops(nxt) \
                    and nxt.start not in self.date_starts
            elif t.word and t.text[:1].isdigit():
                ok = YEAR.fullmatch(t.text) is not None
            elif t.word and t.cap:
                ok = not (len(t.text) > 1 and t.text.endswith("'"))
            elif t.word:
                ok = not self.stops(t) and low not in v.verbs and low not in v.determiners and not (
                    low.endswith(self.participle_endings) and k > j and toks[k - 1].low not in v.connectors)
            else:
                ok = False
            if not ok:
                break
            k, taken = k + 1, taken + 1
            if t.word and low not in v.connectors and low not in v.articles:
                end, caps = k, caps or t.cap
        if end < n and (alias := self.alias_at(end)) and alias not in aliases:
            aliases.append(alias)
        return end, aliases, caps

    def prep_at(self, k: int) -> int | None:
        """Tokens of the complement word that starts at token k ("de", "consacrée à"), or None."""
        lows = self.lows
        size = next((len(words) for _, words in self.v.preps if tuple(lows[k : k + len(words)]) == words), None)
        if size is None and self.kind in TRAVELS and k < len(lows) and lows[k] in self.v.extra.get("destination", ()):
            size = 1        # "visite au siège de l'ONU", "mission en Haïti"
        return size
