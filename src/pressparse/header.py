"""Title, dateline and the start of the body, from the first lines of a release as published.

A release opens with a few short lines before its first paragraph. Scraped from a web page, they
mix page furniture (menus, breadcrumbs, language notices, "Press Release", sharing bars) with the
headline, sometimes a standfirst, and one or more datelines: bare ("13 December 2017", "Tuesday,
3 May 2022", "18 мая 2022"), placed ("Brussels, 18 December 2015"), after a publication word
("Published 14 February 2024", "Publicado em 05/12/2022"), or opening the first paragraph
("Geneva, 9 October 2023 - The Committee ..."), or in one part of a barred line ("News | 3 May
2022"). `header_lines` holds the rules and judges furniture and headline shape; `read_dateline`
reads one line's dateline; `read_header` then decides:

- the header ends at the first line that reads as body text (a sentence), unless a dateline comes
  right after it (then it is a standfirst, or a headline written as a sentence);
- the title is the best headline candidate, not simply the first line left: the one right above a
  dateline (above its standfirst, if a longer line stands between), else the one right below a
  dateline; a repeated line counts more; kickers (all capitals, a bare name of a few words) and
  sentences count less; ties go to the earlier line; none at all gives no title;
- the date is the "Published" line's, else a bare dateline's (a yearless one completed from a year
  the page gives, which its weekday must confirm if it has one), else a placed one's (or the one
  that opens the body), else an "updated" line's;
- the body starts at the first line after the title and the datelines (skipping furniture and
  lines in capitals), or at the line a place-dateline opens (the first paragraph keeps its first
  sentence).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from . import date_windows
from .date_windows import scan
from .dates import DateMention
from .document import Document, Span
from .header_lines import (
    DATELINE_YEARLESS, HEADER_LEAD_DASH, HEADER_NUMERIC_DATE, HEADER_PLACE_PREFIX, HEADER_PUBLISHED, HEADER_SENTENCE_END,
    HEADER_TIME_TAIL, HEADER_WEEKDAY_END, HEADER_YEAR, MAX_DATELINE_CHARS, MAX_LEAD_CHARS, MAX_PUBLISHED_CHARS,
    PUBLISHED_WORDS, Memo, first_match, fold, is_all_caps, is_boilerplate, is_kicker, looks_like_title, segment_breaks,
)
from .header_lines import RULES as LINE_RULES
from .models import Mention
from .relative_dates import iso_day, month_number, number, weekday_number
from .rules import Rule

__all__ = ["RULES", "Dateline", "Header", "complete_year", "is_boilerplate", "looks_like_title", "read_dateline",
           "read_header"]

#: Lines looked at before giving up on finding the end of the header.
MAX_HEADER_LINES = 25
#: A sentence-like line is still part of the header (a standfirst) when a dateline follows it;
#: only up to this length.
MAX_STANDFIRST_CHARS = 400
#: A line under a headline with at least this many words (or ending as a sentence) is its standfirst.
STANDFIRST_MIN_WORDS = 12
#: How far past a yearless dateline the body is read for years that could complete it.
YEAR_LOOKAHEAD = 3000
#: Candidates scoring below this are no headline (a kicker alone: "HARBOUR CUSTOMS SERVICE", "Harbour Union").
MIN_TITLE_SCORE = -1
#: Which dateline gives the release's date, best first.
_DATE_ORDER = {"published": 0, "bare": 1, "yearless": 1, "place": 2, "lead": 2, "updated": 3}

RULES: tuple[Rule, ...] = LINE_RULES

@dataclass(frozen=True)
class Header:
    title: Mention | None = None
    published: str | None = None          # ISO date of the dateline
    published_mention: Mention | None = None
    body_start: int = 0                   # offset where the article body begins
    place_dateline: Mention | None = None  # "Brussels, 18 December 2015" (place and date), if any
    boilerplate: tuple[Mention, ...] = ()  # web furniture lines skipped


@dataclass(frozen=True)
class _Line:
    """One header line and what it was judged to be."""

    index: int                      # in doc.lines
    span: Span
    text: str
    chrome: bool = False
    dateline: Dateline | None = None
    candidate: bool = False         # may be the headline
    sentence: bool = False          # reads as a sentence (kept only because a dateline follows)


@dataclass(frozen=True)
class Dateline:
    """A header line that dates the release, and how."""

    kind: str                    # published, updated, bare, place, lead (opens the body), yearless, numeric
    value: str | None            # ISO date; None for a yearless one (until its year is found) or a
                                 # numeric one without a publication word ("05/12/2022": D/M or M/D?)
    date: Mention                # the date as written
    line: Span
    place: Mention | None = None  # "Geneva, 9 October 2023": place and date of a place or lead dateline
    month_day: tuple[int, int, int | None] | None = None  # yearless: month, day, ISO weekday


def _date_value(date: DateMention) -> str:
    """A dateline's date: its day, or the last day of a range ("Tallinn, 8-9 March 2014")."""
    if date.end is not None and len(date.end) == len(date.start):
        return date.end
    return date.start


