"""The header's rules, and one line at a time: is it web-page chrome, could it be a headline.

`header.read_header` decides what the first lines of a release are, and reads its datelines with
the rules declared here; this module judges one line: is it furniture of the web page it was
scraped from (menus, breadcrumbs, "Site | Section" lines, language notices and switchers, sharing
bars, cookie banners, photo credits, web addresses), or could it be a headline, or only a kicker
above one. The words come from `data/<lang>/boilerplate.txt` and `published_words.txt`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice
from types import MappingProxyType

import regex

from . import lexicon
from .date_windows import Vocabulary, scan
from .relative_dates import ANY, YEAR_DIGITS, first_words, spaced_piece
from .rules import Rule, alternation, spaced_alternation

#: Languages whose furniture and publication words are read (pages show them on English releases).
CHROME_LANGS = ("en", "fr", "es", "pt", "de", "it")
#: A headline is at most this long (characters, words).
MAX_TITLE_CHARS = 250
MAX_TITLE_WORDS = 40
#: A dateline, with its place, is at most this long; a "Published ..." line at most the second.
MAX_DATELINE_CHARS = 120
MAX_PUBLISHED_CHARS = 200
#: Furniture lines are short (a cookie banner is the longest); longer lines are never furniture.
MAX_CHROME_CHARS = 600
#: How far into a line a place-dateline that opens the first paragraph may reach.
MAX_LEAD_CHARS = 100
#: A line ending like a sentence with at least this many words is body text, not a headline.
SENTENCE_MIN_WORDS = 8
#: Words short enough to be links inside a name ("Bank of Ghana", "Receita Federal do Brasil").
#: Lower-case words inside a place name ("Port of Spain", "Rio de Janeiro", "Frankfurt am Main").
_PLACE_LINKS = frozenset({"of", "de", "du", "des", "la", "le", "les", "el", "los", "las", "do", "da", "dos", "das",
                          "di", "del", "am", "an", "upon", "sur", "es"})
_NAME_LINKS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "do", "da", "y", "et", "e", "&"})


def _merged(name: str) -> Mapping[str, str]:
    """`phrase = how` tables of every chrome language, English first."""
    out: dict[str, str] = {}
    for lang in CHROME_LANGS:
        try:
            table = lexicon.table(f"{lang}/{name}")
        except (OSError, ValueError):
            continue
        out.update({k: v for k, v in table.items() if k not in out})
    return MappingProxyType(out)


BOILERPLATE = _merged("boilerplate.txt")
PUBLISHED_WORDS = _merged("published_words.txt")


def _kind(how: str) -> frozenset[str]:
    return frozenset(k for k, v in BOILERPLATE.items() if v == how)


LANGUAGES = _kind("language")
#: Menu words: the `nav` entries and the one-word `line` entries ("News", "Media").
NAV_WORDS = _kind("nav") | frozenset(k for k in _kind("line") if " " not in k)
SOCIAL = _kind("social")
NOTICES = _kind("notice")
LANGWORDS = _kind("langword")
#: Words that open a byline ("By", "Par").
BYLINES = _kind("byline")
#: Field labels alone on their line ("From:", "De :", "By:"), written without their colon.
LABELS = _kind("label") | BYLINES

#: "Chinese : 中文", "English : English": a language name, a colon, a name: a language switcher.
HEADER_LANGUAGE_PAIR = Rule(
    name="header_language_pair",
    pattern=r"(?<!\p{L})(?i:" + alternation(tuple(k for k in LANGUAGES if k.isascii())) + r")\s{0,3}:\s{0,3}\p{L}",
    examples=("该页无中文版 Chinese : 中文 English : English", "Spanish : Español"),
    rejects=("English-speaking Members", "French Customs: a new strategy"),
)

#: "Home > Media > Newsroom": a navigation trail, at least two steps joined by ">", "»" or "›".
HEADER_BREADCRUMB = Rule(
    name="header_breadcrumb",
    pattern=r"^[^>»›\n]{1,60}(?:\s{1,3}[>»›]\s{1,3}[^>»›\n]{1,60}){1,8}$",
    examples=("Media > Newsroom > 2017", "Accueil > Médias > Communiqués", "Inicio » Noticias"),
    rejects=("Ports agree a plan", "Trade > 5% growth expected in 2018 as Members grow > 3% on average" + "!" * 200),
)

#: The " / " between the steps of a trail written with slashes ("Home / News / 2023").
HEADER_SLASH = Rule(
    name="header_slash",
    pattern=r"\s{1,3}/\s{1,3}",
    examples=("Home / Media Centre / Press Releases",),
    rejects=("Asia/Pacific Single Window", "and/or"),
)

#: "By Amara Okafor", "Par Ms. Amara Okafor, Press Officer": a byline (a byline word, a name of
#: capitalized words with short links, maybe a comma or bar and a position).
HEADER_BYLINE = Rule(
    name="header_byline",
    pattern=r"^(?i:" + spaced_alternation(tuple(BYLINES)) + r"):?\s{1,3}\p{Lu}[\p{L}.'-]{0,30}"
    r"(?:\s{1,3}(?:\p{Lu}[\p{L}.'-]{0,30}|" + alternation(tuple(_PLACE_LINKS)) + r"(?!\S)))" r"{0,5}"
    r"(?:\s{0,3}[,|]\s{0,3}[^\n]{1,80})?$",
    examples=("By Amara Okafor", "By Ms. Amara Okafor, Press Officer", "Par Amara Okafor", "Written by Tomasz Wielicki",
              "Par Jean de la Fontaine"),
    rejects=("By 2030, ports will be paperless", "Par ailleurs, le Conseil", "By land and sea: a new plan",
             "Byline news", "By Sea And Air The Union Moves Goods Faster Than Ever Before Today"),
)

#: What parts a menu or a "Site | Section" line: a bar, a bullet, or a run of spaces.
HEADER_SEGMENT_BREAK = Rule(
    name="header_segment_break",
    pattern=r"\s{0,8}[|•·]\s{0,8}|\s{2,8}",
    examples=("Press Releases | Harbour Union", "About   Topics   Contact", "News · Events"),
    rejects=("Ports agree a plan",),
)

#: A web address opening a line: "gov.br", "GOV.UK", "www.harbour-union.org".
HEADER_DOMAIN = Rule(
    name="header_domain",
    pattern=r"^(?:(?i:www)\.)?[\p{L}\p{N}-]{2,30}(?:\.\p{L}{2,6}){1,3}(?![\p{L}\p{N}.])",
    examples=("gov.br   Receita Federal", "GOV.UK", "www.harbour-union.org"),
    rejects=("E.U. leaders meet", "Dr. Okafor visits", "St. Lucia hosts"),
)

#: What may stand before a dateline's date: a place ("Brussels, ", "Costa Verde, ",
#: "Bruxelles, le "): capitalized words, with short lower-case links ("of", "le", "es").
HEADER_PLACE_PREFIX = Rule(
    name="header_place_prefix",
    pattern=r"^(?!(?i:on|in|at|by|of|from|since|until|to)[ ,:-]{0,3}$)\p{Lu}[\p{L}'.-]{0,30}"
    r"(?:[ ,-]{1,3}(?:\p{Lu}[\p{L}'.()-]{0,30}|" + alternation(tuple(_PLACE_LINKS)) + r"(?!\p{L})|\([\p{L} ]{1,30}\)))"
    r"{0,6}\s{0,2}[,:-]\s{0,3}(?:(?i:le|el|den|am|il)\s{1,3})?$",
    examples=("Brussels, ", "Costa Verde, ", "Bruxelles, le ", "Port of Spain, ", "Lome, Togo, ", "Brussels, Belgium - ",
              "SUVA, ", "Rio de Janeiro, "),
    rejects=("The meeting took place on ", "Members agreed, on ", "2017 ", "On ", "The Council met on ", "Unpublished "),
)

#: A line that ends like a sentence (period or semicolon, maybe inside quotes or brackets).
HEADER_SENTENCE_END = Rule(
    name="header_sentence_end",
    pattern=r"[.;][\"')\]]{0,2}$",
    examples=("The Council met in Brussels.", "It closed on a high note.\""),
    rejects=("WCO Council opens its 2017 sessions", "Dr. Okafor visits the WCO!"),
)

#: A weekday just before a dateline's date ("Tuesday, ", "Brussels, Monday ").
HEADER_WEEKDAY_END = Rule(
    name="header_weekday_end",
    pattern=r"(?<!\p{L})(?P<wd>" + ANY.weekday + r")[,.]?\s{0,3}$",
    examples=("Tuesday, ", "Brussels, Monday ", "martes, ", "Tue. "),
    rejects=("Sundays ", "Fridays are "),
)

#: "Published 14 February 2024", "Last updated: ...", "Publicado em 05/12/2022": a publication word,
#: maybe a colon and a weekday, then the date (which starts where the match ends).
HEADER_PUBLISHED = Rule(
    name="header_published",
    pattern=r"(?<![\p{L}\p{N}])(?P<word>(?i:" + spaced_alternation(tuple(PUBLISHED_WORDS))
    + r"))\s{0,3}:?\s{0,3}(?:" + ANY.weekday + r"[,.]?\s{1,3})?(?=\p{N}|" + ANY.month + ")",
    examples=("Published 14 February 2024", "Last updated: 15 February 2024", "Publicado em 05/12/2022 17h40",
              "Date: Tuesday, 3 May 2022"),
    rejects=("Unpublished", "The Updated Guide"),
)

#: A date in figures, read only after a publication word: day/month/year (month/day/year when the
#: second number cannot be a month) or ISO year-month-day.
HEADER_NUMERIC_DATE = Rule(
    name="header_numeric_date",
    pattern=r"\G(?:(?P<a>[0-3]?\d)(?P<s>[/.-])(?P<b>[0-3]?\d)(?P=s)(?P<y>" + YEAR_DIGITS + r")"
    r"|(?P<iy>" + YEAR_DIGITS + r")-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\p{N}/.-]\p{N}|\p{N})",
    examples=("05/12/2022", "14.02.2024", "2024-02-14"),
    rejects=("Resolution 2017/12", "12/2022", "+32 2 209 92 11"),
)

#: A clock time after a dateline's date ("17h40", "10:30 am", "- 14:00 CET").
HEADER_TIME_TAIL = Rule(
    name="header_time_tail",
    pattern=r"\G[\s,|-]{0,4}(?:(?i:at)\s{1,3})?[0-2]?\d(?:[:h.][0-5]\d(?:\s{0,2}(?i:am|pm|a\.m\.|p\.m\.))?"
    r"|\s{0,2}(?i:am|pm|a\.m\.|p\.m\.))(?:\s{1,2}\p{Lu}{2,4}(?:[+-]\d{1,2})?)?[\s.]{0,3}$",
    examples=(" 17h40", ", 10:30 am", " - 14:00 CET", " 9 pm"),
    rejects=(" 2024", " Members met"),
)

#: The dash after a place-dateline that opens the first paragraph ("Geneva, 9 October 2023 - The").
HEADER_LEAD_DASH = Rule(
    name="header_lead_dash",
    pattern=r"\G\s{0,3}(?:\([^()\n]{1,30}\)\s{0,3})?-\s{0,3}(?=[\p{L}\p{N}\"'(])",
    examples=(" - Members of the Council", " (WCO) - The Council"),
    rejects=(", Members", " 2023"),
)

#: A dateline without its year ("Monday 6 March", "March 6"): the year must come from elsewhere.
DATELINE_YEARLESS = Rule(
    name="dateline_yearless",
    pattern=r"(?:(?P<wd>" + ANY.weekday + r")[,.]?\s{1,3})?(?:(?P<d1>" + ANY.day + r")" + ANY.dm + r"(?P<m1>"
    + ANY.month + r")|(?P<m2>" + ANY.month + r")\s{1,3}(?P<d2>" + ANY.day + r"))(?=[\s.,]{0,3}$)",
    examples=("Monday 6 March", "Tuesday, March 7", "6 mars"),
    rejects=("6 March 2023", "Monday", "March 2023"),
)

#: A four-digit year anywhere (breadcrumbs, body) to complete a dateline without one.
HEADER_YEAR = Rule(
    name="header_year",
    pattern=r"(?<![\p{N}])" + YEAR_DIGITS + r"(?![\p{N}])",
    examples=("Home > News > 2023",),
    rejects=("12023", "no year here"),
)

#: Where the header's date rules can match: dates of any language, publication words.
HEADER_WORDS = Vocabulary("header", ANY, spaced_piece(tuple(PUBLISHED_WORDS)), first_words(PUBLISHED_WORDS))

RULES: tuple[Rule, ...] = (
    HEADER_LANGUAGE_PAIR, HEADER_BREADCRUMB, HEADER_BYLINE, HEADER_SLASH, HEADER_SEGMENT_BREAK, HEADER_DOMAIN, HEADER_PLACE_PREFIX,
    HEADER_SENTENCE_END, HEADER_WEEKDAY_END, HEADER_PUBLISHED, HEADER_NUMERIC_DATE, HEADER_TIME_TAIL,
    HEADER_LEAD_DASH, DATELINE_YEARLESS, HEADER_YEAR,
)


#: Where a `HEADER_SEGMENT_BREAK` can be: a bar or bullet, or two white-space characters in a row.
_BREAK_HINT = regex.compile(r"[|•·]|\s\s", regex.VERSION1)
_BARS = "|•·"
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'.-]{0,40}")


def segment_breaks(text: str, start: int, end: int, warnings: list[str] | None, bars_only: bool = False,
                   ) -> list[regex.Match[str]]:
    """The matches of `HEADER_SEGMENT_BREAK` in a line (only those holding a bar or bullet if
    `bars_only`); the scan is skipped where none can be."""
    if _BREAK_HINT.search(text, start, end) is None or (bars_only and not any(b in text[start:end] for b in _BARS)):
        return []
    found = HEADER_SEGMENT_BREAK.finditer(text, start, end, warnings)
    return [m for m in found if m.group().strip()] if bars_only else found


def is_label(text: str) -> bool:
    """A field label alone on its line ("From:", "De :"): the next line is its value, furniture too."""
    low = " ".join(text.lower().split())
    return len(low) <= 40 and low.endswith(":") and low[:-1].rstrip() in LABELS


def published_label(text: str) -> str | None:
    """The kind ("published", "updated") of a publication word alone on its line ("Published",
    "Publié le"): the date on the next line is the page's date of that kind."""
    return PUBLISHED_WORDS.get(fold(text)) if len(text) <= 40 else None


