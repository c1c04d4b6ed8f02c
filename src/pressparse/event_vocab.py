"""Event vocabulary and tokens: the sections of `data/<lang>/event_words.txt` (event heads and
their kinds, standing bodies, trigger words, ordinals ...) and `venue_words.txt`, read once; the
word tokens that event phrases are built from; and `Cand`, one mention of a possible event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from types import MappingProxyType

import regex

from . import lexicon
from .rules import alternation, spaced_alternation

EVENT_WORDS = "event_words.txt"
VENUE_WORDS = "venue_words.txt"

#: A word (letters/digits, with inner apostrophes, hyphens, slashes) or one other character.
TOKEN = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}'\-/&]{0,60}[\p{L}\p{N}])?|\S")
ORDINAL_DIGITS = regex.compile(r"(\d{1,3})(?:st|nd|rd|th)(?:/\d{1,3}(?:st|nd|rd|th))?", regex.IGNORECASE)
YEAR = regex.compile(r"(?:19|20)\d\d")
ACRONYM = regex.compile(r"[\p{Lu}][\p{Lu}\p{N}\-/&]{1,14}")


@dataclass(frozen=True)
class Vocab:
    """The sections of one language's event word list, ready for lookups."""

    lang: str
    kinds: Mapping[str, str]
    bodies: frozenset[str]
    session_bodies: frozenset[str]
    strong: tuple[str, ...]
    weak: tuple[str, ...]
    after: tuple[str, ...]
    parts: frozenset[str]
    skip: frozenset[str]
    generic: frozenset[str]
    generic_plural: frozenset[str]
    quantities: frozenset[str]
    ordinals: Mapping[str, int]
    observance: frozenset[str]
    complement: tuple[str, ...]
    connectors: frozenset[str]
    determiners: Mapping[str, str]
    link: tuple[str, ...]
    stop: frozenset[str]
    venues: tuple[str, ...]
    next: frozenset[str]
    invite: tuple[str, ...]
    participants: tuple[str, ...]
    part_kinds: frozenset[str]
    side: frozenset[str]
    part_heads: frozenset[str]
    body_verbs: tuple[str, ...]
    headline: Mapping[str, str]
    longest: int                      # most words in a head ("round table session": 3)
    # Derived once from the sections above, for the lookups made at every token:
    head_firsts: frozenset[str]       # first words of the heads and bodies ("round" of "round table")
    head_keys: frozenset[str]         # every head and body
    verbs: frozenset[str]             # first words of the strong and after trigger words
    preps: tuple[tuple[str, tuple[str, ...]], ...]   # complement words, longest first, with their words
    # Language settings ([settings], [own], ... of the word list); English defaults.
    head_first: bool = False          # event word before its modifiers ("Conférence mondiale sur ...")
    token: regex.Pattern[str] = TOKEN
    ordinal_digits: regex.Pattern[str] = ORDINAL_DIGITS
    own: frozenset[str] = frozenset({"its"})            # "its session": a sitting of the body named
    possessive: frozenset[str] = frozenset({"its", "their", "his", "her", "our"})
    of_words: frozenset[str] = frozenset({"of"})        # "a series of", "Members of the Committee"
    articles: frozenset[str] = frozenset({"the"})
    demonstratives: frozenset[str] = frozenset({"this", "that", "these", "those"})
    date_preps: frozenset[str] = frozenset({"on", "from", "between"})   # "on 3 May" ends a name
    cap_heads: frozenset[str] = frozenset({"day"})      # heads that are events only capitalized
    observance_heads: frozenset[str] = frozenset({"day"})
    activities: frozenset[str] = frozenset({"training"})   # "organize joint training": an activity
    of_the: str = "of the"            # "54th Session" + "of the" + body
    meeting_of: str = "meeting of the"
    of_forms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))   # "le" -> "du"
    extra: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))   # every section



