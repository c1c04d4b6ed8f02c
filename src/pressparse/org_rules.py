"""Phrase analysis for organizations: capitalized chunks, head words and name keys.

A capitalized chunk ("Director General of Kenya Revenue Authority") is split into runs of
capitalized words and the lower-case connectors between them. An organization is a run that
ends in a head word ("Authority"), possibly followed by an "of ..." tail ("Ministry of
Finance"). Which words are heads, connectors or openers is per-language data (`data/<lang>/org_*`,
read through `org_words`).
"""

from __future__ import annotations

from functools import cache, lru_cache

from . import lexicon
from .org_words import (
    LANG,
    TOKEN,
    Found,
    Word,
    bare,
    connectors,
    gazetteer_forms,
    heads,
    looks_like_acronym,
    words_of,
)
from .places import canonical_country, country_of_city
from .rules import Rule, alternation


def _chunk_pattern() -> str:
    """Capitalized words with up to three connectors between two of them, 31 words at most."""
    conn = alternation(tuple(connectors()))
    return rf"(?<![\p{{L}}\p{{N}}]){TOKEN}(?:[ ]{{1,3}}(?:{conn}[ ]{{1,3}}){{0,3}}{TOKEN}){{0,30}}"


CHUNK = Rule(
    name="org_capitalized_chunk",
    pattern=_chunk_pattern(),
    examples=("the Ministry of Finance", "Kenya Revenue Authority", "Côte d'Ivoire Revenue Office"),
    rejects=("customs administrations", "in a meeting", "123 456"),
    doc="Capitalized words joined by connectors: the raw material of organization names.",
)

RULES: tuple[Rule, ...] = (CHUNK,)


def _head_len(words: list[Word], first: int, last: int, lang: str) -> int:
    """How many words at the end of words[first..last] form a head (0: none)."""
    hs = heads(lang)
    if last - 1 >= first and f"{words[last - 1].text} {bare(words[last].text)}" in hs:
        return 2
    return 1 if bare(words[last].text) in hs else 0


#: Heads of a service that, after a known body's short form, names a part of its secretariat.
_SERVICE_HEADS = frozenset({"Service", "Services"})


@cache
def _demonyms(lang: str) -> dict[str, str]:
    try:
        return dict(lexicon.table(f"{lang}/demonyms.txt"))
    except (FileNotFoundError, OSError):
        return {}


@lru_cache(maxsize=8192)
def country_of(phrase: str, lang: str = LANG) -> str | None:
    """The country a country name or nationality adjective names ("Thai" -> "Thailand")."""
    return _demonyms(lang).get(phrase) or canonical_country(phrase)


@lru_cache(maxsize=8192)
def is_place(phrase: str, lang: str = LANG) -> bool:
    """A country, city or nationality adjective ("Norway", "Ningbo", "Chilean"); cached, as the
    same words are asked about in every chunk."""
    return (
        phrase in _demonyms(lang)
        or canonical_country(phrase) is not None
        or country_of_city(phrase) is not None
    )


def windows(words: list[str], longest: int = 3) -> list[str]:
    """Every phrase of 1..longest consecutive words, longest first."""
    return [" ".join(words[i : i + n]) for n in range(longest, 0, -1) for i in range(len(words) - n + 1)]


def _place_modified(mods: list[str], lang: str) -> bool:
    """Does a place name among the modifiers ("Royal Malaysian", "Hong Kong", "Côte d'Ivoire")?"""
    return any(is_place(w, lang) for w in windows([bare(m) for m in mods]))


def _is_plural(head: str, lang: str) -> bool:
    hs = heads(lang)
    return head.endswith("s") and (head[:-1] in hs or (head.endswith("ies") and head[:-3] + "y" in hs))


