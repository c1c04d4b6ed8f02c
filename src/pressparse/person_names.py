"""Tokens, honorifics and person names for the people extractor.

The text is cut into word, number, honorific and punctuation tokens that keep their offsets; a
name is then read token by token (capitalized words, particles such as "van" or "Al", initials
such as "E."), which keeps every check linear and lets the vocabulary live in data files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import re

from . import lexicon
from .rules import Rule

#: Kinds of token: "hon" (honorific), "word", "poss" (a possessive 's), "num", "punct".
TokKind = str


@dataclass(frozen=True)
class Tok:
    """One token of `Document.text`, with its offsets."""

    start: int
    end: int
    text: str
    kind: TokKind


@cache
def honorifics(lang: str) -> tuple[str, ...]:
    return _entries(lang, "honorifics.txt")


@cache
def particles(lang: str) -> frozenset[str]:
    return frozenset(_entries(lang, "name_particles.txt"))


@cache
def not_names(lang: str) -> frozenset[str]:
    return frozenset(_entries(lang, "not_names.txt"))


def _entries(lang: str, name: str) -> tuple[str, ...]:
    """A language's vocabulary, falling back to English when the language has none."""
    for code in (lang, "en"):
        try:
            return lexicon.entries(lexicon.language_file(code, name))
        except (FileNotFoundError, OSError):
            continue
    return ()


def _honorific_pattern(lang: str) -> str:
    words = [regex_escape_spaces(h) for h in honorifics(lang)]
    alt = "(?:" + "|".join(sorted(words, key=lambda w: -len(w))) + ")" if words else "(?!)"
    return rf"(?<![\p{{L}}\p{{N}}.]){alt}\.?(?=[ ]{{0,3}}\p{{Lu}})"


def regex_escape_spaces(entry: str) -> str:
    """An entry as a pattern where each space matches one to three spaces."""
    return "[ ]{1,3}".join(re.escape(w) for w in entry.split(" "))


_WORD = r"\p{L}[\p{L}\p{M}]{0,40}(?:'\p{L}[\p{L}\p{M}]{0,40}){0,3}(?:-\p{L}[\p{L}\p{M}]{0,40}(?:'\p{L}[\p{L}\p{M}]{0,40}){0,2}){0,4}"

HONORIFIC = Rule(
    name="people.honorific",
    pattern=_honorific_pattern("en"),
    examples=("Mr. Tomasz Wielicki", "Ms Amara Okafor", "H.E. Lorenzo Bassi", "Mr.Kofi Mensah", "Hon. Mr. Ravi Patel"),
    rejects=("Drive safely", "the Mr. smith rule", "Msasa Road", "Professional Standards"),
    doc="An honorific as written, directly before a capitalized word.",
)

TOKEN = Rule(
    name="people.token",
    pattern=rf"(?P<hon>{HONORIFIC.pattern})|(?P<word>{_WORD})|(?P<num>\p{{N}}{{1,12}})|(?P<punct>\S)",
    examples=("Vice-Minister", "O'Connor", "AFIP's", "2017", ","),
    rejects=("   ", "\n\n"),
    doc="Word, number, honorific or punctuation token.",
)

EMAIL = Rule(
    name="people.contact_email",
    pattern=r"[\w.+-]{1,64}(?:@|\(at\)|\[at\])[\w-]{1,64}(?:\.[\w-]{1,64}){1,5}",
    examples=("amara.okafor(at)example.org", "t.wielicki@example.com"),
    rejects=("Amara Okafor", "www.example.org"),
    doc="An e-mail address, the sign of a press-contact block.",
)

RULES: tuple[Rule, ...] = (HONORIFIC, TOKEN, EMAIL)


def tokenize(text: str, warnings: list[str] | None = None) -> list[Tok]:
    """All tokens of `text`; a possessive "'s" becomes a token of its own."""
    out: list[Tok] = []
    for m in TOKEN.finditer(text, 0, len(text), warnings):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        word = m.group()
        if kind == "word" and len(word) > 2 and word.endswith("'s"):
            out.append(Tok(s, e - 2, word[:-2], "word"))
            out.append(Tok(e - 2, e, "'s", "poss"))
            continue
        out.append(Tok(s, e, word, kind))
    return out


def joined(text: str, a: Tok, b: Tok, allow_none: bool = False) -> bool:
    """True when `b` follows `a` on the same line, separated by one to three spaces."""
    gap = text[a.end : b.start]
    if gap == "":
        return allow_none
    return len(gap) <= 3 and gap.strip(" ") == ""


def is_initial(toks: list[Tok], i: int) -> bool:
    """A single capital letter followed directly by a dot ("E.")."""
    t = toks[i]
    return (
        t.kind == "word" and len(t.text) == 1 and t.text.isupper()
        and i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == t.end
    )


def is_acronym(t: Tok) -> bool:
    return t.kind == "word" and len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()


def name_word(t: Tok, lang: str, is_title_word: Callable[[str], bool]) -> bool:
    """A capitalized word that may be part of a person's name."""
    w = t.text
    if t.kind != "word" or len(w) < 2 or not w[0].isupper():
        return False
    stop = not_names(lang)
    if w in stop or is_title_word(w) or any(p in stop for p in w.split("-")):
        return False
    return True


@dataclass(frozen=True)
class NameSpan:
    """Tokens [first, last) of a name, how many are real name words, and if one is all caps."""

    first: int
    last: int
    words: int


def read_name(
    toks: list[Tok],
    i: int,
    text: str,
    lang: str,
    is_title_word: Callable[[str], bool],
    stop_at: Callable[[Tok], bool],
    max_words: int = 5,
) -> NameSpan | None:
    """The longest name starting at token `i` (particles and initials inside), or None."""
    parts: list[int] = []
    words = 0
    j = i
    n = len(toks)
    part_set = particles(lang)
    prev: Tok | None = None
    while j < n and words < max_words:
        t = toks[j]
        if prev is not None and not joined(text, prev, t):
            break
        if stop_at(t):
            break
        if t.kind == "word" and t.text in part_set and (parts or t.text[0].isupper()):
            step = 1
        elif is_initial(toks, j) and j + 2 < n:
            step = 2
        elif name_word(t, lang, is_title_word) and (not t.text.isupper() or words > 0):
            words += 1
            step = 1
        else:
            break
        parts.extend(range(j, j + step))
        prev = toks[j + step - 1]
        j += step
    # A name ends with a name word, never with a particle or an initial.
    while parts and not (toks[parts[-1]].kind == "word" and name_word(toks[parts[-1]], lang, is_title_word)):
        parts.pop()
    words = sum(1 for p in parts if name_word(toks[p], lang, is_title_word) and toks[p].text not in part_set)
    if not parts or words == 0:
        return None
    return NameSpan(parts[0], parts[-1] + 1, words)


def contact_lines(text: str, warnings: list[str] | None) -> list[tuple[int, int]]:
    """Line spans directly above a line holding an e-mail address (a press-contact block)."""
    out: list[tuple[int, int]] = []
    for m in EMAIL.finditer(text, 0, len(text), warnings):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start <= 1:
            continue
        prev_end = line_start - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        out.append((prev_start, prev_end))
    return out
