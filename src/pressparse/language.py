"""Which supported language a release is written in, from its function words.

A release is English or French (the languages with data files); an English page may carry a
dateline in Chinese, Russian or Spanish, which must not change the language. Counting common
function words of each language over the first part of the text is enough to choose between
the languages we have rules for. A language-identification library (lingua, langid) would tell
apart many more languages, but needs models far larger than this package for a choice between
two; where the count is unclear, the default language wins.
"""

from __future__ import annotations

from functools import cache

from . import lexicon
from .rules import Rule

#: Languages with a function-word list, the default first.
LANGUAGES = ("en", "fr")
DEFAULT = "en"
#: Characters read: the headline and first paragraphs decide, whatever the length of the page.
SAMPLE_CHARS = 6000
#: Another language wins only with at least this many function words and this many times more
#: than the default has.
MIN_HITS = 5
MARGIN = 2.0

WORD = Rule(
    name="language.word",
    pattern=r"(?<![\p{L}\p{M}])\p{L}[\p{L}\p{M}]{0,30}(?![\p{L}\p{M}])",
    examples=("Organisation", "l’OMD", "été"),
    rejects=("", "2019", "—"),
    doc="A word of letters; an elided article ('l’') is a word of its own.",
)
RULES: tuple[Rule, ...] = (WORD,)


@cache
def function_words(lang: str) -> frozenset[str]:
    return lexicon.lowered(lexicon.language_file(lang, "function_words.txt"))


def counts(text: str) -> dict[str, int]:
    """How many function words of each supported language the start of `text` has."""
    found = {lang: 0 for lang in LANGUAGES}
    sets = {lang: function_words(lang) for lang in LANGUAGES}
    for m in WORD.finditer(text, 0, min(len(text), SAMPLE_CHARS)):
        word = m.group().lower()
        for lang, words in sets.items():
            if word in words:
                found[lang] += 1
    return found


def detect(text: str) -> str:
    """The language of `text`: "fr" for French prose, else the default "en"."""
    found = counts(text)
    base = found[DEFAULT]
    best = max((lang for lang in LANGUAGES if lang != DEFAULT), key=lambda lang: found[lang])
    if found[best] >= MIN_HITS and found[best] >= MARGIN * base:
        return best
    return DEFAULT