def valid_core(
    words: list[Word], first: int, last: int, tail: bool, lang: str = LANG, tail_place: bool = False
) -> bool:
    """Does words[first..last] name an organization (with an "of ..." tail, naming a place or not)?"""
    n_head = _head_len(words, first, last, lang)
    if not n_head:
        return False
    head = bare(words[last].text)
    joins = connectors(lang)
    mods = [w.text for w in words[first : last - n_head + 1] if joins.get(w.text) != "join"]
    generic = words_of("generic_modifiers", lang)
    name = " ".join([*(w.text for w in words[first:last]), head]).lower()
    if name in _lowered_not_orgs(lang) and (mods or not tail):
        return False  # "Contracting Party", "WCO Secretariat"; "Secretariat of the X Convention" is one
    if head in words_of("place_heads", lang) and not (_place_modified(mods, lang) or (tail_place and mods)):
        return False  # "Smart Customs"; but "Federal Revenue of Ruritania" names its place
    if head in words_of("modifier_heads", lang):
        field = words_of("joined_words", lang) | {"Customs"}  # "National Customs Service of Chile", not "Public Service of X"
        return any(m not in generic for m in mods) or (tail_place and any(m in field for m in mods))
    generic_class = all(m in generic for m in mods) or mods[-1:] == ["Customs"]
    if _is_plural(head, lang) and generic_class and (not tail or tail_place):
        return False  # "Customs Administrations (of Ruritania)": a class, not one body
    return bool(mods) or tail


@cache
def _lowered_not_orgs(lang: str) -> frozenset[str]:
    return frozenset(x.lower() for x in words_of("not_orgs", lang))


def unit_head(words: list[Word], found: Found, lang: str = LANG, owner_follows: bool = False) -> bool:
    """A department-like unit of a body ("the Compliance Department", "Division of the GRA",
    "the Cooperation Bureau of the Ruritania Revenue Authority", "Department of Audit of Ningbo
    Customs": `owner_follows`), not a body named by a place ("the Malaysian Customs Department")."""
    mods = [w.text for w in words[found.first : found.core_last]]
    head = bare(words[found.core_last].text)
    owner = mods[0] if mods and mods[0].isupper() and looks_like_acronym(mods[0]) else None
    if head in _SERVICE_HEADS and owner in gazetteer_forms() and "Customs" not in mods:
        return True  # "the WCO Communications Service": a service of a known body's secretariat
    if head not in words_of("unit_heads", lang):
        return False
    if "Customs" in mods and (found.has_tail or owner):
        return False  # "GRA Customs Division", "Customs Division of the GRA": a Customs administration
    if owner_follows:
        return True
    if found.has_tail:  # "the Tariff Division of the GRA": a unit of a body named by its acronym
        return words[found.last].text.isupper() and looks_like_acronym(words[found.last].text) or tail_is_body(words, found, lang)
    return not _place_modified(mods, lang)


def tail_is_body(words: list[Word], found: Found, lang: str = LANG) -> bool:
    """Does the "of ..." tail of a name name an organization of its own ("... of the Ruritania
    Revenue Authority", "... of the WCO")?"""
    first = found.core_last + 1
    while first <= found.last and connectors(lang).get(words[first].text) in ("tail", "article"):
        first += 1
    if first > found.last:
        return False
    phrase = bare(" ".join(w.text for w in words[first : found.last + 1]))
    if phrase in gazetteer_forms() or (" " not in phrase and phrase.isupper() and looks_like_acronym(phrase)):
        return True
    rest = words[first : found.last + 1]
    return any(f.first == 0 and f.last == len(rest) - 1 for f in find_in_words(rest, lang))


def tail_start(words: list[Word], found: Found, lang: str = LANG) -> int:
    """Index of the first name word of a tail ("of the Ruritania Revenue Authority": "Ruritania")."""
    first = found.core_last + 1
    while first <= found.last and connectors(lang).get(words[first].text) in ("tail", "article"):
        first += 1
    return first


def linked_by_of(words: list[Word], last: int, nxt: int, lang: str = LANG) -> bool:
    """Are words[last] and words[nxt] joined by "of" or "of the" ("Department of Audit of Ningbo
    Customs": the unit and its owner)?"""
    between = [w.text for w in words[last + 1 : nxt]]
    return bool(between) and between[0] == "of" and all(connectors(lang).get(b) == "article" for b in between[1:])


