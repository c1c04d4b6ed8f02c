"""Organization names that open on their head word, as French writes them.

"Organisation mondiale des douanes", "Agence nationale de lutte contre la fraude", "ministère des
Finances de la Ruritanie": the head comes first, then adjectives ("mondiale") and complements
opened by a preposition ("des douanes", "de la Ruritanie", "contre la fraude"). Only the first word is
capitalized, so capitals cannot bound the name as in English: it ends where the next word is
neither a listed name word, an adjective by its ending, nor a complement (a verb, punctuation, a
date). A nationality adjective after the word for Customs names a country's administration ("les
douanes marocaines"). The words are data (`data/<lang>/org_first_heads.txt` and the other
`org_*` files of the language); a language without them has no such names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from types import MappingProxyType
from typing import NamedTuple

from . import lexicon
from .org_words import (
    fold,
    gazetteer_forms,
    instrument_forms,
    looks_like_acronym,
    owner_entry,
)
from .places import canonical_country
from .rules import Rule

TOKEN = Rule(
    name="org_head_first_token",
    pattern=(
        r"(?P<elided>(?<![\p{L}\p{N}])(?:[lLdD]|[Qq]u)'(?=\p{L}))"
        r"|(?P<word>[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-.&/'](?=[\p{L}\p{N}])){0,60})"
        r"|(?P<paren>\([ ]{0,2}[^()\n]{1,40}\))"
        r"|(?P<punct>\S)"
    ),
    examples=("l'Organisation mondiale", "d'Afrique (OMD)", "Nouvelle-Zélande"),
    rejects=("", "   "),
    doc="Words, elided articles ('l'', 'd''), bracketed groups and single punctuation marks.",
)

RULES: tuple[Rule, ...] = (TOKEN,)

#: Most complements a name takes ("de l'OMD pour la protection des frontières et la sécurité dans la région": 5).
_MOST_COMPLEMENTS = 7
#: Most capitalized words in one complement ("des Nations Unies", "de la Nouvelle-Calédonie").
_MOST_CAPITALS = 5


class Tok(NamedTuple):
    start: int
    end: int
    kind: str
    text: str

    @property
    def cap(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()

    @property
    def lower(self) -> bool:
        return self.kind == "word" and self.text[:1].islower()


@dataclass(frozen=True)
class Vocab:
    """A language's words for head-first names (see the data files' headers)."""

    heads: Mapping[str, str]  # head as written -> role (body, secretariat, abroad, lower)
    connectors: Mapping[str, str]  # lower-case word -> tail, article, join or abroad
    nouns: frozenset[str]
    adjectives: frozenset[str]
    endings: tuple[str, ...]
    not_words: frozenset[str]
    nationalities: Mapping[str, str]  # any form -> country
    place_heads: frozenset[str]

    @cached_property
    def openers(self) -> frozenset[str]:
        """Every word that may open a name: heads as written, `lower` heads in lower case, and
        the words for Customs: a quick test before a token is read."""
        lower = {h[:1].lower() + h[1:] for h, role in self.heads.items() if role == "lower"}
        return frozenset(self.heads) | lower | self.place_heads

    def head(self, t: Tok) -> str | None:
        """The role of a head token: capitalized, or in lower case for a `lower` head."""
        if t.kind != "word":
            return None
        role = self.heads.get(t.text)
        if role is not None:
            return role
        cap = t.text[:1].upper() + t.text[1:]
        return "lower" if t.text.islower() and self.heads.get(cap) == "lower" else None

    def adjective(self, word: str, open_class: bool = True) -> bool:
        """A lower-case word that may follow a head or a noun of a name."""
        if word in self.adjectives or word in self.nouns or word in self.nationalities:
            return True
        if not open_class or word in self.not_words or len(word) < 6 or not word.isalpha() or not word.islower():
            return False
        return word.endswith(self.endings)


def _table(lang: str, name: str) -> Mapping[str, str]:
    try:
        return lexicon.table(f"{lang}/org_{name}.txt")
    except (FileNotFoundError, OSError):
        return MappingProxyType({})


def _words(lang: str, name: str) -> frozenset[str]:
    try:
        return lexicon.words(f"{lang}/org_{name}.txt")
    except (FileNotFoundError, OSError):
        return frozenset()


def _inflections(forms: str) -> list[str]:
    """ "australien australienne" -> the four forms; plurals add "s" except after s or x."""
    out: list[str] = []
    for f in forms.split():
        out += [f] if f.endswith(("s", "x")) else [f, f + "s"]
    return out


@cache
def vocab(lang: str) -> Vocab | None:
    """The head-first words of `lang`, or None when the language writes no such names."""
    heads = _table(lang, "first_heads")
    if not heads:
        return None
    words = _table(lang, "name_words")
    nationalities = {f: country for k, country in _table(lang, "nationalities").items() for f in _inflections(k)}
    return Vocab(
        heads=heads,
        connectors=_table(lang, "connectors"),
        nouns=frozenset(w for w, r in words.items() if r == "noun"),
        adjectives=frozenset(w for w, r in words.items() if r == "adj"),
        endings=tuple(sorted(_words(lang, "adjective_endings"))),
        not_words=_words(lang, "not_name_words"),
        nationalities=MappingProxyType(nationalities),
        place_heads=_words(lang, "place_heads"),
    )


def tokenize(text: str) -> list[Tok]:
    """The tokens of `text`, read once: the organization and initiative scans of a document share
    them (a rule that times out warns the record being parsed, see `rules.collect_warnings`)."""
    return list(_tokens(text))


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[Tok, ...]:
    new = tuple.__new__  # Tok(...) would add a Python-level call per token
    return tuple(new(Tok, (*m.span(), m.lastgroup or "punct", m.group())) for m in TOKEN.finditer(text, 0, len(text)))


def _adjacent(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= 2 and (gap == "" or gap == " " or gap == "  ")


def _adjectives(text: str, toks: list[Tok], j: int, v: Vocab, open_class: bool) -> int:
    """Index after the lower-case adjectives from toks[j] (at most three)."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].lower and _adjacent(text, toks[k - 1], toks[k]):
        if not v.adjective(toks[k].text, open_class):
            break
        k += 1
    return k


