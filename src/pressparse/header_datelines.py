"""A header line's dateline, read: bare, placed, after a publication word, opening the body, barred,
or without its year (`header.read_header` decides which of them dates the release).

Kinds: "Published 14 February 2024" (published, or updated: "Last updated ..."), "13 December 2017"
or "Tuesday, 3 May 2022" (bare), "Brussels, 18 December 2015" (place), "Geneva, 9 October 2023 - The
Committee ..." (lead), "Monday 6 March" (yearless), "News | 3 May 2022" (bare, in one part of a
barred line), "05/12/2022" (numeric: day and month order unknown without a publication word).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

import regex

from . import date_windows
from .date_windows import Triggers, scan
from .dates import DateMention, dateline_dates
from .document import Document, Span
from .header_lines import (
    DATELINE_YEARLESS, HEADER_LEAD_DASH, HEADER_NUMERIC_DATE, HEADER_PLACE_PREFIX, HEADER_PUBLISHED, HEADER_TIME_TAIL,
    HEADER_WEEKDAY_END, HEADER_WORDS, HEADER_YEAR, MAX_DATELINE_CHARS, MAX_LEAD_CHARS, MAX_PUBLISHED_CHARS,
    PUBLISHED_WORDS, segment_breaks,
)
from .models import Mention
from .relative_dates import iso_day, month_number, number, weekday_number
from .rules import Rule

__all__ = ["Dateline", "Memo", "complete_year", "dateline", "first_match", "labelled", "read_dateline", "years_in"]


_T = TypeVar("_T")


class Memo:
    """What was already worked out for one document's header lines: the header asks the same of a
    line several times (a line, then its bar-free part; a line, then again as the one after a
    standfirst). Every answer is worked out with the document's one warnings list, and a rule's
    warning is said once per list, so an answer given again owes it nothing."""

    def __init__(self) -> None:
        self._done: dict[tuple[Hashable, ...], Any] = {}
        self._triggers: dict[tuple[int, int], Triggers] = {}

    def get(self, key: tuple[Hashable, ...], make: Callable[[], _T]) -> _T:
        if key not in self._done:
            self._done[key] = make()
        return cast(_T, self._done[key])

    def triggers(self, doc: Document, start: int, end: int) -> Triggers:
        """Where date and publication words are in doc.text[start:end] (found once per range)."""
        if (start, end) not in self._triggers:
            self._triggers[start, end] = Triggers(doc.text, start, end, HEADER_WORDS)
        return self._triggers[start, end]

    def dates(self, doc: Document, start: int, end: int, warnings: list[str] | None) -> list[DateMention]:
        return self.get(("dates", start, end),
                        lambda: dateline_dates(doc, start, end, warnings, self.triggers(doc, start, end)))


def first_match(rule: Rule, text: str, pos: int, end: int, warnings: list[str] | None) -> regex.Match[str] | None:
    found = scan(rule, text, pos, end, warnings)
    return found[0] if found else None


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
    return dateline(doc, line, warnings, Memo())


def dateline(doc: Document, line: Span, warnings: list[str] | None, memo: Memo) -> Dateline | None:
    """`read_dateline`, worked out once per line of a document (`memo`)."""
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


def labelled(doc: Document, span: Span, dated: Dateline, kind: str, warnings: list[str] | None) -> Dateline:
    """The date under a publication label alone on its line ("Published" / "14 February 2024")."""
    if dated.kind == "numeric":
        num = first_match(HEADER_NUMERIC_DATE, doc.text, span.start, span.end, warnings)
        return replace(dated, kind=kind, value=_numeric(num) if num else None)
    return replace(dated, kind=kind) if dated.kind == "bare" else dated