def fold(text: str) -> str:
    """Lower case, spaces folded, closing punctuation dropped: how header lines are compared."""
    return " ".join(text.lower().split()).strip(" .:!|-")


def _tokens(low: str) -> list[str]:
    return _TOKEN.findall(low)


#: A letter outside the Latin blocks (below U+0250, and Latin Extended Additional).
_NOT_LATIN = re.compile("[^\u0000-\u024f\u1e00-\u1eff]")


def _foreign_script(text: str) -> bool:
    """Mostly letters of another script than the Latin one ("Версия на выбранном языке ...")."""
    if text.isascii():  # every ASCII letter is Latin
        return False
    letters = "".join(filter(str.isalpha, text))
    return len(letters) >= 2 and (len(letters) - len(_NOT_LATIN.findall(letters))) * 2 < len(letters)


_BYLINE_STARTS = frozenset(k.split(" ")[0] for k in BYLINES)
_LINE_PHRASES = _kind("line")
_NAV_PAIR_STARTS = frozenset(k.split(" ")[0] for k in NAV_WORDS if k.count(" ") == 1)
_START_PHRASES = tuple(k for k, v in BOILERPLATE.items() if v == "start")
#: The `contains` phrases as one search (literal words: linear, and one pass over the line).
_CONTAINED = re.compile(alternation(tuple(k for k, v in BOILERPLATE.items() if v == "contains")))