def _capitals(text: str, toks: list[Tok], j: int, v: Vocab) -> int:
    """Index after a run of capitalized words from toks[j] ("Nations Unies", "Nouvelle-Zélande"),
    with the listed adjectives that may close it ("Nations unies")."""
    k = j
    while k < len(toks) and k - j < _MOST_CAPITALS and toks[k].cap and (k == j or _adjacent(text, toks[k - 1], toks[k])):
        if k > j and v.heads.get(toks[k].text) is not None:
            break  # "des Finances Direction ...": a new name
        k += 1
    return _adjectives(text, toks, k, v, False) if k > j else k


def _complement(text: str, toks: list[Tok], j: int, v: Vocab, head: str) -> int:
    """Index after one complement opening at toks[j] ("des douanes", "de l'OMD", "en Ruritanie",
    "et des accises"), or j when none opens there. `head`: the role of the name's head."""
    n = len(toks)
    abroad = head == "abroad"
    role = v.connectors.get(toks[j].text)
    if role is None or toks[j].kind not in ("word", "elided"):
        return j
    k = j + 1
    join = role == "join"
    if join and k < n and v.connectors.get(toks[k].text) == "tail" and _adjacent(text, toks[k - 1], toks[k]):
        k += 1  # "et des accises", "et de la coopération"
    if k < n and v.connectors.get(toks[k].text) == "article" and _adjacent(text, toks[k - 1], toks[k]) and role != "abroad":
        k += 1
    if k >= n or not _adjacent(text, toks[k - 1], toks[k]):
        return j
    t = toks[k]
    if t.lower and role == "topic" and head != "forum":
        return j  # "l'Organisation mondiale des douanes sur la gestion ...": the topic of a clause
    if t.lower and t.text in v.nouns:
        end = _adjectives(text, toks, k + 1, v, True)
        owners = toks[end] if end < n and _adjacent(text, toks[end - 1], toks[end]) else None
        if owners is not None and owners.kind == "word" and looks_like_acronym(owners.text) and owners.text.replace("/", "").isupper():
            return end + 1  # "Comité de contact OMD/UPU": the bodies it joins, by their short forms
        return end
    if not t.cap or (join and (k == j + 1 or v.connectors.get(toks[j + 1].text) != "tail" or v.head(t) is not None)):
        return j  # "et la JICA", "et l'Agence ...": a second name; but "de l'Économie et des Finances"
    if role == "abroad" and not (abroad and canonical_country(t.text) is not None):
        return j  # "en Ruritanie" ends an embassy's name only
    return _capitals(text, toks, k, v)


