"""Event vocabulary and the patterns around an event noun: what reports it as held, its venue,
its theme, the verbs that stand for an event ("met with", "was signed"), the place-dateline.

The words come from `data/<lang>/event_words.txt` ([sections]) and `venue_words.txt`; the
patterns are named `Rule`s so every one carries its examples and rejects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

import regex

from . import lexicon
from .rules import Rule, alternation

EVENT_WORDS = "event_words.txt"
VENUE_WORDS = "venue_words.txt"


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
    body_verbs: tuple[str, ...]
    headline: Mapping[str, str]
    longest: int                      # most words in a head ("round table session": 3)



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
    low = {k: tuple(x.lower() for x in v) for k, v in sec.items()}
    kinds = _pairs(sec.get("kinds", []))
    return Vocab(
        lang=lang,
        kinds=MappingProxyType(kinds),
        bodies=frozenset(low.get("bodies", ())),
        session_bodies=frozenset(low.get("session bodies", ())),
        strong=low.get("strong", ()),
        weak=low.get("weak", ()),
        after=low.get("after", ()),
        parts=frozenset(low.get("parts", ())),
        skip=frozenset(low.get("skip", ())),
        generic=frozenset(low.get("generic", ())),
        ordinals=MappingProxyType({k: int(v) for k, v in _pairs(sec.get("ordinals", [])).items()}),
        observance=frozenset(low.get("observance", ())),
        complement=low.get("complement", ()),
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
        body_verbs=low.get("body verbs", ()),
        headline=MappingProxyType(_pairs(sec.get("headline verbs", []))),
        longest=max((len(k.split()) for k in (*kinds, *low.get("bodies", ()))), default=1),
    )


# ---------------------------------------------------------------- tokens

#: A word (letters/digits, with inner apostrophes, hyphens, slashes) or one other character.
TOKEN = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}'\-/&]{0,60}[\p{L}\p{N}])?|\S")
ORDINAL_DIGITS = regex.compile(r"(\d{1,3})(?:st|nd|rd|th)(?:/\d{1,3}(?:st|nd|rd|th))?", regex.IGNORECASE)
YEAR = regex.compile(r"(?:19|20)\d\d")
ACRONYM = regex.compile(r"[\p{Lu}][\p{Lu}\p{N}\-/&]{1,14}")


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def ordinal_of(tok: Tok, v: Vocab) -> int | None:
    m = ORDINAL_DIGITS.fullmatch(tok.text)
    if m:
        return int(m.group(1))
    return v.ordinals.get(tok.low)


# ---------------------------------------------------------------- rules built from the word list

_EN = vocab("en")
assert _EN is not None, "the English event word list is part of the package"


def _phrases(words: tuple[str, ...]) -> str:
    return alternation(tuple(regex.sub(r"\s+", " ", w) for w in words)).replace(r"\ ", r"\s{1,3}")


STRONG_BEFORE = Rule(
    name="event_strong_before",
    pattern=rf"(?<![\p{{L}}])(?:{_phrases(_EN.strong)})(?:\s{{1,3}}(?:jointly|also|successfully|recently))?\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("the WCO jointly organized ", "Ms. Amara Okafor attended ", "delegates took part in "),
    rejects=("the attended meeting", "the participants ", "organizers "),
    doc="Ends the text just before an event noun phrase: a verb that reports the event as held.",
)

WEAK_BEFORE = Rule(
    name="event_weak_before",
    pattern=rf"(?<![\p{{L}}])(?:{_phrases(_EN.weak)})\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("spoke at ", "In the margins of ", "agreed during "),
    rejects=("that ", "the cat "),
    doc="Ends the text just before a named event: a preposition that places something in it.",
)

AFTER_TRIGGER = Rule(
    name="event_after_trigger",
    pattern=(
        r"\G[\s,]{0,4}(?:\([^()\n]{1,40}\)[\s,]{0,4})?(?:(?:which|that|and)\s{1,3})?"
        r"(?:(?:recently|successfully|jointly|also|officially|formally)\s{1,3})?"
        rf"(?:{_phrases(_EN.after)})(?![\p{{L}}])"
        r"(?!\s{1,3}(?:a|an|the|its|their|his|her|talks|discussions|consultations|since)(?![\p{L}]))"
    ),
    flags=regex.IGNORECASE,
    examples=(", which was held", " held", " (EC), held", " took place", ", which took place", " recently held"),
    rejects=(" theme", ", chaired by", " on held", " held a detailed discussion"),
    doc="Starts just after an event noun phrase: a participle or verb that reports it as held.",
)

THEME = Rule(
    name="event_theme",
    pattern=r'\G\s{0,3}(?:(?:on|entitled|titled|called|themed)\s{1,3}|:\s{0,3})?"(?P<theme>[^"\n]{3,200})"',
    examples=(' on "Customs and Trade: Partners"', ' entitled "A New Era"', ': "Green Customs"'),
    rejects=(" on trade", ' of "pool"x', " on 'trade'"),
    doc="A quoted title right after an event noun: the event's theme, its name when it has no other.",
)

VERB_MET = Rule(
    name="event_verb_met",
    pattern=r"(?<![\p{L}])met\s{1,3}with\s{1,3}(?=(?:the\s{1,3})?[\p{Lu}])",
    examples=("the Secretary General met with the Minister", "she met with Mr. Tomasz Wielicki"),
    rejects=("the proposal met with approval", "they meet with the Minister"),
    doc="'X met with <Someone>' reports a meeting.",
)

VERB_SIGNED = Rule(
    name="event_verb_signed",
    pattern=r"(?<![\p{L}])(?:(?P<passive>(?:was|were|has\s{1,3}been|have\s{1,3}been)\s{1,3}signed)|signed(?=\s{1,3}(?:the|a|an)\s))",
    examples=("an agreement was signed by both sides", "the WCO signed the Declaration"),
    rejects=("the agreements already signed", "a signed copy"),
    doc="A signing reported by a verb: active with an object, or passive with its subject.",
)

VERB_LAUNCHED = Rule(
    name="event_verb_launched",
    pattern=(r"(?<![\p{L}])(?:(?P<passive>(?:was|were|has\s{1,3}been|have\s{1,3}been)\s{1,3}"
             r"(?:officially\s{1,3}|formally\s{1,3})?launched)|launched(?=\s{1,3}(?:(?:the|a|an)\s{1,3})?\p{Lu}|\s{1,3}an?\s{1,3}\p{L}))"),
    examples=("the platform was launched in Accra", "the WCO launched the Global Help Desk",
              "they launched a joint e-learning course"),
    rejects=("initiatives launched by the Office", "launched the yearly exercise", "launched in 2015"),
    doc="A launch reported by a verb: passive, or active with a capitalized or an indefinite object.",
)

VERB_VISITED = Rule(
    name="event_verb_visited",
    pattern=r"(?<![\p{L}])visited(?=\s{1,3}(?:the\s{1,3})?[\p{Lu}])",
    examples=("the delegation visited the Port of Tema", "she visited Customs House"),
    rejects=("the most visited site", "they visited several ports"),
    doc="'X visited <Place>' reports a visit.",
)

VENUE = Rule(
    name="event_venue",
    pattern=(
        r"(?<![\p{L}])(?:at|in)\s{1,3}(?:the\s{1,3})?"
        r"(?P<venue>(?:[\p{Lu}][\p{L}\p{N}'\-&]{0,30}\s{1,3}){0,5}"
        rf"(?i:{_phrases(_EN.venues)})(?![\p{{L}}])"
        r"(?:\s{1,3}of\s{1,3}the\s{1,3}[\p{Lu}][\p{L}\-]{0,30}(?:\s{1,3}(?:of|and|for|[\p{Lu}][\p{L}\-]{0,30})){0,6})?)"
    ),
    examples=("at the AFIP building on 11 December", "at WCO headquarters today",
              "in the Headquarters of the League of Arab States", "at the WCO Headquarters in Brussels"),
    rejects=("the building of trust", "Regional Training Centres", "at the Secretariat"),
    doc="A building or site: 'at/in (the) <Name> <venue word> (of the <Name>)'.",
)

DATELINE_PLACE = Rule(
    name="event_dateline_place",
    pattern=r"\G(?P<place>\p{Lu}[\p{L}'\-. ]{1,40}?)\s{0,3}[,\-]\s{0,3}(?=\d)",
    examples=("Brussels, 26 June 2010", "Dominican Republic, 30 May - 1 June 2011", "Ndjamena, 14-16 November 2011"),
    rejects=("26 June 2010", "Press Release", "In Brussels the meeting"),
    doc="The place before the date on a dateline line ('Baku, 12-13 April 2012').",
)

LINK = Rule(
    name="event_link",
    pattern=rf"(?<![\p{{L}}])(?:{_phrases(_EN.link)})(?![\p{{L}}])",
    flags=regex.IGNORECASE,
    examples=("On this occasion, an agreement was signed", "In the margins of the Conference"),
    rejects=("the occasional visit", "margins"),
    doc="A phrase that ties what follows to the event named just before.",
)

BRACKET_ALIAS = Rule(
    name="event_bracket_alias",
    pattern=r"\G\s{0,2}\((?P<alias>[\p{Lu}][\p{Lu}\p{N}\-/&]{1,14})\)",
    examples=(" (MC11)", "(RCCDG)"),
    rejects=(" (see below)", " (2017)"),
    doc="An acronym in brackets right after an event name: another name for the same event.",
)

NOT_A_DATE_BEFORE = Rule(
    name="event_not_date_before",
    pattern=r"(?<![\p{L}])(?:since|until|till|by|before|as\s{1,3}from|from\s{1,3}now|as\s{1,3}of|ahead\s{1,3}of|by\s{1,3}the\s{1,3}end\s{1,3}of)\s{1,3}\Z",
    flags=regex.IGNORECASE,
    examples=("observed since ", "will apply as from "),
    rejects=("held on ", "took place in "),
    doc="A date right after these words is a deadline or a starting point, not an event's date.",
)

RULES: tuple[Rule, ...] = (
    STRONG_BEFORE, WEAK_BEFORE, AFTER_TRIGGER, THEME, VERB_MET, VERB_SIGNED, VERB_LAUNCHED,
    VERB_VISITED, VENUE, DATELINE_PLACE, LINK, BRACKET_ALIAS, NOT_A_DATE_BEFORE,
)

PLACE_GAP = Rule(
    name="event_place_gap",
    pattern=r"\G[\s,]{0,3}(?:\([^()\n]{1,40}\)[\s,]{0,3})?(?:(?:which\s{1,3}(?:was|were)\s{1,3})?held\s{1,3})?(?:in|at)\s{1,3}(?:the\s{1,3})?\Z",
    flags=regex.IGNORECASE,
    examples=(" in ", ", held in ", " (EC), which was held in "),
    rejects=(" of ", ", chaired by the Minister in ", " under the authority of "),
    doc="Between an event (or standing body) and a place that says where it sat.",
)

DATE_GAP = Rule(
    name="event_date_gap",
    pattern=r"\G[\s,]{0,3}(?:\([^()\n]{1,40}\)[\s,]{0,3})?(?:(?:which\s{1,3}(?:was|were)\s{1,3})?held\s{1,3})?(?:on|from|in|of|between|over)?\s{0,3}\Z",
    flags=regex.IGNORECASE,
    examples=(" ", " in ", ", held on ", " (PC), held from "),
    rejects=(" by the Secretary in ", " and the "),
    doc="Between an event (or standing body) and a date that says when it sat.",
)

FROM_BEFORE = Rule(
    name="event_from_before",
    pattern=r"(?<![\p{L}])(?:from|of|for|by)\s{1,3}(?:the\s{1,3})?\Z",
    flags=regex.IGNORECASE,
    examples=("a delegation from ", "the Government of ", "Minister of Finance of the "),
    rejects=("held in ", "visit to "),
    doc="A place right after these words is where someone comes from, not where an event is.",
)

#: Between two places of a list ("Benin, Ghana and Togo"): a comma, "and", or both.
LIST_GAP = regex.compile(r"\s{0,2}(?:,\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})")

BODY_VERB = Rule(
    name="event_body_verb",
    pattern=(
        r"\G\s{0,2}(?:\([\p{Lu}][\p{Lu}\p{N}\-/&]{1,14}\)\s{0,2})?(?:"
        rf"(?:,\s{{0,3}})?(?:(?:which|that)\s{{1,3}})?(?:also\s{{1,3}})?(?P<verb>{_phrases(_EN.body_verbs)})"
        r"(?![\p{L}])(?!\s{1,3}with(?![\p{L}]))"
        r"(?P<when>\s{1,3}(?:on|from|in|at|during|between)\s{1,3}(?:the\s{1,3})?(?-i:[\p{Lu}\p{N}]))?"
        r"|,\s{0,3}(?P<sitting>meeting|sitting)\s{1,3}(?:in|at|on|from)(?![\p{L}]))"
    ),
    flags=regex.IGNORECASE,
    examples=(" met in Geneva", " (PC), which will meet in Berne", ", meeting in Baku in June", " meets in Kigali",
              " will meet on 14 and 15 November"),
    rejects=(" met with the Minister", " meeting room", ", metropolitan", " of the Council met"),
    doc="Right after a standing body: a verb that reports it as sitting ('met', 'will meet', ', meeting in').",
)

INVITE_BEFORE = Rule(
    name="event_invite_before",
    pattern=rf"(?<![\p{{L}}])(?:{_phrases(_EN.invite)})(?![\p{{L}}])[^.;:!?\n]{{0,80}}(?<![\p{{L}}])to\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("invited WCO experts to ", "encouraged Members to ", "asked the delegation to "),
    rejects=("agreed to ", "invited. They came to ", "invited experts into "),
    doc="Ends just before 'visit'/'attend': an invitation, which is not an event.",
)

PARTICIPANTS_BEFORE = Rule(
    name="event_participants_before",
    pattern=(rf"(?<![\p{{L}}])(?:{_phrases(_EN.participants)})(?:\s{{1,3}}(?:also|then|later|further|subsequently|jointly)){{0,2}}"
             r"\s{1,3}\Z"),
    flags=regex.IGNORECASE,
    examples=("Participants also ", "the delegates then ", "trainees "),
    rejects=("the participants' ", "Members also "),
    doc="Ends just before 'visited': the people taking part in an event, whose visits are part of it.",
)

PLANNED_AFTER = Rule(
    name="event_planned_after",
    pattern=(
        r"\G[\s,]{0,4}(?:\([^()\n]{1,40}\)[\s,]{0,4})?(?:(?:which|that)\s{1,3})?"
        r"(?:(?:will|would|shall|is\s{1,3}to|are\s{1,3}to|to)\s{1,3}(?:also\s{1,3})?(?:be|take)"
        r"|(?:is\s{1,3}|are\s{1,3}|was\s{1,3}|were\s{1,3})?(?:scheduled|planned|foreseen|expected))(?![\p{L}])"
    ),
    flags=regex.IGNORECASE,
    examples=(" will be held", ", to be held", " is scheduled for", " (MC13), which will take place"),
    rejects=(" was held", " took place", " will"),
    doc="Starts just after an event noun phrase: reports it as planned.",
)

PLANNED_BEFORE = Rule(
    name="event_planned_before",
    pattern=(r"(?<![\p{L}])(?:will|to|would|shall)\s{1,3}(?:also\s{1,3}|jointly\s{1,3})?\p{L}[\p{L}\-]{1,20}"
             r"\s{1,3}(?:(?:a|an|the|its|their)\s{1,3})?\Z"),
    flags=regex.IGNORECASE,
    examples=("will also hold a ", "agreed to host the ", "will co-organize "),
    rejects=("held a ", "will "),
    doc="Ends just before an event noun phrase: a verb in the future or infinitive, a planned event.",
)

UNTIL_BEFORE = Rule(
    name="event_until_before",
    pattern=(r"(?<![\p{L}])(?:(?:runs?|running|continues?|continuing|lasts?|lasting)\s{1,3})?(?:until|till)\s{1,3}"
             r"(?:next\s{1,3})?\Z"),
    flags=regex.IGNORECASE,
    examples=("and runs until ", "which will continue until ", "until "),
    rejects=("since ", "untill "),
    doc="Ends just before the last day of an event that the sentence has opened ('opened yesterday and runs until Friday').",
)

RULES = RULES + (PLACE_GAP, DATE_GAP, FROM_BEFORE, BODY_VERB, UNTIL_BEFORE, INVITE_BEFORE, PARTICIPANTS_BEFORE, PLANNED_AFTER,
                 PLANNED_BEFORE)
