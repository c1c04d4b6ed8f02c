"""Relative dates resolved against the dateline: phrases ("last week", "la semaine dernière"), moved
months ("next February", "septembre prochain") and weekdays ("until Friday", "lundi dernier").

The rules that find them are in `relative_dates` (with the vocabulary of
`data/<lang>/relative_dates.json`); `dates` turns each of their matches into ISO values here.
"""

from __future__ import annotations

import datetime as dt

import regex

from .date_calendar import iso_day, iso_month, shift_month
from .relative_dates import FUTURE_MARKER, VOCAB, month_number, number, weekday_number

__all__ = ["read_relative", "resolve_day", "resolve_month", "resolve_phrase", "resolve_weekday"]


def resolve_phrase(phrase: str, lang: str, ref: dt.date) -> tuple[str, str | None] | None:
    """(start, end) of a relative phrase: a day for day units, a month for weeks and months."""
    key = " ".join(phrase.lower().split())
    spec = VOCAB.get(lang, VOCAB["en"]).get("phrases", {}).get(key)
    if spec is None:
        return None
    unit, offset = spec.get("unit"), int(spec.get("offset", 0))
    try:
        if unit == "day":
            day = (ref + dt.timedelta(days=offset)).isoformat()
            return day, day
        if unit == "week":
            when = ref + dt.timedelta(days=7 * offset)
            out = iso_month(when.year, when.month)
            return (out, None) if out else None
    except OverflowError:
        return None
    if unit == "month":
        y, m = shift_month(ref.year, ref.month, offset)
        out = iso_month(y, m)
        return (out, None) if out else None
    if unit == "year" and 1 <= ref.year + offset <= 9999:
        return f"{ref.year + offset:04d}", None
    return None


def _month_offset(word: str, lang: str) -> int | None:
    vocab = VOCAB.get(lang, VOCAB["en"])
    table = {**vocab.get("month_prefix", {}), **vocab.get("month_suffix", {})}
    offset = table.get(" ".join(word.lower().split()))
    return None if offset is None else int(offset)


def resolve_month(word: str, month: int, lang: str, ref: dt.date) -> tuple[str, str | None] | None:
    """(start, None) of "next/last/this MONTH": its next or previous occurrence, or this year's."""
    offset = _month_offset(word, lang)
    if offset is None:
        return None
    y = ref.year
    if offset > 0 and month <= ref.month:
        y += 1
    elif offset < 0 and month >= ref.month:
        y -= 1
    out = iso_month(y, month)
    return (out, None) if out else None


def resolve_day(word: str, month: int, day: int, lang: str, ref: dt.date) -> tuple[str, str | None] | None:
    """(day, day) of "le 15 septembre prochain" / "le 3 mars dernier": the first such day after the
    dateline, or the last one before it (the dateline's own day for neither)."""
    offset = _month_offset(word, lang)
    if offset is None:
        return None
    y = ref.year
    if offset > 0 and (month, day) <= (ref.month, ref.day):
        y += 1
    elif offset < 0 and (month, day) >= (ref.month, ref.day):
        y -= 1
    out = iso_day(y, month, day)
    return (out, out) if out else None


def _clause_before(text: str, pos: int) -> str:
    """The text of the sentence that holds `pos`, up to `pos` (at most 200 characters)."""
    head = text[max(0, pos - 200) : pos]
    cut = max(head.rfind(". "), head.rfind("\n"), head.rfind("; "))
    return head[cut + 1 :]


def resolve_weekday(word: str, weekday: int, lang: str, ref: dt.date, text: str = "", pos: int = 0) -> str | None:
    """The day a weekday moved by `word` names, counted from the dateline `ref`.

    +1 ("next Friday"): the first such day after the dateline; 0 ("until Friday", "by Friday"):
    the dateline itself if it is that day, else the first after it; -1 ("last Friday"): the last
    such day before the dateline. A word without a direction ("on Friday") takes it from the tense
    of its clause: ahead after a future marker ("will meet on Friday"), behind otherwise, since
    releases mostly report what took place.
    """
    vocab = VOCAB.get(lang, VOCAB["en"])
    table = {**vocab.get("weekday_prefix", {}), **vocab.get("weekday_preposition", {}), **vocab.get("weekday_suffix", {})}
    key = " ".join(word.lower().split())
    if key not in table or not 1 <= weekday <= 7:
        return None
    direction = table[key]
    if direction is None:
        direction = 1 if FUTURE_MARKER.finditer(_clause_before(text, pos)) else -1
    ahead = (weekday - ref.isoweekday()) % 7
    try:
        if direction < 0:
            return (ref - dt.timedelta(days=(ref.isoweekday() - weekday) % 7 or 7)).isoformat()
        return (ref + dt.timedelta(days=ahead or (7 if direction > 0 else 0))).isoformat()
    except OverflowError:
        return None


def read_relative(m: regex.Match[str], lang: str, ref: dt.date | None) -> tuple[str, str | None] | None:
    """(start, end) of a match of a relative rule (groups `rel` or `prep`, and `wd`, or `m1` with or
    without `d1`, or neither for a phrase)."""
    if ref is None:
        return None
    g = {k: v for k, v in m.groupdict().items() if isinstance(v, str)}
    word, name, weekday = g.get("rel") or g.get("prep", ""), g.get("m1"), g.get("wd")
    if weekday:
        day = resolve_weekday(word, weekday_number(weekday, lang) or 0, lang, ref, m.string, m.start())
        return (day, day) if day else None
    if name:
        month, day_number = month_number(name, lang), number(g.get("d1"))
        if month is None:
            return None
        if day_number is not None:
            return resolve_day(word, month, day_number, lang, ref)
        return resolve_month(word, month, lang, ref)
    return resolve_phrase(word, lang, ref)