def read_name(text: str, toks: list[Tok], i: int, v: Vocab) -> int | None:
    """Index of the last token of the name that opens on the head toks[i], or None when the head
    stands alone ("le Conseil") or, written in lower case, has no capitalized complement."""
    role = v.head(toks[i])
    if role is None:
        return None
    n = len(toks)
    j = i + 1
    if j < n and _adjacent(text, toks[i], toks[j]) and toks[j].cap and v.adjective(toks[j].text.lower()):
        j += 1  # "Organisation Mondiale des Douanes" in Title Case
    j = _adjectives(text, toks, j, v, True) if j < n and _adjacent(text, toks[j - 1], toks[j]) else j
    complements = 0
    while j < n and complements < _MOST_COMPLEMENTS and _adjacent(text, toks[j - 1], toks[j]):
        k = _complement(text, toks, j, v, role)
        if k == j:
            break
        if role == "lower" and complements == 0 and not any(t.cap for t in toks[j:k]):
            return None  # "le ministère de la santé": a ministry named in lower case is a description
        j, complements = k, complements + 1
    if j == i + 1 or (role == "lower" and complements == 0):
        return None
    return j - 1


def _owner_at(toks: list[Tok], i: int, last: int, v: Vocab) -> int | None:
    """Index of the first word after the first tail word and its article ("Secrétariat général
    de l'OMD": "OMD"), the organization a body may be named after."""
    k = i + 1
    while k <= last and toks[k].lower and v.connectors.get(toks[k].text) is None:
        k += 1  # adjectives: "Secrétariat général de ..."
    if k > last or v.connectors.get(toks[k].text) not in ("tail", "topic"):
        return None
    k += 1
    if k <= last and v.connectors.get(toks[k].text) == "article":
        k += 1
    return k if k <= last else None


def owner_keys(name: str, lang: str) -> set[str]:
    """ "Conseil de l'OMD" = "Conseil de l'Organisation mondiale des douanes": a body named after
    a well-known organization is keyed on the organization's gazetteer entry, whichever form names it."""
    v = vocab(lang)
    if v is None or " " not in name:
        return set()
    toks = tokenize(name)
    if len(toks) < 3 or v.head(toks[0]) is None:
        return set()
    k = _owner_at(toks, 0, len(toks) - 1, v)
    if k is None:
        return set()
    idx = owner_entry(name[toks[k].start :])
    if idx is None:
        return set()
    body = [t.text for t in toks[:k] if v.connectors.get(t.text) not in ("tail", "topic", "article")]
    return {f"o:{idx}:" + fold(" ".join(body))}


def _known_body(phrase: str) -> bool:
    """An organization the gazetteer knows, or a short form; not an instrument ("la CITES")."""
    if phrase in instrument_forms():
        return False
    return phrase in gazetteer_forms() or (" " not in phrase and phrase.isupper() and looks_like_acronym(phrase))


def _customs_of(toks: list[Tok], i: int, v: Vocab) -> str | None:
    """The country whose Customs "douanes marocaines" names (toks[i] is the word for Customs)."""
    if toks[i].text not in v.place_heads or i + 1 >= len(toks) or toks[i + 1].kind != "word":
        return None
    return v.nationalities.get(toks[i + 1].text)


