"""Dates: absolute, ranges, month-only, and relative ones resolved against the dateline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .document import Document
from .models import Mention
from .rules import Rule

RULES: tuple[Rule, ...] = ()


@dataclass(frozen=True)
class DateMention:
    mention: Mention
    start: str           # ISO partial: "2017-12-11", "2018-02", "2018"
    end: str | None      # == start for a single day; None for a month or year alone
    relative: bool = False


def find_dates(
    doc: Document, reference: dt.date | None, lang: str = "en", warnings: list[str] | None = None
) -> list[DateMention]:
    return []