def _sections(relpath: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    for entry in lexicon.entries(relpath):
        if entry.startswith("[") and entry.endswith("]"):
            current = entry[1:-1].strip()
            out.setdefault(current, [])
        else:
            out.setdefault(current, []).append(entry)
    return out


def _pairs(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        key, _, value = line.partition("=")
        out[key.strip().lower()] = value.strip()
    return out


@cache
def vocab(lang: str) -> Vocab | None:
    """The vocabulary of `lang`, or None when the language has no event word list."""
    try:
        sec = _sections(lexicon.language_file(lang, EVENT_WORDS))
        venues = lexicon.entries(lexicon.language_file(lang, VENUE_WORDS))
    except (FileNotFoundError, OSError):
        return None
    settings = _pairs(sec.get("settings", []))
    elisions = tuple(e.lower() for e in sec.get("elisions", ()))
    # An elided article or preposition ("l'", "d'") is a token of its own: "l'atelier" is "l'" + "atelier".
    token = regex.compile(rf"{alternation(elisions)}(?=\p{{L}})|{TOKEN.pattern}", regex.IGNORECASE) if elisions else TOKEN
    suffixes = tuple(sec.get("ordinal suffixes", ()))
    ordinal_digits = regex.compile(rf"(\d{{1,3}})(?:{alternation(suffixes)})(?:/\d{{1,3}}(?:{alternation(suffixes)}))?",
                                   regex.IGNORECASE) if suffixes else ORDINAL_DIGITS

    def key(word: str) -> str:      # a head as its tokens read it ("visite d' étude")
        out: list[str] = []
        for t in token.findall(word.strip().lower()):
            if t == "'" and out and out[-1] + t in elisions:     # "d'" ends the entry: no letter follows
                out[-1] += t
            else:
                out.append(t)
        return " ".join(out)

    low = {k: tuple(x.lower() for x in v) for k, v in sec.items()}
    kinds = {key(k): kd for k, kd in _pairs(sec.get("kinds", [])).items()}
    bodies = frozenset(key(b) for b in low.get("bodies", ()))
    low["bodies"] = tuple(bodies)
    complement = low.get("complement", ())
    base = Vocab(
        lang=lang,
        kinds=MappingProxyType(kinds),
        bodies=bodies,
        session_bodies=frozenset(low.get("session bodies", ())),
        strong=low.get("strong", ()),
        weak=low.get("weak", ()),
        after=low.get("after", ()),
        parts=frozenset(low.get("parts", ())),
        skip=frozenset(low.get("skip", ())),
        generic=frozenset(low.get("generic", ())),
        generic_plural=frozenset(low.get("generic plural", ())),
        quantities=frozenset(low.get("quantities", ())),
        ordinals=MappingProxyType({k: int(v) for k, v in _pairs(sec.get("ordinals", [])).items()}),
        observance=frozenset(low.get("observance", ())),
        complement=complement,
        connectors=frozenset(low.get("connectors", ())),
        determiners=MappingProxyType(_pairs(sec.get("determiners", []))),
        link=low.get("link", ()),
        stop=frozenset(low.get("stop", ())),
        venues=tuple(k.strip().lower() for k, _, role in (e.partition("=") for e in venues)
                     if role.strip() in ("", "venue")),
        next=frozenset(low.get("next", ())),
        invite=low.get("invite", ()),
        participants=low.get("participants", ()),
        part_kinds=frozenset(low.get("part kinds", ())),
        side=frozenset(low.get("side", ())),
        part_heads=frozenset(low.get("part heads", ())),
        body_verbs=low.get("body verbs", ()),
        headline=MappingProxyType(_pairs(sec.get("headline verbs", []))),
        longest=max((len(k.split()) for k in (*kinds, *low.get("bodies", ()))), default=1),
        head_firsts=frozenset(k.split(" ")[0] for k in (*kinds, *bodies)),
        head_keys=frozenset((*kinds, *bodies)),
        verbs=frozenset(w.split()[0] for w in (*low.get("strong", ()), *low.get("after", ()))),
        preps=tuple((p, tuple(key(p).split())) for p in sorted(complement, key=len, reverse=True)),
        head_first=settings.get("order") == "head first",
        token=token,
        ordinal_digits=ordinal_digits,
    )
    return _settings(base, low, settings)


#: Language settings read from sections of the word list: (field of Vocab, section).
SETTING_SECTIONS = (("own", "own"), ("possessive", "possessive"), ("of_words", "of words"), ("articles", "articles"),
                    ("demonstratives", "demonstratives"), ("date_preps", "date prepositions"),
                    ("cap_heads", "capitalized heads"), ("observance_heads", "observance heads"),
                    ("activities", "activities"))


def _settings(base: Vocab, low: dict[str, tuple[str, ...]], settings: dict[str, str]) -> Vocab:
    """`base` with the language settings its word list gives; the others keep the English defaults."""
    changes: dict[str, object] = {name: frozenset(low[section]) for name, section in SETTING_SECTIONS if section in low}
    changes.update({name: settings[key] for name, key in (("of_the", "of"), ("meeting_of", "meeting of")) if key in settings})
    if "of forms" in low:
        changes["of_forms"] = MappingProxyType(_pairs(list(low["of forms"])))
    changes["extra"] = MappingProxyType(dict(low))
    return replace(base, **changes)  # type: ignore[arg-type]


def longest_phrase(words: tuple[str, ...]) -> int:
    """Characters of the longest phrase as a pattern reads it (a space as up to three): the reach
    of a rule anchored on one of them."""
    return max((len(w) + 2 * w.count(" ") for w in words), default=0)


def section_pattern(lang: str, section: str) -> str:
    """The entries of a section of the language's word list as an alternation (spaces as one to
    three white-space characters); a missing or empty section is a broken package."""
    v = vocab(lang)
    words = v.extra.get(section, ()) if v is not None else ()
    assert words, f"data/{lang}/{EVENT_WORDS} has no [{section}]"
    return spaced_alternation(words)


def verb_rule_words(v: Vocab, kind: str) -> tuple[str, tuple[str, ...]]:
    """The name prefix of an event a verb reports ("signing of") and the words one of which every
    match of its pattern holds, from the `[verb rules]` line `kind = prefix | word, word`."""
    for line in v.extra.get("verb rules", ()):
        key, _, value = line.partition("=")
        if key.strip() == kind:
            prefix, _, words = value.partition("|")
            return prefix.strip(), tuple(w.strip() for w in words.split(",") if w.strip())
    raise KeyError(f"data/{v.lang}/{EVENT_WORDS} has no [verb rules] line for {kind}")


# ---------------------------------------------------------------- tokens



class Tok:
    """One word or character; its lower-cased form and first-letter tests are read thousands of
    times per release, so they are worked out once when the token is made."""

    __slots__ = ("cap", "end", "low", "start", "text", "word")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.low = text.lower()
        first = text[:1]
        self.cap = first.isupper()
        self.word = first.isalnum()

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tok) and (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))


