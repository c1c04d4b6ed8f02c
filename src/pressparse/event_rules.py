"""Patterns around an event noun: what reports it as held or planned, its venue, its theme,
the verbs that stand for an event ("met with", "was signed"), a standing body that "met", the
place-dateline. Every one is a named `Rule` with its examples and rejects, built from the word
lists of `event_vocab`.
"""

from __future__ import annotations

from functools import partial

import regex

from .event_vocab import (
    ACRONYM,
    ORDINAL_DIGITS,
    TOKEN,
    YEAR,
    Tok,
    Vocab,
    longest_phrase,
    ordinal_of,
    section_pattern,
    tokenize,
    vocab,
)
from .rules import Rule, spaced_alternation

__all__ = [
    "ACRONYM",
    "ORDINAL_DIGITS",
    "RULES",
    "TOKEN",
    "YEAR",
    "Tok",
    "Vocab",
    "ordinal_of",
    "tokenize",
    "vocab",
]

# ---------------------------------------------------------------- rules built from the word list

_EN = vocab("en")
assert _EN is not None, "the English event word list is part of the package"


_words = partial(section_pattern, "en")


STRONG_BEFORE = Rule(
    name="event_strong_before",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_EN.strong)})(?:\s{{1,3}}{_words('adverbs')})?\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("the WCO jointly organized ", "Ms. Amara Okafor attended ", "delegates took part in "),
    rejects=("the attended meeting", "the participants ", "organizers "),
    doc="Ends the text just before an event noun phrase: a verb that reports the event as held.",
)

WEAK_BEFORE = Rule(
    name="event_weak_before",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_EN.weak)})\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("spoke at ", "In the margins of ", "agreed during "),
    rejects=("that ", "the cat "),
    doc="Ends the text just before a named event: a preposition that places something in it.",
)

