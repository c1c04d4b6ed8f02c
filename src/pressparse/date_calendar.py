"""Calendar arithmetic for dates read from text: ISO strings that are valid dates or None, month
offsets, and the year that puts a yearless date nearest the dateline."""

from __future__ import annotations

import datetime as dt


def iso_day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_month(y: int, m: int) -> str | None:
    return f"{y:04d}-{m:02d}" if 1 <= m <= 12 and 1 <= y <= 9999 else None


def shift_month(y: int, m: int, offset: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + offset
    return total // 12, total % 12 + 1


def nearest_year(ref: dt.date, month: int, day: int | None) -> int | None:
    """The year that puts `day month` (mid-month if no day) nearest the reference date."""
    best: tuple[int, int] | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            when = dt.date(y, month, day or 15)
        except ValueError:
            continue
        gap = abs((when - ref).days)
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None