def _phrase_match(low: str) -> bool:
    """A furniture phrase of the data files: the whole line, its start, or a part of it."""
    if low in _LINE_PHRASES:
        return True
    if low.startswith(_START_PHRASES) and any(
            low.startswith(phrase) and (len(low) == len(phrase) or not low[len(phrase)].isalpha()
                                        or not phrase[-1].isalpha()) for phrase in _START_PHRASES):
        return True
    return _CONTAINED.search(low) is not None


def _segments(doc_text: str, start: int, end: int, warnings: list[str] | None) -> tuple[list[str], bool]:
    """The parts of a line split at bars, bullets and runs of spaces; whether a bar or bullet was one."""
    parts, pos, barred = [], start, False
    for m in segment_breaks(doc_text, start, end, warnings):
        if m.start() > pos:
            parts.append(doc_text[pos : m.start()])
        barred = barred or bool(m.group().strip())
        pos = m.end()
    if end > pos:
        parts.append(doc_text[pos:end])
    return parts, barred


def _is_menu(text: str, words: list[str], warnings: list[str] | None) -> bool:
    """A menu, a switcher or a "Site | Section" line; or a line mostly of menu words (`words`: its tokens)."""
    parts, barred = _segments(text, 0, len(text), warnings)
    sizes = [len(p.split()) for p in parts]
    if barred and len(parts) >= 2 and max(sizes) <= 8:
        return True
    langs = sum(map(LANGUAGES.__contains__, words))
    if langs >= 2 and langs * 2 >= len(words):
        return True
    if len(parts) >= 3 and max(sizes) <= 4 and (max(sizes) >= 2 or any(fold(p) in NAV_WORDS for p in parts)):
        return sum(p.strip()[:1].isupper() for p in parts) * 3 >= len(parts) * 2
    covered, i = 0, 0
    while i < len(words):
        if i + 1 < len(words) and words[i] in _NAV_PAIR_STARTS and f"{words[i]} {words[i + 1]}" in NAV_WORDS:
            covered, i = covered + 2, i + 2
            continue
        covered += words[i] in NAV_WORDS
        i += 1
    return covered >= 3 and covered * 5 >= len(words) * 3


