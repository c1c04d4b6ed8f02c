"""Boilerplate lines, title and dateline, in every layout releases come in.

A release opens with a few short lines before its first paragraph: web furniture (language
notices, "Press Release"), the headline, a bare dateline ("13 December 2017", possibly with a
month name in another language), a place-dateline ("Brussels, 18 December 2015"), and often the
headline again. `read_header` walks those lines in order and stops at the first line that is
none of them: the body (or a subtitle) starts there. The release's date is the bare dateline;
without one, the place-dateline's (last) day.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .dates import DateMention, dateline_dates
from .document import Document, Span
from .models import Mention
from .rules import Rule, alternation

#: Lines looked at before giving up on finding a header.
MAX_HEADER_LINES = 15
#: A headline is at most this long (characters, words).
MAX_TITLE_CHARS = 250
MAX_TITLE_WORDS = 40
#: A dateline, with its place, is at most this long.
MAX_DATELINE_CHARS = 120
#: A line ending like a sentence with at least this many words is body text, not a headline.
SENTENCE_MIN_WORDS = 8

_BOILERPLATE = "en/boilerplate.txt"


def _languages() -> tuple[str, ...]:
    return tuple(k for k, v in lexicon.table(_BOILERPLATE).items() if v == "language")


#: "Chinese : 中文", "English : English": a language name, a colon, a name: a language switcher.
HEADER_LANGUAGE_PAIR = Rule(
    name="header_language_pair",
    pattern=r"(?<!\p{L})(?i:" + alternation(_languages()) + r")\s{0,3}:\s{0,3}\p{L}",
    examples=("该页无中文版 Chinese : 中文 English : English", "Spanish : Español"),
    rejects=("English-speaking Members", "French Customs: a new strategy"),
)

#: "Home > Media > Newsroom": a navigation trail, at least two steps joined by ">".
HEADER_BREADCRUMB = Rule(
    name="header_breadcrumb",
    pattern=r"^[^>\n]{1,60}(?:\s{1,3}>\s{1,3}[^>\n]{1,60}){1,8}$",
    examples=("Media > Newsroom > 2017", "Accueil > Médias > Communiqués"),
    rejects=("Ports agree a plan", "Trade > 5% growth expected in 2018 as Members grow > 3% on average" + "!" * 200),
)

#: What may stand before a dateline's date: a place ("Brussels, ", "Costa Verde, ",
#: "Bruxelles, le "): capitalized words, with short lower-case links ("of", "le", "es").
HEADER_PLACE_PREFIX = Rule(
    name="header_place_prefix",
    pattern=r"^\p{Lu}[\p{L}'.-]{0,30}(?:[ ,-]{1,3}(?:\p{Lu}[\p{L}'.()-]{0,30}|\p{Ll}{1,3}|\([\p{L} ]{1,30}\))){0,6}[ ,:-]{0,3}$",
    examples=("Brussels, ", "Costa Verde, ", "Bruxelles, le ", "Port of Spain, ", "Lome, Togo, ", "Brussels, Belgium - "),
    rejects=("The meeting took place on ", "Members agreed, on ", "2017 "),
)

#: A line that ends like a sentence (period or semicolon, maybe inside quotes or brackets).
HEADER_SENTENCE_END = Rule(
    name="header_sentence_end",
    pattern=r"[.;][\"')\]]{0,2}$",
    examples=("The Council met in Brussels.", "It closed on a high note.\""),
    rejects=("WCO Council opens its 2017 sessions", "Dr. Okafor visits the WCO!"),
)

RULES: tuple[Rule, ...] = (HEADER_LANGUAGE_PAIR, HEADER_BREADCRUMB, HEADER_PLACE_PREFIX, HEADER_SENTENCE_END)


@dataclass(frozen=True)
class Header:
    title: Mention | None = None
    published: str | None = None          # ISO date of the dateline
    published_mention: Mention | None = None
    body_start: int = 0                   # offset where the article body begins
    place_dateline: Mention | None = None  # "Brussels, 18 December 2015" (the whole line), if any
    boilerplate: tuple[Mention, ...] = ()  # web furniture lines skipped


def _fold(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .:!|-")


def is_boilerplate(text: str, warnings: list[str] | None = None) -> bool:
    """True for web furniture: a language notice, "Press Release", navigation or sharing links."""
    low = _fold(text)
    if not low:
        return True
    for phrase, how in lexicon.table(_BOILERPLATE).items():
        if how == "line" and low == phrase:
            return True
        if how == "start" and low.startswith(phrase) and (len(low) == len(phrase) or not low[len(phrase)].isalpha()):
            return True
        if how == "contains" and phrase in low:
            return True
    if HEADER_BREADCRUMB.search(text):
        return True
    return len(HEADER_LANGUAGE_PAIR.finditer(text, warnings=warnings)) >= 2


def looks_like_title(text: str, warnings: list[str] | None = None) -> bool:
    """A headline: short, starts with a capital, digit or quote, and does not read as a sentence."""
    words = text.split()
    if not 2 <= len(text) <= MAX_TITLE_CHARS or len(words) > MAX_TITLE_WORDS:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"'(" or not first.isalpha()):
        return False
    return not (HEADER_SENTENCE_END.search(text) and len(words) >= SENTENCE_MIN_WORDS)


def _dateline(doc: Document, line: Span, warnings: list[str] | None) -> tuple[DateMention, bool] | None:
    """The date a dateline line gives and whether the line is that date alone (bare)."""
    if line.end - line.start > MAX_DATELINE_CHARS:
        return None
    end = line.end
    while end > line.start and doc.text[end - 1] in ".:,;- ":
        end -= 1
    found = dateline_dates(doc, line.start, end, warnings)
    if not found or found[-1].mention.end != end:
        return None
    date = found[-1]
    prefix = doc.text[line.start : date.mention.start]
    if not prefix.strip():
        return date, True
    if len(found) == 1 and len(date.start) == 10 and HEADER_PLACE_PREFIX.search(prefix):
        return date, False
    return None


def _dated_next(doc: Document, rest: tuple[Span, ...], text: str, warnings: list[str] | None) -> bool:
    """A headline that ends with a period still is one when a dateline comes right after it."""
    if not 2 <= len(text) <= MAX_TITLE_CHARS:
        return False
    for line in rest:
        if not is_boilerplate(doc.text[line.start : line.end], warnings):
            return _dateline(doc, line, warnings) is not None
    return False


def _date_value(date: DateMention) -> str:
    """A dateline's date: its day, or the last day of a range ("Tallinn, 8-9 March 2014")."""
    if date.end is not None and len(date.end) == len(date.start):
        return date.end
    return date.start