AFTER_TRIGGER = Rule(
    name="event_after_trigger",
    pattern=(
        r"\G[\s,]{0,4}(?:\([^()\n]{1,40}\)[\s,]{0,4})?(?:(?:which|that|and)\s{1,3})?"
        rf"(?:{_words('after adverbs')}\s{{1,3}})?"
        rf"(?:{spaced_alternation(_EN.after)})(?![\p{{L}}])"
        rf"(?!\s{{1,3}}(?:a|an|the|its|their|his|her|{_words('not after')})(?![\p{{L}}]))"
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
#: Farthest THEME reads from where it starts (\G): 3 + 11 + 1 + 200 + 1. Searching no farther
#: finds the same match, and keeps a long sentence from being read once per event word.
THEME_REACH = 220

VERB_MET = Rule(
    name="event_verb_met",
    pattern=rf"(?<![\p{{L}}]){_words('met')}\s{{1,3}}(?=(?:the\s{{1,3}})?[\p{{Lu}}])",
    examples=("the Secretary General met with the Minister", "she met with Mr. Tomasz Wielicki"),
    rejects=("the proposal met with approval", "they meet with the Minister"),
    doc="'X met with <Someone>' reports a meeting.",
)

VERB_SIGNED = Rule(
    name="event_verb_signed",
    pattern=rf"(?<![\p{{L}}])(?:(?P<passive>(?:was|were|has\s{{1,3}}been|have\s{{1,3}}been)\s{{1,3}}{_words('signed')})|{_words('signed')}(?=\s{{1,3}}(?:the|a|an)\s))",
    examples=("an agreement was signed by both sides", "the WCO signed the Declaration"),
    rejects=("the agreements already signed", "a signed copy"),
    doc="A signing reported by a verb: active with an object, or passive with its subject.",
)

VERB_LAUNCHED = Rule(
    name="event_verb_launched",
    pattern=(r"(?<![\p{L}])(?:(?P<passive>(?:was|were|has\s{1,3}been|have\s{1,3}been)\s{1,3}"
             rf"(?:{_words('launched adverbs')}\s{{1,3}})?{_words('launched')})|{_words('launched')}(?=\s{{1,3}}(?:(?:the|a|an)\s{{1,3}})?\p{{Lu}}|\s{{1,3}}an?\s{{1,3}}\p{{L}}))"),
    examples=("the platform was launched in Accra", "the WCO launched the Global Help Desk",
              "they launched a joint e-learning course"),
    rejects=("initiatives launched by the Office", "launched the yearly exercise", "launched in 2015"),
    doc="A launch reported by a verb: passive, or active with a capitalized or an indefinite object.",
)

VERB_VISITED = Rule(
    name="event_verb_visited",
    pattern=(
        rf"(?<![\p{{L}}])(?:{_words('visited')}(?=\s{{1,3}}(?:the\s{{1,3}})?[\p{{Lu}}])"
        rf"|{_words('went')}\s{{1,3}}to(?=\s{{1,3}}(?:the\s{{1,3}})?"
        r"(?:[\p{Lu}][\p{L}\p{N}'\-&]{0,30}\s{1,3}){0,4}"
        rf"(?i:{spaced_alternation(_EN.venues)})(?![\p{{L}}]))"
        rf"|(?:was|were)\s{{1,3}}(?:{_words('received adverbs')}\s{{1,3}})?{_words('received')}\s{{1,3}}at"
        r"(?=\s{1,3}(?:the\s{1,3})?[\p{Lu}]))"
    ),
    examples=("the delegation visited the Port of Tema", "she visited Customs House",
              "a delegation came to WCO Headquarters in Brussels", "they travelled to the WCO's headquarters",
              "The Minister was received at the Secretariat"),
    rejects=("the most visited site", "they visited several ports", "came to Brussels to attend the Forum",
             "was received by the Secretary General", "came to an agreement"),
    doc="'X visited <Place>', 'came/travelled to <a building>', 'was received at <Place>' report a visit.",
)

VENUE = Rule(
    name="event_venue",
    pattern=(
        r"(?<![\p{L}])(?:at|in|to|visited|visiting)\s{1,3}(?:the\s{1,3})?"
        r"(?P<venue>(?:[\p{Lu}][\p{L}\p{N}'\-&]{0,30}\s{1,3}(?:(?:[\p{Lu}][\p{L}\p{N}'\-&]{0,30}|of|for|and)\s{1,3}){0,5})?"
        rf"(?i:{spaced_alternation(_EN.venues)})(?![\p{{L}}])(?!\s{{1,3}}\p{{Lu}})"
        r"(?:\s{1,3}of\s{1,3}(?:the\s{1,3})?[\p{Lu}][\p{L}\-]{0,30}(?:\s{1,3}(?:of|and|for|[\p{Lu}][\p{L}\-]{0,30})){0,6})?)"
    ),
    examples=("at the AFIP building on 11 December", "at WCO headquarters today",
              "in the Headquarters of the League of Arab States", "at the WCO Headquarters in Brussels",
              "at the Ministry of Trade building in Accra", "visited WCO Headquarters on 3 May"),
    rejects=("the building of trust", "to the Headquarters Agreement", "Regional Training Centres", "at the Secretariat", "in Port Moresby in March"),
    doc="A building or site: 'at/in (the) <Name> <venue word> (of the <Name>)', not a city ('Port Louis').",
)

DATELINE_PLACE = Rule(
    name="event_dateline_place",
    pattern=r"\G(?P<place>\p{Lu}[\p{L}'\-. ]{1,40}?)\s{0,3}[,\-]\s{0,3}(?=\d)",
    examples=("Brussels, 26 June 2010", "Dominican Republic, 30 May - 1 June 2011", "Ndjamena, 14-16 November 2011"),
    rejects=("26 June 2010", "Press Release", "In Brussels the meeting"),
    doc="The place before the date on a dateline line ('Baku, 12-13 April 2012').",
)

WIRE_DATELINE = Rule(
    name="event_wire_dateline",
    pattern=r"\G(?P<place>\p{Lu}[\p{Lu}'.]{3,20}(?:[ \-]\p{Lu}[\p{Lu}'.]{1,20}){0,2})\s{0,3}(?:\([^()\n]{1,30}\)\s{0,3})?-\s",
    examples=("SUVA - The two services", "PORT MORESBY - Today", "NAIROBI (Kenya) - The"),
    rejects=("WCO and UPU sign", "Suva - The two", "The WCO - today", "WCO - a programme"),
    doc="A wire-style opening in capitals before a dash: the city the release is sent from.",
)

LINK = Rule(
    name="event_link",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_EN.link)})(?![\p{{L}}])",
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
    pattern=rf"(?<![\p{{L}}]){_words('deadline')}\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("observed since ", "will apply as from "),
    rejects=("held on ", "took place in "),
    doc="A date right after these words is a deadline or a starting point, not an event's date.",
)

RULES: tuple[Rule, ...] = (
    STRONG_BEFORE, WEAK_BEFORE, AFTER_TRIGGER, THEME, VERB_MET, VERB_SIGNED, VERB_LAUNCHED,
    VERB_VISITED, VENUE, DATELINE_PLACE, WIRE_DATELINE, LINK, BRACKET_ALIAS, NOT_A_DATE_BEFORE,
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
    pattern=(r"(?<![\p{L}])(?:from|of|for|by|with|including|between|among|amongst|such\s{1,3}as|like)"
             r"\s{1,3}(?:the\s{1,3})?\Z"),
    flags=regex.IGNORECASE,
    examples=("a delegation from ", "the Government of ", "Minister of Finance of the ", "with ", "experts including "),
    rejects=("held in ", "visit to ", "within "),
    doc="A place right after these words is where someone comes from or who takes part, not where an event is.",
)