def _numeric(m: regex.Match[str]) -> str | None:
    """ISO value of a figures-only date: D/M/Y, or M/D/Y when the second number is over 12."""
    if m.group("iy"):
        return iso_day(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    return iso_day(y, a, b) if b > 12 >= a else iso_day(y, b, a)


def _prefix_ok(doc: Document, start: int, end: int, warnings: list[str] | None) -> str | None:
    """What stands before a dateline's date: "bare" (nothing, or a weekday), "place", or None."""
    wd = first_match(HEADER_WEEKDAY_END, doc.text, start, end, warnings)
    if wd is not None:
        end = wd.start()
    prefix = doc.text[start:end]
    if not prefix.strip():
        return "bare"
    return "place" if first_match(HEADER_PLACE_PREFIX, prefix, 0, len(prefix), warnings) else None


def _published(doc: Document, line: Span, warnings: list[str] | None, memo: Memo) -> Dateline | None:
    """A "Published ..." line (the published date wins over an "updated" one on the same line)."""
    found: list[Dateline] = []
    for m in date_windows.finditer(HEADER_PUBLISHED, memo.triggers(doc, line.start, line.end), warnings):
        before = doc.text[line.start : m.start()]
        if before.strip() and not (before.rstrip()[-1] in "|·•-:" or before.endswith("  ")):
            continue
        pos, stop = m.end(), min(line.end, m.end() + 40)
        num = first_match(HEADER_NUMERIC_DATE, doc.text, pos, stop, warnings)
        value, end = (_numeric(num), num.end()) if num else (None, pos)
        if value is None:
            word = next((d for d in memo.dates(doc, pos, stop, warnings) if d.mention.start == pos), None)
            if word is None or len(word.start) < 7:
                continue
            value, end = _date_value(word), word.mention.end
        kind = PUBLISHED_WORDS.get(" ".join(m.group("word").lower().split()), "published")
        found.append(Dateline(kind, value, doc.mention(pos, end, "header_published"), line))
    return min(found, key=lambda d: d.kind != "published", default=None)


def _ending(doc: Document, line: Span, warnings: list[str] | None, memo: Memo) -> Dateline | None:
    """A line that ends with its date: bare ("13 December 2017", "Tuesday, 3 May 2022") or placed."""
    return memo.get(("ending", line.start, line.end), lambda: _read_ending(doc, line, warnings, memo))


def _read_ending(doc: Document, line: Span, warnings: list[str] | None, memo: Memo) -> Dateline | None:
    end = line.end
    while end > line.start and doc.text[end - 1] in ".:,;- ":
        end -= 1
    found = memo.dates(doc, line.start, end, warnings)
    if not found:  # figures alone: ISO is a date; "05/12/2022" is a dateline of unknown order
        num = first_match(HEADER_NUMERIC_DATE, doc.text, line.start, end, warnings)
        if num is None or _numeric(num) is None or (
                num.end() != end and not first_match(HEADER_TIME_TAIL, doc.text, num.end(), end, warnings)):
            return None
        value = _numeric(num) if num.group("iy") else None
        return Dateline("bare" if value else "numeric", value, doc.mention(line.start, end, "header_numeric_date"), line)
    date = found[-1]
    tail = date.mention.end == end or first_match(HEADER_TIME_TAIL, doc.text, date.mention.end, end, warnings)
    how = _prefix_ok(doc, line.start, date.mention.start, warnings) if tail else None
    if how == "bare":
        return Dateline("bare", _date_value(date), date.mention, line)
    if how == "place" and len(found) == 1 and len(date.start) == 10:
        place = doc.mention(line.start, date.mention.end, "header_place_dateline")
        return Dateline("place", _date_value(date), date.mention, line, place)
    return None


def _lead(doc: Document, line: Span, warnings: list[str] | None, memo: Memo) -> Dateline | None:
    """A place-dateline opening the first paragraph: "Geneva, 9 October 2023 - The Committee ..."."""
    found = memo.dates(doc, line.start, min(line.end, line.start + MAX_LEAD_CHARS), warnings)
    if not found or len(found[0].start) != 10:
        return None
    date = found[0]
    if not first_match(HEADER_LEAD_DASH, doc.text, date.mention.end, line.end, warnings):
        return None
    if _prefix_ok(doc, line.start, date.mention.start, warnings) is None:
        return None
    place = doc.mention(line.start, date.mention.end, "header_lead_dateline")
    return Dateline("lead", _date_value(date), date.mention, line, place)


def _yearless(doc: Document, line: Span, warnings: list[str] | None, memo: Memo) -> Dateline | None:
    """"Monday 6 March": a dateline whose year `read_header` looks for in the page around it."""
    found = date_windows.finditer(DATELINE_YEARLESS, memo.triggers(doc, line.start, line.end), warnings)
    m = found[0] if found else None
    if m is None or _prefix_ok(doc, line.start, m.start(), warnings) is None:
        return None
    month = month_number(m.group("m1") or m.group("m2") or "", "any")
    day = number(m.group("d1") or m.group("d2"))
    if month is None or day is None:
        return None
    wd = weekday_number(m.group("wd"), "any") if m.group("wd") else None
    return Dateline("yearless", None, doc.mention(m.start(), m.end(), "dateline_yearless"), line,
                    month_day=(month, day, wd))


def _barred(doc: Document, line: Span, warnings: list[str] | None, memo: Memo) -> Dateline | None:
    """A date in one part of a barred line ("News | 3 May 2022", "3 May 2022 | 10:30")."""
    pos = line.start
    breaks = segment_breaks(doc.text, line.start, line.end, warnings, bars_only=True)
    for cut in [*breaks, None]:
        start, end = doc.strip(pos, cut.start() if cut else line.end)
        if end > start and (found := _ending(doc, Span(start, end), warnings, memo)) and found.kind == "bare":
            return Dateline("bare", found.value, found.date, line)
        pos = cut.end() if cut else line.end
    return None


def read_dateline(doc: Document, line: Span, warnings: list[str] | None = None) -> Dateline | None:
    """The dateline a header line is, if it is one."""
    return _dateline(doc, line, warnings, Memo())


def _dateline(doc: Document, line: Span, warnings: list[str] | None, memo: Memo) -> Dateline | None:
    return memo.get(("dateline", line.start, line.end), lambda: _read_dateline(doc, line, warnings, memo))


def _read_dateline(doc: Document, line: Span, warnings: list[str] | None, memo: Memo) -> Dateline | None:
    size = line.end - line.start
    if size <= MAX_PUBLISHED_CHARS and (found := _published(doc, line, warnings, memo)):
        return found
    if size <= MAX_DATELINE_CHARS and (found := _ending(doc, line, warnings, memo)
                                       or _yearless(doc, line, warnings, memo) or _barred(doc, line, warnings, memo)):
        return found
    return _lead(doc, line, warnings, memo)


def years_in(doc: Document, start: int, end: int, warnings: list[str] | None = None) -> list[int]:
    """The four-digit years written between two offsets, in order, once each."""
    return list(dict.fromkeys(int(m.group()) for m in scan(HEADER_YEAR, doc.text, start, end, warnings)))


def complete_year(month_day: tuple[int, int, int | None], header_years: list[int], body_years: list[int]) -> str | None:
    """The date of a yearless dateline: with its weekday, the first year named in the page whose
    calendar puts the day on that weekday; without one, the first year in the header lines."""
    month, day, weekday = month_day
    if weekday is None:
        return next((v for y in header_years[:1] if (v := iso_day(y, month, day))), None)
    for y in header_years + body_years:
        value = iso_day(y, month, day)
        if value is not None and dt.date.fromisoformat(value).isoweekday() == weekday:
            return value
    return None


def _chrome(text: str, lang: str, warnings: list[str] | None, memo: Memo) -> bool:
    return memo.get(("chrome", text, lang), lambda: is_boilerplate(text, warnings, lang))


def _dated_next(doc: Document, head: tuple[Span, ...], i: int, lang: str, warnings: list[str] | None,
                memo: Memo) -> bool:
    """The next line that is not furniture is a dateline, and more text follows it (a date closing
    the text is no dateline)."""
    for span in head[i + 1 :]:
        if _dateline(doc, span, warnings, memo) is not None:
            return span.end < doc.lines[-1].end
        if not _chrome(doc.text[span.start : span.end], lang, warnings, memo):
            return False
    return False


def _scan(doc: Document, lang: str, warnings: list[str] | None) -> tuple[list[_Line], int]:
    """The header's lines, judged, and the index (in doc.lines) of the first body line."""
    head = doc.lines[:MAX_HEADER_LINES]
    out: list[_Line] = []
    memo = Memo()
    for i, span in enumerate(head):
        text = doc.text[span.start : span.end]
        dated = _dateline(doc, span, warnings, memo)
        if dated is not None:
            out.append(_Line(i, span, text, dateline=dated))
            if dated.kind == "lead":
                return out, i
        elif _chrome(text, lang, warnings, memo):
            out.append(_Line(i, span, text, chrome=True))
        elif looks_like_title(text, warnings):
            out.append(_Line(i, span, text, candidate=True))
        elif len(text) <= MAX_STANDFIRST_CHARS and _dated_next(doc, head, i, lang, warnings, memo):
            out.append(_Line(i, span, text, candidate=True, sentence=True))
        else:
            return out, i
    return out, len(head)


def _words(line: _Line) -> int:
    return len(line.text.split())


def _standfirst(title: _Line, line: _Line, warnings: list[str] | None) -> bool:
    """`line`, right under the headline `title`, is its standfirst: longer, and a sentence or long."""
    return (title.candidate and line.candidate and not is_kicker(title.text) and _words(line) > _words(title)
            and (line.sentence or _words(line) >= STANDFIRST_MIN_WORDS
                 or bool(scan(HEADER_SENTENCE_END, line.text, warnings=warnings))))


def _score(sig: list[_Line], k: int, warnings: list[str] | None) -> int:
    """How much a candidate looks like the headline, from its neighbours and its own shape."""
    line = sig[k]
    prev = sig[k - 1] if k > 0 else None
    nxt = sig[k + 1] if k + 1 < len(sig) else None
    after = sig[k + 2] if k + 2 < len(sig) else None
    score = 0
    if nxt is not None and nxt.dateline is not None:
        if not (prev is not None and _standfirst(prev, line, warnings)):
            score += 4
    elif nxt is not None and after is not None and after.dateline is not None and _standfirst(line, nxt, warnings):
        score += 4
    if prev is not None and prev.dateline is not None:
        score += 2
    if any(o is not line and o.candidate and fold(o.text) == fold(line.text) for o in sig):
        score += 3
    if is_all_caps(line.text):
        score -= 4
    elif is_kicker(line.text):
        score -= 3
    if line.sentence or (scan(HEADER_SENTENCE_END, line.text, warnings=warnings) and _words(line) >= 8):
        score -= 2
    return score


def _title(lines: list[_Line], warnings: list[str] | None) -> _Line | None:
    """The best headline candidate (its first copy, if the page repeats it)."""
    sig = [ln for ln in lines if not ln.chrome]
    scored = [(_score(sig, k, warnings), -ln.index, ln) for k, ln in enumerate(sig) if ln.candidate]
    if not scored:
        return None
    score, _, best = max(scored, key=lambda t: (t[0], t[1]))
    if score < MIN_TITLE_SCORE:
        return None
    return next(ln for ln in sig if ln.candidate and fold(ln.text) == fold(best.text))


def _release_date(doc: Document, lines: list[_Line], warnings: list[str] | None) -> tuple[str, Mention] | None:
    """The release's date and where it is written, from the best dateline that gives one."""
    dated = sorted((ln for ln in lines if ln.dateline is not None),
                   key=lambda ln: (_DATE_ORDER.get(ln.dateline.kind, 9) if ln.dateline else 9, ln.index))
    for ln in dated:
        dl = ln.dateline
        if dl is None:
            continue
        value = dl.value
        if value is None and dl.month_day is not None:
            header_years = years_in(doc, 0, ln.span.start, warnings)
            body_years = years_in(doc, ln.span.end, min(len(doc.text), ln.span.end + YEAR_LOOKAHEAD), warnings)
            value = complete_year(dl.month_day, header_years, body_years)
        if value is not None:
            return value, dl.date
    return None


def _body_start(doc: Document, lines: list[_Line], end: int, title: _Line | None) -> int:
    """Where the article starts: after the title, the datelines and repeats of the title."""
    if lines and lines[-1].dateline is not None and lines[-1].dateline.kind == "lead":
        return lines[-1].span.start
    key = fold(title.text) if title else None
    last = max((ln.index for ln in lines if ln.dateline is not None or (key and ln.candidate and fold(ln.text) == key)),
               default=-1)
    nxt = next((ln for ln in lines if ln.index > last and not ln.chrome and ln.dateline is None
                and not (ln.candidate and is_all_caps(ln.text))), None)
    if nxt is not None:
        return nxt.span.start
    return doc.lines[end].start if end < len(doc.lines) else len(doc.text)


def read_header(doc: Document, lang: str = "en", warnings: list[str] | None = None) -> Header:
    """Title, dateline and the start of the body, from the first lines of the release."""
    lines, end = _scan(doc, lang, warnings)
    title = _title(lines, warnings)
    published = _release_date(doc, lines, warnings)
    place = next((ln.dateline.place for ln in lines if ln.dateline is not None and ln.dateline.place), None)
    return Header(
        title=doc.mention(title.span.start, title.span.end, "header_title") if title else None,
        published=published[0] if published else None,
        published_mention=published[1] if published else None,
        body_start=_body_start(doc, lines, end, title),
        place_dateline=place,
        boilerplate=tuple(doc.mention(ln.span.start, ln.span.end, "header_boilerplate") for ln in lines if ln.chrome),
    )