def administration_of_customs(words: list[Word], first: int, core_last: int, lang: str = LANG, end: int = -1) -> Found | None:
    """ "General Administration of Ruritania Customs": an administration's own name ending in the
    common name of the same Customs administration is one organization (unit heads excepted:
    "Audit Department of Ruritania Customs" is a part of it, "General Department of Vietnam
    Customs" is not). The tail ends at words[end]."""
    end = len(words) - 1 if end < 0 else end
    core_head = bare(words[core_last].text)
    two = f"{words[core_last - 1].text} {core_head}" if core_last > first else ""
    admin = words_of("administration_heads", lang)
    mods = words[first:core_last]
    whole = bool(mods) and all(w.text in words_of("whole_modifiers", lang) for w in mods)  # "General Department"
    if (core_head in words_of("unit_heads", lang) and not whole) or not (core_head in admin or two in admin) or core_last + 2 > end:
        return None
    k = core_last + 1
    if words[k].text != "of":
        return None
    k += 1
    while k < end and connectors(lang).get(words[k].text) == "article":
        k += 1
    if not all(w.cap for w in words[k : end + 1]) or bare(words[end].text) not in words_of("place_heads", lang):
        return None
    return Found(first, end, end) if valid_core(words, k, end, False, lang) else None


def join_customs_tails(words: list[Word], founds: list[Found], lang: str = LANG) -> list[Found]:
    """Founds with "General Administration" + "of" + "Ruritania Customs" read as one name."""
    out: list[Found] = []
    i = 0
    while i < len(founds):
        f = founds[i]
        g = founds[i + 1] if i + 1 < len(founds) else None
        whole = None
        if g is not None and not f.has_tail and not g.has_tail and linked_by_of(words, f.last, g.first, lang):
            whole = administration_of_customs(words, f.first, f.core_last, lang, g.last)
        out.append(whole or f)
        i += 2 if whole else 1
    return out


def generic_only(words: list[Word], found: Found, lang: str = LANG) -> bool:
    """Only generic words before the head ("Customs Administration"): needs "the" to be a name."""
    generic = words_of("generic_modifiers", lang)
    mods = [w.text for w in words[found.first : found.core_last]]
    return not found.has_tail and all(m in generic for m in mods)


def _runs(words: list[Word], lang: str) -> list[tuple[int, int]]:
    """Maximal runs of capitalized words; "X and Y" stays one run ("Customs and Excise")."""
    conn = connectors(lang)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not words[i].cap:
            i += 1
            continue
        j = i
        while True:
            if j + 1 < len(words) and words[j].text.endswith("'s") and words[j + 1].text in words_of("affiliation_titles", lang):
                break  # "the Ruritania Revenue Authority's Commissioner": a position follows its owner
            if j + 1 < len(words) and words[j + 1].cap:
                j += 1
            elif j + 2 < len(words) and conn.get(words[j + 1].text) == "join" and words[j + 2].cap:
                joined = words[j + 2].text in words_of("joined_words", lang)
                if words[j + 2].text.endswith("'s"):
                    break  # "... and Chile's National ...": an owner starts a new name
                if j - i >= 1 and not joined and valid_core(words, i, j, False, lang):
                    break  # "Japan Customs and Korea Customs Service": two names
                if not joined and _standalone(words, i, j):
                    break  # "WCO and World Bank": a known body before "and" is a name of its own
                j += 2
            elif _region_pair(words, j, lang):
                j += 3  # "... for Asia and the Pacific"
            else:
                break
        runs.append((i, j))
        i = j + 1
    return runs


def _standalone(words: list[Word], i: int, j: int) -> bool:
    """Is words[i..j] a whole name already: a gazetteer form, or one all-capital short form?"""
    while i < j and words[i].text in words_of("stop_words"):
        i += 1
    phrase = " ".join(w.text for w in words[i : j + 1])
    one = words[i].text if i == j else ""
    return bare(phrase) in gazetteer_forms() or (len(one) >= 2 and one.isupper() and one.isalpha())


def _region_pair(words: list[Word], j: int, lang: str) -> bool:
    """ "Asia and the Pacific", "Latin America and the Caribbean": two regions joined as one."""
    if j + 3 >= len(words) or words[j + 1].text != "and" or words[j + 2].text != "the":
        return False
    regions = words_of("region_words", lang)
    right, left = bare(words[j + 3].text), bare(words[j].text)
    return right in regions and (left in regions or is_place(left, lang))