def _short_form_after(text: str, toks: list[Tok], last: int) -> bool:
    """Is the name ending at toks[last] followed by a short form in brackets ("(BRVR)")?"""
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is None or nxt.kind != "paren" or not _adjacent(text, toks[last], nxt):
        return False
    inner = nxt.text[1:-1].strip()
    return " " not in inner and looks_like_acronym(inner)


def _owner_free_key(text: str, toks: list[Tok], i: int, last: int, v: Vocab) -> str | None:
    """ "Réseau de l'OMD pour la lutte ..." is also "Réseau pour la lutte ...": the key of the
    name without a complement that names a well-known organization, when more words follow it."""
    k = _owner_at(toks, i, last, v)
    if k is None:
        return None
    end = k
    while end + 1 <= last and toks[end + 1].cap and _adjacent(text, toks[end], toks[end + 1]):
        end += 1
    if owner_entry(text[toks[k].start : toks[end].end]) is None:
        return None
    opener = k - 1 if v.connectors.get(toks[k - 1].text) in ("tail", "topic") else k - 2
    rest = [t.text for t in toks[i:opener] + toks[end + 1 : last + 1]]
    return "n:" + fold(" ".join(rest)) if rest and len(rest) > opener - i else None


def core_key(text: str, toks: list[Tok], i: int, last: int, v: Vocab) -> str | None:
    """The key of a name without its last complement when that names a place ("Administration
    générale des douanes de Ruritanie": "Administration générale des douanes"), or of the head and its
    adjectives alone ("Comité technique de l'évaluation en douane": "Comité technique"). A name
    written without those words elsewhere in the text is the same body, when only one fits."""
    k = last
    while k > i and toks[k].cap:
        k -= 1
    if k < last and canonical_country(text[toks[k + 1].start : toks[last].end]) is not None:
        while k > i and v.connectors.get(toks[k].text) in ("tail", "topic", "article"):
            k -= 1
        return "n:" + fold(text[toks[i].start : toks[k].end]) if k > i else None
    k = i + 1
    while k <= last and toks[k].kind == "word" and v.connectors.get(toks[k].text) is None:
        k += 1
    return "n:" + fold(text[toks[i].start : toks[k - 1].end]) if i + 1 < k <= last else None


@dataclass
class HeadFirstName:
    """A name found by `find_names`: its span, the keys it adds to its name's own, and the key of
    its shorter form (`core_key`)."""

    start: int
    end: int
    keys: set[str]
    core: str | None = None


def find_names(text: str, lang: str) -> list[HeadFirstName]:
    """Every head-first organization name in `text`, left to right, none inside another."""
    v = vocab(lang)
    if v is None:
        return []
    toks = tokenize(text)
    out: list[HeadFirstName] = []
    i = 0
    openers = v.openers
    while i < len(toks):
        t = toks[i]
        if t.text not in openers or t.kind != "word":
            i += 1
            continue
        country = _customs_of(toks, i, v)
        if country is not None and _adjacent(text, t, toks[i + 1]):
            out.append(HeadFirstName(t.start, toks[i + 1].end, {"n:" + fold(text[t.start : toks[i + 1].end]), f"c:{country}"}))
            i += 2
            continue
        last = read_name(text, toks, i, v)
        if last is None:
            i += 1
            continue
        role = v.heads.get(t.text)
        owner = _owner_at(toks, i, last, v)
        if role == "secretariat" and owner is not None and _known_body(text[toks[owner].start : toks[last].end]):
            i = last + 1  # "le Secrétariat de l'OMD": not an organization; the OMD is found on its own
            continue
        if role == "plural" and not _short_form_after(text, toks, last):
            i = last + 1  # "les Autorités nationales compétentes ...": a class of bodies
            continue
        if role == "unit" and not any(canonical_country(x.text) for x in toks[i + 1 : last + 1] if x.cap):
            i = last + 1  # "la Division des affaires tarifaires": a part of a body, unless a country names it
            continue
        free = _owner_free_key(text, toks, i, last, v)
        out.append(HeadFirstName(t.start, toks[last].end, {free} if free else set(), core_key(text, toks, i, last, v)))
        i = last + 1
    return out