def is_boilerplate(text: str, warnings: list[str] | None = None, lang: str = "en") -> bool:
    """True for web furniture: language notices and switchers, menus (or one menu entry),
    breadcrumbs, "Site | Section" lines, sharing bars, cookie banners, photo credits, web addresses,
    "Press Release", field and publication labels alone on their line ("From:", "Published")."""
    if len(text) > MAX_CHROME_CHARS:
        return False
    low = fold(text)
    if not low or not any(c.isalnum() for c in low):
        return True
    if _phrase_match(low) or scan(HEADER_BREADCRUMB, text, warnings=warnings):
        return True
    if low in NAV_WORDS or low in SOCIAL or low in PUBLISHED_WORDS or is_label(text):
        return True  # a page laid out one link per line; a label whose value is on the next line
    if low.split(" ", 1)[0].rstrip(":") in _BYLINE_STARTS and scan(HEADER_BYLINE, text, warnings=warnings):
        return True
    slashes = scan(HEADER_SLASH, text, warnings=warnings)
    if slashes and len(text) <= 200:
        first = fold(text[: slashes[0].start()])
        if len(slashes) >= 2 or first in NAV_WORDS:
            return True
    words = _tokens(low)
    if len(scan(HEADER_LANGUAGE_PAIR, text, warnings=warnings)) >= 2 or (
        any(n in low for n in NOTICES) and any(w in LANGUAGES or w in LANGWORDS for w in words)
    ):
        return True
    if sum(map(SOCIAL.__contains__, words)) >= 2 or (scan(HEADER_DOMAIN, text, warnings=warnings) and len(words) <= 6):
        return True
    if lang in CHROME_LANGS and _foreign_script(text):
        return True
    return _is_menu(text, words, warnings)


def looks_like_title(text: str, warnings: list[str] | None = None) -> bool:
    """A headline: short, starts with a capital, digit or quote, and does not read as a sentence."""
    if not 2 <= len(text) <= MAX_TITLE_CHARS:
        return False
    words = text.split()
    if len(words) > MAX_TITLE_WORDS:
        return False
    if next(islice(filter(str.isalpha, text), 1, None), None) is None:  # fewer than two letters
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"'(" or not first.isalpha()):
        return False
    return not (scan(HEADER_SENTENCE_END, text, warnings=warnings) and len(words) >= SENTENCE_MIN_WORDS)


def is_kicker(text: str) -> bool:
    """A line above a headline rather than one: all capitals ("HARBOUR CUSTOMS SERVICE", "TRADE
    FACILITATION"), a bare name of a few capitalized words ("Universal Postal Union"), or a single
    word (a section name or a menu entry: no headline is one word)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and not any(c.islower() for c in letters):
        return True
    words = text.split()
    if len(words) == 1:
        return True
    if not 2 <= len(words) <= 4 or any(c.isdigit() or c in ":!?" for c in text):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)