def tokenize(text: str, start: int, end: int, token: regex.Pattern[str] = TOKEN) -> list[Tok]:
    return [Tok(*m.span(), m.group()) for m in token.finditer(text, start, end)]


def ordinal_of(tok: Tok, v: Vocab) -> int | None:
    m = v.ordinal_digits.fullmatch(tok.text)
    if m:
        return int(m.group(1))
    return v.ordinals.get(tok.low)


# ---------------------------------------------------------------- candidates

@dataclass
class Cand:
    """One mention of a possible event: a noun phrase around an event word, or a verb."""

    start: int                      # name span (modifiers, head, complement), without article
    end: int
    head_start: int
    head_end: int
    kind: str
    name: str                       # the name as written, bracketed acronyms removed
    head: str = ""                  # the event word as written ("Conference", "round table")
    named: bool = False             # a proper name: capitalized head or capitalized modifiers
    body: bool = False              # a standing body ("Policy Commission"), a session if placed
    observance: bool = False        # "International ... Day"
    verb: bool = False              # read from a verb ("met with", "was signed")
    ordinal: int | None = None
    year: str | None = None
    det: str | None = None          # "new" (a, an) or "back" (the, this, its ...)
    det_word: str = ""
    det_start: int = -1
    plural: bool = False
    generic: bool = False
    side: bool = False              # "a field visit", "a joint session": part of a larger event when within it
    several: bool = False           # a set of events, not one ("future workshops", "a series of webinars")
    part: bool = False
    cap_complement: bool = False
    body_complement: bool = False
    of_kind: str = ""               # kind of an event named in the complement ("second session of the Conference")
    aliases: tuple[str, ...] = ()
    theme: tuple[int, int] | None = None
    title: bool = False
    next: bool = False              # "the next session": a later sitting, never the same event
    upcoming: bool = False          # "the upcoming Council Sessions": planned
    meets: str = ""                 # a body followed by "met" ("verb"), "met in X" ("when"), ", meeting in" ("sitting")
    definite: bool = False          # a verb whose object refers back ("The MoU was signed")
    planned: bool = False           # reported as planned (set when judged)
    online: bool = False            # held online (set when judged)
    reported: bool = False          # a word around it reports it as held or planned (set when judged)
    again: bool = False             # "... and again in Brussels": another sitting of the body just named

    def __post_init__(self) -> None:
        if self.det_start < 0:
            self.det_start = self.start

    @property
    def proper(self) -> bool:
        """A proper name: capitalized words besides the head, or a numbered one of a body."""
        return (self.named and (self.start < self.head_start or self.end > self.head_end)) or bool(
            self.ordinal and self.cap_complement)

    @property
    def described(self) -> bool:
        """Built from the text's words with a complement ("round table on E-Commerce")."""
        return self.end > self.head_end and not self.proper
