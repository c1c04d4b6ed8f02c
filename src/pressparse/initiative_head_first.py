"""Initiative names that open on their head word, as French writes them.

"Programme Mercator", "Convention sur la simplification des régimes douaniers", "Plan d'action
régional", "Guide de l'OMD sur la gestion des risques en matière de sécurité": after the head come
name words in capitals or a number ("Opération KESTREL", "résolution 1234"), adjectives, and
complements opened by a joining word. Complement nouns are an open class, so a name ends where a
word can be none of these: a pronoun, a verb, punctuation (the `:stop` words and the adjective
test of `org_head_first`). Three cues name an initiative without a head: a quoted name right after
a kind word ('l'enquête "Global Trade Outlook"'), a short form defined after a kind word ("un
programme de Guichet unique national (GUN)"), and a quote that a theme word calls the year's theme.
"""

from __future__ import annotations

from bisect import bisect_right

from .document import Document
from .initiative_cues import Quote, quote_name
from .initiative_rules import Cand, Head, Scan, Vocab, fold, is_acronym
from .org_head_first import Tok, tokenize
from .org_head_first import Vocab as NameVocab
from .org_head_first import vocab as name_vocab
from .scoring_text import strip_accents

#: Most complements one name takes, and most words in a capitalized run inside it.
_MOST_COMPLEMENTS = 6
_MOST_CAPITALS = 5
#: How far before a quote a theme word may stand (characters).
_THEME_REACH = 90


