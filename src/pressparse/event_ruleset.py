"""The event patterns of one language, together: the steps of `events` ask `rule_set(lang)` for
the pattern they need, so an English and a French release run the same steps on their own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from . import event_rules as en
from . import event_rules_context as en_context
from . import event_rules_fr as fr
from .event_vocab import verb_rule_words, vocab
from .rules import Rule

__all__ = ["RULES", "RuleSet", "rule_set"]

_EN = vocab("en")
assert _EN is not None, "the English event word list is part of the package"

#: (rule, kind, name prefix, a word one of which every match holds, as written in the pattern).
VerbRule = tuple[Rule, str, str, tuple[str, ...]]

EN_VERB_RULES: tuple[VerbRule, ...] = tuple(
    (rule, kind, *verb_rule_words(_EN, kind))
    for rule, kind in ((en.VERB_MET, "meeting"), (en.VERB_SIGNED, "signing"), (en.VERB_LAUNCHED, "launch"),
                       (en.VERB_VISITED, "visit")))


@dataclass(frozen=True)
class RuleSet:
    """Every pattern the event steps use, for one language (None: the language has no such shape)."""

    strong_before: Rule
    strong_reach: int                   # how far before an event noun its verb may start
    weak_before: Rule
    occasion_before: Rule
    theme_of_before: Rule
    contains_before: Rule
    after_trigger: Rule
    theme: Rule
    theme_reach: int
    verb_rules: tuple[VerbRule, ...]
    venue: Rule
    dateline_place: Rule
    wire_dateline: Rule
    link: Rule
    bracket_alias: Rule
    not_a_date_before: Rule
    place_gap: Rule
    date_gap: Rule
    from_before: Rule
    place_in_brackets_before: Rule
    purpose_before: Rule
    clause_break: Rule
    city_before_venue: Rule | None      # "the WCO's Brussels headquarters": English word order only
    city_before_venue_reach: int
    told_held_at: Rule
    told_held_at_reach: int
    body_verb: Rule
    body_verb_reach: int
    again: Rule
    again_reach: int
    invite_before: Rule
    participants_before: Rule
    planned_after: Rule
    planned_before: Rule
    online: Rule
    until_before: Rule
    held_between: Rule
    list_gap: regex.Pattern[str]


EN = RuleSet(
    strong_before=en.STRONG_BEFORE, strong_reach=60, weak_before=en.WEAK_BEFORE, occasion_before=en_context.OCCASION_BEFORE,
    theme_of_before=en_context.THEME_OF_BEFORE, contains_before=en_context.CONTAINS_BEFORE, after_trigger=en.AFTER_TRIGGER, theme=en.THEME,
    theme_reach=en.THEME_REACH, verb_rules=EN_VERB_RULES, venue=en.VENUE, dateline_place=en.DATELINE_PLACE,
    wire_dateline=en.WIRE_DATELINE, link=en.LINK, bracket_alias=en.BRACKET_ALIAS, not_a_date_before=en.NOT_A_DATE_BEFORE,
    place_gap=en.PLACE_GAP, date_gap=en.DATE_GAP, from_before=en.FROM_BEFORE,
    place_in_brackets_before=en.PLACE_IN_BRACKETS_BEFORE, purpose_before=en.PURPOSE_BEFORE,
    clause_break=en.CLAUSE_BREAK, city_before_venue=en.CITY_BEFORE_VENUE,
    city_before_venue_reach=en.CITY_BEFORE_VENUE_REACH, told_held_at=en.TOLD_HELD_AT,
    told_held_at_reach=en.TOLD_HELD_AT_REACH, body_verb=en.BODY_VERB, body_verb_reach=en.BODY_VERB_REACH,
    again=en.AGAIN, again_reach=en.AGAIN_REACH, invite_before=en.INVITE_BEFORE,
    participants_before=en.PARTICIPANTS_BEFORE, planned_after=en.PLANNED_AFTER, planned_before=en.PLANNED_BEFORE,
    online=en.ONLINE, until_before=en.UNTIL_BEFORE, held_between=en.HELD_BETWEEN, list_gap=en.LIST_GAP,
)

FR = RuleSet(
    strong_before=fr.STRONG_BEFORE, strong_reach=140, weak_before=fr.WEAK_BEFORE, occasion_before=fr.OCCASION_BEFORE, theme_of_before=fr.THEME_OF_BEFORE, contains_before=fr.CONTAINS_BEFORE, after_trigger=fr.AFTER_TRIGGER, theme=fr.THEME,
    theme_reach=fr.THEME_REACH, verb_rules=fr.VERB_RULES, venue=fr.VENUE, dateline_place=fr.DATELINE_PLACE,
    wire_dateline=en.WIRE_DATELINE, link=fr.LINK, bracket_alias=en.BRACKET_ALIAS, not_a_date_before=fr.NOT_A_DATE_BEFORE,
    place_gap=fr.PLACE_GAP, date_gap=fr.DATE_GAP, from_before=fr.FROM_BEFORE,
    place_in_brackets_before=fr.PLACE_IN_BRACKETS_BEFORE, purpose_before=fr.PURPOSE_BEFORE,
    clause_break=fr.CLAUSE_BREAK, city_before_venue=None, city_before_venue_reach=0,
    told_held_at=fr.TOLD_HELD_AT, told_held_at_reach=fr.TOLD_HELD_AT_REACH, body_verb=fr.BODY_VERB,
    body_verb_reach=fr.BODY_VERB_REACH, again=fr.AGAIN, again_reach=fr.AGAIN_REACH, invite_before=fr.INVITE_BEFORE,
    participants_before=fr.PARTICIPANTS_BEFORE, planned_after=fr.PLANNED_AFTER, planned_before=fr.PLANNED_BEFORE,
    online=fr.ONLINE, until_before=fr.UNTIL_BEFORE, held_between=fr.HELD_BETWEEN, list_gap=fr.LIST_GAP,
)

#: Every event rule of every language (for the registry of `rules.all_rules`).
RULES: tuple[Rule, ...] = en.RULES + en_context.RULES + fr.RULES


@cache
def rule_set(lang: str) -> RuleSet:
    """The patterns of `lang` (English for a language without its own)."""
    return FR if lang == "fr" else EN
