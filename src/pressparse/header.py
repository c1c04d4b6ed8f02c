"""Boilerplate lines, title and dateline, in every layout releases come in."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .models import Mention
from .rules import Rule

RULES: tuple[Rule, ...] = ()


@dataclass(frozen=True)
class Header:
    title: Mention | None = None
    published: str | None = None          # ISO date of the dateline
    published_mention: Mention | None = None
    body_start: int = 0                   # offset where the article body begins


def read_header(doc: Document, lang: str = "en", warnings: list[str] | None = None) -> Header:
    return Header()