PLACE_IN_BRACKETS_BEFORE = Rule(
    name="event_place_in_brackets_before",
    pattern=r"(?<![\p{L}])(?:in|at|near)\s{1,3}(?:the\s{1,3})?\p{Lu}[\p{L}'\-.]{0,30}(?:\s{1,3}\p{Lu}[\p{L}'\-.]{0,30}){0,2}\s{0,2}\(\s{0,2}\Z",
    examples=("held in Grand-Bassam (", "at Port Vila ("),
    rejects=("chaired by Mr. Tomasz Wielicki (", "the delegate of Kenya Customs (", "the Committee ("),
    doc="Before a country in brackets: a place ('in Grand-Bassam (Côte d'Ivoire)'), whose country it gives; "
        "any other bracketed country identifies a person or body, never an event's place.",
)

PURPOSE_BEFORE = Rule(
    name="event_purpose_before",
    pattern=r"(?<![\p{L}])(?:for|on)\s{1,3}\Z",
    flags=regex.IGNORECASE,
    examples=("travelled to Brussels for ", "came to the WCO on "),
    rejects=("after ", "before a "),
    doc="Before 'a study visit' after a visit verb: the visit's purpose, the same visit.",
)

CLAUSE_BREAK = Rule(
    name="event_clause_break",
    pattern=(r";|,\s{0,3}(?:while|whilst|whereas|but|and|although|though|after\s{1,3}which|followed\s{1,3}by"
             r"|as\s{1,3}well\s{1,3}as)(?![\p{L}])"),
    flags=regex.IGNORECASE,
    examples=(" in Accra, while a workshop", " in May; a seminar", ", and a seminar was held"),
    rejects=(" in Suva, Fiji, from", ", which was held in", " and Fiji"),
    doc="Between an event and a later date or place: a break that starts another clause (of another event).",
)

CITY_BEFORE_VENUE = Rule(
    name="event_city_before_venue",
    pattern=rf"\G\s{{1,3}}(?i:{spaced_alternation(_EN.venues)})(?![\p{{L}}])(?!\s{{1,3}}\p{{Lu}})",
    examples=(" headquarters from 2 May", " Headquarters of the WCO"),
    rejects=(" Customs Headquarters", " Headquarters Agreement", " is the capital"),
    doc="Right after a city inside a name: a venue word ('the WCO's Brussels headquarters'): the city is the venue's.",
)
#: Farthest CITY_BEFORE_VENUE reads from where it starts (\G): 3 + the venue word + 4 for its lookaheads.
CITY_BEFORE_VENUE_REACH = 20 + longest_phrase(_EN.venues)

TOLD_HELD_AT = Rule(
    name="event_told_held_at",
    pattern=(r"\G(?:[^.;!?\n]|(?<=\b\p{Lu}\p{Ll}{0,2})\.){0,120}?(?<![\p{L}])(?:held|took\s{1,3}place|takes\s{1,3}place"
             r"|take\s{1,3}place|hosted|convened|opened|ran|runs|met)(?![\p{L}])[^.;!?\n]{0,100}\Z"),
    flags=regex.IGNORECASE,
    examples=(", which was opened by the Minister, Mr. Tomasz Wielicki, was held at the Centre in ", " took place in "),
    rejects=(" was organized at the request of the Office in ", " was held. It moved to "),
    doc="Between a mention that refers back and a date or place far after it: a verb that says the event was held there.",
)
#: Longest text TOLD_HELD_AT can span (from \G to \Z): 120 + 13 + 100; no longer gap can match.
TOLD_HELD_AT_REACH = 240

#: Between two places of a list ("Benin, Ghana and Togo"): a comma, "and", or both.
LIST_GAP = regex.compile(r"\s{0,2}(?:,\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})")