def read_header(doc: Document, lang: str = "en", warnings: list[str] | None = None) -> Header:
    """Title, dateline and the start of the body, from the first lines of the release."""
    title: Mention | None = None
    bare: DateMention | None = None
    placed: DateMention | None = None
    place_line: Mention | None = None
    furniture: list[Mention] = []
    body_start = len(doc.text)
    head = doc.lines[:MAX_HEADER_LINES]
    for index, line in enumerate(head):
        text = doc.text[line.start : line.end]
        if is_boilerplate(text, warnings):
            furniture.append(doc.mention(line.start, line.end, "header_boilerplate"))
            continue
        dated = _dateline(doc, line, warnings)
        if dated is not None:
            date, is_bare = dated
            if is_bare and bare is None:
                bare = date
            elif not is_bare and placed is None:
                placed = date
                place_line = doc.mention(line.start, line.end, "header_place_dateline")
            continue
        if title is not None and _fold(text) == _fold(title.text):
            continue
        if title is None and (looks_like_title(text, warnings) or _dated_next(doc, head[index + 1 :], text, warnings)):
            title = doc.mention(line.start, line.end, "header_title")
            continue
        body_start = line.start
        break
    else:
        if len(doc.lines) > MAX_HEADER_LINES:
            body_start = doc.lines[MAX_HEADER_LINES].start
    chosen = bare or placed
    return Header(
        title=title,
        published=_date_value(chosen) if chosen else None,
        published_mention=chosen.mention if chosen else None,
        body_start=body_start,
        place_dateline=place_line,
        boilerplate=tuple(furniture),
    )