def _opener(word: str, lang: str) -> bool:
    """A word before a name, not in it: "The", "Lisbon-based"."""
    if word in words_of("stop_words", lang):
        return True
    if word.endswith("'s") and is_place(word[:-2], lang):
        return True  # "Ruritania's National Revenue Office": the owner, not the name
    left, _, right = word.rpartition("-")
    return bool(left) and right.islower() and right.endswith("ed")  # "Brussels-based", "WCO-led"


def strip_openers(words: list[Word], first: int, last: int, lang: str) -> int:
    """The first word of words[first..last] that may start a name."""
    while first < last and _opener(words[first].text, lang):
        if words[first].text.endswith("'s") and generic_rest(words, first + 1, last, lang):
            break  # "Norway's Customs Department": without its owner the name says nothing
        first += 1
    return first


def generic_rest(words: list[Word], first: int, last: int, lang: str) -> bool:
    """Are words[first..last] generic words before a head ("Customs Department")?"""
    generic = words_of("generic_modifiers", lang)
    rest = words[first : last + 1]
    if not rest or bare(rest[-1].text) not in heads(lang):
        return False
    return all(bare(w.text) in generic or w.text in connectors(lang) for w in rest[:-1])


def _tail_start(words: list[Word], prev_last: int, nxt: int, lang: str) -> bool:
    """Are the words between two runs an "of (the)" link that keeps the name going?"""
    conn = connectors(lang)
    between = [w.text for w in words[prev_last + 1 : nxt]]
    if not between or conn.get(between[0]) != "tail":
        return False
    return all(conn.get(b) == "article" for b in between[1:])


def _tail_run_ok(words: list[Word], run: tuple[int, int], lang: str) -> bool:
    """A tail run neither names a Customs administration nor ends in a date or region word."""
    stops = words_of("tail_stops", lang)
    first, last = run
    if words[first].text in stops or bare(words[last].text) in stops:
        return False
    place_head = bare(words[last].text) in words_of("place_heads", lang)
    return not (place_head and valid_core(words, first, last, False, lang))


def find_in_words(words: list[Word], lang: str = LANG) -> list[Found]:
    """Organization names in a chunk's words, left to right, tails included (a single word has
    neither modifiers nor a tail, so it names none)."""
    if len(words) <= 1:
        return []
    return list(_found_in_texts(lang, tuple(w.text for w in words)))


@lru_cache(maxsize=4096)
def _found_in_texts(lang: str, texts: tuple[str, ...]) -> tuple[Found, ...]:
    """The reading depends on the word texts alone (results are word indices), and chunks recur
    ("the World Customs Organization"), so it is remembered (bounded)."""
    words, i = [], 0
    for text in texts:
        words.append(Word(text, i, i + len(text)))
        i += len(text) + 1
    return tuple(_find_in_words(words, lang))


def _find_in_words(words: list[Word], lang: str) -> list[Found]:
    runs = _runs(words, lang)
    out: list[Found] = []
    k = 0
    while k < len(runs):
        first, last = runs[k]
        first = strip_openers(words, first, last, lang)
        k2 = k
        end = last
        while (
            k2 + 1 < len(runs)
            and _tail_start(words, runs[k2][1], runs[k2 + 1][0], lang)
            and _tail_run_ok(words, runs[k2 + 1], lang)
        ):
            k2 += 1
            end = runs[k2][1]
        tail_place = end > last and is_place(" ".join(w.text for w in words[runs[k + 1][0] : end + 1]), lang)
        if valid_core(words, first, last, end > last, lang, tail_place):
            out.append(Found(first, end, last))
            k = k2 + 1
            continue
        cut = _before_title(words, first, last, lang)
        if cut is not None:
            out.append(Found(first, cut, cut))
        k += 1
    return out


def _before_title(words: list[Word], first: int, last: int, lang: str) -> int | None:
    """ "Kenya Revenue Authority Commissioner General": the name ends before the title."""
    titles = words_of("affiliation_titles", lang)
    for h in range(first + 1, last + 1):
        if words[h].text in titles and valid_core(words, first, h - 1, False, lang):
            return h - 1
    return None