BODY_VERB = Rule(
    name="event_body_verb",
    pattern=(
        r"\G\s{0,2}(?:\([\p{Lu}][\p{Lu}\p{N}\-/&]{1,14}\)\s{0,2})?(?:"
        rf"(?:,\s{{0,3}})?(?:(?:which|that)\s{{1,3}})?(?:(?:had|has|have)\s{{1,3}})?(?:also\s{{1,3}})?"
        rf"(?P<verb>{spaced_alternation(_EN.body_verbs)})"
        r"(?![\p{L}])(?!\s{1,3}(?:with|every|each|twice|once|annually|regularly|usually|periodically)(?![\p{L}]))"
        r"(?P<when>\s{1,3}(?:on|from|in|at|during|between)\s{1,3}(?:the\s{1,3})?(?-i:[\p{Lu}\p{N}]))?"
        r"|,\s{0,3}(?P<sitting>meeting|sitting)\s{1,3}(?:in|at|on|from)(?![\p{L}]))"
    ),
    flags=regex.IGNORECASE,
    examples=(" met in Geneva", " (PC), which will meet in Berne", ", which had met in Baku", ", meeting in Baku in June", " meets in Kigali",
              " will meet on 14 and 15 November"),
    rejects=(" met with the Minister", " meeting room", ", metropolitan", " of the Council met", " meets every year in June"),
    doc="Right after a standing body: a verb that reports it as sitting ('met', 'will meet', ', meeting in').",
)
#: Farthest BODY_VERB reads from where it starts (\G): the bracketed acronym and small words before
#: the verb (at most 47 characters), the verb, then "when" or the lookaheads (at most 20).
BODY_VERB_REACH = 100 + longest_phrase(_EN.body_verbs)

AGAIN = Rule(
    name="event_again",
    pattern=(r"\G[^.;:!?\n]{1,120}?(?<![\p{L}])and\s{1,3}(?:then\s{1,3})?(?P<again>again)"
             r"(?=\s{1,3}(?:on|in|at|from|during|between)\s)"),
    flags=regex.IGNORECASE,
    examples=(" in Baku in December 2021 and again in Brussels on 24 June 2022", " on 2 May and again on 9 May"),
    rejects=(" in Baku. It met again in Rome", " and again stressed the need", " again in Rome"),
    doc="After a standing body that sat: 'and again in/on ...' tells another sitting of it.",
)
#: Farthest AGAIN reads from where it starts (\G): 120 + 18 + its lookahead (11).
AGAIN_REACH = 160

INVITE_BEFORE = Rule(
    name="event_invite_before",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_EN.invite)})(?![\p{{L}}])[^.;:!?\n]{{0,80}}(?<![\p{{L}}])to\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("invited WCO experts to ", "encouraged Members to ", "asked the delegation to "),
    rejects=("agreed to ", "invited. They came to ", "invited experts into "),
    doc="Ends just before 'visit'/'attend': an invitation, which is not an event.",
)

PARTICIPANTS_BEFORE = Rule(
    name="event_participants_before",
    pattern=(rf"(?<![\p{{L}}])(?:{spaced_alternation(_EN.participants)})(?:\s{{1,3}}(?:also|then|later|further|subsequently|jointly)){{0,2}}"
             r"\s{1,3}\Z"),
    flags=regex.IGNORECASE,
    examples=("Participants also ", "the delegates then ", "trainees "),
    rejects=("the participants' ", "Ministers also "),
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

ONLINE = Rule(
    name="event_online",
    pattern=(r"(?<![\p{L}])(?:online|on-line|virtual|virtually|remotely|(?:by|via|through)\s{1,3}video[\s\-]{0,2}conference"
             r"|in\s{1,3}(?:a\s{1,3})?(?:virtual|online|remote)\s{1,3}format)(?![\p{L}])"),
    flags=regex.IGNORECASE,
    examples=("held online on 10 May", "a virtual meeting", "met by videoconference", "in a virtual format"),
    rejects=("onlines", "virtuality", "the video of the conference"),
    doc="An event held online: it has no city, and takes none from the dateline.",
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

HELD_BETWEEN = Rule(
    name="event_held_between",
    pattern=(
        r"\G[\s,]{0,3}(?:\([^()\n]{1,40}\)[\s,]{0,3})?(?:(?:which|that)\s{1,3})?"
        r"(?:(?:was|were|had\s{1,3}been|has\s{1,3}been|had|has)\s{1,3})?(?:first\s{1,3})?"
        r"(?:held|took\s{1,3}place|met|convened|sat|opened)(?![\p{L}])[^.;:!?\n]{0,80}\Z"
    ),
    flags=regex.IGNORECASE,
    examples=(", held in Brussels on ", " was held in Lima on ", ", which had met in Baku, Azerbaijan in ",
              " (CCC) first met on "),
    rejects=(" adopted on ", ", celebrated since ", " was held. It was founded on ", " will be held on "),
    doc="Between an event and a date long before the release: the text says it was held then.",
)

RULES = RULES + (TOLD_HELD_AT, CITY_BEFORE_VENUE, CLAUSE_BREAK, PURPOSE_BEFORE, AGAIN, HELD_BETWEEN, PLACE_IN_BRACKETS_BEFORE, PLACE_GAP, DATE_GAP, FROM_BEFORE, BODY_VERB, ONLINE, UNTIL_BEFORE, INVITE_BEFORE, PARTICIPANTS_BEFORE, PLANNED_AFTER,
                 PLANNED_BEFORE)