def _adjacent(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= 2 and gap.strip() == "" and "\n" not in gap


class _Reader:
    """Reads names over the head-first tokens of one text."""

    def __init__(self, text: str, toks: list[Tok], v: Vocab, nv: NameVocab) -> None:
        self.text, self.toks, self.v, self.nv = text, toks, v, nv
        self.multi = sorted((k for k in v.heads if " " in k), key=len, reverse=True)
        self.firsts = frozenset(k.split(" ", 1)[0] for k in self.multi)
        lower = {k[:1].lower() + k[1:] for k, h in v.heads.items() if h.lower}
        self.openers = frozenset(v.heads) | self.firsts | lower  # a quick test before a token is read

    def next_to(self, k: int) -> bool:
        """Is toks[k] right after toks[k - 1] on the same line?"""
        return 0 < k < len(self.toks) and _adjacent(self.text, self.toks[k - 1], self.toks[k])

    def head(self, i: int) -> tuple[Head, int, bool] | None:
        """(head, token count, written in lower case) for a head opening at toks[i]."""
        t = self.toks[i]
        if t.kind != "word":
            return None
        for key in self.multi if t.text in self.firsts else ():
            parts = key.split(" ")
            if [x.text for x in self.toks[i : i + len(parts)]] == parts:
                return self.v.heads[key], len(parts), False
        h = self.v.heads.get(t.text)
        if h is not None:
            return h, 1, False
        cap = t.text[:1].upper() + t.text[1:]
        h = self.v.heads.get(cap) if t.text.islower() else None
        return (h, 1, True) if h is not None and h.lower else None

    def noun(self, t: Tok) -> bool:
        """A lower-case word that may be a complement's noun: not a pronoun, article or verb form."""
        w = t.text
        if t.kind != "word" or not w.islower() or not w.replace("-", "").isalpha() or len(w) < 3:
            return False
        if w in self.v.stop or w in self.v.join or w in self.v.article:
            return False
        return w in self.nv.nouns or not (len(w) >= 5 and w.endswith(("er", "ir")))

    def adjectives(self, k: int, open_class: bool = True) -> int:
        while k < len(self.toks) and self.next_to(k) and self.toks[k].lower and self.toks[k].text not in self.v.stop:
            if not self.nv.adjective(self.toks[k].text, open_class):
                break
            k += 1
        return k

    def capitals(self, k: int, number_first: bool = False) -> int:
        """After a run of capitalized words, numbers and short forms ("Nations Unies", "VII"); a
        number may open it right after a head ("résolution 1234")."""
        start = k
        while k < len(self.toks) and k - start < _MOST_CAPITALS and (k == start or self.next_to(k)):
            t = self.toks[k]
            number = t.kind == "word" and t.text[:1].isdigit() and (k > start or number_first)
            if not (t.cap or number) or t.text in self.v.skip:
                break
            if k > start and self.head(k) is not None:
                break  # "Programme Alpha et Programme ...": a second name
            k += 1
        return self.adjectives(k) if k > start else k

    def complement(self, j: int) -> int:
        """Index after one complement opening at toks[j], or j."""
        toks, v = self.toks, self.v
        t = toks[j]
        if _participle(t) and t.text not in v.stop and j + 1 < len(toks) and toks[j + 1].text in v.of and self.next_to(j + 1):
            k = self.complement(j + 1)  # "une stratégie harmonisée des contrôles"
            return k if k > j + 1 and not any(x.cap for x in toks[j + 1 : k]) else j
        if t.text not in v.join or t.kind not in ("word", "elided"):
            return j
        prev = toks[j - 1]
        if t.text in v.adj and not (prev.lower and self.nv.adjective(prev.text)):
            return j  # "le Programme Mercator aux délégués": "aux" opens the verb's object
        k = j + 1
        if t.text == "et" and k < len(toks) and self.next_to(k):
            if toks[k].lower and toks[k].text not in v.stop and self.nv.adjective(toks[k].text, False):
                return self.adjectives(k)  # "en Europe orientale et centrale"
            if toks[k].cap and toks[j - 1].cap and self.head(k) is None:
                return self.capitals(k)  # "Dossier Prévention et Lutte contre la corruption"
            if toks[k].text not in v.join and toks[k].text not in v.article:
                return j  # "... 2030 et salue": "et" opens a clause, not a complement
        if k < len(toks) and toks[k].text in v.join and toks[k].text != "et" and self.next_to(k):
            k += 1  # "et du tarif", "relative à"
        if k < len(toks) and toks[k].text in v.article and self.next_to(k):
            k += 1
        if k >= len(toks) or not self.next_to(k):
            return j
        if self.noun(toks[k]):
            end = self.adjectives(k + 1)
            after = toks[end] if end < len(toks) and self.next_to(end) else None
            return end + 1 if after is not None and after.kind == "word" and after.text.isupper() and len(after.text) >= 2 else end
        if toks[k].cap and t.text != "et":
            return self.capitals(k)
        return j

    def read(self, i: int) -> tuple[Head, int, int, int] | None:
        """(head, index after the head, index after its adjectives, index after the name) for a
        name opening at toks[i]; None when a lower-case head has no name word after it."""
        hit = self.head(i)
        if hit is None:
            return None
        head, n, lowered = hit
        after_head = j = i + n
        if self.next_to(j):
            j = self.capitals(j, number_first=True)
        if lowered and j == after_head:
            return None
        if self.next_to(j):
            j = self.adjectives(j)
        core = j
        if self.next_to(j) and _year(self.toks[j]):
            j += 1  # "Plan stratégique 2030-2034"
        for _ in range(_MOST_COMPLEMENTS):
            if not self.next_to(j):
                break
            k = self.complement(j)
            if k == j:
                break
            j = k
        return head, after_head, core, j

    def modifiers(self, i: int) -> int:
        """Index of the first of the capitalized words right before toks[i] ("Valdoria Trade Act")."""
        k = i
        while k > 0 and i - k < 4 and self.next_to(k) and self.toks[k - 1].cap and self.toks[k - 1].text not in self.v.skip | self.v.org:
            k -= 1
        return k


def _participle(t: Tok) -> bool:
    """ "harmonisée", "protégées": a past participle, which may carry a complement of its own."""
    return t.kind == "word" and t.text.islower() and len(t.text) >= 5 and t.text.endswith(("é", "ée", "és", "ées"))


def _year(t: Tok) -> bool:
    """ "2030", "2030-2034": a year or a span of years that may close a plan's name."""
    parts = t.text.split("-")
    return t.kind == "word" and len(parts) <= 2 and all(len(p) == 4 and p.isdigit() for p in parts)


def initials_in_order(words: list[str], acronym: str) -> bool:
    """Do the short form's letters follow the words' initials in order, the first on the first
    word ("guichet unique national" for GUN; not "Programme Mercator" for APM)?"""
    letters = [c for c in fold(acronym) if c.isalpha()]
    initials = [strip_accents(w[:1]).lower() for w in words if w[:1].isalpha()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    k = 0
    for c in initials:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


def _acronym_after(sc: Scan, toks: list[Tok], j: int, name: str) -> str | None:
    """ "(AFE)" right after a name whose words spell it."""
    t = toks[j] if j < len(toks) else None
    if t is None or t.kind != "paren" or not _adjacent(sc.text, toks[j - 1], t) or not is_acronym(t.text):
        return None
    acr = t.text[1:-1].strip()
    letters = acr.split("/")[0]  # "(FCD/Chine)": the letters before the owner's name
    return acr if fold(acr) not in sc.orgs and initials_in_order(name.replace("'", " ").split(), letters) else None


def scan_heads_first(sc: Scan, lang: str) -> list[Cand]:
    """Every head-first name, bare head and kind-word cue in the text, left to right."""
    nv = name_vocab(lang)
    if nv is None:
        return []
    toks = tokenize(sc.text)
    r = _Reader(sc.text, toks, sc.v, nv)
    before = sc.v.before
    out: list[Cand] = []
    i = 0
    while i < len(toks):
        got = r.read(i) if toks[i].text in r.openers and toks[i].kind == "word" else None
        if got is None:
            if toks[i].text in before or toks[i].text[:-1] in before:
                out.extend(_kind_word_cues(sc, r, i))
            i += 1
            continue
        head, after_head, core, end = got
        if end < len(toks) and r.next_to(end) and toks[end].text in sc.v.org:
            i = end  # "Programme ... Secrétariat": a body's name
            continue
        if toks[i].lower and end == core and sc.text[toks[after_head].start : toks[end - 1].end] in sc.known:
            i = after_head  # "la plateforme CENcomm": the well-known name alone
            continue
        first = r.modifiers(i) if head.last else i
        if head.last and first == i:
            i += 1  # an English head needs its capitalized words ("Valdoria Trade Act")
            continue
        if head.last:
            end = core = after_head
        start, stop = toks[first].start, toks[end - 1].end
        name = sc.name_text(start, stop)
        described = core > after_head and toks[after_head].lower  # adjectives, no name words
        alone = end == after_head and not head.last  # "le Cadre": refers back to a name with that head
        plain_end = core + 1 if core < len(toks) and _year(toks[core]) and r.next_to(core) else core
        short = end == plain_end and described  # "Plan stratégique (2030-2034)": a name, or a shorter form of one
        prev = toks[i - 1].text.lower() if i else ""
        standalone = short or (alone and head.bare and prev in sc.v.article)
        key = fold(sc.text[start : toks[(core if described else after_head) - 1].end])
        out.append(Cand(start, stop, name, head.kind, "initiative.head_name", head=key,
                        acronym=None if alone else _acronym_after(sc, toks, end, name), bare=alone or short, standalone=standalone))
        i = end
    return out


def _kind_word_cues(sc: Scan, r: _Reader, i: int) -> list[Cand]:
    """'l'enquête "Global Trade Outlook"', "un programme de Guichet unique national (GUN)": a name
    right after a lower-case kind word, quoted, or spelling the short form defined after it."""
    toks = r.toks
    t = toks[i]
    kind = sc.v.before.get(t.text) or sc.v.before.get(t.text[:-1] if t.text.endswith("s") else "")
    if kind is None or i + 2 >= len(toks) or not r.next_to(i + 1):
        return []
    nxt = toks[i + 1]
    if nxt.text == '"':
        close = next((k for k in range(i + 2, min(i + 12, len(toks))) if toks[k].text == '"'), None)
        if close is None or close == i + 2 or not toks[i + 2].cap:
            return []
        start, stop = toks[i + 2].start, toks[close - 1].end
        return [Cand(start, stop, sc.name_text(start, stop), kind, "initiative.quoted_kind")]
    if nxt.text not in sc.v.of:
        return []
    k = i + 2
    while k < len(toks) and k - i < 9 and r.next_to(k) and toks[k].kind in ("word", "elided") and toks[k].text not in sc.v.stop:
        k += 1
    if k >= len(toks) or k == i + 2 or toks[k].kind != "paren" or not r.next_to(k) or not is_acronym(toks[k].text):
        return []
    start, stop = toks[i + 2].start, toks[k - 1].end
    acr = toks[k].text[1:-1].strip()
    name = sc.name_text(start, stop)
    if not toks[i + 2].cap or fold(acr) in sc.orgs or not initials_in_order(name.split(), acr):
        return []
    return [Cand(start, stop, name, kind, "initiative.defined_after_kind", acronym=acr)]


def theme_cands_first(sc: Scan, doc: Document, found: list[Quote]) -> list[Cand]:
    """« douane et sécurité durable » as the year's theme: a theme word shortly before the quote, an
    owner of yearly themes in the sentence, and no meeting word (a meeting's theme is none)."""
    v = sc.v
    if not v.theme:
        return []
    out: list[Cand] = []
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    for q in found:
        idx = bisect_right(starts, q[2]) - 1
        if idx < 0 or q[2] >= sentences[idx].end:
            continue
        sent = sentences[idx]
        before = sc.text[max(sent.start, q[2] - _THEME_REACH) : q[2]]
        if not any(w in before for w in v.theme):
            continue
        outside = f" {sc.text[sent.start : q[2]]} {sc.text[q[3] : sent.end]} "
        words = set(fold(outside).split())
        if words & {fold(m) for m in v.meeting} or not any(f" {y} " in f" {fold(outside)} " for y in map(fold, v.yearly)):
            continue
        span = _theme_span(sc, q)
        if span is not None:
            rest = sc.text[q[3] : q[3] + 12]
            acr = rest[1 : rest.index(")") + 1] if rest.startswith(" (") and ")" in rest else ""
            acronym = acr[1:-1] if acr and is_acronym(acr) else None
            out.append(Cand(span[0], span[1], sc.name_text(*span), "campaign", "initiative.theme", acronym=acronym))
    return out


def _theme_span(sc: Scan, q: Quote) -> tuple[int, int] | None:
    """The quoted words; a theme may open in lower case (« douane et sécurité durable »)."""
    span = quote_name(sc, q)
    if span is not None:
        return span
    s, e = q[0], q[1]
    while s < e and sc.text[s] == " ":
        s += 1
    while e > s and sc.text[e - 1] in " ,.;:":
        e -= 1
    words = sc.text[s:e].split()
    return (s, e) if words and words[0][:1].isalpha() and len(words) <= 16 else None
