"""English patterns of the words around an event noun that say what it is to the sentence: told
at a standing body's sitting ("on the sidelines of the Council"), the carrier of a theme ("the
theme for International Customs Day"), or a part of the event that holds it ("the Forum featured
a dialogue"). Their words are sections of `data/en/event_words.txt`.
"""

from __future__ import annotations

import regex

from .event_vocab import vocab
from .rules import Rule, spaced_alternation

_EN = vocab("en")
assert _EN is not None, "the English event word list is part of the package"

OCCASION_BEFORE = Rule(
    name="event_occasion_before",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_EN.extra.get('occasion', ()))})\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("met on the sidelines of ", "On the occasion of "),
    rejects=("at ", "the occasion "),
    doc="Ends just before a standing body: something happened at its sitting, which is so an event.",
)

THEME_OF_BEFORE = Rule(
    name="event_theme_of_before",
    pattern=rf"(?<![\p{{L}}])(?:{spaced_alternation(_EN.extra.get('theme words', ()))})\s{{1,3}}(?:of|for)\s{{1,3}}\Z",
    flags=regex.IGNORECASE,
    examples=("chose as the theme for ", "the slogan of "),
    rejects=("the theme was ", "themes for "),
    doc="Ends just before an observance whose theme is told: the day is not an event of the release.",
)

CONTAINS_BEFORE = Rule(
    name="event_contains_before",
    pattern=(rf"(?<![\p{{L}}])(?:{spaced_alternation(_EN.extra.get('contains', ()))})(?:\s{{1,3}}(?:also|then))?"
             r"\s{1,3}(?:(?:a|an|the|two|three|four|five|six|several)\s{1,3})?\Z"),
    flags=regex.IGNORECASE,
    examples=("The Forum featured a ", "the programme also included ", "was divided into four "),
    rejects=("the Forum opened ", "featured in "),
    doc="Ends just before an event noun: the object of a verb of containment, a part of its subject.",
)

RULES: tuple[Rule, ...] = (OCCASION_BEFORE, THEME_OF_BEFORE, CONTAINS_BEFORE)
